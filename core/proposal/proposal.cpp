#include "core/proposal/proposal.h"

#include "core/domain/measures.h"
#include "core/proposal/effect.h"

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

QString tr(const char *text)
{
    return QCoreApplication::translate("ProposalFile", text);
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

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
        add(ptr, tr("must be an object"));
        return false;
    }
    bool isArray(const QJsonValue &v, const QString &ptr)
    {
        if (v.isArray())
            return true;
        add(ptr, tr("must be an array"));
        return false;
    }

    QString string(const QJsonObject &o, const QString &key, const QString &ptr, bool required,
                   int maxLength = 1000)
    {
        const QString p = ptr + QLatin1Char('/') + escapePointer(key);
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                add(p, tr("is required"));
            return {};
        }
        if (!v.isString()) {
            add(p, tr("must be a string"));
            return {};
        }
        const QString s = v.toString();
        if (required && s.isEmpty())
            add(p, tr("must not be empty"));
        if (s.size() > maxLength)
            add(p, tr("is longer than %1 characters").arg(maxLength));
        return s;
    }

    QString id(const QJsonObject &o, const QString &key, const QString &ptr, bool required)
    {
        static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
        const QString s = string(o, key, ptr, required, 200);
        if (!s.isEmpty() && !re.match(s).hasMatch())
            add(ptr + QLatin1Char('/') + key, tr("'%1' is not an id ([a-z0-9][a-z0-9.-]*)").arg(s));
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
                add(p, tr("is required"));
            return std::nullopt;
        }
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            add(p, tr("must be a number"));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (min && d < *min) {
            add(p, tr("must be at least %1").arg(*min));
            return std::nullopt;
        }
        if (max && d > *max) {
            add(p, tr("must be at most %1").arg(*max));
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
            add(ptr + QLatin1Char('/') + key, tr("'%1' is not an RFC 3339 date-time").arg(s));
        return t;
    }

    QList<Problem> problems;

private:
    QString m_file;
};

Catalogue readCatalogue(Checker &c, const QJsonValue &value, const QString &ptr)
{
    Catalogue cat;
    if (!c.isObject(value, ptr))
        return cat;
    const QJsonObject o = value.toObject();
    const QString capsPtr = ptr + QStringLiteral("/capabilities");
    const QJsonValue caps = o.value(QStringLiteral("capabilities"));
    QSet<QString> seen;
    if (c.isArray(caps, capsPtr)) {
        const QJsonArray a = caps.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString p = capsPtr + QLatin1Char('/') + QString::number(i);
            if (!c.isObject(a.at(i), p))
                continue;
            const QJsonObject co = a.at(i).toObject();
            Capability cap;
            cap.id = c.id(co, QStringLiteral("id"), p, true);
            cap.name = c.string(co, QStringLiteral("name"), p, false);
            const QString layer = c.string(co, QStringLiteral("layer"), p, true);
            if (!layer.isEmpty() && !layerFromString(layer, &cap.layer))
                c.add(p + QStringLiteral("/layer"), tr("must be 'frontline' or 'overhead', not '%1'").arg(layer));
            if (!cap.id.isEmpty() && seen.contains(cap.id))
                c.add(p + QStringLiteral("/id"), tr("capability '%1' appears twice").arg(cap.id));
            seen.insert(cap.id);
            cat.capabilities.append(cap);
        }
    }
    const QString bricksPtr = ptr + QStringLiteral("/bricks");
    const QJsonValue bricks = o.value(QStringLiteral("bricks"));
    QSet<QString> seenBricks;
    if (c.isArray(bricks, bricksPtr)) {
        const QJsonArray a = bricks.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString p = bricksPtr + QLatin1Char('/') + QString::number(i);
            if (!c.isObject(a.at(i), p))
                continue;
            const QJsonObject bo = a.at(i).toObject();
            CatalogueBrick b;
            b.id = c.id(bo, QStringLiteral("id"), p, true);
            b.name = c.string(bo, QStringLiteral("name"), p, true);
            b.capability = c.id(bo, QStringLiteral("capability"), p, true);
            b.provider = c.string(bo, QStringLiteral("provider"), p, false);
            b.evolution = c.string(bo, QStringLiteral("evolution"), p, false);
            b.description = c.string(bo, QStringLiteral("description"), p, false, 10000);
            b.standardAnnualCostGbp = c.number(bo, QStringLiteral("standard_annual_cost_gbp"), p, true, 0.0).value_or(0.0);
            static const QStringList stages = {QStringLiteral("genesis"), QStringLiteral("custom"),
                                               QStringLiteral("product"), QStringLiteral("commodity")};
            if (!b.evolution.isEmpty() && !stages.contains(b.evolution))
                c.add(p + QStringLiteral("/evolution"), tr("'%1' is not an evolution stage").arg(b.evolution));
            if (!b.capability.isEmpty() && !seen.contains(b.capability))
                c.add(p + QStringLiteral("/capability"), tr("capability '%1' is not in the catalogue").arg(b.capability));
            if (!b.id.isEmpty() && seenBricks.contains(b.id))
                c.add(p + QStringLiteral("/id"), tr("brick '%1' appears twice").arg(b.id));
            seenBricks.insert(b.id);
            cat.bricks.append(b);
        }
    }
    cat.reindex();
    return cat;
}

