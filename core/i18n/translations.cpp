#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace livedna {

namespace {

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
    QLocale::setDefault(QLocale(QLocale::Welsh, QLocale::UnitedKingdom));
    return lang;
}

} // namespace livedna
