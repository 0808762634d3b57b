#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace livedna {

// File ▸ Sync from Bundle…: picks a commons bundle (a .tar.zst from `livedna-cli bundle`)
// to sync from, remembering the folder it was last taken from. Empty when cancelled.
class BundleChooser
{
    Q_DECLARE_TR_FUNCTIONS(BundleChooser)

public:
    static QString choose(QWidget *parent);
    // The file dialog's filters: bundles first, then every file.
    static QStringList nameFilters();
};

} // namespace livedna
