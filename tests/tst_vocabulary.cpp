// One money and name vocabulary (issue 13, item 2): the formatter's rules
// (docs/money-and-names.md), no second money formatter in the sources, the treemap's total
// explained, and a capability's colour fixed for the session and across sessions.
#include "core/analysis/treemap.h"
#include "core/cache/cache.h"
#include "core/domain/organisation.h"
#include "core/models/format.h"
#include "core/render/brickgraph.h"
#include "core/render/palette.h"
#include "core/sync/syncer.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace livedna;

class TestVocabulary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString cachePath() const { return m_dir.filePath(QStringLiteral("cache.db")); }

private Q_SLOTS:
    void initTestCase()
    {
        Cache cache;
        QVERIFY(cache.open(cachePath()).ok);
        Syncer syncer(&cache);
        const Result<SyncReport> r = syncer.run(QStringLiteral("demo"));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
    }

    void shortMoneyHasThreeSignificantFigures_data()
    {
        QTest::addColumn<double>("pounds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << QStringLiteral("£0");
        QTest::newRow("pounds") << 950.0 << QStringLiteral("£950");
        QTest::newRow("pounds rounded") << 999.4 << QStringLiteral("£999");
        QTest::newRow("rounds up into k") << 999.6 << QStringLiteral("£1k");
        QTest::newRow("k, 3 sf") << 1234.0 << QStringLiteral("£1.23k");
        QTest::newRow("k, zeros dropped") << 84000.0 << QStringLiteral("£84k");
        QTest::newRow("k, 3 sf tens") << 48700.0 << QStringLiteral("£48.7k");
        QTest::newRow("k, hundreds") << 999499.0 << QStringLiteral("£999k");
        QTest::newRow("rounds up into m") << 999600.0 << QStringLiteral("£1m");
        QTest::newRow("m, Hartlepool list") << 6.05e6 << QStringLiteral("£6.05m");
        QTest::newRow("m, one zero dropped") << 1.2e6 << QStringLiteral("£1.2m");
        QTest::newRow("m, tens") << 12.54e6 << QStringLiteral("£12.5m");
        QTest::newRow("m, hundreds") << 409.4e6 << QStringLiteral("£409m");
        QTest::newRow("bn") << 1.2e9 << QStringLiteral("£1.2bn");
        QTest::newRow("bn beyond a thousand") << 1e19 << QStringLiteral("£10,000,000,000bn");
        QTest::newRow("negative") << -3.1e6 << QStringLiteral("−£3.1m");
        QTest::newRow("negative rounding to zero") << -0.4 << QStringLiteral("£0");
    }

    void shortMoneyHasThreeSignificantFigures()
    {
        QFETCH(double, pounds);
        QFETCH(QString, text);
        QCOMPARE(Format::gbp(pounds), text);
    }

    void otherMoneyForms()
    {
        QCOMPARE(Format::gbpFull(48700), QStringLiteral("£48,700"));
        QCOMPARE(Format::gbpFull(-1234567.4), QStringLiteral("−£1,234,567"));
        QCOMPARE(Format::gbpPlain(-48700), QStringLiteral("-£48,700"));
        QCOMPARE(Format::gbpSigned(1.2e6), QStringLiteral("+£1.2m"));
        QCOMPARE(Format::gbpSigned(-350e3), QStringLiteral("−£350k"));
        QCOMPARE(Format::gbpSigned(0.2), QStringLiteral("£0"));
        QCOMPARE(Format::gbpPerUnit(12.345678), QStringLiteral("£12.35"));
        QCOMPARE(Format::gbpPerUnit(612.4), QStringLiteral("£612"));
        QCOMPARE(Format::gbpRange(1.5e6, 1.2e6, 2.25e6), QStringLiteral("£1.5m (£1.2m to £2.25m)"));
    }

    void unknownIsNeverZero()
    {
        const QString unknown = Format::gbp(std::optional<double>());
        QCOMPARE(unknown, QStringLiteral("unknown"));
        QVERIFY(!unknown.contains(QLatin1Char('0')));
        QCOMPARE(Format::gbp(std::optional<double>(0.0)), QStringLiteral("£0"));
    }

    void axisTicksDifferFromTheirNeighbours()
    {
        // Each label has the decimals its step needs, in the units of the short form.
        QCOMPARE(Format::gbpTick(0, 250e3), QStringLiteral("£0"));
        QCOMPARE(Format::gbpTick(750e3, 250e3), QStringLiteral("£750k"));
        QCOMPARE(Format::gbpTick(1e6, 250e3), QStringLiteral("£1m"));
        QCOMPARE(Format::gbpTick(1.25e6, 250e3), QStringLiteral("£1.25m"));
        QCOMPARE(Format::gbpTick(11.25e6, 1.25e6), QStringLiteral("£11.25m"));
        QCOMPARE(Format::gbpTick(20000, 10000), QStringLiteral("£20k"));
        QStringList labels;
        for (int i = 0; i <= 8; ++i)
            labels << Format::gbpTick(10e6 + i * 1.25e6, 1.25e6);
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    }

    // Every amount of pounds is turned into text by Format alone: a "£" glued to a number
    // anywhere else is a second vocabulary (issue 13 found four: "£48700", "£ thousand"…).
    void noSecondMoneyFormatter()
    {
        const QString root = qEnvironmentVariable("LIVEDNA_SOURCE_DIR");
        if (root.isEmpty() || !QFile::exists(root + QStringLiteral("/core/models/format.cpp")))
            QSKIP("LIVEDNA_SOURCE_DIR is not set (run through ctest)");
        const QRegularExpression glued(
            QStringLiteral("(QStringLiteral\\(\"£\"\\)\\s*\\+|QStringLiteral\\(\"[-−]?£%|QChar\\(0x00A3\\)\\)\\s*\\+"
                           "|toCurrencyString|£ thousand a year)"));
        QStringList offenders;
        for (const QString &dir : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
            QDirIterator it(root + QLatin1Char('/') + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.endsWith(QLatin1String("core/models/format.cpp")))
                    continue;
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
                for (int i = 0; i < lines.size(); ++i) {
                    if (glued.match(lines.at(i)).hasMatch())
                        offenders << QStringLiteral("%1:%2: %3").arg(path.mid(root.size() + 1)).arg(i + 1).arg(lines.at(i).trimmed());
                }
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    // Hartlepool was £6.05m in the list and the dashboard (the reported total) but £7.78m in
    // the treemap, with nothing saying why.
    void treemapSaysWhatItsTotalIncludes()
    {
        Catalogue cat;
        cat.capabilities = {{QStringLiteral("case-management"), QStringLiteral("Case management"), Layer::Overhead}};
        cat.reindex();
        const auto service = [](const QString &id, std::optional<double> reported, double bricks) {
            Service s;
            s.id = id;
            s.name = id;
            s.reportedCostGbp = reported;
            if (bricks > 0) {
                BrickInstance b;
                b.id = id + QStringLiteral("-brick");
                b.name = b.id;
                b.capability = QStringLiteral("case-management");
                b.annualCostGbp = bricks;
                s.bricks = {b};
            }
            return s;
        };
        Organisation org;
        org.code = QStringLiteral("X");
        org.name = QStringLiteral("Example council");
        org.services = {service(QStringLiteral("care"), 5.0e6, 3.0e6),    // £2m reported, not mapped
                        service(QStringLiteral("roads"), 1.1e6, 1.3e6),   // £0.2m of bricks above it
                        service(QStringLiteral("parks"), std::nullopt, 1.43e6), // no published cost
                        service(QStringLiteral("parking"), -0.05e6, 0.0)}; // net income
        const SpendTreeTotals t = spendTreeTotals(org);
        const TreemapItem root = buildSpendTree(org, cat);
        QCOMPARE(t.drawn, root.value); // the words and the areas agree
        QCOMPARE(t.drawn, 5.0e6 + 1.3e6 + 1.43e6);
        QCOMPARE(t.reported, 6.05e6);
        QCOMPARE(t.drawn, t.reported + t.bricksWithoutReported + t.bricksAboveReported + t.netIncome);
        const QString text = spendTreeTotalText(t);
        QCOMPARE(text, QStringLiteral("£7.73m drawn: the reported £6.05m (the list's and the dashboard's figure) + £1.43m of "
                                      "bricks in services that publish no cost + £200k of bricks above their service's "
                                      "reported figure + £50k of net income, not subtracted (an area cannot be negative). "
                                      "Of it, £5.73m is mapped into bricks and £2m is reported spend not mapped into bricks "
                                      "(grey)."));
        // Reported and drawn agree: nothing to add but that.
        org.services = {service(QStringLiteral("care"), 5.0e6, 3.0e6)};
        QCOMPARE(spendTreeTotalText(spendTreeTotals(org)),
                 QStringLiteral("£5m drawn: the reported total, as in the list and the dashboard. Of it, £3m is mapped into "
                                "bricks and £2m is reported spend not mapped into bricks (grey)."));
    }

    // The proposal canvas defect: removing a brick recoloured the others, because colours
    // went to the capabilities present. Now a capability's colour is its own.
    void capabilityKeepsItsColourWhenAnotherBrickGoes()
    {
        Cache cache;
        QVERIFY(cache.open(cachePath()).ok);
        const Catalogue cat = cache.catalogue();
        QVERIFY(cat.capabilities.size() >= 3);
        Service s;
        s.id = QStringLiteral("svc");
        s.name = QStringLiteral("Service");
        for (int i = 0; i < 3; ++i) {
            BrickInstance b;
            b.id = QStringLiteral("b%1").arg(i);
            b.name = QStringLiteral("Brick %1").arg(i);
            // The first capability goes, so a set-based palette would shift the others.
            b.capability = cat.capabilities.at(i).id;
            b.annualCostGbp = 1000.0 * (i + 1);
            s.bricks.append(b);
        }
        const auto fills = [&cat](const Service &service) {
            QHash<QString, QColor> out;
            const Result<BrickGraphScene> scene = BrickGraphBuilder::build(service, cat);
            if (scene) {
                for (const BrickNodeVisual &n : scene.value().nodes)
                    out.insert(n.id, n.fill);
            }
            return out;
        };
        const QHash<QString, QColor> before = fills(s);
        QCOMPARE(before.size(), 3);
        s.bricks.removeFirst();
        const QHash<QString, QColor> after = fills(s);
        QCOMPARE(after.size(), 2);
        for (const QString &id : {QStringLiteral("b1"), QStringLiteral("b2")}) {
            QCOMPARE(after.value(id), before.value(id));
            QCOMPARE(after.value(id), capabilityColour(cat, s.bricks.at(id == QLatin1String("b1") ? 0 : 1).capability));
        }
        // The legend shows the same colours as the bricks.
        const Result<BrickGraphScene> scene = BrickGraphBuilder::build(s, cat);
        QVERIFY(scene);
        for (const LegendEntry &e : scene.value().capabilities)
            QVERIFY(e.colour == after.value(QStringLiteral("b1")) || e.colour == after.value(QStringLiteral("b2")));
    }

    void capabilityColoursAreTheSameInTheNextSession()
    {
        QHash<QString, QRgb> first;
        {
            Cache cache;
            QVERIFY(cache.open(cachePath()).ok);
            const Catalogue cat = cache.catalogue();
            for (const Capability &c : cat.capabilities)
                first.insert(c.id, capabilityColour(cat, c.id).rgb());
        }
        QVERIFY(first.size() >= 3);
        // A second session: a new connection reads the catalogue again.
        Cache again;
        QVERIFY(again.open(cachePath()).ok);
        const Catalogue cat = again.catalogue();
        QCOMPARE(cat.capabilities.size(), first.size());
        for (const Capability &c : cat.capabilities)
            QCOMPARE(capabilityColour(cat, c.id).rgb(), first.value(c.id));
        // Distinct capabilities have distinct colours.
        QCOMPARE(QSet<QRgb>(first.cbegin(), first.cend()).size(), first.size());
    }
};

QTEST_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
