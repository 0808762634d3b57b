#include "core/commons/commonsreader.h"

#include "core/commons/jsonkeys.h"

#include "core/util/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QTimeZone>
#include <QVarLengthArray>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <climits>
#include <cstring>
#include <limits>

namespace livedna {

namespace {

// Integers beyond 2^53 cannot round-trip through a JSON number (a double) exactly.
constexpr double MaxSafeInteger = 9007199254740991.0;
// Hostile documents can hold megabyte-long strings; a message quotes only their start.
constexpr int MaxQuotedChars = 80;

const QLatin1String CommonsFormat("livedna-commons/1");
const QLatin1String BricksFormat("livedna-bricks/1");
const QLatin1String OrgFormat("livedna-org/1");

QString quoted(const QString &text)
{
    if (text.size() <= MaxQuotedChars)
        return QStringLiteral("“%1”").arg(text);
    return QStringLiteral("“%1…”").arg(text.left(MaxQuotedChars));
}

QString numberText(double d)
{
    return QString::number(d, 'g', 15);
}

// What a value is, for "expected X; found Y" messages.
QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return CommonsReader::tr("null");
    case QJsonValue::Bool:
        return v.toBool() ? CommonsReader::tr("true") : CommonsReader::tr("false");
    case QJsonValue::Double:
        return CommonsReader::tr("the number %1").arg(numberText(v.toDouble()));
    case QJsonValue::String:
        return CommonsReader::tr("the string %1").arg(quoted(v.toString()));
    case QJsonValue::Array:
        return CommonsReader::tr("an array");
    case QJsonValue::Object:
        return CommonsReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return CommonsReader::tr("nothing");
}

bool isIdChar(QChar c, bool first)
{
    const ushort u = c.unicode();
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
        return true;
    return !first && (u == '.' || u == '-');
}

bool isValidId(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        if (!isIdChar(id.at(i), i == 0))
            return false;
    }
    return true;
}

bool isLowerHex64(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s) {
        const ushort u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f')))
            return false;
    }
    return true;
}

bool isInteger(double d)
{
    return std::isfinite(d) && std::floor(d) == d;
}

int digitsAt(const QString &s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const ushort u = s.at(pos + i).unicode();
        if (u < '0' || u > '9')
            return -1;
        value = value * 10 + (u - '0');
    }
    return value;
}

// RFC 3339 date-time (section 5.6): full-date "T" full-time, with "t"/"z" accepted as the
// RFC allows. Our own parser because Qt's ISO parser accepts forms RFC 3339 does not
// (no seconds, no offset) and rejects some it does (leap second, lower-case separators).
bool parseRfc3339(const QString &s, QDateTime *out, bool *isUtc)
{
    const int year = digitsAt(s, 0, 4);
    if (year < 0 || s.size() < 20 || s.at(4) != QLatin1Char('-') || s.at(7) != QLatin1Char('-'))
        return false;
    const int month = digitsAt(s, 5, 2);
    const int day = digitsAt(s, 8, 2);
    const QChar t = s.at(10);
    if (t != QLatin1Char('T') && t != QLatin1Char('t'))
        return false;
    const int hour = digitsAt(s, 11, 2);
    const int minute = digitsAt(s, 14, 2);
    const int second = digitsAt(s, 17, 2);
    if (s.at(13) != QLatin1Char(':') || s.at(16) != QLatin1Char(':'))
        return false;
    if (month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 60)
        return false;
    const QDate date(year, month, day);
    if (!date.isValid())
        return false;
    qsizetype pos = 19;
    int msec = 0;
    if (pos < s.size() && s.at(pos) == QLatin1Char('.')) {
        ++pos;
        const qsizetype start = pos;
        while (pos < s.size() && s.at(pos).unicode() >= '0' && s.at(pos).unicode() <= '9') {
            if (pos - start < 3)
                msec = msec * 10 + (s.at(pos).unicode() - '0');
            ++pos;
        }
        if (pos == start)
            return false;
        for (qsizetype n = pos - start; n < 3; ++n)
            msec *= 10;
    }
    if (pos >= s.size())
        return false;
    int offsetSeconds = 0;
    const QChar z = s.at(pos);
    if (z == QLatin1Char('Z') || z == QLatin1Char('z')) {
        if (pos + 1 != s.size())
            return false;
        *isUtc = true;
    } else if (z == QLatin1Char('+') || z == QLatin1Char('-')) {
        const int oh = digitsAt(s, pos + 1, 2);
        const int om = digitsAt(s, pos + 4, 2);
        if (oh < 0 || om < 0 || oh > 23 || om > 59 || s.size() != pos + 6
            || s.at(pos + 3) != QLatin1Char(':'))
            return false;
        offsetSeconds = (oh * 3600 + om * 60) * (z == QLatin1Char('-') ? -1 : 1);
        *isUtc = offsetSeconds == 0;
    } else {
        return false;
    }
    // A leap second is valid RFC 3339; QTime has no :60, so it becomes the next second.
    QDateTime dt(date, QTime(hour, minute, second == 60 ? 59 : second, msec), QTimeZone::utc());
    if (second == 60)
        dt = dt.addSecs(1);
    *out = dt.addSecs(-offsetSeconds);
    return true;
}

// Walks one parsed document, remembering where it is so that a problem can name its JSON
// Pointer. The pointer text is only built when something is wrong: valid documents pay for
// a few integer stores per level, not for string building.
class Checker
{
public:
    explicit Checker(const QString &file, const QString &prefix = QString()) : m_file(file), m_prefix(prefix) {}

    struct Scope
    {
        Scope(Checker &c, const char *key) : m_c(c) { m_c.pushKey(key); }
        Scope(Checker &c, qsizetype index) : m_c(c) { m_c.pushIndex(index); }
        ~Scope() { m_c.pop(); }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;
        Checker &m_c;
    };

    void pushKey(const char *key) { m_segs[m_depth++] = Seg{key, -1}; }
    void pushIndex(qsizetype index) { m_segs[m_depth++] = Seg{nullptr, index}; }
    void pop() { --m_depth; }

    // `leaf` is a field of the current object, or nullptr for the current location.
    QString pointer(const char *leaf = nullptr) const
    {
        QString p = m_prefix;
        for (int i = 0; i < m_depth; ++i) {
            p += QLatin1Char('/');
            if (m_segs[i].key)
                p += escape(QString::fromUtf8(m_segs[i].key));
            else
                p += QString::number(m_segs[i].index);
        }
        if (leaf)
            p += QLatin1Char('/') + escape(QString::fromUtf8(leaf));
        return p;
    }
    QString pointerTo(const QString &leaf) const { return pointer() + QLatin1Char('/') + escape(leaf); }
    // The pointer of a sibling array element, for "first seen at" messages.
    QString pointerAtIndex(qsizetype index) const
    {
        QString p = pointer();
        return p.left(p.lastIndexOf(QLatin1Char('/')) + 1) + QString::number(index);
    }

    void fail(const char *leaf, const QString &message)
    {
        if (m_problems.size() < CommonsReader::MaxProblems)
            m_problems.append(Problem{m_file, pointer(leaf), message});
        else
            ++m_unlisted;
    }
    void failAt(const QString &pointerText, const QString &message)
    {
        if (m_problems.size() < CommonsReader::MaxProblems)
            m_problems.append(Problem{m_file, pointerText, message});
        else
            ++m_unlisted;
    }
    bool hasProblems() const { return !m_problems.isEmpty(); }
    QList<Problem> takeProblems()
    {
        if (m_unlisted > 0) {
            m_problems.append(Problem{m_file, QString(),
                                      CommonsReader::tr("… and %n more problem(s) not listed", nullptr, int(qMin<qint64>(m_unlisted, INT_MAX)))});
            m_unlisted = 0;
        }
        return std::move(m_problems);
    }
    const QString &file() const { return m_file; }

    enum Need { Optional, Required };

