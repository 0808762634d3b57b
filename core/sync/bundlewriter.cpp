#include "core/sync/bundlewriter.h"

#include "core/commons/commonsreader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <archive.h>
#include <archive_entry.h>

namespace livedna {

namespace {

struct ArchiveWriter
{
    archive *a = archive_write_new();
    ~ArchiveWriter() { archive_write_free(a); }
};

QString archiveError(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : BundleWriter::tr("unknown error");
}

// The extras (LGSL list, areas) as entries to check and pack; the sync validates them again.
QList<IndexEntry> extrasOf(const QByteArray &indexBytes)
{
    QList<IndexEntry> extras;
    const QJsonArray list = QJsonDocument::fromJson(indexBytes).object().value(QLatin1String("extras")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        IndexEntry e;
        e.path = o.value(QLatin1String("path")).toString();
        e.sha256 = o.value(QLatin1String("sha256")).toString();
        e.bytes = qint64(o.value(QLatin1String("bytes")).toDouble(-1));
        if (!e.path.isEmpty())
            extras.append(e);
    }
    return extras;
}

struct Packer
{
    archive *a;
    QDateTime mtime;
    BundleReport *report;

    bool add(const QString &path, const QByteArray &bytes, QList<Problem> *problems, const QString &outName)
    {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, path.toUtf8().constData());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, bytes.size());
        archive_entry_set_mtime(entry, mtime.toSecsSinceEpoch(), 0);
        bool ok = archive_write_header(a, entry) == ARCHIVE_OK;
        if (ok)
            ok = archive_write_data(a, bytes.constData(), size_t(bytes.size())) == bytes.size();
        archive_entry_free(entry);
        if (!ok) {
            problems->append({outName, QString(), BundleWriter::tr("cannot write %1 into it: %2").arg(path, archiveError(a))});
            return false;
        }
        ++report->files;
        report->bytes += bytes.size();
        return true;
    }
};

} // namespace

QString BundleWriter::compressionFor(const QString &outPath)
{
    const QString name = QFileInfo(outPath).fileName().toLower();
    if (name.endsWith(QLatin1String(".tar.zst")) || name.endsWith(QLatin1String(".tzst")))
        return QStringLiteral("zstd");
    if (name.endsWith(QLatin1String(".tar.xz")) || name.endsWith(QLatin1String(".txz")))
        return QStringLiteral("xz");
    if (name.endsWith(QLatin1String(".tar.gz")) || name.endsWith(QLatin1String(".tgz")))
        return QStringLiteral("gzip");
    if (name.endsWith(QLatin1String(".tar")))
        return QStringLiteral("none");
    return {};
}

static int addFilter(archive *a, const QString &compression)
{
    if (compression == QLatin1String("zstd")) {
        const int r = archive_write_add_filter_zstd(a);
        // Level 9 packs the real commons' JSON a fifth smaller than the default (3) in a third
        // of a second; 19 gains another 15% for 13 s, which would grow to minutes.
        return r == ARCHIVE_OK ? archive_write_set_filter_option(a, "zstd", "compression-level", "9") : r;
    }
    if (compression == QLatin1String("xz"))
        return archive_write_add_filter_xz(a);
    if (compression == QLatin1String("gzip"))
        return archive_write_add_filter_gzip(a);
    return archive_write_add_filter_none(a);
}

