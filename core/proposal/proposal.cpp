#include "core/proposal/proposal.h"

#include "core/commons/jsonkeys.h"

#include "core/commons/commonsreader.h"
#include "core/commons/commonswriter.h"
#include "core/domain/measures.h"
#include "core/proposal/effect.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace livedna {

namespace {

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// Nesting depth measured on the raw bytes, so hostile input never reaches the parser's
// recursion.
bool exceedsDepth(const QByteArray &bytes, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth)
                return true;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return false;
}

QString escapePointer(const QString &token)
{
    QString t = token;
    t.replace(QLatin1Char('~'), QLatin1String("~0"));
    t.replace(QLatin1Char('/'), QLatin1String("~1"));
    return t;
}

// Collects every problem of one document instead of stopping at the first, so a sender
// can fix them all at once.
class Checker
{
public:
    explicit Checker(QString file) : m_file(std::move(file)) {}

    void add(const QString &pointer, const QString &message) { problems.append({m_file, pointer, message}); }

    bool isObject(const QJsonValue &v, const QString &ptr)
    {
        if (v.isObject())
            return true;
        add(ptr, ProposalFile::tr("must be an object"));
        return false;
    }
    bool isArray(const QJsonValue &v, const QString &ptr)
    {
        if (v.isArray())
            return true;
        add(ptr, ProposalFile::tr("must be an array"));
        return false;
    }

    QString string(const QJsonObject &o, const QString &key, const QString &ptr, bool required,
                   int maxLength = 1000)
    {
        const QString p = ptr + QLatin1Char('/') + escapePointer(key);
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                add(p, ProposalFile::tr("is required"));
            return {};
        }
        if (!v.isString()) {
            add(p, ProposalFile::tr("must be a string"));
            return {};
        }
        const QString s = v.toString();
        if (required && s.isEmpty())
            add(p, ProposalFile::tr("must not be empty"));
        if (s.size() > maxLength)
            add(p, ProposalFile::tr("is longer than %1 characters").arg(maxLength));
        return s;
    }

    QString id(const QJsonObject &o, const QString &key, const QString &ptr, bool required)
    {
        static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
        const QString s = string(o, key, ptr, required, 200);
        if (!s.isEmpty() && !re.match(s).hasMatch())
            add(ptr + QLatin1Char('/') + key, ProposalFile::tr("'%1' is not an id ([a-z0-9][a-z0-9.-]*)").arg(s));
        return s;
    }

    std::optional<double> number(const QJsonObject &o, const QString &key, const QString &ptr,
                                 bool required, std::optional<double> min = std::nullopt,
                                 std::optional<double> max = std::nullopt)
    {
        const QString p = ptr + QLatin1Char('/') + escapePointer(key);
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                add(p, ProposalFile::tr("is required"));
            return std::nullopt;
        }
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            add(p, ProposalFile::tr("must be a number"));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (min && d < *min) {
            add(p, ProposalFile::tr("must be at least %1").arg(*min));
            return std::nullopt;
        }
        if (max && d > *max) {
            add(p, ProposalFile::tr("must be at most %1").arg(*max));
            return std::nullopt;
        }
        return d;
    }

    QDateTime time(const QJsonObject &o, const QString &key, const QString &ptr, bool required)
    {
        const QString s = string(o, key, ptr, required, 64);
        if (s.isEmpty())
            return {};
        const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid())
            add(ptr + QLatin1Char('/') + key, ProposalFile::tr("'%1' is not an RFC 3339 date-time").arg(s));
        return t;
    }

    QList<Problem> problems;

private:
    QString m_file;
};

// A proposal may hold at most MaxBricks bricks and four flows per brick, so that a hostile
// file cannot make every view that draws it crawl.
bool withinLimits(Checker &c, const QJsonObject &o, const QString &ptr)
{
    const qsizetype bricks = o.value(QStringLiteral("bricks")).toArray().size();
    const qsizetype flows = o.value(QStringLiteral("flows")).toArray().size();
    if (bricks > ProposalFile::MaxBricks)
        c.add(ptr + QStringLiteral("/bricks"), ProposalFile::tr("has %1 bricks, more than the %2 a proposal may hold").arg(bricks).arg(ProposalFile::MaxBricks));
    if (flows > ProposalFile::MaxBricks * 4)
        c.add(ptr + QStringLiteral("/flows"), ProposalFile::tr("has %1 flows, more than the %2 a proposal may hold").arg(flows).arg(ProposalFile::MaxBricks * 4));
    return bricks <= ProposalFile::MaxBricks && flows <= ProposalFile::MaxBricks * 4;
}

