#pragma once

#include "core/analysis/analysismodels.h"

#include <QString>

class QTableView;
class QAbstractItemModel;
class QSortFilterProxyModel;

namespace livedna {

class Cache;

// Shared by the analysis views: loading the analysis table from a cache, and a sortable
// table over a core/analysis model (numeric sort through analysismodel::SortRole).
namespace analysisview {

// Loads the most recently synced commons; on failure returns nullptr and sets *error.
AnalysisInputPtr load(Cache *cache, QString *error);
QSortFilterProxyModel *sortable(QAbstractItemModel *model, QObject *parent);
QTableView *table(QSortFilterProxyModel *proxy, QWidget *parent);
// The source row behind a proxy row (analysismodel::IndexRole is per model, so views map).
int sourceRow(const QSortFilterProxyModel *proxy, int proxyRow);
// A busy bar with "Loading the analysis…", hidden until a view's data is being loaded off
// the GUI thread (ui/analysis/analysisloader.h); objectName "analysisBusy".
QWidget *busyIndicator(QWidget *parent);

} // namespace analysisview
} // namespace livedna
