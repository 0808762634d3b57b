// The JSON Schemas in docs/schema/ (as embedded in the binary) checked with a real
// draft 2020-12 validator, python3-jsonschema, through scripts/check-schemas.py. The same
// rule table as tst_reader drives it: every rule a schema can state must be rejected by
// the schema, every rule it cannot state is left to the reader, and every edge value the
// spec allows is accepted by both.

#include "tests/support/testenv.h"
#include "tests/tst_reader11_fixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace livedna;
using namespace livedna::test;

namespace {

struct SchemaCase
{
    QString name;
    QString kind;         // index, bricks or organisation
    QByteArray bytes;
    bool valid = true;    // what the schema must say
    QString pointer;      // for invalid cases: where the violation is
};

QString kindOf(const QString &document)
{
    return document == QLatin1String("org") ? QStringLiteral("organisation") : document;
}

// Commons 1.1: the valid documents that use every addition, each 1.1 rule, each 1.1 edge.
void append11Cases(QList<SchemaCase> &cases)
{
    cases.append({QStringLiteral("valid 1.1 index"), QStringLiteral("index"), QByteArray(Index11Json), true, {}});
    cases.append({QStringLiteral("valid 1.1 bricks"), QStringLiteral("bricks"), QByteArray(Bricks11Json), true, {}});
    cases.append({QStringLiteral("valid 1.1 organisation"), QStringLiteral("organisation"), QByteArray(Org11Json), true, {}});
    for (const RuleCase &r : rule11Cases()) {
        cases.append({QStringLiteral("rule: ") + r.name, kindOf(r.document),
                      bytesOf(edited(fixture11(r.document), r.pointer, r.value)), !r.schema, r.expectedPointer});
    }
    for (const AcceptedCase &a : accepted11Cases()) {
        cases.append({QStringLiteral("accepted: ") + a.name, kindOf(a.document),
                      bytesOf(edited(fixture11(a.document), a.pointer, a.value)), true, {}});
    }
}

QList<SchemaCase> schemaCases()
{
    QList<SchemaCase> cases;
    cases.append({QStringLiteral("valid index"), QStringLiteral("index"), QByteArray(IndexJson), true, {}});
    cases.append({QStringLiteral("valid bricks"), QStringLiteral("bricks"), QByteArray(BricksJson), true, {}});
    cases.append({QStringLiteral("valid organisation"), QStringLiteral("organisation"), QByteArray(OrgJson), true, {}});
    for (const RuleCase &r : ruleCases()) {
        // A rule the schema cannot state leaves a document the schema accepts: that shows
        // the row broke exactly that rule and nothing else.
        cases.append({QStringLiteral("rule: ") + r.name, kindOf(r.document),
                      bytesOf(edited(fixture(r.document), r.pointer, r.value)), !r.schema, r.expectedPointer});
    }
    for (const AcceptedCase &a : acceptedCases()) {
        cases.append({QStringLiteral("accepted: ") + a.name, kindOf(a.document),
                      bytesOf(edited(fixture(a.document), a.pointer, a.value)), true, {}});
    }
    append11Cases(cases);
    const QJsonObject extra{{QStringLiteral("future"), QJsonArray{1, 2}}};
    cases.append({QStringLiteral("unknown fields allowed"), QStringLiteral("organisation"),
                  bytesOf(setAt(edited(OrgJson, QStringLiteral("/services/0/bricks/0/x-note"), extra),
                                {QStringLiteral("x-top")}, true).toObject()),
                  true, {}});
    return cases;
}

} // namespace

Q_DECLARE_METATYPE(SchemaCase)

class TestSchema : public QObject
{
    Q_OBJECT

private:
    QString m_python;
    QTemporaryDir m_tmp;
    QString m_schemaDir;
    QHash<QString, QJsonObject> m_results; // case name -> {valid, errors}

    // Runs the checker once for many files: one Python start-up instead of hundreds.
    QList<QJsonObject> check(const QList<QPair<QString, QString>> &kindAndFile, int *exitCode)
    {
        QStringList args{QDir(sourceDir()).filePath(QStringLiteral("scripts/check-schemas.py")), QStringLiteral("--json"),
                         QStringLiteral("--schemas"), m_schemaDir};
        for (const auto &kf : kindAndFile) {
            if (!kf.first.isEmpty())
                args << QStringLiteral("--schema") << kf.first;
            args << kf.second;
        }
        QProcess p;
        p.start(m_python, args);
        if (!p.waitForFinished(300000)) {
            qWarning("check-schemas.py did not finish");
            return {};
        }
        *exitCode = p.exitCode();
        if (!p.readAllStandardError().isEmpty())
            qWarning("%s", qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QList<QJsonObject> results;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty())
                results.append(QJsonDocument::fromJson(line).object());
        }
        return results;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (sourceDir().isEmpty())
            QSKIP("LIVEDNA_SOURCE_DIR is not set (run through ctest)");
        m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (m_python.isEmpty())
            QSKIP("python3 is not installed (scripts/install-deps.sh installs it)");
        if (QProcess::execute(m_python, {QStringLiteral("-c"), QStringLiteral("import jsonschema")}) != 0)
            QSKIP("python3-jsonschema is not installed (scripts/install-deps.sh installs it)");

