#pragma once

#include "core/sync/documentsource.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QString>

namespace livedna {

struct BundleReport
{
    int files = 0;             // index.json, its signature and every listed document
    qint64 bytes = 0;          // their total size
    qint64 bundleBytes = 0;    // the size of the bundle written
    QString compression;       // "zstd", "xz", "gzip" or "none"
};

// Packs a commons folder into one tar file (compressed as its name says: .tar.zst, .tar.xz,
// .tar.gz or .tar) for an offline hand-over; `livedna-cli sync BUNDLE` reads it back
// (core/sync/bundlesource.h). Only what the index names travels: index.json, index.json.sig
// when present, every document and every extra, each checked against the index's size and
// SHA-256 first, so a bundle never carries a commons that its receiver would refuse for a
// wrong hash. Entries are written in index order with fixed owners, modes and times, so the
// same commons gives the same bundle.
class BundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)

public:
    // The compression `outPath`'s name asks for, or empty when it names none we write.
    static QString compressionFor(const QString &outPath);
    // *failure says whether the commons was refused (Refused) or a file could not be read or
    // written (Io).
    static Result<BundleReport> write(const QString &commonsDir, const QString &outPath, FetchFailure *failure);
};

} // namespace livedna