    // Returns the member when it is present and an object; reports otherwise.
    bool object(const QJsonObject &o, const char *key, Need need, QJsonObject *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isObject()) {
            *out = v.toObject();
            return true;
        }
        if (v.isUndefined()) {
            if (need == Required)
                missing(key);
            return false;
        }
        wrongType(key, CommonsReader::tr("an object"), v);
        return false;
    }

    bool array(const QJsonObject &o, const char *key, Need need, QJsonArray *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isArray()) {
            *out = v.toArray();
            return true;
        }
        if (v.isUndefined()) {
            if (need == Required)
                missing(key);
            return false;
        }
        wrongType(key, CommonsReader::tr("an array"), v);
        return false;
    }

    // Required strings must not be empty: an empty name or code is as good as none.
    bool string(const QJsonObject &o, const char *key, Need need, QString *out)
    {
        return string(o.value(QLatin1String(key)), key, need, out);
    }

    bool string(const QJsonValue &v, const char *key, Need need, QString *out)
    {
        if (v.isString()) {
            *out = v.toString();
            if (need == Required && out->isEmpty()) {
                fail(key, CommonsReader::tr("“%1” must not be empty").arg(QLatin1String(key)));
                return false;
            }
            return checkText(key, out);
        }
        if (v.isUndefined()) {
            if (need == Required)
                missing(key);
            return false;
        }
        wrongType(key, need == Required ? CommonsReader::tr("a non-empty string") : CommonsReader::tr("a string"), v);
        return false;
    }

    // Names, codes and ids reach terminals, SVG and every view. A code or id holds no control or
    // direction character at all; a name no C0 control (ESC, BEL, NUL, CR, LF...) nor DEL,
    // and its bidi embeddings, overrides and isolates are removed: unbalanced, one reorders
    // the text that follows it wherever the name is shown.
    bool checkText(const char *key, QString *text)
    {
        const QLatin1String k(key);
        const bool isCode = k == QLatin1String("code") || k == QLatin1String("org") || k == QLatin1String("id");
        const bool isName = k == QLatin1String("name") || k == QLatin1String("title");
        if (!isCode && !isName)
            return true;
        for (qsizetype i = 0; i < text->size(); ++i) {
            const char16_t u = text->at(i).unicode();
            const bool c0 = u < 0x20 || u == 0x7f;
            if (c0 || (isCode && ((u >= 0x80 && u < 0xa0) || isBidiControl(u)))) {
                fail(key, CommonsReader::tr("“%1” must not contain control characters; found U+%2 at character %3")
                              .arg(QLatin1String(key), QStringLiteral("%1").arg(int(u), 4, 16, QLatin1Char('0')).toUpper())
                              .arg(i + 1));
                return false;
            }
        }
        text->removeIf([](QChar ch) { return isBidiControl(ch.unicode()); });
        return true;
    }

    static bool isBidiControl(char16_t u)
    {
        return (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
    }

    bool id(const QJsonObject &o, const char *key, Need need, QString *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString()) {
            *out = v.toString();
            if (isValidId(*out))
                return true;
            fail(key, CommonsReader::tr("“%1” must be an id of lower-case letters, digits, “.” and “-” "
                                        "that starts with a letter or digit ([a-z0-9][a-z0-9.-]*); found %2")
                          .arg(QLatin1String(key), describe(v)));
            return false;
        }
        if (v.isUndefined()) {
            if (need == Required)
                missing(key);
            return false;
        }
        wrongType(key, CommonsReader::tr("an id ([a-z0-9][a-z0-9.-]*)"), v);
        return false;
    }

    enum NumberKind {
        AnyNumber,
        NonNegative,
        NonNegativeInteger,
        PositiveInteger,
        UnitInterval,
        Money, // 0 to MaxMoneyGbp
        SignedMoney, // -MaxMoneyGbp to MaxMoneyGbp (a reported net figure may be negative)
        Population, // an integer from 0 to MaxPopulation
        Version, // an integer from 1 to MaxVersion
        AnyPositiveInteger, // Version's form without its bound
    };

    bool number(const QJsonObject &o, const char *key, Need need, NumberKind kind, double *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (numberFits(d, kind)) {
                *out = d;
                return true;
            }
            if (beyondBound(d, kind)) {
                tooLarge(key, kind, d);
                return false;
            }
        } else if (v.isUndefined()) {
            if (need == Required)
                missing(key);
            return false;
        }
        wrongType(key, expectedNumber(kind), v);
        return false;
    }

    bool numberValue(const QJsonValue &v, const QString &key, NumberKind kind, double *out)
    {
        if (v.isDouble() && numberFits(v.toDouble(), kind)) {
            *out = v.toDouble();
            return true;
        }
        failAt(pointerTo(key), CommonsReader::tr("“%1” must be %2; found %3")
                                   .arg(key, expectedNumber(kind), describe(v)));
        return false;
    }

    bool enumeration(const QJsonObject &o, const char *key, Need need,
                     std::initializer_list<QLatin1String> allowed, QString *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString()) {
            *out = v.toString();
            for (const QLatin1String &a : allowed) {
                if (*out == a)
                    return true;
            }
        } else if (v.isUndefined()) {
            if (need == Required)
                missing(key);
            return false;
        }
        QStringList names;
        for (const QLatin1String &a : allowed)
            names.append(QStringLiteral("“%1”").arg(a));
        fail(key, CommonsReader::tr("“%1” must be one of %2; found %3")
                      .arg(QLatin1String(key), names.join(QStringLiteral(", ")), describe(v)));
        return false;
    }

    bool format(const QJsonObject &root, QLatin1String expected)
    {
        const QJsonValue v = root.value(QLatin1String("format"));
        if (v.isUndefined()) {
            missing("format");
            return false;
        }
        const QString text = v.toString();
        if (v.isString() && text == expected)
            return true;
        const QLatin1String family(expected.data(), expected.indexOf(QLatin1Char('/')) + 1);
        if (v.isString() && text.startsWith(family)) {
            fail("format", CommonsReader::tr("unsupported format version %1: this version of LiveDNA "
                                             "reads %2 only")
                               .arg(quoted(text), expected));
        } else {
            fail("format", CommonsReader::tr("“format” must be “%1”; found %2").arg(expected, describe(v)));
        }
        return false;
    }

    void missing(const char *key)
    {
        fail(key, CommonsReader::tr("required field “%1” is missing").arg(QLatin1String(key)));
    }

    void tooLarge(const char *key, NumberKind kind, double found)
    {
        fail(key, CommonsReader::tr("“%1” must be %2 (the format's upper bound); found %3")
                      .arg(QLatin1String(key), boundText(kind), numberText(found)));
    }

    void wrongType(const char *key, const QString &expected, const QJsonValue &found)
    {
        fail(key, CommonsReader::tr("“%1” must be %2; found %3").arg(QLatin1String(key), expected, describe(found)));
    }

    // Spec 1.1 reported figures: a number, or null (or absent) when not published.
    bool nullableNumber(const QJsonObject &o, const char *key, std::optional<double> *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        if (v.isDouble() && numberFits(v.toDouble(), SignedMoney)) {
            *out = v.toDouble();
            return true;
        }
        if (v.isDouble() && beyondBound(v.toDouble(), SignedMoney)) {
            tooLarge(key, SignedMoney, v.toDouble());
            return false;
        }
        wrongType(key, CommonsReader::tr("a number, or null when not published"), v);
        return false;
    }

    // How reference problems name the catalogue: bricks.json, or the one a proposal carries.
    const QString &catalogueName() const { return m_catalogueName; }
    void setCatalogueName(const QString &name) { m_catalogueName = name; }

    // The source ids a `source` string may name: those of the document's `sources`.
    void setSourceIds(QSet<QString> ids) { m_sourceIds = std::move(ids); }
    // When the list is unreadable (reported already) or not at hand, only the form is checked.
    void skipSourceIds() { m_checkSourceIds = false; }

    // Spec 1.1 `source`: "<source id>#<locator>", the id listed in the document's sources.
    bool sourceRef(const QJsonObject &o, QString *out)
    {
        if (!string(o, "source", Optional, out))
            return false;
        const SourceRef ref = SourceRef::parse(*out);
        if (!isValidId(ref.sourceId) || ref.locator.isEmpty()) {
            fail("source", CommonsReader::tr("“source” must be “<source id>#<locator>”, such as "
                                             "“rsx-2023-24#line 25: E06000001, C7”; found %1")
                               .arg(quoted(*out)));
            return false;
        }
        if (m_checkSourceIds && !m_sourceIds.contains(ref.sourceId)) {
            fail("source", CommonsReader::tr("“source” names the source %1, which is not listed in this "
                                             "document's “sources”")
                               .arg(quoted(ref.sourceId)));
            return false;
        }
        return true;
    }

