#include "core/analysis/comparators.h"
#include "core/models/dnamatrix.h"
#include "core/models/organisationlistmodel.h"
#include "core/models/servicetablemodel.h"
#include "core/render/palette.h"

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
            if (i == 2)
                s.cost.reported = 600000;
            services.append(s);
        }
        model.setServices(services);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ServiceTableModel::ColumnCount));
        QCOMPARE(model.index(2, ServiceTableModel::CoverageColumn).data().toString(), QStringLiteral("50%"));
        QCOMPARE(model.index(0, ServiceTableModel::ReportedColumn).data().toString(), QStringLiteral("—"));
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
        // In one graph, the capabilities present get the first (most distinct) colours.
        const QHash<QString, QColor> d = distinctCapabilityColours(many, {QStringLiteral("c20"), QStringLiteral("c4")});
        QCOMPARE(d.value(QStringLiteral("c4")), categoricalPalette().at(0));
        QCOMPARE(d.value(QStringLiteral("c20")), categoricalPalette().at(1));
        QCOMPARE(textColourOn(Qt::white), QColor(0x11, 0x18, 0x27));
        QCOMPARE(textColourOn(QColor(0x00, 0x00, 0x40)), QColor(Qt::white));
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
