#include "core/commons/commonswriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace livedna {

namespace {

void putString(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// One JSON array from one list: every list of the format is written element by element.
template<typename List, typename ToJson>
QJsonArray arrayOf(const List &list, ToJson toJson)
{
    QJsonArray array;
    for (const auto &item : list)
        array.append(toJson(item));
    return array;
}

QJsonArray sourcesJson(const QList<Source> &sources)
{
    return arrayOf(sources, &CommonsWriter::sourceJson);
}

QJsonObject reportedJson(const Reported &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("employees_gbp"), optionalNumber(r.employeesGbp));
    o.insert(QStringLiteral("running_gbp"), optionalNumber(r.runningGbp));
    o.insert(QStringLiteral("income_gbp"), optionalNumber(r.incomeGbp));
    o.insert(QStringLiteral("net_gbp"), optionalNumber(r.netGbp));
    putString(o, "source", r.source);
    return o;
}

QJsonObject systemJson(const SystemUse &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("name"), s.name);
    o.insert(QStringLiteral("capability"), s.capability);
    putString(o, "product", s.product);
    putString(o, "source", s.source);
    return o;
}

QJsonObject headerJson(const Organisation &org)
{
    QJsonObject h;
    h.insert(QStringLiteral("code"), org.code);
    h.insert(QStringLiteral("name"), org.name);
    h.insert(QStringLiteral("kind"), orgKindToString(org.kind));
    putString(h, "type", org.type);
    putString(h, "region", org.region);
    if (org.population)
        h.insert(QStringLiteral("population"), double(*org.population));
    if (!org.neighbours.isEmpty())
        h.insert(QStringLiteral("neighbours"), QJsonArray::fromStringList(org.neighbours));
    return h;
}

QJsonObject capabilityJson(const Capability &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), c.id);
    putString(o, "name", c.name);
    o.insert(QStringLiteral("layer"), layerToString(c.layer));
    if (c.work)
        o.insert(QStringLiteral("work"), workToString(*c.work));
    putString(o, "source", c.source);
    return o;
}

QJsonObject productJson(const Product &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("name"), p.name);
    putString(o, "vendor", p.vendor);
    o.insert(QStringLiteral("capability"), p.capability);
    putString(o, "source", p.source);
    return o;
}

QJsonObject catalogueBrickJson(const CatalogueBrick &b)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), b.id);
    o.insert(QStringLiteral("name"), b.name);
    o.insert(QStringLiteral("capability"), b.capability);
    putString(o, "provider", b.provider);
    putString(o, "evolution", b.evolution);
    putString(o, "description", b.description);
    o.insert(QStringLiteral("standard_annual_cost_gbp"), b.standardAnnualCostGbp);
    if (b.pricing) {
        QJsonObject p;
        p.insert(QStringLiteral("fixed_gbp"), b.pricing->fixedGbp);
        p.insert(QStringLiteral("per_unit_gbp"), b.pricing->perUnitGbp);
        p.insert(QStringLiteral("unit"), pricingUnitToString(b.pricing->unit));
        putString(p, "source", b.pricing->source);
        o.insert(QStringLiteral("pricing"), p);
    }
    putString(o, "source", b.source);
    return o;
}

QString documentTypeText(DocumentType type)
{
    switch (type) {
    case DocumentType::Bricks:
        return QStringLiteral("bricks");
    case DocumentType::Lgsl:
        return QStringLiteral("lgsl");
    case DocumentType::Areas:
        return QStringLiteral("areas");
    case DocumentType::Benchmarks:
        return QStringLiteral("benchmarks");
    case DocumentType::Organisation:
        break;
    }
    return QStringLiteral("organisation");
}

} // namespace

QJsonObject CommonsWriter::sourceJson(const Source &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("title"), s.title);
    putString(o, "publisher", s.publisher);
    putString(o, "licence", s.licence);
    putString(o, "url", s.url);
    putString(o, "period", s.period);
    putString(o, "retrieved", s.retrieved);
    return o;
}

QJsonObject CommonsWriter::brickJson(const BrickInstance &b)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), b.id);
    putString(o, "name", b.name);
    putString(o, "uses", b.uses);
    putString(o, "capability", b.capability);
    o.insert(QStringLiteral("annual_cost_gbp"), b.annualCostGbp);
    if (b.fte)
        o.insert(QStringLiteral("fte"), *b.fte);
    if (b.basis != Basis::Published)
        o.insert(QStringLiteral("basis"), basisToString(b.basis));
    putString(o, "source", b.source);
    return o;
}

