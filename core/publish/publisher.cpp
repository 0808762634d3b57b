#include "core/publish/publisher.h"

#include "core/commons/commonsreader.h"
#include "core/importers/importcommon.h"
#include "core/importers/lgslimporter.h"
#include "core/publish/signature.h"
#include "core/util/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace livedna {

namespace {

struct OutFile
{
    QString path;      // relative, '/'
    QString type;      // bricks, organisation, lgsl
    QString org;
    QByteArray bytes;
    QString sha256;
};

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Fault-injection for the "killed midway" tests: a pause after every file written.
void testDelay()
{
    static const int ms = qEnvironmentVariableIntValue("LIVEDNA_PUBLISH_DELAY_MS");
    if (ms > 0)
        QThread::msleep(ulong(ms));
}

bool fsyncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Status writeDurably(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::failure(Publisher::tr("Cannot create the folder for %1.").arg(path));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Status::failure(Publisher::tr("Cannot write %1: %2").arg(path, f.errorString()));
    if (f.write(bytes) != bytes.size() || !f.flush() || ::fsync(f.handle()) != 0)
        return Status::failure(Publisher::tr("Cannot write %1: %2").arg(path, f.errorString()));
    f.close();
    testDelay();
    return Status::success();
}

// Atomically swaps two directory entries (Linux renameat2); false with errno when the
// filesystem cannot.
bool exchangePaths(const QString &a, const QString &b)
{
#ifdef RENAME_EXCHANGE
    return ::renameat2(AT_FDCWD, QFile::encodeName(a).constData(), AT_FDCWD, QFile::encodeName(b).constData(),
                       RENAME_EXCHANGE) == 0;
#else
    Q_UNUSED(a);
    Q_UNUSED(b);
    errno = EINVAL;
    return false;
#endif
}

bool renamePath(const QString &from, const QString &to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

QString PublishReport::toText() const
{
    QString s = Publisher::tr("Published %1 \"%2\" version %3 (previous: %4).\n")
                    .arg(commons, title)
                    .arg(version)
                    .arg(previousVersion ? QString::number(previousVersion) : Publisher::tr("none"));
    s += Publisher::tr("Documents: bricks.json and %1 organisations; %2 extra file(s).\n").arg(organisations).arg(extras);
    s += Publisher::tr("Changes: %1 added, %2 changed, %3 removed.\n").arg(added.size()).arg(changed.size()).arg(removed.size());
    s += signedIndex ? Publisher::tr("Signed: index.json.sig with public key %1\n").arg(publicKey)
                     : Publisher::tr("Not signed.\n");
    for (const QString &i : ignored)
        s += Publisher::tr("Ignored (not a commons document): %1\n").arg(i);
    for (const QString &c : carriedOver)
        s += Publisher::tr("Kept (not part of the commons): %1\n").arg(c);
    return s;
}

Result<PublishReport> Publisher::publish(const PublishOptions &o, bool *ioFailure)
{
    using R = Result<PublishReport>;
    bool dummy = false;
    bool &io = ioFailure ? *ioFailure : dummy;
    io = false;
    auto ioFail = [&](const QString &file, const QString &message) {
        io = true;
        return R::failure(file, QString(), message);
    };

    const QFileInfo srcInfo(o.sourceDir);
    if (!srcInfo.isDir())
        return ioFail(o.sourceDir, tr("The source folder does not exist."));
    const QDir src(srcInfo.absoluteFilePath());
    QString outPath = QFileInfo(o.outDir).absoluteFilePath();
    if (QFileInfo(outPath).isSymLink())
        outPath = QFileInfo(outPath).canonicalFilePath(); // swap the real folder, never the link
    while (outPath.endsWith(QLatin1Char('/')) && outPath.size() > 1)
        outPath.chop(1);
    const QFileInfo outInfo(outPath);
    if (outInfo.exists() && !outInfo.isDir())
        return ioFail(outPath, tr("The output exists and is not a folder."));
    const QString parent = outInfo.absolutePath();
    const QString name = outInfo.fileName();
    if (name.isEmpty() || !QDir().mkpath(parent))
        return ioFail(outPath, tr("Cannot create the folder that holds the output."));

    PublishReport report;
    QList<Problem> problems;

    // 1. Read and classify everything in SRC.
    QByteArray bricksBytes;
    QString bricksFile;
    QList<QPair<QString, QByteArray>> orgFiles;
    QList<QPair<QString, QByteArray>> lgslFiles;
    {
        QDirIterator it(src.absolutePath(), {QStringLiteral("*.json")}, QDir::Files | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext())
            paths.append(it.next());
        std::sort(paths.begin(), paths.end());
        for (const QString &path : std::as_const(paths)) {
            const QString rel = src.relativeFilePath(path);
            if (rel.startsWith(QLatin1Char('.')) || rel.contains(QLatin1String("/.")))
                continue; // hidden files and folders (editors, staging) are never published
            if (rel == QLatin1String("index.json"))
                continue; // a previous index in SRC (publishing in place) is replaced
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                problems.append({path, QString(), tr("Cannot read: %1").arg(f.errorString())});
                continue;
            }
            if (f.size() > MaxDocumentBytes) {
                problems.append({path, QString(), tr("Larger than %1 MiB.").arg(MaxDocumentBytes >> 20)});
                continue;
            }
            const QByteArray bytes = f.readAll();
            if (CommonsReader::exceedsDepth(bytes)) {
                problems.append({path, QString(), tr("The JSON is nested too deeply.")});
                continue;
            }
            const QString format = QJsonDocument::fromJson(bytes).object().value(QLatin1String("format")).toString();
            if (format == QLatin1String("livedna-bricks/1")) {
                if (!bricksFile.isEmpty()) {
                    problems.append({path, QStringLiteral("/format"),
                                     tr("A second brick catalogue (the first is %1); a commons has exactly one.").arg(bricksFile)});
                    continue;
                }
                bricksFile = path;
                bricksBytes = bytes;
            } else if (format == QLatin1String("livedna-org/1")) {
                orgFiles.append({path, bytes});
            } else if (format == QLatin1String("livedna-lgsl/1")) {
                lgslFiles.append({path, bytes});
            } else {
                report.ignored.append(rel);
            }
        }
    }
    if (bricksFile.isEmpty())
        problems.append({src.absolutePath(), QString(), tr("No brick catalogue (a document with \"format\": \"livedna-bricks/1\").")});
    if (lgslFiles.size() > 1)
        problems.append({lgslFiles.at(1).first, QString(), tr("More than one LGSL list.")});

    // 2. Validate with the reader's own rules.
    Catalogue catalogue;
    if (!bricksFile.isEmpty()) {
        Result<Catalogue> c = CommonsReader::readBricks(bricksBytes, bricksFile);
        if (c.ok())
            catalogue = c.take();
        else
            problems += c.problems();
    }
    QMap<QString, OutFile> orgOut; // by code: sorted, stable index order
    QHash<QString, QString> codeSource;
    for (const auto &[path, bytes] : std::as_const(orgFiles)) {
        Result<Organisation> org = CommonsReader::readOrganisation(bytes, path, catalogue);
        if (!org.ok()) {
            problems += org.problems();
            continue;
        }
        const QString code = org.value().code;
        if (!ImportCommon::isSafeCode(code)) {
            problems.append({path, QStringLiteral("/organisation/code"), tr("The code '%1' cannot name a file in the commons.").arg(code)});
            continue;
        }
        if (codeSource.contains(code)) {
            problems.append({path, QStringLiteral("/organisation/code"), tr("%1 is also the code of %2.").arg(code, codeSource.value(code))});
            continue;
        }
        codeSource.insert(code, path);
        orgOut.insert(code, {QStringLiteral("orgs/%1.json").arg(code), QStringLiteral("organisation"), code, bytes, sha256Hex(bytes)});
    }
    QList<OutFile> extras;
    for (const auto &[path, bytes] : std::as_const(lgslFiles)) {
        Result<QList<LgslService>> l = LgslImporter::fromJson(bytes, path);
        if (!l.ok())
            problems += l.problems();
        else
            extras.append({QStringLiteral("lgsl.json"), QStringLiteral("lgsl"), QString(), bytes, sha256Hex(bytes)});
    }

    // 3. The previous publication decides the version.
    CommonsIndex previous;
    const QString prevIndexPath = QDir(outPath).filePath(QStringLiteral("index.json"));
    if (QFileInfo::exists(prevIndexPath)) {
        QFile f(prevIndexPath);
        if (!f.open(QIODevice::ReadOnly))
            return ioFail(prevIndexPath, tr("Cannot read the previous index: %1").arg(f.errorString()));
        Result<CommonsIndex> idx = CommonsReader::readIndex(f.read(CommonsReader::MaxIndexBytes + 1), prevIndexPath);
        if (!idx.ok()) {
            problems.append({prevIndexPath, QString(),
                             tr("The output holds an index.json that is not valid, so the next version "
                                "number is unknown; move it away to start a new commons.\n%1").arg(idx.errorString())});
        } else {
            previous = idx.take();
        }
    }
    report.previousVersion = previous.version;
    report.commons = o.commonsId.isEmpty() ? previous.commons : o.commonsId;
    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
    if (report.commons.isEmpty())
        problems.append({outPath, QString(), tr("No commons id: give --commons ID for a first publication.")});
    else if (!idRe.match(report.commons).hasMatch())
        problems.append({outPath, QString(), tr("The commons id '%1' must match [a-z0-9][a-z0-9.-]*.").arg(report.commons)});
    else if (!previous.commons.isEmpty() && previous.commons != report.commons)
        problems.append({prevIndexPath, QStringLiteral("/commons"),
                         tr("The output already holds the commons '%1'; refusing to publish '%2' over it.").arg(previous.commons, report.commons)});
    report.title = !o.title.isEmpty() ? o.title : (!previous.title.isEmpty() ? previous.title : report.commons);
    report.version = previous.version + 1;

    QByteArray secretKey;
    if (!o.secretKeyFile.isEmpty()) {
        Result<QByteArray> k = Signature::readSecretKey(o.secretKeyFile);
        if (!k.ok())
            problems += k.problems();
        else
            secretKey = k.take();
    }
    if (!problems.isEmpty())
        return R::failure(problems);

    // 4. The index.
    QList<OutFile> files;
    files.append({QStringLiteral("bricks.json"), QStringLiteral("bricks"), QString(), bricksBytes, sha256Hex(bricksBytes)});
    for (const OutFile &f : std::as_const(orgOut))
        files.append(f);
    report.organisations = orgOut.size();
    report.extras = extras.size();

    const QDateTime published = (o.published.isValid() ? o.published : QDateTime::currentDateTimeUtc()).toUTC();
    QJsonObject index;
    index.insert(QStringLiteral("format"), QStringLiteral("livedna-commons/1"));
    index.insert(QStringLiteral("commons"), report.commons);
    index.insert(QStringLiteral("title"), report.title);
    index.insert(QStringLiteral("version"), double(report.version));
    index.insert(QStringLiteral("published"), published.toString(Qt::ISODate));
    if (o.expiresDays > 0)
        index.insert(QStringLiteral("expires"), published.addDays(o.expiresDays).toString(Qt::ISODate));
    auto entry = [](const OutFile &f) {
        QJsonObject e;
        e.insert(QStringLiteral("path"), f.path);
        e.insert(QStringLiteral("type"), f.type);
        if (!f.org.isEmpty())
            e.insert(QStringLiteral("org"), f.org);
        e.insert(QStringLiteral("sha256"), f.sha256);
        e.insert(QStringLiteral("bytes"), double(f.bytes.size()));
        return e;
    };
    QJsonArray docs;
    for (const OutFile &f : std::as_const(files))
        docs.append(entry(f));
    index.insert(QStringLiteral("documents"), docs);
    if (!extras.isEmpty()) {
        QJsonArray ex;
        for (const OutFile &f : std::as_const(extras))
            ex.append(entry(f));
        index.insert(QStringLiteral("extras"), ex);
    }
    if (!secretKey.isEmpty()) {
        report.publicKey = QString::fromLatin1(Signature::encode(Signature::publicKeyOf(secretKey)));
        index.insert(QStringLiteral("public_key"), report.publicKey);
    }
    const QByteArray indexBytes = QJsonDocument(index).toJson(QJsonDocument::Indented);
    // Our own output must pass the reader, or no one could sync it.
    {
        Result<CommonsIndex> check = CommonsReader::readIndex(indexBytes, QStringLiteral("index.json"));
        if (!check.ok())
            return R::failure(check.problems());
    }
    QByteArray sigBytes;
    if (!secretKey.isEmpty()) {
        Result<QByteArray> sig = Signature::sign(indexBytes, secretKey);
        if (!sig.ok())
            return R::failure(sig.problems());
        sigBytes = sig.take();
        report.signedIndex = true;
    }

    QHash<QString, QString> before;
    for (const IndexEntry &e : std::as_const(previous.documents))
        before.insert(e.path, e.sha256);
    QSet<QString> now;
    for (const OutFile &f : std::as_const(files)) {
        now.insert(f.path);
        if (!before.contains(f.path))
            report.added.append(f.path);
        else if (before.value(f.path) != f.sha256)
            report.changed.append(f.path);
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!now.contains(it.key()))
            report.removed.append(it.key());
    }
    std::sort(report.removed.begin(), report.removed.end());

