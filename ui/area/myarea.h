#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QTabWidget;

namespace livedna {

class Cache;
class MainWindow;
class MyAreaView;
class WorkspaceWiring;

// Hooks My area into the main window: Go ▸ My Area (Ctrl+Shift+A) and the toolbar, its tab
// (created on first use, beside the explorer's), and the first-start offer. "First start" is
// no area remembered (QSettings) and a cache whose commons has an areas document; the offer
// opens the view with its finder focused, once per session.
class MyArea : public QObject
{
    Q_OBJECT

public:
    MyArea(MainWindow *window, Cache *cache, QTabWidget *tabs, WorkspaceWiring *wiring);

    QAction *action() const { return m_action; }
    // Opens (creating if needed) the My area tab and makes it current.
    MyAreaView *show();
    MyAreaView *view() const;
    // Offers the view if this is the first start; true when it did. At most once a session.
    bool offerOnFirstStart();
    bool isFirstStart() const;
    // After a sync: the view re-reads the cache, and a first start is offered if it now is one.
    void refresh();

private:
    MainWindow *m_window;
    Cache *m_cache;
    QPointer<QTabWidget> m_tabs;
    QPointer<WorkspaceWiring> m_wiring;
    QPointer<MyAreaView> m_view;
    QAction *m_action = nullptr;
    bool m_offered = false;
};

} // namespace livedna
