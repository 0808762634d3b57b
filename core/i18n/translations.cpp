#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace livedna {

namespace {

Q_LOGGING_CATEGORY(lcI18n, "livedna.i18n")

bool isWelsh(const QString &tag)
{
    // "cy", "cy_GB", "cy-GB", "cy_GB.UTF-8" all mean Welsh; anything else stays English.
    const QString t = tag.trimmed().toLower();
    return t == QLatin1String("cy") || t.startsWith(QLatin1String("cy_")) || t.startsWith(QLatin1String("cy-"))
        || t.startsWith(QLatin1String("cy."));
}

QString normalise(const QString &tag)
{
    return isWelsh(tag) ? QStringLiteral("cy") : QStringLiteral("en_GB");
}

// Qt's own texts: a Welsh qtbase catalogue installed with Qt wins (Qt ships none today);
// otherwise the one LiveDNA carries for the texts it shows (translations/qtbase_cy.ts).
void installQtTranslations(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    const QString installed = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(QStringLiteral("qtbase_cy"), installed) || qt->load(QStringLiteral(":/i18n/qtbase_cy.qm"))) {
        QCoreApplication::installTranslator(qt);
        return;
    }
    qCWarning(lcI18n) << "No Welsh catalogue for Qt's own texts; its buttons stay English";
    delete qt;
}

} // namespace

QString chosenLanguage()
{
    const QString env = qEnvironmentVariable("LIVEDNA_LANG");
    if (!env.trimmed().isEmpty())
        return normalise(env);
    const QString setting = QSettings(QStringLiteral("LiveDNA"), QStringLiteral("livedna"))
                                .value(QStringLiteral("ui/language"))
                                .toString();
    if (!setting.trimmed().isEmpty())
        return normalise(setting);
    // The first UI language the user prefers decides: someone who prefers English but
    // also lists Welsh gets English.
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString &lang : ui) {
        if (isWelsh(lang))
            return QStringLiteral("cy");
        if (lang.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
            break;
    }
    return QStringLiteral("en_GB");
}

QString installTranslations(QCoreApplication &app)
{
    const QString lang = chosenLanguage();
    if (lang != QLatin1String("cy"))
        return QStringLiteral("en_GB");
    auto *translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/livedna_cy.qm"))) {
        delete translator;
        return QStringLiteral("en_GB");
    }
    QCoreApplication::installTranslator(translator);
    installQtTranslations(app);
    QLocale::setDefault(QLocale(QLocale::Welsh, QLocale::UnitedKingdom));
    return lang;
}

} // namespace livedna
