#include "core/models/format.h"

#include <QLocale>

#include <cmath>

namespace livedna {

namespace {

// What an amount that is not a number (inf or nan) shows: the same mark as an absent figure.
QString notANumber()
{
    return QStringLiteral("—");
}

} // namespace

QString Format::gbp(double pounds)
{
    if (!std::isfinite(pounds))
        return notANumber();
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const double a = std::abs(pounds);
    const QString sign = pounds < 0 ? QStringLiteral("−") : QString();
    if (a >= 1e9)
        return tr("%1£%2bn").arg(sign, locale.toString(a / 1e9, 'f', a >= 1e10 ? 1 : 2));
    if (a >= 1e6)
        return tr("%1£%2m").arg(sign, locale.toString(a / 1e6, 'f', a >= 1e7 ? 1 : 2));
    if (a >= 1e4)
        return tr("%1£%2k").arg(sign, locale.toString(a / 1e3, 'f', 0));
    if (a >= 1e3)
        return tr("%1£%2k").arg(sign, locale.toString(a / 1e3, 'f', 1));
    return tr("%1£%2").arg(sign, locale.toString(a, 'f', 0));
}

QString Format::gbpFull(double pounds)
{
    if (!std::isfinite(pounds))
        return notANumber();
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const double rounded = std::round(pounds);
    const QString sign = rounded < 0 ? QStringLiteral("−") : QString();
    return tr("%1£%2").arg(sign, locale.toString(std::abs(rounded), 'f', 0));
}

QString Format::gbpPlain(double pounds)
{
    if (!std::isfinite(pounds))
        return notANumber();
    // Rounded as a double and printed with 'f': a cast to qint64 is undefined beyond 2^63.
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const double rounded = std::round(pounds);
    return (rounded < 0 ? QStringLiteral("-£") : QStringLiteral("£")) + locale.toString(std::abs(rounded), 'f', 0);
}

QString Format::gbp(const std::optional<double> &pounds)
{
    return pounds ? gbp(*pounds) : QStringLiteral("—");
}

QString Format::percent(double share, int decimals)
{
    if (!std::isfinite(share))
        return notANumber();
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return tr("%1%").arg(locale.toString(share * 100.0, 'f', decimals));
}

QString Format::fte(double value)
{
    if (!std::isfinite(value))
        return notANumber();
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return tr("%1 FTE").arg(locale.toString(value, 'f', value == std::floor(value) ? 0 : 1));
}

} // namespace livedna
