#include "core/cli/cli.h"

#include "core/analysis/analysiscacheloader.h"
#include "core/analysis/analysisjson.h"
#include "core/cache/cache.h"
#include "core/models/format.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>

namespace livedna {

namespace {

struct AnalysisCli
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisCli)
};

QString money(double v)
{
    // Scripts parse --json; the table is for people, so group the digits the British way.
    return Format::gbpPlain(v);
}

QString moneyOpt(const std::optional<double> &v)
{
    return v ? money(*v) : QStringLiteral("-");
}

// "£c (£l to £h)": the 1.1 estimate with its range; "-" when there is none.
QString moneyRange(const std::optional<EstimateRange> &r)
{
    if (!r)
        return QStringLiteral("-");
    return AnalysisCli::tr("%1 (%2 to %3)").arg(money(r->central), money(r->low), money(r->high));
}

QString estimateText(const OrgCapabilityFigure &f)
{
    switch (f.estimateStatus) {
    case EstimateStatus::Estimated:
        return AnalysisCli::tr("estimated saving %1").arg(moneyRange(f.estimatedSavingGbp));
    case EstimateStatus::PeopleWork:
        return AnalysisCli::tr("people work: no saving (replacing it would cut the frontline)");
    case EstimateStatus::UnitsUnknown:
        return AnalysisCli::tr("estimated saving unknown (the brick's price needs units not published)");
    case EstimateStatus::NoBrick:
    case EstimateStatus::NoBespoke:
        break;
    }
    return QString();
}

void addCommon(QCommandLineParser &p)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addHelpOption();
    p.addOption({QStringLiteral("json"), AnalysisCli::tr("Print JSON instead of a table.")});
    p.addOption({QStringLiteral("commons"), AnalysisCli::tr("Analyse commons ID (default: the last synced)."), QStringLiteral("ID")});
}

// Parses; returns -1 to go on, else the exit code to return (help printed or usage error).
int parse(CliContext &ctx, QCommandLineParser &p, int maxPositional)
{
    if (!p.parse(ctx.arguments()))
        return ctx.fail(ExitUsage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        ctx.out() << p.helpText();
        return ExitOk;
    }
    if (p.positionalArguments().size() > maxPositional)
        return ctx.fail(ExitUsage, AnalysisCli::tr("too many arguments; see --help"));
    return -1;
}

// Opens the cache and loads the analysis table; returns the exit code on failure.
int load(CliContext &ctx, const QCommandLineParser &p, AnalysisInput *input,
         AnalysisCacheLoader::Parts parts = AnalysisCacheLoader::Parts::NoValueInputs)
{
    Cache *cache = ctx.cache();
    if (!cache)
        return ExitIo;
    Result<AnalysisInput> r = AnalysisCacheLoader::load(*cache, p.value(QStringLiteral("commons")), parts);
    if (!r) {
        ctx.err() << "livedna-cli: " << r.errorString() << Qt::endl;
        return cache->commons(p.value(QStringLiteral("commons"))) ? ExitIo : ExitInvalid;
    }
    *input = r.take();
    return -1;
}

