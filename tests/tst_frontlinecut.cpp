// Frontline cuts are named as cuts (issue 10): a proposal that replaces people's work with a
// brick shows the fall of frontline spend and FTE as a "frontline cut", never netted into
// its saving, in the effect, the proposal JSON, the CSV, the first page of the PDF and the
// CLI export.
#include "core/export/exporter.h"
#include "core/proposal/effect.h"
#include "core/proposal/proposal.h"
#include "core/proposal/proposalundo.h"
#include "tests/support/clirunner.h"
#include "tests/support/proposalfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace livedna;
using namespace livedna::test;

namespace {

// The case: a Care Act assessment done by 13.5 FTE of social workers for £621,000
// beside an in-house case system (overhead, £84,000, 2 FTE). The proposal replaces the
// assessment with a £9,000 question set and the case system with a £30,000 commons brick.
Proposal cuttingProposal()
{
    Proposal p = sampleProposal();
    p.catalogue.bricks.append({QStringLiteral("assessment.questions"), QStringLiteral("Assessment question set"),
                               QStringLiteral("assessment"), QStringLiteral("Commons"), QString(), QString(), 9000.0});
    p.catalogue.reindex();
    for (Service *s : {&p.baseline->service, &p.service}) {
        for (BrickInstance &b : s->bricks) {
            if (b.id == QLatin1String("assess")) {
                b.annualCostGbp = 621000.0;
                b.fte = 13.5;
            }
        }
    }
    for (BrickInstance &b : p.service.bricks) {
        if (b.id == QLatin1String("assess")) {
            b.uses = QStringLiteral("assessment.questions");
            b.capability.clear();
            b.annualCostGbp = 9000.0;
            b.fte.reset();
        } else if (b.id == QLatin1String("case")) {
            b.uses = QStringLiteral("case-management.shared-case");
            b.capability.clear();
            b.annualCostGbp = 30000.0;
            b.fte = 0.5;
        }
    }
    return p;
}

QString pdfText(const QString &file, int lastPage)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                   QString::number(lastPage), file, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

class TestFrontlineCut : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void theCutIsNotASaving()
    {
        const Proposal p = cuttingProposal();
        const Effect e = computeEffect(&p.baseline->service, p.service, p.catalogue);
        // Overhead: £84,000 case system -> £30,000 brick: £54,000 saved. That is the saving.
        QCOMPARE(e.annualSaving, 54000.0);
        // Frontline: £621,000 -> £9,000 and 13.5 FTE -> 0: a cut, not a saving.
        QCOMPARE(e.frontlineCutGbp, 612000.0);
        QCOMPARE(e.frontlineFteCut, 13.5);
        QCOMPARE(e.movedToFrontlineGbp, 0.0);
        QVERIFY(e.cutsFrontline());
        // The budget change with the cut in it is reported apart, as a net change.
        QCOMPARE(e.netChangeGbp(), 54000.0 + 612000.0);
        QVERIFY(frontlineCutWarning(e).startsWith(QStringLiteral("Frontline cut:")));
        QVERIFY(frontlineCutWarning(e).contains(QStringLiteral("£612k")));
        QVERIFY(frontlineCutWarning(e).contains(QStringLiteral("13.5 frontline FTE")));

        const QJsonObject json = effectToJson(e);
        QCOMPARE(json.value(QStringLiteral("annual_saving_gbp")).toDouble(), 54000.0);
        QCOMPARE(json.value(QStringLiteral("frontline_cut_gbp")).toDouble(), 612000.0);
        QCOMPARE(json.value(QStringLiteral("frontline_fte_cut")).toDouble(), 13.5);
        QCOMPARE(json.value(QStringLiteral("cuts_frontline")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("net_change_gbp")).toDouble(), 666000.0);
    }

    void movingMoneyToTheFrontlineIsNotACut()
    {
        Proposal p = sampleProposal();
        for (BrickInstance &b : p.service.bricks) {
            if (b.id == QLatin1String("assess")) {
                b.annualCostGbp += 20000.0;
                b.fte = *b.fte + 0.5;
            }
        }
        const Effect e = computeEffect(&p.baseline->service, p.service, p.catalogue);
        QCOMPARE(e.movedToFrontlineGbp, 20000.0);
        QCOMPARE(e.frontlineCutGbp, 0.0);
        QVERIFY(!e.cutsFrontline());
        QVERIFY(frontlineCutWarning(e).isEmpty());
        QCOMPARE(e.annualSaving, 0.0);
    }

