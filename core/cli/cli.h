#pragma once

#include <QStringList>

namespace livedna {

// Exit codes of livedna-cli, part of its contract with scripts.
enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitInvalid = 2, ExitIo = 3 };

// The whole of livedna-cli behind main(): parses `arguments` (argv[0] first), runs the
// command and returns its exit code. Output goes to stdout, messages and progress to stderr.
int runCli(const QStringList &arguments);

} // namespace livedna
