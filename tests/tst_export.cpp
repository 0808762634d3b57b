// Every export checked by a real tool: xmllint with the ArchiMate 3.1 XSDs, pdftotext,
// graphml2gv plus a structural GraphML read, an RFC 4180 CSV parse, and the JSON Schema
// through python3-jsonschema; through the API and through livedna-cli.
#include "core/commons/commonsreader.h"
#include "core/models/format.h"
#include "core/export/exporter.h"
#include "core/proposal/proposalcommands.h"
#include "core/proposal/proposalmodel.h"
#include "core/proposal/proposalundo.h"
#include "tests/support/clirunner.h"
#include "tests/support/proposalfixture.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace livedna;
using namespace livedna::test;

struct ToolRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

static ToolRun runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    ToolRun r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

#define REQUIRE_TOOL(name, var)                                                                    \
    const QString var = QStandardPaths::findExecutable(QStringLiteral(name));                      \
    if (var.isEmpty())                                                                             \
        QSKIP(name " is not installed (scripts/install-deps.sh installs it)");

// RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
static QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Proposal m_proposal;
    QString m_proposalFile;
    QString m_xsd; // patched copy of the ArchiMate XSDs
    QString m_cache;

    QString xsd()
    {
        if (!m_xsd.isEmpty())
            return m_xsd;
        const QString diagram = sharedDataFile(QStringLiteral("archimate/xsd/archimate3_Diagram.xsd"));
        if (diagram.isEmpty())
            return {};
        // The Model schema imports xml.xsd from w3.org; point it at the local copy so
        // xmllint runs offline (as ../shared/data/archimate/SOURCE.md describes).
        const QDir src = QFileInfo(diagram).dir();
        const QString dst = m_dir.filePath(QStringLiteral("xsd"));
        QDir().mkpath(dst);
        for (const QString &name : src.entryList({QStringLiteral("*.xsd")}, QDir::Files)) {
            QFile in(src.filePath(name));
            if (!in.open(QIODevice::ReadOnly))
                return {};
            QByteArray bytes = in.readAll();
            bytes.replace("http://www.w3.org/2001/xml.xsd", "xml.xsd");
            bytes.replace("http://www.w3.org/2001/03/xml.xsd", "xml.xsd");
            QFile out(dst + QLatin1Char('/') + name);
            if (!out.open(QIODevice::WriteOnly))
                return {};
            out.write(bytes);
        }
        m_xsd = dst + QStringLiteral("/archimate3_Diagram.xsd");
        return m_xsd;
    }

    void checkArchiMate(const QString &file, const QStringList &mustContain)
    {
        REQUIRE_TOOL("xmllint", xmllint);
        const QString schema = xsd();
        if (schema.isEmpty())
            QSKIP("../shared/data/archimate/xsd/archimate3_Diagram.xsd is absent; skipping");
        const ToolRun r = runTool(xmllint, {QStringLiteral("--nonet"), QStringLiteral("--noout"),
                                            QStringLiteral("--schema"), schema, file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("validates")));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (const QString &s : mustContain)
            QVERIFY2(text.contains(s), qPrintable(s));
        QVERIFY(text.contains(QStringLiteral("xsi:type=\"Diagram\"")));
        QVERIFY(text.contains(QStringLiteral("Annual cost (GBP)")));
        QVERIFY(text.contains(QStringLiteral("xsi:type=\"Capability\"")));
    }

    void checkGraphMl(const QString &file, int nodes, int edges)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QSet<QString> keys, nodeIds;
        QList<QPair<QString, QString>> edgeEnds;
        int graphs = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            QCOMPARE(xml.namespaceUri().toString(), QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
            const QString n = xml.name().toString();
            if (n == QLatin1String("key"))
                keys.insert(xml.attributes().value(QStringLiteral("id")).toString());
            else if (n == QLatin1String("graph"))
                ++graphs;
            else if (n == QLatin1String("node"))
                nodeIds.insert(xml.attributes().value(QStringLiteral("id")).toString());
            else if (n == QLatin1String("edge"))
                edgeEnds.append({xml.attributes().value(QStringLiteral("source")).toString(),
                                 xml.attributes().value(QStringLiteral("target")).toString()});
            else if (n == QLatin1String("data"))
                QVERIFY2(keys.contains(xml.attributes().value(QStringLiteral("key")).toString()), "data with an undeclared key");
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(graphs, 1);
        QCOMPARE(nodeIds.size(), nodes);
        QCOMPARE(edgeEnds.size(), edges);
        for (const auto &e : edgeEnds)
            QVERIFY(nodeIds.contains(e.first) && nodeIds.contains(e.second));
        REQUIRE_TOOL("graphml2gv", graphml2gv);
        const ToolRun r = runTool(graphml2gv, {file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QStringLiteral(" -> ")), edges);
        for (const QString &id : nodeIds) {
            if (edges > 0 && std::none_of(edgeEnds.begin(), edgeEnds.end(), [&](const auto &e) { return e.first == id || e.second == id; }))
                continue;
            QVERIFY2(r.out.contains(QLatin1Char('"') + id + QLatin1Char('"')), qPrintable(id));
        }
    }

    QString pdfText(const QString &file)
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            return {};
        const ToolRun r = runTool(pdftotext, {QStringLiteral("-layout"), file, QStringLiteral("-")});
        return r.exitCode == 0 ? r.out : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The real demo commons through the real reader.
        const QString demo = sourceDir() + QStringLiteral("/resources/demo");
        QFile bricks(demo + QStringLiteral("/bricks.json"));
        QFile org(demo + QStringLiteral("/orgs/E06000001.json"));
        if (sourceDir().isEmpty() || !bricks.open(QIODevice::ReadOnly) || !org.open(QIODevice::ReadOnly))
            QSKIP("LIVEDNA_SOURCE_DIR is not set or has no demo commons; run through ctest");
        const Result<Catalogue> cat = CommonsReader::readBricks(bricks.readAll(), bricks.fileName());
        QVERIFY2(cat.ok(), qPrintable(cat.errorString()));
        const Result<Organisation> o = CommonsReader::readOrganisation(org.readAll(), org.fileName(), cat.value());
        QVERIFY2(o.ok(), qPrintable(o.errorString()));
        const Service *bb = nullptr;
        for (const Service &s : o.value().services) {
            if (s.id == QLatin1String("blue-badge"))
                bb = &s;
        }
        QVERIFY(bb);
        Proposal p;
        p.title = QStringLiteral("Blue Badge for Hartlepool on commons bricks");
        p.author = QStringLiteral("Jo Bloggs");
        p.created = QDateTime(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC);
        p.modified = p.created;
        p.rationale = QStringLiteral("## Why this matters\n\nThe legacy payment pages duplicate **GOV.UK Pay**.\n\n- lower cost\n- fewer systems\n");
        ProposalBaseline base;
        base.commons = QStringLiteral("demo");
        base.commonsVersion = 1;
        base.org = o.value().code;
        base.orgName = o.value().name;
        base.serviceId = bb->id;
        base.documentSha256 = QStringLiteral("0f").repeated(32);
        base.service = *bb;
        p.baseline = base;
        p.service = *bb;
        p.catalogue = cat.value();
        ProposalModel model;
        model.setProposal(p);
        const auto options = edit::replacementsFor(model, QStringLiteral("pay"));
        QVERIFY(!options.isEmpty());
        QVERIFY(edit::replaceBrick(model, QStringLiteral("pay"), options.first()->id).ok);
        QVERIFY(edit::setBrickName(model, QStringLiteral("apply"), QStringLiteral("Apply, \"online\" =now")).ok);
        QVERIFY(edit::setBrickFte(model, QStringLiteral("assess"), 2.0).ok);
        m_proposal = model.proposal();
        m_proposalFile = m_dir.filePath(QStringLiteral("bb.livedna-proposal.json"));
        QVERIFY(ProposalFile::write(m_proposal, m_proposalFile).ok);
    }

    void archimate()
    {
        const QString file = m_dir.filePath(QStringLiteral("bb.xml"));
        QVERIFY(Exporter::write(Exporter::fromProposal(m_proposal), ExportFormat::ArchiMate, file).ok);
        checkArchiMate(file, {m_proposal.title, QStringLiteral("Mobility assessment"), QStringLiteral("Apply, &quot;online&quot; =now")});
    }

    void pdf()
    {
        const QString file = m_dir.filePath(QStringLiteral("bb.pdf"));
        const Status st = Exporter::write(Exporter::fromProposal(m_proposal), ExportFormat::Pdf, file);
        QVERIFY2(st.ok, qPrintable(st.error));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        const QString text = pdfText(file).simplified();
        const Effect e = computeEffect(&m_proposal.baseline->service, m_proposal.service, m_proposal.catalogue);
        QVERIFY2(text.contains(m_proposal.title), qPrintable(text));
        QVERIFY2(text.contains(Format::gbp(e.before.total)), qPrintable(Format::gbp(e.before.total) + text));
        QVERIFY(text.contains(Format::gbp(e.after.total)));
        QVERIFY(text.contains(QStringLiteral("Annual saving: %1 a year").arg(Format::gbp(e.annualSaving))));
        QVERIFY(text.contains(QStringLiteral("Why this matters"))); // the rationale, as text
        QVERIFY(text.contains(m_proposal.baseline->documentSha256)); // provenance
        QVERIFY(text.contains(QStringLiteral("Mobility assessment"))); // graph labels are text too
    }

    void graphml()
    {
        const QString file = m_dir.filePath(QStringLiteral("bb.graphml"));
        QVERIFY(Exporter::write(Exporter::fromProposal(m_proposal), ExportFormat::GraphMl, file).ok);
        checkGraphMl(file, int(m_proposal.service.bricks.size() + m_proposal.baseline->service.bricks.size()),
                     int(m_proposal.service.flows.size() + m_proposal.baseline->service.flows.size()));
    }

    void csv()
    {
        const QString file = m_dir.filePath(QStringLiteral("bb.csv"));
        QVERIFY(Exporter::write(Exporter::fromProposal(m_proposal), ExportFormat::Csv, file).ok);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(f.readAll()));
        // Header, four effect rows, then the bricks.
        QCOMPARE(rows.size(), 1 + 4 + m_proposal.service.bricks.size() + m_proposal.baseline->service.bricks.size());
        const QStringList header = rows.first();
        for (const QStringList &r : rows)
            QCOMPARE(r.size(), header.size());
        const int name = int(header.indexOf(QStringLiteral("brick_name")));
        const int cost = int(header.indexOf(QStringLiteral("annual_cost_gbp")));
        const int version = int(header.indexOf(QStringLiteral("version")));
        QVERIFY(name >= 0 && cost >= 0 && version >= 0);
        bool foundQuoted = false;
        double proposedTotal = 0;
        for (const QStringList &r : rows.mid(1)) {
            // A leading '=' is defused against spreadsheet formulas; commas and quotes survive.
            if (r.at(name) == QStringLiteral("Apply, \"online\" =now"))
                foundQuoted = true;
            if (r.at(version) == QLatin1String("proposed"))
                proposedTotal += r.at(cost).toDouble();
        }
        QVERIFY(foundQuoted);
        QCOMPARE(proposedTotal, measureService(m_proposal.service, m_proposal.catalogue).total);
    }

    void json()
    {
        const QString file = m_dir.filePath(QStringLiteral("bb.json"));
        QVERIFY(Exporter::write(Exporter::fromProposal(m_proposal), ExportFormat::Json, file).ok);
        const Result<Proposal> back = ProposalFile::read(file);
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        QCOMPARE(comparable(back.value()), comparable(m_proposal));
        const QString schema = sourceDir() + QStringLiteral("/docs/schema/proposal.schema.json");
        QVERIFY(QFile::exists(schema));
        QVERIFY(QFile::exists(QStringLiteral(":/docs/schema/proposal.schema.json"))); // embedded
        REQUIRE_TOOL("python3", python);
        const QString script = QStringLiteral(
            "import json,sys\n"
            "try:\n    import jsonschema\nexcept ImportError:\n    sys.exit(77)\n"
            "s=json.load(open(sys.argv[1]))\n"
            "jsonschema.Draft202012Validator.check_schema(s)\n"
            "v=jsonschema.Draft202012Validator(s, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)\n"
            "bad=0\n"
            "for f in sys.argv[2:]:\n"
            "    for e in v.iter_errors(json.load(open(f))):\n"
            "        print(f, '/'+'/'.join(str(p) for p in e.absolute_path), e.message); bad=1\n"
            "sys.exit(bad)\n");
        // Also a file the schema must refuse, so the check is known to bite.
        QJsonObject o = QJsonDocument::fromJson(ProposalFile::toJson(m_proposal)).object();
        o.remove(QStringLiteral("service"));
        const QString invalid = m_dir.filePath(QStringLiteral("invalid.json"));
        QFile inv(invalid);
        QVERIFY(inv.open(QIODevice::WriteOnly));
        inv.write(QJsonDocument(o).toJson());
        inv.close();
        ToolRun r = runTool(python, {QStringLiteral("-c"), script, schema, file, m_proposalFile});
        if (r.exitCode == 77)
            QSKIP("python3-jsonschema is not installed");
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = runTool(python, {QStringLiteral("-c"), script, schema, invalid});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("'service' is a required property")));
    }

    void cliProposalExport()
    {
        if (cliPath().isEmpty())
            QSKIP("LIVEDNA_CLI is not set; run through ctest");
        const QString cache = m_dir.filePath(QStringLiteral("cli-cache.sqlite"));
        for (const QString &format : Exporter::formatNames()) {
            const QString out = m_dir.filePath(QStringLiteral("cli.") + format);
            const CliRun run = runCli(cache, {QStringLiteral("proposal"), QStringLiteral("export"), m_proposalFile,
                                              QStringLiteral("--format"), format, QStringLiteral("--out"), out});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            QVERIFY(QFileInfo(out).size() > 100);
        }
        checkArchiMate(m_dir.filePath(QStringLiteral("cli.archimate")), {m_proposal.title});
        const QString text = pdfText(m_dir.filePath(QStringLiteral("cli.pdf")));
        if (!text.isEmpty())
            QVERIFY(text.simplified().contains(m_proposal.title));
        CliRun run = runCli(cache, {QStringLiteral("proposal"), QStringLiteral("export"), m_proposalFile,
                                    QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("docx")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x"))));
    }

    void cliPublishedExport()
    {
        if (cliPath().isEmpty())
            QSKIP("LIVEDNA_CLI is not set; run through ctest");
        const QString cache = m_dir.filePath(QStringLiteral("published-cache.sqlite"));
        m_cache = cache;
        CliRun run = runCli(cache, {QStringLiteral("sync"), QStringLiteral("demo")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        // One service, every format.
        for (const QString &format : Exporter::formatNames()) {
            const QString out = m_dir.filePath(QStringLiteral("pub.") + format);
            run = runCli(cache, {QStringLiteral("export"), QStringLiteral("E06000001"), QStringLiteral("blue-badge"),
                                 QStringLiteral("--format"), format, QStringLiteral("--out"), out});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        }
        checkArchiMate(m_dir.filePath(QStringLiteral("pub.archimate")), {QStringLiteral("Blue Badge applications"),
                                                                          QStringLiteral("Hartlepool Borough Council")});
        const QString text = pdfText(m_dir.filePath(QStringLiteral("pub.pdf")));
        if (!text.isEmpty()) {
            QVERIFY(text.contains(QStringLiteral("Hartlepool Borough Council")));
            QVERIFY(text.contains(QStringLiteral("Blue Badge applications")));
        }
        // The whole organisation.
        const QString all = m_dir.filePath(QStringLiteral("org.csv"));
        run = runCli(cache, {QStringLiteral("export"), QStringLiteral("E06000001"), QStringLiteral("--format"),
                             QStringLiteral("csv"), QStringLiteral("--out"), all});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QFile f(all);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(f.readAll()));
        QVERIFY(rows.size() > 10);
        const QString graph = m_dir.filePath(QStringLiteral("org.graphml"));
        run = runCli(cache, {QStringLiteral("export"), QStringLiteral("E06000001"), QStringLiteral("--format"),
                             QStringLiteral("graphml"), QStringLiteral("--out"), graph});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        checkGraphMl(graph, int(rows.size() - 1), [&] {
            QFile g(graph);
            g.open(QIODevice::ReadOnly);
            return int(g.readAll().count("<edge "));
        }());
        // A proposal started from the cache pins its baseline, which is current.
        const QString started = m_dir.filePath(QStringLiteral("started.livedna-proposal.json"));
        run = runCli(cache, {QStringLiteral("proposal"), QStringLiteral("new"), QStringLiteral("E06000001"), QStringLiteral("blue-badge"),
                             QStringLiteral("--author"), QStringLiteral("Jo"), QStringLiteral("--out"), started});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const Result<Proposal> startedProposal = ProposalFile::read(started);
        QVERIFY2(startedProposal.ok(), qPrintable(startedProposal.errorString()));
        QCOMPARE(startedProposal.value().baseline->org, QStringLiteral("E06000001"));
        QCOMPARE(startedProposal.value().baseline->documentSha256.size(), 64);
        run = runCli(cache, {QStringLiteral("proposal"), QStringLiteral("baseline"), started});
        QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("up to date")), qPrintable(run.describe()));
        run = runCli(cache, {QStringLiteral("export"), QStringLiteral("E06000001"), QStringLiteral("archimate")
                                 , QStringLiteral("--format"), QStringLiteral("archimate"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("none.xml"))});
        QCOMPARE(run.exitCode, 2);
        run = runCli(cache, {QStringLiteral("export"), QStringLiteral("X99999999"), QStringLiteral("--format"),
                             QStringLiteral("csv"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("none.csv"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("X99999999")));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