private:
    static bool numberFits(double d, NumberKind kind)
    {
        if (!std::isfinite(d))
            return false;
        switch (kind) {
        case AnyNumber:
            return true;
        case NonNegative:
            return d >= 0;
        case NonNegativeInteger:
            return d >= 0 && isInteger(d) && d <= MaxSafeInteger;
        case PositiveInteger:
            return d >= 1 && isInteger(d) && d <= MaxSafeInteger;
        case UnitInterval:
            return d >= 0 && d <= 1;
        case Money:
            return d >= 0 && d <= CommonsReader::MaxMoneyGbp;
        case SignedMoney:
            return std::abs(d) <= CommonsReader::MaxMoneyGbp;
        case Population:
            return d >= 0 && isInteger(d) && d <= CommonsReader::MaxPopulation;
        case Version:
            return d >= 1 && isInteger(d) && d <= CommonsReader::MaxVersion;
        case AnyPositiveInteger:
            return d >= 1 && isInteger(d);
        }
        return false;
    }

    // A bounded kind is its base kind with an upper bound on the magnitude.
    static NumberKind baseKind(NumberKind kind)
    {
        switch (kind) {
        case Money:
            return NonNegative;
        case SignedMoney:
            return AnyNumber;
        case Population:
            return NonNegativeInteger;
        case Version:
            return AnyPositiveInteger;
        default:
            return kind;
        }
    }

    // A value of the right form whose only fault is its size: said as such, with the bound.
    static bool beyondBound(double d, NumberKind kind)
    {
        return kind != baseKind(kind) && numberFits(d, baseKind(kind)) && !numberFits(d, kind);
    }

    static QString boundText(NumberKind kind)
    {
        if (kind == Population)
            return CommonsReader::tr("at most %1 people").arg(numberText(CommonsReader::MaxPopulation));
        if (kind == Version) {
            return CommonsReader::tr("at most %1 (2^53 − 1, the largest version; a commons that reaches it "
                                     "is published again under a new commons id)")
                .arg(numberText(double(CommonsReader::MaxVersion)));
        }
        if (kind == SignedMoney)
            return CommonsReader::tr("between -%1 and %1 pounds").arg(numberText(CommonsReader::MaxMoneyGbp));
        return CommonsReader::tr("at most %1 pounds").arg(numberText(CommonsReader::MaxMoneyGbp));
    }

    static QString expectedNumber(NumberKind kind)
    {
        switch (kind) {
        case AnyNumber:
            break;
        case NonNegative:
            return CommonsReader::tr("a number ≥ 0");
        case NonNegativeInteger:
            return CommonsReader::tr("an integer ≥ 0");
        case PositiveInteger:
        case AnyPositiveInteger:
            return CommonsReader::tr("an integer ≥ 1");
        case UnitInterval:
            return CommonsReader::tr("a number between 0 and 1");
        case Money:
        case SignedMoney:
        case Population:
        case Version:
            return expectedNumber(baseKind(kind));
        }
        return CommonsReader::tr("a number");
    }

    static QString escape(QString s)
    {
        if (s.contains(QLatin1Char('~')) || s.contains(QLatin1Char('/'))) {
            s.replace(QLatin1Char('~'), QLatin1String("~0"));
            s.replace(QLatin1Char('/'), QLatin1String("~1"));
        }
        return s;
    }

    struct Seg
    {
        const char *key;
        qsizetype index;
    };
    QString m_file;
    QString m_prefix; // where the checked object sits in a larger document, e.g. /service
    std::array<Seg, 12> m_segs{};
    QSet<QString> m_sourceIds;
    bool m_checkSourceIds = true;
    QString m_catalogueName = QStringLiteral("bricks.json");
    int m_depth = 0;
    QList<Problem> m_problems;
    qint64 m_unlisted = 0;
};

