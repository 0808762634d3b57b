#include "core/cli/cli.h"
#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Settings, the default cache location and the language choice all key on these.
    QCoreApplication::setOrganizationName(QStringLiteral("LiveDNA"));
    QCoreApplication::setApplicationName(QStringLiteral("livedna"));
    // Informational logs are for the GUI's log and for debugging; scripts reading stderr want
    // only messages and progress. QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("livedna.*.info=false\nlivedna.*.debug=false"));
    livedna::installTranslations(app);
    return livedna::runCli(app.arguments());
}