QJsonObject CommonsWriter::serviceJson(const Service &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("name"), s.name);
    if (s.lgsl)
        o.insert(QStringLiteral("lgsl"), *s.lgsl);
    putString(o, "category", s.category);
    putString(o, "period", s.period);
    if (s.volume)
        o.insert(QStringLiteral("volume"), *s.volume);
    if (!s.value.isEmpty()) {
        QJsonObject value;
        for (auto it = s.value.cbegin(); it != s.value.cend(); ++it)
            value.insert(it.key(), it.value());
        o.insert(QStringLiteral("value"), value);
    }
    if (s.reportedCostGbp)
        o.insert(QStringLiteral("reported_cost_gbp"), *s.reportedCostGbp);
    putString(o, "source", s.source);
    if (s.layer)
        o.insert(QStringLiteral("layer"), layerToString(*s.layer));
    if (s.reported)
        o.insert(QStringLiteral("reported"), reportedJson(*s.reported));
    o.insert(QStringLiteral("bricks"), arrayOf(s.bricks, &CommonsWriter::brickJson));
    if (!s.systems.isEmpty())
        o.insert(QStringLiteral("systems"), arrayOf(s.systems, systemJson));
    if (!s.flows.isEmpty()) {
        QJsonArray flows;
        for (const Flow &f : s.flows) {
            QJsonObject fo;
            fo.insert(QStringLiteral("from"), f.from);
            fo.insert(QStringLiteral("to"), f.to);
            putString(fo, "label", f.label);
            flows.append(fo);
        }
        o.insert(QStringLiteral("flows"), flows);
    }
    return o;
}

QJsonObject CommonsWriter::organisationJson(const Organisation &org)
{
    QJsonObject doc;
    doc.insert(QStringLiteral("format"), QStringLiteral("livedna-org/1"));
    doc.insert(QStringLiteral("organisation"), headerJson(org));
    doc.insert(QStringLiteral("period"), org.period);
    if (!org.sources.isEmpty())
        doc.insert(QStringLiteral("sources"), sourcesJson(org.sources));
    doc.insert(QStringLiteral("services"), arrayOf(org.services, &CommonsWriter::serviceJson));
    return doc;
}

QByteArray CommonsWriter::organisationBytes(const Organisation &org)
{
    return QJsonDocument(organisationJson(org)).toJson(QJsonDocument::Indented);
}

QJsonObject CommonsWriter::catalogueJson(const Catalogue &cat)
{
    QJsonObject doc;
    doc.insert(QStringLiteral("format"), QStringLiteral("livedna-bricks/1"));
    if (!cat.sources.isEmpty())
        doc.insert(QStringLiteral("sources"), sourcesJson(cat.sources));
    doc.insert(QStringLiteral("capabilities"), arrayOf(cat.capabilities, capabilityJson));
    if (!cat.products.isEmpty())
        doc.insert(QStringLiteral("products"), arrayOf(cat.products, productJson));
    doc.insert(QStringLiteral("bricks"), arrayOf(cat.bricks, catalogueBrickJson));
    return doc;
}

QByteArray CommonsWriter::catalogueBytes(const Catalogue &cat)
{
    return QJsonDocument(catalogueJson(cat)).toJson(QJsonDocument::Indented);
}

QJsonObject CommonsWriter::indexEntryJson(const IndexEntry &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("path"), e.path);
    o.insert(QStringLiteral("type"), documentTypeText(e.type));
    putString(o, "org", e.org);
    putString(o, "period", e.period);
    o.insert(QStringLiteral("sha256"), e.sha256);
    o.insert(QStringLiteral("bytes"), double(e.bytes));
    return o;
}

QJsonObject CommonsWriter::indexJson(const CommonsIndex &index)
{
    QJsonObject doc;
    doc.insert(QStringLiteral("format"), QStringLiteral("livedna-commons/1"));
    doc.insert(QStringLiteral("commons"), index.commons);
    putString(doc, "title", index.title);
    doc.insert(QStringLiteral("version"), double(index.version));
    doc.insert(QStringLiteral("published"), index.published.toUTC().toString(Qt::ISODate));
    if (index.expires.isValid())
        doc.insert(QStringLiteral("expires"), index.expires.toUTC().toString(Qt::ISODate));
    doc.insert(QStringLiteral("documents"), arrayOf(index.documents, &CommonsWriter::indexEntryJson));
    return doc;
}

QByteArray CommonsWriter::indexBytes(const CommonsIndex &index)
{
    return QJsonDocument(indexJson(index)).toJson(QJsonDocument::Indented);
}

} // namespace livedna