    // 5. Stage, then swap.
    // flock, not QLockFile: the kernel drops it when its holder dies, so a publisher killed
    // at any instant (even while creating the lock) never blocks the next one. The file
    // itself stays: unlinking a lock file others may have opened would let two publishers in.
    const QString lockPath = QDir(parent).filePath(QStringLiteral(".%1.publish.lock").arg(name));
    const int lockFd = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lockFd < 0)
        return ioFail(lockPath, tr("Cannot create the lock file: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    const auto closeLock = qScopeGuard([lockFd]() { ::close(lockFd); });
    if (::flock(lockFd, LOCK_EX | LOCK_NB) != 0)
        return ioFail(outPath, tr("Another publication into this folder is in progress."));
    const QDir parentDir(parent);
    // Leftovers of a publisher that was killed: never part of any publication.
    for (const QString &stale : parentDir.entryList({QStringLiteral(".%1.publishing-*").arg(name), QStringLiteral(".%1.previous-*").arg(name)},
                                                    QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        QDir(parentDir.filePath(stale)).removeRecursively();
    }
    const QString staging = parentDir.filePath(QStringLiteral(".%1.publishing-%2").arg(name).arg(QCoreApplication::applicationPid()));
    if (!QDir().mkpath(staging))
        return ioFail(staging, tr("Cannot create the staging folder."));
    auto abandon = [&](const QString &file, const QString &message) {
        QDir(staging).removeRecursively();
        return ioFail(file, message);
    };
    QList<OutFile> all = files + extras;
    for (const OutFile &f : std::as_const(all)) {
        const Status st = writeDurably(QDir(staging).filePath(f.path), f.bytes);
        if (!st)
            return abandon(f.path, st.error);
    }
    // Files in OUT that no index listed (a README, server config) are the owner's: keep them.
    if (outInfo.isDir()) {
        QSet<QString> listed = QSet<QString>(before.keyBegin(), before.keyEnd());
        listed.insert(QStringLiteral("index.json"));
        listed.insert(QStringLiteral("index.json.sig"));
        listed.insert(QStringLiteral("lgsl.json"));
        const QDir out(outPath);
        QDirIterator it(outPath, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = out.relativeFilePath(path);
            if (listed.contains(rel) || QFileInfo::exists(QDir(staging).filePath(rel)))
                continue;
            const QString dest = QDir(staging).filePath(rel);
            QDir().mkpath(QFileInfo(dest).absolutePath());
            if (!QFile::copy(path, dest))
                return abandon(path, tr("Cannot keep %1 in the new publication.").arg(rel));
            report.carriedOver.append(rel);
        }
    }
    if (!sigBytes.isEmpty()) {
        const Status st = writeDurably(QDir(staging).filePath(QStringLiteral("index.json.sig")), sigBytes);
        if (!st)
            return abandon(QStringLiteral("index.json.sig"), st.error);
    }
    const Status st = writeDurably(QDir(staging).filePath(QStringLiteral("index.json")), indexBytes);
    if (!st)
        return abandon(QStringLiteral("index.json"), st.error);
    QDirIterator dirs(staging, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (dirs.hasNext())
        fsyncPath(dirs.next(), true);
    fsyncPath(staging, true);

    if (!outInfo.exists()) {
        if (!renamePath(staging, outPath))
            return abandon(outPath, tr("Cannot move the publication into place: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    } else if (exchangePaths(staging, outPath)) {
        // `staging` now holds the old publication.
    } else if (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP) {
        // No atomic exchange on this filesystem: two renames, with the old publication kept
        // aside until the new one is in place (a reader briefly finds no index, never half of one).
        qCWarning(lcImport) << "renameat2(RENAME_EXCHANGE) unsupported here; publishing with two renames";
        const QString aside = parentDir.filePath(QStringLiteral(".%1.previous-%2").arg(name).arg(QCoreApplication::applicationPid()));
        if (!renamePath(outPath, aside))
            return abandon(outPath, tr("Cannot move the previous publication aside: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        if (!renamePath(staging, outPath)) {
            const int e = errno;
            renamePath(aside, outPath);
            return abandon(outPath, tr("Cannot move the publication into place: %1").arg(QString::fromLocal8Bit(std::strerror(e))));
        }
        QDir(aside).removeRecursively();
    } else {
        return abandon(outPath, tr("Cannot swap the publication into place: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    fsyncPath(parent, true);
    QDir(staging).removeRecursively();
    qCInfo(lcImport) << "published" << report.commons << "version" << report.version << "to" << outPath;
    return report;
}

} // namespace livedna
