#include "core/importers/importcommon.h"

#include "core/commons/commonsreader.h"
#include "core/commons/commonswriter.h"
#include "core/importers/realcatalogue.h"

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

QString ImportCommon::orgDocumentRelativePath(const QString &code, const QString &period)
{
    return QStringLiteral("orgs/%1/%2.json").arg(code, period);
}

QString ImportCommon::orgDocumentPath(const QString &outDir, const QString &code, const QString &period)
{
    return QDir(outDir).filePath(orgDocumentRelativePath(code, period));
}

QString ImportCommon::orgDocumentPath(const QString &outDir, const QString &code)
{
    const QStringList p = periods(outDir, code);
    return p.isEmpty() ? QString() : orgDocumentPath(outDir, code, p.last());
}

QStringList ImportCommon::periods(const QString &outDir, const QString &code)
{
    if (!isSafeCode(code))
        return {};
    QStringList out;
    const QDir dir(QDir(outDir).filePath(QStringLiteral("orgs/") + code));
    for (const QString &f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString period = f.chopped(5);
        if (isPeriod(period))
            out.append(period);
    }
    return out; // QDir::Name sorts YYYY-YY ascending
}

namespace {

// 1.1 fields the document holds that the parsed value lacks: a reader that predates 1.1
// would drop them, and writing the value back would lose published figures.
QString lostOnRead(const QJsonObject &raw, const Organisation &org)
{
    if (!raw.value(QLatin1String("sources")).toArray().isEmpty() && org.sources.isEmpty())
        return QStringLiteral("sources");
    const QJsonArray services = raw.value(QLatin1String("services")).toArray();
    for (int i = 0; i < services.size() && i < org.services.size(); ++i) {
        const QJsonObject s = services.at(i).toObject();
        const Service &read = org.services.at(i);
        if (s.contains(QLatin1String("reported")) && !read.reported)
            return QStringLiteral("services[%1].reported").arg(i);
        if (!s.value(QLatin1String("systems")).toArray().isEmpty() && read.systems.isEmpty())
            return QStringLiteral("services[%1].systems").arg(i);
        if (s.contains(QLatin1String("layer")) && !read.layer)
            return QStringLiteral("services[%1].layer").arg(i);
    }
    return {};
}

} // namespace

Result<std::optional<Organisation>> ImportCommon::loadOrganisation(const QString &outDir, const QString &code,
                                                                   const QString &period)
{
    return readDocument(outDir, code, period, true);
}

Result<std::optional<Organisation>> ImportCommon::readDocument(const QString &outDir, const QString &code,
                                                               const QString &period, bool forMerge)
{
    using R = Result<std::optional<Organisation>>;
    if (!isSafeCode(code) || !isPeriod(period))
        return R::failure(outDir, QString(), tr("'%1' for %2 cannot name a document.").arg(code, period));
    const QString path = orgDocumentPath(outDir, code, period);
    QFile f(path);
    if (!f.exists())
        return R(std::optional<Organisation>());
    if (!f.open(QIODevice::ReadOnly))
        return R::failure(path, QString(), tr("Cannot read: %1").arg(f.errorString()));
    if (f.size() > CommonsReader::MaxIndexBytes)
        return R::failure(path, QString(), tr("The existing document is too large to merge into."));
    const QByteArray bytes = f.readAll();
    Result<Organisation> org = CommonsReader::readOrganisation(bytes, path, RealCatalogue::builtIn().catalogue(), code);
    if (!org.ok()) {
        QList<Problem> problems = org.problems();
        problems.prepend({path, QString(), tr("The existing document does not read as an organisation document; not overwriting it.")});
        return R::failure(problems);
    }
    const QString lost = forMerge ? lostOnRead(QJsonDocument::fromJson(bytes).object(), org.value()) : QString();
    if (!lost.isEmpty()) {
        return R::failure(path, QStringLiteral("/") + lost,
                          tr("This build's commons reader does not read “%1” back, so merging into this document "
                             "would lose it; not overwriting it.").arg(lost));
    }
    return R(std::optional<Organisation>(org.take()));
}

