#include "core/publish/publisher.h"

#include "core/commons/commonsreader.h"
#include "core/commons/commonswriter.h"
#include "core/importers/importcommon.h"
#include "core/area/areadata.h"
#include "core/commons/benchmarkdata.h"
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
#include <optional>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace livedna {

namespace {

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


// One file of the publication, as index.json lists it.
struct OutFile
{
    QString path; // relative, '/'
    DocumentType type = DocumentType::Organisation;
    QString org;
    QString period; // 1.1: on entries of an organisation with several documents
    QByteArray bytes;
    QString sha256;
};

OutFile outFile(const QString &path, DocumentType type, const QString &org, const QString &period, const QByteArray &bytes)
{
    return {path, type, org, period, bytes, CommonsReader::sha256Hex(bytes)};
}

IndexEntry entryOf(const OutFile &f)
{
    IndexEntry e;
    e.path = f.path;
    e.type = f.type;
    e.org = f.org;
    e.period = f.period;
    e.sha256 = f.sha256;
    e.bytes = f.bytes.size();
    return e;
}

// Everything in SRC that is a commons document, sorted by its format.
struct SourceFiles
{
    QString bricksFile;
    QByteArray bricksBytes;
    QList<QPair<QString, QByteArray>> orgFiles;
    QList<QPair<QString, QByteArray>> lgslFiles;
    QList<QPair<QString, QByteArray>> areasFiles; // livedna-areas/1 (docs/areas.md)
    QList<QPair<QString, QByteArray>> benchmarksFiles; // livedna-benchmarks/1 (docs/benchmarks.md)
};

void classify(const QString &path, const QString &rel, SourceFiles *in, PublishReport *report, QList<Problem> *problems)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        problems->append({path, QString(), Publisher::tr("Cannot read: %1").arg(f.errorString())});
        return;
    }
    if (f.size() > Publisher::MaxDocumentBytes) {
        problems->append({path, QString(), Publisher::tr("Larger than %1 MiB.").arg(Publisher::MaxDocumentBytes >> 20)});
        return;
    }
    const QByteArray bytes = f.readAll();
    if (CommonsReader::exceedsDepth(bytes)) {
        problems->append({path, QString(), Publisher::tr("The JSON is nested too deeply.")});
        return;
    }
    const QString format = QJsonDocument::fromJson(bytes).object().value(QLatin1String("format")).toString();
    if (format == QLatin1String("livedna-bricks/1")) {
        if (!in->bricksFile.isEmpty()) {
            problems->append({path, QStringLiteral("/format"),
                              Publisher::tr("A second brick catalogue (the first is %1); a commons has exactly one.").arg(in->bricksFile)});
            return;
        }
        in->bricksFile = path;
        in->bricksBytes = bytes;
    } else if (format == QLatin1String("livedna-org/1")) {
        in->orgFiles.append({path, bytes});
    } else if (format == QLatin1String("livedna-lgsl/1")) {
        in->lgslFiles.append({path, bytes});
    } else if (format == QLatin1String(AreaData::Format)) {
        in->areasFiles.append({path, bytes});
    } else if (format == QLatin1String(BenchmarkData::Format)) {
        in->benchmarksFiles.append({path, bytes});
    } else {
        report->ignored.append(rel);
    }
}

void readSourceFolder(const QDir &src, SourceFiles *in, PublishReport *report, QList<Problem> *problems)
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
        classify(path, rel, in, report, problems);
    }
    if (in->bricksFile.isEmpty())
        problems->append({src.absolutePath(), QString(),
                          Publisher::tr("No brick catalogue (a document with \"format\": \"livedna-bricks/1\").")});
    if (in->lgslFiles.size() > 1)
        problems->append({in->lgslFiles.at(1).first, QString(), Publisher::tr("More than one LGSL list.")});
    if (in->areasFiles.size() > 1)
        problems->append({in->areasFiles.at(1).first, QString(), Publisher::tr("More than one areas document.")});
    if (in->benchmarksFiles.size() > 1)
        problems->append({in->benchmarksFiles.at(1).first, QString(), Publisher::tr("More than one benchmarks document.")});
}

// Organisation documents that passed the reader, by code then period (sorted: a stable index).
struct OrgDoc
{
    QString source; // where in SRC it came from
    QByteArray bytes;
};
using OrgDocs = QMap<QString, QMap<QString, OrgDoc>>;