Service readService(Checker &c, const QJsonValue &value, const QString &ptr, const Catalogue &cat)
{
    Service s;
    if (!c.isObject(value, ptr))
        return s;
    const QJsonObject o = value.toObject();
    s.id = c.id(o, QStringLiteral("id"), ptr, true);
    s.name = c.string(o, QStringLiteral("name"), ptr, true);
    if (const auto lgsl = c.number(o, QStringLiteral("lgsl"), ptr, false, 0.0, 1e9))
        s.lgsl = int(*lgsl);
    s.category = c.string(o, QStringLiteral("category"), ptr, false);
    s.volume = c.number(o, QStringLiteral("volume"), ptr, false, 0.0);
    s.reportedCostGbp = c.number(o, QStringLiteral("reported_cost_gbp"), ptr, false);
    const QJsonValue value_ = o.value(QStringLiteral("value"));
    if (!value_.isUndefined() && c.isObject(value_, ptr + QStringLiteral("/value"))) {
        const QJsonObject vo = value_.toObject();
        for (auto it = vo.begin(); it != vo.end(); ++it) {
            if (const auto v = c.number(vo, it.key(), ptr + QStringLiteral("/value"), true, 0.0, 1.0))
                s.value.insert(it.key(), *v);
        }
    }
    const QString bricksPtr = ptr + QStringLiteral("/bricks");
    const QJsonValue bricks = o.value(QStringLiteral("bricks"));
    QSet<QString> ids;
    if (bricks.isUndefined()) {
        c.add(bricksPtr, tr("is required"));
    } else if (c.isArray(bricks, bricksPtr)) {
        const QJsonArray a = bricks.toArray();
        if (a.size() > ProposalFile::MaxBricks)
            c.add(bricksPtr, tr("has %1 bricks, more than the %2 a proposal may hold").arg(a.size()).arg(ProposalFile::MaxBricks));
        for (int i = 0; i < a.size() && i < ProposalFile::MaxBricks; ++i) {
            const QString p = bricksPtr + QLatin1Char('/') + QString::number(i);
            if (!c.isObject(a.at(i), p))
                continue;
            const QJsonObject bo = a.at(i).toObject();
            BrickInstance b;
            b.id = c.id(bo, QStringLiteral("id"), p, true);
            b.name = c.string(bo, QStringLiteral("name"), p, false);
            b.uses = c.id(bo, QStringLiteral("uses"), p, false);
            b.capability = c.id(bo, QStringLiteral("capability"), p, false);
            b.annualCostGbp = c.number(bo, QStringLiteral("annual_cost_gbp"), p, true, 0.0).value_or(0.0);
            b.fte = c.number(bo, QStringLiteral("fte"), p, false, 0.0);
            if (!b.id.isEmpty() && ids.contains(b.id))
                c.add(p + QStringLiteral("/id"), tr("brick id '%1' is used twice in the service").arg(b.id));
            ids.insert(b.id);
            if (b.uses.isEmpty() && b.capability.isEmpty())
                c.add(p, tr("a bespoke brick (no 'uses') must state its 'capability'"));
            if (!b.uses.isEmpty() && !cat.brick(b.uses))
                c.add(p + QStringLiteral("/uses"), tr("standard brick '%1' is not in the proposal's catalogue").arg(b.uses));
            if (!b.capability.isEmpty() && !cat.capability(b.capability))
                c.add(p + QStringLiteral("/capability"), tr("capability '%1' is not in the proposal's catalogue").arg(b.capability));
            s.bricks.append(b);
        }
    }
    const QString flowsPtr = ptr + QStringLiteral("/flows");
    const QJsonValue flows = o.value(QStringLiteral("flows"));
    if (!flows.isUndefined() && c.isArray(flows, flowsPtr)) {
        const QJsonArray a = flows.toArray();
        if (a.size() > ProposalFile::MaxBricks * 4)
            c.add(flowsPtr, tr("has %1 flows, more than the %2 a proposal may hold").arg(a.size()).arg(ProposalFile::MaxBricks * 4));
        for (int i = 0; i < a.size() && i < ProposalFile::MaxBricks * 4; ++i) {
            const QString p = flowsPtr + QLatin1Char('/') + QString::number(i);
            if (!c.isObject(a.at(i), p))
                continue;
            const QJsonObject fo = a.at(i).toObject();
            Flow f;
            f.from = c.string(fo, QStringLiteral("from"), p, true, 200);
            f.to = c.string(fo, QStringLiteral("to"), p, true, 200);
            f.label = c.string(fo, QStringLiteral("label"), p, false);
            if (!f.from.isEmpty() && !ids.contains(f.from))
                c.add(p + QStringLiteral("/from"), tr("names brick '%1', which is not in the service").arg(f.from));
            if (!f.to.isEmpty() && !ids.contains(f.to))
                c.add(p + QStringLiteral("/to"), tr("names brick '%1', which is not in the service").arg(f.to));
            s.flows.append(f);
        }
    }
    return s;
}

} // namespace