namespace {

// What the bundle carries, read and checked before anything is written.
struct Commons
{
    Fetched index;
    Fetched signature;
    CommonsIndex parsed;
    QString indexName;
};

// FolderSource reads exactly as the sync does: sizes capped, links out of the folder refused.
QList<Problem> readCommons(FolderSource &folder, Commons *c, FetchFailure *failure)
{
    c->index = folder.fetchIndex(CommonsReader::MaxIndexBytes);
    if (!c->index.ok()) {
        *failure = c->index.failure;
        return c->index.problems;
    }
    c->indexName = folder.displayName(QStringLiteral("index.json"));
    Result<CommonsIndex> parsed = CommonsReader::readIndex(c->index.bytes, c->indexName);
    if (!parsed.ok())
        return parsed.problems();
    c->parsed = parsed.take();
    c->signature = folder.fetchSignature();
    if (!c->signature.ok()) {
        *failure = c->signature.failure;
        return c->signature.problems;
    }
    return {};
}

// Every listed document and extra, each checked against the index, into the archive.
QList<Problem> packDocuments(FolderSource &folder, const Commons &c, Packer &packer, const QString &outName,
                             FetchFailure *failure)
{
    QList<IndexEntry> entries = c.parsed.documents;
    entries += extrasOf(c.index.bytes);
    QList<Problem> problems;
    for (const IndexEntry &e : std::as_const(entries)) {
        QString why;
        if (!CommonsReader::isSafePath(e.path, &why) || e.bytes < 0) {
            return {{c.indexName, QString(),
                     BundleWriter::tr("the extra file \"%1\" has an unsafe path or no byte count").arg(e.path)}};
        }
        const Fetched doc = folder.fetch(e);
        if (!doc.ok()) {
            *failure = doc.failure;
            return doc.problems;
        }
        const QList<Problem> mismatch = CommonsReader::checkDocumentBytes(doc.bytes, e, folder.displayName(e.path));
        if (!mismatch.isEmpty())
            return mismatch;
        if (!packer.add(e.path, doc.bytes, &problems, outName)) {
            *failure = FetchFailure::Io;
            return problems;
        }
    }
    return {};
}

} // namespace

Result<BundleReport> BundleWriter::write(const QString &commonsDir, const QString &outPath, FetchFailure *failure)
{
    *failure = FetchFailure::Refused;
    const QString outName = QDir::toNativeSeparators(outPath);
    const auto io = [&](const QString &message) {
        *failure = FetchFailure::Io;
        return Result<BundleReport>::failure(outName, QString(), message);
    };
    BundleReport report;
    report.compression = compressionFor(outPath);
    if (report.compression.isEmpty()) {
        return Result<BundleReport>::failure(outName, QString(),
                                             tr("name it .tar.zst, .tar.xz, .tar.gz or .tar to say how to compress it"));
    }
    const QString root = QFileInfo(commonsDir).absoluteFilePath();
    FolderSource folder(root, root);
    Commons commons;
    if (QList<Problem> problems = readCommons(folder, &commons, failure); !problems.isEmpty())
        return Result<BundleReport>::failure(problems);

    QSaveFile out(outPath); // nothing appears at outPath unless the whole bundle is written
    if (!out.open(QIODevice::WriteOnly))
        return io(tr("cannot write: %1").arg(out.errorString()));
    ArchiveWriter writer;
    archive_write_set_format_pax_restricted(writer.a);
    if (addFilter(writer.a, report.compression) != ARCHIVE_OK) {
        return Result<BundleReport>::failure(outName, QString(), tr("this libarchive cannot write %1: %2")
                                                                    .arg(report.compression, archiveError(writer.a)));
    }
    if (archive_write_open_fd(writer.a, out.handle()) != ARCHIVE_OK)
        return io(tr("cannot write: %1").arg(archiveError(writer.a)));
    QList<Problem> problems;
    Packer packer{writer.a, commons.parsed.published, &report};
    if (!packer.add(QStringLiteral("index.json"), commons.index.bytes, &problems, outName)
        || (!commons.signature.bytes.isEmpty()
            && !packer.add(QStringLiteral("index.json.sig"), commons.signature.bytes, &problems, outName))) {
        *failure = FetchFailure::Io;
        return Result<BundleReport>::failure(problems);
    }
    problems = packDocuments(folder, commons, packer, outName, failure);
    if (!problems.isEmpty())
        return Result<BundleReport>::failure(problems);
    if (archive_write_close(writer.a) != ARCHIVE_OK)
        return io(tr("cannot write: %1").arg(archiveError(writer.a)));
    if (!out.commit())
        return io(tr("cannot write: %1").arg(out.errorString()));
    report.bundleBytes = QFileInfo(outPath).size();
    *failure = FetchFailure::None;
    return report;
}

} // namespace livedna
