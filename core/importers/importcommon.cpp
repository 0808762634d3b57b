#include "core/importers/importcommon.h"

#include "core/commons/commonsreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

namespace livedna {

bool ImportCommon::isSafeCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return re.match(code).hasMatch();
}

QString ImportCommon::orgDocumentPath(const QString &outDir, const QString &code)
{
    return QDir(outDir).filePath(QStringLiteral("orgs/%1.json").arg(code));
}

Result<std::optional<QJsonObject>> ImportCommon::loadOrgDocument(const QString &outDir, const QString &code)
{
    using R = Result<std::optional<QJsonObject>>;
    const QString path = orgDocumentPath(outDir, code);
    QFile f(path);
    if (!f.exists())
        return R(std::optional<QJsonObject>());
    if (!f.open(QIODevice::ReadOnly))
        return R::failure(path, QString(), tr("Cannot read: %1").arg(f.errorString()));
    if (f.size() > CommonsReader::MaxIndexBytes)
        return R::failure(path, QString(), tr("The existing document is too large to merge into."));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (!doc.isObject() || doc.object().value(QLatin1String("format")).toString() != QLatin1String("livedna-org/1")) {
        return R::failure(path, QString(),
                          tr("The existing file is not an organisation document (%1); not overwriting it.")
                              .arg(err.error != QJsonParseError::NoError ? err.errorString() : tr("wrong format")));
    }
    return R(std::optional<QJsonObject>(doc.object()));
}

QJsonObject ImportCommon::newOrgDocument(const QJsonObject &organisation, const QString &period)
{
    QJsonObject doc;
    doc.insert(QStringLiteral("format"), QStringLiteral("livedna-org/1"));
    doc.insert(QStringLiteral("organisation"), organisation);
    doc.insert(QStringLiteral("period"), period);
    doc.insert(QStringLiteral("services"), QJsonArray());
    return doc;
}

Status ImportCommon::writeJsonFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::failure(tr("Cannot create the folder for %1.").arg(path));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, f.errorString()));
    f.write(bytes);
    if (!f.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, f.errorString()));
    return Status::success();
}

Status ImportCommon::writeOrgDocument(const QString &outDir, const QJsonObject &doc, bool *created)
{
    const QString code = doc.value(QLatin1String("organisation")).toObject().value(QLatin1String("code")).toString();
    if (!isSafeCode(code))
        return Status::failure(tr("The organisation code '%1' cannot name a file.").arg(code));
    const QString path = orgDocumentPath(outDir, code);
    const QByteArray bytes = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    // Importers must only ever write documents the reader accepts.
    const Result<Organisation> check = CommonsReader::readOrganisation(bytes, path, Catalogue(), code);
    if (!check.ok())
        return Status::failure(tr("Refusing to write an invalid document:\n%1").arg(check.errorString()));
    if (created)
        *created = !QFileInfo::exists(path);
    return writeJsonFile(path, bytes);
}

QString ImportCommon::slugify(const QString &text)
{
    QString s;
    s.reserve(text.size());
    bool dash = false;
    for (QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            s.append(c.toLower());
            dash = false;
        } else if (c == QLatin1Char('&')) {
            if (!s.isEmpty() && !dash)
                s.append(QLatin1Char('-'));
            s.append(QStringLiteral("and-"));
            dash = true;
        } else if (c.isMark() || c == QLatin1Char('\'') || c == QChar(0x2019)) {
            continue; // accents and apostrophes vanish: "King's" -> "kings"
        } else if (!s.isEmpty() && !dash) {
            s.append(QLatin1Char('-'));
            dash = true;
        }
    }
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s.left(80);
}

QString ImportCommon::financialYear(const QDate &date)
{
    const int start = date.month() >= 4 ? date.year() : date.year() - 1;
    return QStringLiteral("%1-%2").arg(start).arg((start + 1) % 100, 2, 10, QLatin1Char('0'));
}

bool ImportCommon::isPeriod(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() && (m.captured(1).toInt() + 1) % 100 == m.captured(2).toInt();
}

