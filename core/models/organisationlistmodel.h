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
    enum Column { NameColumn, KindColumn, TypeColumn, RegionColumn, ServicesColumn, TotalColumn, ColumnCount };

    explicit OrganisationListModel(QObject *parent = nullptr);

    void setOrganisations(QList<OrgSummary> organisations);
    const QList<OrgSummary> &organisations() const { return m_orgs; }
    const OrgSummary *organisationAt(int row) const;
    int rowOf(const QString &code) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindLabel(OrgKind kind);

private:
    QList<OrgSummary> m_orgs;
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
