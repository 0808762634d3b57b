#include "core/analysis/comparators.h"
#include "core/models/dnamatrix.h"
#include "core/models/figures.h"
#include "core/models/instancestree.h"
#include "core/models/orgperiods.h"
#include "core/models/organisationlistmodel.h"
#include "core/models/servicetablemodel.h"
#include "core/render/palette.h"
#include "core/sync/syncer.h"
#include "tests/support/commonsfixture.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <QAbstractItemModelTester>
#include <QTest>

using namespace livedna;

static OrgSummary org(const QString &code, const QString &name, OrgKind kind, const QString &type, double total)
{
    OrgSummary o;
    o.code = code;
    o.name = name;
    o.kind = kind;
    o.type = type;
    o.cost.total = total;
    o.cost.overhead = total / 4;
    o.cost.bricks = 4;
    o.cost.bespoke = 1;
    o.population = 1000;
    return o;
}


// A council as RSX 1.1 publishes it: reported spend by service group with its layer and
// source, no bricks, one group with net income, one with nothing published.
static Organisation reportedOnlyCouncil(const QString &period, double culturalNet)
{
    Organisation o;
    o.code = QStringLiteral("E06000001");
    o.name = QStringLiteral("Hartlepool");
    o.kind = OrgKind::Council;
    o.period = period;
    o.sources = {{QStringLiteral("rsx-2023-24"), QStringLiteral("Revenue Outturn Service Expenditure Summary (RSX) 2023-24"),
                  QStringLiteral("Ministry of Housing, Communities and Local Government"), QStringLiteral("OGL-UK-3.0"),
                  {}, QStringLiteral("2023-24"), {}}};
    Service cultural;
    cultural.id = QStringLiteral("cultural");
    cultural.name = QStringLiteral("Cultural and related services");
    cultural.reportedCostGbp = culturalNet;
    cultural.layer = Layer::Frontline;
    cultural.reported = Reported{4120000.0, 4010000.0, 1292000.0, culturalNet, QString()};
    cultural.source = QStringLiteral("rsx-2023-24#line 25: E06000001, Cultural and related services, C7");
    Service central;
    central.id = QStringLiteral("central-services");
    central.name = QStringLiteral("Central services");
    central.reportedCostGbp = 4000000.0;
    central.layer = Layer::Overhead;
    Service highways;
    highways.id = QStringLiteral("highways-transport");
    highways.name = QStringLiteral("Highways and transport services");
    highways.reportedCostGbp = -74000.0; // income above spending
    Service police;
    police.id = QStringLiteral("police");
    police.name = QStringLiteral("Police services"); // nothing published
    o.services = {cultural, central, highways, police};
    return o;
}

