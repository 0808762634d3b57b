#include "core/cli/cli.h"
#include "core/i18n/translations.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // A QGuiApplication on the offscreen platform gives the PDF export its fonts without
    // needing a display; a platform chosen in QT_QPA_PLATFORM is respected.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // Settings, the default cache location and the language choice all key on these.
    QCoreApplication::setOrganizationName(QStringLiteral("LiveDNA"));
    QCoreApplication::setApplicationName(QStringLiteral("livedna"));
    livedna::installTranslations(app);
    return livedna::runCli(app.arguments());
}