QJsonObject serviceToJson(const Service &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("name"), s.name);
    if (s.lgsl)
        o.insert(QStringLiteral("lgsl"), *s.lgsl);
    if (!s.category.isEmpty())
        o.insert(QStringLiteral("category"), s.category);
    if (s.volume)
        o.insert(QStringLiteral("volume"), *s.volume);
    if (s.reportedCostGbp)
        o.insert(QStringLiteral("reported_cost_gbp"), *s.reportedCostGbp);
    if (!s.value.isEmpty()) {
        QJsonObject v;
        for (auto it = s.value.begin(); it != s.value.end(); ++it)
            v.insert(it.key(), it.value());
        o.insert(QStringLiteral("value"), v);
    }
    QJsonArray bricks;
    for (const BrickInstance &b : s.bricks) {
        QJsonObject bo;
        bo.insert(QStringLiteral("id"), b.id);
        if (!b.name.isEmpty())
            bo.insert(QStringLiteral("name"), b.name);
        if (!b.uses.isEmpty())
            bo.insert(QStringLiteral("uses"), b.uses);
        if (!b.capability.isEmpty())
            bo.insert(QStringLiteral("capability"), b.capability);
        bo.insert(QStringLiteral("annual_cost_gbp"), b.annualCostGbp);
        if (b.fte)
            bo.insert(QStringLiteral("fte"), optionalNumber(b.fte));
        bricks.append(bo);
    }
    o.insert(QStringLiteral("bricks"), bricks);
    QJsonArray flows;
    for (const Flow &f : s.flows) {
        QJsonObject fo{{QStringLiteral("from"), f.from}, {QStringLiteral("to"), f.to}};
        if (!f.label.isEmpty())
            fo.insert(QStringLiteral("label"), f.label);
        flows.append(fo);
    }
    if (!flows.isEmpty())
        o.insert(QStringLiteral("flows"), flows);
    return o;
}

