// Issue 11 item 3 on the real commons (built from ../shared/data by
// scripts/build-real-commons.sh and synced into a real cache): the area headline of a
// constituency and its briefing as PDF (checked with pdftotext and pdfinfo), HTML (checked
// with xmllint) and Markdown, in English and in Welsh.
#include "core/area/areaheadline.h"
#include "core/area/briefing.h"
#include "core/cache/cache.h"
#include "core/models/format.h"
#include "core/sync/syncer.h"
#include "tests/support/clirunner.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace livedna;

namespace {

const QString aldershot = QStringLiteral("E14001063"); // Hampshire (county) over Rushmoor and Hart
const QString hampshire = QStringLiteral("E10000014");
const QString rushmoor = QStringLiteral("E07000092");
const QString frimley = QStringLiteral("RDU");

struct Tool
{
    int exitCode = -1;
    QString out;
    QString err;
};

Tool runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    Tool t;
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000))
        return t;
    t.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    t.out = QString::fromUtf8(p.readAllStandardOutput());
    t.err = QString::fromUtf8(p.readAllStandardError());
    return t;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The names appear in `text` in this order; reports the first one that does not.
QString checkOrder(const QString &text, const QStringList &names)
{
    // pdftotext -layout may break a long line differently; compare with runs of spaces as one.
    const QString flat = QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    qsizetype at = 0;
    for (const QString &n : names) {
        const qsizetype found = flat.indexOf(n, at);
        if (found < 0)
            return QStringLiteral("'%1' missing after offset %2").arg(n).arg(at);
        at = found + n.size();
    }
    return {};
}

} // namespace

