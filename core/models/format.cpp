#include "core/models/format.h"

#include <QLocale>

#include <algorithm>
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

QString Format::dataAge(const QDateTime &published, const QDateTime &now)
{
    if (!published.isValid() || !now.isValid())
        return tr("publication date unknown");
    const qint64 days = published.daysTo(now);
    if (days < 0)
        return tr("published in the future (%1)").arg(published.toUTC().toString(Qt::ISODate));
    if (days == 0)
        return tr("published today");
    // Plain branches rather than %n: English is the source language and has no catalogue.
    if (days == 1)
        return tr("published yesterday");
    if (days < 62)
        return tr("published %1 days ago").arg(days);
    return tr("published %1 months ago").arg(days / 30);
}

bool Format::isBidiControl(char16_t u)
{
    return (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

QString Format::terminalText(const QString &text, bool keepCarriageReturn)
{
    const auto acts = [keepCarriageReturn](char16_t u) {
        if (u == u'\r')
            return !keepCarriageReturn;
        return (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u < 0xa0) || isBidiControl(u);
    };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return acts(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (acts(c.unicode()))
            out += QStringLiteral("\\u") + QStringLiteral("%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return out;
}

QString Format::xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (isBidiControl(u))
            continue;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        const bool allowed = u == 0x9 || u == 0xa || u == 0xd || (u >= 0x20 && u < 0xd800) || (u >= 0xe000 && u < 0xfffe);
        out += allowed ? c : QChar(0xfffd);
    }
    return out;
}

} // namespace livedna
