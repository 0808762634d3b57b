#include "ui/application.h"

#include "core/cache/cache.h"
#include "core/i18n/translations.h"
#include "core/util/logging.h"
#include "ui/accessibility.h"
#include "ui/area/myarea.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QDir>
#include <QMessageBox>
#include <QStyleFactory>
#include <QTimer>

namespace livedna {

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LiveDNA"));
    QApplication::setOrganizationName(QStringLiteral("LiveDNA"));
    QApplication::setApplicationVersion(QStringLiteral(LIVEDNA_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("LiveDNA"));
    // The installed .desktop file and hicolor icon carry this id (packaging/CMakeLists.txt);
    // desktops match the window to them by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.livedna.LiveDNA"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.livedna.LiveDNA")));
    // Fusion looks the same on every desktop and under Xvfb; platform themes may override.
    if (qEnvironmentVariableIsEmpty("QT_STYLE_OVERRIDE")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(accessibility::applicationPalette(QApplication::style()));
    }

    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Application", "LiveDNA: what public services are made of."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption cacheOption(QStringLiteral("cache"), QApplication::translate("Application", "Use this cache file."),
                                   QStringLiteral("FILE"));
    QCommandLineOption noDemoOption(QStringLiteral("no-demo-offer"),
                                    QApplication::translate("Application", "Do not offer the demo commons when the cache is empty."));
    parser.addOption(cacheOption);
    parser.addOption(noDemoOption);
    parser.process(app);

    const QString path = parser.isSet(cacheOption) ? parser.value(cacheOption) : Cache::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto cache = std::make_unique<Cache>();
    const Status opened = cache->open(path);
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("Application", "LiveDNA"),
                              QApplication::translate("Application", "The cache %1 could not be opened:\n%2")
                                  .arg(QDir::toNativeSeparators(path), opened.error));
        return 3;
    }
    MainWindow window(std::move(cache));
    window.show();
    if (!parser.isSet(noDemoOption))
        QTimer::singleShot(0, &window, &MainWindow::offerDemoIfEmpty);
    QTimer::singleShot(0, &window, [&window] { window.myArea()->offerOnFirstStart(); });
    return app.exec();
}

} // namespace livedna