// Depth, then parse, then "is an object": the common start of every document.
bool parseRoot(const QByteArray &bytes, const QString &file, QJsonObject *root, QList<Problem> *problems)
{
    if (bytes.isEmpty()) {
        problems->append({file, QString(), CommonsReader::tr("the file is empty; expected a JSON object")});
        return false;
    }
    if (CommonsReader::exceedsDepth(bytes)) {
        problems->append({file, QString(),
                          CommonsReader::tr("JSON nesting is deeper than %1 levels; refused before parsing")
                              .arg(CommonsReader::MaxDepth)});
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        problems->append({file, QString(),
                          CommonsReader::tr("not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset)});
        return false;
    }
    if (const std::optional<QString> duplicate = duplicateKeyPointer(bytes)) {
        problems->append({file, *duplicate, CommonsReader::tr("this member name appears twice in its object; a reader "
                                                               "would keep only one of the two values")});
        return false;
    }
    if (!doc.isObject()) {
        problems->append({file, QString(), CommonsReader::tr("the document must be a JSON object; found %1")
                                               .arg(doc.isArray() ? CommonsReader::tr("an array") : CommonsReader::tr("a scalar"))});
        return false;
    }
    *root = doc.object();
    return true;
}

// A financial year written YYYY-YY whose second year follows the first.
bool checkPeriodText(Checker &c, const char *key, const QString &period)
{
    const int first = digitsAt(period, 0, 4);
    const int second = digitsAt(period, 5, 2);
    if (period.size() != 7 || first < 0 || second < 0 || period.at(4) != QLatin1Char('-')) {
        c.fail(key, CommonsReader::tr("“%1” must be a financial year written YYYY-YY, such as "
                                      "2025-26; found %2")
                        .arg(QLatin1String(key), quoted(period)));
        return false;
    }
    if (second != (first + 1) % 100) {
        c.fail(key, CommonsReader::tr("“%1” %2 must end with the year after %3 (%3-%4)")
                        .arg(QLatin1String(key), quoted(period))
                        .arg(first)
                        .arg((first + 1) % 100, 2, 10, QLatin1Char('0')));
        return false;
    }
    return true;
}

bool checkPeriod(Checker &c, const QJsonObject &o, Checker::Need need, QString *period)
{
    if (!c.string(o, "period", need, period))
        return false;
    return checkPeriodText(c, "period", *period);
}

bool checkTime(Checker &c, const QJsonObject &o, const char *key, Checker::Need need, bool mustBeUtc,
               QDateTime *out)
{
    QString text;
    if (!c.string(o, key, need, &text))
        return false;
    bool utc = false;
    if (!parseRfc3339(text, out, &utc)) {
        c.fail(key, CommonsReader::tr("“%1” must be an RFC 3339 date-time such as 2026-11-01T09:00:00Z; "
                                      "found %2")
                        .arg(QLatin1String(key), quoted(text)));
        return false;
    }
    if (mustBeUtc && !utc) {
        c.fail(key, CommonsReader::tr("“%1” must be a UTC time ending in “Z”; found %2")
                        .arg(QLatin1String(key), quoted(text)));
        return false;
    }
    return true;
}

// RFC 3339 full-date (YYYY-MM-DD), as `sources[].retrieved` is written.
bool checkDate(Checker &c, const QJsonObject &o, const char *key, QString *out)
{
    if (!c.string(o, key, Checker::Optional, out))
        return false;
    const int year = digitsAt(*out, 0, 4);
    const int month = digitsAt(*out, 5, 2);
    const int day = digitsAt(*out, 8, 2);
    if (out->size() == 10 && year >= 0 && month >= 0 && day >= 0 && out->at(4) == QLatin1Char('-')
        && out->at(7) == QLatin1Char('-') && QDate(year, month, day).isValid())
        return true;
    c.fail(key, CommonsReader::tr("“%1” must be an RFC 3339 date such as 2026-11-01; found %2")
                    .arg(QLatin1String(key), quoted(*out)));
    return false;
}

// For the handful of bricks in a service a linear scan beats hashing; for larger lists a
// hash keeps uniqueness checks linear.
template<typename List>
qsizetype findId(const List &list, qsizetype count, const QString &id)
{
    for (qsizetype i = 0; i < count; ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

// Reports a repeated id in an array; `what` names the kind of thing ("source", "product").
bool checkUniqueId(Checker &c, QHash<QString, qsizetype> &seen, const QString &id, qsizetype i, const QString &message)
{
    const auto first = seen.constFind(id);
    if (first != seen.cend()) {
        c.fail("id", message.arg(quoted(id), c.pointerAtIndex(*first)));
        return false;
    }
    seen.insert(id, i);
    return true;
}

void checkSource(Checker &c, const QJsonObject &o, Source *source)
{
    c.string(o, "title", Checker::Required, &source->title);
    c.string(o, "publisher", Checker::Optional, &source->publisher);
    c.string(o, "licence", Checker::Optional, &source->licence);
    c.string(o, "url", Checker::Optional, &source->url);
    c.string(o, "period", Checker::Optional, &source->period);
    checkDate(c, o, "retrieved", &source->retrieved);
}

// Spec 1.1 `sources[]`, read before anything that names them. Every id that could be read
// (even a malformed one, reported once here) is kept so that references to it do not
// cascade into a problem per figure.
void checkSources(Checker &c, const QJsonObject &root, QList<Source> *sources)
{
    QJsonArray list;
    if (!c.array(root, "sources", Checker::Optional, &list)) {
        if (root.contains(QLatin1String("sources")))
            c.skipSourceIds();
        return;
    }
    QSet<QString> ids;
    QHash<QString, qsizetype> seen;
    Checker::Scope inSources(c, "sources");
    for (qsizetype i = 0; i < list.size(); ++i) {
        Checker::Scope inSource(c, i);
        const QJsonValue v = list.at(i);
        if (!v.isObject()) {
            c.fail(nullptr, CommonsReader::tr("a source must be an object; found %1").arg(describe(v)));
            continue;
        }
        const QJsonObject o = v.toObject();
        Source source;
        if (c.id(o, "id", Checker::Required, &source.id))
            checkUniqueId(c, seen, source.id, i, CommonsReader::tr("duplicate source id %1 (first at %2)"));
        ids.insert(o.value(QLatin1String("id")).toString());
        checkSource(c, o, &source);
        sources->append(std::move(source));
    }
    c.setSourceIds(std::move(ids));
}

// What checkIndex remembers across entries.
struct IndexState
{
    QHash<QString, qsizetype> paths;
    QHash<QString, qsizetype> foldedPaths;
    QHash<QString, qsizetype> orgPeriods; // "code\nperiod" -> entry position
    QHash<QString, int> entriesPerOrg;
    QList<QPair<QString, qsizetype>> withoutPeriod; // organisation entries with no period
    int bricksEntries = 0;
};

bool checkEntryPath(Checker &c, const QJsonObject &o, qsizetype i, IndexState &state, IndexEntry *entry)
{
    if (!c.string(o, "path", Checker::Required, &entry->path))
        return false;
    QString why;
    if (!CommonsReader::isSafePath(entry->path, &why)) {
        c.fail("path", CommonsReader::tr("unsafe path %1: %2").arg(quoted(entry->path), why));
        return false;
    }
    const auto seen = state.paths.constFind(entry->path);
    if (seen != state.paths.cend()) {
        c.fail("path", CommonsReader::tr("duplicate path %1 (also at %2)")
                           .arg(quoted(entry->path), c.pointerAtIndex(*seen) + QStringLiteral("/path")));
        return false;
    }
    state.paths.insert(entry->path, i);
    // Two paths that differ only in case collide when the commons is copied to a Windows
    // or macOS folder.
    const QString folded = entry->path.toCaseFolded();
    const auto clash = state.foldedPaths.constFind(folded);
    if (clash != state.foldedPaths.cend()) {
        c.fail("path", CommonsReader::tr("path %1 differs only in letter case from the path at %2")
                           .arg(quoted(entry->path), c.pointerAtIndex(*clash) + QStringLiteral("/path")));
        return false;
    }
    state.foldedPaths.insert(folded, i);
    return true;
}

// An organisation entry: its code, and (1.1) its period, at most one entry per both.
bool checkEntryOrg(Checker &c, const QJsonObject &o, qsizetype i, IndexState &state, IndexEntry *entry)
{
    if (o.value(QLatin1String("org")).isUndefined()) {
        c.fail("org", CommonsReader::tr("an organisation entry must name its organisation code in “org”"));
        return false;
    }
    if (!c.string(o, "org", Checker::Required, &entry->org))
        return false;
    if (o.contains(QLatin1String("period")) && !checkPeriod(c, o, Checker::Optional, &entry->period))
        return false;
    const QString key = entry->org + QLatin1Char('\n') + entry->period;
    const auto seen = state.orgPeriods.constFind(key);
    if (seen != state.orgPeriods.cend()) {
        if (entry->period.isEmpty())
            c.fail("org", CommonsReader::tr("organisation %1 is listed twice (also at %2); several documents "
                                            "of one organisation each need their own “period”")
                              .arg(quoted(entry->org), c.pointerAtIndex(*seen) + QStringLiteral("/org")));
        else
            c.fail("period", CommonsReader::tr("organisation %1 is listed twice for the period %2 (also at %3)")
                                 .arg(quoted(entry->org), quoted(entry->period),
                                      c.pointerAtIndex(*seen) + QStringLiteral("/period")));
        return false;
    }
    state.orgPeriods.insert(key, i);
    ++state.entriesPerOrg[entry->org];
    if (entry->period.isEmpty())
        state.withoutPeriod.append({entry->org, i});
    return true;
}

bool checkEntryType(Checker &c, const QJsonObject &o, qsizetype i, IndexState &state, IndexEntry *entry)
{
    QString type;
    if (!c.enumeration(o, "type", Checker::Required, {QLatin1String("bricks"), QLatin1String("organisation")}, &type))
        return false;
    if (type == QLatin1String("bricks")) {
        entry->type = DocumentType::Bricks;
        ++state.bricksEntries;
        // A period means nothing on the catalogue's entry, but a malformed one is still wrong.
        const bool periodOk = !o.contains(QLatin1String("period")) || checkPeriod(c, o, Checker::Optional, &entry->period);
        const bool orgOk = o.value(QLatin1String("org")).isUndefined() || c.string(o, "org", Checker::Required, &entry->org);
        return periodOk && orgOk;
    }
    entry->type = DocumentType::Organisation;
    return checkEntryOrg(c, o, i, state, entry);
}

bool checkEntryHash(Checker &c, const QJsonObject &o, IndexEntry *entry)
{
    bool ok = true;
    const QJsonValue sha = o.value(QLatin1String("sha256"));
    if (sha.isString() && isLowerHex64(sha.toString())) {
        entry->sha256 = sha.toString();
    } else if (sha.isUndefined()) {
        c.missing("sha256");
        ok = false;
    } else {
        c.wrongType("sha256", CommonsReader::tr("64 lower-case hexadecimal digits (the SHA-256 of the file)"), sha);
        ok = false;
    }
    double bytes = 0;
    if (!c.number(o, "bytes", Checker::Required, Checker::NonNegativeInteger, &bytes))
        return false;
    entry->bytes = static_cast<qint64>(bytes);
    return ok;
}

// 1.1: an organisation with several documents names the period of each one.
void checkEntryPeriods(Checker &c, const IndexState &state)
{
    for (const auto &[org, i] : state.withoutPeriod) {
        const int count = state.entriesPerOrg.value(org);
        if (count > 1)
            c.failAt(c.pointer() + QStringLiteral("/%1/period").arg(i),
                     CommonsReader::tr("organisation %1 has %2 documents in this index, so each of its entries "
                                       "must carry “period”, equal to its document's own")
                         .arg(quoted(org))
                         .arg(count));
    }
}

void checkIndex(Checker &c, const QJsonObject &root, CommonsIndex *index)
{
    if (!c.format(root, CommonsFormat))
        return; // another major version may have another shape: nothing else is meaningful
    index->format = root.value(QLatin1String("format")).toString();
    c.id(root, "commons", Checker::Required, &index->commons);
    c.string(root, "title", Checker::Optional, &index->title);
    double version = 0;
    if (c.number(root, "version", Checker::Required, Checker::Version, &version))
        index->version = static_cast<qint64>(version);
    checkTime(c, root, "published", Checker::Required, true, &index->published);
    checkTime(c, root, "expires", Checker::Optional, false, &index->expires);

    QJsonArray documents;
    if (!c.array(root, "documents", Checker::Required, &documents))
        return;
    Checker::Scope inDocuments(c, "documents");
    index->documents.reserve(documents.size());
    IndexState state;
    state.paths.reserve(documents.size());
    for (qsizetype i = 0; i < documents.size(); ++i) {
        Checker::Scope inEntry(c, i);
        const QJsonValue v = documents.at(i);
        if (!v.isObject()) {
            c.fail(nullptr, CommonsReader::tr("a document entry must be an object; found %1").arg(describe(v)));
            continue;
        }
        const QJsonObject o = v.toObject();
        IndexEntry entry;
        bool ok = checkEntryPath(c, o, i, state, &entry);
        ok &= checkEntryType(c, o, i, state, &entry);
        ok &= checkEntryHash(c, o, &entry);
        if (ok)
            index->documents.append(std::move(entry));
    }
    checkEntryPeriods(c, state);
    if (state.bricksEntries != 1) {
        c.failAt(c.pointer(), CommonsReader::tr("the index must list exactly one document of type “bricks”; "
                                                "found %1")
                                  .arg(state.bricksEntries));
    }
}

// References are checked against every capability whose id could be read, even when its
// other fields are broken, so that one mistake does not cascade into a report per brick;
// without a readable capability list they are not checked at all.
struct CapabilityIds
{
    QHash<QString, qsizetype> ids;
    bool known = false;

    bool refused(const QString &id) const { return known && !ids.contains(id); }
};

bool checkCapability(Checker &c, const QJsonObject &o, qsizetype i, CapabilityIds &known, Capability *cap)
{
    bool ok = c.id(o, "id", Checker::Required, &cap->id);
    if (ok)
        ok = checkUniqueId(c, known.ids, cap->id, i, CommonsReader::tr("duplicate capability id %1 (first at %2)"));
    c.string(o, "name", Checker::Optional, &cap->name);
    QString text;
    if (c.enumeration(o, "layer", Checker::Required, {QLatin1String("frontline"), QLatin1String("overhead")}, &text))
        layerFromString(text, &cap->layer);
    else
        ok = false;
    Work work = Work::Digital;
    if (c.enumeration(o, "work", Checker::Optional, {QLatin1String("digital"), QLatin1String("people")}, &text)
        && workFromString(text, &work))
        cap->work = work;
    c.sourceRef(o, &cap->source);
    return ok;
}

void checkCapabilities(Checker &c, const QJsonObject &root, Catalogue *cat, CapabilityIds *known)
{
    QJsonArray caps;
    known->known = c.array(root, "capabilities", Checker::Required, &caps);
    if (!known->known)
        return;
    Checker::Scope inCaps(c, "capabilities");
    cat->capabilities.reserve(caps.size());
    known->ids.reserve(caps.size());
    for (qsizetype i = 0; i < caps.size(); ++i) {
        Checker::Scope inCap(c, i);
        const QJsonValue v = caps.at(i);
        if (!v.isObject()) {
            c.fail(nullptr, CommonsReader::tr("a capability must be an object; found %1").arg(describe(v)));
            continue;
        }
        Capability cap;
        if (checkCapability(c, v.toObject(), i, *known, &cap))
            cat->capabilities.append(std::move(cap));
    }
}

bool checkCapabilityRef(Checker &c, const QJsonObject &o, const CapabilityIds &known, QString *capability)
{
    if (!c.string(o, "capability", Checker::Required, capability))
        return false;
    if (!known.refused(*capability))
        return true;
    c.fail("capability", CommonsReader::tr("capability %1 is not one of the capabilities in this file")
                             .arg(quoted(*capability)));
    return false;
}

// Spec 1.1 `products[]`.
void checkProducts(Checker &c, const QJsonObject &root, const CapabilityIds &known, Catalogue *cat)
{
    QJsonArray products;
    if (!c.array(root, "products", Checker::Optional, &products))
        return;
    Checker::Scope inProducts(c, "products");
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < products.size(); ++i) {
        Checker::Scope inProduct(c, i);
        const QJsonValue v = products.at(i);
        if (!v.isObject()) {
            c.fail(nullptr, CommonsReader::tr("a product must be an object; found %1").arg(describe(v)));
            continue;
        }
        const QJsonObject o = v.toObject();
        Product product;
        bool ok = c.id(o, "id", Checker::Required, &product.id)
                  && checkUniqueId(c, seen, product.id, i, CommonsReader::tr("duplicate product id %1 (first at %2)"));
        ok &= c.string(o, "name", Checker::Required, &product.name);
        ok &= checkCapabilityRef(c, o, known, &product.capability);
        c.string(o, "vendor", Checker::Optional, &product.vendor);
        c.sourceRef(o, &product.source);
        if (ok)
            cat->products.append(std::move(product));
    }
}

// Spec 1.1 `bricks[].pricing`: fixed_gbp + per_unit_gbp × units of `unit`.
void checkPricing(Checker &c, const QJsonObject &o, std::optional<Pricing> *out)
{
    QJsonObject p;
    if (!c.object(o, "pricing", Checker::Optional, &p))
        return;
    Checker::Scope inPricing(c, "pricing");
    Pricing pricing;
    bool ok = c.number(p, "fixed_gbp", Checker::Required, Checker::Money, &pricing.fixedGbp);
    ok &= c.number(p, "per_unit_gbp", Checker::Required, Checker::Money, &pricing.perUnitGbp);
    QString unit;
    if (c.enumeration(p, "unit", Checker::Required,
                      {QLatin1String("resident"), QLatin1String("transaction"), QLatin1String("user")}, &unit))
        pricingUnitFromString(unit, &pricing.unit);
    else
        ok = false;
    c.sourceRef(p, &pricing.source);
    if (ok)
        *out = pricing;
}

bool checkCatalogueBrick(Checker &c, const QJsonObject &o, qsizetype i, QHash<QString, qsizetype> &seen,
                         const CapabilityIds &known, CatalogueBrick *brick)
{
    bool ok = c.id(o, "id", Checker::Required, &brick->id)
              && checkUniqueId(c, seen, brick->id, i, CommonsReader::tr("duplicate brick id %1 (first at %2)"));
    ok &= c.string(o, "name", Checker::Required, &brick->name);
    ok &= checkCapabilityRef(c, o, known, &brick->capability);
    c.string(o, "provider", Checker::Optional, &brick->provider);
    c.string(o, "description", Checker::Optional, &brick->description);
    c.enumeration(o, "evolution", Checker::Optional,
                  {QLatin1String("genesis"), QLatin1String("custom"), QLatin1String("product"),
                   QLatin1String("commodity")},
                  &brick->evolution);
    ok &= c.number(o, "standard_annual_cost_gbp", Checker::Required, Checker::Money,
                   &brick->standardAnnualCostGbp);
    checkPricing(c, o, &brick->pricing);
    c.sourceRef(o, &brick->source);
    return ok;
}

void checkCatalogueBricks(Checker &c, const QJsonObject &root, const CapabilityIds &known, Catalogue *cat)
{
    QJsonArray bricks;
    if (!c.array(root, "bricks", Checker::Required, &bricks))
        return;
    Checker::Scope inBricks(c, "bricks");
    cat->bricks.reserve(bricks.size());
    QHash<QString, qsizetype> seen;
    seen.reserve(bricks.size());
    for (qsizetype i = 0; i < bricks.size(); ++i) {
        Checker::Scope inBrick(c, i);
        const QJsonValue v = bricks.at(i);
        if (!v.isObject()) {
            c.fail(nullptr, CommonsReader::tr("a brick must be an object; found %1").arg(describe(v)));
            continue;
        }
        CatalogueBrick brick;
        if (checkCatalogueBrick(c, v.toObject(), i, seen, known, &brick))
            cat->bricks.append(std::move(brick));
    }
}

// The body of bricks.json; a proposal file carries the same object without "format".
void checkCatalogueBody(Checker &c, const QJsonObject &root, Catalogue *cat)
{
    checkSources(c, root, &cat->sources);
    CapabilityIds known;
    checkCapabilities(c, root, cat, &known);
    checkProducts(c, root, known, cat);
    checkCatalogueBricks(c, root, known, cat);
}

void checkBricks(Checker &c, const QJsonObject &root, Catalogue *cat)
{
    if (c.format(root, BricksFormat))
        checkCatalogueBody(c, root, cat);
}

// Spec 1.1 `services[].reported`: net, when published, is the reported cost.
void checkReported(Checker &c, const QJsonObject &o, Service *service)
{
    QJsonObject r;
    if (!c.object(o, "reported", Checker::Optional, &r))
        return;
    Checker::Scope inReported(c, "reported");
    Reported reported;
    c.nullableNumber(r, "employees_gbp", &reported.employeesGbp);
    c.nullableNumber(r, "running_gbp", &reported.runningGbp);
    c.nullableNumber(r, "income_gbp", &reported.incomeGbp);
    c.nullableNumber(r, "net_gbp", &reported.netGbp);
    c.sourceRef(r, &reported.source);
    const std::optional<double> &net = reported.netGbp;
    const std::optional<double> &cost = service->reportedCostGbp;
    if (net && cost && std::abs(*net - *cost) > 1e-9 * std::max(1.0, std::abs(*cost))) {
        c.fail("net_gbp", CommonsReader::tr("“net_gbp” %1 must equal the service's “reported_cost_gbp” %2")
                              .arg(numberText(*net), numberText(*cost)));
    }
    service->reported = std::move(reported);
}

// A service's own figures and labels: everything but its bricks, systems and flows.
void checkServiceFields(Checker &c, const QJsonObject &o, Service *service)
{
    c.string(o, "name", Checker::Required, &service->name);
    double d = 0;
    const QJsonValue lgsl = o.value(QLatin1String("lgsl"));
    if (!lgsl.isUndefined()) {
        if (lgsl.isDouble() && isInteger(lgsl.toDouble()) && lgsl.toDouble() >= 1
            && lgsl.toDouble() <= std::numeric_limits<int>::max())
            service->lgsl = static_cast<int>(lgsl.toDouble());
        else
            c.wrongType("lgsl", CommonsReader::tr("an integer ≥ 1 (a Local Government Service List id)"), lgsl);
    }
    c.string(o, "category", Checker::Optional, &service->category);
    if (c.number(o, "volume", Checker::Optional, Checker::NonNegative, &d))
        service->volume = d;
    if (c.number(o, "reported_cost_gbp", Checker::Optional, Checker::SignedMoney, &d))
        service->reportedCostGbp = d;
    QJsonObject value;
    if (c.object(o, "value", Checker::Optional, &value)) {
        Checker::Scope inValue(c, "value");
        for (auto it = value.constBegin(); it != value.constEnd(); ++it) {
            if (c.numberValue(it.value(), it.key(), Checker::UnitInterval, &d))
                service->value.insert(it.key(), d);
        }
    }
    checkPeriod(c, o, Checker::Optional, &service->period);
    QString layer;
    Layer l = Layer::Overhead;
    if (c.enumeration(o, "layer", Checker::Optional, {QLatin1String("frontline"), QLatin1String("overhead")}, &layer)
        && layerFromString(layer, &l))
        service->layer = l;
    c.sourceRef(o, &service->source);
}

// `uses` and `capability` of one brick instance, against the catalogue when there is one.
void checkBrickCapability(Checker &c, const QJsonObject &b, const Catalogue *catalogue, BrickInstance *brick)
{
    const QJsonValue usesValue = b.value(QLatin1String("uses"));
    const QJsonValue capabilityValue = b.value(QLatin1String("capability"));
    const bool hasUses = c.string(usesValue, "uses", Checker::Optional, &brick->uses);
    const bool hasCapability = c.string(capabilityValue, "capability", Checker::Optional, &brick->capability);
    if (hasUses) {
        if (brick->uses.isEmpty()) {
            c.fail("uses", CommonsReader::tr("“uses” must name a brick from bricks.json; found an empty string"));
        } else if (catalogue && !catalogue->brick(brick->uses)) {
            c.fail("uses", CommonsReader::tr("“uses” names %1, which is not a brick in %2")
                               .arg(quoted(brick->uses), c.catalogueName()));
        }
    } else if (usesValue.isUndefined() && capabilityValue.isUndefined()) {
        c.fail("capability", CommonsReader::tr("a bespoke brick (one without “uses”) must state its "
                                               "“capability”"));
    }
    if (hasCapability && brick->capability.isEmpty()) {
        c.fail("capability", CommonsReader::tr("“capability” must name a capability from bricks.json; "
                                               "found an empty string"));
    } else if (hasCapability && !(hasUses && !brick->uses.isEmpty()) && catalogue
               && !catalogue->capability(brick->capability)) {
        // A standard instance takes its capability from the catalogue; one stated beside
        // "uses" is not consulted, so it is not held against the document.
        c.fail("capability", CommonsReader::tr("“capability” names %1, which is not a capability in %2")
                                 .arg(quoted(brick->capability), c.catalogueName()));
    }
}

// Everything of one brick instance but its id.
void checkBrick(Checker &c, const QJsonObject &b, const Catalogue *catalogue, BrickInstance *brick)
{
    c.string(b, "name", Checker::Optional, &brick->name);
    checkBrickCapability(c, b, catalogue, brick);
    c.number(b, "annual_cost_gbp", Checker::Required, Checker::Money, &brick->annualCostGbp);
    double d = 0;
    if (c.number(b, "fte", Checker::Optional, Checker::NonNegative, &d))
        brick->fte = d;
    QString basis;
    if (c.enumeration(b, "basis", Checker::Optional, {QLatin1String("published"), QLatin1String("estimated")}, &basis))
        basisFromString(basis, &brick->basis);
    const bool hasSource = c.sourceRef(b, &brick->source) || b.contains(QLatin1String("source"));
    if (brick->basis == Basis::Estimated && !hasSource)
        c.fail("source", CommonsReader::tr("an estimated brick must name its method and inputs in “source”"));
}

// Returns whether every brick id could be read (flows are only checked against a full list).
bool checkServiceBricks(Checker &c, const QJsonObject &o, const Catalogue *catalogue, Service *service)
{
    QJsonArray bricks;
    if (!c.array(o, "bricks", Checker::Required, &bricks))
        return false;
    Checker::Scope inBricks(c, "bricks");
    service->bricks.reserve(bricks.size());
    // Positions in the array of the instances kept, for "first at" pointers.
    QVarLengthArray<qsizetype, 16> positions;
    bool allIdsRead = true;
    const bool large = bricks.size() > 16;
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < bricks.size(); ++i) {
        Checker::Scope inBrick(c, i);
        const QJsonValue v = bricks.at(i);
        if (!v.isObject()) {
            c.fail(nullptr, CommonsReader::tr("a brick must be an object; found %1").arg(describe(v)));
            allIdsRead = false;
            continue;
        }
        const QJsonObject b = v.toObject();
        BrickInstance brick;
        if (!c.string(b, "id", Checker::Required, &brick.id)) {
            allIdsRead = false;
        } else {
            qsizetype first = -1;
            if (large) {
                first = seen.value(brick.id, -1);
                if (first < 0)
                    seen.insert(brick.id, i);
            } else {
                const qsizetype k = findId(service->bricks, service->bricks.size(), brick.id);
                first = k < 0 ? -1 : positions.at(k);
            }
            if (first >= 0)
                c.fail("id", CommonsReader::tr("duplicate brick id %1 in this service (first at %2)")
                                 .arg(quoted(brick.id), c.pointerAtIndex(first)));
        }
        checkBrick(c, b, catalogue, &brick);
        service->bricks.append(std::move(brick));
        positions.append(i);
    }
    return allIdsRead;
}

// Spec 1.1 `systems[]`: what the service runs on, with no cost.
void checkSystem(Checker &c, const QJsonObject &o, const Catalogue *catalogue, SystemUse *system)
{
    c.string(o, "name", Checker::Required, &system->name);
    if (c.string(o, "capability", Checker::Required, &system->capability) && catalogue
        && !catalogue->capability(system->capability))
        c.fail("capability", CommonsReader::tr("“capability” names %1, which is not a capability in %2")
                                 .arg(quoted(system->capability), c.catalogueName()));
    if (c.string(o, "product", Checker::Optional, &system->product)) {
        if (system->product.isEmpty())
            c.fail("product", CommonsReader::tr("“product” must name a product from bricks.json; found an empty string"));
        else if (catalogue && !catalogue->product(system->product))
            c.fail("product", CommonsReader::tr("“product” names %1, which is not a product in %2")
                                  .arg(quoted(system->product), c.catalogueName()));
    }
    c.sourceRef(o, &system->source);
}

void checkSystems(Checker &c, const QJsonObject &o, const Catalogue *catalogue, Service *service)
{
    QJsonArray systems;
    if (!c.array(o, "systems", Checker::Optional, &systems))
        return;
    Checker::Scope inSystems(c, "systems");
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < systems.size(); ++i) {
        Checker::Scope inSystem(c, i);
        const QJsonValue v = systems.at(i);
        if (!v.isObject()) {
            c.fail(nullptr, CommonsReader::tr("a system must be an object; found %1").arg(describe(v)));
            continue;
        }
        const QJsonObject so = v.toObject();
        SystemUse system;
        if (c.string(so, "id", Checker::Required, &system.id)
            && checkUniqueId(c, seen, system.id, i, CommonsReader::tr("duplicate system id %1 in this service (first at %2)"))
            && findId(service->bricks, service->bricks.size(), system.id) >= 0)
            c.fail("id", CommonsReader::tr("system id %1 is also the id of a brick of this service; a system's id "
                                           "must differ from its bricks' ids")
                             .arg(quoted(system.id)));
        checkSystem(c, so, catalogue, &system);
        service->systems.append(std::move(system));
    }
}

void checkFlows(Checker &c, const QJsonObject &o, bool allIdsRead, Service *service)
{
    QJsonArray flows;
    if (!c.array(o, "flows", Checker::Optional, &flows))
        return;
    Checker::Scope inFlows(c, "flows");
    service->flows.reserve(flows.size());
    const bool large = service->bricks.size() > 16;
    QHash<QString, bool> ids;
    if (large) {
        for (const BrickInstance &b : std::as_const(service->bricks))
            ids.insert(b.id, true);
    }
    // When a brick's id could not be read, a flow naming it is not reported as well.
    const auto known = [&](const QString &id) {
        return !allIdsRead || (large ? ids.contains(id) : findId(service->bricks, service->bricks.size(), id) >= 0);
    };
    for (qsizetype i = 0; i < flows.size(); ++i) {
        Checker::Scope inFlow(c, i);
        const QJsonValue v = flows.at(i);
        if (!v.isObject()) {
            c.fail(nullptr, CommonsReader::tr("a flow must be an object; found %1").arg(describe(v)));
            continue;
        }
        const QJsonObject f = v.toObject();
        Flow flow;
        if (c.string(f, "from", Checker::Required, &flow.from) && !known(flow.from))
            c.fail("from", CommonsReader::tr("“from” names %1, which is not a brick of this service")
                               .arg(quoted(flow.from)));
        if (c.string(f, "to", Checker::Required, &flow.to) && !known(flow.to))
            c.fail("to", CommonsReader::tr("“to” names %1, which is not a brick of this service")
                             .arg(quoted(flow.to)));
        c.string(f, "label", Checker::Optional, &flow.label);
        service->flows.append(std::move(flow));
    }
}

// `catalogue` is null when there is none to check references against (validating a lone
// organisation file). The service's id is checked by the caller (uniqueness is the
// document's business).
void checkService(Checker &c, const QJsonObject &o, const Catalogue *catalogue, Service *service)
{
    checkServiceFields(c, o, service);
    checkReported(c, o, service);
    const bool allIdsRead = checkServiceBricks(c, o, catalogue, service);
    checkSystems(c, o, catalogue, service);
    checkFlows(c, o, allIdsRead, service);
}

void checkNeighbours(Checker &c, const QJsonObject &header, QStringList *out)
{
    QJsonArray neighbours;
    if (!c.array(header, "neighbours", Checker::Optional, &neighbours))
        return;
    Checker::Scope inNeighbours(c, "neighbours");
    out->reserve(neighbours.size());
    for (qsizetype i = 0; i < neighbours.size(); ++i) {
        const QJsonValue v = neighbours.at(i);
        if (v.isString() && !v.toString().isEmpty()) {
            out->append(v.toString());
        } else {
            Checker::Scope inNeighbour(c, i);
            c.fail(nullptr, CommonsReader::tr("a neighbour must be an organisation code (a non-empty "
                                              "string); found %1")
                                .arg(describe(v)));
        }
    }
}

void checkHeader(Checker &c, const QJsonObject &root, const QString &expectedCode, Organisation *org)
{
    QJsonObject header;
    if (!c.object(root, "organisation", Checker::Required, &header)) {
        if (!expectedCode.isEmpty())
            org->code = expectedCode;
        return;
    }
    Checker::Scope inHeader(c, "organisation");
    if (c.string(header, "code", Checker::Required, &org->code) && !expectedCode.isEmpty()
        && org->code != expectedCode) {
        c.fail("code", CommonsReader::tr("organisation code %1 does not match the index entry's “org” %2")
                           .arg(quoted(org->code), quoted(expectedCode)));
    }
    c.string(header, "name", Checker::Required, &org->name);
    QString kind;
    if (c.enumeration(header, "kind", Checker::Required,
                      {QLatin1String("council"), QLatin1String("nhs-trust"), QLatin1String("other")}, &kind))
        orgKindFromString(kind, &org->kind);
    c.string(header, "type", Checker::Optional, &org->type);
    c.string(header, "region", Checker::Optional, &org->region);
    double population = 0;
    if (c.number(header, "population", Checker::Optional, Checker::Population, &population))
        org->population = static_cast<qint64>(population);
    checkNeighbours(c, header, &org->neighbours);
}

void checkOrganisation(Checker &c, const QJsonObject &root, const Catalogue *catalogue,
                       const QString &expectedCode, Organisation *org)
{
    if (!c.format(root, OrgFormat))
        return;
    checkHeader(c, root, expectedCode, org);
    checkPeriod(c, root, Checker::Required, &org->period);
    checkSources(c, root, &org->sources);

    QJsonArray services;
    if (!c.array(root, "services", Checker::Required, &services))
        return;
    Checker::Scope inServices(c, "services");
    org->services.reserve(services.size());
    QHash<QString, qsizetype> seen;
    seen.reserve(services.size());
    for (qsizetype i = 0; i < services.size(); ++i) {
        Checker::Scope inService(c, i);
        const QJsonValue v = services.at(i);
        if (!v.isObject()) {
            c.fail(nullptr, CommonsReader::tr("a service must be an object; found %1").arg(describe(v)));
            continue;
        }
        const QJsonObject o = v.toObject();
        Service service;
        if (c.string(o, "id", Checker::Required, &service.id))
            checkUniqueId(c, seen, service.id, i, CommonsReader::tr("duplicate service id %1 (first at %2)"));
        checkService(c, o, catalogue, &service);
        org->services.append(std::move(service));
    }
}

template<typename T>
Result<T> finish(Checker &c, T &&value)
{
    if (c.hasProblems())
        return Result<T>::failure(c.takeProblems());
    return Result<T>(std::move(value));
}

Result<Organisation> readOrganisationImpl(const QByteArray &bytes, const QString &file,
                                          const Catalogue *catalogue, const QString &expectedCode)
{
    QList<Problem> problems;
    QJsonObject root;
    if (!parseRoot(bytes, file, &root, &problems))
        return Result<Organisation>::failure(problems);
    Checker c(file);
    Organisation org;
    checkOrganisation(c, root, catalogue, expectedCode, &org);
    return finish(c, std::move(org));
}

QList<Problem> problemsOf(const QList<Problem> &problems, const QString &file)
{
    if (!problems.isEmpty())
        return problems;
    return {Problem{file, QString(), CommonsReader::tr("could not be read")}};
}

// Reads at most `limit` + 1 bytes so that an oversized file is detected without loading it.
bool readCapped(const QString &path, qint64 limit, QByteArray *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    *out = f.read(limit + 1);
    if (f.error() != QFileDevice::NoError) {
        *error = f.errorString();
        return false;
    }
    return true;
}

// Looks for the bricks.json an organisation document refers to: beside it, or in a folder
// above it (orgs/<code>.json sits one level below the commons root).
QString findBricksFor(const QString &path)
{
    QDir dir = QFileInfo(path).absoluteDir();
    for (int level = 0; level < 3; ++level) {
        const QString candidate = dir.filePath(QStringLiteral("bricks.json"));
        if (QFileInfo(candidate).isFile() && QFileInfo(candidate) != QFileInfo(path))
            return candidate;
        if (!dir.cdUp())
            break;
    }
    return {};
}

// The documents index.json lists in a commons folder, read as any reader would read them:
// inside the folder, at most their stated length, then the shared length + hash check.
class ListedFiles
{
public:
    explicit ListedFiles(const QString &dirPath)
        : m_dir(dirPath), m_root(QFileInfo(dirPath).canonicalFilePath()),
          // Qt resources (the bundled demo) hold no links, and have no canonical paths to compare.
          m_isResource(dirPath.startsWith(QLatin1Char(':')))
    {
    }

    bool read(const IndexEntry &entry, QByteArray *bytes, QList<Problem> *problems) const
    {
        const QString path = m_dir.filePath(entry.path);
        const QFileInfo info(path);
        if (!info.isFile()) {
            problems->append({path, QString(), CommonsReader::tr("listed in index.json but missing")});
            return false;
        }
        // A symbolic link could lead outside the commons even though the path is safe.
        if (!m_isResource && !m_root.isEmpty() && !info.canonicalFilePath().startsWith(m_root + QLatin1Char('/'))) {
            problems->append({path, QString(), CommonsReader::tr("leads outside the commons folder")});
            return false;
        }
        if (entry.bytes > CommonsReader::MaxDocumentBytes) { // the sync's limit and words
            problems->append({path, QString(), CommonsReader::tr("index.json says it is %1 bytes; LiveDNA accepts "
                                                                 "documents of at most %2 bytes")
                                                   .arg(entry.bytes)
                                                   .arg(CommonsReader::MaxDocumentBytes)});
            return false;
        }
        QString error;
        if (!readCapped(path, entry.bytes, bytes, &error)) {
            problems->append({path, QString(), CommonsReader::tr("cannot be read: %1").arg(error)});
            return false;
        }
        const QList<Problem> mismatch = CommonsReader::checkDocumentBytes(*bytes, entry, path);
        problems->append(mismatch);
        return mismatch.isEmpty();
    }

private:
    QDir m_dir;
    QString m_root;
    bool m_isResource;
};

} // namespace

Result<CommonsIndex> CommonsReader::readIndex(const QByteArray &bytes, const QString &file)
{
    if (bytes.size() > MaxIndexBytes) {
        return Result<CommonsIndex>::failure(
            file, QString(),
            tr("the index is %1 bytes, over the limit of %2 bytes (64 MiB); refused before parsing")
                .arg(bytes.size())
                .arg(MaxIndexBytes));
    }
    QList<Problem> problems;
    QJsonObject root;
    if (!parseRoot(bytes, file, &root, &problems))
        return Result<CommonsIndex>::failure(problems);
    Checker c(file);
    CommonsIndex index;
    checkIndex(c, root, &index);
    return finish(c, std::move(index));
}

Result<Catalogue> CommonsReader::readBricks(const QByteArray &bytes, const QString &file)
{
    QList<Problem> problems;
    QJsonObject root;
    if (!parseRoot(bytes, file, &root, &problems))
        return Result<Catalogue>::failure(problems);
    Checker c(file);
    Catalogue catalogue;
    checkBricks(c, root, &catalogue);
    catalogue.reindex();
    return finish(c, std::move(catalogue));
}

Result<Organisation> CommonsReader::readOrganisation(const QByteArray &bytes, const QString &file,
                                                     const Catalogue &catalogue, const QString &expectedCode)
{
    return readOrganisationImpl(bytes, file, &catalogue, expectedCode);
}

Result<Organisation> CommonsReader::readOrganisation(const QByteArray &bytes, const QString &file,
                                                     const Catalogue *catalogue, const QString &expectedCode)
{
    return readOrganisationImpl(bytes, file, catalogue, expectedCode);
}

Result<Organisation> CommonsReader::readOrganisation(const QByteArray &bytes, const QString &file,
                                                     const Catalogue &catalogue, const IndexEntry &entry)
{
    Result<Organisation> org = readOrganisationImpl(bytes, file, &catalogue, entry.org);
    if (!org)
        return org;
    const QList<Problem> mismatch = checkEntryMatches(org.value(), entry, file);
    return mismatch.isEmpty() ? org : Result<Organisation>::failure(mismatch);
}

QList<Problem> CommonsReader::checkEntryMatches(const Organisation &org, const IndexEntry &entry, const QString &file)
{
    QList<Problem> problems;
    if (!entry.org.isEmpty() && org.code != entry.org) {
        problems.append({file, QStringLiteral("/organisation/code"),
                         tr("organisation code %1 does not match the index entry's “org” %2")
                             .arg(quoted(org.code), quoted(entry.org))});
    }
    if (!entry.period.isEmpty() && org.period != entry.period) {
        problems.append({file, QStringLiteral("/period"),
                         tr("“period” %1 does not match the index entry's “period” %2")
                             .arg(quoted(org.period), quoted(entry.period))});
    }
    return problems;
}

Result<Service> CommonsReader::readService(const QJsonObject &object, const QString &pointer, const QString &file,
                                           const Catalogue *catalogue, const QList<Source> *sources)
{
    Checker c(file, pointer);
    c.setCatalogueName(tr("the document's catalogue"));
    if (sources) {
        QSet<QString> ids;
        for (const Source &s : *sources)
            ids.insert(s.id);
        c.setSourceIds(std::move(ids));
    } else {
        c.skipSourceIds();
    }
    Service service;
    c.string(object, "id", Checker::Required, &service.id);
    checkService(c, object, catalogue, &service);
    return finish(c, std::move(service));
}

Result<QList<Source>> CommonsReader::readSources(const QJsonObject &holder, const QString &pointer, const QString &file)
{
    Checker c(file, pointer);
    QList<Source> sources;
    checkSources(c, holder, &sources);
    return finish(c, std::move(sources));
}

Result<Catalogue> CommonsReader::readCatalogue(const QJsonObject &object, const QString &pointer, const QString &file)
{
    Checker c(file, pointer);
    Catalogue catalogue;
    checkCatalogueBody(c, object, &catalogue);
    catalogue.reindex();
    return finish(c, std::move(catalogue));
}

QString CommonsReader::sha256Hex(const QByteArray &bytes)
{
    // libsodium's SHA-256 is about twice as fast as QCryptographicHash's here, and hashing is
    // a fifth of a national cold sync's CPU.
    static const bool sodiumReady = sodium_init() >= 0;
    if (!sodiumReady)
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()));
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

