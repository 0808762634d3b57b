#pragma once

#include "core/sync/documentsource.h"

#include <QTemporaryDir>

#include <memory>

struct archive;

namespace livedna {

// Limits on what a bundle may unpack to. The defaults suit the real commons (tens of MB);
// tests pass smaller ones.
struct BundleLimits
{
    qint64 maxEntryBytes = 256LL * 1024 * 1024; // the sync's own cap on one document
    qint64 maxTotalBytes = 4LL * 1024 * 1024 * 1024;
    int maxEntries = 200000;
    // Past `ratioFloorBytes`, unpacking more than `maxRatio` times the compressed bytes read
    // is a decompression bomb: real commons JSON compresses about 10 to 40 times.
    qint64 ratioFloorBytes = 64LL * 1024 * 1024;
    int maxRatio = 250;
};

// A commons packed into one .tar.zst (.tar.xz, .tar.gz, .tar) file by `livedna-cli bundle`,
// for a hand-over with no network. It is unpacked, with its own checks, into a private
// temporary folder; from there a FolderSource reads it, so hashes, sizes and the signature
// are checked exactly as for a folder. An archive that could place a file outside that
// folder (absolute paths, "..", links, devices) or unpack to more than the limits is
// refused before the sync reads a single document.
class BundleSource : public DocumentSource
{
    Q_DECLARE_TR_FUNCTIONS(BundleSource)

public:
    BundleSource(QString bundlePath, const QAtomicInt *cancelled, BundleLimits limits = {});
    ~BundleSource() override;

    // Whether `path` names a bundle rather than a commons document: every file that is not
    // a .json one.
    static bool looksLikeBundle(const QString &path);

    QString sourceLabel() const override { return m_bundlePath; }
    // "/path/commons.tar.zst:orgs/E06000001.json": a bundle's paths never contain ':'.
    QString displayName(const QString &path) const override;
    Fetched fetchIndex(qint64 maxBytes) override;
    Fetched fetch(const IndexEntry &entry) override;
    Fetched fetchSignature() override;

private:
    struct Unpacked;
    // Unpacks the whole bundle into m_dir, or says why not.
    Fetched unpack();
    Fetched unpackEntries(archive *a, Unpacked *state);
    Fetched unpackOne(archive *a, const QString &path, qint64 declaredSize, Unpacked *state);
    Fetched refuse(const QString &message) const;
    Fetched refuseEntry(const QString &entry, const QString &message) const;
    // The folder holding index.json: the top of the bundle, or its single top-level folder.
    QString commonsRoot(Fetched *failure);

    QString m_bundlePath;
    const QAtomicInt *m_cancelled;
    BundleLimits m_limits;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;   // the unpacked folder holding index.json
    QString m_prefix; // "" or "folder/" when the bundle holds one top-level folder
    std::unique_ptr<FolderSource> m_folder;
};

} // namespace livedna
