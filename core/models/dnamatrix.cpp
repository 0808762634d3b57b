#include "core/models/dnamatrix.h"

#include "core/cache/cache.h"
#include "core/domain/measures.h"
#include "core/models/organisationlistmodel.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace livedna {

DnaMatrix DnaMatrix::build(const QList<Organisation> &orgs, const Catalogue &catalogue)
{
    DnaMatrix m;
    // One hash lookup per brick instance: catalogue bricks map straight to their column.
    QHash<QString, int> columnOf;
    for (const Capability &c : catalogue.capabilities) {
        columnOf.insert(c.id, int(m.m_columns.size()));
        m.m_columns.append(Column{c.id, c.name, c.layer, 0, 0, 0});
    }
    QHash<QString, int> columnOfBrick;
    for (const CatalogueBrick &b : catalogue.bricks)
        columnOfBrick.insert(b.id, columnOf.value(b.capability, -1));

    // Rows are filled in one pass; a capability the catalogue lacks still gets a column
    // rather than vanishing, so row buffers grow when one appears.
    struct RowCells
    {
        QVector<quint8> state;
        QVector<float> cost;
        QVector<float> bespoke;
    };
    QList<RowCells> cells;
    cells.reserve(orgs.size());
    m.m_rows.reserve(orgs.size());
    for (const Organisation &o : orgs) {
        Row row{o.code, o.name, o.kind, o.type, o.region, 0.0, 0, std::nullopt};
        RowCells rc;
        rc.state.fill(0, m.m_columns.size());
        rc.cost.fill(0.0f, m.m_columns.size());
        rc.bespoke.fill(0.0f, m.m_columns.size());
        for (const Service &s : o.services) {
            if (s.reportedCostGbp)
                row.reported = row.reported.value_or(0.0) + *s.reportedCostGbp;
            for (const SystemUse &sys : s.systems) {
                auto it = columnOf.constFind(sys.capability);
                if (it == columnOf.cend()) {
                    it = columnOf.insert(sys.capability, int(m.m_columns.size()));
                    m.m_columns.append(Column{sys.capability, sys.capability, Layer::Overhead, 0, 0, 0});
                }
                if (*it >= rc.state.size()) {
                    rc.state.resize(m.m_columns.size(), 0);
                    rc.cost.resize(m.m_columns.size(), 0.0f);
                    rc.bespoke.resize(m.m_columns.size(), 0.0f);
                }
                rc.state[*it] |= HasSystem;
            }
            for (const BrickInstance &b : s.bricks) {
                row.total += b.annualCostGbp;
                int col = -1;
                if (b.isStandard())
                    col = columnOfBrick.value(b.uses, -1);
                if (col < 0) {
                    if (b.capability.isEmpty())
                        continue;
                    const auto it = columnOf.constFind(b.capability);
                    if (it != columnOf.cend()) {
                        col = *it;
                    } else {
                        col = int(m.m_columns.size());
                        columnOf.insert(b.capability, col);
                        m.m_columns.append(Column{b.capability, b.capability, Layer::Overhead, 0, 0, 0});
                    }
                }
                if (col >= rc.state.size()) {
                    rc.state.resize(m.m_columns.size(), 0);
                    rc.cost.resize(m.m_columns.size(), 0.0f);
                    rc.bespoke.resize(m.m_columns.size(), 0.0f);
                }
                rc.state[col] |= b.isStandard() ? HasStandard : HasBespoke;
                rc.cost[col] += float(b.annualCostGbp);
                if (!b.isStandard())
                    rc.bespoke[col] += float(b.annualCostGbp);
            }
        }
        m.m_rows.append(row);
        cells.append(std::move(rc));
    }

    const int cols = int(m.m_columns.size());
    m.m_state.fill(0, orgs.size() * cols);
    m.m_cost.fill(0.0f, orgs.size() * cols);
    m.m_bespokeCost.fill(0.0f, orgs.size() * cols);
    m.m_columnMax.fill(0.0f, cols);
    for (int r = 0; r < cells.size(); ++r) {
        const RowCells &rc = cells.at(r);
        const qsizetype base = qsizetype(r) * cols;
        for (int c = 0; c < rc.state.size(); ++c) {
            const quint8 st = rc.state.at(c);
            m.m_state[base + c] = st;
            m.m_cost[base + c] = rc.cost.at(c);
            m.m_bespokeCost[base + c] = rc.bespoke.at(c);
            if (st & HasBespoke) {
                ++m.m_rows[r].bespokeCapabilities;
                ++m.m_columns[c].organisationsWithBespoke;
            }
            if (st & HasStandard)
                ++m.m_columns[c].organisationsWithStandard;
            if (st & HasSystem)
                ++m.m_columns[c].organisationsWithSystem;
            m.m_columnMax[c] = std::max(m.m_columnMax.at(c), rc.cost.at(c));
        }
    }
    return m;
}

