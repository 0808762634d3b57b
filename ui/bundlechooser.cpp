#include "ui/bundlechooser.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace livedna {

QString BundleChooser::choose(QWidget *parent)
{
    QSettings settings;
    const QString key = QStringLiteral("sync/lastBundleFolder");
    const QString file = QFileDialog::getOpenFileName(parent, tr("Sync from a commons bundle"),
                                                      settings.value(key).toString(),
                                                      nameFilters().join(QStringLiteral(";;")));
    if (!file.isEmpty())
        settings.setValue(key, QFileInfo(file).absolutePath());
    return file;
}

QStringList BundleChooser::nameFilters()
{
    return {tr("Commons bundles (*.tar.zst *.tzst *.tar.xz *.txz *.tar.gz *.tgz *.tar)"), tr("All files (*)")};
}

} // namespace livedna