void printJson(CliContext &ctx, const QJsonDocument &doc)
{
    ctx.out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

int findOrg(CliContext &ctx, const AnalysisInput &in, const QString &code, int *org)
{
    *org = in.orgIndex(code);
    if (*org < 0) {
        // Codes are case-insensitive in practice (e06000001 is what people type).
        for (int i = 0; i < in.orgs.size(); ++i) {
            if (in.orgs.at(i).code.compare(code, Qt::CaseInsensitive) == 0)
                *org = i;
        }
    }
    if (*org < 0)
        return ctx.fail(ExitInvalid, AnalysisCli::tr("unknown organisation '%1'").arg(code));
    return -1;
}

int runDuplication(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(AnalysisCli::tr("Duplication index: for every capability, bespoke spend and the saving "
                                   "from the cheapest commons brick (docs/analysis.md)."));
    addCommon(p);
    p.addOption({QStringLiteral("capability"), AnalysisCli::tr("Only capability ID, with its organisations and instances."),
                 QStringLiteral("ID")});
    if (const int rc = parse(ctx, p, 0); rc >= 0)
        return rc;
    AnalysisInput in;
    if (const int rc = load(ctx, p, &in); rc >= 0)
        return rc;
    const DuplicationIndex index = computeDuplication(in);
    const bool json = p.isSet(QStringLiteral("json"));
    if (p.isSet(QStringLiteral("capability"))) {
        const QString id = p.value(QStringLiteral("capability"));
        const CapabilityDuplication *c = index.find(id);
        if (!c)
            return ctx.fail(ExitInvalid, AnalysisCli::tr("unknown capability '%1'").arg(id));
        if (json) {
            printJson(ctx, QJsonDocument(QJsonArray{analysisjson::capability(in, index, *c, true)}));
            return ExitOk;
        }
        ctx.out() << c->capabilityId << " (" << c->capabilityName << ", " << layerToString(c->layer) << ")\n"
                  << AnalysisCli::tr("organisations %1, standard instances %2, bespoke instances %3, bespoke spend %4")
                         .arg(c->organisations).arg(c->standardInstances).arg(c->bespokeInstances)
                         .arg(money(c->bespokeGbp)) << '\n';
        if (c->lacksCommonsBrick())
            ctx.out() << AnalysisCli::tr("The commons lacks a brick for this capability: %1 organisations spending %2 would benefit.")
                             .arg(c->bespokeOrganisations).arg(money(c->bespokeGbp)) << '\n';
        else
            ctx.out() << AnalysisCli::tr("cheapest commons brick %1 at %2; saving %3")
                             .arg(c->standardBrick, money(*c->standardCostGbp), money(*c->savingGbp)) << '\n';
        for (int fi : c->orgFigures) {
            const OrgCapabilityFigure &f = index.figures[size_t(fi)];
            ctx.out() << "  " << in.orgs.at(f.org).code.leftJustified(12) << ' '
                      << AnalysisCli::tr("bespoke %1 (%2 instances), saving %3")
                             .arg(money(f.bespokeGbp)).arg(f.bespokeInstances).arg(moneyOpt(f.savingGbp));
            if (const QString e = estimateText(f); !e.isEmpty())
                ctx.out() << "; " << e;
            ctx.out() << '\n';
            for (int i : f.instances) {
                const AnalysisInstance &inst = in.instances[size_t(i)];
                ctx.out() << "      " << in.services.at(inst.service).id << '/' << inst.bid << ' '
                          << (inst.isStandard() ? inst.uses : AnalysisCli::tr("bespoke")) << ' ' << money(inst.cost) << '\n';
            }
        }
        return ExitOk;
    }
    if (json) {
        printJson(ctx, QJsonDocument(analysisjson::duplication(in, index)));
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    out << AnalysisCli::tr("capability").leftJustified(28) << AnalysisCli::tr("orgs").rightJustified(6) << AnalysisCli::tr("std").rightJustified(8)
        << AnalysisCli::tr("bespoke").rightJustified(9) << AnalysisCli::tr("bespoke £").rightJustified(16) << "  "
        << AnalysisCli::tr("cheapest brick").leftJustified(36) << AnalysisCli::tr("cost").rightJustified(10) << AnalysisCli::tr("index").rightJustified(16)
        << "  " << AnalysisCli::tr("estimated saving (low to high)") << '\n';
    for (const CapabilityDuplication &c : index.capabilities) {
        // The estimate: people's work is never a saving; unknowns are counted, never £0.
        QString estimate = c.work == Work::People ? AnalysisCli::tr("none: people's work") : moneyRange(c.estimatedSavingGbp);
        if (c.estimateUnknown > 0)
            estimate += AnalysisCli::tr(" + %n unknown", nullptr, c.estimateUnknown);
        out << c.capabilityId.left(27).leftJustified(28) << QString::number(c.organisations).rightJustified(6)
            << QString::number(c.standardInstances).rightJustified(8)
            << QString::number(c.bespokeInstances).rightJustified(9) << money(c.bespokeGbp).rightJustified(16) << "  "
            << (c.lacksCommonsBrick() ? AnalysisCli::tr("(commons lacks one)") : c.standardBrick).left(35).leftJustified(36)
            << moneyOpt(c.standardCostGbp).rightJustified(10) << moneyOpt(c.savingGbp).rightJustified(16) << "  "
            << estimate << '\n';
    }
    out << AnalysisCli::tr("Total saving (duplication index): %1").arg(money(index.totalSavingGbp())) << '\n';
    int unknown = 0;
    const EstimateRange estimate = index.totalEstimatedSaving(&unknown);
    out << AnalysisCli::tr("Estimated saving: %1").arg(moneyRange(estimate));
    if (unknown > 0)
        out << AnalysisCli::tr(" + %n unknown", nullptr, unknown);
    out << '\n';
    return ExitOk;
}

int runSavings(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(AnalysisCli::tr("An organisation's savings opportunities, largest first."));
    addCommon(p);
    p.addPositionalArgument(QStringLiteral("ORG"), AnalysisCli::tr("Organisation code."));
    if (const int rc = parse(ctx, p, 1); rc >= 0)
        return rc;
    if (p.positionalArguments().isEmpty())
        return ctx.fail(ExitUsage, AnalysisCli::tr("savings needs an organisation code; see --help"));
    AnalysisInput in;
    if (const int rc = load(ctx, p, &in); rc >= 0)
        return rc;
    int org = -1;
    if (const int rc = findOrg(ctx, in, p.positionalArguments().constFirst(), &org); rc >= 0)
        return rc;
    const DuplicationIndex index = computeDuplication(in);
    if (p.isSet(QStringLiteral("json"))) {
        printJson(ctx, QJsonDocument(analysisjson::savings(in, index, org)));
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    out << in.orgs.at(org).code << ' ' << in.orgs.at(org).name << '\n';
    double total = 0.0;
    int rank = 0;
    for (const SavingsOpportunity &op : savingsOpportunities(index, org)) {
        total += op.figure->savingGbp.value_or(0.0);
        out << QString::number(++rank).rightJustified(3) << ". " << op.capability->capabilityId.leftJustified(26)
            << AnalysisCli::tr("bespoke %1 in %2 instances").arg(money(op.figure->bespokeGbp)).arg(op.figure->bespokeInstances) << ", ";
        if (op.capability->lacksCommonsBrick())
            out << AnalysisCli::tr("no commons brick yet") << '\n';
        else
            out << AnalysisCli::tr("saving %1 with %2").arg(money(*op.figure->savingGbp), op.capability->standardBrick)
                << "; " << estimateText(*op.figure) << '\n';
    }
    if (rank == 0)
        out << AnalysisCli::tr("No bespoke instances: nothing to save.") << '\n';
    out << AnalysisCli::tr("Total saving (duplication index): %1").arg(money(total)) << '\n';
    std::vector<int> unknown;
    const std::vector<EstimateRange> estimates = index.estimateByOrg(int(in.orgs.size()), &unknown);
    out << AnalysisCli::tr("Estimated saving: %1").arg(moneyRange(estimates[size_t(org)]));
    if (unknown[size_t(org)] > 0)
        out << AnalysisCli::tr(" + %n unknown", nullptr, unknown[size_t(org)]);
    out << '\n';
    return ExitOk;
}

// This commons' estimate beside the published national claims, with the coverage behind it.
static void printRollup(QTextStream &out, const NationalRollup &r)
{
    out << AnalysisCli::tr("Beside the published claims (%1)").arg(NationalRollup::manifestoSource()) << '\n';
    for (const RollupGroup *g : {&r.councils, &r.trusts}) {
        out << "  " << g->label << ": " << AnalysisCli::tr("this commons %1")
                                               .arg(g->estimatedSavingGbp ? moneyRange(*g->estimatedSavingGbp)
                                                                          : AnalysisCli::tr("no estimate"));
        if (g->perMappedOrganisationGbp)
            out << ", " << AnalysisCli::tr("%1 per mapped organisation").arg(money(g->perMappedOrganisationGbp->central));
        if (const PublishedClaim *c = r.claimFor(g->scope)) {
            out << "; " << AnalysisCli::tr("claimed %1 across %2 (%3 each)")
                               .arg(money(c->totalGbp))
                               .arg(c->organisations.value_or(0))
                               .arg(money(c->perOrganisationGbp.value_or(0.0)));
        }
        out << '\n' << "    " << NationalRollup::coverageSentence(*g, r.claimFor(g->scope)) << '\n';
    }
    if (const PublishedClaim *c = r.claimFor(QStringLiteral("public-sector")))
        out << "  " << c->label << ": " << AnalysisCli::tr("claimed %1").arg(money(c->totalGbp)) << '\n';
    out << "  " << NationalRollup::coverageSentence(r.all) << '\n';
}

int runScenario(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(AnalysisCli::tr("Frontline shift scenario: the saving as frontline posts, national roll-up."));
    addCommon(p);
    p.addPositionalArgument(QStringLiteral("ORG"), AnalysisCli::tr("Only this organisation (optional)."));
    p.addOption({QStringLiteral("share"), AnalysisCli::tr("Share of the estimated saving moved to the frontline, 0..1 (default 0.5)."), QStringLiteral("S")});
    p.addOption({QStringLiteral("post"), AnalysisCli::tr("Override a post's annual cost, e.g. nurse=41000 (repeatable)."),
                 QStringLiteral("ID=GBP")});
    if (const int rc = parse(ctx, p, 1); rc >= 0)
        return rc;
    ScenarioAssumptions a = ScenarioAssumptions::defaults();
    if (p.isSet(QStringLiteral("share"))) {
        bool ok = false;
        a.realisedShare = p.value(QStringLiteral("share")).toDouble(&ok);
        if (!ok || a.realisedShare < 0.0 || a.realisedShare > 1.0)
            return ctx.fail(ExitUsage, AnalysisCli::tr("--share must be a number from 0 to 1"));
    }
    for (const QString &spec : p.values(QStringLiteral("post"))) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        bool ok = false;
        const double cost = eq > 0 ? spec.mid(eq + 1).toDouble(&ok) : 0.0;
        bool found = false;
        for (PostAssumption &post : a.posts) {
            if (eq > 0 && post.id == spec.left(eq)) {
                post.annualCostGbp = cost;
                post.source = AnalysisCli::tr("Set on the command line.");
                found = true;
            }
        }
        if (!ok || !found || cost <= 0.0)
            return ctx.fail(ExitUsage, AnalysisCli::tr("--post wants ID=GBP with a known post id and a cost above 0: '%1'").arg(spec));
    }
    AnalysisInput in;
    if (const int rc = load(ctx, p, &in); rc >= 0)
        return rc;
    const DuplicationIndex index = computeDuplication(in);
    QList<ScenarioLine> lines;
    std::optional<NationalRollup> rollup;
    if (!p.positionalArguments().isEmpty()) {
        int org = -1;
        if (const int rc = findOrg(ctx, in, p.positionalArguments().constFirst(), &org); rc >= 0)
            return rc;
        lines.append(FrontlineScenario::forOrganisation(in, index, org, a));
    } else {
        lines = FrontlineScenario::rollUp(in, index, a);
        rollup = NationalRollup::compute(in, index);
    }
    if (p.isSet(QStringLiteral("json"))) {
        printJson(ctx, QJsonDocument(analysisjson::scenario(lines, a, rollup ? &*rollup : nullptr)));
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    out << AnalysisCli::tr("Share moved to the frontline: %1%").arg(a.realisedShare * 100.0, 0, 'f', 0) << '\n';
    for (const ScenarioLine &l : lines) {
        // The estimate (never people's work) as a range; the version 1 index beside it.
        out << l.label << ": " << AnalysisCli::tr("%1 organisations, estimated saving %2, moved to the frontline %3")
                                     .arg(l.organisations).arg(moneyRange(l.estimateGbp), moneyRange(l.realisedEstimateGbp));
        if (l.estimateUnknown > 0)
            out << AnalysisCli::tr(" + %n unknown", nullptr, l.estimateUnknown);
        out << AnalysisCli::tr(" (duplication index %1)").arg(money(l.savingGbp)) << '\n';
        for (int i = 0; i < a.posts.size() && i < l.postRanges.size(); ++i) {
            const EstimateRange &r = l.postRanges.at(i);
            out << "    " << AnalysisCli::tr("%1 (%2 to %3) %4 posts at %5 a year")
                                 .arg(r.central, 0, 'f', 1).arg(r.low, 0, 'f', 1).arg(r.high, 0, 'f', 1)
                                 .arg(a.posts.at(i).name, money(a.posts.at(i).annualCostGbp)) << '\n';
        }
    }
    out << AnalysisCli::tr("Post costs are assumptions:") << '\n';
    for (const PostAssumption &post : a.posts)
        out << "  " << post.id << ": " << post.source << '\n';
    if (rollup)
        printRollup(out, *rollup);
    return ExitOk;
}

int runValue(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(AnalysisCli::tr("Public Value Index per service and organisation (docs/analysis.md)."));
    addCommon(p);
    p.addPositionalArgument(QStringLiteral("ORG"), AnalysisCli::tr("Only this organisation (optional)."));
    p.addOption({QStringLiteral("weight"), AnalysisCli::tr("Weight of a value input, e.g. outcome=2 (repeatable)."),
                 QStringLiteral("KEY=W")});
    p.addOption({QStringLiteral("quality"), AnalysisCli::tr("Weight of quality in the index (default 0.7)."), QStringLiteral("W")});
    p.addOption({QStringLiteral("economy"), AnalysisCli::tr("Weight of cost per transaction in the index (default 0.3)."),
                 QStringLiteral("W")});
    if (const int rc = parse(ctx, p, 1); rc >= 0)
        return rc;
    ValueWeights w = ValueWeights::defaults();
    auto number = [&](const QString &name, double *target) {
        if (!p.isSet(name))
            return true;
        bool ok = false;
        *target = p.value(name).toDouble(&ok);
        return ok && *target >= 0.0;
    };
    if (!number(QStringLiteral("quality"), &w.qualityWeight) || !number(QStringLiteral("economy"), &w.economyWeight))
        return ctx.fail(ExitUsage, AnalysisCli::tr("--quality and --economy want a number of 0 or more"));
    for (const QString &spec : p.values(QStringLiteral("weight"))) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        bool ok = false;
        const double weight = eq > 0 ? spec.mid(eq + 1).toDouble(&ok) : 0.0;
        if (!ok || weight < 0.0)
            return ctx.fail(ExitUsage, AnalysisCli::tr("--weight wants KEY=W with W of 0 or more: '%1'").arg(spec));
        w.inputWeights.insert(spec.left(eq), weight);
    }
    AnalysisInput in;
    if (const int rc = load(ctx, p, &in, AnalysisCacheLoader::Parts::All); rc >= 0)
        return rc;
    int org = -1;
    if (!p.positionalArguments().isEmpty()) {
        if (const int rc = findOrg(ctx, in, p.positionalArguments().constFirst(), &org); rc >= 0)
            return rc;
    }
    const ValueRanking ranking = PublicValue::compute(in, w);
    if (p.isSet(QStringLiteral("json"))) {
        printJson(ctx, QJsonDocument(analysisjson::value(in, ranking, w, org)));
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    auto pvi = [](const std::optional<double> &v) {
        return v ? QString::number(*v, 'f', 1) : PublicValue::noInputsText();
    };
    out << AnalysisCli::tr("Organisations") << '\n';
    for (const OrgValue &v : ranking.orgs) {
        if (org >= 0 && v.org != org)
            continue;
        out << "  " << pvi(v.pvi).rightJustified(9) << "  " << in.orgs.at(v.org).code.leftJustified(12)
            << in.orgs.at(v.org).name << "  " << AnalysisCli::tr("(%1 of %2 services scored)").arg(v.scoredServices).arg(v.services)
            << '\n';
    }
    out << AnalysisCli::tr("Services") << '\n';
    for (const ServiceValue &v : ranking.services) {
        const AnalysisService &s = in.services.at(v.service);
        if (org >= 0 && s.org != org)
            continue;
        const QString score = v.pvi ? pvi(v.pvi) : v.hasInputs() ? PublicValue::unknownCostText() : pvi(v.pvi);
        // The cost the index used and its basis: the bricks, or the published return.
        const QString cost = !v.cost ? AnalysisCli::tr("cost unknown")
                             : v.costBasis == CostBasis::Reported ? AnalysisCli::tr("%1 reported").arg(money(*v.cost))
                                                                  : AnalysisCli::tr("%1 mapped").arg(money(*v.cost));
        out << "  " << score.rightJustified(9) << "  " << in.orgs.at(s.org).name.left(30).leftJustified(31)
            << s.id.leftJustified(24) << ' ' << cost << ", "
            << (v.costPerTransaction ? AnalysisCli::tr("%1 per transaction").arg(Format::gbpPerUnit(*v.costPerTransaction))
                                     : AnalysisCli::tr("no volume"))
            << '\n';
    }
    return ExitOk;
}

int runSimilarity(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(AnalysisCli::tr("Process similarity of one service across organisations: capability-set "
                                   "Jaccard, cost-weighted similarity and the standard playlist."));
    addCommon(p);
    p.addPositionalArgument(QStringLiteral("SERVICE"), AnalysisCli::tr("LGSL id, service id or service name."));
    if (const int rc = parse(ctx, p, 1); rc >= 0)
        return rc;
    if (p.positionalArguments().isEmpty())
        return ctx.fail(ExitUsage, AnalysisCli::tr("similarity needs a service (LGSL id, id or name); see --help"));
    AnalysisInput in;
    if (const int rc = load(ctx, p, &in); rc >= 0)
        return rc;
    const QString query = p.positionalArguments().constFirst();
    const QString key = ProcessSimilarity::resolve(in, query);
    if (key.isEmpty())
        return ctx.fail(ExitInvalid, AnalysisCli::tr("no service matches '%1'").arg(query));
    const ServiceSimilarity s = ProcessSimilarity::compute(in, key);
    if (p.isSet(QStringLiteral("json"))) {
        printJson(ctx, QJsonDocument(analysisjson::similarity(in, s)));
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    if (!s.comparable()) {
        out << s.label << '\n'
            << AnalysisCli::tr("%1 (%2 of %3 organisations have bricks in this service)")
                   .arg(ProcessSimilarity::notComparableText()).arg(s.mappedOrganisations).arg(s.members.size())
            << '\n';
        return ExitOk;
    }
    out << s.label << '\n'
        << AnalysisCli::tr("Standard playlist (%1 of %2 mapped organisations): %3")
               .arg(s.playlistOrganisations).arg(s.mappedOrganisations)
               .arg(s.playlist.join(QStringLiteral(", "))) << '\n';
    out << "  " << AnalysisCli::tr("org").leftJustified(12) << AnalysisCli::tr("distance").rightJustified(9) << AnalysisCli::tr("cost dist").rightJustified(10)
        << AnalysisCli::tr("mean J").rightJustified(8) << AnalysisCli::tr("mean cost").rightJustified(10) << "  " << AnalysisCli::tr("capabilities") << '\n';
    for (const SimilarityMember &m : s.members) {
        if (!m.mapped) {
            out << "  " << in.orgs.at(m.org).code.leftJustified(12) << ' ' << AnalysisCli::tr("not mapped") << '\n';
            continue;
        }
        out << "  " << in.orgs.at(m.org).code.leftJustified(12) << QString::number(m.distance, 'f', 3).rightJustified(9)
            << QString::number(m.costDistance, 'f', 3).rightJustified(10)
            << QString::number(m.meanJaccard, 'f', 3).rightJustified(8)
            << QString::number(m.meanCostSimilarity, 'f', 3).rightJustified(10) << "  "
            << m.costByCapability.keys().join(QStringLiteral(", ")) << '\n';
    }
    return ExitOk;
}

} // namespace

QList<CliCommand> analysisCommands()
{
    return {
        {QStringLiteral("duplication"), AnalysisCli::tr("Duplication index by capability, with savings"), runDuplication},
        {QStringLiteral("savings"), AnalysisCli::tr("An organisation's savings opportunities"), runSavings},
        {QStringLiteral("scenario"), AnalysisCli::tr("Savings as frontline posts, national roll-up"), runScenario},
        {QStringLiteral("value"), AnalysisCli::tr("Public Value Index by service and organisation"), runValue},
        {QStringLiteral("similarity"), AnalysisCli::tr("Process similarity of one service across organisations"), runSimilarity},
    };
}

} // namespace livedna