QString ImportCommon::stripHtml(const QString &html)
{
    // A small tag stripper rather than QTextDocument: feeds carry sloppy HTML, and the
    // document machinery pulls in fonts and layout for what is plain text extraction.
    static const QRegularExpression scripts(QStringLiteral("<(script|style)[^>]*>.*?</\\1\\s*>"),
                                            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(QStringLiteral("<\\s*(br|/p|/div|/li|/h[1-6]|/tr)\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    static const QHash<QString, QChar> named = {
        {QStringLiteral("amp"), QLatin1Char('&')},   {QStringLiteral("lt"), QLatin1Char('<')},
        {QStringLiteral("gt"), QLatin1Char('>')},    {QStringLiteral("quot"), QLatin1Char('"')},
        {QStringLiteral("apos"), QLatin1Char('\'')}, {QStringLiteral("nbsp"), QLatin1Char(' ')},
        {QStringLiteral("hellip"), QChar(0x2026)},   {QStringLiteral("ndash"), QChar(0x2013)},
        {QStringLiteral("mdash"), QChar(0x2014)},    {QStringLiteral("rsquo"), QChar(0x2019)},
        {QStringLiteral("lsquo"), QChar(0x2018)},    {QStringLiteral("ldquo"), QChar(0x201C)},
        {QStringLiteral("rdquo"), QChar(0x201D)},    {QStringLiteral("pound"), QChar(0x00A3)},
        {QStringLiteral("euro"), QChar(0x20AC)},     {QStringLiteral("copy"), QChar(0x00A9)},
        {QStringLiteral("bull"), QChar(0x2022)},     {QStringLiteral("middot"), QChar(0x00B7)},
    };
    QString text = html;
    text.replace(scripts, QStringLiteral(" "));
    text.replace(breaks, QStringLiteral(" "));
    text.replace(tags, QString());
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    QRegularExpressionMatchIterator it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(pos, m.capturedStart() - pos);
        const QString e = m.captured(1);
        bool ok = false;
        uint code = 0;
        if (e.startsWith(QLatin1String("#x")) || e.startsWith(QLatin1String("#X")))
            code = e.mid(2).toUInt(&ok, 16);
        else if (e.startsWith(QLatin1Char('#')))
            code = e.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
            const char32_t c = char32_t(code);
            out += QString::fromUcs4(&c, 1);
        } else if (named.contains(e.toLower())) {
            out += named.value(e.toLower());
        } else {
            out += m.captured(0); // unknown entity: kept as written
        }
        pos = m.capturedEnd();
    }
    out += QStringView(text).mid(pos);
    out.replace(QChar(QChar::Nbsp), QLatin1Char(' '));
    return out.simplified();
}

ImportCommon::Amount ImportCommon::parseAmount(const QString &text)
{
    QString t = text.trimmed();
    static const QStringList blanks = {
        QString(), QStringLiteral(".."), QStringLiteral("..."), QString(QChar(0x2026)), QStringLiteral("-"),
        QString(QChar(0x2013)), QString(QChar(0x2014)), QStringLiteral("x"), QStringLiteral("[x]"),
        QStringLiteral(":"), QStringLiteral("n/a"), QStringLiteral("na"), QStringLiteral("c"), QStringLiteral("[c]")};
    if (blanks.contains(t.toLower()))
        return {AmountState::Blank, 0.0};
    bool negative = false;
    if (t.startsWith(QLatin1Char('(')) && t.endsWith(QLatin1Char(')'))) {
        negative = true;
        t = t.mid(1, t.size() - 2).trimmed();
    }
    t.replace(QChar(0x2212), QLatin1Char('-')); // Unicode minus sign
    t.remove(QChar(0x00A3));                    // £
    t.remove(QLatin1Char(','));
    t.remove(QLatin1Char(' '));
    t.remove(QChar(QChar::Nbsp));
    if (t.startsWith(QLatin1String("-")) && t.size() > 1 && t.at(1) == QChar(0x00A3))
        t.remove(1, 1);
    bool ok = false;
    double v = t.toDouble(&ok); // C locale: '.' decimal point, exponent allowed
    if (!ok || !std::isfinite(v))
        return {AmountState::Invalid, 0.0};
    return {AmountState::Value, negative ? -v : v};
}

double ImportCommon::roundPence(double value)
{
    const double r = std::round(value * 100.0) / 100.0;
    return r == 0.0 ? 0.0 : r; // no "-0" in published files
}

} // namespace livedna
