#include "core/mapping/orgpublish.h"

#include "core/commons/commonsreader.h"
#include "core/commons/commonswriter.h"
#include "core/importers/importcommon.h"
#include "core/publish/signature.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

namespace livedna {

namespace {

Result<QByteArray> readAll(const QString &path, qint64 max)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(path, QString(), OrgPublisher::tr("Cannot read: %1").arg(f.errorString()));
    if (f.size() > max)
        return Result<QByteArray>::failure(path, QString(), OrgPublisher::tr("Larger than %1 MiB.").arg(max >> 20));
    QByteArray bytes = f.readAll();
    return bytes.isNull() ? QByteArray("") : bytes;
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::failure(OrgPublisher::tr("Cannot create the folder for %1.").arg(path));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Status::failure(OrgPublisher::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return Status::success();
}

// The period of an organisation document on disk ("" when it cannot be read).
QString periodOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > Publisher::MaxDocumentBytes)
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("period")).toString();
}

// Copies what the commons in `dir` publishes (its listed documents and extras) into
// `staging`, leaving out the organisation's document for `period`, which is being replaced.
QList<Problem> stageCommons(const QString &dir, const QString &code, const QString &period, const QString &staging)
{
    const QString indexPath = QDir(dir).filePath(QStringLiteral("index.json"));
    const Result<QByteArray> bytes = readAll(indexPath, CommonsReader::MaxIndexBytes);
    if (!bytes.ok())
        return bytes.problems();
    const Result<CommonsIndex> index = CommonsReader::readIndex(bytes.value(), indexPath);
    if (!index.ok())
        return index.problems();
    QStringList paths;
    for (const IndexEntry &e : index.value().documents) {
        if (e.type == DocumentType::Organisation && e.org == code
            && (e.period.isEmpty() ? periodOf(QDir(dir).filePath(e.path)) : e.period) == period)
            continue;
        paths.append(e.path);
    }
    const QJsonArray extras = QJsonDocument::fromJson(bytes.value()).object().value(QLatin1String("extras")).toArray();
    for (const QJsonValue &v : extras) {
        const QString p = v.toObject().value(QLatin1String("path")).toString();
        if (CommonsReader::isSafePath(p))
            paths.append(p);
    }
    for (const QString &p : std::as_const(paths)) {
        const QString to = QDir(staging).filePath(p);
        QDir().mkpath(QFileInfo(to).absolutePath());
        if (!QFile::copy(QDir(dir).filePath(p), to))
            return {{QDir(dir).filePath(p), QString(), OrgPublisher::tr("Cannot copy this document of the commons.")}};
    }
    return {};
}

Result<OrgPublishResult> exportOne(const QByteArray &bytes, const OrgPublishOptions &o, bool *io)
{
    using R = Result<OrgPublishResult>;
    OrgPublishResult r;
    r.written = o.exportFile;
    QByteArray sig;
    if (!o.secretKeyFile.isEmpty()) {
        const Result<QByteArray> key = Signature::readSecretKey(o.secretKeyFile);
        if (!key.ok())
            return R::failure(key.problems());
        const Result<QByteArray> s = Signature::sign(bytes, key.value());
        if (!s.ok())
            return R::failure(s.problems());
        sig = s.value();
        r.signatureFile = o.exportFile + QStringLiteral(".sig");
        r.publicKey = QString::fromLatin1(Signature::encode(Signature::publicKeyOf(key.value())));
    }
    Status st = writeFile(o.exportFile, bytes);
    if (st && !sig.isEmpty())
        st = writeFile(r.signatureFile, sig);
    if (!st) {
        *io = true;
        return R::failure(o.exportFile, QString(), st.error);
    }
    return r;
}

} // namespace