    void exportsSaySoFirst()
    {
        QVERIFY(m_dir.isValid());
        const Proposal p = cuttingProposal();
        const ExportInput input = Exporter::fromProposal(p);

        // The proposal file's effect.
        const QJsonObject file = QJsonDocument::fromJson(ProposalFile::toJson(p)).object();
        const QJsonObject effect = file.value(QStringLiteral("effect")).toObject();
        QCOMPARE(effect.value(QStringLiteral("cuts_frontline")).toBool(), true);
        QCOMPARE(effect.value(QStringLiteral("frontline_cut_gbp")).toDouble(), 612000.0);
        QCOMPARE(effect.value(QStringLiteral("annual_saving_gbp")).toDouble(), 54000.0);

        // CSV: a row of its own, kind "frontline cut", and no "saving" on people's work.
        const QString csv = QString::fromUtf8(Exporter::toCsv(input));
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        const QStringList header = lines.first().split(QLatin1Char(','));
        const int kind = int(header.indexOf(QStringLiteral("kind")));
        const int gbp = int(header.indexOf(QStringLiteral("annual_cost_gbp")));
        const int fte = int(header.indexOf(QStringLiteral("fte")));
        const int saving = int(header.indexOf(QStringLiteral("saving_vs_cheapest_standard_gbp")));
        const int brick = int(header.indexOf(QStringLiteral("brick_id")));
        bool cutRow = false;
        for (const QString &line : lines.mid(1)) {
            const QStringList f = line.split(QLatin1Char(','));
            if (f.first() == QLatin1String("effect") && f.at(brick) == QLatin1String("frontline_cut")) {
                cutRow = true;
                QCOMPARE(f.at(kind), QStringLiteral("frontline cut"));
                QCOMPARE(f.at(gbp), QStringLiteral("612000"));
                QCOMPARE(f.at(fte), QStringLiteral("13.50"));
            }
            if (f.first() == QLatin1String("baseline") && f.at(brick) == QLatin1String("assess"))
                QVERIFY2(f.at(saving).isEmpty(), qPrintable(line)); // people's work: no saving
        }
        QVERIFY(cutRow);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("effect,")));

        // PDF: the first page says it.
        const QString pdf = m_dir.filePath(QStringLiteral("cut.pdf"));
        const Status st = Exporter::write(input, ExportFormat::Pdf, pdf);
        QVERIFY2(st.ok, qPrintable(st.error));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        const QString first = pdfText(pdf, 1);
        QVERIFY2(first.contains(QStringLiteral("Frontline cut: this proposal removes £612k a year of frontline spend "
                                               "and 13.5 frontline FTE")),
                 qPrintable(first));
        QVERIFY(first.contains(QStringLiteral("Annual saving: £54k a year")));
        QVERIFY(!first.contains(QStringLiteral("Annual saving: £666k")));
    }

    void cliExportWarns()
    {
        const QString file = m_dir.filePath(QStringLiteral("cut.livedna-proposal.json"));
        QVERIFY(ProposalFile::write(cuttingProposal(), file).ok);
        const CliRun run = runCli(m_dir.filePath(QStringLiteral("cache.sqlite")),
                                  {QStringLiteral("proposal"), QStringLiteral("export"), file, QStringLiteral("--format"),
                                   QStringLiteral("json"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("out.json"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QStringLiteral("Frontline cut:")), qPrintable(run.describe()));
        // An export that cuts nothing says nothing of the kind.
        const QString fine = m_dir.filePath(QStringLiteral("fine.livedna-proposal.json"));
        QVERIFY(ProposalFile::write(sampleProposal(), fine).ok);
        const CliRun quiet = runCli(m_dir.filePath(QStringLiteral("cache.sqlite")),
                                    {QStringLiteral("proposal"), QStringLiteral("export"), fine, QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("fine.json"))});
        QVERIFY2(quiet.exitCode == 0, qPrintable(quiet.describe()));
        QVERIFY(!quiet.err.contains(QStringLiteral("Frontline cut")));
    }
};

QTEST_MAIN(TestFrontlineCut)
#include "tst_frontlinecut.moc"
