#pragma once

#include "core/cache/cache.h"
#include "core/models/roles.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>

namespace livedna {

// Organisations of one commons with their cost totals; read-only.
class OrganisationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        TypeColumn,
        RegionColumn,
        ServicesColumn,
        PeriodColumn,
        ReportedColumn, // reported net spend, "+ n unknown" for services publishing nothing
        TotalColumn,    // mapped into bricks; "not mapped" when no brick, never £0
        ColumnCount
    };

    explicit OrganisationListModel(QObject *parent = nullptr);

    void setOrganisations(QList<OrgSummary> organisations);
    const QList<OrgSummary> &organisations() const { return m_orgs; }
    const OrgSummary *organisationAt(int row) const;
    int rowOf(const QString &code) const;
    // When the "In bricks" column is hidden (a narrow panel), the Reported column of an
    // organisation that publishes no net expenditure shows its brick costs instead.
    void setBricksColumnShown(bool shown);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindLabel(OrgKind kind);
    // The reported figure of an organisation as the list shows it: "£4.2m + 3 unknown".
    static QString reportedText(const OrgSummary &o);

private:
    QVariant display(const OrgSummary &o, int column) const;
    QVariant sortValue(const OrgSummary &o, int column) const;
    QString toolTip(const OrgSummary &o) const;

    bool showsBricksInReported(const OrgSummary &o) const;

    QList<OrgSummary> m_orgs;
    bool m_bricksColumnShown = false;
};

// Lower case with accents removed, so "ynys mon" finds "Ynys Môn".
QString foldForSearch(const QString &text);

// Filters organisations by a name/code substring and optionally by kind.
class OrganisationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OrganisationFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setKind(std::optional<OrgKind> kind);
    std::optional<OrgKind> kind() const { return m_kind; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text; // folded
    std::optional<OrgKind> m_kind;
};

} // namespace livedna