QList<Problem> CommonsReader::checkDocumentBytes(const QByteArray &bytes, const IndexEntry &entry, const QString &file)
{
    // Readers fetch at most `bytes` + 1 bytes, so a longer file's true length may be unknown.
    if (bytes.size() > entry.bytes)
        return {Problem{file, QString(), tr("is larger than the %1 bytes index.json gives for it").arg(entry.bytes)}};
    if (bytes.size() < entry.bytes)
        return {Problem{file, QString(), tr("is %1 bytes long but index.json says %2").arg(bytes.size()).arg(entry.bytes)}};
    const QString actual = sha256Hex(bytes);
    if (actual != entry.sha256.toLower())
        return {Problem{file, QString(), tr("SHA-256 is %1 but index.json says %2").arg(actual, entry.sha256)}};
    return {};
}

bool CommonsReader::isSafePath(const QString &path, QString *why)
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (path.isEmpty())
        return refuse(tr("the path is empty"));
    if (path.startsWith(QLatin1Char('/')))
        return refuse(tr("it must be relative, not start with “/”"));
    if (path.contains(QLatin1Char('\\')))
        return refuse(tr("it must use “/”, not a backslash"));
    // A colon anywhere covers schemes (http:, file:) and drive letters (C:).
    if (path.contains(QLatin1Char(':')))
        return refuse(tr("it must not contain a scheme or drive (“:”)"));
    for (QChar ch : path) {
        const ushort u = ch.unicode();
        if (u < 0x20 || u == 0x7f)
            return refuse(tr("it must not contain control characters"));
        // These change meaning when the path is resolved against an http(s) URL:
        // %2e%2e is "..", and ? or # would cut the path short.
        if (u == '%' || u == '?' || u == '#')
            return refuse(tr("it must not contain “%”, “?” or “#”"));
    }
    const QStringView view(path);
    qsizetype start = 0;
    while (start <= view.size()) {
        qsizetype end = view.indexOf(QLatin1Char('/'), start);
        if (end < 0)
            end = view.size();
        const QStringView segment = view.mid(start, end - start);
        if (segment.isEmpty())
            return refuse(tr("it must not contain an empty segment (“//” or a trailing “/”)"));
        if (segment == QLatin1String(".."))
            return refuse(tr("it must not contain “..”"));
        if (segment == QLatin1String("."))
            return refuse(tr("it must not contain “.” segments"));
        start = end + 1;
    }
    return true;
}

