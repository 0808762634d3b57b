// Writes the synthetic national-scale commons to a folder, for trying the CLI or the GUI
// at scale: bench_gencommons DIR [ORGS [SERVICES [BRICKS]]]
#include "bench/commonsgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-'))) {
        out << "usage: bench_gencommons DIR [ORGS [SERVICES [BRICKS]]]\n";
        return 1;
    }
    livedna::bench::GeneratorOptions o;
    if (args.size() > 2)
        o.organisations = args.at(2).toInt();
    if (args.size() > 3)
        o.services = args.at(3).toInt();
    if (args.size() > 4)
        o.bricksPerService = args.at(4).toInt();
    QElapsedTimer t;
    t.start();
    const qint64 bytes = livedna::bench::generateCommons(args.at(1), o);
    if (bytes < 0) {
        out << "cannot write " << args.at(1) << '\n';
        return 3;
    }
    out << "wrote " << o.organisations << " organisations x " << o.services << " services x " << o.bricksPerService
        << " bricks (" << double(bytes) / 1e6 << " MB) to " << args.at(1) << " in " << t.elapsed() << " ms\n";
    return 0;
}
