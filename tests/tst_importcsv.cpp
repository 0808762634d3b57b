// The RFC 4180 reader and the small conversions every importer relies on.
#include "core/importers/csvreader.h"
#include "core/importers/importcommon.h"
#include "core/importers/councilimporter.h"
#include "core/importers/lgslimporter.h"
#include "core/importers/nhstrustimporter.h"
#include "core/importers/orukimporter.h"
#include "core/importers/spendingimporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace livedna;

class TstImportCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedFieldsCommasNewlines()
    {
        const QByteArray csv = "id,name,note\r\n"
                               "1,\"Bristol, City of\",\"said \"\"hello\"\"\"\r\n"
                               "2,King's Lynn and West Norfolk,\"two\nlines, and a comma\"\r\n"
                               "3,Brighton & Hove,\r\n";
        const Result<CsvTable> r = CsvReader::readBytes(csv, QStringLiteral("t.csv"));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        const CsvTable &t = r.value();
        QCOMPARE(t.header, (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("note")}));
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.rows.at(0).at(1), QStringLiteral("Bristol, City of"));
        QCOMPARE(t.rows.at(0).at(2), QStringLiteral("said \"hello\""));
        QCOMPARE(t.rows.at(1).at(1), QStringLiteral("King's Lynn and West Norfolk"));
        QCOMPARE(t.rows.at(1).at(2), QStringLiteral("two\nlines, and a comma"));
        QCOMPARE(t.rows.at(2).at(1), QStringLiteral("Brighton & Hove"));
        QCOMPARE(t.rows.at(2).size(), 3); // trailing empty field kept
        QCOMPARE(t.rows.at(2).at(2), QString());
        // Physical lines: the second record spans lines 3-4, so the third starts on line 5.
        QCOMPARE(t.lines, (QList<int>{2, 3, 5}));
    }

    void bomAndDelimiterDetection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<bool>("bom");
        QTest::newRow("utf8 bom, comma") << QByteArray("\xEF\xBB\xBFIdentifier,Label\n1,\"a;b\"\n") << QStringLiteral(",") << true;
        QTest::newRow("semicolon") << QByteArray("Identifier;Label\n1;\"a,b\"\n2;c\n") << QStringLiteral(";") << false;
        QTest::newRow("tab") << QByteArray("Identifier\tLabel\n1\ta, b\n") << QStringLiteral("\t") << false;
        QTest::newRow("pipe") << QByteArray("Identifier|Label\n1|a, b; c\n") << QStringLiteral("|") << false;
        QByteArray utf16("\xFF\xFE");
        for (char c : QByteArray("Identifier,Label\n1,x\n")) {
            utf16.append(c);
            utf16.append('\0');
        }
        QTest::newRow("utf16le bom") << utf16 << QStringLiteral(",") << true;
    }
    void bomAndDelimiterDetection()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, delimiter);
        QFETCH(bool, bom);
        const Result<CsvTable> r = CsvReader::readBytes(bytes, QStringLiteral("t.csv"));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(QString(r.value().delimiter), delimiter);
        QCOMPARE(r.value().hadBom, bom);
        // The BOM never leaks into the first column's name.
        QCOMPARE(r.value().header.first(), QStringLiteral("Identifier"));
        QCOMPARE(r.value().column(QStringLiteral("label")), 1);
        QCOMPARE(r.value().column(QStringLiteral("2")), 1);
        QVERIFY(r.value().rows.size() >= 1);
        QCOMPARE(r.value().rows.first().size(), 2);
    }

    void unterminatedQuoteIsAnErrorWithItsLine()
    {
        const Result<CsvTable> r = CsvReader::readBytes("a,b\n1,2\n3,\"never closed\n4,5\n", QStringLiteral("bad.csv"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QStringLiteral("bad.csv")), qPrintable(r.errorString()));
        QVERIFY2(r.errorString().contains(QStringLiteral("Line 3")), qPrintable(r.errorString()));
    }

    void sloppyButReadable()
    {
        // No final newline, LF-only, blank lines, a stray quote inside an unquoted field.
        const Result<CsvTable> r = CsvReader::readBytes("a,b\n\n1,5\" screen\n2,x", QStringLiteral("t.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().rows.size(), 2);
        QCOMPARE(r.value().rows.at(0).at(1), QStringLiteral("5\" screen"));
        QCOMPARE(r.value().rows.at(1).at(1), QStringLiteral("x"));
    }

    void previewStopsEarly()
    {
        QByteArray big("a,b\n");
        for (int i = 0; i < 5000; ++i)
            big += QByteArray::number(i) + ",\"v\nw\"\n";
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("big.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(big);
        f.close();
        CsvOptions o;
        o.maxRows = 10;
        const Result<CsvTable> r = CsvReader::readFile(f.fileName(), o);
        QVERIFY(r.ok());
        QCOMPARE(r.value().rows.size(), 10);
        QCOMPARE(r.value().rows.at(9).at(1), QStringLiteral("v\nw"));
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("state");
        QTest::addColumn<double>("value");
        const int V = int(ImportCommon::AmountState::Value), B = int(ImportCommon::AmountState::Blank),
                  I = int(ImportCommon::AmountState::Invalid);
        QTest::newRow("int") << QStringLiteral("278639") << V << 278639.0;
        QTest::newRow("negative") << QStringLiteral("-22588.718430000001") << V << -22588.718430000001;
        QTest::newRow("thousands") << QStringLiteral("1,234,567") << V << 1234567.0;
        QTest::newRow("pounds") << QStringLiteral("£1,200.50") << V << 1200.5;
        QTest::newRow("brackets") << QStringLiteral("(1,200)") << V << -1200.0;
        QTest::newRow("exponent") << QStringLiteral("-1.1641532182693482E-13") << V << -1.1641532182693482E-13;
        QTest::newRow("blank") << QString() << B << 0.0;
        QTest::newRow("ellipsis") << QStringLiteral("...") << B << 0.0;
        QTest::newRow("unicode ellipsis") << QString(QChar(0x2026)) << B << 0.0;
        QTest::newRow("dash") << QStringLiteral(" - ") << B << 0.0;
        QTest::newRow("text") << QStringLiteral("twelve") << I << 0.0;
    }
    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(int, state);
        QFETCH(double, value);
        const ImportCommon::Amount a = ImportCommon::parseAmount(text);
        QCOMPARE(int(a.state), state);
        QCOMPARE(a.value, value);
    }

    void textHelpers()
    {
        QCOMPARE(ImportCommon::slugify(QStringLiteral("190 Education services")), QStringLiteral("190-education-services"));
        QCOMPARE(ImportCommon::slugify(QStringLiteral("King's Lynn & West Norfolk")), QStringLiteral("kings-lynn-and-west-norfolk"));
        QCOMPARE(ImportCommon::stripHtml(QStringLiteral("<p>Help&nbsp;with <b>rent</b> &amp; bills</p><p><br></p>")),
                 QStringLiteral("Help with rent & bills"));
        QCOMPARE(ImportCommon::financialYear(QDate(2018, 3, 31)), QStringLiteral("2017-18"));
        QCOMPARE(ImportCommon::financialYear(QDate(2018, 4, 1)), QStringLiteral("2018-19"));
        QCOMPARE(ImportCommon::financialYear(QDate(1999, 4, 1)), QStringLiteral("1999-00"));
        QVERIFY(ImportCommon::isPeriod(QStringLiteral("2017-18")));
        QVERIFY(!ImportCommon::isPeriod(QStringLiteral("2017-19")));
        QVERIFY(ImportCommon::isSafeCode(QStringLiteral("E06000023")));
        QVERIFY(!ImportCommon::isSafeCode(QStringLiteral("../x")));
        QCOMPARE(NhsTrustImporter::properCase(QStringLiteral("ALDER HEY CHILDREN'S NHS FOUNDATION TRUST")),
                 QStringLiteral("Alder Hey Children's NHS Foundation Trust"));
        QCOMPARE(NhsTrustImporter::properCase(QStringLiteral("UNIVERSITY HOSPITALS OF NORTH MIDLANDS NHS TRUST")),
                 QStringLiteral("University Hospitals of North Midlands NHS Trust"));
    }

    void hostileInputsFailCleanly()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &bytes) {
            const QString path = dir.filePath(name);
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(bytes);
            return path;
        };
        const QString out = dir.filePath(QStringLiteral("out"));
        SpendingImportOptions o;
        o.file = write(QStringLiteral("s.csv"), "org,service,amount\nE06000023,Libraries,10\n");
        o.outDir = out;
        o.orgColumn = QStringLiteral("organisation");
        o.serviceColumn = QStringLiteral("service");
        o.amountColumn = QStringLiteral("amount");
        o.period = QStringLiteral("2017-18");
        Result<ImportReport> r = SpendingImporter::run(o);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QStringLiteral("org, service, amount")), qPrintable(r.errorString()));

        // Random bytes: no crash, a clear refusal.
        QByteArray noise(64 * 1024, '\0');
        for (char &c : noise)
            c = char(QRandomGenerator::global()->bounded(256));
        o.file = write(QStringLiteral("noise.csv"), noise);
        o.orgColumn = QStringLiteral("org");
        r = SpendingImporter::run(o);
        QVERIFY(!r.ok());

        // A broken document already in OUT is never overwritten.
        o.file = write(QStringLiteral("s.csv"), "org,service,amount\nE06000023,Libraries,10\n");
        QVERIFY(QDir().mkpath(out + QStringLiteral("/orgs/E06000023")));
        const QString victim = write(QStringLiteral("out/orgs/E06000023/2017-18.json"), "{ not json");
        r = SpendingImporter::run(o);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QStringLiteral("not overwriting")), qPrintable(r.errorString()));
        QFile vf(victim);
        QVERIFY(vf.open(QIODevice::ReadOnly));
        QCOMPARE(vf.readAll(), QByteArray("{ not json"));

        OrukImportOptions oo;
        oo.outDir = dir.filePath(QStringLiteral("out2"));
        oo.orgCode = QStringLiteral("E06000023");
        oo.orgName = QStringLiteral("Bristol City Council");
        oo.files = {write(QStringLiteral("feed.json"), "[{\"id\": 1, \"name\": ")};
        Result<ImportReport> ro = OrukImporter::run(oo);
        QVERIFY(!ro.ok());
        QVERIFY2(ro.errorString().contains(QStringLiteral("Not JSON")), qPrintable(ro.errorString()));
        oo.files = {write(QStringLiteral("deep.json"), QByteArray(100000, '[') + QByteArray(100000, ']'))};
        QVERIFY(!OrukImporter::run(oo).ok());
        oo.orgCode = QStringLiteral("../../etc");
        QVERIFY(!OrukImporter::run(oo).ok());

        CouncilImportOptions co;
        co.registerFile = write(QStringLiteral("r.csv"), "a,b\n1,2\n");
        co.outDir = out;
        Result<ImportReport> rc = CouncilImporter::run(co);
        QVERIFY(!rc.ok());
        QVERIFY2(rc.errorString().contains(QStringLiteral("register")), qPrintable(rc.errorString()));

        // An lgsl.json beside an index that lists other bytes for it is refused.
        const QString commons = dir.filePath(QStringLiteral("c"));
        QVERIFY(QDir().mkpath(commons));
        QList<LgslService> list{{372, QStringLiteral("Abandoned vehicles"), QStringLiteral("live"), QString(), QString()}};
        const QByteArray lg = LgslImporter::toJson(list, QString());
        write(QStringLiteral("c/lgsl.json"), lg);
        write(QStringLiteral("c/index.json"),
              "{\"extras\": [{\"path\": \"lgsl.json\", \"type\": \"lgsl\", \"sha256\": \"00\", \"bytes\": 1}]}");
        QVERIFY(!LgslImporter::run({QDir(commons).filePath(QStringLiteral("lgsl.json")), QString()}).ok());
    }
};

QTEST_GUILESS_MAIN(TstImportCsv)
#include "tst_importcsv.moc"