bool CommonsReader::exceedsDepth(const QByteArray &bytes, int maxDepth)
{
    const char *p = bytes.constData();
    const char *const end = p + bytes.size();
    int depth = 0;
    while (p < end) {
        const char ch = *p++;
        if (ch == '"') {
            // Skip the string so brackets inside it do not count. Most of a document is
            // string bytes, so jump from quote to quote; a quote is escaped when an odd
            // number of backslashes precede it inside the string.
            const char *const start = p;
            for (;;) {
                const char *q = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
                if (!q)
                    return false; // unterminated: the parser reports it
                const char *b = q;
                while (b > start && b[-1] == '\\')
                    --b;
                p = q + 1;
                if (((q - b) & 1) == 0)
                    break;
            }
        } else if (ch == '[' || ch == '{') {
            if (++depth > maxDepth)
                return true;
        } else if (ch == ']' || ch == '}') {
            --depth;
        }
    }
    return false;
}

QList<Problem> CommonsReader::validateFolder(const QString &dirPath)
{
    const QDir dir(dirPath);
    const QString indexPath = dir.filePath(QStringLiteral("index.json"));
    if (!QFileInfo(indexPath).isFile())
        return {Problem{indexPath, QString(), tr("no index.json in this folder; a commons needs one")}};
    // The sync's rule, so that validate and sync give one answer (issue 12): a symbolic link
    // may not lead out of the folder, index.json included.
    const QString root = QFileInfo(dirPath).canonicalFilePath();
    if (!QFileInfo(indexPath).canonicalFilePath().startsWith(root + QLatin1Char('/')))
        return {Problem{indexPath, QString(), tr("leads outside the commons folder")}};
    QByteArray indexBytes;
    QString error;
    if (!readCapped(indexPath, MaxIndexBytes, &indexBytes, &error))
        return {Problem{indexPath, QString(), tr("cannot be read: %1").arg(error)}};
    const Result<CommonsIndex> index = readIndex(indexBytes, indexPath);
    if (!index)
        return problemsOf(index.problems(), indexPath);

    const ListedFiles files(dirPath);
    QList<Problem> problems;
    Catalogue catalogue;
    bool haveCatalogue = false;
    QByteArray bytes;
    if (const IndexEntry *bricksEntry = index.value().bricksEntry(); bricksEntry && files.read(*bricksEntry, &bytes, &problems)) {
        const QString path = dir.filePath(bricksEntry->path);
        Result<Catalogue> cat = readBricks(bytes, path);
        haveCatalogue = cat.ok();
        if (haveCatalogue)
            catalogue = cat.take();
        else
            problems.append(problemsOf(cat.problems(), path));
    }
    for (const IndexEntry &entry : index.value().documents) {
        if (entry.type != DocumentType::Organisation || !files.read(entry, &bytes, &problems))
            continue;
        const QString path = dir.filePath(entry.path);
        const Result<Organisation> org
            = readOrganisationImpl(bytes, path, haveCatalogue ? &catalogue : nullptr, entry.org);
        if (!org)
            problems.append(problemsOf(org.problems(), path));
        else
            problems.append(checkEntryMatches(org.value(), entry, path));
    }
    return problems;
}

