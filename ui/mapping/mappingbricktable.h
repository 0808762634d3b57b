#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace livedna {

class MappingModel;

// The bricks of the mapping's current service, one row each, edited inline: every edit goes
// through mappingcommands.h, so it is undoable and autosaved, and a refused edit reports why
// (editFailed) instead of changing anything.
class MappingBrickTable : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CapabilityColumn, CostColumn, FteColumn, BasisColumn, SourceColumn, ReasonColumn,
                  ColumnCount };

    explicit MappingBrickTable(MappingModel *model, QObject *parent = nullptr);

    QString brickId(int row) const;
    int rowOf(const QString &brickId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

Q_SIGNALS:
    void editFailed(const QString &message);

private:
    QVariant display(int row, int column) const;
    bool edit(int row, int column, const QVariant &value);
    void reload();

    QPointer<MappingModel> m_model;
    int m_rows = 0;
};

} // namespace livedna
