#include "ui/analysis/analysisviewsupport.h"

#include "core/analysis/analysiscacheloader.h"
#include "core/cache/cache.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace livedna::analysisview {

AnalysisInputPtr load(Cache *cache, QString *error)
{
    if (!cache || !cache->isOpen()) {
        if (error)
            *error = QCoreApplication::translate("AnalysisView", "No cache is open.");
        return nullptr;
    }
    Result<AnalysisInput> r = AnalysisCacheLoader::load(*cache);
    if (!r) {
        if (error)
            *error = r.errorString();
        return nullptr;
    }
    return std::make_shared<const AnalysisInput>(r.take());
}

QSortFilterProxyModel *sortable(QAbstractItemModel *model, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(analysismodel::SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

QTableView *table(QSortFilterProxyModel *proxy, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // keep the model's own ranking until a click
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    // Compact rows like the explorer's tables: the style's default leaves half of each blank.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table (the arrows move between cells): it must not trap the keyboard.
    view->setTabKeyNavigation(false);
    // Fit the columns to what the model now holds; the header samples at most 1000 rows.
    view->horizontalHeader()->setResizeContentsPrecision(1000);
    QObject::connect(proxy, &QAbstractItemModel::modelReset, view, &QTableView::resizeColumnsToContents);
    return view;
}

QWidget *busyIndicator(QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setObjectName(QStringLiteral("analysisBusy"));
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QProgressBar(box);
    bar->setRange(0, 0); // busy: the load reports no steps
    bar->setMaximumWidth(box->fontMetrics().averageCharWidth() * 24);
    bar->setAccessibleName(QCoreApplication::translate("AnalysisView", "Loading the analysis"));
    auto *text = new QLabel(QCoreApplication::translate("AnalysisView",
                                                        "Loading the analysis… the window stays usable meanwhile."),
                            box);
    // Wraps: one line of the longer Welsh text widened the window past a 1024 px screen.
    text->setWordWrap(true);
    layout->addWidget(bar);
    layout->addWidget(text, 1);
    box->hide();
    return box;
}

int sourceRow(const QSortFilterProxyModel *proxy, int proxyRow)
{
    return proxy->mapToSource(proxy->index(proxyRow, 0)).row();
}

} // namespace livedna::analysisview
