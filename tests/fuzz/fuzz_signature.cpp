// libFuzzer harness: the signature and trust check of a sync (verifyIndexSignature,
// checkIndexTrust, indexDeclaredKey, Signature::decodeKey). The input is split into an
// index, a signature file and two key texts. A forged signature must never be accepted:
// any input the check accepts under a key is re-checked against libsodium's own verify.
#include "core/publish/signature.h"
#include "tests/fuzz/fuzzsupport.h"

#include <fuzzer/FuzzedDataProvider.h>
#include <sodium.h>

#include <cstdlib>

namespace {

QByteArray take(FuzzedDataProvider &in, std::size_t max)
{
    const std::string s = in.ConsumeRandomLengthString(max);
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

// The signature must really be one by `key` over `index`: decode it as the reader does
// (raw 64 bytes, or base64/hex text) and ask libsodium itself.
bool reallySigned(const QByteArray &index, const QByteArray &sig, const QByteArray &key)
{
    if (key.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    const QByteArray raw = sig.size() == crypto_sign_BYTES ? sig : livedna::Signature::decodeKey(sig, crypto_sign_BYTES);
    return raw.size() == crypto_sign_BYTES
           && crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(raw.constData()),
                                          reinterpret_cast<const unsigned char *>(index.constData()),
                                          static_cast<unsigned long long>(index.size()),
                                          reinterpret_cast<const unsigned char *>(key.constData())) == 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace livedna;
    FuzzedDataProvider in(data, size);
    const QByteArray pinnedText = take(in, 100);
    const QByteArray trustedText = take(in, 100);
    const QByteArray sig = take(in, 200);
    const QByteArray index = livedna::fuzz::bytesOf(data + (size - in.remaining_bytes()), in.remaining_bytes());

    const QByteArray pinned = Signature::decodeKey(pinnedText, Signature::PublicKeyBytes);
    const QByteArray trusted = Signature::decodeKey(trustedText, Signature::PublicKeyBytes);
    (void)indexDeclaredKey(index);

    const Status verified = verifyIndexSignature(index, sig, pinned);
    if (verified.ok && !reallySigned(index, sig, pinned))
        std::abort(); // accepted a signature libsodium refuses

    const bool replace = in.remaining_bytes() % 2 == 1; // either answer to --replace-key
    const auto trust = checkIndexTrust(index, sig, TrustRequest{pinned, trusted, replace});
    fuzz::touch(trust);
    if (trust.ok() && !trust.value().key.isEmpty() && !reallySigned(index, sig, trust.value().key))
        std::abort(); // pinned a key the index is not signed with
    // A different pinned key is never replaced without --replace-key.
    if (trust.ok() && !pinned.isEmpty() && trust.value().key != pinned && !replace)
        std::abort();
    return 0;
}
