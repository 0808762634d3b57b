#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace livedna {

class Cache;

// Exit codes of livedna-cli, part of its contract with scripts.
enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitInvalid = 2, ExitIo = 3 };

// What every command gets: its own arguments, the streams, and the cache on demand.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QStringList arguments, QString cachePath, QTextStream &out, QTextStream &err);
    ~CliContext();

    const QStringList &arguments() const { return m_arguments; } // argv[0] is "livedna-cli COMMAND"
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens (creating and migrating if needed) the cache chosen by --cache, $LIVEDNA_CACHE or
    // the default location. Returns nullptr after printing the reason to err().
    Cache *cache();
    QString cachePath() const { return m_cachePath; }

    // Prints "livedna-cli: message" to err() and returns `code`, for one-line failures.
    int fail(int code, const QString &message);

private:
    QStringList m_arguments;
    QString m_cachePath;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Cache> m_cache;
};

struct CliCommand
{
    QString name;        // "sync", "proposal", "import", ...
    QString summary;     // one line for the global --help (already translated)
    std::function<int(CliContext &)> run; // handles its own --help with QCommandLineParser
};

// Each command group lives in its own file and returns its commands; cli.cpp lists the groups.
QList<CliCommand> commonsCommands();   // sync, validate, orgs, show (cli/commonscommands.cpp)
QList<CliCommand> importCommands();    // publish, keygen, import (cli/importcommands.cpp)
QList<CliCommand> analysisCommands();  // duplication, savings, scenario, value, similarity (cli/analysiscommands.cpp)
QList<CliCommand> proposalCommands();  // proposal, export (cli/proposalcommands.cpp)
QList<CliCommand> renderCommands();    // render (cli/rendercommands.cpp)
QList<CliCommand> areaCommands();      // area (cli/areacommands.cpp)
QList<CliCommand> briefingCommands();  // briefing (cli/briefingcommands.cpp)
QList<CliCommand> mappingCommands();   // mapping, coverage (cli/mappingcommands.cpp)
QList<CliCommand> bundleCommands();    // bundle (cli/bundlecommands.cpp)
// `import constituencies` (cli/areacommands.cpp); `arguments` start with "livedna-cli import constituencies".
int runImportConstituencies(CliContext &ctx, const QStringList &arguments);
QList<CliCommand> benchmarkCommands(); // benchmark (cli/benchmarkcommands.cpp)
// `import benchmarks` (cli/benchmarkcommands.cpp); `arguments` start with "livedna-cli import benchmarks".
int runImportBenchmarks(CliContext &ctx, const QStringList &arguments);

// The whole of livedna-cli behind main(): parses `arguments` (argv[0] first), runs the
// command and returns its exit code. Output goes to stdout, messages and progress to stderr.
int runCli(const QStringList &arguments);

} // namespace livedna
