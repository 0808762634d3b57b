#include "core/cli/cli.h"
#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstring>
#include <memory>

// PDF export lays out text, which needs fonts, which need a QGuiApplication. Only those
// runs get one (on the offscreen platform, so no display is needed); every other command
// stays a plain QCoreApplication with nothing extra on stderr.
static bool wantsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "pdf") == 0 || std::strcmp(a, "--format=pdf") == 0 || std::strcmp(a, "-fpdf") == 0)
            return true;
    }
    return false;
}

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // Settings, the default cache location and the language choice all key on these.
    QCoreApplication::setOrganizationName(QStringLiteral("LiveDNA"));
    QCoreApplication::setApplicationName(QStringLiteral("livedna"));
    // Informational logs are for the GUI's log and for debugging; scripts reading stderr want
    // only messages and progress. QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("livedna.*.info=false\nlivedna.*.debug=false"));
    livedna::installTranslations(*app);
    return livedna::runCli(app->arguments());
}
