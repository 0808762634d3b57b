#include "core/cli/cli.h"

namespace livedna {

// sync, validate, orgs, show: implemented by the foundation work (issue 2).
QList<CliCommand> commonsCommands()
{
    return {};
}

} // namespace livedna
