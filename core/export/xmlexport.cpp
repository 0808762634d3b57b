#include "core/domain/measures.h"
#include "core/export/exporter.h"
#include "core/export/servicelayout.h"
#include "core/proposal/compare.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <cmath>

namespace livedna {

namespace {

// One service drawn in an export: the proposed one, its baseline, or a published one.
struct Scene
{
    QString prefix; // unique per scene, keeps ids apart
    QString label;
    const Service *service = nullptr;
    QHash<QString, QPointF> layout;
};

QList<Scene> scenesOf(const ExportInput &in)
{
    QList<Scene> scenes;
    if (in.isProposal()) {
        scenes.append({QStringLiteral("proposed"), Exporter::tr("Proposed"), &in.services.first(), in.layout});
        if (in.baseline)
            scenes.append({QStringLiteral("baseline"), Exporter::tr("Baseline"), &*in.baseline, {}});
    } else {
        for (const Service &s : in.services)
            scenes.append({s.id, QString(), &s, {}});
    }
    return scenes;
}

// xs:ID is an NCName: letters, digits, '.', '-', '_', not starting with a digit.
QString xmlId(const QString &kind, const QString &a, const QString &b = QString())
{
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9._-]"));
    QString id = QStringLiteral("id-") + kind + QLatin1Char('-') + a;
    if (!b.isEmpty())
        id += QStringLiteral("--") + b;
    id.replace(bad, QStringLiteral("_"));
    return id;
}

QString num(double v)
{
    return QString::number(v, 'f', v == std::floor(v) ? 0 : 2);
}

QString changeOf(const ExportInput &in, const Scene &scene, const QString &brickId, const ServiceDiff &diff)
{
    if (!in.isProposal() || !in.baseline || scene.prefix != QLatin1String("proposed"))
        return {};
    if (const BrickChange *c = diff.brick(brickId))
        return c->kind == ChangeKind::Added ? QStringLiteral("added") : QStringLiteral("changed");
    return QStringLiteral("unchanged");
}

} // namespace

QByteArray Exporter::toGraphMl(const ExportInput &in)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("graphml"));
    w.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    w.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    w.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                     QStringLiteral("http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    struct Key { const char *id; const char *forWhat; const char *name; const char *type; };
    static const Key keys[] = {
        {"label", "node", "label", "string"}, {"scene", "node", "scene", "string"},
        {"service", "node", "service", "string"}, {"brick", "node", "brick", "string"},
        {"kind", "node", "kind", "string"}, {"uses", "node", "uses", "string"},
        {"capability", "node", "capability", "string"}, {"layer", "node", "layer", "string"},
        {"cost", "node", "annual_cost_gbp", "double"}, {"fte", "node", "fte", "double"},
        {"change", "node", "change", "string"}, {"elabel", "edge", "label", "string"},
    };
    for (const Key &k : keys) {
        w.writeStartElement(QStringLiteral("key"));
        w.writeAttribute(QStringLiteral("id"), QLatin1String(k.id));
        w.writeAttribute(QStringLiteral("for"), QLatin1String(k.forWhat));
        w.writeAttribute(QStringLiteral("attr.name"), QLatin1String(k.name));
        w.writeAttribute(QStringLiteral("attr.type"), QLatin1String(k.type));
        w.writeEndElement();
    }
    w.writeStartElement(QStringLiteral("graph"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("livedna"));
    w.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    const ServiceDiff diff = in.baseline ? Compare::services(*in.baseline, in.services.first()) : ServiceDiff();
    auto data = [&](const char *key, const QString &value) {
        if (value.isEmpty())
            return;
        w.writeStartElement(QStringLiteral("data"));
        w.writeAttribute(QStringLiteral("key"), QLatin1String(key));
        w.writeCharacters(value);
        w.writeEndElement();
    };
    const QList<Scene> scenes = scenesOf(in);
    for (const Scene &sc : scenes) {
        for (const BrickInstance &b : sc.service->bricks) {
            w.writeStartElement(QStringLiteral("node"));
            w.writeAttribute(QStringLiteral("id"), sc.prefix + QLatin1Char('/') + b.id);
            data("label", b.name.isEmpty() ? b.id : b.name);
            data("scene", sc.label.isEmpty() ? QStringLiteral("published") : sc.prefix);
            data("service", sc.service->id);
            data("brick", b.id);
            data("kind", b.isStandard() ? QStringLiteral("standard") : QStringLiteral("bespoke"));
            data("uses", b.uses);
            data("capability", capabilityOf(b, in.catalogue));
            data("layer", layerToString(layerOf(b, in.catalogue)));
            data("cost", num(b.annualCostGbp));
            if (b.fte)
                data("fte", num(*b.fte));
            data("change", changeOf(in, sc, b.id, diff));
            w.writeEndElement();
        }
    }
    int edge = 0;
    for (const Scene &sc : scenes) {
        for (const Flow &f : sc.service->flows) {
            w.writeStartElement(QStringLiteral("edge"));
            w.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(edge++));
            w.writeAttribute(QStringLiteral("source"), sc.prefix + QLatin1Char('/') + f.from);
            w.writeAttribute(QStringLiteral("target"), sc.prefix + QLatin1Char('/') + f.to);
            data("elabel", f.label);
            w.writeEndElement();
        }
    }
    w.writeEndElement(); // graph
    w.writeEndElement(); // graphml
    w.writeEndDocument();
    return out;
}