Result<DnaMatrix> DnaMatrix::fromCache(const Cache &cache, const Catalogue &catalogue)
{
    const std::optional<CommonsInfo> info = cache.commons();
    DnaMatrix m;
    if (!info)
        return m;
    QHash<QString, int> columnOf;
    for (const Capability &c : catalogue.capabilities) {
        columnOf.insert(c.id, int(m.m_columns.size()));
        m.m_columns.append(Column{c.id, c.name, c.layer, 0, 0, 0});
    }
    QHash<QString, int> rowOf;
    for (const OrgSummary &o : cache.organisations(info->id)) {
        rowOf.insert(o.code, int(m.m_rows.size()));
        m.m_rows.append(Row{o.code, o.name, o.kind, o.type, o.region, o.cost.total, 0, o.reported.total().value()});
    }
    struct Cell
    {
        int row;
        int col;
        bool standard;
        float cost;
    };
    QList<Cell> cells;
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT o.code, b.capability, b.uses IS NOT NULL AS standard, SUM(b.cost) "
        "FROM brick_instance b JOIN service s ON b.service_ref = s.id JOIN organisation o ON s.org_ref = o.id "
        "WHERE o.commons_ref = :commons AND o.latest = 1 GROUP BY o.id, b.capability, standard"));
    q.bindValue(QStringLiteral(":commons"), info->rowId);
    if (!q.exec())
        return Result<DnaMatrix>::failure(cache.path(), QString(), tr("cannot read the DNA matrix: %1").arg(q.lastError().text()));
    while (q.next()) {
        const int row = rowOf.value(q.value(0).toString(), -1);
        if (row < 0)
            continue;
        const QString cap = q.value(1).toString();
        auto it = columnOf.constFind(cap);
        if (it == columnOf.cend()) {
            it = columnOf.insert(cap, int(m.m_columns.size()));
            m.m_columns.append(Column{cap, cap, Layer::Overhead, 0, 0, 0});
        }
        cells.append(Cell{row, *it, q.value(2).toBool(), float(q.value(3).toDouble())});
    }
    // Systems (no published cost): presence only.
    QList<QPair<int, int>> systemCells;
    q.prepare(QStringLiteral(
        "SELECT DISTINCT o.code, y.capability FROM service_system y JOIN service s ON y.service_ref = s.id "
        "JOIN organisation o ON s.org_ref = o.id WHERE o.commons_ref = :commons AND o.latest = 1"));
    q.bindValue(QStringLiteral(":commons"), info->rowId);
    if (!q.exec())
        return Result<DnaMatrix>::failure(cache.path(), QString(), tr("cannot read the systems of the DNA matrix: %1").arg(q.lastError().text()));
    while (q.next()) {
        const int row = rowOf.value(q.value(0).toString(), -1);
        if (row < 0)
            continue;
        const QString cap = q.value(1).toString();
        auto it = columnOf.constFind(cap);
        if (it == columnOf.cend()) {
            it = columnOf.insert(cap, int(m.m_columns.size()));
            m.m_columns.append(Column{cap, cap, Layer::Overhead, 0, 0, 0});
        }
        systemCells.append({row, *it});
    }
    const int cols = int(m.m_columns.size());
    m.m_state.fill(0, m.m_rows.size() * cols);
    m.m_cost.fill(0.0f, m.m_rows.size() * cols);
    m.m_bespokeCost.fill(0.0f, m.m_rows.size() * cols);
    m.m_columnMax.fill(0.0f, cols);
    for (const Cell &c : std::as_const(cells)) {
        const qsizetype i = qsizetype(c.row) * cols + c.col;
        m.m_state[i] |= c.standard ? HasStandard : HasBespoke;
        m.m_cost[i] += c.cost;
        if (!c.standard)
            m.m_bespokeCost[i] += c.cost;
    }
    for (const auto &cell : std::as_const(systemCells))
        m.m_state[qsizetype(cell.first) * cols + cell.second] |= HasSystem;
    for (int r = 0; r < m.m_rows.size(); ++r) {
        for (int c = 0; c < cols; ++c) {
            const qsizetype i = qsizetype(r) * cols + c;
            if (m.m_state.at(i) & HasSystem)
                ++m.m_columns[c].organisationsWithSystem;
            if (m.m_state.at(i) & HasBespoke) {
                ++m.m_rows[r].bespokeCapabilities;
                ++m.m_columns[c].organisationsWithBespoke;
            }
            if (m.m_state.at(i) & HasStandard)
                ++m.m_columns[c].organisationsWithStandard;
            m.m_columnMax[c] = std::max(m.m_columnMax.at(c), m.m_cost.at(i));
        }
    }
    return m;
}

