#include "core/publish/signature.h"

#include "core/util/logging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

namespace livedna {

static bool sodiumReady()
{
    // sodium_init is thread-safe and idempotent; it returns 1 when already initialised.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

static constexpr qint64 MaxKeyFileBytes = 4096;

QByteArray Signature::decodeKey(const QByteArray &text, int bytes)
{
    const QByteArray t = text.trimmed();
    if (t.size() == bytes * 2) {
        bool hex = true;
        for (char c : t)
            hex = hex && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
        if (hex)
            return QByteArray::fromHex(t);
    }
    const auto decoded = QByteArray::fromBase64Encoding(t, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && decoded.decoded.size() == bytes)
        return decoded.decoded;
    return {};
}

QByteArray Signature::publicKeyOf(const QByteArray &secretKey)
{
    if (secretKey.size() != SecretKeyBytes)
        return {};
    // libsodium's secret key is seed || public key.
    return secretKey.right(PublicKeyBytes);
}

Result<Signature::KeyPair> Signature::generate()
{
    if (!sodiumReady())
        return Result<KeyPair>::failure(QString(), QString(), tr("libsodium could not be initialised."));
    KeyPair pair;
    pair.publicKey.resize(PublicKeyBytes);
    pair.secretKey.resize(SecretKeyBytes);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

static Status writeSmallFile(const QString &path, const QByteArray &bytes, QFile::Permissions perms)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Status::failure(Signature::tr("Cannot write %1: %2").arg(path, f.errorString()));
    // Set before any secret byte is written, so the key is never readable by others.
    f.setPermissions(perms);
    f.write(bytes);
    if (!f.commit())
        return Status::failure(Signature::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return Status::success();
}

Status Signature::writeKeyPair(const KeyPair &pair, const QString &secretPath, bool overwrite)
{
    const QString pubPath = secretPath + QStringLiteral(".pub");
    if (!overwrite) {
        for (const QString &p : {secretPath, pubPath}) {
            if (QFileInfo::exists(p))
                return Status::failure(tr("%1 already exists; not overwriting a key (use --force).").arg(p));
        }
    }
    Status st = writeSmallFile(secretPath, encode(pair.secretKey) + '\n',
                               QFile::ReadOwner | QFile::WriteOwner);
    if (!st)
        return st;
    return writeSmallFile(pubPath, encode(pair.publicKey) + '\n',
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
}

static Result<QByteArray> readKeyFile(const QString &path, int bytes, const QString &what)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(path, QString(), Signature::tr("Cannot read the %1: %2").arg(what, f.errorString()));
    if (f.size() > MaxKeyFileBytes)
        return Result<QByteArray>::failure(path, QString(), Signature::tr("This is not a %1 (file too large).").arg(what));
    const QByteArray key = Signature::decodeKey(f.readAll(), bytes);
    if (key.isEmpty()) {
        return Result<QByteArray>::failure(
            path, QString(),
            Signature::tr("This is not a %1: expected base64 or hex of %2 bytes.").arg(what).arg(bytes));
    }
    return key;
}

Result<QByteArray> Signature::readSecretKey(const QString &path)
{
    Result<QByteArray> r = readKeyFile(path, SecretKeyBytes, tr("Ed25519 secret key"));
    if (!r.ok() && readKeyFile(path, PublicKeyBytes, tr("Ed25519 public key")).ok()) {
        return Result<QByteArray>::failure(path, QString(),
                                           tr("This is a public key; signing needs the secret key "
                                              "file that keygen wrote beside it."));
    }
    return r;
}

Result<QByteArray> Signature::readPublicKey(const QString &path)
{
    return readKeyFile(path, PublicKeyBytes, tr("Ed25519 public key"));
}

Result<QByteArray> Signature::sign(const QByteArray &message, const QByteArray &secretKey)
{
    if (!sodiumReady())
        return Result<QByteArray>::failure(QString(), QString(), tr("libsodium could not be initialised."));
    if (secretKey.size() != SecretKeyBytes)
        return Result<QByteArray>::failure(QString(), QString(), tr("The secret key must be %1 bytes.").arg(SecretKeyBytes));
    QByteArray sig(SignatureBytes, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return encode(sig) + '\n';
}

Status verifyIndexSignature(const QByteArray &indexBytes, const QByteArray &sigBytes,
                            const QByteArray &publicKey)
{
    if (!sodiumReady())
        return Status::failure(Signature::tr("libsodium could not be initialised."));
    if (publicKey.size() != Signature::PublicKeyBytes)
        return Status::failure(Signature::tr("The pinned public key is not an Ed25519 key (%1 bytes).").arg(publicKey.size()));
    if (sigBytes.isEmpty())
        return Status::failure(Signature::tr("index.json is not signed (no index.json.sig) but this commons' key is pinned."));
    QByteArray sig;
    if (sigBytes.size() == Signature::SignatureBytes)
        sig = sigBytes; // raw form
    else
        sig = Signature::decodeKey(sigBytes, Signature::SignatureBytes);
    if (sig.size() != Signature::SignatureBytes)
        return Status::failure(Signature::tr("index.json.sig is not an Ed25519 signature (expected base64 of 64 bytes)."));
    const int rc = crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(sig.constData()),
                                               reinterpret_cast<const unsigned char *>(indexBytes.constData()),
                                               static_cast<unsigned long long>(indexBytes.size()),
                                               reinterpret_cast<const unsigned char *>(publicKey.constData()));
    if (rc != 0) {
        return Status::failure(Signature::tr("index.json.sig does not match index.json under the pinned key %1: "
                                             "the index was altered or signed by another key.")
                                   .arg(QString::fromLatin1(Signature::encode(publicKey))));
    }
    return Status::success();
}

QByteArray indexDeclaredKey(const QByteArray &indexBytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(indexBytes);
    if (!doc.isObject())
        return {};
    const QJsonValue v = doc.object().value(QLatin1String("public_key"));
    if (!v.isString())
        return {};
    return Signature::decodeKey(v.toString().toLatin1(), Signature::PublicKeyBytes);
}

static Result<TrustDecision> refuseTrust(const QString &message)
{
    return Result<TrustDecision>::failure(QStringLiteral("index.json"), QString(), message);
}

// Which key verifies this index, and how the pin changes; nullopt-like failure when the
// request asks to replace a pin without --replace-key.
static Result<TrustDecision> decideKey(const QByteArray &indexBytes, const QByteArray &sigBytes,
                                       const TrustRequest &request)
{
    TrustDecision d;
    if (!request.pinnedKey.isEmpty()) {
        d.key = request.pinnedKey;
        if (!request.trustedKey.isEmpty() && request.trustedKey != request.pinnedKey) {
            if (!request.replaceKey) {
                return refuseTrust(Signature::tr("this commons is pinned to key %1; --trust names another key, %2. "
                                                 "Run again with --replace-key to replace the pinned key.")
                                       .arg(keyFingerprint(request.pinnedKey), keyFingerprint(request.trustedKey)));
            }
            d.key = request.trustedKey;
            d.change = TrustDecision::Change::Replaced;
            d.previousKey = request.pinnedKey;
        }
        return d;
    }
    if (!request.trustedKey.isEmpty()) {
        d.key = request.trustedKey;
        d.change = TrustDecision::Change::Trusted;
        return d;
    }
    const QByteArray declared = indexDeclaredKey(indexBytes);
    if (declared.isEmpty()) {
        if (!sigBytes.isEmpty())
            qCWarning(lcSync) << "index.json.sig present but index.json declares no public_key; not pinning";
        return d; // an unsigned commons, never pinned: accepted as before
    }
    d.key = declared; // trust on first use
    d.change = TrustDecision::Change::FirstUse;
    return d;
}

Result<TrustDecision> checkIndexTrust(const QByteArray &indexBytes, const QByteArray &sigBytes,
                                      const TrustRequest &request)
{
    Result<TrustDecision> decided = decideKey(indexBytes, sigBytes, request);
    if (!decided.ok() || decided.value().key.isEmpty())
        return decided;
    const Status st = verifyIndexSignature(indexBytes, sigBytes, decided.value().key);
    if (!st)
        return refuseTrust(st.error);
    if (decided.value().change != TrustDecision::Change::None)
        qCInfo(lcSync) << "pinning the commons key" << keyFingerprint(decided.value().key);
    return decided;
}

QString keyFingerprint(const QByteArray &publicKey)
{
    const QByteArray hash = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(16);
    return QStringLiteral("SHA256:") + QString::fromLatin1(hash.toHex(':'));
}

} // namespace livedna