QByteArray Exporter::toArchiMate(const ExportInput &in)
{
    static const QString ns = QStringLiteral("http://www.opengroup.org/xsd/archimate/3.0/");
    static const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    static const QString xmlNs = QStringLiteral("http://www.w3.org/XML/1998/namespace");
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("model"));
    w.writeDefaultNamespace(ns);
    w.writeNamespace(xsi, QStringLiteral("xsi"));
    w.writeAttribute(xsi, QStringLiteral("schemaLocation"),
                     ns + QStringLiteral(" http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd"));
    w.writeAttribute(QStringLiteral("identifier"), xmlId(QStringLiteral("model"), in.orgCode.isEmpty() ? QStringLiteral("proposal") : in.orgCode));
    auto name = [&](const QString &text) {
        w.writeStartElement(QStringLiteral("name"));
        w.writeAttribute(xmlNs, QStringLiteral("lang"), QStringLiteral("en"));
        w.writeCharacters(text);
        w.writeEndElement();
    };
    auto documentation = [&](const QString &text) {
        if (text.isEmpty())
            return;
        w.writeStartElement(QStringLiteral("documentation"));
        w.writeAttribute(xmlNs, QStringLiteral("lang"), QStringLiteral("en"));
        w.writeCharacters(text);
        w.writeEndElement();
    };
    struct Prop { QString def; QString value; };
    auto properties = [&](const QList<Prop> &props) {
        bool any = false;
        for (const Prop &p : props)
            any = any || !p.value.isEmpty();
        if (!any)
            return;
        w.writeStartElement(QStringLiteral("properties"));
        for (const Prop &p : props) {
            if (p.value.isEmpty())
                continue;
            w.writeStartElement(QStringLiteral("property"));
            w.writeAttribute(QStringLiteral("propertyDefinitionRef"), p.def);
            w.writeStartElement(QStringLiteral("value"));
            w.writeAttribute(xmlNs, QStringLiteral("lang"), QStringLiteral("en"));
            w.writeCharacters(p.value);
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    };
    const QString pdCost = QStringLiteral("pd-annual-cost-gbp");
    const QString pdFte = QStringLiteral("pd-fte");
    const QString pdCapability = QStringLiteral("pd-capability");
    const QString pdLayer = QStringLiteral("pd-layer");
    const QString pdKind = QStringLiteral("pd-kind");
    const QString pdUses = QStringLiteral("pd-uses");
    const QString pdBrick = QStringLiteral("pd-brick-id");
    const QString pdStandard = QStringLiteral("pd-standard-cost-gbp");
    const QString pdChange = QStringLiteral("pd-change");
    const QString pdOrg = QStringLiteral("pd-organisation");

    name(in.title);
    documentation(in.isProposal() ? in.rationale : in.provenance.join(QLatin1Char('\n')));
    properties({{pdOrg, in.orgCode}});

    const QList<Scene> scenes = scenesOf(in);
    const ServiceDiff diff = in.baseline ? Compare::services(*in.baseline, in.services.first()) : ServiceDiff();
    QStringList capabilities;
    for (const Scene &sc : scenes) {
        for (const BrickInstance &b : sc.service->bricks) {
            const QString c = capabilityOf(b, in.catalogue);
            if (!c.isEmpty() && !capabilities.contains(c))
                capabilities.append(c);
        }
    }

    w.writeStartElement(QStringLiteral("elements"));
    for (const QString &c : capabilities) {
        w.writeStartElement(QStringLiteral("element"));
        w.writeAttribute(QStringLiteral("identifier"), xmlId(QStringLiteral("cap"), c));
        w.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("Capability"));
        const Capability *cap = in.catalogue.capability(c);
        name(cap && !cap->name.isEmpty() ? cap->name : c);
        const CatalogueBrick *cheapest = in.catalogue.cheapestBrick(c);
        properties({{pdCapability, c}, {pdLayer, cap ? layerToString(cap->layer) : QString()},
                    {pdStandard, cheapest ? num(cheapest->standardAnnualCostGbp) : QString()}});
        w.writeEndElement();
    }
    for (const Scene &sc : scenes) {
        const CostSplit split = measureService(*sc.service, in.catalogue);
        w.writeStartElement(QStringLiteral("element"));
        w.writeAttribute(QStringLiteral("identifier"), xmlId(QStringLiteral("svc"), sc.prefix));
        w.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("BusinessService"));
        name(sc.label.isEmpty() ? sc.service->name : QStringLiteral("%1 (%2)").arg(sc.service->name, sc.label));
        properties({{pdCost, num(split.total)}, {pdOrg, in.orgCode}});
        w.writeEndElement();
        for (const BrickInstance &b : sc.service->bricks) {
            const Layer layer = layerOf(b, in.catalogue);
            w.writeStartElement(QStringLiteral("element"));
            w.writeAttribute(QStringLiteral("identifier"), xmlId(QStringLiteral("brick"), sc.prefix, b.id));
            // Frontline work is people doing things (a business process); overhead bricks are
            // mostly systems and shared services (application components).
            w.writeAttribute(xsi, QStringLiteral("type"), layer == Layer::Frontline ? QStringLiteral("BusinessProcess")
                                                                                 : QStringLiteral("ApplicationComponent"));
            name(b.name.isEmpty() ? b.id : b.name);
            const CatalogueBrick *used = b.isStandard() ? in.catalogue.brick(b.uses) : nullptr;
            if (used)
                documentation(used->description);
            properties({{pdBrick, b.id},
                        {pdCost, num(b.annualCostGbp)},
                        {pdFte, b.fte ? num(*b.fte) : QString()},
                        {pdCapability, capabilityOf(b, in.catalogue)},
                        {pdLayer, layerToString(layer)},
                        {pdKind, b.isStandard() ? QStringLiteral("standard") : QStringLiteral("bespoke")},
                        {pdUses, b.uses},
                        {pdStandard, used ? num(used->standardAnnualCostGbp) : QString()},
                        {pdChange, changeOf(in, sc, b.id, diff)}});
            w.writeEndElement();
        }
    }
    w.writeEndElement(); // elements

    w.writeStartElement(QStringLiteral("relationships"));
    auto relationship = [&](const QString &id, const QString &type, const QString &source, const QString &target,
                            const QString &label) {
        w.writeStartElement(QStringLiteral("relationship"));
        w.writeAttribute(QStringLiteral("identifier"), id);
        w.writeAttribute(QStringLiteral("source"), source);
        w.writeAttribute(QStringLiteral("target"), target);
        w.writeAttribute(xsi, QStringLiteral("type"), type);
        if (!label.isEmpty())
            name(label);
        w.writeEndElement();
    };
    for (const Scene &sc : scenes) {
        for (const BrickInstance &b : sc.service->bricks) {
            const QString brickId = xmlId(QStringLiteral("brick"), sc.prefix, b.id);
            relationship(xmlId(QStringLiteral("serves"), sc.prefix, b.id), QStringLiteral("Serving"), brickId,
                         xmlId(QStringLiteral("svc"), sc.prefix), QString());
            const QString c = capabilityOf(b, in.catalogue);
            if (!c.isEmpty())
                relationship(xmlId(QStringLiteral("realises"), sc.prefix, b.id), QStringLiteral("Realization"), brickId,
                             xmlId(QStringLiteral("cap"), c), QString());
        }
        for (int i = 0; i < sc.service->flows.size(); ++i) {
            const Flow &f = sc.service->flows.at(i);
            relationship(xmlId(QStringLiteral("flow"), sc.prefix, QString::number(i)), QStringLiteral("Flow"),
                         xmlId(QStringLiteral("brick"), sc.prefix, f.from), xmlId(QStringLiteral("brick"), sc.prefix, f.to), f.label);
        }
    }
    w.writeEndElement(); // relationships

    w.writeStartElement(QStringLiteral("propertyDefinitions"));
    const QList<QPair<QString, QString>> defs = {
        {pdOrg, QStringLiteral("Organisation")}, {pdBrick, QStringLiteral("Brick id")},
        {pdCost, QStringLiteral("Annual cost (GBP)")}, {pdFte, QStringLiteral("FTE")},
        {pdCapability, QStringLiteral("Capability")}, {pdLayer, QStringLiteral("Layer")},
        {pdKind, QStringLiteral("Standard or bespoke")}, {pdUses, QStringLiteral("Commons brick")},
        {pdStandard, QStringLiteral("Standard annual cost (GBP)")}, {pdChange, QStringLiteral("Change against baseline")}};
    for (const auto &d : defs) {
        w.writeStartElement(QStringLiteral("propertyDefinition"));
        w.writeAttribute(QStringLiteral("identifier"), d.first);
        const bool numeric = d.first == pdCost || d.first == pdFte || d.first == pdStandard;
        w.writeAttribute(QStringLiteral("type"), numeric ? QStringLiteral("number") : QStringLiteral("string"));
        name(d.second);
        w.writeEndElement();
    }
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("views"));
    w.writeStartElement(QStringLiteral("diagrams"));
    for (const Scene &sc : scenes) {
        w.writeStartElement(QStringLiteral("view"));
        w.writeAttribute(QStringLiteral("identifier"), xmlId(QStringLiteral("view"), sc.prefix));
        w.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("Diagram"));
        name(sc.label.isEmpty() ? sc.service->name : QStringLiteral("%1 (%2)").arg(sc.service->name, sc.label));
        const ServiceLayout layout = ServiceLayout::compute(*sc.service, sc.layout, QPointF(24, 120));
        auto node = [&](const QString &id, const QString &elementRef, const QRectF &r) {
            w.writeStartElement(QStringLiteral("node"));
            w.writeAttribute(QStringLiteral("identifier"), id);
            w.writeAttribute(QStringLiteral("elementRef"), elementRef);
            w.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("Element"));
            w.writeAttribute(QStringLiteral("x"), QString::number(qMax(0, qRound(r.x()))));
            w.writeAttribute(QStringLiteral("y"), QString::number(qMax(0, qRound(r.y()))));
            w.writeAttribute(QStringLiteral("w"), QString::number(qMax(1, qRound(r.width()))));
            w.writeAttribute(QStringLiteral("h"), QString::number(qMax(1, qRound(r.height()))));
            w.writeEndElement();
        };
        node(xmlId(QStringLiteral("node"), sc.prefix, QStringLiteral("service")), xmlId(QStringLiteral("svc"), sc.prefix),
             QRectF(24, 24, qMax(240.0, layout.bounds.width()), 60));
        for (const BrickInstance &b : sc.service->bricks)
            node(xmlId(QStringLiteral("node"), sc.prefix, b.id), xmlId(QStringLiteral("brick"), sc.prefix, b.id), layout.boxes.value(b.id));
        for (int i = 0; i < sc.service->flows.size(); ++i) {
            const Flow &f = sc.service->flows.at(i);
            w.writeStartElement(QStringLiteral("connection"));
            w.writeAttribute(QStringLiteral("identifier"), xmlId(QStringLiteral("conn"), sc.prefix, QString::number(i)));
            w.writeAttribute(QStringLiteral("relationshipRef"), xmlId(QStringLiteral("flow"), sc.prefix, QString::number(i)));
            w.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("Relationship"));
            w.writeAttribute(QStringLiteral("source"), xmlId(QStringLiteral("node"), sc.prefix, f.from));
            w.writeAttribute(QStringLiteral("target"), xmlId(QStringLiteral("node"), sc.prefix, f.to));
            w.writeEndElement();
        }
        w.writeEndElement(); // view
    }
    w.writeEndElement(); // diagrams
    w.writeEndElement(); // views
    w.writeEndElement(); // model
    w.writeEndDocument();
    return out;
}

} // namespace livedna
