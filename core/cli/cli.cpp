#include "core/cli/cli.h"

#include <QTextStream>

namespace livedna {

int runCli(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    QTextStream(stderr) << "livedna-cli: not implemented yet\n";
    return ExitUsage;
}

} // namespace livedna
