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

namespace {

QLocale uk()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

// "1.20" -> "1.2", "84.0" -> "84": the precision is in the significant figures, and a
// trailing zero reads as a measured digit that is not there.
QString dropTrailingZeros(QString digits)
{
    if (!digits.contains(QLatin1Char('.')))
        return digits;
    while (digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    if (digits.endsWith(QLatin1Char('.')))
        digits.chop(1);
    return digits;
}

enum class Unit { Pounds, Thousand, Million, Billion };

// The unit an amount is shown in: the largest whose value, once rounded to three
// significant figures, is at least 1 (so £999,999 is "£1m", not "£1,000k").
Unit unitFor(double magnitude)
{
    if (magnitude >= 999.5e6)
        return Unit::Billion;
    if (magnitude >= 999.5e3)
        return Unit::Million;
    if (magnitude >= 999.5)
        return Unit::Thousand;
    return Unit::Pounds;
}

double scaleOf(Unit unit)
{
    switch (unit) {
    case Unit::Billion: return 1e9;
    case Unit::Million: return 1e6;
    case Unit::Thousand: return 1e3;
    case Unit::Pounds: break;
    }
    return 1.0;
}

QString withUnit(const QString &sign, const QString &digits, Unit unit)
{
    switch (unit) {
    case Unit::Billion: return Format::tr("%1£%2bn").arg(sign, digits);
    case Unit::Million: return Format::tr("%1£%2m").arg(sign, digits);
    case Unit::Thousand: return Format::tr("%1£%2k").arg(sign, digits);
    case Unit::Pounds: break;
    }
    return Format::tr("%1£%2").arg(sign, digits);
}

} // namespace

QString Format::gbp(double pounds)
{
    if (!std::isfinite(pounds))
        return notANumber();
    const double a = std::abs(pounds);
    const Unit unit = unitFor(a);
    const double value = a / scaleOf(unit);
    // Three significant figures: 2 decimals for 1-9.99, 1 for 10-99.9, none from 100 (and
    // none for whole pounds, or past £999bn where the digits themselves are the figure).
    const int decimals = unit == Unit::Pounds || value >= 99.95 ? 0 : value >= 9.995 ? 1 : 2;
    const QString digits = dropTrailingZeros(uk().toString(value, 'f', decimals));
    const bool zero = digits == QLatin1String("0");
    return withUnit(pounds < 0 && !zero ? QStringLiteral("−") : QString(), digits, unit);
}

QString Format::gbpTick(double pounds, double step)
{
    if (!std::isfinite(pounds) || !std::isfinite(step) || step <= 0.0)
        return gbp(pounds);
    const double a = std::abs(pounds);
    if (a < step * 1e-6)
        return withUnit(QString(), QStringLiteral("0"), Unit::Pounds);
    const Unit unit = unitFor(a);
    const double scaled = step / scaleOf(unit);
    // Enough decimals to tell this tick from its neighbours, at most three.
    int decimals = 0;
    while (decimals < 3 && std::abs(scaled * std::pow(10.0, decimals) - std::round(scaled * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    const QString digits = dropTrailingZeros(uk().toString(a / scaleOf(unit), 'f', decimals));
    return withUnit(pounds < 0 ? QStringLiteral("−") : QString(), digits, unit);
}

QString Format::gbpFull(double pounds)
{
    if (!std::isfinite(pounds))
        return notANumber();
    const double rounded = std::round(pounds);
    const QString sign = rounded < 0 ? QStringLiteral("−") : QString();
    return tr("%1£%2").arg(sign, uk().toString(std::abs(rounded), 'f', 0));
}

QString Format::gbpPlain(double pounds)
{
    if (!std::isfinite(pounds))
        return notANumber();
    // Rounded as a double and printed with 'f': a cast to qint64 is undefined beyond 2^63.
    const double rounded = std::round(pounds);
    return (rounded < 0 ? QStringLiteral("-£") : QStringLiteral("£")) + uk().toString(std::abs(rounded), 'f', 0);
}

QString Format::gbp(const std::optional<double> &pounds)
{
    return pounds ? gbp(*pounds) : unknown();
}

QString Format::unknown()
{
    return tr("unknown");
}

QString Format::gbpSigned(double pounds)
{
    const QString text = gbp(pounds);
    if (!std::isfinite(pounds) || pounds <= 0.0 || text == gbp(0.0))
        return text;
    return QStringLiteral("+") + text;
}

QString Format::gbpPerUnit(double pounds)
{
    if (!std::isfinite(pounds))
        return notANumber();
    if (std::abs(pounds) >= 99.995)
        return gbp(pounds);
    const QString digits = uk().toString(std::abs(pounds), 'f', 2);
    const bool zero = digits == QLatin1String("0.00");
    return tr("%1£%2").arg(pounds < 0 && !zero ? QStringLiteral("−") : QString(), digits);
}

QString Format::gbpRange(double central, double low, double high)
{
    return tr("%1 (%2 to %3)").arg(gbp(central), gbp(low), gbp(high));
}

QString Format::percent(double share, int decimals)
{
    if (!std::isfinite(share))
        return notANumber();
    return tr("%1%").arg(uk().toString(share * 100.0, 'f', decimals));
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
