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
        using Change = TrustDecision::Change;
        const auto trust = [](const QByteArray &index, const QByteArray &signature, const QByteArray &pinned,
                              const QByteArray &trusted, bool replace = false) {
            return checkIndexTrust(index, signature, TrustRequest{pinned, trusted, replace});
        };
        // Unsigned and never pinned: accepted, nothing to pin.
        QCOMPARE(trust(unsignedIndex, {}, {}, {}).value().key, QByteArray());
        QCOMPARE(trust(unsignedIndex, {}, {}, {}).value().change, Change::None);
        // First use of a signed index pins its key, and says so (the CLI prints the fingerprint).
        QCOMPARE(trust(signedIndex, sig, {}, {}).value().key, pk);
        QCOMPARE(trust(signedIndex, sig, {}, {}).value().change, Change::FirstUse);
        // Once pinned: unsigned refused, wrong key refused, right key accepted with no change.
        QVERIFY(!trust(unsignedIndex, {}, pk, {}).ok());
        QVERIFY(!trust(signedIndex, {}, pk, {}).ok());
        QVERIFY(!trust(signedIndex, sig, pkB, {}).ok());
        QCOMPARE(trust(signedIndex, sig, pk, {}).value().change, Change::None);
        // --trust of the pinned key itself changes nothing.
        QCOMPARE(trust(signedIndex, sig, pk, pk).value().change, Change::None);
        // --trust without a pin pins that key, and wins over the index's own claim.
        QVERIFY(!trust(signedIndex, sig, {}, pkB).ok());
        QCOMPARE(trust(signedIndex, sig, {}, pk).value().change, Change::Trusted);
        // Issue 12: --trust never silently replaces a different pinned key: it needs --replace-key,
        // and the message names both keys.
        const auto silent = trust(signedIndex, sig, pkB, pk);
        QVERIFY(!silent.ok());
        const QString why = silent.problems().constFirst().message;
        QVERIFY2(why.contains(QStringLiteral("--replace-key")) && why.contains(keyFingerprint(pkB))
                     && why.contains(keyFingerprint(pk)),
                 qPrintable(why));
        const auto replaced = trust(signedIndex, sig, pkB, pk, true);
        QCOMPARE(replaced.value().key, pk);
        QCOMPARE(replaced.value().change, Change::Replaced);
        QCOMPARE(replaced.value().previousKey, pkB);
        // A signed index whose signature is wrong is refused even on first use.
        QByteArray bad = QByteArray::fromBase64(sig.trimmed());
        bad[0] = char(bad.at(0) ^ 1);
        QVERIFY(!trust(signedIndex, bad.toBase64(), {}, {}).ok());
        // Fingerprints are stable, short and distinct.
        QVERIFY(keyFingerprint(pk).startsWith(QStringLiteral("SHA256:")));
        QCOMPARE(keyFingerprint(pk), keyFingerprint(QByteArray(pk)));
        QVERIFY(keyFingerprint(pk) != keyFingerprint(pkB));
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
        const Result<SyncReport> trusted = s2.run(out, trustA);
        QVERIFY(trusted.ok());
        QCOMPARE(trusted.value().keyChange, TrustDecision::Change::Trusted);
        QCOMPARE(fresh.commons(QStringLiteral("signed-test"))->publicKey, pk);

        // Issue 12: the publisher moves to key B. --trust B alone never replaces the pin (the
        // cache keeps A and says how to replace it); --trust B --replace-key does, and says so;
        // after that an index signed by A is refused.
        o.secretKeyFile = m_keyB;
        QVERIFY(Publisher::publish(o).ok()); // version 6, by B
        const Result<SyncReport> silent = s2.run(out, trustB);
        QVERIFY(!silent.ok());
        QVERIFY2(silent.errorString().contains(QStringLiteral("--replace-key")), qPrintable(silent.errorString()));
        QVERIFY2(!silent.errorString().contains(QStringLiteral("index.json: index.json")), qPrintable(silent.errorString()));
        QCOMPARE(fresh.commons(QStringLiteral("signed-test"))->publicKey, pk);
        QCOMPARE(fresh.commons(QStringLiteral("signed-test"))->version, qint64(5));
        SyncOptions replaceWithB = trustB;
        replaceWithB.replaceKey = true;
        const Result<SyncReport> replaced = s2.run(out, replaceWithB);
        QVERIFY2(replaced.ok(), qPrintable(replaced.errorString()));
        QCOMPARE(replaced.value().keyChange, TrustDecision::Change::Replaced);
        QCOMPARE(replaced.value().previousKey, pk);
        QCOMPARE(fresh.commons(QStringLiteral("signed-test"))->publicKey, trustB.trustedKey);
        o.secretKeyFile = m_keyA;
        QVERIFY(Publisher::publish(o).ok()); // version 7, by A again: no longer trusted
        QVERIFY(!s2.run(out).ok());
        QCOMPARE(fresh.commons(QStringLiteral("signed-test"))->version, qint64(6));
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
        const QString pinnedLine = QString::fromUtf8(p.readAllStandardOutput());
        const QByteArray pub = Signature::readPublicKey(key + QStringLiteral(".pub")).value();
        QVERIFY2(pinnedLine.contains(keyFingerprint(pub)), qPrintable(pinnedLine));
        QVERIFY(QFile::remove(QDir(out).filePath(QStringLiteral("index.json.sig"))));
        p.start(cli, {QStringLiteral("--cache"), cache, QStringLiteral("sync"), QStringLiteral("-q"), out});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);

        // Trust on first use prints the fingerprint, so it can be compared with the publisher's.
        const QString tofu = tmp.filePath(QStringLiteral("tofu.sqlite"));
        p.start(cli, {QStringLiteral("publish"), demoDir(), out, QStringLiteral("--sign"), key});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        p.start(cli, {QStringLiteral("--cache"), tofu, QStringLiteral("sync"), QStringLiteral("-q"), out});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString firstUse = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(firstUse.contains(QStringLiteral("first use")) && firstUse.contains(keyFingerprint(pub)),
                 qPrintable(firstUse));
        // --replace-key without --trust is a usage error.
        p.start(cli, {QStringLiteral("--cache"), tofu, QStringLiteral("sync"), QStringLiteral("-q"), out,
                      QStringLiteral("--replace-key")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TstSignature)
#include "tst_signature.moc"
