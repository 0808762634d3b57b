#include "ui/mapping/mappingbricktable.h"

#include "core/domain/measures.h"
#include "core/mapping/mappingcommands.h"
#include "core/models/format.h"
#include "core/render/palette.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace livedna {

MappingBrickTable::MappingBrickTable(MappingModel *model, QObject *parent)
    : QAbstractTableModel(parent)
    , m_model(model)
{
    connect(model, &MappingModel::reset, this, &MappingBrickTable::reload);
    connect(model, &MappingModel::currentServiceChanged, this, &MappingBrickTable::reload);
    connect(model, &MappingModel::bricksChanged, this, [this](const QString &serviceId) {
        if (serviceId == m_model->currentServiceId())
            reload();
    });
    connect(model, &MappingModel::brickChanged, this, [this](const QString &serviceId, const QString &brickId) {
        const int row = rowOf(brickId);
        if (serviceId == m_model->currentServiceId() && row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    reload();
}

void MappingBrickTable::reload()
{
    beginResetModel();
    const Service *s = m_model ? m_model->currentService() : nullptr;
    m_rows = s ? int(s->bricks.size()) : 0;
    endResetModel();
}

QString MappingBrickTable::brickId(int row) const
{
    const Service *s = m_model ? m_model->currentService() : nullptr;
    return s && row >= 0 && row < s->bricks.size() ? s->bricks.at(row).id : QString();
}

int MappingBrickTable::rowOf(const QString &id) const
{
    return m_model ? m_model->brickIndex(m_model->currentServiceId(), id) : -1;
}

int MappingBrickTable::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int MappingBrickTable::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingBrickTable::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Brick");
    case CapabilityColumn: return tr("Capability");
    case CostColumn: return tr("Annual cost");
    case FteColumn: return tr("FTE");
    case BasisColumn: return tr("Basis");
    case SourceColumn: return tr("Source or method");
    case ReasonColumn: return tr("Reason for the estimate");
    default: return {};
    }
}

// The source without the estimate's reason, which has its own column.
static QString sourceWithoutReason(const BrickInstance &b)
{
    const QString reason = mappingsource::reasonOf(b.source);
    return reason.isEmpty() ? b.source : b.source.left(b.source.size() - reason.size() - 10);
}

QVariant MappingBrickTable::display(int row, int column) const
{
    const BrickInstance &b = m_model->currentService()->bricks.at(row);
    switch (column) {
    case NameColumn: return b.name.isEmpty() ? b.id : b.name;
    case CapabilityColumn: {
        const Capability *c = m_model->catalogue().capability(capabilityOf(b, m_model->catalogue()));
        const QString cap = c ? c->name : capabilityOf(b, m_model->catalogue());
        return b.isStandard() ? tr("%1 (standard)").arg(cap) : cap;
    }
    case CostColumn: return Format::gbpFull(b.annualCostGbp);
    case FteColumn: return b.fte ? Format::fte(*b.fte) : QString();
    case BasisColumn: return b.basis == Basis::Estimated ? tr("Estimated") : tr("Published");
    case SourceColumn: return b.source.isEmpty() ? tr("no source yet") : sourceWithoutReason(b);
    case ReasonColumn: return b.basis == Basis::Estimated ? mappingsource::reasonOf(b.source) : QString();
    default: return {};
    }
}

QVariant MappingBrickTable::data(const QModelIndex &index, int role) const
{
    if (!m_model || !index.isValid() || index.row() >= m_rows)
        return {};
    const BrickInstance &b = m_model->currentService()->bricks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(index.row(), index.column());
    case Qt::EditRole:
        switch (index.column()) {
        case CostColumn: return b.annualCostGbp;
        case FteColumn: return b.fte ? QVariant(*b.fte) : QVariant(QString());
        case BasisColumn: return b.basis == Basis::Estimated ? 1 : 0;
        case SourceColumn: return sourceWithoutReason(b);
        default: return display(index.row(), index.column());
        }
    case Qt::TextAlignmentRole:
        if (index.column() == CostColumn || index.column() == FteColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // Estimated figures read apart from published ones (spec 1.1); a missing source is a gap.
        if (index.column() == SourceColumn && b.source.isEmpty())
            return QBrush(colours::errorInk());
        if (b.basis == Basis::Estimated && (index.column() == CostColumn || index.column() == BasisColumn))
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags MappingBrickTable::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.column() == CapabilityColumn)
        return f;
    if (index.column() == ReasonColumn && m_model && index.row() < m_rows
        && m_model->currentService()->bricks.at(index.row()).basis != Basis::Estimated)
        return f;
    return f | Qt::ItemIsEditable;
}

// "budget book p. 41" -> own-records#budget book p. 41; a full "id#locator" is kept.
static QString fullSource(const QString &typed, Basis basis)
{
    const QString t = typed.trimmed();
    if (t.isEmpty() || t.contains(QLatin1Char('#')))
        return t;
    return basis == Basis::Estimated ? mappingsource::estimated(t, QString()) : mappingsource::published(t);
}

static std::optional<double> parseNumber(const QVariant &value, bool *ok)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int) {
        *ok = true;
        return value.toDouble();
    }
    QString text = value.toString().trimmed();
    text.remove(QLatin1Char(',')).remove(QStringLiteral("£"));
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    double v = QLocale().toDouble(text, ok);
    if (!*ok)
        v = text.toDouble(ok);
    return v;
}

