#include "tests/support/testenv.h"

#include <QDir>
#include <QFileInfo>

namespace livedna::test {

QString sharedDataDir()
{
    QString dir = qEnvironmentVariable("LIVEDNA_SHARED_DATA");
    if (dir.isEmpty())
        dir = QDir(sourceDir()).absoluteFilePath(QStringLiteral("../shared/data"));
    return QFileInfo(dir).isDir() ? QDir(dir).absolutePath() : QString();
}

QString sharedDataFile(const QString &relative)
{
    const QString dir = sharedDataDir();
    if (dir.isEmpty())
        return {};
    const QString path = QDir(dir).absoluteFilePath(relative);
    return QFileInfo::exists(path) ? path : QString();
}

QString sourceDir()
{
    return qEnvironmentVariable("LIVEDNA_SOURCE_DIR");
}

QString cliPath()
{
    return qEnvironmentVariable("LIVEDNA_CLI");
}

QString guiPath()
{
    return qEnvironmentVariable("LIVEDNA_GUI");
}

} // namespace livedna::test
