#pragma once

// Shared by the libFuzzer harnesses (docs/fuzzing.md). Each harness feeds untrusted bytes to
// one reader and asserts nothing but that it returns: the sanitizers (address, undefined,
// float-cast-overflow) and libFuzzer's own limits (-rss_limit_mb, -timeout) turn a crash,
// undefined behaviour, a leak of memory or a hang into a finding.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace livedna::fuzz {

// A deep copy: the readers keep no pointer into libFuzzer's buffer, but a copy also lets
// AddressSanitizer see a read one byte past the input (fromRawData would hide it).
inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Results are read back so that a reader that "succeeds" with a broken value (a dangling
// string, an uninitialised member) is exercised too.
template<typename R>
std::size_t touch(const R &result)
{
    return result.ok() ? 1u : static_cast<std::size_t>(result.errorString().size());
}

} // namespace livedna::fuzz