void addOrganisation(const QString &path, const QByteArray &bytes, const Catalogue &catalogue, OrgDocs *docs,
                     QList<Problem> *problems)
{
    Result<Organisation> org = CommonsReader::readOrganisation(bytes, path, catalogue);
    if (!org.ok()) {
        *problems += org.problems();
        return;
    }
    const QString code = org.value().code;
    const QString period = org.value().period;
    if (!ImportCommon::isSafeCode(code)) {
        problems->append({path, QStringLiteral("/organisation/code"),
                          Publisher::tr("The code '%1' cannot name a file in the commons.").arg(code)});
        return;
    }
    QMap<QString, OrgDoc> &periods = (*docs)[code];
    if (periods.contains(period)) {
        problems->append({path, QStringLiteral("/period"),
                          Publisher::tr("%1 %2 is also the organisation and period of %3; a commons holds one document "
                                        "per organisation and period.")
                              .arg(code, period, periods.value(period).source)});
        return;
    }
    periods.insert(period, {path, bytes});
}

// An organisation with one document keeps orgs/<CODE>.json (version 1); one with several has
// orgs/<CODE>/<PERIOD>.json, each entry naming its period.
QList<OutFile> organisationFiles(const OrgDocs &docs)
{
    QList<OutFile> files;
    for (auto org = docs.cbegin(); org != docs.cend(); ++org) {
        const QString &code = org.key();
        if (org->size() == 1) {
            files.append(outFile(QStringLiteral("orgs/%1.json").arg(code), DocumentType::Organisation, code, QString(),
                                 org->first().bytes));
            continue;
        }
        for (auto doc = org->cbegin(); doc != org->cend(); ++doc)
            files.append(outFile(QStringLiteral("orgs/%1/%2.json").arg(code, doc.key()), DocumentType::Organisation,
                                 code, doc.key(), doc->bytes));
    }
    return files;
}

QList<OutFile> lgslExtras(const SourceFiles &in, QList<Problem> *problems)
{
    QList<OutFile> extras;
    for (const auto &[path, bytes] : std::as_const(in.lgslFiles)) {
        Result<QList<LgslService>> l = LgslImporter::fromJson(bytes, path);
        if (!l.ok())
            *problems += l.problems();
        else
            extras.append(outFile(QStringLiteral("lgsl.json"), DocumentType::Lgsl, QString(), QString(), bytes));
    }
    for (const auto &[path, bytes] : std::as_const(in.areasFiles)) {
        const Result<AreaData> a = AreaData::fromJson(bytes, path);
        if (!a.ok())
            *problems += a.problems();
        else
            extras.append(outFile(QStringLiteral("areas.json"), DocumentType::Areas, QString(), QString(), bytes));
    }
    for (const auto &[path, bytes] : std::as_const(in.benchmarksFiles)) {
        const Result<BenchmarkData> b = BenchmarkData::fromJson(bytes, path);
        if (!b.ok())
            *problems += b.problems();
        else
            extras.append(outFile(QStringLiteral("benchmarks.json"), DocumentType::Benchmarks, QString(), QString(), bytes));
    }
    return extras;
}

// The previous publication in OUT decides the next version. False on an I/O failure.
bool readPrevious(const QString &prevIndexPath, CommonsIndex *previous, QList<Problem> *problems, QString *ioError)
{
    if (!QFileInfo::exists(prevIndexPath))
        return true;
    QFile f(prevIndexPath);
    if (!f.open(QIODevice::ReadOnly)) {
        *ioError = Publisher::tr("Cannot read the previous index: %1").arg(f.errorString());
        return false;
    }
    Result<CommonsIndex> idx = CommonsReader::readIndex(f.read(CommonsReader::MaxIndexBytes + 1), prevIndexPath);
    if (!idx.ok()) {
        problems->append({prevIndexPath, QString(),
                          Publisher::tr("The output holds an index.json that is not valid, so the next version "
                                        "number is unknown; move it away to start a new commons.\n%1")
                              .arg(idx.errorString())});
    } else {
        *previous = idx.take();
    }
    return true;
}

void checkCommonsId(const QString &outPath, const QString &prevIndexPath, const CommonsIndex &previous,
                    const QString &commons, QList<Problem> *problems)
{
    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
    if (commons.isEmpty())
        problems->append({outPath, QString(), Publisher::tr("No commons id: give --commons ID for a first publication.")});
    else if (!idRe.match(commons).hasMatch())
        problems->append({outPath, QString(), Publisher::tr("The commons id '%1' must match [a-z0-9][a-z0-9.-]*.").arg(commons)});
    else if (!previous.commons.isEmpty() && previous.commons != commons)
        problems->append({prevIndexPath, QStringLiteral("/commons"),
                          Publisher::tr("The output already holds the commons '%1'; refusing to publish '%2' over it.")
                              .arg(previous.commons, commons)});
}

