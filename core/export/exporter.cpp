#include "core/export/exporter.h"

#include "core/domain/measures.h"
#include "core/proposal/proposalundo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace livedna {

QStringList Exporter::formatNames()
{
    return {QStringLiteral("pdf"), QStringLiteral("archimate"), QStringLiteral("graphml"),
            QStringLiteral("csv"), QStringLiteral("json")};
}

std::optional<ExportFormat> Exporter::formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (n == QLatin1String("archimate") || n == QLatin1String("xml"))
        return ExportFormat::ArchiMate;
    if (n == QLatin1String("graphml"))
        return ExportFormat::GraphMl;
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (n == QLatin1String("json"))
        return ExportFormat::Json;
    return std::nullopt;
}

QString Exporter::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf: return QStringLiteral(".pdf");
    case ExportFormat::ArchiMate: return QStringLiteral(".xml");
    case ExportFormat::GraphMl: return QStringLiteral(".graphml");
    case ExportFormat::Csv: return QStringLiteral(".csv");
    case ExportFormat::Json: return QStringLiteral(".livedna-proposal.json");
    }
    return {};
}

QString Exporter::areaLine(const ProposalArea &a)
{
    return a.mp.isEmpty() ? tr("Started from My area: the constituency of %1 (%2)").arg(a.name, a.constituency)
                          : tr("Started from My area: the constituency of %1 (%2), MP %3").arg(a.name, a.constituency, a.mp);
}

ExportInput Exporter::fromProposal(const Proposal &p)
{
    ExportInput in;
    in.title = p.title;
    in.author = p.author;
    in.rationale = p.rationale;
    in.catalogue = p.catalogue;
    in.services = {p.service};
    in.layout = p.layout;
    in.proposal = p;
    if (p.baseline) {
        const ProposalBaseline &b = *p.baseline;
        in.orgCode = b.org;
        in.orgName = b.orgName;
        in.baseline = b.service;
        in.provenance << tr("Baseline: service “%1” (%2) of %3 (%4)").arg(b.service.name, b.serviceId,
                                                                          b.orgName.isEmpty() ? b.org : b.orgName, b.org)
                      << tr("Commons %1, version %2").arg(b.commons).arg(b.commonsVersion)
                      << tr("Organisation document SHA-256: %1").arg(b.documentSha256);
    } else {
        in.provenance << tr("A new service: no published baseline.");
    }
    if (p.area)
        in.provenance << areaLine(*p.area);
    in.provenance << tr("Proposal created %1, last modified %2")
                         .arg(p.created.toUTC().toString(Qt::ISODate), p.modified.toUTC().toString(Qt::ISODate));
    in.effect = computeEffect(in.baseline ? &*in.baseline : nullptr, p.service, p.catalogue);
    return in;
}

Result<ExportInput> Exporter::fromOrganisation(const Organisation &org, const Catalogue &catalogue,
                                               const QStringList &serviceIds, const QStringList &provenance)
{
    ExportInput in;
    in.orgCode = org.code;
    in.orgName = org.name;
    in.catalogue = catalogue;
    in.provenance = provenance;
    in.provenance << tr("Financial year %1").arg(org.period);
    for (const Service &s : org.services) {
        if (serviceIds.isEmpty() || serviceIds.contains(s.id))
            in.services.append(s);
    }
    for (const QString &id : serviceIds) {
        if (std::none_of(org.services.begin(), org.services.end(), [&](const Service &s) { return s.id == id; }))
            return Result<ExportInput>::failure({}, {}, tr("%1 publishes no service '%2'.").arg(org.code, id));
    }
    in.title = in.services.size() == 1 ? tr("%1: %2").arg(org.name, in.services.first().name)
                                       : tr("%1: published services").arg(org.name);
    Organisation subset = org;
    subset.services = in.services;
    in.organisation = subset;
    return in;
}

Result<QByteArray> Exporter::render(const ExportInput &input, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf: return toPdf(input);
    case ExportFormat::ArchiMate: return toArchiMate(input);
    case ExportFormat::GraphMl: return toGraphMl(input);
    case ExportFormat::Csv: return toCsv(input);
    case ExportFormat::Json: return toJson(input);
    }
    return Result<QByteArray>::failure({}, {}, tr("Unknown export format."));
}

Status Exporter::write(const ExportInput &input, ExportFormat format, const QString &path)
{
    const Result<QByteArray> bytes = render(input, format);
    if (!bytes)
        return Status::failure(bytes.errorString());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, f.errorString()));
    f.write(bytes.value());
    if (!f.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, f.errorString()));
    return Status::success();
}

