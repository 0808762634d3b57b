// Ed25519 signing of index.json and the sync-side trust policy: verified signatures pass;
// one flipped byte, a removed signature and a signature by another key are caught, by
// verifyIndexSignature and by a real sync into a real cache.
#include "core/cache/cache.h"
#include "core/publish/publisher.h"
#include "core/publish/signature.h"
#include "core/sync/syncer.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace livedna;

namespace {

QString demoDir()
{
    return QDir(livedna::test::sourceDir()).filePath(QStringLiteral("resources/demo"));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TstSignature : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_keyA, m_keyB;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_keyA = m_tmp.filePath(QStringLiteral("a.key"));
        m_keyB = m_tmp.filePath(QStringLiteral("b.key"));
        for (const QString &k : {m_keyA, m_keyB}) {
            const Result<Signature::KeyPair> pair = Signature::generate();
            QVERIFY(pair.ok());
            QVERIFY(Signature::writeKeyPair(pair.value(), k, false));
        }
        // Never overwrite a key by accident; the secret stays private.
        const Result<Signature::KeyPair> again = Signature::generate();
        QVERIFY(!Signature::writeKeyPair(again.value(), m_keyA, false));
        QCOMPARE(QFile::permissions(m_keyA) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(Signature::readSecretKey(m_keyA).ok());
        QVERIFY(Signature::readPublicKey(m_keyA + QStringLiteral(".pub")).ok());
        QVERIFY(!Signature::readSecretKey(m_keyA + QStringLiteral(".pub")).ok()); // says it is a public key
        QVERIFY(!Signature::readPublicKey(m_tmp.filePath(QStringLiteral("none"))).ok());
    }

    void verifyAndTamper()
    {
        const QByteArray sk = Signature::readSecretKey(m_keyA).value();
        const QByteArray pk = Signature::readPublicKey(m_keyA + QStringLiteral(".pub")).value();
        const QByteArray pkB = Signature::readPublicKey(m_keyB + QStringLiteral(".pub")).value();
        QCOMPARE(Signature::publicKeyOf(sk), pk);
        const QByteArray index = "{\"format\": \"livedna-commons/1\", \"version\": 3}\n";
        const QByteArray sig = Signature::sign(index, sk).value();
        QVERIFY(verifyIndexSignature(index, sig, pk));
        // The raw 64-byte form is accepted too.
        QVERIFY(verifyIndexSignature(index, QByteArray::fromBase64(sig.trimmed()), pk));

        // Every single flipped bit of the index is caught.
        for (int i = 0; i < index.size(); ++i) {
            QByteArray t = index;
            t[i] = char(t.at(i) ^ (1 << (i % 8)));
            const Status st = verifyIndexSignature(t, sig, pk);
            QVERIFY2(!st, qPrintable(QString::number(i)));
        }
        // A flipped byte in the signature, a truncated one, a missing one, another key.
        QByteArray raw = QByteArray::fromBase64(sig.trimmed());
        raw[10] = char(raw.at(10) ^ 0x40);
        QVERIFY(!verifyIndexSignature(index, raw.toBase64(), pk));
        QVERIFY(!verifyIndexSignature(index, sig.left(40), pk));
        const Status none = verifyIndexSignature(index, QByteArray(), pk);
        QVERIFY(!none);
        QVERIFY2(none.error.contains(QStringLiteral("not signed")), qPrintable(none.error));
        QVERIFY(!verifyIndexSignature(index, sig, pkB));
        QVERIFY(!verifyIndexSignature(index, Signature::sign(index, Signature::readSecretKey(m_keyB).value()).value(), pk));
    }

    void trustPolicy()
    {
        const QByteArray sk = Signature::readSecretKey(m_keyA).value();
        const QByteArray pk = Signature::publicKeyOf(sk);
        const QByteArray pkB = Signature::readPublicKey(m_keyB + QStringLiteral(".pub")).value();
        const QByteArray unsignedIndex = "{\"format\":\"livedna-commons/1\"}";
        const QByteArray signedIndex = "{\"format\":\"livedna-commons/1\",\"public_key\":\"" + Signature::encode(pk) + "\"}";
        const QByteArray sig = Signature::sign(signedIndex, sk).value();
        // Unsigned and never pinned: accepted, nothing to pin.
        QCOMPARE(checkIndexTrust(unsignedIndex, {}, {}, {}).value(), QByteArray());
        // First use of a signed index pins its key.
        QCOMPARE(checkIndexTrust(signedIndex, sig, {}, {}).value(), pk);
        // Once pinned: unsigned refused, wrong key refused, right key accepted.
        QVERIFY(!checkIndexTrust(unsignedIndex, {}, pk, {}).ok());
        QVERIFY(!checkIndexTrust(signedIndex, {}, pk, {}).ok());
        QVERIFY(!checkIndexTrust(signedIndex, sig, pkB, {}).ok());
        QCOMPARE(checkIndexTrust(signedIndex, sig, pk, {}).value(), pk);
        // --trust wins over the pin and over the index's own claim.
        QVERIFY(!checkIndexTrust(signedIndex, sig, {}, pkB).ok());
        QCOMPARE(checkIndexTrust(signedIndex, sig, pkB, pk).value(), pk);
        // A signed index whose signature is wrong is refused even on first use.
        QByteArray bad = QByteArray::fromBase64(sig.trimmed());
        bad[0] = char(bad.at(0) ^ 1);
        QVERIFY(!checkIndexTrust(signedIndex, bad.toBase64(), {}, {}).ok());
    }

    void syncPinsAndRefuses()
    {
        if (!QFileInfo::exists(QDir(demoDir()).filePath(QStringLiteral("bricks.json"))))
            QSKIP("resources/demo is absent");
        const QString out = m_tmp.filePath(QStringLiteral("commons"));
        PublishOptions o;
        o.sourceDir = demoDir();
        o.outDir = out;
        o.commonsId = QStringLiteral("signed-test");
        o.secretKeyFile = m_keyA;
        Result<PublishReport> pub = Publisher::publish(o);
        QVERIFY2(pub.ok(), qPrintable(pub.errorString()));
        QVERIFY(pub.value().signedIndex);
        const QByteArray pk = Signature::readPublicKey(m_keyA + QStringLiteral(".pub")).value();
        QVERIFY(verifyIndexSignature(readAll(QDir(out).filePath(QStringLiteral("index.json"))),
                                     readAll(QDir(out).filePath(QStringLiteral("index.json.sig"))), pk));

        Cache cache;
        QVERIFY(cache.open(m_tmp.filePath(QStringLiteral("cache.sqlite"))));
        Syncer syncer(&cache);
        Result<SyncReport> s = syncer.run(out);
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
        QCOMPARE(cache.commons(QStringLiteral("signed-test"))->publicKey, pk); // pinned on first use

        const QString indexPath = QDir(out).filePath(QStringLiteral("index.json"));
        const QString sigPath = QDir(out).filePath(QStringLiteral("index.json.sig"));
        auto refusedAndUnchanged = [&](const char *what) {
            const Result<SyncReport> r = syncer.run(out);
            QVERIFY2(!r.ok(), what);
            QVERIFY2(r.errorString().contains(QStringLiteral("index.json")), qPrintable(r.errorString()));
            QCOMPARE(cache.commons(QStringLiteral("signed-test"))->version, qint64(1));
            QCOMPARE(cache.commons(QStringLiteral("signed-test"))->publicKey, pk);
        };

        // Version 2, signed by A: accepted. Then tamper with it in three ways.
        QVERIFY(Publisher::publish(o).ok());
        const QByteArray goodIndex = readAll(indexPath), goodSig = readAll(sigPath);
        QByteArray flipped = goodIndex;
        const int at = int(flipped.indexOf("signed-test")) + 1; // stays valid JSON, says something else
        flipped[at] = 'I';
        writeAll(indexPath, flipped);
        refusedAndUnchanged("one flipped byte");
        writeAll(indexPath, goodIndex);
        QVERIFY(QFile::remove(sigPath));
        refusedAndUnchanged("removed signature");
        o.secretKeyFile = m_keyB;
        QVERIFY(Publisher::publish(o).ok()); // version 3, by the other key
        refusedAndUnchanged("signature by another key");
        o.secretKeyFile.clear();
        QVERIFY(Publisher::publish(o).ok()); // version 4, unsigned
        refusedAndUnchanged("unsigned once pinned");
        o.secretKeyFile = m_keyA;
        QVERIFY(Publisher::publish(o).ok()); // version 5, A again
        s = syncer.run(out);
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
        QCOMPARE(s.value().version, 5);

        // A new reader that trusts B explicitly refuses A's publication; trusting A accepts it.
        Cache fresh;
        QVERIFY(fresh.open(m_tmp.filePath(QStringLiteral("fresh.sqlite"))));
        Syncer s2(&fresh);
        SyncOptions trustB;
        trustB.trustedKey = Signature::readPublicKey(m_keyB + QStringLiteral(".pub")).value();
        QVERIFY(!s2.run(out, trustB).ok());
        QVERIFY(fresh.commonsList().isEmpty());
        SyncOptions trustA;
        trustA.trustedKey = pk;
        QVERIFY(s2.run(out, trustA).ok());
        QCOMPARE(fresh.commons(QStringLiteral("signed-test"))->publicKey, pk);
    }

    void cliKeygenSignTrust()
    {
        const QString cli = livedna::test::cliPath();
        if (cli.isEmpty() || !QFileInfo::exists(cli) || !QFileInfo::exists(QDir(demoDir()).filePath(QStringLiteral("bricks.json"))))
            QSKIP("LIVEDNA_CLI or resources/demo is absent");
        QTemporaryDir tmp;
        QProcess p;
        const QString key = tmp.filePath(QStringLiteral("k"));
        p.start(cli, {QStringLiteral("keygen"), key});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        p.start(cli, {QStringLiteral("keygen"), QStringLiteral("--out"), key});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 3); // exists
        const QString out = tmp.filePath(QStringLiteral("c"));
        p.start(cli, {QStringLiteral("publish"), demoDir(), out, QStringLiteral("--commons"), QStringLiteral("cli-signed"),
                      QStringLiteral("--sign"), key});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString cache = tmp.filePath(QStringLiteral("cache.sqlite"));
        p.start(cli, {QStringLiteral("--cache"), cache, QStringLiteral("sync"), QStringLiteral("-q"), out,
                      QStringLiteral("--trust"), key + QStringLiteral(".pub")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(QFile::remove(QDir(out).filePath(QStringLiteral("index.json.sig"))));
        p.start(cli, {QStringLiteral("--cache"), cache, QStringLiteral("sync"), QStringLiteral("-q"), out});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TstSignature)
#include "tst_signature.moc"