bool DnaMatrix::hasAnyCell() const
{
    return std::any_of(m_state.cbegin(), m_state.cend(), [](quint8 st) { return st != Absent; });
}

double DnaMatrix::intensity(int r, int c) const
{
    const float max = m_columnMax.at(c);
    return max > 0 ? std::sqrt(double(cost(r, c)) / double(max)) : 0.0;
}

QList<int> DnaMatrix::rowOrder(RowSort sort, const RowFilter &filter) const
{
    const QString text = foldForSearch(filter.text.trimmed());
    QList<int> order;
    order.reserve(m_rows.size());
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        if (filter.kind && row.kind != *filter.kind)
            continue;
        if (!filter.type.isEmpty() && row.type != filter.type)
            continue;
        if (!filter.region.isEmpty() && row.region != filter.region)
            continue;
        if (!text.isEmpty() && !foldForSearch(row.name + QLatin1Char(' ') + row.code).contains(text))
            continue;
        order.append(r);
    }
    auto byName = [this](int a, int b) { return m_rows.at(a).name.localeAwareCompare(m_rows.at(b).name) < 0; };
    switch (sort) {
    case RowSort::Name:
        std::stable_sort(order.begin(), order.end(), byName);
        break;
    case RowSort::Total:
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) { return m_rows.at(a).total > m_rows.at(b).total; });
        break;
    case RowSort::BespokeCapabilities:
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            return m_rows.at(a).bespokeCapabilities > m_rows.at(b).bespokeCapabilities;
        });
        break;
    case RowSort::Kind:
        std::stable_sort(order.begin(), order.end(), byName);
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            const Row &x = m_rows.at(a);
            const Row &y = m_rows.at(b);
            return x.kind != y.kind ? int(x.kind) < int(y.kind) : x.type < y.type;
        });
        break;
    case RowSort::Region:
        std::stable_sort(order.begin(), order.end(), byName);
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) { return m_rows.at(a).region < m_rows.at(b).region; });
        break;
    }
    return order;
}

QList<int> DnaMatrix::columnOrder(ColumnSort sort, std::optional<Layer> layer) const
{
    QList<int> order;
    for (int c = 0; c < m_columns.size(); ++c) {
        if (!layer || m_columns.at(c).layer == *layer)
            order.append(c);
    }
    switch (sort) {
    case ColumnSort::Catalogue:
        break;
    case ColumnSort::Layer:
        std::stable_sort(order.begin(), order.end(),
                         [this](int a, int b) { return int(m_columns.at(a).layer) < int(m_columns.at(b).layer); });
        break;
    case ColumnSort::MostBespoke:
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            return m_columns.at(a).organisationsWithBespoke > m_columns.at(b).organisationsWithBespoke;
        });
        break;
    case ColumnSort::Name:
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            return m_columns.at(a).name.localeAwareCompare(m_columns.at(b).name) < 0;
        });
        break;
    }
    return order;
}

} // namespace livedna
