#pragma once

#include "core/util/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace livedna {

// Ed25519 (libsodium) keys and detached signatures of index.json.
//
// Files (see docs/publishing.md):
//  - public key file: one line, base64 of the 32-byte key (hex is accepted too);
//  - secret key file: one line, base64 of libsodium's 64-byte secret key, mode 0600;
//  - index.json.sig: one line, base64 of the 64-byte signature (raw 64 bytes accepted).
// A signed index.json also names its key in the optional field "public_key" (base64), so a
// reader can pin the key on first use; the field is covered by the signature itself.
class Signature
{
    Q_DECLARE_TR_FUNCTIONS(Signature)

public:
    static constexpr int PublicKeyBytes = 32;
    static constexpr int SecretKeyBytes = 64;
    static constexpr int SignatureBytes = 64;

    struct KeyPair
    {
        QByteArray publicKey; // 32 raw bytes
        QByteArray secretKey; // 64 raw bytes
    };

    static Result<KeyPair> generate();
    // Writes SECRET (0600) and SECRET.pub; refuses to overwrite unless `overwrite`.
    static Status writeKeyPair(const KeyPair &pair, const QString &secretPath, bool overwrite);
    static Result<QByteArray> readSecretKey(const QString &path);
    static Result<QByteArray> readPublicKey(const QString &path);
    // Decodes the text of a key file or a "public_key" field: base64 or hex of `bytes` bytes.
    static QByteArray decodeKey(const QByteArray &text, int bytes);
    static QByteArray publicKeyOf(const QByteArray &secretKey);
    static QByteArray encode(const QByteArray &raw) { return raw.toBase64(); }

    // Detached signature of `message`, encoded as the index.json.sig file holds it.
    static Result<QByteArray> sign(const QByteArray &message, const QByteArray &secretKey);
};

// The check a reader runs: `sigBytes` is the content of index.json.sig (empty when the
// server has none), `publicKey` the 32 raw bytes of the pinned key.
Status verifyIndexSignature(const QByteArray &indexBytes, const QByteArray &sigBytes,
                            const QByteArray &publicKey);

// The "public_key" an index.json declares (raw bytes), empty when none or malformed.
QByteArray indexDeclaredKey(const QByteArray &indexBytes);

// What a sync asks of the trust policy: the key pinned in the cache for this commons (empty
// when none), the key given with --trust (empty when none), and whether --replace-key
// allows that key to replace a different pinned one.
struct TrustRequest
{
    QByteArray pinnedKey;
    QByteArray trustedKey;
    bool replaceKey = false;
};

// What the policy decided: the key the index was verified with (empty for an unsigned,
// never pinned commons) and how the pin changes, so the caller can say so (issue 12: a
// trust change is never silent).
struct TrustDecision
{
    enum class Change { None, FirstUse, Trusted, Replaced };
    QByteArray key;
    Change change = Change::None;
    QByteArray previousKey; // the pin that Replaced replaces
};

// The whole trust policy of a sync, in one place so the sync code stays small:
//  - with a pinned key, `trustedKey` may only name the same key, unless `replaceKey` is
//    set: a different key replaces the pin only when asked (Change::Replaced);
//  - without a pin, `trustedKey` is pinned (Change::Trusted);
//  - else, when the index is signed and declares its key, that key is pinned on first use
//    (Change::FirstUse; the caller prints its fingerprint);
//  - else the commons stays unsigned and unpinned.
// With a key, a missing or wrong signature is refused.
Result<TrustDecision> checkIndexTrust(const QByteArray &indexBytes, const QByteArray &sigBytes,
                                      const TrustRequest &request);

// A short, comparable rendering of a public key for people: "SHA256:" and the first 16
// bytes of its hash in hex pairs, as SSH prints host keys.
QString keyFingerprint(const QByteArray &publicKey);

} // namespace livedna
