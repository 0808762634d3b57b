#pragma once

#include "core/cache/cache.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace livedna {

class InstancesModel;

// "Separately run instances": per capability, how many organisations run their own and on
// which product, with the organisations behind each number (double-click opens one).
class InstancesView : public QWidget
{
    Q_OBJECT
public:
    explicit InstancesView(QWidget *parent = nullptr);
    void setData(Cache *cache, const Catalogue &catalogue);
    InstancesModel *model() const { return m_model; }
    void ensureLoaded();

Q_SIGNALS:
    void organisationActivated(const QString &code);
    void capabilityActivated(const QString &capabilityId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Cache *m_cache = nullptr;
    Catalogue m_catalogue;
    bool m_loaded = false;
    QLabel *m_header;
    QTreeView *m_tree;
    QLabel *m_empty;
    InstancesModel *m_model;
};

} // namespace livedna
