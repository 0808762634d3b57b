// The real commons end to end: scripts/build-real-commons.sh builds it from ../shared/data
// (about 540 organisations, every import and the publish), then `livedna-cli sync` brings it
// into a fresh cache, then a second sync finds nothing new. Prints wall and CPU time of
// each step (the CPU of the child processes), documents, bytes and cache size.
//   bench_realcommons [--data DIR] [--cli PATH] [--keep DIR]
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {

double childCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Step
{
    bool ok = false;
    qint64 wallMs = 0;
    double cpu = 0.0;
    QByteArray output;
};

Step run(const QString &program, const QStringList &args)
{
    Step s;
    const double cpu0 = childCpuSeconds();
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    s.ok = p.waitForFinished(30 * 60 * 1000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    s.wallMs = t.elapsed();
    s.cpu = childCpuSeconds() - cpu0;
    s.output = p.readAll();
    return s;
}

void folderSize(const QString &dir, qint64 *files, qint64 *bytes)
{
    *files = 0;
    *bytes = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++*files;
        *bytes += it.fileInfo().size();
    }
}

QString lineWith(const QByteArray &output, const char *start)
{
    for (const QByteArray &l : output.split('\n')) {
        if (l.trimmed().startsWith(start))
            return QString::fromUtf8(l.trimmed());
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString data = qEnvironmentVariable("LIVEDNA_SHARED_DATA", QStringLiteral(LIVEDNA_SOURCE_DIR "/../shared/data"));
    QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/livedna-cli"));
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--data"))
            data = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--cli"))
            cli = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(i + 1);
    }
    if (!QFileInfo(data).isDir() || !QFileInfo::exists(cli)) {
        out << "needs the shared data (" << data << ") and livedna-cli (" << cli << ")" << Qt::endl;
        return 0;
    }
    QTemporaryDir tmp;
    const QString commons = keep.isEmpty() ? tmp.filePath(QStringLiteral("real")) : keep;
    const QString script = QStringLiteral(LIVEDNA_SOURCE_DIR "/scripts/build-real-commons.sh");

    const Step build = run(QStringLiteral("bash"), {script, commons, QStringLiteral("--cli"), cli, QStringLiteral("--data"), data});
    if (!build.ok) {
        out << "build failed:\n" << build.output << Qt::endl;
        return 1;
    }
    qint64 files = 0, bytes = 0;
    folderSize(commons, &files, &bytes);
    out << "build-real-commons.sh: " << build.wallMs << " ms wall, " << QString::number(build.cpu, 'f', 2)
        << " s CPU (imports and publish)" << Qt::endl;
    out << "  " << lineWith(build.output, "Organisations:") << Qt::endl;
    out << "  " << lineWith(build.output, "Documents:") << Qt::endl;
    out << "  " << lineWith(build.output, "Services:") << Qt::endl;
    out << "  " << lineWith(build.output, "Bricks:") << Qt::endl;
    out << "  " << lineWith(build.output, "Systems:") << Qt::endl;
    out << "  published: " << files << " files, " << QString::number(double(bytes) / 1e6, 'f', 1) << " MB" << Qt::endl;

    const QString cache = tmp.filePath(QStringLiteral("cache.sqlite"));
    const QStringList sync = {QStringLiteral("--cache"), cache, QStringLiteral("sync"), commons};
    const Step cold = run(cli, sync);
    if (!cold.ok) {
        out << "sync failed:\n" << cold.output << Qt::endl;
        return 1;
    }
    out << "sync into a fresh cache: " << cold.wallMs << " ms wall, " << QString::number(cold.cpu, 'f', 2) << " s CPU; "
        << lineWith(cold.output, "Fetched") << " cache " << QString::number(double(QFileInfo(cache).size()) / 1e6, 'f', 1)
        << " MB" << Qt::endl;
    const Step again = run(cli, sync);
    out << "sync again, nothing new: " << again.wallMs << " ms wall, " << QString::number(again.cpu, 'f', 2) << " s CPU" << Qt::endl;
    const Step orgs = run(cli, {QStringLiteral("--cache"), cache, QStringLiteral("orgs")});
    out << "orgs (" << orgs.output.count('\n') << " lines): " << orgs.wallMs << " ms wall" << Qt::endl;
    return 0;
}