// The catalogue is a bricks.json body: the commons reader checks it with the same rules.
Catalogue readCatalogue(Checker &c, const QJsonValue &value, const QString &ptr, const QString &file)
{
    if (!c.isObject(value, ptr))
        return {};
    Result<Catalogue> cat = CommonsReader::readCatalogue(value.toObject(), ptr, file);
    if (!cat.ok()) {
        c.problems += cat.problems();
        return {};
    }
    return cat.take();
}

// Sources travel with a proposal from 1.1 on; a file without them (older, or citing
// nothing) has its source strings checked for their form only.
std::optional<QList<Source>> readSources(Checker &c, const QJsonObject &o, const QString &file)
{
    if (!o.contains(QStringLiteral("sources")))
        return std::nullopt;
    Result<QList<Source>> sources = CommonsReader::readSources(o, QString(), file);
    if (!sources.ok()) {
        c.problems += sources.problems();
        return std::nullopt;
    }
    return sources.take();
}

// A service is an element of an organisation's services[]: the commons reader checks it,
// references against the proposal's own catalogue and sources.
Service readService(Checker &c, const QJsonValue &value, const QString &ptr, const Catalogue &cat,
                    const std::optional<QList<Source>> &sources, const QString &file)
{
    if (!c.isObject(value, ptr) || !withinLimits(c, value.toObject(), ptr))
        return {};
    Result<Service> s = CommonsReader::readService(value.toObject(), ptr, file, &cat, sources ? &*sources : nullptr);
    if (!s.ok()) {
        c.problems += s.problems();
        return {};
    }
    return s.take();
}

ProposalBaseline readBaseline(Checker &c, const QJsonObject &bo, const Catalogue &catalogue,
                              const std::optional<QList<Source>> &sources, const QString &file)
{
    const QString ptr = QStringLiteral("/baseline");
    ProposalBaseline b;
    b.commons = c.id(bo, QStringLiteral("commons"), ptr, true);
    b.commonsVersion = qint64(c.number(bo, QStringLiteral("commons_version"), ptr, true, 1.0).value_or(0.0));
    b.org = c.string(bo, QStringLiteral("org"), ptr, true, 64);
    b.orgName = c.string(bo, QStringLiteral("org_name"), ptr, false);
    b.serviceId = c.string(bo, QStringLiteral("service"), ptr, true, 200);
    b.documentSha256 = c.string(bo, QStringLiteral("document_sha256"), ptr, true, 64);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!b.documentSha256.isEmpty() && !hex.match(b.documentSha256).hasMatch())
        c.add(ptr + QStringLiteral("/document_sha256"), ProposalFile::tr("must be 64 lowercase hex digits"));
    b.service = readService(c, bo.value(QStringLiteral("composition")), ptr + QStringLiteral("/composition"), catalogue, sources, file);
    if (!b.serviceId.isEmpty() && !b.service.id.isEmpty() && b.service.id != b.serviceId)
        c.add(ptr + QStringLiteral("/composition/id"), ProposalFile::tr("is '%1' but the baseline names service '%2'").arg(b.service.id, b.serviceId));
    const QString from = c.string(bo, QStringLiteral("composition_from"), ptr, false, 32);
    if (!from.isEmpty() && from != QLatin1String("published") && from != QLatin1String("reported"))
        c.add(ptr + QStringLiteral("/composition_from"), ProposalFile::tr("must be \"published\" or \"reported\""));
    b.fromReported = from == QLatin1String("reported");
    return b;
}

// Optional (files before issue 11 have none): the constituency a redesign started from.
std::optional<ProposalArea> readArea(Checker &c, const QJsonObject &o)
{
    const QJsonValue av = o.value(QStringLiteral("area"));
    if (av.isUndefined() || av.isNull() || !c.isObject(av, QStringLiteral("/area")))
        return std::nullopt;
    const QJsonObject ao = av.toObject();
    const QString ptr = QStringLiteral("/area");
    ProposalArea a;
    a.constituency = c.string(ao, QStringLiteral("constituency"), ptr, true, 16);
    a.name = c.string(ao, QStringLiteral("name"), ptr, true, 200);
    a.mp = c.string(ao, QStringLiteral("mp"), ptr, false, 200);
    a.party = c.string(ao, QStringLiteral("party"), ptr, false, 200);
    return a;
}

