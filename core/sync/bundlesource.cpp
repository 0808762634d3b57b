#include "core/sync/bundlesource.h"

#include "core/commons/commonsreader.h"
#include "core/util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

namespace livedna {

namespace {

// Frees the reader however unpacking ends.
struct ArchiveReader
{
    archive *a = archive_read_new();
    ~ArchiveReader() { archive_read_free(a); }
};

QString archiveError(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : BundleSource::tr("unknown error");
}

} // namespace

struct BundleSource::Unpacked
{
    QSet<QString> paths;
    qint64 total = 0;
    int entries = 0;
};

BundleSource::BundleSource(QString bundlePath, const QAtomicInt *cancelled, BundleLimits limits)
    : m_bundlePath(std::move(bundlePath))
    , m_cancelled(cancelled)
    , m_limits(limits)
{
}

BundleSource::~BundleSource() = default;

bool BundleSource::looksLikeBundle(const QString &path)
{
    return !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

QString BundleSource::displayName(const QString &path) const
{
    return QDir::toNativeSeparators(m_bundlePath) + QLatin1Char(':') + m_prefix + path;
}

Fetched BundleSource::refuse(const QString &message) const
{
    Fetched f;
    f.failure = FetchFailure::Refused;
    f.problems.append(Problem{QDir::toNativeSeparators(m_bundlePath), QString(), message});
    return f;
}

Fetched BundleSource::refuseEntry(const QString &entry, const QString &message) const
{
    Fetched f;
    f.failure = FetchFailure::Refused;
    f.problems.append(Problem{QDir::toNativeSeparators(m_bundlePath) + QLatin1Char(':') + entry, QString(), message});
    return f;
}

// Empty when `name` is a plain relative path inside the bundle, else why not. Directory
// names may end with '/'; "./" prefixes (tar -C dir .) are dropped.
static QString unsafeEntryPath(QString *name, bool directory)
{
    while (name->startsWith(QLatin1String("./")))
        name->remove(0, 2);
    if (directory) {
        while (name->endsWith(QLatin1Char('/')))
            name->chop(1);
        if (name->isEmpty() || *name == QLatin1String("."))
            return {};
    }
    if (name->startsWith(QLatin1Char('/')))
        return BundleSource::tr("has an absolute path; a bundle holds only relative paths");
    const QStringList parts = name->split(QLatin1Char('/'));
    if (parts.contains(QLatin1String("..")))
        return BundleSource::tr("leads outside the bundle (“..”)");
    if (parts.contains(QString()) || parts.contains(QLatin1String(".")))
        return BundleSource::tr("is not a plain relative path");
    QString why;
    if (!CommonsReader::isSafePath(*name, &why))
        return BundleSource::tr("has an unsafe path: %1").arg(why);
    return {};
}

Fetched BundleSource::unpack()
{
    const QFileInfo info(m_bundlePath);
    if (!info.isFile() || !info.isReadable()) {
        Fetched f = refuse(tr("cannot be read"));
        f.failure = FetchFailure::Io;
        return f;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/livedna-bundle-XXXXXX"));
    if (!m_dir->isValid()) {
        Fetched f = refuse(tr("no room to unpack it: %1").arg(m_dir->errorString()));
        f.failure = FetchFailure::Io;
        return f;
    }
    ArchiveReader reader;
    // Tar only, in the compressions `bundle` writes: zip, cpio or ISO images are not bundles,
    // and rarer filters could make libarchive start an external program.
    archive_read_support_filter_zstd(reader.a);
    archive_read_support_filter_xz(reader.a);
    archive_read_support_filter_gzip(reader.a);
    archive_read_support_filter_bzip2(reader.a);
    archive_read_support_format_tar(reader.a);
    if (archive_read_open_filename(reader.a, QFile::encodeName(m_bundlePath).constData(), 64 * 1024) != ARCHIVE_OK) {
        // The file was readable a moment ago: what fails here is its format.
        return refuse(tr("is damaged, truncated or not a bundle: %1").arg(archiveError(reader.a)));
    }
    Unpacked state;
    Fetched result = unpackEntries(reader.a, &state);
    if (!result.ok())
        return result;
    const QString root = commonsRoot(&result);
    if (!result.ok())
        return result;
    qCInfo(lcSync) << "unpacked" << state.entries << "entries," << state.total << "bytes of" << m_bundlePath;
    m_root = root;
    m_folder = std::make_unique<FolderSource>(root, m_bundlePath);
    return {};
}

Fetched BundleSource::unpackEntries(archive *a, Unpacked *state)
{
    for (;;) {
        if (m_cancelled && m_cancelled->loadRelaxed()) {
            Fetched f = refuse(tr("cancelled"));
            f.failure = FetchFailure::Cancelled;
            return f;
        }
        archive_entry *entry = nullptr;
        const int r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN)
            return refuse(tr("is damaged, truncated or not a bundle: %1").arg(archiveError(a)));
        if (++state->entries > m_limits.maxEntries)
            return refuse(tr("holds more than %1 entries; refused").arg(m_limits.maxEntries));
        const char *raw = archive_entry_pathname_utf8(entry);
        if (!raw)
            return refuse(tr("holds an entry whose name is not UTF-8"));
        QString name = QString::fromUtf8(raw);
        const QString shown = name;
        if (archive_entry_hardlink(entry))
            return refuseEntry(shown, tr("is a hard link; a bundle holds only files and folders"));
        const mode_t type = archive_entry_filetype(entry);
        if (type == AE_IFLNK)
            return refuseEntry(shown, tr("is a symbolic link; a bundle holds only files and folders"));
        if (type != AE_IFREG && type != AE_IFDIR)
            return refuseEntry(shown, tr("is a device, pipe or socket; a bundle holds only files and folders"));
        if (const QString why = unsafeEntryPath(&name, type == AE_IFDIR); !why.isEmpty())
            return refuseEntry(shown, why);
        if (type == AE_IFDIR) {
            if (!name.isEmpty() && !QDir(m_dir->path()).mkpath(name))
                return refuseEntry(shown, tr("cannot be unpacked as a folder"));
            continue;
        }
        const qint64 declared = archive_entry_size_is_set(entry) ? qint64(archive_entry_size(entry)) : -1;
        if (Fetched f = unpackOne(a, name, declared, state); !f.ok())
            return f;
    }
    return {};
}

Fetched BundleSource::unpackOne(archive *a, const QString &path, qint64 declaredSize, Unpacked *state)
{
    if (state->paths.contains(path))
        return refuseEntry(path, tr("appears twice in the bundle"));
    state->paths.insert(path);
    if (declaredSize > m_limits.maxEntryBytes) {
        return refuseEntry(path, tr("is %1 bytes; a bundle entry may be at most %2 bytes")
                                     .arg(declaredSize)
                                     .arg(m_limits.maxEntryBytes));
    }
    if (declaredSize > 0 && state->total + declaredSize > m_limits.maxTotalBytes)
        return refuse(tr("unpacks to more than %1 bytes; refused").arg(m_limits.maxTotalBytes));
    const QString full = m_dir->filePath(path);
    QFile out(full);
    if (!QDir().mkpath(QFileInfo(full).absolutePath()) || !out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return refuseEntry(path, tr("cannot be unpacked: %1").arg(out.errorString()));
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qint64 written = 0;
    for (;;) {
        const la_ssize_t n = archive_read_data(a, buffer.data(), size_t(buffer.size()));
        if (n == 0)
            break;
        if (n < 0)
            return refuseEntry(path, tr("is damaged or truncated: %1").arg(archiveError(a)));
        written += n;
        state->total += n;
        if (written > m_limits.maxEntryBytes) {
            return refuseEntry(path, tr("unpacks to more than %1 bytes; a bundle entry may be at most that")
                                         .arg(m_limits.maxEntryBytes));
        }
        if (state->total > m_limits.maxTotalBytes)
            return refuse(tr("unpacks to more than %1 bytes; refused").arg(m_limits.maxTotalBytes));
        const qint64 compressed = archive_filter_bytes(a, -1);
        if (state->total > m_limits.ratioFloorBytes && state->total > qint64(m_limits.maxRatio) * compressed) {
            return refuseEntry(path, tr("unpacks to more than %1 times the bundle's size: a decompression bomb; refused")
                                         .arg(m_limits.maxRatio));
        }
        if (out.write(buffer.constData(), n) != n) {
            Fetched f = refuseEntry(path, tr("cannot be unpacked: %1").arg(out.errorString()));
            f.failure = FetchFailure::Io;
            return f;
        }
    }
    return {};
}

QString BundleSource::commonsRoot(Fetched *failure)
{
    const QDir top(m_dir->path());
    if (QFileInfo(top.filePath(QStringLiteral("index.json"))).isFile())
        return top.path();
    // `tar -cf x.tar commons/` puts everything under one folder: accept that too.
    const QStringList entries = top.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    if (entries.size() == 1 && QFileInfo(top.filePath(entries.constFirst())).isDir()
        && QFileInfo(top.filePath(entries.constFirst() + QStringLiteral("/index.json"))).isFile()) {
        m_prefix = entries.constFirst() + QLatin1Char('/');
        return top.filePath(entries.constFirst());
    }
    *failure = refuse(tr("holds no index.json (at its top or in its one top-level folder); not a commons bundle"));
    return {};
}

// FolderSource names files by their unpacked path; people know them by the bundle's.
static Fetched relabel(Fetched f, const QString &unpackedRoot, const BundleSource &source)
{
    const QString prefix = QDir::toNativeSeparators(unpackedRoot + QLatin1Char('/'));
    for (Problem &p : f.problems) {
        if (p.file.startsWith(prefix))
            p.file = source.displayName(p.file.mid(prefix.size()));
    }
    return f;
}

Fetched BundleSource::fetchIndex(qint64 maxBytes)
{
    if (!m_folder) {
        if (Fetched f = unpack(); !f.ok())
            return f;
    }
    return relabel(m_folder->fetchIndex(maxBytes), m_root, *this);
}

Fetched BundleSource::fetch(const IndexEntry &entry)
{
    if (!m_folder)
        return refuse(tr("was not unpacked"));
    return relabel(m_folder->fetch(entry), m_root, *this);
}

Fetched BundleSource::fetchSignature()
{
    if (!m_folder)
        return {};
    return relabel(m_folder->fetchSignature(), m_root, *this);
}

} // namespace livedna