        // Validate the schemas the binary ships, not only the files in the source tree.
        QVERIFY(m_tmp.isValid());
        m_schemaDir = m_tmp.filePath(QStringLiteral("schema"));
        QVERIFY(QDir().mkpath(m_schemaDir));
        for (const char *name : {"index.schema.json", "bricks.schema.json", "organisation.schema.json"}) {
            const QString resource = QStringLiteral(":/docs/schema/") + QLatin1String(name);
            QFile in(resource);
            QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(resource + QStringLiteral(" is not embedded")));
            const QByteArray embedded = in.readAll();
            QFile source(QDir(sourceDir()).filePath(QStringLiteral("docs/schema/") + QLatin1String(name)));
            QVERIFY(source.open(QIODevice::ReadOnly));
            QCOMPARE(embedded, source.readAll());
            QFile out(QDir(m_schemaDir).filePath(QLatin1String(name)));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(embedded);
        }

        const QList<SchemaCase> cases = schemaCases();
        QList<QPair<QString, QString>> jobs;
        for (int i = 0; i < cases.size(); ++i) {
            const QString file = m_tmp.filePath(QStringLiteral("case-%1.json").arg(i));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(cases.at(i).bytes);
            jobs.append({cases.at(i).kind, file});
        }
        int exitCode = -1;
        const QList<QJsonObject> results = check(jobs, &exitCode);
        QCOMPARE(results.size(), cases.size());
        QCOMPARE(exitCode, 1); // some cases are invalid by design
        for (int i = 0; i < cases.size(); ++i) {
            QCOMPARE(results.at(i).value(QStringLiteral("file")).toString(), jobs.at(i).second);
            m_results.insert(cases.at(i).name, results.at(i));
        }
    }

    void documents_data()
    {
        QTest::addColumn<SchemaCase>("schemaCase");
        for (const SchemaCase &c : schemaCases())
            QTest::newRow(qPrintable(c.name)) << c;
    }

    void documents()
    {
        QFETCH(SchemaCase, schemaCase);
        const QJsonObject result = m_results.value(schemaCase.name);
        QVERIFY(!result.isEmpty());
        const QJsonArray errors = result.value(QStringLiteral("errors")).toArray();
        const QString report = QString::fromUtf8(QJsonDocument(errors).toJson());
        QVERIFY2(result.value(QStringLiteral("valid")).toBool() == schemaCase.valid,
                 qPrintable((schemaCase.valid ? QStringLiteral("schema rejected a valid document:\n")
                                              : QStringLiteral("schema accepted a violation\n"))
                            + report));
        if (schemaCase.valid)
            return;
        // The schema must object at the violation, or at its parent for a missing member.
        bool located = false;
        for (const QJsonValue &e : errors) {
            const QString at = e.toObject().value(QStringLiteral("pointer")).toString();
            if (at == schemaCase.pointer || schemaCase.pointer.startsWith(at + QLatin1Char('/'))
                || (at.isEmpty() && schemaCase.pointer.count(QLatin1Char('/')) == 1))
                located = true;
        }
        QVERIFY2(located, qPrintable(QStringLiteral("no error at %1:\n%2").arg(schemaCase.pointer, report)));
    }

    void formatPicksTheSchema()
    {
        // Without --schema the checker chooses by "format", as a publisher would run it.
        QList<QPair<QString, QString>> jobs;
        const QList<QByteArray> docs{QByteArray(IndexJson), QByteArray(BricksJson), QByteArray(OrgJson)};
        for (int i = 0; i < docs.size(); ++i) {
            const QString file = m_tmp.filePath(QStringLiteral("auto-%1.json").arg(i));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(docs.at(i));
            jobs.append({QString(), file});
        }
        int exitCode = -1;
        const QList<QJsonObject> results = check(jobs, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(results.size(), 3);
        for (const QJsonObject &r : results)
            QVERIFY(r.value(QStringLiteral("valid")).toBool());
    }

    // The demo commons shipped in the binary must satisfy the published schemas.
    void demoCommonsValid()
    {
        if (!QFile::exists(QStringLiteral(":/demo/index.json")))
            QSKIP("no demo commons embedded yet (:/demo/index.json)");
        QList<QPair<QString, QString>> jobs;
        QDirIterator it(QStringLiteral(":/demo"), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        int n = 0;
        while (it.hasNext()) {
            QFile in(it.next());
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QString file = m_tmp.filePath(QStringLiteral("demo-%1.json").arg(n++));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(in.readAll());
            jobs.append({QString(), file});
        }
        int exitCode = -1;
        const QList<QJsonObject> results = check(jobs, &exitCode);
        QCOMPARE(results.size(), jobs.size());
        for (const QJsonObject &r : results)
            QVERIFY2(r.value(QStringLiteral("valid")).toBool(), qPrintable(QString::fromUtf8(QJsonDocument(r).toJson())));
        QCOMPARE(exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
