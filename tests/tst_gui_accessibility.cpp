// Issue 13, item 3: the application is accessible. On the bundled demo commons, every view,
// tab, mode (Explore, Propose, Map, My area) and dialog is opened and its accessibility tree
// walked (QAccessible::queryAccessibleInterface, children recursively), failing on an
// interactive element without a name; and the keyboard alone reaches and operates every
// view: menu mnemonics, a shortcut per view, a tab order that visits every focusable control
// and custom-painted canvases that take focus, move with the arrow keys and activate with
// Enter.

#include "core/cache/cache.h"
#include "core/i18n/translations.h"
#include "core/sync/syncer.h"
#include "ui/analysis/analysisloader.h"
#include "ui/analysis/duplicationview.h"
#include "ui/analysis/scenariopanel.h"
#include "ui/analysis/similarityview.h"
#include "ui/analysis/valuerankingview.h"
#include "ui/area/myarea.h"
#include "ui/area/myareaview.h"
#include "ui/briefingdialog.h"
#include "ui/graph/brickgraphview.h"
#include "ui/import/publishdialog.h"
#include "ui/import/spendingimportwizard.h"
#include "ui/mainwindow.h"
#include "ui/mapping/addbrickdialog.h"
#include "ui/mapping/mappingimportwizard.h"
#include "ui/mapping/mappingwiring.h"
#include "ui/mapping/mappingworkspace.h"
#include "ui/proposal/draftlist.h"
#include "ui/proposal/proposalcanvas.h"
#include "ui/proposal/proposalworkspace.h"
#include "ui/qcp.h"
#include "ui/views.h"
#include "ui/workspacewiring.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QWizard>

#include <functional>

using namespace livedna;

namespace {

const QString Hartlepool = QStringLiteral("E06000001");

// Roles a user operates; each must have a name a screen reader can say.
bool isInteractiveRole(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QObject *o = iface->object();
    QStringList chain;
    for (QObject *p = o; p && chain.size() < 4; p = p->parent())
        chain.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className())
                                                : p->objectName());
    return QStringLiteral("%1 role 0x%2 in %3")
        .arg(QString::fromLatin1(o ? o->metaObject()->className() : "(item)"))
        .arg(int(iface->role()), 0, 16)
        .arg(chain.join(QLatin1Char('/')));
}

struct Walk
{
    QSet<QAccessible::Id> seen;
    int named = 0;
    QStringList unnamed;

    // `closedMenu`: items of a menu that is not open are invisible, yet operable once it is.
    void visit(QAccessibleInterface *iface, int depth = 0, bool closedMenu = false)
    {
        if (!iface || !iface->isValid() || depth > 60)
            return;
        if (iface->state().invisible && !closedMenu)
            return;
        QWidget *w = qobject_cast<QWidget *>(iface->object());
        // A widget whose focus goes to another (a tab widget's to its tab bar) is named there.
        const bool focusable = w && (w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && !w->focusProxy();
        // The same element is seen in several views; each is counted once.
        const QAccessible::Id id = QAccessible::uniqueId(iface);
        if ((isInteractiveRole(iface->role()) || focusable) && !seen.contains(id)) {
            seen.insert(id);
            if (iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(describe(iface));
            else
                ++named;
        }
        // Rows and cells of a data view are named by their data: the view itself is checked.
        if (qobject_cast<QAbstractItemView *>(iface->object()))
            return;
        for (int i = 0; i < iface->childCount(); ++i)
            visit(iface->child(i), depth + 1, closedMenu);
    }

    void visitWidget(QWidget *root)
    {
        visit(QAccessible::queryAccessibleInterface(root));
        // Menus are their own windows, outside the widget tree.
        for (QMenu *menu : root->findChildren<QMenu *>()) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(menu);
            for (int i = 0; iface && i < iface->childCount(); ++i) {
                QAccessibleInterface *item = iface->child(i);
                if (item && item->role() != QAccessible::Separator)
                    visit(item, 0, true);
            }
        }
    }
};

// What a screen reader reads of a widget beyond its name: the item its keyboard cursor is on
// (the offscreen platform has no accessibility bridge to send events to, so the test reads
// the interface as a screen reader would on the next query).
QString described(QObject *o)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(o);
    return iface ? iface->text(QAccessible::Description) : QString();
}

// The widgets Tab should reach in the window as it stands: shown, enabled, taking focus by
// Tab, not handing it to another widget, and not inside a popup.
QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisibleTo(window) || !w->isEnabled() || w->focusProxy()
            || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        out.append(w);
    }
    return out;
}

