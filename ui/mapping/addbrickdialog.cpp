#include "ui/mapping/addbrickdialog.h"

#include "core/mapping/mappingdraft.h"
#include "core/models/format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace livedna {

static std::optional<double> number(const QString &typed)
{
    QString t = typed.trimmed();
    t.remove(QLatin1Char(',')).remove(QStringLiteral("£"));
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok)
        v = t.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

AddBrickDialog::AddBrickDialog(const BrickInstance &start, const QList<Capability> &capabilities, QWidget *parent)
    : QDialog(parent)
    , m_start(start)
    , m_name(new QLineEdit(start.name, this))
    , m_cost(new QLineEdit(this))
    , m_fte(new QLineEdit(this))
    , m_basis(new QComboBox(this))
    , m_referenceLabel(new QLabel(this))
    , m_reference(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add a brick"));
    setObjectName(QStringLiteral("addBrickDialog"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    if (!capabilities.isEmpty()) {
        m_capability = new QComboBox(this);
        for (const Capability &c : capabilities)
            m_capability->addItem(c.name, c.id);
        m_capability->setCurrentIndex(qMax(0, m_capability->findData(start.capability)));
        form->addRow(tr("&Capability:"), m_capability);
    }
    if (start.annualCostGbp > 0)
        m_cost->setText(Format::gbpFull(start.annualCostGbp));
    m_cost->setPlaceholderText(tr("required, in pounds a year"));
    form->addRow(tr("Annual &cost (£):"), m_cost);
    m_fte->setPlaceholderText(tr("optional"));
    form->addRow(tr("&FTE:"), m_fte);
    m_basis->addItem(tr("Published: from our own records"), int(Basis::Published));
    m_basis->addItem(tr("Estimated: derived by a method"), int(Basis::Estimated));
    form->addRow(tr("&Basis:"), m_basis);
    m_referenceLabel->setBuddy(m_reference);
    form->addRow(m_referenceLabel, m_reference);
    m_reason->setPlaceholderText(tr("why this cost is estimated, e.g. the contract is not itemised"));
    form->addRow(tr("&Reason:"), m_reason);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_name, m_cost, m_fte, m_reference, m_reason})
        connect(e, &QLineEdit::textChanged, this, &AddBrickDialog::validate);
    connect(m_basis, &QComboBox::currentIndexChanged, this, &AddBrickDialog::validate);
    validate();
    // Wide enough for the longest hint (either basis), so none is cut, in Welsh too.
    int hint = 0;
    for (const QString &text : {m_reason->placeholderText(), tr("how the cost was derived, from which figures"),
                                tr("where in your records, e.g. contract register row 14")})
        hint = std::max(hint, m_reference->fontMetrics().horizontalAdvance(text) + 24);
    for (QLineEdit *e : {m_reference, m_reason})
        e->setMinimumWidth(hint);
    resize(qMax(420, sizeHint().width()), sizeHint().height());
}

void AddBrickDialog::validate()
{
    const bool estimated = m_basis->currentData().toInt() == int(Basis::Estimated);
    m_referenceLabel->setText(estimated ? tr("&Method:") : tr("&Reference:"));
    m_reference->setPlaceholderText(estimated ? tr("how the cost was derived, from which figures")
                                              : tr("where in your records, e.g. contract register row 14"));
    m_reason->setEnabled(estimated);
    QString problem;
    const std::optional<double> cost = number(m_cost->text());
    if (!cost || *cost < 0)
        problem = tr("Type the annual cost in pounds (0 or more): a cost is never assumed.");
    else if (!m_fte->text().trimmed().isEmpty() && (!number(m_fte->text()) || *number(m_fte->text()) < 0))
        problem = tr("FTE must be a number, 0 or more, or empty when not known.");
    else if (estimated && m_reference->text().trimmed().isEmpty())
        problem = tr("An estimate must state its method.");
    else if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the brick a name.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

BrickInstance AddBrickDialog::brick() const
{
    BrickInstance b = m_start;
    b.name = m_name->text().trimmed();
    if (m_capability)
        b.capability = m_capability->currentData().toString();
    b.annualCostGbp = number(m_cost->text()).value_or(0.0);
    b.fte = number(m_fte->text());
    b.basis = m_basis->currentData().toInt() == int(Basis::Estimated) ? Basis::Estimated : Basis::Published;
    const QString ref = m_reference->text().trimmed();
    if (b.basis == Basis::Estimated)
        b.source = mappingsource::estimated(ref, m_reason->text());
    else
        b.source = ref.isEmpty() ? QString() : (ref.contains(QLatin1Char('#')) ? ref : mappingsource::published(ref));
    return b;
}

} // namespace livedna
