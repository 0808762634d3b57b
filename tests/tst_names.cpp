// Real names carry commas, apostrophes, ampersands and Welsh letters. Each must come out of
// every step exactly as it went in: the reader, a sync into a real SQLite cache, the cache
// reopened from disk, and livedna-cli's text and JSON output.

#include "core/cache/cache.h"
#include "core/commons/commonsreader.h"
#include "core/sync/syncer.h"
#include "tests/support/clirunner.h"
#include "tests/support/testenv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace livedna;
using namespace livedna::test;

namespace {

// The demo organisations whose names are hard, by code.
const QList<QPair<QString, QString>> &demoNames()
{
    static const QList<QPair<QString, QString>> names{
        {QStringLiteral("W06000001"), QStringLiteral("Cyngor Sir Ynys Môn")},
        {QStringLiteral("E06000023"), QStringLiteral("Bristol, City of")},
        {QStringLiteral("E07000146"), QStringLiteral("King's Lynn and West Norfolk")},
        {QStringLiteral("E06000043"), QStringLiteral("Brighton & Hove")},
        {QStringLiteral("RJ1"), QStringLiteral("Guy's and St Thomas' NHS Foundation Trust")},
    };
    return names;
}

// Harder still, in a commons written by the test: quotes, angle brackets, backslashes,
// a slash, every Welsh circumflex, an en dash and a character outside the BMP.
const QString kTitle = QStringLiteral("Cymru & England: \"names\" test, 'quoted'");
const QString kServiceA = QStringLiteral("Meals on wheels & lunch clubs, Mon–Fri");
const QString kServiceB = QStringLiteral("Gwasanaethau cŵn a chathod – âêîôûŵŷ ÂÊÎÔÛŴŶ");
const QString kBrick = QStringLiteral("Siân's \"quick\" <case> tool \\ v2 🐉");

struct TrickyOrg
{
    QString code;
    QString name;
};

const QList<TrickyOrg> &trickyOrgs()
{
    static const QList<TrickyOrg> orgs{
        {QStringLiteral("W06000001"), QStringLiteral("Cyngor Sir Ynys Môn")},
        {QStringLiteral("E06000023"), QStringLiteral("Bristol, City of")},
        {QStringLiteral("E07000146"), QStringLiteral("King's Lynn and West Norfolk")},
        {QStringLiteral("E06000043"), QStringLiteral("Brighton & Hove")},
        {QStringLiteral("W06000008"), QStringLiteral("Ceredigion County Council / Cyngor Sir Ceredigion")},
        {QStringLiteral("W06000023"), QStringLiteral("Cyngor Sir Powys – Powys County Council; \"Powys\"")},
    };
    return orgs;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool writeTrickyCommons(const QString &dir)
{
    QJsonArray documents;
    const auto add = [&](const QString &path, const QString &type, const QString &org, const QByteArray &bytes) {
        if (!writeFile(dir + QLatin1Char('/') + path, bytes))
            return false;
        QJsonObject e{{QStringLiteral("path"), path},
                      {QStringLiteral("type"), type},
                      {QStringLiteral("sha256"),
                       QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
                      {QStringLiteral("bytes"), bytes.size()}};
        if (!org.isEmpty())
            e.insert(QStringLiteral("org"), org);
        documents.append(e);
        return true;
    };
    const QJsonObject bricks{
        {QStringLiteral("format"), QStringLiteral("livedna-bricks/1")},
        {QStringLiteral("capabilities"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("forms")},
                                {QStringLiteral("name"), QStringLiteral("Forms & \"intake\"")},
                                {QStringLiteral("layer"), QStringLiteral("overhead")}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("assessment")},
                                {QStringLiteral("name"), QStringLiteral("Asesu anghenion")},
                                {QStringLiteral("layer"), QStringLiteral("frontline")}}}},
        {QStringLiteral("bricks"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("forms.govuk-forms")},
                                {QStringLiteral("name"), QStringLiteral("GOV.UK Forms")},
                                {QStringLiteral("capability"), QStringLiteral("forms")},
                                {QStringLiteral("standard_annual_cost_gbp"), 3000}}}}};
    if (!add(QStringLiteral("bricks.json"), QStringLiteral("bricks"), {}, QJsonDocument(bricks).toJson()))
        return false;
    for (const TrickyOrg &o : trickyOrgs()) {
        const QJsonArray services{
            QJsonObject{{QStringLiteral("id"), QStringLiteral("meals")},
                        {QStringLiteral("name"), kServiceA},
                        {QStringLiteral("bricks"),
                         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("form")},
                                                {QStringLiteral("name"), kBrick},
                                                {QStringLiteral("capability"), QStringLiteral("forms")},
                                                {QStringLiteral("annual_cost_gbp"), 1234.5}},
                                    QJsonObject{{QStringLiteral("id"), QStringLiteral("std")},
                                                {QStringLiteral("name"), QStringLiteral("Ffurflen safonol")},
                                                {QStringLiteral("uses"), QStringLiteral("forms.govuk-forms")},
                                                {QStringLiteral("annual_cost_gbp"), 3000}}}}},
            QJsonObject{{QStringLiteral("id"), QStringLiteral("dogs")},
                        {QStringLiteral("name"), kServiceB},
                        {QStringLiteral("reported_cost_gbp"), -2500},
                        {QStringLiteral("bricks"),
                         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("visit")},
                                                {QStringLiteral("name"), QStringLiteral("Ymweliad â'r cartref")},
                                                {QStringLiteral("capability"), QStringLiteral("assessment")},
                                                {QStringLiteral("annual_cost_gbp"), 46000}}}}}};
        const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("livedna-org/1")},
                              {QStringLiteral("organisation"),
                               QJsonObject{{QStringLiteral("code"), o.code},
                                           {QStringLiteral("name"), o.name},
                                           {QStringLiteral("kind"), QStringLiteral("council")},
                                           {QStringLiteral("region"), QStringLiteral("Cymru / Wales")}}},
                              {QStringLiteral("period"), QStringLiteral("2025-26")},
                              {QStringLiteral("services"), services}};
        if (!add(QStringLiteral("orgs/%1.json").arg(o.code), QStringLiteral("organisation"), o.code,
                 QJsonDocument(doc).toJson()))
            return false;
    }
    const QJsonObject index{{QStringLiteral("format"), QStringLiteral("livedna-commons/1")},
                            {QStringLiteral("commons"), QStringLiteral("names-test")},
                            {QStringLiteral("title"), kTitle},
                            {QStringLiteral("version"), 1},
                            {QStringLiteral("published"), QStringLiteral("2026-11-01T09:00:00Z")},
                            {QStringLiteral("documents"), documents}};
    return writeFile(dir + QStringLiteral("/index.json"), QJsonDocument(index).toJson());
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestNames : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(!cliPath().isEmpty() && QFileInfo(cliPath()).isExecutable(),
                 "LIVEDNA_CLI must name the built livedna-cli (ctest sets it)");
    }

    void demoFilesHoldUtf8()
    {
        // "ô" is U+00F4, two bytes in UTF-8; a Latin-1 slip would show as one byte or as "Ã´".
        const QByteArray bytes = readAll(QStringLiteral(":/demo/orgs/W06000001.json"));
        QVERIFY(bytes.contains("\"Cyngor Sir Ynys M\xc3\xb4n\""));
        QVERIFY(!bytes.contains("\xc3\x83"));
        QVERIFY(readAll(QStringLiteral(":/demo/index.json")).contains("illustrative"));
    }

    void reader()
    {
        Result<Catalogue> cat = CommonsReader::readBricks(readAll(QStringLiteral(":/demo/bricks.json")),
                                                          QStringLiteral("bricks.json"));
        QVERIFY2(cat.ok(), qPrintable(cat.errorString()));
        for (const auto &[code, name] : demoNames()) {
            const QString file = QStringLiteral(":/demo/orgs/%1.json").arg(code);
            Result<Organisation> org = CommonsReader::readOrganisation(readAll(file), file, cat.value(), code);
            QVERIFY2(org.ok(), qPrintable(org.errorString()));
            QCOMPARE(org.value().name, name);
        }
    }

    void syncAndCache()
    {
        const QString path = m_tmp.filePath(QStringLiteral("names.sqlite"));
        {
            Cache cache;
            const Status opened = cache.open(path);
            QVERIFY2(opened.ok, qPrintable(opened.error));
            Syncer syncer(&cache);
            Result<SyncReport> r = syncer.run(QStringLiteral("demo"));
            QVERIFY2(r.ok(), qPrintable(r.errorString()));
            for (const auto &[code, name] : demoNames()) {
                const std::optional<OrgSummary> s = cache.organisationSummary(code);
                QVERIFY2(s.has_value(), qPrintable(code));
                QCOMPARE(s->name, name);
            }
        }
        // From disk, in a new connection: what SQLite stored, not what a statement cached.
        Cache reopened;
        QVERIFY(reopened.open(path).ok);
        for (const auto &[code, name] : demoNames()) {
            const std::optional<Organisation> org = reopened.organisation(code);
            QVERIFY2(org.has_value(), qPrintable(code));
            QCOMPARE(org->name, name);
            bool found = false;
            for (const OrgSummary &s : reopened.organisations())
                found = found || (s.code == code && s.name == name);
            QVERIFY2(found, qPrintable(code));
        }
    }

    void demoThroughCli()
    {
        const QString cache = m_tmp.filePath(QStringLiteral("demo-cli.sqlite"));
        CliRun r = runCli(cache, {QStringLiteral("sync"), QStringLiteral("demo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        for (const auto &[code, name] : demoNames())
            QVERIFY2(r.out.contains(QStringLiteral("orgs/%1.json (%2)").arg(code, name)), qPrintable(r.out));

        r = runCli(cache, {QStringLiteral("orgs")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        for (const auto &[code, name] : demoNames())
            QVERIFY2(r.out.contains(name), qPrintable(name + QLatin1Char('\n') + r.out));

        r = runCli(cache, {QStringLiteral("orgs"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QHash<QString, QString> byCode;
        for (const QJsonValue &v : r.json().array())
            byCode.insert(v[QStringLiteral("code")].toString(), v[QStringLiteral("name")].toString());
        for (const auto &[code, name] : demoNames()) {
            QCOMPARE(byCode.value(code), name);
            r = runCli(cache, {QStringLiteral("show"), code});
            QVERIFY2(r.exitCode == 0 && r.out.startsWith(name + QStringLiteral(" (") + code + QLatin1Char(')')),
                     qPrintable(r.describe()));
            r = runCli(cache, {QStringLiteral("show"), QStringLiteral("--json"), code});
            QCOMPARE(r.json().object().value(QStringLiteral("name")).toString(), name);
            // People type names, not codes.
            r = runCli(cache, {QStringLiteral("show"), QStringLiteral("--json"), name});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            QCOMPARE(r.json().object().value(QStringLiteral("code")).toString(), code);
        }
    }

    void trickyCommonsThroughEveryStep()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("tricky"));
        QVERIFY(writeTrickyCommons(dir));

        CliRun r = runCli({}, {QStringLiteral("validate"), dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        const QString cache = m_tmp.filePath(QStringLiteral("tricky.sqlite"));
        r = runCli(cache, {QStringLiteral("sync"), dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(kTitle), qPrintable(r.out));

        r = runCli(cache, {QStringLiteral("orgs")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        for (const TrickyOrg &o : trickyOrgs())
            QVERIFY2(r.out.contains(o.name), qPrintable(o.name));

        r = runCli(cache, {QStringLiteral("orgs"), QStringLiteral("--json")});
        QJsonParseError error;
        const QJsonDocument orgs = QJsonDocument::fromJson(r.rawOut, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + r.out));
        QCOMPARE(orgs.array().size(), trickyOrgs().size());
        for (const TrickyOrg &o : trickyOrgs()) {
            bool found = false;
            for (const QJsonValue &v : orgs.array())
                found = found || (v[QStringLiteral("code")].toString() == o.code
                                  && v[QStringLiteral("name")].toString() == o.name);
            QVERIFY2(found, qPrintable(o.name));

            r = runCli(cache, {QStringLiteral("show"), o.code});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            QVERIFY2(r.out.startsWith(o.name + QStringLiteral(" (") + o.code + QLatin1Char(')')), qPrintable(r.out));
            QVERIFY2(r.out.contains(kServiceA) && r.out.contains(kServiceB), qPrintable(r.out));

            r = runCli(cache, {QStringLiteral("show"), o.code, QStringLiteral("--json")});
            const QJsonObject obj = QJsonDocument::fromJson(r.rawOut, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
            QCOMPARE(obj.value(QStringLiteral("name")).toString(), o.name);
            const QJsonArray services = obj.value(QStringLiteral("services")).toArray();
            QStringList names;
            for (const QJsonValue &s : services)
                names << s[QStringLiteral("name")].toString();
            names.sort();
            QStringList expected{kServiceA, kServiceB};
            expected.sort();
            QCOMPARE(names, expected);
            QCOMPARE(obj.value(QStringLiteral("total_gbp")).toDouble(), 1234.5 + 3000 + 46000);
            QCOMPARE(obj.value(QStringLiteral("reported_gbp")).toDouble(), -2500.0);
        }

        // Brick names live in the cache too; read them back through the same file.
        Cache c;
        QVERIFY(c.open(cache).ok);
        const std::optional<Service> meals =
            c.service(QStringLiteral("W06000001"), QStringLiteral("meals"), QStringLiteral("names-test"));
        QVERIFY(meals.has_value());
        QCOMPARE(meals->name, kServiceA);
        QCOMPARE(meals->bricks.size(), 2);
        QStringList brickNames{meals->bricks.at(0).name, meals->bricks.at(1).name};
        QVERIFY2(brickNames.contains(kBrick), qPrintable(brickNames.join(QLatin1Char('|'))));
        const std::optional<CommonsInfo> info = c.commons(QStringLiteral("names-test"));
        QVERIFY(info.has_value());
        QCOMPARE(info->title, kTitle);
    }
};

QTEST_GUILESS_MAIN(TestNames)
#include "tst_names.moc"