QByteArray Exporter::toJson(const ExportInput &input)
{
    if (input.proposal)
        return ProposalFile::toJson(*input.proposal);
    // Published compositions go out in the commons format itself, with the bricks they use.
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("livedna-org/1"));
    if (input.organisation) {
        const Organisation &org = *input.organisation;
        QJsonObject oo{{QStringLiteral("code"), org.code}, {QStringLiteral("name"), org.name},
                       {QStringLiteral("kind"), orgKindToString(org.kind)}};
        if (!org.type.isEmpty())
            oo.insert(QStringLiteral("type"), org.type);
        if (!org.region.isEmpty())
            oo.insert(QStringLiteral("region"), org.region);
        if (org.population)
            oo.insert(QStringLiteral("population"), double(*org.population));
        if (!org.neighbours.isEmpty())
            oo.insert(QStringLiteral("neighbours"), QJsonArray::fromStringList(org.neighbours));
        o.insert(QStringLiteral("organisation"), oo);
        o.insert(QStringLiteral("period"), org.period);
    }
    QJsonArray services;
    for (const Service &s : input.services)
        services.append(serviceToJson(s));
    o.insert(QStringLiteral("services"), services);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

static QString csvField(const QString &s)
{
    // RFC 4180: quote fields with a comma, quote or line break, doubling inner quotes. A
    // leading = + - @ is defused so a spreadsheet never runs a name as a formula.
    QString v = s;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.at(0)) && !(v.at(0) == QLatin1Char('-') && v.size() > 1 && v.at(1).isDigit()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

static QString number(double v)
{
    return QString::number(v, 'f', v == std::floor(v) ? 0 : 2);
}

QByteArray Exporter::toCsv(const ExportInput &input)
{
    QStringList lines;
    lines << QStringLiteral("version,org,service_id,service_name,brick_id,brick_name,kind,uses,capability,"
                            "capability_name,layer,annual_cost_gbp,fte,standard_cost_gbp,saving_vs_cheapest_standard_gbp,work");
    // A proposal's effect first, one row per measure (version "effect", the measure in
    // brick_id and kind): the frontline cut is a row of its own, never netted into a saving.
    if (input.isProposal() && input.effect) {
        const Effect &e = *input.effect;
        auto effectRow = [&](const QString &id, const QString &label, const QString &kind, const QString &gbp,
                             const QString &fte) {
            lines << QStringList{QStringLiteral("effect"), csvField(input.orgCode), QString(), QString(), id,
                                 csvField(label), kind, QString(), QString(), QString(), QString(), gbp, fte,
                                 QString(), QString(), QString()}
                         .join(QLatin1Char(','));
        };
        effectRow(QStringLiteral("annual_saving_gbp"), tr("Saving on overhead and digital capabilities"),
                  QStringLiteral("saving"), number(e.annualSaving), QString());
        effectRow(QStringLiteral("moved_to_frontline_gbp"), tr("Moved to the frontline"), QStringLiteral("moved"),
                  number(e.movedToFrontlineGbp), QString());
        effectRow(QStringLiteral("frontline_cut"), tr("Frontline cut (not a saving)"),
                  e.cutsFrontline() ? QStringLiteral("frontline cut") : QStringLiteral("none"),
                  number(e.frontlineCutGbp), number(e.frontlineFteCut));
        effectRow(QStringLiteral("net_change_gbp"), tr("Net change in total cost, frontline cut included"),
                  QStringLiteral("net"), number(e.netChangeGbp()), QString());
    }
    auto rows = [&](const QString &version, const Service &s) {
        for (const BrickInstance &b : s.bricks) {
            const QString cap = capabilityOf(b, input.catalogue);
            const Capability *c = input.catalogue.capability(cap);
            const CatalogueBrick *cheapest = input.catalogue.cheapestBrick(cap);
            const CatalogueBrick *used = b.isStandard() ? input.catalogue.brick(b.uses) : nullptr;
            QString saving;
            const Work work = c ? c->effectiveWork() : Work::Digital;
            // People's work has no saving to claim: replacing it is a frontline cut.
            if (!b.isStandard() && cheapest && work == Work::Digital)
                saving = number(std::max(0.0, b.annualCostGbp - cheapest->standardAnnualCostGbp));
            lines << QStringList{csvField(version), csvField(input.orgCode), csvField(s.id), csvField(s.name),
                                 csvField(b.id), csvField(b.name),
                                 b.isStandard() ? QStringLiteral("standard") : QStringLiteral("bespoke"),
                                 csvField(b.uses), csvField(cap), csvField(c ? c->name : QString()),
                                 layerToString(layerOf(b, input.catalogue)), number(b.annualCostGbp),
                                 b.fte ? number(*b.fte) : QString(),
                                 used ? number(used->standardAnnualCostGbp) : QString(), saving,
                                 workToString(work)}
                         .join(QLatin1Char(','));
        }
    };
    if (input.baseline)
        rows(QStringLiteral("baseline"), *input.baseline);
    for (const Service &s : input.services)
        rows(input.isProposal() ? QStringLiteral("proposed") : QStringLiteral("published"), s);
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace livedna
