#include "tests/support/clirunner.h"

#include "tests/support/testenv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

namespace livedna::test {

QString CliRun::describe() const
{
    return QStringLiteral("finished=%1 exit=%2\n--- stdout ---\n%3\n--- stderr ---\n%4")
        .arg(finished ? QStringLiteral("yes") : QStringLiteral("no"))
        .arg(exitCode)
        .arg(out, err);
}

CliRun runCli(const QString &cachePath, const QStringList &arguments, const QProcessEnvironment &env,
              int timeoutMs)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("LIVEDNA_LANG"), QStringLiteral("en_GB"));
    e.remove(QStringLiteral("LIVEDNA_CACHE"));
    for (const QString &k : env.keys())
        e.insert(k, env.value(k));

    QProcess p;
    p.setProcessEnvironment(e);
    QStringList args;
    if (!cachePath.isEmpty())
        args << QStringLiteral("--cache") << cachePath;
    args << arguments;
    p.start(cliPath(), args);
    CliRun r;
    if (!p.waitForStarted(30000)) {
        r.err = QStringLiteral("could not start %1: %2").arg(cliPath(), p.errorString());
        return r;
    }
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.rawOut = p.readAllStandardOutput();
    r.rawErr = p.readAllStandardError();
    r.out = QString::fromUtf8(r.rawOut);
    r.err = QString::fromUtf8(r.rawErr);
    return r;
}

bool copyTree(const QString &from, const QString &to)
{
    QDir src(from);
    if (!src.exists() || !QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = src.relativeFilePath(path);
        const QString target = QDir(to).filePath(rel);
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
            continue;
        }
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile in(path);
        QFile out(target);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        if (out.write(in.readAll()) < 0)
            return false;
    }
    return true;
}

bool rehashIndex(const QString &dir, qint64 version)
{
    QFile f(QDir(dir).filePath(QStringLiteral("index.json")));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QJsonObject index = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray docs = index.value(QStringLiteral("documents")).toArray();
    for (int i = 0; i < docs.size(); ++i) {
        QJsonObject d = docs.at(i).toObject();
        QFile doc(QDir(dir).filePath(d.value(QStringLiteral("path")).toString()));
        if (!doc.open(QIODevice::ReadOnly))
            return false;
        const QByteArray bytes = doc.readAll();
        d.insert(QStringLiteral("sha256"),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        d.insert(QStringLiteral("bytes"), bytes.size());
        docs[i] = d;
    }
    index.insert(QStringLiteral("documents"), docs);
    if (version > 0)
        index.insert(QStringLiteral("version"), version);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(QJsonDocument(index).toJson()) > 0;
}

} // namespace livedna::test
