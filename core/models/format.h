#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace livedna {

// Money and share formatting shared by every view, the CLI renderers and the exports.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    // A non-finite amount (an overflowed or undefined sum) prints as "—", never as a number;
    // no formatter converts a double to an integer type, so any magnitude is safe.
    static QString gbp(double pounds);          // "£84k", "£1.25m", "£950"
    static QString gbpFull(double pounds);      // "£84,000"
    static QString gbpPlain(double pounds);     // "-£84,000": ASCII sign, for terminals and scripts
    static QString gbp(const std::optional<double> &pounds); // "—" when absent
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
