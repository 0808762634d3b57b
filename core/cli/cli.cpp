#include "core/cli/cli.h"

#include "core/cache/cache.h"
#include "core/cli/terminaloutput.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace livedna {

CliContext::CliContext(QStringList arguments, QString cachePath, QTextStream &out, QTextStream &err)
    : m_arguments(std::move(arguments))
    , m_cachePath(std::move(cachePath))
    , m_out(out)
    , m_err(err)
{
}

CliContext::~CliContext() = default;

Cache *CliContext::cache()
{
    if (m_cache)
        return m_cache.get();
    auto cache = std::make_unique<Cache>();
    const Status st = cache->open(m_cachePath);
    if (!st) {
        m_err << "livedna-cli: " << st.error << Qt::endl;
        return nullptr;
    }
    m_cache = std::move(cache);
    return m_cache.get();
}

int CliContext::fail(int code, const QString &message)
{
    m_err << "livedna-cli: " << message << Qt::endl;
    return code;
}

static QList<CliCommand> allCommands()
{
    QList<CliCommand> all;
    all += commonsCommands();
    all += importCommands();
    all += analysisCommands();
    all += proposalCommands();
    all += renderCommands();
    all += areaCommands();
    all += briefingCommands();
    all += benchmarkCommands();
    all += mappingCommands();
    all += bundleCommands();
    return all;
}

static void printUsage(QTextStream &s, const QList<CliCommand> &commands)
{
    s << QCoreApplication::translate("Cli", "Usage: livedna-cli [--cache FILE] COMMAND [ARGS...]") << '\n'
      << QCoreApplication::translate("Cli", "The cache is --cache FILE, else $LIVEDNA_CACHE, else %1.")
             .arg(Cache::defaultPath())
      << "\n\n"
      << QCoreApplication::translate("Cli", "Commands:") << '\n';
    for (const CliCommand &c : commands)
        s << "  " << c.name.leftJustified(14) << c.summary << '\n';
    s << '\n'
      << QCoreApplication::translate("Cli", "Run 'livedna-cli COMMAND --help' for a command's options.") << '\n'
      << QCoreApplication::translate("Cli", "Exit codes: 0 done, 1 usage error, 2 data invalid or refused, 3 I/O or network failure.")
      << '\n';
}

int runCli(const QStringList &arguments)
{
    // Everything printed passes through TerminalOutput: commons text may carry control
    // characters, and they must not act on the terminal.
    QFile stdoutFile;
    QFile stderrFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
    stderrFile.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
    TerminalOutput safeOut(&stdoutFile);
    TerminalOutput safeErr(&stderrFile, true);
    QTextStream out(&safeOut);
    QTextStream err(&safeErr);
    const QList<CliCommand> commands = allCommands();

    // Global options come before the command; everything after belongs to the command.
    QString cachePath;
    int i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--cache")) {
            if (i + 1 >= arguments.size()) {
                err << QCoreApplication::translate("Cli", "livedna-cli: --cache needs a file") << Qt::endl;
                return ExitUsage;
            }
            cachePath = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--cache="))) {
            cachePath = a.mid(8);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printUsage(out, commands);
            return ExitOk;
        } else if (a == QLatin1String("--version")) {
            out << "livedna-cli " << LIVEDNA_VERSION << Qt::endl;
            return ExitOk;
        } else {
            break;
        }
    }
    if (i >= arguments.size()) {
        printUsage(err, commands);
        return ExitUsage;
    }
    const QString name = arguments.at(i);
    QStringList rest = arguments.mid(i + 1);
    // --cache is also accepted after the command, where scripts tend to put it.
    for (int j = 0; j < rest.size(); ++j) {
        if (rest.at(j) == QLatin1String("--cache") && j + 1 < rest.size()) {
            cachePath = rest.at(j + 1);
            rest.remove(j, 2);
            --j;
        } else if (rest.at(j).startsWith(QLatin1String("--cache="))) {
            cachePath = rest.at(j).mid(8);
            rest.removeAt(j);
            --j;
        }
    }
    if (cachePath.isEmpty())
        cachePath = Cache::defaultPath();

    for (const CliCommand &c : commands) {
        if (c.name == name) {
            CliContext ctx(QStringList{QStringLiteral("livedna-cli ") + name} + rest, cachePath, out, err);
            const int code = c.run(ctx);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << QCoreApplication::translate("Cli", "livedna-cli: unknown command '%1'").arg(name) << "\n\n";
    printUsage(err, commands);
    return ExitUsage;
}

} // namespace livedna