// Two years of one council in a real commons folder synced into a real cache: the period
// picker's data path (several documents per organisation, one per period).
static QString twoYearCache(const QTemporaryDir &dir, QString *error)
{
    using test::CommonsFixture;
    CommonsFixture fixture(QStringLiteral("two-years"));
    fixture.setBricks(CommonsFixture::sampleBricks());
    auto year = [](const QString &period, double cultural) {
        QJsonObject c = CommonsFixture::service(QStringLiteral("cultural"), QStringLiteral("Cultural and related services"), {});
        c.insert(QStringLiteral("reported_cost_gbp"), cultural);
        c.insert(QStringLiteral("layer"), QStringLiteral("frontline"));
        QJsonObject police = CommonsFixture::service(QStringLiteral("police"), QStringLiteral("Police services"), {});
        return CommonsFixture::organisation(QStringLiteral("E06000001"), QStringLiteral("Hartlepool"), QStringLiteral("council"),
                                            {c, police}, period);
    };
    fixture.setOrganisation(year(QStringLiteral("2022-23"), 6500000), QStringLiteral("orgs/E06000001/2022-23.json"));
    fixture.setOrganisation(year(QStringLiteral("2023-24"), 6838000), QStringLiteral("orgs/E06000001/2023-24.json"));
    QJsonObject index = fixture.indexObject();
    QJsonArray documents;
    for (const QJsonValue &v : index.value(QStringLiteral("documents")).toArray()) {
        QJsonObject e = v.toObject();
        const QString path = e.value(QStringLiteral("path")).toString();
        if (path.startsWith(QStringLiteral("orgs/")))
            e.insert(QStringLiteral("period"), path.section(QLatin1Char('/'), 2).section(QLatin1Char('.'), 0, 0));
        documents.append(e);
    }
    fixture.indexOverride.insert(QStringLiteral("documents"), documents);
    const QString folder = dir.filePath(QStringLiteral("commons"));
    if (!fixture.writeTo(folder, error))
        return {};
    const QString cachePath = dir.filePath(QStringLiteral("cache.db"));
    Cache cache;
    if (!cache.open(cachePath).ok) {
        *error = QStringLiteral("cannot open the cache");
        return {};
    }
    Syncer syncer(&cache);
    const Result<SyncReport> r = syncer.run(folder);
    if (!r) {
        *error = r.errorString();
        return {};
    }
    return cachePath;
}

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void organisationModelAndFilter()
    {
        OrganisationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganisations({org(QStringLiteral("W06000001"), QStringLiteral("Cyngor Sir Ynys Môn"), OrgKind::Council, QStringLiteral("unitary"), 5e6),
                                org(QStringLiteral("RJ1"), QStringLiteral("Guy's & St Thomas'"), OrgKind::NhsTrust, {}, 3e7),
                                org(QStringLiteral("E06000001"), QStringLiteral("Hartlepool"), OrgKind::Council, QStringLiteral("unitary"), 6e6)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, OrganisationListModel::NameColumn).data().toString(), QStringLiteral("Cyngor Sir Ynys Môn"));
        QCOMPARE(model.index(1, OrganisationListModel::TotalColumn).data(SortRole).toDouble(), 3e7);

        OrganisationFilterModel filter;
        QAbstractItemModelTester tester2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setText(QStringLiteral("ynys mon")); // accents folded
        QCOMPARE(filter.rowCount(), 1);
        filter.setText(QStringLiteral("rj1"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setText(QString());
        filter.setKind(OrgKind::Council);
        QCOMPARE(filter.rowCount(), 2);
        filter.setKind(std::nullopt);
        filter.sort(OrganisationListModel::TotalColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data(CodeRole).toString(), QStringLiteral("RJ1"));
    }

    void serviceModelSortsNumbers()
    {
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ServiceSummary> services;
        for (int i = 0; i < 3; ++i) {
            ServiceSummary s;
            s.id = QStringLiteral("s%1").arg(i);
            s.name = QStringLiteral("Service %1").arg(i);
            s.cost.total = (i == 1) ? 900 : 100000 * (i + 1);
            s.cost.frontline = s.cost.total / 2;
            s.cost.overhead = s.cost.total / 2;
            s.cost.bricks = 2;
            if (i == 2)
                s.cost.reported = 600000;
            services.append(s);
        }
        model.setServices(services);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ServiceTableModel::ColumnCount));
        QCOMPARE(model.index(2, ServiceTableModel::CoverageColumn).data().toString(), QStringLiteral("50%"));
        // No reported cost published: unknown, never £0 and never a bare dash.
        QCOMPARE(model.index(0, ServiceTableModel::ReportedColumn).data().toString(), QStringLiteral("unknown"));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        proxy.sort(ServiceTableModel::TotalColumn, Qt::DescendingOrder);
        // £900 must sort below £100k even though "£900" > "£100k" as text.
        QCOMPARE(proxy.index(2, 0).data(IdRole).toString(), QStringLiteral("s1"));
        model.setServices({});
        QCOMPARE(model.rowCount(), 0);
    }

    void comparatorSelection()
    {
        QList<OrgSummary> all = {org(QStringLiteral("A"), QStringLiteral("A"), OrgKind::Council, QStringLiteral("unitary"), 10),
                                 org(QStringLiteral("B"), QStringLiteral("B"), OrgKind::Council, QStringLiteral("unitary"), 12),
                                 org(QStringLiteral("C"), QStringLiteral("C"), OrgKind::Council, QStringLiteral("county"), 11),
                                 org(QStringLiteral("T"), QStringLiteral("T"), OrgKind::NhsTrust, QStringLiteral("acute"), 10)};
        Organisation a;
        a.code = QStringLiteral("A");
        a.kind = OrgKind::Council;
        a.type = QStringLiteral("unitary");
        a.neighbours = {QStringLiteral("C"), QStringLiteral("MISSING")};
        ComparatorSelection sel = selectComparators(a, all);
        QCOMPARE(sel.basis, ComparatorSelection::Neighbours);
        QCOMPARE(sel.codes, QStringList{QStringLiteral("C")});
        a.neighbours = {QStringLiteral("MISSING")};
        sel = selectComparators(a, all);
        QCOMPARE(sel.basis, ComparatorSelection::KindAndType);
        QCOMPARE(sel.codes, QStringList{QStringLiteral("B")});
        a.type = QStringLiteral("metropolitan");
        sel = selectComparators(a, all);
        QCOMPARE(sel.basis, ComparatorSelection::Kind);
        QCOMPARE(sel.codes.size(), 2);
        QVERIFY(!sel.codes.contains(QStringLiteral("T")));
        const QList<ComparatorRow> rows = comparatorRows(QStringLiteral("A"), sel, all);
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.first().self);
        QCOMPARE(rows.first().overheadShare, 0.25);
        QCOMPARE(rows.first().bespokeShare, 0.25);
        QCOMPARE(*rows.first().costPerResident, 0.01);
    }

    void colourAndShapeMapping()
    {
        Catalogue cat;
        cat.capabilities = {{QStringLiteral("a"), QStringLiteral("A"), Layer::Frontline},
                            {QStringLiteral("b"), QStringLiteral("B"), Layer::Overhead}};
        cat.reindex();
        QCOMPARE(shapeForLayer(Layer::Frontline), NodeShape::Circle);
        QCOMPARE(shapeForLayer(Layer::Overhead), NodeShape::Square);
        QCOMPARE(capabilityColour(cat, QStringLiteral("a")), QColor(0xE6, 0x9F, 0x00)); // Okabe-Ito orange
        QVERIFY(capabilityColour(cat, QStringLiteral("a")) != capabilityColour(cat, QStringLiteral("b")));
        QCOMPARE(capabilityColour(cat, QStringLiteral("unknown")), QColor(0xBB, 0xBB, 0xBB));
        // The first eight colours are distinct (the colour-blind-safe set).
        QSet<QRgb> first;
        for (int i = 0; i < 8; ++i)
            first.insert(categoricalPalette().at(i).rgb());
        QCOMPARE(first.size(), 8);
        // Past the palette every capability still has its own colour.
        Catalogue many;
        for (int i = 0; i < 40; ++i)
            many.capabilities.append({QStringLiteral("c%1").arg(i), QString(), Layer::Overhead});
        many.reindex();
        QSet<QRgb> all;
        for (int i = 0; i < 40; ++i)
            all.insert(capabilityColour(many, QStringLiteral("c%1").arg(i)).rgb());
        QCOMPARE(all.size(), 40);
        QCOMPARE(textColourOn(Qt::white), QColor(Qt::black));
        QCOMPARE(textColourOn(QColor(0x00, 0x00, 0x40)), QColor(Qt::white));
    }

    void reportedOnlyOrganisationNeverShowsZero()
    {
        const Catalogue cat;
        const Organisation o = reportedOnlyCouncil(QStringLiteral("2023-24"), 6838000.0);
        const OrgFigures f = organisationFigures(o, cat);
        QCOMPARE(f.reportedFrontline, 6838000.0);
        QCOMPARE(f.reportedOverhead, 4000000.0);
        QCOMPARE(f.reportedUnclassified, -74000.0);
        QCOMPARE(f.reportedServices, 3);
        QCOMPARE(f.unknown, 1);
        QCOMPARE(f.mapped.bricks, 0);
        // The same split as the domain's measure (core/domain/measures.h), which the cache stores.
        const ReportedSplit domain = reportedSplit(o);
        QCOMPARE(domain.frontline, f.reportedFrontline);
        QCOMPARE(domain.overhead, f.reportedOverhead);
        QCOMPARE(domain.unclassified, f.reportedUnclassified);
        QCOMPARE(domain.unknown, f.unknown);

        ServiceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganisation(o, cat);
        QCOMPARE(model.rowCount(), 4);
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < model.columnCount(); ++c) {
                const QString text = model.index(r, c).data().toString();
                QVERIFY2(text != QStringLiteral("£0"), qPrintable(QStringLiteral("row %1 column %2 reads £0").arg(r).arg(c)));
            }
            for (int c : {int(ServiceTableModel::TotalColumn), int(ServiceTableModel::FrontlineColumn),
                          int(ServiceTableModel::OverheadColumn)}) {
                QCOMPARE(model.index(r, c).data().toString(), QStringLiteral("not mapped"));
                QVERIFY(!model.index(r, c).data(ValueRole).isValid());
            }
        }
        const int cultural = model.rowOf(QStringLiteral("cultural"));
        const int police = model.rowOf(QStringLiteral("police"));
        const int highways = model.rowOf(QStringLiteral("highways-transport"));
        QCOMPARE(model.index(cultural, ServiceTableModel::ReportedColumn).data().toString(), QStringLiteral("£6.84m"));
        QCOMPARE(model.index(cultural, ServiceTableModel::LayerColumn).data().toString(), QStringLiteral("Frontline"));
        QCOMPARE(model.index(highways, ServiceTableModel::LayerColumn).data().toString(), QStringLiteral("Unclassified"));
        QCOMPARE(model.index(police, ServiceTableModel::ReportedColumn).data().toString(), QStringLiteral("unknown"));
        QVERIFY(!model.index(police, ServiceTableModel::ReportedColumn).data(ValueRole).isValid());
        // Negative net is shown as such, and says what it means.
        QCOMPARE(model.index(highways, ServiceTableModel::ReportedColumn).data().toString(), QStringLiteral("−£74k net income"));
        QVERIFY(model.index(highways, ServiceTableModel::ReportedColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("income was above spending")));
        // The figure names its source: title, publisher, licence and row.
        const QString tip = model.index(cultural, ServiceTableModel::ReportedColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Revenue Outturn Service Expenditure Summary (RSX) 2023-24")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("OGL-UK-3.0")));
        QVERIFY(tip.contains(QStringLiteral("line 25: E06000001, Cultural and related services, C7")));
        QVERIFY(tip.contains(QStringLiteral("2023-24")));
        // Nothing mapped: the mapped columns carry no information and can be hidden.
        QVERIFY(!model.columnHasInformation(ServiceTableModel::TotalColumn));
        QVERIFY(model.columnHasInformation(ServiceTableModel::LayerColumn));
        QVERIFY(!model.columnHasInformation(ServiceTableModel::ChangeColumn));
        QVERIFY(!model.columnHasInformation(ServiceTableModel::CoverageColumn)); // not 0% on every row

        const QString summary = Figures::organisationSummaryHtml(o, f);
        QVERIFY2(!summary.contains(QStringLiteral("£0")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("2023-24")));
        QVERIFY(summary.contains(QStringLiteral("frontline £6.84m")));
        QVERIFY(summary.contains(QStringLiteral("overhead £4m")));
        QVERIFY(summary.contains(QStringLiteral("1 unknown")));
        QVERIFY(summary.contains(QStringLiteral("not mapped yet")));
        // A service whose figures are of another year: the header says which.
        Organisation older = o;
        older.services[1].period = QStringLiteral("2016-17");
        QVERIFY(Figures::organisationSummaryHtml(older, organisationFigures(older, cat)).contains(QStringLiteral("2016-17")));
        QVERIFY(!summary.contains(QStringLiteral("2016-17")));
    }

    void unknownSumsAreCounted()
    {
        QCOMPARE(Figures::knownPlusUnknown(4.2e6, 3), QStringLiteral("£4.2m + 3 unknown"));
        QCOMPARE(Figures::knownPlusUnknown(4.2e6, 0), QStringLiteral("£4.2m"));
        QCOMPARE(Figures::knownPlusUnknown(std::nullopt, 0), QStringLiteral("unknown"));
        QCOMPARE(Figures::knownPlusUnknown(std::nullopt, 2), QStringLiteral("2 unknown"));

        OrganisationListModel model;
        OrgSummary nothing;
        nothing.code = QStringLiteral("RJ1");
        nothing.name = QStringLiteral("Guy's and St Thomas'");
        nothing.kind = OrgKind::NhsTrust;
        OrgSummary reported = nothing;
        reported.code = QStringLiteral("E06000001");
        reported.services = 13;
        reported.cost.reported = 4.2e6;
        reported.reported.unclassified = 4.2e6;
        reported.reported.unclassifiedServices = 1;
        reported.reported.unknown = 12;
        reported.period = QStringLiteral("2023-24");
        model.setOrganisations({nothing, reported});
        QCOMPARE(model.index(0, OrganisationListModel::ReportedColumn).data().toString(), QStringLiteral("unknown"));
        QCOMPARE(model.index(0, OrganisationListModel::TotalColumn).data().toString(), QStringLiteral("not mapped"));
        QVERIFY(!model.index(0, OrganisationListModel::TotalColumn).data(ValueRole).isValid());
        QCOMPARE(model.index(1, OrganisationListModel::ReportedColumn).data().toString(), QStringLiteral("£4.2m + 12 unknown"));
        QCOMPARE(model.index(1, OrganisationListModel::ReportedColumn).data(ValueRole).toDouble(), 4.2e6);
        QCOMPARE(model.index(1, OrganisationListModel::PeriodColumn).data().toString(), QStringLiteral("2023-24"));
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Year: 2023-24")));
        // Unknown sorts below every number.
        OrganisationFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(OrganisationListModel::ReportedColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data(CodeRole).toString(), QStringLiteral("E06000001"));

        // A trust with published brick costs (ERIC) but no net expenditure: the known figure
        // is shown, never "unknown" alone and never £0.
        OrgSummary trust = nothing;
        trust.code = QStringLiteral("RJ1");
        trust.cost.bricks = 9;
        trust.cost.total = 58.4e6;
        trust.reported.unknown = 1;
        model.setOrganisations({trust});
        QCOMPARE(model.index(0, OrganisationListModel::ReportedColumn).data().toString(), QStringLiteral("£58.4m in bricks"));
        QVERIFY(!model.index(0, OrganisationListModel::ReportedColumn).data(ValueRole).isValid());
        // Beside a visible "In bricks" column it would say the same twice.
        model.setBricksColumnShown(true);
        QCOMPARE(model.index(0, OrganisationListModel::ReportedColumn).data().toString(), QStringLiteral("1 unknown"));
    }

    void changeFromThePreviousYear()
    {
        const Catalogue cat;
        const Organisation before = reportedOnlyCouncil(QStringLiteral("2022-23"), 6500000.0);
        Organisation now = reportedOnlyCouncil(QStringLiteral("2023-24"), 6838000.0);
        Service added;
        added.id = QStringLiteral("fire-rescue");
        added.name = QStringLiteral("Fire and rescue services");
        added.reportedCostGbp = 100.0;
        now.services.append(added);
        ServiceTableModel model;
        model.setOrganisation(now, cat, &before);
        QCOMPARE(model.previousPeriod(), QStringLiteral("2022-23"));
        QCOMPARE(model.headerData(ServiceTableModel::ChangeColumn, Qt::Horizontal).toString(), QStringLiteral("On 2022-23"));
        const int cultural = model.rowOf(QStringLiteral("cultural"));
        QCOMPARE(model.index(cultural, ServiceTableModel::ChangeColumn).data().toString(), QStringLiteral("+5.2%"));
        QVERIFY(qAbs(model.index(cultural, ServiceTableModel::ChangeColumn).data(ValueRole).toDouble() - 338000.0 / 6500000.0) < 1e-12);
        QVERIFY(model.index(cultural, ServiceTableModel::ChangeColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("£6,500,000")));
        // Only where both years have the service.
        QCOMPARE(model.index(model.rowOf(QStringLiteral("fire-rescue")), ServiceTableModel::ChangeColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("police")), ServiceTableModel::ChangeColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(model.columnHasInformation(ServiceTableModel::ChangeColumn));
        const std::optional<YearChange> c = serviceChange(*now.service(QStringLiteral("cultural")), &before);
        QVERIFY(c);
        QCOMPARE(Figures::change(*c), QStringLiteral("+5.2% on 2022-23"));
        // From net income to spending: the change is measured against the size of the base.
        now.service(QStringLiteral("highways-transport"))->reportedCostGbp = 26000.0;
        const std::optional<YearChange> h = serviceChange(*now.service(QStringLiteral("highways-transport")), &before);
        QVERIFY(h);
        QCOMPARE(Figures::changeShort(*h), QStringLiteral("+135.1%"));
        // From zero: no percentage, the difference in pounds.
        Organisation zeroBefore = before;
        zeroBefore.service(QStringLiteral("central-services"))->reportedCostGbp = 0.0;
        const std::optional<YearChange> z = serviceChange(*now.service(QStringLiteral("central-services")), &zeroBefore);
        QVERIFY(z && !z->ratio);
        QCOMPARE(Figures::changeShort(*z), QStringLiteral("+£4m"));
        QCOMPARE(OrgPeriods::previous({QStringLiteral("2022-23"), QStringLiteral("2023-24")}, QStringLiteral("2023-24")),
                 QStringLiteral("2022-23"));
        QVERIFY(OrgPeriods::previous({QStringLiteral("2022-23"), QStringLiteral("2023-24")}, QStringLiteral("2022-23")).isEmpty());
    }

    void periodPickerReloadsAYear()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = twoYearCache(dir, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        Cache cache;
        QVERIFY(cache.open(path).ok);
        const Catalogue cat = cache.catalogue();
        const QStringList periods = OrgPeriods::periods(cache, QStringLiteral("E06000001"));
        QCOMPARE(periods, (QStringList{QStringLiteral("2022-23"), QStringLiteral("2023-24")}));
        // Latest by default.
        const std::optional<Organisation> latest = OrgPeriods::organisation(cache, QStringLiteral("E06000001"));
        QVERIFY(latest);
        QCOMPARE(latest->period, QStringLiteral("2023-24"));
        const QString before = OrgPeriods::previous(periods, latest->period);
        QCOMPARE(before, QStringLiteral("2022-23"));
        const std::optional<Organisation> previous = OrgPeriods::organisation(cache, QStringLiteral("E06000001"), before);
        QVERIFY(previous);
        QCOMPARE(*previous->service(QStringLiteral("cultural"))->reportedCostGbp, 6500000.0);

        ServiceTableModel model;
        model.setOrganisation(*latest, cat, &*previous);
        const int cultural = model.rowOf(QStringLiteral("cultural"));
        QCOMPARE(model.index(cultural, ServiceTableModel::ReportedColumn).data().toString(), QStringLiteral("£6.84m"));
        QCOMPARE(model.index(cultural, ServiceTableModel::ChangeColumn).data().toString(), QStringLiteral("+5.2%"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("police")), ServiceTableModel::ReportedColumn).data().toString(),
                 QStringLiteral("unknown"));
        // Picking the earlier year reloads it; it has no year before it, so no change.
        model.setOrganisation(*previous, cat, nullptr);
        QCOMPARE(model.index(cultural, ServiceTableModel::ReportedColumn).data().toString(), QStringLiteral("£6.5m"));
        QVERIFY(!model.columnHasInformation(ServiceTableModel::ChangeColumn));
        QVERIFY(!OrgPeriods::organisation(cache, QStringLiteral("E06000001"), QStringLiteral("2019-20")));

        // The list shows the latest year's reported figure with its unknown.
        const QList<OrgSummary> orgs = cache.organisations();
        QCOMPARE(orgs.size(), 1);
        QCOMPARE(orgs.first().period, QStringLiteral("2023-24"));
        QCOMPARE(OrganisationListModel::reportedText(orgs.first()), QStringLiteral("£6.84m + 1 unknown"));
    }

    void separatelyRunInstances()
    {
        Catalogue cat;
        cat.capabilities = {{QStringLiteral("library-management"), QStringLiteral("Library management system"), Layer::Overhead}};
        cat.products = {{QStringLiteral("spydus"), QStringLiteral("Spydus"), QStringLiteral("Civica"), QStringLiteral("library-management"), {}},
                        {QStringLiteral("arena"), QStringLiteral("Arena"), QStringLiteral("Axiell"), QStringLiteral("library-management"), {}}};
        cat.reindex();
        auto council = [](const QString &code, const QString &product, bool bespoke = false) {
            Organisation o;
            o.code = code;
            o.name = QStringLiteral("Council ") + code;
            Service s;
            s.id = QStringLiteral("cultural");
            if (bespoke)
                s.bricks = {{QStringLiteral("lms"), {}, {}, QStringLiteral("library-management"), 50000, {}}};
            else
                s.systems = {{QStringLiteral("lms"), QStringLiteral("Library catalogue"), QStringLiteral("library-management"), product, {}}};
            o.services = {s};
            return o;
        };
        Organisation twice = council(QStringLiteral("D"), QStringLiteral("spydus"));
        twice.services.append(twice.services.first()); // one organisation counts once
        const QList<CapabilityInstances> all = Instances::fromOrganisations(
            {council(QStringLiteral("A"), QStringLiteral("spydus")), council(QStringLiteral("B"), QStringLiteral("arena")),
             council(QStringLiteral("C"), QString(), true), twice, Organisation()}, cat);
        QCOMPARE(all.size(), 1);
        const CapabilityInstances &lms = all.first();
        QCOMPARE(lms.organisations.size(), 4);
        QCOMPARE(lms.byProduct.size(), 3);
        QCOMPARE(lms.byProduct.at(0).product, QStringLiteral("spydus"));
        QCOMPARE(lms.byProduct.at(0).organisations.size(), 2);
        QCOMPARE(lms.byProduct.at(1).name, QStringLiteral("Arena"));
        QVERIFY(lms.byProduct.at(2).product.isEmpty()); // unknown product last
        QCOMPARE(Instances::sentence(lms),
                 QStringLiteral("4 organisations each run their own library management system: 2 on Spydus, 1 on Arena, 1 on a product not known."));

        InstancesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInstances(all);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex cap = model.index(0, 0);
        QCOMPARE(cap.data().toString(), QStringLiteral("Library management system"));
        QCOMPARE(model.index(0, InstancesModel::OrganisationsColumn).data().toInt(), 4);
        QCOMPARE(model.rowCount(cap), 3);
        const QModelIndex spydus = model.index(0, 0, cap);
        QCOMPARE(spydus.data().toString(), QStringLiteral("Spydus (Civica)"));
        QCOMPARE(model.rowCount(spydus), 2);
        const QModelIndex org = model.index(1, 0, spydus);
        QCOMPARE(InstancesModel::level(org), InstancesModel::OrganisationLevel);
        QCOMPARE(org.data(CodeRole).toString(), QStringLiteral("D"));
        QCOMPARE(model.parent(org), spydus);
        QCOMPARE(model.parent(spydus), cap);
    }

    void dnaMatrixSystems()
    {
        Catalogue cat;
        cat.capabilities = {{QStringLiteral("library-management"), QStringLiteral("LMS"), Layer::Overhead}};
        cat.reindex();
        Organisation o;
        o.code = QStringLiteral("E06000001");
        Service s;
        s.reportedCostGbp = 5.0;
        s.systems = {{QStringLiteral("lms"), QStringLiteral("LMS"), QStringLiteral("library-management"), QStringLiteral("spydus"), {}}};
        o.services = {s};
        Organisation empty;
        empty.code = QStringLiteral("X");
        const DnaMatrix m = DnaMatrix::build({o, empty}, cat);
        QCOMPARE(m.state(0, 0), quint8(DnaMatrix::HasSystem));
        QCOMPARE(m.cost(0, 0), 0.0f);
        QCOMPARE(m.column(0).organisationsWithSystem, 1);
        QCOMPARE(*m.row(0).reported, 5.0);
        QVERIFY(!m.row(1).reported);
        QVERIFY(m.hasAnyCell());
        QVERIFY(!DnaMatrix::build({empty}, cat).hasAnyCell());
    }

    void dnaMatrix()
    {
        Catalogue cat;
        cat.capabilities = {{QStringLiteral("pay"), QStringLiteral("Pay"), Layer::Overhead},
                            {QStringLiteral("assess"), QStringLiteral("Assess"), Layer::Frontline}};
        cat.bricks = {{QStringLiteral("pay.std"), QStringLiteral("Pay"), QStringLiteral("pay"), {}, {}, {}, 100}};
        cat.reindex();
        Organisation o1;
        o1.code = QStringLiteral("O1");
        o1.name = QStringLiteral("Zeta");
        Service s;
        s.bricks = {{QStringLiteral("a"), {}, QStringLiteral("pay.std"), {}, 100, {}},
                    {QStringLiteral("b"), {}, {}, QStringLiteral("assess"), 400, {}}};
        o1.services = {s};
        Organisation o2;
        o2.code = QStringLiteral("O2");
        o2.name = QStringLiteral("Alpha");
        Service s2;
        s2.bricks = {{QStringLiteral("c"), {}, {}, QStringLiteral("pay"), 900, {}}};
        o2.services = {s2};
        const DnaMatrix m = DnaMatrix::build({o1, o2}, cat);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.columnCount(), 2);
        QCOMPARE(m.state(0, 0), quint8(DnaMatrix::HasStandard));
        QCOMPARE(m.state(0, 1), quint8(DnaMatrix::HasBespoke));
        QCOMPARE(m.state(1, 1), quint8(DnaMatrix::Absent));
        QCOMPARE(m.intensity(1, 0), 1.0);
        QCOMPARE(m.column(0).organisationsWithBespoke, 1);
        QCOMPARE(m.rowOrder(DnaMatrix::RowSort::Name, {}), (QList<int>{1, 0}));
        DnaMatrix::RowFilter f;
        f.text = QStringLiteral("zet");
        QCOMPARE(m.rowOrder(DnaMatrix::RowSort::Name, f), QList<int>{0});
        QCOMPARE(m.columnOrder(DnaMatrix::ColumnSort::Catalogue, Layer::Frontline), QList<int>{1});
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