QJsonObject areaToJson(const ProposalArea &a)
{
    QJsonObject o{{QStringLiteral("constituency"), a.constituency}, {QStringLiteral("name"), a.name}};
    if (!a.mp.isEmpty())
        o.insert(QStringLiteral("mp"), a.mp);
    if (!a.party.isEmpty())
        o.insert(QStringLiteral("party"), a.party);
    return o;
}

void readLayout(Checker &c, const QJsonObject &o, QHash<QString, QPointF> *layout)
{
    const QJsonValue lv = o.value(QStringLiteral("layout"));
    if (lv.isUndefined() || !c.isObject(lv, QStringLiteral("/layout")))
        return;
    const QJsonObject lo = lv.toObject();
    for (auto it = lo.begin(); it != lo.end(); ++it) {
        const QString ptr = QStringLiteral("/layout/") + escapePointer(it.key());
        const QJsonArray a = it.value().toArray();
        if (!it.value().isArray() || a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble()
            || !std::isfinite(a.at(0).toDouble()) || !std::isfinite(a.at(1).toDouble())) {
            c.add(ptr, ProposalFile::tr("must be [x, y]"));
            continue;
        }
        layout->insert(it.key(), QPointF(a.at(0).toDouble(), a.at(1).toDouble()));
    }
}

} // namespace

QJsonObject serviceToJson(const Service &s)
{
    return CommonsWriter::serviceJson(s);
}

QJsonObject catalogueToJson(const Catalogue &cat)
{
    QJsonObject o = CommonsWriter::catalogueJson(cat);
    o.remove(QStringLiteral("format")); // part of a proposal file, not a bricks.json
    return o;
}

namespace {

void collectReferences(const Service &s, const Catalogue &full, QSet<QString> *caps, QSet<QString> *bricks,
                       QSet<QString> *products)
{
    for (const BrickInstance &b : s.bricks) {
        if (!b.uses.isEmpty())
            bricks->insert(b.uses);
        const QString c = capabilityOf(b, full);
        if (!c.isEmpty())
            caps->insert(c);
        if (!b.capability.isEmpty())
            caps->insert(b.capability);
    }
    for (const SystemUse &sys : s.systems) {
        caps->insert(sys.capability);
        if (!sys.product.isEmpty())
            products->insert(sys.product);
    }
}

// The catalogue's sources that the kept entries' `source` strings name.
QList<Source> sourcesUsed(const Catalogue &out, const Catalogue &full)
{
    QSet<QString> ids;
    for (const Capability &c : out.capabilities)
        ids.insert(SourceRef::parse(c.source).sourceId);
    for (const Product &p : out.products)
        ids.insert(SourceRef::parse(p.source).sourceId);
    for (const CatalogueBrick &b : out.bricks) {
        ids.insert(SourceRef::parse(b.source).sourceId);
        if (b.pricing)
            ids.insert(SourceRef::parse(b.pricing->source).sourceId);
    }
    QList<Source> used;
    for (const Source &s : full.sources) {
        if (ids.contains(s.id))
            used.append(s);
    }
    return used;
}

void addCited(QSet<QString> &ids, const QString &source)
{
    if (!source.isEmpty())
        ids.insert(SourceRef::parse(source).sourceId);
}

template<typename T>
void appendMissing(QList<T> &into, const QList<T> &from)
{
    QSet<QString> have;
    for (const T &t : std::as_const(into))
        have.insert(t.id);
    for (const T &t : from) {
        if (!have.contains(t.id))
            into.append(t);
    }
}

} // namespace

QList<Source> sourcesCited(const QList<Source> &all, const QList<const Service *> &services)
{
    QSet<QString> ids;
    for (const Service *s : services) {
        addCited(ids, s->source);
        if (s->reported)
            addCited(ids, s->reported->source);
        for (const BrickInstance &b : s->bricks)
            addCited(ids, b.source);
        for (const SystemUse &sys : s->systems)
            addCited(ids, sys.source);
    }
    QList<Source> cited;
    for (const Source &s : all) {
        if (ids.contains(s.id))
            cited.append(s);
    }
    return cited;
}

