#include "core/cli/cli.h"
#include "core/i18n/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Settings, the default cache location and the language choice all key on these.
    QCoreApplication::setOrganizationName(QStringLiteral("LiveDNA"));
    QCoreApplication::setApplicationName(QStringLiteral("livedna"));
    livedna::installTranslations(app);
    return livedna::runCli(app.arguments());
}
