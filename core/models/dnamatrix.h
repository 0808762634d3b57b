#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVector>

#include <optional>

namespace livedna {

class Cache;

// The DNA matrix: organisations × capabilities, precomputed once so the view only looks
// cells up while painting (it must stay smooth at 600 × 60).
class DnaMatrix
{
    Q_DECLARE_TR_FUNCTIONS(DnaMatrix)

public:
    // HasSystem: the organisation runs a system of the capability with no published cost.
    enum CellBits : quint8 { Absent = 0, HasStandard = 1, HasBespoke = 2, HasSystem = 4 };

    struct Row
    {
        QString code;
        QString name;
        OrgKind kind = OrgKind::Other;
        QString type;
        QString region;
        double total = 0.0;
        int bespokeCapabilities = 0;
        std::optional<double> reported; // Σ reported cost, absent when nothing is published
    };
    struct Column
    {
        QString id;
        QString name;
        Layer layer = Layer::Overhead;
        int organisationsWithBespoke = 0;
        int organisationsWithStandard = 0;
        int organisationsWithSystem = 0;
    };

    static DnaMatrix build(const QList<Organisation> &orgs, const Catalogue &catalogue);
    // Straight from the cache with one aggregate query (organisation × capability × build),
    // so a national commons never has to be loaded brick by brick.
    static Result<DnaMatrix> fromCache(const Cache &cache, const Catalogue &catalogue);

    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return int(m_columns.size()); }
    const Row &row(int r) const { return m_rows.at(r); }
    const Column &column(int c) const { return m_columns.at(c); }
    quint8 state(int r, int c) const { return m_state.at(r * m_columns.size() + c); }
    float cost(int r, int c) const { return m_cost.at(r * m_columns.size() + c); }
    float bespokeCost(int r, int c) const { return m_bespokeCost.at(r * m_columns.size() + c); }
    // False when every cell is absent (nothing mapped into bricks, no system stated).
    bool hasAnyCell() const;
    // Cost relative to the column's largest, on a square-root scale so small spends show.
    double intensity(int r, int c) const;

    enum class RowSort { Name, Total, BespokeCapabilities, Kind, Region };
    enum class ColumnSort { Catalogue, Layer, MostBespoke, Name };
    struct RowFilter
    {
        QString text; // name or code substring
        std::optional<OrgKind> kind;
        QString type;
        QString region;
    };
    QList<int> rowOrder(RowSort sort, const RowFilter &filter) const;
    QList<int> columnOrder(ColumnSort sort, std::optional<Layer> layer = std::nullopt) const;

private:
    QList<Row> m_rows;
    QList<Column> m_columns;
    QVector<quint8> m_state;
    QVector<float> m_cost;
    QVector<float> m_bespokeCost;
    QVector<float> m_columnMax;
};

} // namespace livedna