void ImportCommon::copyHeader(const Organisation &from, Organisation *to)
{
    to->code = from.code;
    to->name = from.name;
    to->kind = from.kind;
    to->type = from.type;
    to->region = from.region;
    to->population = from.population;
    to->neighbours = from.neighbours;
}

Result<Organisation> ImportCommon::openOrganisation(const QString &outDir, const Organisation &header,
                                                   const QString &period, bool *existed)
{
    using R = Result<Organisation>;
    Result<std::optional<Organisation>> existing = loadOrganisation(outDir, header.code, period);
    if (!existing.ok())
        return R::failure(existing.problems());
    if (existed)
        *existed = existing.value().has_value();
    if (existing.value())
        return R(std::move(*existing.take()));
    Organisation org;
    copyHeader(header, &org);
    org.period = period;
    const QStringList others = periods(outDir, header.code);
    if (!others.isEmpty()) {
        // The organisation is already in OUT under another year: keep one header for it.
        // Only its header is taken, so 1.1 fields the reader might drop do not matter here.
        Result<std::optional<Organisation>> latest = readDocument(outDir, header.code, others.last(), false);
        if (!latest.ok())
            return R::failure(latest.problems());
        copyHeader(*latest.value(), &org);
    }
    return R(std::move(org));
}

void ImportCommon::addSource(Organisation *org, const Source &source)
{
    if (!findSource(org->sources, source.id))
        org->sources.append(source);
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

Status ImportCommon::writeOrganisation(const QString &outDir, const Organisation &org, bool *created,
                                       const QHash<QString, QJsonObject> &extras)
{
    if (!isSafeCode(org.code))
        return Status::failure(tr("The organisation code '%1' cannot name a file.").arg(org.code));
    if (!isPeriod(org.period))
        return Status::failure(tr("%1: the period '%2' is not a financial year such as 2023-24.").arg(org.code, org.period));
    const QString path = orgDocumentPath(outDir, org.code, org.period);
    QByteArray bytes = CommonsWriter::organisationBytes(org);
    if (!extras.isEmpty()) {
        QJsonObject doc = CommonsWriter::organisationJson(org);
        QJsonArray services = doc.value(QLatin1String("services")).toArray();
        for (int i = 0; i < services.size(); ++i) {
            QJsonObject s = services.at(i).toObject();
            const QJsonObject more = extras.value(s.value(QLatin1String("id")).toString());
            for (auto it = more.begin(); it != more.end(); ++it) {
                if (!s.contains(it.key()))
                    s.insert(it.key(), it.value());
            }
            services[i] = s;
        }
        doc.insert(QStringLiteral("services"), services);
        bytes = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    }
    // Importers must only ever write documents the reader accepts.
    const Result<Organisation> check = CommonsReader::readOrganisation(bytes, path, RealCatalogue::builtIn().catalogue(), org.code);
    if (!check.ok())
        return Status::failure(tr("Refusing to write an invalid document:\n%1").arg(check.errorString()));
    if (created)
        *created = !QFileInfo::exists(path);
    return writeJsonFile(path, bytes);
}

void ImportCommon::recordWrite(ImportReport *report, const Organisation &org, bool created)
{
    (created ? report->documentsCreated : report->documentsUpdated)++;
    report->written.append(orgDocumentRelativePath(org.code, org.period));
}

Status ImportCommon::saveOrganisation(const QString &outDir, const Organisation &org, ImportReport *report)
{
    bool created = false;
    const Status st = writeOrganisation(outDir, org, &created);
    if (st)
        recordWrite(report, org, created);
    return st;
}

Status ImportCommon::mergeHeader(const QString &outDir, const Organisation &header, const QString &period,
                                 ImportReport *report)
{
    Result<Organisation> org = openOrganisation(outDir, header, period, nullptr);
    if (!org.ok())
        return Status::failure(org.errorString());
    Organisation doc = org.take();
    const QStringList kept = doc.neighbours;
    copyHeader(header, &doc);
    if (doc.neighbours.isEmpty())
        doc.neighbours = kept;
    return saveOrganisation(outDir, doc, report);
}

void ImportCommon::putService(Organisation *org, const Service &service)
{
    if (Service *old = org->service(service.id))
        *old = service;
    else
        org->services.append(service);
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