Catalogue catalogueSubset(const Catalogue &full, const QList<const Service *> &services)
{
    QSet<QString> caps;
    QSet<QString> bricks;
    QSet<QString> products;
    for (const Service *s : services)
        collectReferences(*s, full, &caps, &bricks, &products);
    Catalogue out;
    for (const CatalogueBrick &b : full.bricks) {
        if (bricks.contains(b.id)) {
            out.bricks.append(b);
            caps.insert(b.capability);
        }
    }
    for (const Product &p : full.products) {
        if (products.contains(p.id)) {
            out.products.append(p);
            caps.insert(p.capability);
        }
    }
    for (const Capability &c : full.capabilities) {
        if (caps.contains(c.id))
            out.capabilities.append(c);
    }
    out.sources = sourcesUsed(out, full);
    out.reindex();
    return out;
}

void mergeCatalogue(Catalogue &into, const Catalogue &from)
{
    appendMissing(into.capabilities, from.capabilities);
    appendMissing(into.bricks, from.bricks);
    appendMissing(into.products, from.products);
    appendMissing(into.sources, from.sources);
    into.reindex();
}

QString uniqueBrickId(const Service &service, const QString &base)
{
    static const QRegularExpression bad(QStringLiteral("[^a-z0-9.-]+"));
    QString stem = base.toLower();
    stem.replace(bad, QStringLiteral("-"));
    while (stem.startsWith(QLatin1Char('-')) || stem.startsWith(QLatin1Char('.')))
        stem.remove(0, 1);
    if (stem.isEmpty())
        stem = QStringLiteral("brick");
    QSet<QString> used;
    for (const BrickInstance &b : service.bricks)
        used.insert(b.id);
    if (!used.contains(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = stem + QLatin1Char('-') + QString::number(n);
        if (!used.contains(candidate))
            return candidate;
    }
}

QJsonObject ProposalFile::toJsonObject(const Proposal &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), formatId());
    o.insert(QStringLiteral("title"), p.title);
    o.insert(QStringLiteral("author"), p.author);
    o.insert(QStringLiteral("created"), isoUtc(p.created.isValid() ? p.created : QDateTime::currentDateTimeUtc()));
    o.insert(QStringLiteral("modified"), isoUtc(p.modified.isValid() ? p.modified : QDateTime::currentDateTimeUtc()));
    o.insert(QStringLiteral("rationale"), p.rationale);
    QList<const Service *> used{&p.service};
    if (p.baseline) {
        const ProposalBaseline &b = *p.baseline;
        QJsonObject bo;
        bo.insert(QStringLiteral("commons"), b.commons);
        bo.insert(QStringLiteral("commons_version"), b.commonsVersion);
        bo.insert(QStringLiteral("org"), b.org);
        if (!b.orgName.isEmpty())
            bo.insert(QStringLiteral("org_name"), b.orgName);
        bo.insert(QStringLiteral("service"), b.serviceId);
        bo.insert(QStringLiteral("document_sha256"), b.documentSha256);
        bo.insert(QStringLiteral("composition"), serviceToJson(b.service));
        if (b.fromReported)
            bo.insert(QStringLiteral("composition_from"), QStringLiteral("reported"));
        o.insert(QStringLiteral("baseline"), bo);
        used.append(&b.service);
    }
    o.insert(QStringLiteral("service"), serviceToJson(p.service));
    o.insert(QStringLiteral("catalogue"), catalogueToJson(catalogueSubset(p.catalogue, used)));
    const QList<Source> cited = sourcesCited(p.sources, used);
    if (!cited.isEmpty()) {
        QJsonArray sources;
        for (const Source &s : cited)
            sources.append(CommonsWriter::sourceJson(s));
        o.insert(QStringLiteral("sources"), sources);
    }
    if (!p.layout.isEmpty()) {
        QJsonObject lo;
        for (auto it = p.layout.begin(); it != p.layout.end(); ++it) {
            if (p.service.bricks.end() != std::find_if(p.service.bricks.begin(), p.service.bricks.end(),
                                                       [&](const BrickInstance &b) { return b.id == it.key(); }))
                lo.insert(it.key(), QJsonArray{it.value().x(), it.value().y()});
        }
        o.insert(QStringLiteral("layout"), lo);
    }
    if (p.area)
        o.insert(QStringLiteral("area"), areaToJson(*p.area));
    const Effect e = computeEffect(p.baseline ? &p.baseline->service : nullptr, p.service, p.catalogue);
    o.insert(QStringLiteral("effect"), effectToJson(e));
    return o;
}

QByteArray ProposalFile::toJson(const Proposal &proposal)
{
    return QJsonDocument(toJsonObject(proposal)).toJson(QJsonDocument::Indented);
}