QList<Problem> CommonsReader::validateFile(const QString &path)
{
    QByteArray bytes;
    QString error;
    if (!QFileInfo(path).isFile())
        return {Problem{path, QString(), tr("no such file")}};
    if (!readCapped(path, MaxIndexBytes, &bytes, &error))
        return {Problem{path, QString(), tr("cannot be read: %1").arg(error)}};
    if (bytes.size() > MaxIndexBytes)
        return {Problem{path, QString(), tr("the file is over the limit of %1 bytes (64 MiB)").arg(MaxIndexBytes)}};

    QList<Problem> problems;
    QJsonObject root;
    if (!parseRoot(bytes, path, &root, &problems))
        return problems;
    const QJsonValue format = root.value(QLatin1String("format"));
    const QString text = format.toString();
    if (text.startsWith(QLatin1String("livedna-commons/")))
        return readIndex(bytes, path).problems();
    if (text.startsWith(QLatin1String("livedna-bricks/")))
        return readBricks(bytes, path).problems();
    if (text.startsWith(QLatin1String("livedna-org/"))) {
        const QString bricksPath = findBricksFor(path);
        if (bricksPath.isEmpty()) {
            qCInfo(lcCommons) << "no bricks.json near" << path << "- references not checked";
            return readOrganisationImpl(bytes, path, nullptr, QString()).problems();
        }
        QByteArray bricksBytes;
        if (readCapped(bricksPath, MaxIndexBytes, &bricksBytes, &error)) {
            const Result<Catalogue> cat = readBricks(bricksBytes, bricksPath);
            if (cat)
                return readOrganisation(bytes, path, cat.value()).problems();
        }
        problems.append({path, QString(),
                         tr("references not checked: the catalogue %1 is not valid").arg(quoted(bricksPath))});
        problems.append(readOrganisationImpl(bytes, path, nullptr, QString()).problems());
        return problems;
    }
    problems.append({path, QStringLiteral("/format"),
                     format.isUndefined()
                         ? tr("no “format” field: expected livedna-commons/1, livedna-bricks/1 or livedna-org/1")
                         : tr("unknown format %1: expected livedna-commons/1, livedna-bricks/1 or livedna-org/1")
                               .arg(describe(format))});
    return problems;
}

} // namespace livedna