QJsonObject catalogueToJson(const Catalogue &cat)
{
    QJsonArray caps;
    for (const Capability &c : cat.capabilities) {
        QJsonObject co{{QStringLiteral("id"), c.id}, {QStringLiteral("layer"), layerToString(c.layer)}};
        if (!c.name.isEmpty())
            co.insert(QStringLiteral("name"), c.name);
        caps.append(co);
    }
    QJsonArray bricks;
    for (const CatalogueBrick &b : cat.bricks) {
        QJsonObject bo{{QStringLiteral("id"), b.id},
                       {QStringLiteral("name"), b.name},
                       {QStringLiteral("capability"), b.capability},
                       {QStringLiteral("standard_annual_cost_gbp"), b.standardAnnualCostGbp}};
        if (!b.provider.isEmpty())
            bo.insert(QStringLiteral("provider"), b.provider);
        if (!b.evolution.isEmpty())
            bo.insert(QStringLiteral("evolution"), b.evolution);
        if (!b.description.isEmpty())
            bo.insert(QStringLiteral("description"), b.description);
        bricks.append(bo);
    }
    return {{QStringLiteral("capabilities"), caps}, {QStringLiteral("bricks"), bricks}};
}

Catalogue catalogueSubset(const Catalogue &full, const QList<const Service *> &services)
{
    QSet<QString> caps;
    QSet<QString> bricks;
    for (const Service *s : services) {
        for (const BrickInstance &b : s->bricks) {
            if (!b.uses.isEmpty())
                bricks.insert(b.uses);
            const QString c = capabilityOf(b, full);
            if (!c.isEmpty())
                caps.insert(c);
            if (!b.capability.isEmpty())
                caps.insert(b.capability);
        }
    }
    Catalogue out;
    for (const CatalogueBrick &b : full.bricks) {
        if (bricks.contains(b.id)) {
            out.bricks.append(b);
            caps.insert(b.capability);
        }
    }
    for (const Capability &c : full.capabilities) {
        if (caps.contains(c.id))
            out.capabilities.append(c);
    }
    out.reindex();
    return out;
}