class TestBriefing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_cachePath;
    Cache m_cache;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    AreaHeadline headlineOf(const QString &code, const HeadlineOptions &options = Briefing::headlineOptions())
    {
        Result<AreaHeadlines> areas = AreaHeadlines::load(m_cache);
        if (!areas.ok())
            qFatal("%s", qPrintable(areas.errorString()));
        Result<AreaHeadline> h = areas.value().headline(code, options);
        if (!h.ok())
            qFatal("%s", qPrintable(h.errorString()));
        return h.take();
    }

    static QStringList orgNames(const AreaHeadline &h)
    {
        QStringList names;
        for (const HeadlineOrg *o : h.organisations())
            names.append(o->name);
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("constituencies/current_mps.csv"), mps);
        const QString cli = livedna::test::cliPath();
        if (cli.isEmpty() || !QFileInfo::exists(cli))
            QSKIP("LIVEDNA_CLI is not set (run through ctest)");
        const QString out = path(QStringLiteral("real"));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("bash"), {QDir(livedna::test::sourceDir()).filePath(QStringLiteral("scripts/build-real-commons.sh")),
                                         out, QStringLiteral("--cli"), cli, QStringLiteral("--data"), livedna::test::sharedDataDir()});
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAll().constData());
        m_cachePath = path(QStringLiteral("cache.sqlite"));
        QVERIFY(m_cache.open(m_cachePath).ok);
        Syncer syncer(&m_cache);
        const Result<SyncReport> s = syncer.run(out);
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
        QVERIFY(!m_cache.areas().isEmpty());
    }

    void twoTierHeadlineIncludesTheCounty()
    {
        const AreaHeadline h = headlineOf(aldershot, HeadlineOptions{});
        QCOMPARE(h.name, QStringLiteral("Aldershot"));
        QCOMPARE(h.mp, QStringLiteral("Alex Baker"));
        QCOMPARE(h.party, QStringLiteral("Labour"));
        QStringList councils;
        for (const HeadlineOrg &o : h.councils)
            councils.append(o.code);
        QCOMPARE(councils, (QStringList{hampshire, rushmoor, QStringLiteral("E07000089")}));
        const HeadlineOrg &county = h.councils.at(0);
        QCOMPARE(county.kind, QStringLiteral("county"));
        QCOMPARE(county.share, 1.0);
        QCOMPARE(county.name, QStringLiteral("Hampshire County Council"));
        QVERIFY(!h.trusts.isEmpty());
        QCOMPARE(h.trusts.at(0).code, frimley);
        QVERIFY(h.published.isValid());
        QCOMPARE(h.commonsId, QStringLiteral("england-real"));
    }

    // A district's figures, each with its year and the rows it comes from.
    void councilFiguresNameTheirSources()
    {
        const AreaHeadline h = headlineOf(aldershot);
        const HeadlineOrg &o = h.councils.at(1);
        QCOMPARE(o.code, rushmoor);
        QCOMPARE(o.period, QStringLiteral("2023-24"));
        QCOMPARE(o.figurePeriods, QStringList{QStringLiteral("2023-24")});
        QVERIFY(o.netSpendGbp && *o.netSpendGbp > 1e6);
        QCOMPARE(o.population, std::optional<qint64>(94387)); // register pop-2020
        QVERIFY(o.spendPerHeadGbp);
        QCOMPARE(*o.spendPerHeadGbp, *o.netSpendGbp / 94387.0);
        QCOMPARE(o.populationSource, QStringLiteral("la-register#E07000092, pop-2020"));
        const QStringList net = o.refsOf(HeadlineOrg::FigureNetSpend);
        QCOMPARE(net.size(), 7); // the seven RSX groups it reports
        for (const QString &ref : net)
            QVERIFY2(ref.startsWith(QStringLiteral("rsx-2023-24#line ")) && ref.contains(rushmoor), qPrintable(ref));
        QVERIFY(o.reported.frontlineGbp() && o.reported.overheadGbp());
        QCOMPARE(*o.reported.frontlineGbp() + *o.reported.overheadGbp() + o.reported.unclassifiedGbp().value_or(0.0), *o.netSpendGbp);
        QVERIFY(!o.isMapped()); // no council brick is invented
        QVERIFY(!o.systems.isEmpty());
        for (const HeadlineSystem &s : o.systems)
            QVERIFY2(!s.source.isEmpty(), qPrintable(s.name));
        QStringList ids;
        for (const Source &s : o.sources)
            ids.append(s.id);
        QVERIFY2(ids.contains(QStringLiteral("rsx-2023-24")) && ids.contains(QStringLiteral("la-register")), qPrintable(ids.join(u',')));
        for (const Source &s : o.sources)
            QVERIFY2(!s.title.isEmpty(), qPrintable(s.id));
        // The real catalogue prices no brick: no saving is claimed, and that is said.
        QVERIFY(o.savings.isEmpty());
        QVERIFY(o.unknowns.join(u' ').contains(QStringLiteral("Estimated savings: nothing it runs is mapped into bricks")));
        const HeadlineOrg &trust = h.trusts.at(0); // mapped (ERIC), but no brick is priced
        QVERIFY(trust.savings.isEmpty());
        QVERIFY(trust.unknowns.join(u' ').contains(QStringLiteral("the commons prices no standard brick to compare with")));
    }

    // Spend per head against the class's published distribution (benchmarks.json, bench10's
    // PeerBenchmarks): the closest year, where the council stands, and the row it comes from.
    void councilsAreComparedWithTheirPeers()
    {
        QVERIFY(!m_cache.benchmarks().isEmpty());
        const AreaHeadline h = headlineOf(aldershot);
        const HeadlineOrg &o = h.councils.at(1);
        QCOMPARE(o.code, rushmoor);
        QVERIFY(o.peerComparison);
        const HeadlinePeerComparison &p = *o.peerComparison;
        QCOMPARE(p.peerGroup, QStringLiteral("Shire district councils"));
        QCOMPARE(p.period, QStringLiteral("2024-25")); // the published year closest to 2023-24
        QVERIFY(p.note.contains(QStringLiteral("closest to 2023-24")));
        QVERIFY(p.peers > 100);
        QVERIFY(p.p10PerHeadGbp && p.lowPerHeadGbp && p.medianPerHeadGbp && p.highPerHeadGbp && p.p90PerHeadGbp);
        QVERIFY(*p.p10PerHeadGbp <= *p.lowPerHeadGbp && *p.lowPerHeadGbp <= *p.medianPerHeadGbp);
        // Where it stands follows from its own figure and the published percentiles.
        const double perHead = *o.spendPerHeadGbp;
        QString expected;
        if (perHead < *p.p10PerHeadGbp)
            expected = QStringLiteral("below p10");
        else if (perHead > *p.p90PerHeadGbp)
            expected = QStringLiteral("above p90");
        else if (perHead > *p.highPerHeadGbp)
            expected = QStringLiteral("between p75 and p90");
        if (!expected.isEmpty())
            QCOMPARE(p.position, expected);
        QVERIFY(!p.position.isEmpty());
        QCOMPARE(p.sources.size(), 1);
        QVERIFY2(p.sources.at(0).startsWith(QStringLiteral("ro-per-head#line ")), qPrintable(p.sources.at(0)));
        bool named = false;
        for (const Source &s : o.sources)
            named = named || (s.id == QStringLiteral("ro-per-head") && !s.licence.isEmpty());
        QVERIFY(named);
        // The county is compared with the shire counties; a trust with nothing.
        QCOMPARE(h.councils.at(0).peerComparison->peerGroup, QStringLiteral("Shire county councils"));
        QVERIFY(!h.trusts.at(0).peerComparison);
    }

    // A trust publishes no net spend and has no population of its own: both unknown (null),
    // never 0, and listed as unknown.
    void trustUnknownsAreNullNotZero()
    {
        const AreaHeadline h = headlineOf(aldershot);
        const HeadlineOrg &t = h.trusts.at(0);
        QCOMPARE(t.code, frimley);
        QVERIFY(!t.netSpendGbp);
        QVERIFY(!t.spendPerHeadGbp);
        QVERIFY(!t.population);
        QVERIFY(t.isMapped()); // ERIC's published facility costs
        QCOMPARE(t.mapped.frontline, 0.0);
        QCOMPARE(t.figurePeriods, (QStringList{QStringLiteral("2016-17"), QStringLiteral("2023-24")}));
        QVERIFY(t.unknowns.join(u' ').contains(QStringLiteral("Net spend: no service reports one.")));
        const QJsonObject json = t.toJson();
        QVERIFY(json.value(QStringLiteral("net_spend_gbp")).isNull());
        QVERIFY(json.value(QStringLiteral("spend_per_head_gbp")).isNull());
        QVERIFY(json.value(QStringLiteral("reported_split")).toObject().value(QStringLiteral("frontline_gbp")).isNull());
        QVERIFY(json.value(QStringLiteral("peer_comparison")).isNull());
    }

    void pdfHasTheMpAndEveryOrganisationInOrder_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("Aldershot, two-tier") << aldershot;
        QTest::newRow("Holborn and St Pancras") << QStringLiteral("E14001290");
    }

    void pdfHasTheMpAndEveryOrganisationInOrder()
    {
        QFETCH(QString, code);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString pdf = path(code + QStringLiteral(".pdf"));
        const Status st = exportBriefing(m_cache, code, pdf);
        QVERIFY2(st.ok, qPrintable(st.error));
        const AreaHeadline h = headlineOf(code);
        QVERIFY(!h.organisations().isEmpty());
        const QStringList expected = QStringList{h.mp} + orgNames(h);
        for (const QStringList &mode : {QStringList{QStringLiteral("-layout")}, QStringList{}}) {
            const Tool text = runTool(QStringLiteral("pdftotext"), mode + QStringList{pdf, QStringLiteral("-")});
            QCOMPARE(text.exitCode, 0);
            const QString problem = checkOrder(text.out, expected);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral("\n") + text.out));
            QVERIFY(text.out.contains(QStringLiteral("Briefing: %1 (%2)").arg(h.name, code)));
            QVERIFY(text.out.contains(QStringLiteral("Suggest a redesign")));
            QVERIFY(text.out.contains(QStringLiteral("OGL-UK-3.0")));
            QVERIFY(!text.out.contains(QChar(0xfb01)) && !text.out.contains(QChar(0xfb03))); // no ligature glyphs
        }
        const Tool info = runTool(QStringLiteral("pdfinfo"), {pdf});
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
        QVERIFY2(pages.hasMatch(), qPrintable(info.out));
        QVERIFY2(pages.captured(1).toInt() <= 2, qPrintable(info.out));
    }

    // The constituencies served by the most organisations are the hardest to fit: each still
    // fits on two pages.
    void busiestConstituenciesFitTwoPages()
    {
        Result<AreaHeadlines> areas = AreaHeadlines::load(m_cache);
        QVERIFY(areas.ok());
        QList<QPair<int, QString>> byCount;
        for (const AreaConstituency &c : areas.value().areas().constituencies) {
            const Result<AreaHeadline> h = areas.value().headline(c.code, Briefing::headlineOptions());
            QVERIFY2(h.ok(), qPrintable(c.code));
            byCount.append({int(h.value().organisations().size() + h.value().unmatched.size()), c.code});
        }
        std::sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (int i = 0; i < 5; ++i) {
            const Result<AreaHeadline> h = areas.value().headline(byCount.at(i).second, Briefing::headlineOptions());
            const Result<QByteArray> pdf = Briefing::toPdf(Briefing::document(h.value()));
            QVERIFY2(pdf.ok(), qPrintable(byCount.at(i).second + QStringLiteral(": ") + pdf.errorString()));
            QVERIFY(pdf.value().startsWith("%PDF"));
        }
    }

    void htmlIsValidAndLoadsNothing()
    {
        const QString html = path(QStringLiteral("aldershot.html"));
        const Status st = exportBriefing(m_cache, aldershot, html);
        QVERIFY2(st.ok, qPrintable(st.error));
        if (!QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty()) {
            for (const QStringList &args : {QStringList{QStringLiteral("--html"), QStringLiteral("--noout"), html},
                                            QStringList{QStringLiteral("--noout"), html}}) {
                const Tool lint = runTool(QStringLiteral("xmllint"), args);
                QVERIFY2(lint.exitCode == 0 && lint.err.isEmpty() && lint.out.isEmpty(), qPrintable(args.join(u' ') + lint.err));
            }
        } else {
            qWarning("xmllint is not installed: the HTML was not validated");
        }
        const QString text = readText(html);
        const AreaHeadline h = headlineOf(aldershot);
        QVERIFY(checkOrder(text, QStringList{h.mp} + orgNames(h)).isEmpty());
        // No resource from anywhere: every src is inside the file, no script, no stylesheet
        // link, no CSS url() or @import. Addresses of sources are text.
        const QRegularExpression src(QStringLiteral("\\b(src|href|data|action|poster)\\s*=\\s*\"([^\"]*)\""));
        int images = 0;
        for (auto it = src.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QCOMPARE(m.captured(1), QStringLiteral("src"));
            QVERIFY2(m.captured(2).startsWith(QStringLiteral("data:image/svg+xml;base64,")), qPrintable(m.captured(2).left(60)));
            const QByteArray svg = QByteArray::fromBase64(m.captured(2).mid(26).toLatin1());
            QVERIFY(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
            QVERIFY(!svg.contains("href") && !svg.contains("url("));
            ++images;
        }
        QCOMPARE(images, int(h.organisations().size())); // one chart per organisation
        for (const char *banned : {"<script", "<link", "url(", "@import", "<iframe", "<object", "<embed"})
            QVERIFY2(!text.contains(QLatin1String(banned), Qt::CaseInsensitive), banned);
    }

    void markdownListsSourcesAndWritesUnknownAsUnknown()
    {
        const QString md = path(QStringLiteral("aldershot.md"));
        const Status st = exportBriefing(m_cache, aldershot, md);
        QVERIFY2(st.ok, qPrintable(st.error));
        const QString text = readText(md);
        const AreaHeadline h = headlineOf(aldershot);
        QVERIFY(checkOrder(text, QStringList{h.mp} + orgNames(h)).isEmpty());
        const qsizetype sources = text.indexOf(QStringLiteral("## Sources and licences"));
        QVERIFY(sources > 0);
        const QString list = text.mid(sources);
        for (const Source &s : h.allSources()) {
            QVERIFY2(list.contains(QStringLiteral("(%1)").arg(s.id)), qPrintable(s.id));
            if (!s.licence.isEmpty())
                QVERIFY2(list.contains(QStringLiteral("Licence: %1").arg(s.licence)), qPrintable(s.id));
        }
        QVERIFY(list.contains(QStringLiteral("Rows used: line ")));
        // The trust's net spend is unknown: written so, never as £0; no figure anywhere is £0.
        const qsizetype trust = text.indexOf(QStringLiteral("### Frimley Health NHS Foundation Trust"));
        QVERIFY(trust > 0);
        QVERIFY(text.indexOf(QStringLiteral("- Net spend: unknown · per head: unknown"), trust) > trust);
        QCOMPARE(text.count(QRegularExpression(QStringLiteral("£0(?![0-9]|[.,][0-9])"))), 1); // the footer's "never as £0"
        QVERIFY(text.contains(QStringLiteral("never as £0")));
        QVERIFY(text.contains(QStringLiteral("Suggest a redesign")));
        QVERIFY(!text.contains(QStringLiteral("<svg")) && !text.contains(QStringLiteral("<div")));
    }

    // A Welsh constituency: the real commons holds no Welsh council and the catchments cover
    // England only; the briefing says so plainly instead of failing or showing nothing.
    void outsideEnglandIsSaidPlainly()
    {
        const AreaHeadline h = headlineOf(QStringLiteral("W07000081"));
        QVERIFY(h.organisations().isEmpty());
        const QString md = QString::fromUtf8(Briefing::toMarkdown(Briefing::document(h)));
        QVERIFY(md.contains(QStringLiteral("Aberafan Maesteg (W07000081)")));
        QVERIFY(md.contains(QStringLiteral("Neath Port Talbot County Borough Council (W06000012, 62% of the residents): "
                                           "this commons holds no councils in Wales")));
        QVERIFY(md.contains(QStringLiteral("the NHS catchments in the data cover England only")));
        QVERIFY(md.contains(QStringLiteral("It holds no figures for the organisations serving this constituency.")));
        const Result<QByteArray> pdf = Briefing::toPdf(Briefing::document(h));
        QVERIFY2(pdf.ok(), qPrintable(pdf.errorString()));
    }

    void cliWritesEveryFormatAndFindsTheMp()
    {
        const livedna::test::CliRun r = livedna::test::runCli(
            m_cachePath, {QStringLiteral("briefing"), QStringLiteral("--mp"), QStringLiteral("Alex Baker"), QStringLiteral("--out"),
                          path(QStringLiteral("cli.html"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(readText(path(QStringLiteral("cli.html"))).contains(QStringLiteral("Aldershot (E14001063)")));
        const livedna::test::CliRun pdf = livedna::test::runCli(
            m_cachePath, {QStringLiteral("briefing"), aldershot, QStringLiteral("--out"), path(QStringLiteral("cli.pdf"))});
        QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.describe()));
        QFile f(path(QStringLiteral("cli.pdf")));
        QVERIFY(f.open(QIODevice::ReadOnly) && f.read(5) == "%PDF-");
        const livedna::test::CliRun json = livedna::test::runCli(m_cachePath, {QStringLiteral("briefing"), aldershot, QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        const QJsonArray trusts = json.json().object().value(QStringLiteral("trusts")).toArray();
        QVERIFY(!trusts.isEmpty());
        QVERIFY(trusts.at(0).toObject().value(QStringLiteral("net_spend_gbp")).isNull());
        const livedna::test::CliRun bad = livedna::test::runCli(
            m_cachePath, {QStringLiteral("briefing"), aldershot, QStringLiteral("--out"), path(QStringLiteral("x.docx"))});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.docx"))));
        const livedna::test::CliRun unknown = livedna::test::runCli(
            m_cachePath, {QStringLiteral("briefing"), QStringLiteral("E14999999"), QStringLiteral("--out"), path(QStringLiteral("y.md"))});
        QCOMPARE(unknown.exitCode, 2);
    }

    // The demo commons prices its bricks: its Hartlepool has estimated savings, each a
    // low / central / high range, the largest first, with the brick's source.
    void savingsComeWithRanges()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("constituencies/current_mps.csv"), mps);
        Cache demo;
        QVERIFY(demo.open(path(QStringLiteral("demo.sqlite"))).ok);
        Syncer syncer(&demo);
        QVERIFY(syncer.run(QStringLiteral("demo")).ok());
        QVERIFY(demo.setAreas(m_cache.areas()).ok);
        Result<AreaHeadlines> areas = AreaHeadlines::load(demo);
        QVERIFY(areas.ok());
        const Result<AreaHeadline> h = areas.value().headline(QStringLiteral("E14001272"));
        QVERIFY2(h.ok(), qPrintable(h.errorString()));
        QCOMPARE(h.value().councils.size(), 1);
        const HeadlineOrg &o = h.value().councils.at(0);
        QCOMPARE(o.code, QStringLiteral("E06000001"));
        QVERIFY(!o.savings.isEmpty());
        QVERIFY(o.savings.size() <= HeadlineOptions{}.maxSavings);
        for (int i = 0; i < o.savings.size(); ++i) {
            const HeadlineSaving &s = o.savings.at(i);
            QVERIFY(s.rangeGbp.low <= s.rangeGbp.central && s.rangeGbp.central <= s.rangeGbp.high);
            QVERIFY(s.rangeGbp.central > 0);
            QVERIFY(!s.sources.isEmpty());
            if (i > 0)
                QVERIFY(o.savings.at(i - 1).rangeGbp.central >= s.rangeGbp.central);
        }
        // The trusts serving Hartlepool are not in the demo commons: said, not dropped.
        QVERIFY(!h.value().unmatched.isEmpty());
        const QString md = QString::fromUtf8(Briefing::toMarkdown(Briefing::document(h.value())));
        QVERIFY(md.contains(QStringLiteral("Largest estimated savings: %1 %2 (range %3 to %4)")
                                .arg(o.savings.at(0).capabilityName, Format::gbp(o.savings.at(0).rangeGbp.central),
                                     Format::gbp(o.savings.at(0).rangeGbp.low), Format::gbp(o.savings.at(0).rangeGbp.high))));
        QVERIFY(md.contains(h.value().unmatched.at(0).name));
        // The demo commons has no peer benchmarks: said, not guessed.
        QVERIFY(o.spendPerHeadGbp && !o.peerComparison);
        QVERIFY(o.unknowns.contains(QStringLiteral("Spend per head against peers: the commons holds no peer benchmarks.")));
        // A figure without a source says so rather than appearing sourced.
        QVERIFY(md.contains(QStringLiteral("(source not stated)")));
    }

    void welshBriefingAndCli()
    {
        QProcessEnvironment cy;
        cy.insert(QStringLiteral("LIVEDNA_LANG"), QStringLiteral("cy"));
        const QString md = path(QStringLiteral("cy.md"));
        const livedna::test::CliRun r = livedna::test::runCli(
            m_cachePath, {QStringLiteral("briefing"), aldershot, QStringLiteral("--out"), md}, cy);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString text = readText(md);
        QVERIFY2(text.contains(QStringLiteral("## Ffynonellau a thrwyddedau")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Alex Baker")) && text.contains(QStringLiteral("Hampshire County Council")));
        QVERIFY(!text.contains(QStringLiteral("## Sources and licences")));
        const livedna::test::CliRun help = livedna::test::runCli(m_cachePath, {QStringLiteral("briefing"), QStringLiteral("--help")}, cy);
        QVERIFY2(help.exitCode == 0 && help.out.contains(QStringLiteral("Briff o ddwy dudalen"))
                     && help.out.startsWith(QStringLiteral("Defnydd: livedna-cli briefing [options] CODE")), qPrintable(help.out));
        const QString html = path(QStringLiteral("cy.html"));
        QVERIFY(livedna::test::runCli(m_cachePath, {QStringLiteral("briefing"), aldershot, QStringLiteral("--out"), html}, cy).exitCode == 0);
        QVERIFY(readText(html).contains(QStringLiteral("lang=\"cy\"")));
    }
};

QTEST_MAIN(TestBriefing)
#include "tst_briefing.moc"
