#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;
class QTabWidget;
class QUndoGroup;

namespace livedna {

class Cache;
class MainWindow;
class MappingDraftStore;
class MappingWorkspace;

// The Map mode's hook into the main window: the Map menu (Map an Organisation, Ctrl+M, and
// the draft's Import CSV, Export CSV, Changes and Publish), the Edit menu's Undo and Redo for
// the mapping in front, the mapping drafts file, and the one Map tab. WorkspaceWiring makes
// one of these; everything of the mode lives here and in ui/mapping/.
class MappingWiring : public QObject
{
    Q_OBJECT

public:
    // `draftsPath` empty: MappingDraftStore::defaultPath().
    MappingWiring(MainWindow *window, Cache *cache, QTabWidget *tabs, const QString &draftsPath = QString());
    ~MappingWiring() override;

    // Opens the Map tab on `orgCode` (empty: the explorer's selection, else the tab as it is).
    MappingWorkspace *showMapping(const QString &orgCode = QString(), const QString &serviceId = QString());
    MappingWorkspace *workspace() const { return m_workspace; }
    MappingDraftStore *store() const { return m_store.get(); }
    QMenu *menu() const { return m_menu; }
    QMenu *editMenu() const { return m_edit; }
    QAction *action(const QString &objectName) const;

private:
    void buildMenus();
    void onTabChanged();
    MappingWorkspace *current() const;

    MainWindow *m_window;
    Cache *m_cache;
    QPointer<QTabWidget> m_tabs;
    std::unique_ptr<MappingDraftStore> m_store;
    QString m_storeError;
    QPointer<MappingWorkspace> m_workspace;
    QUndoGroup *m_undoGroup;
    QMenu *m_menu = nullptr;
    QMenu *m_edit = nullptr;
};

} // namespace livedna