void mergeCatalogue(Catalogue &into, const Catalogue &from)
{
    for (const Capability &c : from.capabilities) {
        if (!into.capability(c.id))
            into.capabilities.append(c);
    }
    into.reindex();
    for (const CatalogueBrick &b : from.bricks) {
        if (!into.brick(b.id))
            into.bricks.append(b);
    }
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
        o.insert(QStringLiteral("baseline"), bo);
        used.append(&b.service);
    }
    o.insert(QStringLiteral("service"), serviceToJson(p.service));
    o.insert(QStringLiteral("catalogue"), catalogueToJson(catalogueSubset(p.catalogue, used)));
    if (!p.layout.isEmpty()) {
        QJsonObject lo;
        for (auto it = p.layout.begin(); it != p.layout.end(); ++it) {
            if (p.service.bricks.end() != std::find_if(p.service.bricks.begin(), p.service.bricks.end(),
                                                       [&](const BrickInstance &b) { return b.id == it.key(); }))
                lo.insert(it.key(), QJsonArray{it.value().x(), it.value().y()});
        }
        o.insert(QStringLiteral("layout"), lo);
    }
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
                                         tr("is %1 bytes, larger than the %2 bytes a proposal file may be")
                                             .arg(bytes.size()).arg(MaxBytes));
    }
    if (exceedsDepth(bytes, MaxDepth))
        return Result<Proposal>::failure(file, QString(), tr("is nested more than %1 levels deep").arg(MaxDepth));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError)
        return Result<Proposal>::failure(file, QString(), tr("is not valid JSON at byte %1: %2").arg(err.offset).arg(err.errorString()));
    if (!doc.isObject())
        return Result<Proposal>::failure(file, QString(), tr("must be a JSON object"));
    const QJsonObject o = doc.object();
    Checker c(file);
    Proposal p;
    const QString format = c.string(o, QStringLiteral("format"), QString(), true, 100);
    if (!format.isEmpty() && format != formatId()) {
        c.add(QStringLiteral("/format"), format.startsWith(QLatin1String("livedna-proposal/"))
                                             ? tr("'%1' is a proposal format this version does not read (expected %2)").arg(format, formatId())
                                             : tr("'%1' is not a LiveDNA proposal (expected %2)").arg(format, formatId()));
        return Result<Proposal>::failure(c.problems);
    }
    p.title = c.string(o, QStringLiteral("title"), QString(), true, 500);
    p.author = c.string(o, QStringLiteral("author"), QString(), false, 500);
    p.created = c.time(o, QStringLiteral("created"), QString(), true);
    p.modified = c.time(o, QStringLiteral("modified"), QString(), true);
    p.rationale = c.string(o, QStringLiteral("rationale"), QString(), false, 1000000);
    p.catalogue = readCatalogue(c, o.value(QStringLiteral("catalogue")), QStringLiteral("/catalogue"));
    const QJsonValue bv = o.value(QStringLiteral("baseline"));
    if (!bv.isUndefined() && !bv.isNull() && c.isObject(bv, QStringLiteral("/baseline"))) {
        const QJsonObject bo = bv.toObject();
        const QString ptr = QStringLiteral("/baseline");
        ProposalBaseline b;
        b.commons = c.id(bo, QStringLiteral("commons"), ptr, true);
        b.commonsVersion = qint64(c.number(bo, QStringLiteral("commons_version"), ptr, true, 1.0).value_or(0.0));
        b.org = c.string(bo, QStringLiteral("org"), ptr, true, 64);
        b.orgName = c.string(bo, QStringLiteral("org_name"), ptr, false);
        b.serviceId = c.id(bo, QStringLiteral("service"), ptr, true);
        b.documentSha256 = c.string(bo, QStringLiteral("document_sha256"), ptr, true, 64);
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!b.documentSha256.isEmpty() && !hex.match(b.documentSha256).hasMatch())
            c.add(ptr + QStringLiteral("/document_sha256"), tr("must be 64 lowercase hex digits"));
        b.service = readService(c, bo.value(QStringLiteral("composition")), ptr + QStringLiteral("/composition"), p.catalogue);
        if (!b.serviceId.isEmpty() && !b.service.id.isEmpty() && b.service.id != b.serviceId)
            c.add(ptr + QStringLiteral("/composition/id"), tr("is '%1' but the baseline names service '%2'").arg(b.service.id, b.serviceId));
        p.baseline = b;
    }
    if (!o.contains(QStringLiteral("service")))
        c.add(QStringLiteral("/service"), tr("is required"));
    else
        p.service = readService(c, o.value(QStringLiteral("service")), QStringLiteral("/service"), p.catalogue);
    const QJsonValue lv = o.value(QStringLiteral("layout"));
    if (!lv.isUndefined() && c.isObject(lv, QStringLiteral("/layout"))) {
        const QJsonObject lo = lv.toObject();
        for (auto it = lo.begin(); it != lo.end(); ++it) {
            const QString ptr = QStringLiteral("/layout/") + escapePointer(it.key());
            const QJsonArray a = it.value().toArray();
            if (!it.value().isArray() || a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble()
                || !std::isfinite(a.at(0).toDouble()) || !std::isfinite(a.at(1).toDouble())) {
                c.add(ptr, tr("must be [x, y]"));
                continue;
            }
            p.layout.insert(it.key(), QPointF(a.at(0).toDouble(), a.at(1).toDouble()));
        }
    }
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
        return Result<Proposal>::failure(path, QString(), tr("is not a file"));
    if (info.size() > MaxBytes) {
        return Result<Proposal>::failure(path, QString(),
                                         tr("is %1 bytes, larger than the %2 bytes a proposal file may be")
                                             .arg(info.size()).arg(MaxBytes));
    }
    if (!f.open(QIODevice::ReadOnly))
        return Result<Proposal>::failure(path, QString(), tr("cannot be read: %1").arg(f.errorString()));
    // Read at most one byte past the cap so a file that grows meanwhile is still refused.
    return fromJson(f.read(MaxBytes + 1), path);
}

Status ProposalFile::write(const Proposal &proposal, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, f.errorString()));
    f.write(toJson(proposal));
    if (!f.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, f.errorString()));
    return Status::success();
}

} // namespace livedna
