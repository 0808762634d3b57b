// Reader throughput at national scale: 500 organisations x 250 services x 8 bricks
// (about 140 MB of JSON, a million brick instances), the shape the sync parses on a cold
// start. Prints figures; never asserts on time.
//
//   bench_reader [organisations] [services] [bricks] [repeat]
// With repeat > 1 only readOrganisation runs, that many times (for profiling).

#include "core/commons/commonsreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

using namespace livedna;

namespace {

QByteArray bricksDocument(int capabilities)
{
    QByteArray out = "{\"format\":\"livedna-bricks/1\",\"capabilities\":[";
    for (int c = 0; c < capabilities; ++c) {
        out += (c ? "," : "") + QByteArray("{\"id\":\"cap-") + QByteArray::number(c)
               + "\",\"name\":\"Capability " + QByteArray::number(c) + "\",\"layer\":\""
               + (c % 3 ? "overhead" : "frontline") + "\"}";
    }
    out += "],\"bricks\":[";
    for (int c = 0; c < capabilities; ++c) {
        out += (c ? "," : "") + QByteArray("{\"id\":\"std.cap-") + QByteArray::number(c)
               + "\",\"name\":\"Standard brick " + QByteArray::number(c) + "\",\"capability\":\"cap-"
               + QByteArray::number(c) + "\",\"provider\":\"Commons\",\"evolution\":\"product\","
               "\"standard_annual_cost_gbp\":12000}";
    }
    return out + "]}";
}

QByteArray orgDocument(int org, int services, int bricks, int capabilities)
{
    QRandomGenerator rng(quint32(org) + 1);
    const QByteArray code = "E0" + QByteArray::number(6000000 + org);
    QByteArray out;
    out.reserve(services * bricks * 150);
    out += "{\"format\":\"livedna-org/1\",\"organisation\":{\"code\":\"" + code
           + "\",\"name\":\"Council number " + QByteArray::number(org)
           + " & Partners\",\"kind\":\"council\",\"type\":\"unitary\",\"region\":\"North East\","
             "\"population\":92338},\"period\":\"2025-26\",\"services\":[";
    for (int s = 0; s < services; ++s) {
        out += (s ? "," : "") + QByteArray("{\"id\":\"service-") + QByteArray::number(s)
               + "\",\"name\":\"Service number " + QByteArray::number(s) + "\",\"lgsl\":"
               + QByteArray::number(1000 + s) + ",\"category\":\"Transport\",\"volume\":2400,"
               "\"reported_cost_gbp\":" + QByteArray::number(rng.bounded(1000000)) + ",\"bricks\":[";
        for (int b = 0; b < bricks; ++b) {
            const int cap = rng.bounded(capabilities);
            out += (b ? "," : "") + QByteArray("{\"id\":\"b") + QByteArray::number(b) + "\",\"name\":\"Brick "
                   + QByteArray::number(b) + " of service " + QByteArray::number(s) + "\",";
            if (b % 3 == 0)
                out += "\"uses\":\"std.cap-" + QByteArray::number(cap) + "\",";
            else
                out += "\"capability\":\"cap-" + QByteArray::number(cap) + "\",";
            out += "\"annual_cost_gbp\":" + QByteArray::number(rng.bounded(200000)) + ".5,\"fte\":1.5}";
        }
        out += "],\"flows\":[";
        for (int b = 1; b < bricks; ++b)
            out += (b > 1 ? "," : "") + QByteArray("{\"from\":\"b") + QByteArray::number(b - 1) + "\",\"to\":\"b"
                   + QByteArray::number(b) + "\"}";
        out += "]}";
    }
    return out + "]}";
}

long peakRssKb()
{
    FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    long kb = -1;
    while (std::fgets(line, sizeof line, f)) {
        if (std::sscanf(line, "VmHWM: %ld kB", &kb) == 1)
            break;
    }
    std::fclose(f);
    return kb;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int orgs = args.size() > 1 ? args.at(1).toInt() : 500;
    const int services = args.size() > 2 ? args.at(2).toInt() : 250;
    const int bricks = args.size() > 3 ? args.at(3).toInt() : 8;
    const int repeat = args.size() > 4 ? args.at(4).toInt() : 1;
    QTextStream out(stdout);

    const Result<Catalogue> cat = CommonsReader::readBricks(bricksDocument(40), QStringLiteral("bricks.json"));
    if (!cat) {
        out << cat.errorString() << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    QList<QByteArray> docs;
    docs.reserve(orgs);
    qint64 total = 0;
    for (int o = 0; o < orgs; ++o) {
        docs.append(orgDocument(o, services, bricks, 40));
        total += docs.last().size();
    }
    out << QStringLiteral("generated %1 organisations x %2 services x %3 bricks: %4 MB in %5 ms")
               .arg(orgs).arg(services).arg(bricks).arg(total / 1e6, 0, 'f', 1).arg(timer.elapsed())
        << Qt::endl;

    const auto report = [&](const char *what, qint64 ms) {
        out << QStringLiteral("%1: %2 ms, %3 MB/s, %4 ms per organisation")
                   .arg(QLatin1String(what), 24)
                   .arg(ms, 6)
                   .arg(ms ? total / 1e3 / ms : 0.0, 7, 'f', 0)
                   .arg(double(ms) / orgs, 0, 'f', 2)
            << Qt::endl;
    };

    if (repeat > 1) {
        timer.restart();
        for (int r = 0; r < repeat; ++r) {
            for (const QByteArray &d : docs)
                CommonsReader::readOrganisation(d, QStringLiteral("o.json"), cat.value(), QString());
        }
        out << QStringLiteral("readOrganisation x%1: %2 ms").arg(repeat).arg(timer.elapsed()) << Qt::endl;
        return 0;
    }

    timer.restart();
    int deep = 0;
    for (const QByteArray &d : docs)
        deep += CommonsReader::exceedsDepth(d);
    report("depth scan", timer.elapsed());

    timer.restart();
    QByteArray sink;
    for (const QByteArray &d : docs)
        sink = QCryptographicHash::hash(d, QCryptographicHash::Sha256);
    report("sha256", timer.elapsed());

    timer.restart();
    qint64 objects = 0;
    for (const QByteArray &d : docs)
        objects += QJsonDocument::fromJson(d).object().size();
    report("QJsonDocument only", timer.elapsed());

    timer.restart();
    qint64 instances = 0;
    int failures = 0;
    for (int o = 0; o < docs.size(); ++o) {
        const Result<Organisation> r = CommonsReader::readOrganisation(
            docs.at(o), QStringLiteral("orgs/%1.json").arg(o), cat.value(), QString());
        if (!r) {
            ++failures;
            if (failures == 1)
                out << r.errorString().left(2000) << Qt::endl;
            continue;
        }
        for (const Service &s : r.value().services)
            instances += s.bricks.size();
    }
    report("readOrganisation", timer.elapsed());
    out << QStringLiteral("brick instances read: %1, documents refused: %2, too deep: %3, peak RSS: %4 MB")
               .arg(instances).arg(failures).arg(deep).arg(peakRssKb() / 1024)
        << Qt::endl;
    return failures ? 1 : 0;
}