// index.json through the commons writer; the LGSL "extras" and the signing key are this
// publisher's additions beside the format's fields.
QByteArray indexBytesFor(const PublishReport &report, const QDateTime &published, int expiresDays,
                         const QList<OutFile> &files, const QList<OutFile> &extras)
{
    CommonsIndex index;
    index.commons = report.commons;
    index.title = report.title;
    index.version = report.version;
    index.published = published;
    if (expiresDays > 0)
        index.expires = published.addDays(expiresDays);
    for (const OutFile &f : files)
        index.documents.append(entryOf(f));
    QJsonObject json = CommonsWriter::indexJson(index);
    if (!extras.isEmpty()) {
        QJsonArray ex;
        for (const OutFile &f : extras)
            ex.append(CommonsWriter::indexEntryJson(entryOf(f)));
        json.insert(QStringLiteral("extras"), ex);
    }
    if (!report.publicKey.isEmpty())
        json.insert(QStringLiteral("public_key"), report.publicKey);
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

void listChanges(const CommonsIndex &previous, const QList<OutFile> &files, PublishReport *report)
{
    QHash<QString, QString> before;
    for (const IndexEntry &e : previous.documents)
        before.insert(e.path, e.sha256);
    QSet<QString> now;
    for (const OutFile &f : files) {
        now.insert(f.path);
        if (!before.contains(f.path))
            report->added.append(f.path);
        else if (before.value(f.path) != f.sha256)
            report->changed.append(f.path);
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!now.contains(it.key()))
            report->removed.append(it.key());
    }
    std::sort(report->removed.begin(), report->removed.end());
}

// Where the publication goes and what is already there.
struct Target
{
    QString outPath;
    QString parent;
    QString name;
    bool exists = false;
    QSet<QString> listedBefore; // paths the previous index listed
};

struct IoError
{
    QString file;
    QString message;
};

QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}

// Files in OUT that no index listed (a README, server config) are the owner's: kept.
std::optional<IoError> carryOver(const Target &t, const QString &staging, PublishReport *report)
{
    if (!t.exists)
        return std::nullopt;
    QSet<QString> listed = t.listedBefore;
    listed.insert(QStringLiteral("index.json"));
    listed.insert(QStringLiteral("index.json.sig"));
    listed.insert(QStringLiteral("lgsl.json"));
    const QDir out(t.outPath);
    QDirIterator it(t.outPath, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = out.relativeFilePath(path);
        if (listed.contains(rel) || QFileInfo::exists(QDir(staging).filePath(rel)))
            continue;
        const QString dest = QDir(staging).filePath(rel);
        QDir().mkpath(QFileInfo(dest).absolutePath());
        if (!QFile::copy(path, dest))
            return IoError{path, Publisher::tr("Cannot keep %1 in the new publication.").arg(rel)};
        report->carriedOver.append(rel);
    }
    return std::nullopt;
}

