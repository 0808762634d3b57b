// Importers and publisher on the real shared data: prints how long each step takes.
//   bench_import [SHARED_DATA_DIR]   (default: $LIVEDNA_SHARED_DATA, else ../shared/data)
#include "core/importers/councilimporter.h"
#include "core/importers/csvreader.h"
#include "core/importers/spendingimporter.h"
#include "core/publish/publisher.h"
#include "core/publish/signature.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace livedna;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString data = argc > 1 ? QString::fromLocal8Bit(argv[1]) : qEnvironmentVariable("LIVEDNA_SHARED_DATA");
    if (data.isEmpty())
        data = QStringLiteral("../shared/data");
    const QString la = QDir(data).filePath(QStringLiteral("local-authorities/uk_local_authorities.csv"));
    const QString rs = QDir(data).filePath(QStringLiteral("council-spending/RS_2017-18_by_LA_long.csv"));
    if (!QFile::exists(la) || !QFile::exists(rs)) {
        out << "shared data not found under " << data << Qt::endl;
        return 0;
    }
    QTemporaryDir tmp;
    QElapsedTimer t;

    t.start();
    const Result<CsvTable> csv = CsvReader::readFile(rs);
    out << "csv: RS long form, " << csv.value().rows.size() << " rows parsed in " << t.elapsed() << " ms" << Qt::endl;

    const QString src = tmp.filePath(QStringLiteral("src"));
    CouncilImportOptions co;
    co.registerFile = la;
    co.similarityDir = QDir(data).filePath(QStringLiteral("similarity/la-similarity-mysociety"));
    co.outDir = src;
    co.period = QStringLiteral("2017-18");
    t.restart();
    const Result<ImportReport> c = CouncilImporter::run(co);
    out << "import councils: " << c.value().imported << " documents in " << t.elapsed() << " ms" << Qt::endl;

    SpendingImportOptions so;
    so.file = rs;
    so.outDir = src;
    so.orgColumn = QStringLiteral("ons_code");
    so.orgKey = QStringLiteral("gss");
    so.registerFile = la;
    so.serviceIdColumn = QStringLiteral("rs_line");
    so.serviceColumn = QStringLiteral("rs_label");
    so.amountColumn = QStringLiteral("value_gbp_thousands");
    so.periodColumn = QStringLiteral("financial_year");
    so.scale = 1000;
    so.include = {{QStringLiteral("rs_section"), QStringLiteral("Service Expenditure")}};
    so.exclude = {{QStringLiteral("rs_line"), QStringLiteral("699")}};
    so.requireExisting = true;
    t.restart();
    const Result<ImportReport> s = SpendingImporter::run(so);
    out << "import spending: " << s.value().rowsIn << " rows, " << s.value().written.size() << " documents merged in "
        << t.elapsed() << " ms" << Qt::endl;

    // The demo catalogue is embedded in livedna_core.
    QFile::copy(QStringLiteral(":/demo/bricks.json"), QDir(src).filePath(QStringLiteral("bricks.json")));
    const QString key = tmp.filePath(QStringLiteral("k"));
    Signature::writeKeyPair(Signature::generate().value(), key, false);
    PublishOptions po;
    po.sourceDir = src;
    po.outDir = tmp.filePath(QStringLiteral("commons"));
    po.commonsId = QStringLiteral("bench");
    po.secretKeyFile = key;
    for (int i = 0; i < 3; ++i) {
        t.restart();
        const Result<PublishReport> p = Publisher::publish(po);
        out << "publish (validate, hash, fsync, swap, sign) v" << (p.ok() ? p.value().version : -1) << ": "
            << (p.ok() ? p.value().organisations : 0) << " organisations in " << t.elapsed() << " ms" << Qt::endl;
    }
    QFile idx(QDir(po.outDir).filePath(QStringLiteral("index.json")));
    idx.open(QIODevice::ReadOnly);
    const QByteArray bytes = idx.readAll();
    QFile sigf(QDir(po.outDir).filePath(QStringLiteral("index.json.sig")));
    sigf.open(QIODevice::ReadOnly);
    const QByteArray sig = sigf.readAll();
    const QByteArray pk = Signature::readPublicKey(key + QStringLiteral(".pub")).value();
    t.restart();
    int ok = 0;
    for (int i = 0; i < 1000; ++i)
        ok += verifyIndexSignature(bytes, sig, pk).ok ? 1 : 0;
    out << "verify index.json.sig (" << bytes.size() << " bytes): 1000 × in " << t.elapsed() << " ms (" << ok << " ok)" << Qt::endl;
    return 0;
}
