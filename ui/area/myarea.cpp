#include "ui/area/myarea.h"

#include "core/cache/cache.h"
#include "ui/area/myareaview.h"
#include "ui/mainwindow.h"
#include "ui/workspacewiring.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QToolBar>

namespace livedna {

MyArea::MyArea(MainWindow *window, Cache *cache, QTabWidget *tabs, WorkspaceWiring *wiring)
    : QObject(window)
    , m_window(window)
    , m_cache(cache)
    , m_tabs(tabs)
    , m_wiring(wiring)
{
    m_action = new QAction(QIcon::fromTheme(QStringLiteral("go-home")), tr("My &Area"), window);
    m_action->setObjectName(QStringLiteral("myAreaAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_action->setToolTip(tr("My area: find your constituency, council or NHS trust (%1)")
                             .arg(m_action->shortcut().toString(QKeySequence::NativeText)));
    connect(m_action, &QAction::triggered, this, [this] {
        if (MyAreaView *v = show())
            v->finder()->setFocus(Qt::ShortcutFocusReason); // so typing goes to the finder
    });
    // My Area goes first in the explorer's Go menu (found by name: the Map mode inserts
    // Edit before it, so its position is not fixed).
    if (auto *go = window->menuBar()->findChild<QMenu *>(QStringLiteral("goMenu"))) {
        QAction *first = go->actions().isEmpty() ? nullptr : go->actions().constFirst();
        go->insertAction(first, m_action);
        go->insertSeparator(first);
    }
    if (auto *bar = window->findChild<QToolBar *>(QStringLiteral("navigationToolBar"))) {
        const QList<QAction *> actions = bar->actions();
        bar->insertAction(actions.size() > 2 ? actions.at(2) : nullptr, m_action);
    }
}

MyAreaView *MyArea::show()
{
    if (!m_tabs)
        return nullptr;
    if (!m_view) {
        m_view = new MyAreaView(m_window, m_cache, m_wiring);
        // After the explorer's tabs, before any analysis or proposal tab.
        const int at = std::min(int(MainWindow::SourcesTab) + 1, m_tabs->count());
        m_tabs->insertTab(at, m_view, tr("My Area"));
        m_tabs->setTabToolTip(at, m_action->toolTip());
    }
    m_tabs->setCurrentWidget(m_view);
    return m_view;
}

MyAreaView *MyArea::view() const
{
    return m_view;
}

bool MyArea::isFirstStart() const
{
    return MyAreaView::rememberedArea().isEmpty() && !m_cache->areas().isEmpty();
}

bool MyArea::offerOnFirstStart()
{
    if (m_offered || !isFirstStart())
        return false;
    m_offered = true;
    MyAreaView *v = show();
    if (!v)
        return false;
    v->finder()->setFocus(Qt::OtherFocusReason);
    return true;
}

void MyArea::refresh()
{
    if (m_view)
        m_view->reload();
    offerOnFirstStart();
}

} // namespace livedna
