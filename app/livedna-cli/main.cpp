#include "core/cli/cli.h"
#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstring>
#include <memory>

// `render` and PDF export measure and draw text, which needs fonts and so a
// QGuiApplication; the offscreen platform keeps them working with no display at all.
// Every other command stays Core-only, with nothing extra on stderr.
static bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "render") == 0 || std::strcmp(a, "briefing") == 0 || std::strcmp(a, "pdf") == 0 || std::strcmp(a, "--format=pdf") == 0
            || std::strcmp(a, "-fpdf") == 0)
            return true;
    }
    return false;
}

int main(int argc, char *argv[])
{
    const bool gui = needsGui(argc, argv);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> holder(gui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
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