QString nameOf(const QWidget *w)
{
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->accessibleName().isEmpty())
        name += QStringLiteral(" '%1'").arg(w->accessibleName());
    if (w->parentWidget())
        name += QStringLiteral(" in %1").arg(QString::fromLatin1(w->parentWidget()->metaObject()->className()));
    return name;
}

// Menu texts without their mnemonic: "&File" has 'f'; "Save && Quit" has none.
QChar mnemonicOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

void checkMenu(QMenu *menu, const QString &path, QStringList *problems)
{
    QHash<QChar, QString> used;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || a->text().isEmpty() || !a->isVisible())
            continue;
        const QString where = path + QStringLiteral(" ▸ ") + a->text();
        const QChar key = mnemonicOf(a->text());
        if (key.isNull())
            problems->append(where + QStringLiteral(": no mnemonic"));
        else if (used.contains(key))
            problems->append(where + QStringLiteral(": mnemonic '%1' also used by %2").arg(key).arg(used.value(key)));
        else
            used.insert(key, a->text());
        if (a->menu())
            checkMenu(a->menu(), where, problems);
    }
}

} // namespace

class TestGuiAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cachePath;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto cache = std::make_unique<Cache>();
        if (const Status st = cache->open(m_cachePath); !st)
            qWarning("%s", qPrintable(st.error));
        auto w = std::make_unique<MainWindow>(std::move(cache));
        w->resize(1400, 900);
        w->show();
        return w;
    }

    // Every view of every mode, made current in turn; `each` sees the window in that state.
    static void forEachView(MainWindow *w, const std::function<void(const QString &, QWidget *)> &each)
    {
        w->showService(Hartlepool, QStringLiteral("blue-badge"));
        const QStringList explorer = {QStringLiteral("services"),   QStringLiteral("dashboard"),
                                      QStringLiteral("treemap"),    QStringLiteral("matrix"),
                                      QStringLiteral("capability"), QStringLiteral("instances"),
                                      QStringLiteral("sources")};
        for (int t = 0; t < explorer.size(); ++t) {
            w->showTab(MainWindow::Tab(t));
            QApplication::processEvents();
            each(explorer.at(t), w->wiring()->tabs()->currentWidget());
        }
        WorkspaceWiring *wiring = w->wiring();
        const QList<QPair<QString, std::function<QWidget *()>>> modes = {
            {QStringLiteral("duplication"), [=] { return static_cast<QWidget *>(wiring->showDuplication()); }},
            {QStringLiteral("scenario"), [=] { return static_cast<QWidget *>(wiring->showScenario()); }},
            {QStringLiteral("value ranking"), [=] { return static_cast<QWidget *>(wiring->showValueRanking()); }},
            {QStringLiteral("similarity"), [=] { return static_cast<QWidget *>(wiring->showSimilarity()); }},
            {QStringLiteral("proposal"),
             [=] { return static_cast<QWidget *>(wiring->newProposalFromService(Hartlepool, QStringLiteral("blue-badge"))); }},
            {QStringLiteral("drafts"), [=] { return static_cast<QWidget *>(wiring->showDrafts()); }},
            {QStringLiteral("map"), [=] { return static_cast<QWidget *>(wiring->mapping()->showMapping(Hartlepool)); }},
            {QStringLiteral("my area"), [=] { return static_cast<QWidget *>(w->myArea()->show()); }},
        };
        for (const auto &mode : modes) {
            QWidget *page = mode.second();
            QVERIFY2(page, qPrintable(mode.first));
            wiring->tabs()->setCurrentWidget(page);
            // Analysis views load off the GUI thread.
            QTest::qWait(50);
            for (int i = 0; i < 100 && wiring->analysisLoader() && wiring->analysisLoader()->isBusy(); ++i)
                QTest::qWait(50);
            QApplication::processEvents();
            each(mode.first, page);
        }
    }

    static QStringList mnemonicProblems(MainWindow *w)
    {
        QStringList problems;
        QHash<QChar, QString> used;
        for (QAction *top : w->menuBar()->actions()) {
            const QChar key = mnemonicOf(top->text());
            if (key.isNull())
                problems.append(top->text() + QStringLiteral(": no mnemonic"));
            else if (used.contains(key))
                problems.append(top->text() + QStringLiteral(": mnemonic '%1' also used by %2").arg(key).arg(used.value(key)));
            else
                used.insert(key, top->text());
            if (top->menu())
                checkMenu(top->menu(), top->text(), &problems);
        }
        return problems;
    }

    // From the first control, Tab (pressed as often as there are controls, several times
    // over) must visit every control of `window`: nothing skipped, nothing trapping it.
    static void checkTabOrder(QWidget *window, const QString &view, QStringList *problems)
    {
        const QList<QWidget *> stops = tabStops(window);
        if (stops.isEmpty())
            return;
        QSet<QWidget *> visited;
        stops.first()->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < 4 * stops.size() + 20; ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                break;
            visited.insert(focus);
            if (qEnvironmentVariableIsSet("A11Y_DUMP"))
                qInfo("%s: %s", qPrintable(view), qPrintable(nameOf(focus)));
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        for (QWidget *stop : stops) {
            if (!visited.contains(stop))
                problems->append(view + QStringLiteral(": Tab never reaches ") + nameOf(stop));
        }
    }

    // The dialogs, each built as the application builds it.
    QList<QPair<QString, QDialog *>> makeDialogs(MainWindow *w)
    {
        QList<QPair<QString, QDialog *>> out;
        out.append({QStringLiteral("briefing"), new BriefingDialog(AreaData{}, w)});
        out.append({QStringLiteral("publish"), new PublishDialog(w)});
        out.append({QStringLiteral("spending import"), new SpendingImportWizard(w)});
        Cache cache;
        if (cache.open(m_cachePath).ok) {
            Catalogue catalogue = cache.catalogue();
            catalogue.reindex();
            if (const std::optional<Organisation> org = cache.organisation(Hartlepool))
                out.append({QStringLiteral("mapping import"), new MappingImportWizard(*org, catalogue, w)});
            BrickInstance brick;
            out.append({QStringLiteral("add brick"), new AddBrickDialog(brick, catalogue.capabilities, w)});
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        MyAreaView::forgetArea();
        qputenv("LIVEDNA_DRAFTS", m_dir.filePath(QStringLiteral("drafts.sqlite")).toUtf8());
        qputenv("LIVEDNA_MAPPING_DRAFTS", m_dir.filePath(QStringLiteral("mapping-drafts.sqlite")).toUtf8());
        m_cachePath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        Cache cache;
        QVERIFY(cache.open(m_cachePath).ok);
        const Result<SyncReport> r = Syncer(&cache).run(QStringLiteral("demo"));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QAccessible::setActive(true);
    }

    void everyInteractiveElementHasAName()
    {
        auto w = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        Walk walk;
        int dialogs = 0;
        QStringList views;
        forEachView(w.get(), [&](const QString &name, QWidget *) {
            views.append(name);
            walk.visitWidget(w.get());
        });
        QCOMPARE(views.size(), 15);
        // The Map mode's dialogs (changes, publish) open on its draft.
        MappingWorkspace *map = w->wiring()->mapping()->workspace();
        QVERIFY(map);
        for (const auto &open : {std::function<void()>([map] { map->showChanges(); }),
                                 std::function<void()>([map] { map->publish(); })}) {
            open();
            QApplication::processEvents();
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (qobject_cast<QDialog *>(top) && top->isVisible()) {
                    walk.visitWidget(top);
                    ++dialogs;
                    top->close();
                }
            }
        }
        // Wizards: every page.
        for (const auto &dialog : makeDialogs(w.get())) {
            dialog.second->show();
            QApplication::processEvents();
            walk.visitWidget(dialog.second);
            if (auto *wizard = qobject_cast<QWizard *>(dialog.second)) {
                for (int i = 0; i < 10 && wizard->currentPage(); ++i) {
                    const int before = wizard->currentId();
                    wizard->next();
                    QApplication::processEvents();
                    if (wizard->currentId() == before)
                        break;
                    walk.visitWidget(wizard);
                }
            }
            dialog.second->close();
            delete dialog.second;
            ++dialogs;
        }
        QCOMPARE(dialogs, 7);
        qInfo("accessibility walk: %d interactive elements named, %d unnamed", walk.named, int(walk.unnamed.size()));
        for (const QString &u : std::as_const(walk.unnamed))
            qWarning("unnamed: %s", qPrintable(u));
        QVERIFY2(walk.unnamed.isEmpty(), "interactive elements without an accessible name (listed above)");
        QVERIFY(walk.named > 100);
    }

    // Every menu and menu item has a mnemonic, unique in its menu (Alt+letter reaches all).
    void menusHaveMnemonics()
    {
        auto w = makeWindow();
        // My Area is in the Go menu, not wherever the second menu happens to be.
        auto *go = w->menuBar()->findChild<QMenu *>(QStringLiteral("goMenu"));
        QVERIFY(go && go->actions().contains(w->myArea()->action()));
        const QStringList problems = mnemonicProblems(w.get());
        for (const QString &p : problems)
            qWarning("%s", qPrintable(p));
        QVERIFY2(problems.isEmpty(), "menu items without a unique mnemonic (listed above)");
    }

    // Every view of every mode opens from the keyboard with one shortcut.
    void everyViewHasAShortcut()
    {
        auto w = makeWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        w->showService(Hartlepool, QStringLiteral("blue-badge"));
        QTabWidget *tabs = w->wiring()->tabs();
        for (int t = 0; t < 7; ++t) {
            QTest::keySequence(w.get(), QKeySequence(Qt::CTRL | (Qt::Key_1 + t)));
            QCOMPARE(tabs->currentIndex(), t);
        }
        const QList<QPair<QKeySequence, const char *>> views = {
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), "livedna::DuplicationView"},
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), "livedna::ScenarioPanel"},
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), "livedna::ValueRankingView"},
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), "livedna::SimilarityView"},
            {QKeySequence(Qt::CTRL | Qt::Key_N), "livedna::ProposalWorkspace"},
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), "livedna::DraftList"},
            {QKeySequence(Qt::CTRL | Qt::Key_M), "livedna::MappingWorkspace"},
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), "livedna::MyAreaView"},
        };
        for (const auto &v : views) {
            tabs->setCurrentIndex(0);
            QTest::keySequence(w.get(), v.first);
            QApplication::processEvents();
            QVERIFY2(tabs->currentWidget() && tabs->currentWidget()->inherits(v.second),
                     qPrintable(v.first.toString() + QStringLiteral(" did not open ") + QLatin1String(v.second)));
        }
        // Ctrl+W closes the view in front (their close buttons are for the mouse).
        QTest::keySequence(w.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        const int open = tabs->count();
        QTest::keySequence(w.get(), QKeySequence(Qt::CTRL | Qt::Key_W));
        QApplication::processEvents();
        QCOMPARE(tabs->count(), open - 1);
    }

    // In every view, Tab visits every control that takes focus: nothing is skipped and no
    // control traps the keyboard.
    void tabOrderReachesEveryControl()
    {
        auto w = makeWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QStringList problems;
        forEachView(w.get(), [&](const QString &view, QWidget *) { checkTabOrder(w.get(), view, &problems); });
        for (const auto &dialog : makeDialogs(w.get())) {
            dialog.second->show();
            dialog.second->activateWindow();
            QApplication::setActiveWindow(dialog.second);
            if (QTest::qWaitForWindowActive(dialog.second))
                checkTabOrder(dialog.second, dialog.first, &problems);
            else
                problems.append(dialog.first + QStringLiteral(": the dialog did not become active"));
            dialog.second->close();
            delete dialog.second;
        }
        for (const QString &p : std::as_const(problems))
            qWarning("%s", qPrintable(p));
        QVERIFY2(problems.isEmpty(), "controls Tab does not reach (listed above)");
    }

    // The custom-painted canvases take focus, move with the arrow keys and act on Enter.
    void canvasesWorkFromTheKeyboard()
    {
        auto w = makeWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        w->showService(Hartlepool, QStringLiteral("blue-badge"));

        // Brick graph: arrows select, Enter activates.
        BrickGraphView *graph = w->graphView();
        QVERIFY(graph->focusPolicy() & Qt::TabFocus);
        QSignalSpy activated(graph, &BrickGraphView::brickActivated);
        graph->setFocus();
        const int before = graph->selectedBrick();
        const QString graphHeard = described(graph);
        for (Qt::Key key : {Qt::Key_Right, Qt::Key_Down, Qt::Key_Left, Qt::Key_Up}) {
            if (graph->selectedBrick() == before)
                QTest::keyClick(graph, key);
        }
        QVERIFY(graph->selectedBrick() >= 0 && graph->selectedBrick() != before);
        QVERIFY2(described(graph) != graphHeard, "the brick graph did not tell a screen reader its selection");
        QTest::keyClick(graph, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);

        // Treemap: arrows choose a service, Enter looks inside, Backspace goes back up.
        w->showTab(MainWindow::TreemapTab);
        QApplication::processEvents();
        auto *treemapView = w->findChild<TreemapView *>();
        QWidget *treemap = nullptr;
        for (QWidget *c : treemapView->findChildren<QWidget *>())
            if (c->inherits("livedna::TreemapCanvas"))
                treemap = c;
        QVERIFY(treemap && (treemap->focusPolicy() & Qt::TabFocus));
        auto crumbs = [treemapView] {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            return treemapView->findChildren<QToolButton *>().size();
        };
        const qsizetype atTop = crumbs();
        treemap->setFocus();
        const QString treemapHeard = described(treemap);
        for (Qt::Key key : {Qt::Key_Right, Qt::Key_Down, Qt::Key_Left, Qt::Key_Up}) {
            if (described(treemap) == treemapHeard)
                QTest::keyClick(treemap, key);
        }
        QVERIFY(described(treemap) != treemapHeard);
        QTest::keyClick(treemap, Qt::Key_Return);
        QApplication::processEvents();
        QVERIFY2(crumbs() > atTop, "Enter did not look inside the chosen service");
        QTest::keyClick(treemap, Qt::Key_Backspace);
        QApplication::processEvents();
        QCOMPARE(crumbs(), atTop);

        // DNA matrix: arrows move the cell cursor, Enter opens the cell.
        w->showTab(MainWindow::MatrixTab);
        QApplication::processEvents();
        MatrixCanvas *matrix = w->findChild<MatrixView *>()->canvas();
        QVERIFY(matrix->focusPolicy() & Qt::TabFocus);
        QSignalSpy cell(matrix, &MatrixCanvas::cellActivated);
        matrix->setFocus();
        const QString matrixHeard = described(matrix);
        QTest::keyClick(matrix, Qt::Key_Down);
        QTest::keyClick(matrix, Qt::Key_Right);
        QVERIFY(described(matrix) != matrixHeard);
        QTest::keyClick(matrix, Qt::Key_Return);
        QCOMPARE(cell.size(), 1);
        QCOMPARE(cell.first().at(1).toInt(), matrix->columns().at(1));

        // Dashboard charts: Up and Down choose a bar, Enter opens its service.
        w->showTab(MainWindow::DashboardTab);
        QApplication::processEvents();
        auto *dashboard = w->findChild<DashboardView *>();
        QCustomPlot *spend = dashboard->plots().first();
        QVERIFY(spend->focusPolicy() & Qt::TabFocus);
        QSignalSpy service(dashboard, &DashboardView::serviceActivated);
        spend->setFocus();
        const QString spendHeard = described(spend);
        QTest::keyClick(spend, Qt::Key_Up);
        QVERIFY(described(spend) != spendHeard);
        QTest::keyClick(spend, Qt::Key_Return);
        QCOMPARE(service.size(), 1);

        // Proposal canvas: arrows choose a brick, Enter opens its menu, Delete removes it.
        ProposalWorkspace *ws = w->wiring()->newProposalFromService(Hartlepool, QStringLiteral("blue-badge"));
        QVERIFY(ws);
        QApplication::processEvents();
        ProposalCanvas *canvas = ws->canvas();
        QVERIFY(canvas->focusPolicy() & Qt::TabFocus);
        canvas->setFocus();
        const QString canvasHeard = described(canvas);
        QTest::keyClick(canvas, Qt::Key_Right);
        const QString first = canvas->selectedBrick();
        QVERIFY(!first.isEmpty());
        QVERIFY(described(canvas) != canvasHeard);
        // The first brick is the top-left one: another lies in some arrow's direction.
        for (Qt::Key key : {Qt::Key_Right, Qt::Key_Down, Qt::Key_Left, Qt::Key_Up}) {
            if (canvas->selectedBrick() == first)
                QTest::keyClick(canvas, key);
        }
        QVERIFY(canvas->selectedBrick() != first);
        bool menuShown = false;
        QTimer::singleShot(200, this, [&menuShown] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                menuShown = !menu->actions().isEmpty();
                menu->close();
            }
        });
        QTest::keyClick(canvas, Qt::Key_Return);
        QVERIFY2(menuShown, "Enter did not open the brick's menu");
        const int bricks = canvas->nodeCount();
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Delete);
        QApplication::processEvents();
        QCOMPARE(canvas->nodeCount(), bricks - 1);
    }

    // Last (the catalogue stays installed): in Welsh too, every menu item keeps a unique
    // mnemonic and every interactive element a name.
    void welshMenusAndNames()
    {
        qputenv("LIVEDNA_LANG", "cy");
        QCOMPARE(installTranslations(*QCoreApplication::instance()), QStringLiteral("cy"));
        qunsetenv("LIVEDNA_LANG");
        auto w = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QStringList problems = mnemonicProblems(w.get());
        Walk walk;
        forEachView(w.get(), [&](const QString &, QWidget *) { walk.visitWidget(w.get()); });
        problems += walk.unnamed;
        for (const QString &p : std::as_const(problems))
            qWarning("%s", qPrintable(p));
        QVERIFY2(problems.isEmpty(), "Welsh: menu items without a unique mnemonic or elements without a name (listed above)");
        QVERIFY(walk.named > 100);
    }
};

QTEST_MAIN(TestGuiAccessibility)
#include "tst_gui_accessibility.moc"