std::optional<Catalogue> OrgPublisher::commonsCatalogue(const QString &commonsDir, QList<Problem> *problems)
{
    const QString path = QDir(commonsDir).filePath(QStringLiteral("bricks.json"));
    if (commonsDir.isEmpty() || !QFileInfo::exists(path))
        return std::nullopt;
    const Result<QByteArray> bytes = readAll(path, Publisher::MaxDocumentBytes);
    if (!bytes.ok()) {
        *problems += bytes.problems();
        return std::nullopt;
    }
    Result<Catalogue> c = CommonsReader::readBricks(bytes.value(), path);
    if (!c.ok()) {
        *problems += c.problems();
        return std::nullopt;
    }
    return c.take();
}

Result<Organisation> OrgPublisher::validate(const QByteArray &bytes, const QString &file, const Catalogue &catalogue)
{
    if (CommonsReader::exceedsDepth(bytes))
        return Result<Organisation>::failure(file, QString(), tr("The JSON is nested too deeply."));
    return CommonsReader::readOrganisation(bytes, file, catalogue);
}

Result<OrgPublishResult> OrgPublisher::publish(const Organisation &org, const OrgPublishOptions &o, bool *ioFailure)
{
    using R = Result<OrgPublishResult>;
    bool dummy = false;
    bool &io = ioFailure ? *ioFailure : dummy;
    io = false;
    const QByteArray bytes = CommonsWriter::organisationBytes(org);
    if (!o.exportFile.isEmpty())
        return exportOne(bytes, o, &io);
    if (!ImportCommon::isSafeCode(org.code) || !ImportCommon::isPeriod(org.period))
        return R::failure(o.commonsDir, QString(), tr("The code '%1' or period '%2' cannot name a file.").arg(org.code, org.period));
    QTemporaryDir staging;
    if (!staging.isValid()) {
        io = true;
        return R::failure(o.commonsDir, QString(), tr("Cannot create a staging folder: %1").arg(staging.errorString()));
    }
    if (QFileInfo::exists(QDir(o.commonsDir).filePath(QStringLiteral("index.json")))) {
        if (const QList<Problem> p = stageCommons(o.commonsDir, org.code, org.period, staging.path()); !p.isEmpty())
            return R::failure(p);
    } else if (o.bricksBytes.isEmpty()) {
        return R::failure(o.commonsDir, QString(), tr("The folder holds no commons yet, and no catalogue was given to "
                                                      "start one with (--bricks FILE, or a commons in the cache)."));
    } else if (const Status st = writeFile(QDir(staging.path()).filePath(QStringLiteral("bricks.json")), o.bricksBytes); !st) {
        io = true;
        return R::failure(o.commonsDir, QString(), st.error);
    }
    if (const Status st = writeFile(ImportCommon::orgDocumentPath(staging.path(), org.code, org.period), bytes); !st) {
        io = true;
        return R::failure(o.commonsDir, QString(), st.error);
    }
    PublishOptions p;
    p.sourceDir = staging.path();
    p.outDir = o.commonsDir;
    p.commonsId = o.commonsId;
    p.title = o.title;
    p.secretKeyFile = o.secretKeyFile;
    p.expiresDays = o.expiresDays;
    Result<PublishReport> published = Publisher::publish(p, &io);
    if (!published.ok())
        return R::failure(published.problems());
    OrgPublishResult r;
    r.written = o.commonsDir;
    r.publicKey = published.value().publicKey;
    r.publish = published.take();
    return r;
}

Status OrgPublisher::verifyExport(const QString &file, const QString &publicKeyFile)
{
    const Result<QByteArray> bytes = readAll(file, Publisher::MaxDocumentBytes);
    if (!bytes.ok())
        return Status::failure(bytes.errorString());
    const Result<QByteArray> sig = readAll(file + QStringLiteral(".sig"), 4096);
    if (!sig.ok())
        return Status::failure(sig.errorString());
    const Result<QByteArray> key = Signature::readPublicKey(publicKeyFile);
    if (!key.ok())
        return Status::failure(key.errorString());
    return verifyIndexSignature(bytes.value(), sig.value(), key.value());
}

} // namespace livedna
