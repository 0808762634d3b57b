// The dashboard's peer benchmark plot (issue 10 item 6) on the real benchmark files: one row
// per benchmarked service with the council's marker on its class's p10 … p90 scale, the
// sources named under it, legible in half of a 1024 × 700 window, in English and Welsh.
#include "core/i18n/translations.h"
#include "core/importers/benchmarkimporter.h"
#include "tests/support/testenv.h"
#include "ui/peerbenchmarkview.h"
#include "ui/qcp.h"
#include "ui/views.h"

#include "core/cache/cache.h"

#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace livedna;

namespace {

// Hartlepool 2023-24, RSX 2023-24 net (C7) as the real commons holds it (RSX line 263).
Organisation hartlepool()
{
    Organisation o;
    o.code = QStringLiteral("E06000001");
    o.name = QStringLiteral("Hartlepool Borough Council");
    o.kind = OrgKind::Council;
    o.type = QStringLiteral("Unitary authority");
    o.period = QStringLiteral("2023-24");
    o.population = 93836;
    const QList<QPair<const char *, double>> services = {
        {"education", 57518000},         {"highways-transport", 7208000}, {"childrens-social-care", 40682000},
        {"adult-social-care", 42048000}, {"public-health", 10497000},     {"housing", 2643000},
        {"cultural", 8674000},           {"environmental-regulatory", 9531000},
        {"planning-development", 1583000}, {"central-services", 6213000}};
    for (const auto &[id, cost] : services) {
        Service s;
        s.id = QLatin1String(id);
        s.name = s.id;
        s.reportedCostGbp = cost;
        s.source = QStringLiteral("rsx-2023-24#line 263: E06000001, %1, C7").arg(s.id);
        o.services.append(s);
    }
    return o;
}

} // namespace

class TestGuiBenchmark : public QObject
{
    Q_OBJECT

private:
    BenchmarkData m_data;

private Q_SLOTS:
    void initTestCase()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("benchmarks/ro_per_head_distributions.csv"), dist);
        Result<BenchmarkImporter::Output> r = BenchmarkImporter::run(QFileInfo(dist).absolutePath());
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        m_data = r.value().benchmarks;
    }

    void scaleIsTheDistributions()
    {
        BenchmarkDistribution d;
        d.p10 = 100;
        d.p25 = 200;
        d.median = 300;
        d.p75 = 400;
        d.p90 = 500;
        QCOMPARE(PeerBenchmarkView::scalePosition(100, d), 10.0);
        QCOMPARE(PeerBenchmarkView::scalePosition(250, d), 37.5);
        QCOMPARE(PeerBenchmarkView::scalePosition(500, d), 90.0);
        QCOMPARE(PeerBenchmarkView::scalePosition(550, d), 97.5); // beyond p90 at p75–p90's slope
        QCOMPARE(PeerBenchmarkView::scalePosition(9000, d), 100.0);
        QCOMPARE(PeerBenchmarkView::scalePosition(-9000, d), 0.0);
    }

    // The dashboard of a 1024 × 700 window (less the organisation list): the tab beside the
    // peers shows the benchmark from the benchmarks in the cache.
    void dashboardTabShowsIt()
    {
        QTemporaryDir tmp;
        Cache cache;
        QVERIFY(cache.open(tmp.filePath(QStringLiteral("c.sqlite"))).ok);
        DashboardView view;
        view.resize(760, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *bench = view.findChild<PeerBenchmarkView *>();
        QVERIFY(bench);
        view.setOrganisation(&cache, hartlepool(), Catalogue());
        QCOMPARE(bench->benchmark().services.size(), 0); // no benchmarks synced: says so
        QVERIFY(cache.setBenchmarks(m_data.toJson()).ok);
        view.setOrganisation(&cache, hartlepool(), Catalogue());
        QCOMPARE(bench->benchmark().code, QStringLiteral("E06000001"));
        QCOMPARE(bench->plot()->graph(1)->dataCount(), 11);
        auto *tabs = qobject_cast<QTabWidget *>(bench->parentWidget()->parentWidget());
        QVERIFY(tabs);
        tabs->setCurrentWidget(bench);
        QTest::qWait(20);
        QVERIFY2(bench->plot()->height() >= 180, qPrintable(QString::number(bench->plot()->height())));
        if (!qEnvironmentVariableIsEmpty("LIVEDNA_SCREENSHOTS"))
            view.grab().save(QDir(qEnvironmentVariable("LIVEDNA_SCREENSHOTS")).filePath(QStringLiteral("dashboard-benchmark.png")));
    }

    void plotsEveryBenchmarkedServiceAndNamesItsSources()
    {
        for (const QString &lang : {QStringLiteral("en_GB"), QStringLiteral("cy")}) {
            if (lang == QLatin1String("cy")) { // Welsh second: the translator stays installed
                qputenv("LIVEDNA_LANG", "cy");
                QCOMPARE(installTranslations(*QCoreApplication::instance()), QStringLiteral("cy"));
                qunsetenv("LIVEDNA_LANG");
            }
            PeerBenchmarkView view;
            view.resize(506, 330); // the dashboard's bottom-right cell at 1024 × 700
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.setBenchmark(PeerBenchmarks::compute(hartlepool(), {}, m_data, nullptr));
            QTest::qWait(20); // the label's new height is laid out
            QCustomPlot *plot = view.plot();
            QCPAxisRect *rect = plot->axisRects().value(0);
            QVERIFY(rect);
            // Ten RSX groups with a UA distribution, and Hartlepool's library figure.
            const auto ticker = rect->axis(QCPAxis::atLeft)->ticker().dynamicCast<QCPAxisTickerText>();
            QVERIFY(ticker);
            QCOMPARE(ticker->ticks().size(), 11);
            QCOMPARE(plot->graphCount(), 2);
            QCOMPARE(plot->graph(1)->dataCount(), 11); // the council's marker on every row
            // Above p90 for children's social care: right of the p90 whisker end.
            bool seen = false;
            for (auto it = plot->graph(1)->data()->constBegin(); it != plot->graph(1)->data()->constEnd(); ++it)
                seen = seen || it->value > 90;
            QVERIFY(seen);
            // Rows keep at least 14 pixels each.
            QVERIFY2(rect->height() / 11 >= 14, qPrintable(QString::number(rect->height())));
            const QLabel *sources = view.findChild<QLabel *>();
            QVERIFY(sources);
            QVERIFY2(sources->toolTip().contains(QLatin1String("ro_per_head_distributions.csv")), qPrintable(sources->toolTip()));
            QVERIFY(sources->toolTip().contains(QLatin1String("rsx-2023-24")));
            QVERIFY(sources->toolTip().contains(QLatin1String("2024-25")));
            if (lang == QLatin1String("cy"))
                QVERIFY2(!sources->text().contains(QLatin1String("Population:")), qPrintable(sources->text()));
            if (!qEnvironmentVariableIsEmpty("LIVEDNA_SCREENSHOTS"))
                view.grab().save(QDir(qEnvironmentVariable("LIVEDNA_SCREENSHOTS")).filePath(QStringLiteral("benchmark-%1.png").arg(lang)));
        }
    }
};

QTEST_MAIN(TestGuiBenchmark)
#include "tst_gui_benchmark.moc"