Result<Proposal> ProposalFile::fromJson(const QByteArray &bytes, const QString &file)
{
    if (bytes.size() > MaxBytes) {
        return Result<Proposal>::failure(file, QString(),
                                         ProposalFile::tr("is %1 bytes, larger than the %2 bytes a proposal file may be")
                                             .arg(bytes.size()).arg(MaxBytes));
    }
    if (exceedsDepth(bytes, MaxDepth))
        return Result<Proposal>::failure(file, QString(), ProposalFile::tr("is nested more than %1 levels deep").arg(MaxDepth));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError)
        return Result<Proposal>::failure(file, QString(), ProposalFile::tr("is not valid JSON at byte %1: %2").arg(err.offset).arg(err.errorString()));
    if (const std::optional<QString> duplicate = duplicateKeyPointer(bytes))
        return Result<Proposal>::failure(file, *duplicate, ProposalFile::tr("this member name appears twice in its object"));
    if (!doc.isObject())
        return Result<Proposal>::failure(file, QString(), ProposalFile::tr("must be a JSON object"));
    const QJsonObject o = doc.object();
    Checker c(file);
    Proposal p;
    const QString format = c.string(o, QStringLiteral("format"), QString(), true, 100);
    if (!format.isEmpty() && format != formatId()) {
        c.add(QStringLiteral("/format"), format.startsWith(QLatin1String("livedna-proposal/"))
                                             ? ProposalFile::tr("'%1' is a proposal format this version does not read (expected %2)").arg(format, formatId())
                                             : ProposalFile::tr("'%1' is not a LiveDNA proposal (expected %2)").arg(format, formatId()));
        return Result<Proposal>::failure(c.problems);
    }
    p.title = c.string(o, QStringLiteral("title"), QString(), true, 500);
    p.author = c.string(o, QStringLiteral("author"), QString(), false, 500);
    p.created = c.time(o, QStringLiteral("created"), QString(), true);
    p.modified = c.time(o, QStringLiteral("modified"), QString(), true);
    p.rationale = c.string(o, QStringLiteral("rationale"), QString(), false, 1000000);
    p.catalogue = readCatalogue(c, o.value(QStringLiteral("catalogue")), QStringLiteral("/catalogue"), file);
    const std::optional<QList<Source>> sources = readSources(c, o, file);
    p.sources = sources.value_or(QList<Source>());
    const QJsonValue bv = o.value(QStringLiteral("baseline"));
    if (!bv.isUndefined() && !bv.isNull() && c.isObject(bv, QStringLiteral("/baseline")))
        p.baseline = readBaseline(c, bv.toObject(), p.catalogue, sources, file);
    if (!o.contains(QStringLiteral("service")))
        c.add(QStringLiteral("/service"), ProposalFile::tr("is required"));
    else
        p.service = readService(c, o.value(QStringLiteral("service")), QStringLiteral("/service"), p.catalogue, sources, file);
    readLayout(c, o, &p.layout);
    p.area = readArea(c, o);
    const QJsonValue ev = o.value(QStringLiteral("effect"));
    if (!ev.isUndefined())
        c.isObject(ev, QStringLiteral("/effect")); // recomputed on read: the file's figures are only a summary
    if (!c.problems.isEmpty())
        return Result<Proposal>::failure(c.problems);
    return p;
}

Result<Proposal> ProposalFile::read(const QString &path)
{
    QFile f(path);
    const QFileInfo info(path);
    if (!info.isFile())
        return Result<Proposal>::failure(path, QString(), ProposalFile::tr("is not a file"));
    if (info.size() > MaxBytes) {
        return Result<Proposal>::failure(path, QString(),
                                         ProposalFile::tr("is %1 bytes, larger than the %2 bytes a proposal file may be")
                                             .arg(info.size()).arg(MaxBytes));
    }
    if (!f.open(QIODevice::ReadOnly))
        return Result<Proposal>::failure(path, QString(), ProposalFile::tr("cannot be read: %1").arg(f.errorString()));
    // Read at most one byte past the cap so a file that grows meanwhile is still refused.
    return fromJson(f.read(MaxBytes + 1), path);
}

Status ProposalFile::write(const Proposal &proposal, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Status::failure(ProposalFile::tr("Cannot write %1: %2").arg(path, f.errorString()));
    f.write(toJson(proposal));
    if (!f.commit())
        return Status::failure(ProposalFile::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return Status::success();
}

} // namespace livedna
