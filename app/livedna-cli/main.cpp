#include "core/cli/cli.h"
#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // `render` measures and draws text, which needs a QGuiApplication; the offscreen
    // platform keeps it working with no display at all. Other commands stay Core-only.
    bool needsGui = false;
    for (int i = 1; i < argc; ++i)
        needsGui = needsGui || std::strcmp(argv[i], "render") == 0;
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> holder(needsGui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *holder;
    // Settings, the default cache location and the language choice all key on these.
    QCoreApplication::setOrganizationName(QStringLiteral("LiveDNA"));
    QCoreApplication::setApplicationName(QStringLiteral("livedna"));
    // Informational logs are for the GUI's log and for debugging; scripts reading stderr want
    // only messages and progress. QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("livedna.*.info=false\nlivedna.*.debug=false"));
    livedna::installTranslations(app);
    return livedna::runCli(app.arguments());
}
