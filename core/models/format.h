#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace livedna {

// Money and share formatting shared by every view, chart, the CLI renderers and the exports:
// the one money vocabulary of the application (issue 13 item 2; the rule is in
// docs/money-and-names.md). No other code turns an amount of pounds into text.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    // A non-finite amount (an overflowed or undefined sum) prints as "—", never as a number;
    // no formatter converts a double to an integer type, so any magnitude is safe.
    //
    // Short (views, charts, briefings): under £1,000 whole pounds ("£950"); from £1,000 three
    // significant figures in thousands, millions or billions, trailing zeros after the point
    // dropped ("£1.23k", "£84k", "£6.05m", "£12.5m", "£409m", "£1.2bn"); the sign is a minus
    // sign before the pound sign ("−£3.1m").
    static QString gbp(double pounds);
    // Whole pounds with thousands separators, for exact figures and inputs: "£48,700".
    static QString gbpFull(double pounds);
    // "-£84,000": whole pounds, ASCII sign, for terminals, scripts and CSV.
    static QString gbpPlain(double pounds);
    // "unknown" when absent: an unknown figure is never £0 and never a blank.
    static QString gbp(const std::optional<double> &pounds);
    // A change: "+£1.2m", "−£350k", "£0".
    static QString gbpSigned(double pounds);
    // An amount per unit (per head, per transaction): pence under £100 ("£12.34"), else gbp().
    static QString gbpPerUnit(double pounds);
    // An axis tick: gbp()'s units, with as many decimals as the tick step needs so that
    // neighbouring ticks differ ("£11.25m" beside "£12.5m" on a step of £1.25m).
    static QString gbpTick(double pounds, double step);
    // "£c (£l to £h)": a central estimate with its range, each by gbp().
    static QString gbpRange(double central, double low, double high);
    static QString unknown();

    static QString percent(double share, int decimals = 0); // 0.314 -> "31%"
    static QString fte(double value);
    // How old a commons' data is, from its index's `published` time (issue 12: a replayed or
    // frozen commons shows its age): "published today", "published 3 days ago", "published
    // 14 months ago"; "publication date unknown" for an invalid time.
    static QString dataAge(const QDateTime &published, const QDateTime &now);

    // Text from a commons for an output that a control character would break (issue 12):
    // terminalText() shows C0/C1 controls (but \n, \t and, for progress lines, \r), DEL and bidi embeddings,
    // overrides and isolates as a visible "\u001B", so ESC sequences, CR overwrites and
    // right-to-left overrides cannot act on the terminal; xmlText() replaces what XML 1.0
    // forbids with U+FFFD and drops bidi controls, so an SVG stays well-formed.
    static QString terminalText(const QString &text, bool keepCarriageReturn = false);
    static QString xmlText(const QString &text);
    static bool isBidiControl(char16_t u);
};

} // namespace livedna