bool MappingBrickTable::edit(int row, int column, const QVariant &value)
{
    MappingModel &m = *m_model;
    const QString sid = m.currentServiceId();
    const BrickInstance b = m.currentService()->bricks.at(row);
    bool ok = true;
    Status st;
    switch (column) {
    case NameColumn:
        st = mapedit::setBrickName(m, sid, b.id, value.toString().trimmed());
        break;
    case CostColumn: {
        const std::optional<double> v = parseNumber(value, &ok);
        st = !ok || !v ? Status::failure(tr("Type a cost in pounds; a brick's cost is required.")) : mapedit::setBrickCost(m, sid, b.id, *v);
        break;
    }
    case FteColumn: {
        const std::optional<double> v = parseNumber(value, &ok);
        st = !ok ? Status::failure(tr("Type FTE as a number, or leave it empty when not known.")) : mapedit::setBrickFte(m, sid, b.id, v);
        break;
    }
    case BasisColumn: {
        const Basis basis = value.toInt() == 1 || value.toString() == tr("Estimated") ? Basis::Estimated : Basis::Published;
        // Our own source follows the basis; any other source is kept as the user gave it.
        SourceRef ref = SourceRef::parse(b.source);
        QString source = b.source;
        if (ref.sourceId == mappingsource::ownRecordsId() || ref.sourceId == mappingsource::estimateId()) {
            const QString locator = sourceWithoutReason(b).mid(ref.sourceId.size() + 1);
            source = basis == Basis::Estimated ? mappingsource::estimated(locator, QString()) : mappingsource::published(locator);
        }
        st = mapedit::setBrickEvidence(m, sid, b.id, {basis, source});
        if (!st && basis == Basis::Estimated)
            st = Status::failure(tr("An estimate needs its method: type it in “Source or method” first, then choose Estimated."));
        break;
    }
    case SourceColumn: {
        QString source = fullSource(value.toString(), b.basis);
        const QString reason = mappingsource::reasonOf(b.source);
        if (b.basis == Basis::Estimated && !reason.isEmpty() && !source.isEmpty())
            source += QStringLiteral("; reason: ") + reason;
        st = mapedit::setBrickEvidence(m, sid, b.id, {b.basis, source});
        break;
    }
    case ReasonColumn: {
        const SourceRef ref = SourceRef::parse(sourceWithoutReason(b));
        st = ref.sourceId == mappingsource::estimateId()
                 ? mapedit::setBrickEvidence(m, sid, b.id, {b.basis, mappingsource::estimated(ref.locator, value.toString())})
                 : Status::failure(tr("State the method in “Source or method” before its reason."));
        break;
    }
    default:
        return false;
    }
    if (!st)
        Q_EMIT editFailed(st.error);
    return st.ok;
}

bool MappingBrickTable::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_model || role != Qt::EditRole || !index.isValid() || index.row() >= m_rows)
        return false;
    return edit(index.row(), index.column(), value);
}

} // namespace livedna