// Writes the whole publication into `staging`, then checks it as any reader would: every
// length and hash (the one check sync and validate run), every document against the rules.
std::optional<IoError> writeStaging(const QString &staging, const QList<OutFile> &all, const QByteArray &indexBytes,
                                    const QByteArray &sigBytes, QList<Problem> *problems)
{
    for (const OutFile &f : all) {
        const Status st = writeDurably(QDir(staging).filePath(f.path), f.bytes);
        if (!st)
            return IoError{f.path, st.error};
    }
    if (!sigBytes.isEmpty()) {
        const Status st = writeDurably(QDir(staging).filePath(QStringLiteral("index.json.sig")), sigBytes);
        if (!st)
            return IoError{QStringLiteral("index.json.sig"), st.error};
    }
    const Status st = writeDurably(QDir(staging).filePath(QStringLiteral("index.json")), indexBytes);
    if (!st)
        return IoError{QStringLiteral("index.json"), st.error};
    QDirIterator dirs(staging, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (dirs.hasNext())
        fsyncPath(dirs.next(), true);
    fsyncPath(staging, true);
    *problems = CommonsReader::validateFolder(staging);
    if (!problems->isEmpty())
        return IoError{staging, Publisher::tr("The staged publication does not read back as written.")};
    return std::nullopt;
}

// Exchanges the staged folder with OUT; afterwards `staging` holds the old publication.
std::optional<IoError> swapIntoPlace(const Target &t, const QString &staging)
{
    if (!t.exists) {
        if (!renamePath(staging, t.outPath))
            return IoError{t.outPath, Publisher::tr("Cannot move the publication into place: %1").arg(errnoText(errno))};
        return std::nullopt;
    }
    if (exchangePaths(staging, t.outPath))
        return std::nullopt;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return IoError{t.outPath, Publisher::tr("Cannot swap the publication into place: %1").arg(errnoText(errno))};
    // No atomic exchange on this filesystem: two renames, with the old publication kept
    // aside until the new one is in place (a reader briefly finds no index, never half of one).
    qCWarning(lcImport) << "renameat2(RENAME_EXCHANGE) unsupported here; publishing with two renames";
    const QString aside = QDir(t.parent).filePath(QStringLiteral(".%1.previous-%2").arg(t.name).arg(QCoreApplication::applicationPid()));
    if (!renamePath(t.outPath, aside))
        return IoError{t.outPath, Publisher::tr("Cannot move the previous publication aside: %1").arg(errnoText(errno))};
    if (!renamePath(staging, t.outPath)) {
        const int e = errno;
        renamePath(aside, t.outPath);
        return IoError{t.outPath, Publisher::tr("Cannot move the publication into place: %1").arg(errnoText(e))};
    }
    QDir(aside).removeRecursively();
    return std::nullopt;
}

// Leftovers of a publisher that was killed: never part of any publication.
void removeStale(const Target &t)
{
    const QDir parentDir(t.parent);
    const QStringList patterns{QStringLiteral(".%1.publishing-*").arg(t.name), QStringLiteral(".%1.previous-*").arg(t.name)};
    for (const QString &stale : parentDir.entryList(patterns, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        QDir(parentDir.filePath(stale)).removeRecursively();
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

namespace {

// Stage, then swap, under the lock. `problems` receives what the read-back check found.
std::optional<IoError> stageAndSwap(const Target &t, const QList<OutFile> &all, const QByteArray &indexBytes,
                                    const QByteArray &sigBytes, PublishReport *report, QList<Problem> *problems)
{
    // flock, not QLockFile: the kernel drops it when its holder dies, so a publisher killed
    // at any instant (even while creating the lock) never blocks the next one. The file
    // itself stays: unlinking a lock file others may have opened would let two publishers in.
    const QString lockPath = QDir(t.parent).filePath(QStringLiteral(".%1.publish.lock").arg(t.name));
    const int lockFd = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lockFd < 0)
        return IoError{lockPath, Publisher::tr("Cannot create the lock file: %1").arg(errnoText(errno))};
    const auto closeLock = qScopeGuard([lockFd]() { ::close(lockFd); });
    if (::flock(lockFd, LOCK_EX | LOCK_NB) != 0)
        return IoError{t.outPath, Publisher::tr("Another publication into this folder is in progress.")};
    removeStale(t);
    const QString staging = QDir(t.parent).filePath(QStringLiteral(".%1.publishing-%2").arg(t.name).arg(QCoreApplication::applicationPid()));
    if (!QDir().mkpath(staging))
        return IoError{staging, Publisher::tr("Cannot create the staging folder.")};
    std::optional<IoError> failure = writeStaging(staging, all, indexBytes, sigBytes, problems);
    if (!failure)
        failure = carryOver(t, staging, report);
    if (!failure)
        failure = swapIntoPlace(t, staging);
    if (!failure)
        fsyncPath(t.parent, true);
    QDir(staging).removeRecursively();
    return failure;
}

// OUT as an absolute path without trailing '/', through a symbolic link to the real folder.
Target targetOf(const QString &outDir)
{
    Target t;
    t.outPath = QFileInfo(outDir).absoluteFilePath();
    if (QFileInfo(t.outPath).isSymLink())
        t.outPath = QFileInfo(t.outPath).canonicalFilePath(); // swap the real folder, never the link
    while (t.outPath.endsWith(QLatin1Char('/')) && t.outPath.size() > 1)
        t.outPath.chop(1);
    const QFileInfo info(t.outPath);
    t.exists = info.exists();
    t.parent = info.absolutePath();
    t.name = info.fileName();
    return t;
}

// Steps 1 and 2: everything in SRC read, sorted by format and validated by the reader.
struct Inputs
{
    SourceFiles in;
    OrgDocs orgs;
    QList<OutFile> extras;
};

void readInputs(const QDir &src, Inputs *inputs, PublishReport *report, QList<Problem> *problems)
{
    readSourceFolder(src, &inputs->in, report, problems);
    Catalogue catalogue;
    if (!inputs->in.bricksFile.isEmpty()) {
        Result<Catalogue> c = CommonsReader::readBricks(inputs->in.bricksBytes, inputs->in.bricksFile);
        if (c.ok())
            catalogue = c.take();
        else
            *problems += c.problems();
    }
    for (const auto &[path, bytes] : std::as_const(inputs->in.orgFiles))
        addOrganisation(path, bytes, catalogue, &inputs->orgs, problems);
    inputs->extras = lgslExtras(inputs->in, problems);
}

// Step 3: the previous publication decides the version, and the id and title by default.
// False on an I/O failure.
bool decideVersion(const PublishOptions &o, const Target &t, const QString &prevIndexPath, CommonsIndex *previous,
                   PublishReport *report, QList<Problem> *problems, QString *ioError)
{
    if (!readPrevious(prevIndexPath, previous, problems, ioError))
        return false;
    report->previousVersion = previous->version;
    report->commons = o.commonsId.isEmpty() ? previous->commons : o.commonsId;
    checkCommonsId(t.outPath, prevIndexPath, *previous, report->commons, problems);
    report->title = !o.title.isEmpty() ? o.title : (!previous->title.isEmpty() ? previous->title : report->commons);
    report->version = previous->version + 1;
    return true;
}

QByteArray secretKeyOf(const PublishOptions &o, QList<Problem> *problems)
{
    if (o.secretKeyFile.isEmpty())
        return {};
    Result<QByteArray> k = Signature::readSecretKey(o.secretKeyFile);
    if (!k.ok()) {
        *problems += k.problems();
        return {};
    }
    return k.take();
}

// Step 4: index.json, which must pass the reader (or no one could sync it), and its signature.
QList<Problem> makeIndex(const PublishOptions &o, const QByteArray &secretKey, const QList<OutFile> &files,
                         const QList<OutFile> &extras, PublishReport *report, QByteArray *indexBytes, QByteArray *sigBytes)
{
    if (!secretKey.isEmpty())
        report->publicKey = QString::fromLatin1(Signature::encode(Signature::publicKeyOf(secretKey)));
    const QDateTime published = (o.published.isValid() ? o.published : QDateTime::currentDateTimeUtc()).toUTC();
    *indexBytes = indexBytesFor(*report, published, o.expiresDays, files, extras);
    const Result<CommonsIndex> check = CommonsReader::readIndex(*indexBytes, QStringLiteral("index.json"));
    if (!check.ok())
        return check.problems();
    if (secretKey.isEmpty())
        return {};
    Result<QByteArray> sig = Signature::sign(*indexBytes, secretKey);
    if (!sig.ok())
        return sig.problems();
    *sigBytes = sig.take();
    report->signedIndex = true;
    return {};
}

} // namespace

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
    Target target = targetOf(o.outDir);
    if (target.exists && !QFileInfo(target.outPath).isDir())
        return ioFail(target.outPath, tr("The output exists and is not a folder."));
    if (target.name.isEmpty() || !QDir().mkpath(target.parent))
        return ioFail(target.outPath, tr("Cannot create the folder that holds the output."));

    PublishReport report;
    QList<Problem> problems;

    Inputs inputs;
    readInputs(src, &inputs, &report, &problems);
    CommonsIndex previous;
    const QString prevIndexPath = QDir(target.outPath).filePath(QStringLiteral("index.json"));
    QString ioError;
    if (!decideVersion(o, target, prevIndexPath, &previous, &report, &problems, &ioError))
        return ioFail(prevIndexPath, ioError);

    const QByteArray secretKey = secretKeyOf(o, &problems);
    if (!problems.isEmpty())
        return R::failure(problems);

    // 4. The index.
    QList<OutFile> files{outFile(QStringLiteral("bricks.json"), DocumentType::Bricks, QString(), QString(), inputs.in.bricksBytes)};
    files += organisationFiles(inputs.orgs);
    const QList<OutFile> &extras = inputs.extras;
    report.organisations = int(inputs.orgs.size());
    report.extras = int(extras.size());
    QByteArray indexBytes;
    QByteArray sigBytes;
    const QList<Problem> indexProblems = makeIndex(o, secretKey, files, extras, &report, &indexBytes, &sigBytes);
    if (!indexProblems.isEmpty())
        return R::failure(indexProblems);
    listChanges(previous, files, &report);
    for (const IndexEntry &e : std::as_const(previous.documents))
        target.listedBefore.insert(e.path);

    // 5. Stage, check, then swap.
    QList<Problem> readBack;
    if (const std::optional<IoError> failure = stageAndSwap(target, files + extras, indexBytes, sigBytes, &report, &readBack)) {
        io = true;
        readBack.prepend({failure->file, QString(), failure->message});
        return R::failure(readBack);
    }
    qCInfo(lcImport) << "published" << report.commons << "version" << report.version << "to" << target.outPath;
    return report;
}

} // namespace livedna
