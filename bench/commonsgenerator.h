#pragma once

// A deterministic synthetic commons at national scale, for the benchmarks: by default 500
// organisations x 250 services x 8 bricks (about a million brick instances and 140 MB of
// JSON), mixing standard and bespoke instances, with flows. Header-only so every bench tool
// can include it (each bench/bench_*.cpp is built on its own).

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

namespace livedna::bench {

struct GeneratorOptions
{
    int organisations = 500;
    int services = 250;
    int bricksPerService = 8;
    qint64 version = 1;
    quint64 seed = 20261122;
};

// Tiny fixed PRNG: the same commons on every machine and Qt version.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed * 6364136223846793005ULL + 1442695040888963407ULL) {}
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }

private:
    quint64 m_state;
};

inline QByteArray jsonString(const QString &s)
{
    QByteArray out = "\"";
    const QByteArray utf8 = s.toUtf8();
    for (char c : utf8) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

struct SyntheticCatalogue
{
    QStringList capabilities; // ids
    QStringList layers;
    QStringList bricks;       // catalogue brick ids
    QList<int> brickCapability;
};

inline SyntheticCatalogue syntheticCatalogue()
{
    SyntheticCatalogue c;
    static const char *const names[] = {
        "payments", "forms", "identity", "notifications", "case-management", "scheduling", "documents",
        "records", "crm", "finance", "hr", "procurement", "data-platform", "mapping", "booking",
        "eligibility", "assessment", "care-planning", "safeguarding", "advice", "inspection",
        "enforcement", "outreach", "casework", "therapy", "clinical-triage", "home-visits",
        "support-planning", "complaints", "licensing"};
    const int frontlineFrom = 15; // eligibility onwards is people-centred work
    for (int i = 0; i < int(sizeof names / sizeof names[0]); ++i) {
        c.capabilities.append(QString::fromLatin1(names[i]));
        c.layers.append(i >= frontlineFrom ? QStringLiteral("frontline") : QStringLiteral("overhead"));
    }
    // Three catalogue bricks for each overhead capability, one for some frontline ones,
    // none for the rest (so duplication reports see "the commons lacks that brick").
    for (int i = 0; i < c.capabilities.size(); ++i) {
        const int n = i < frontlineFrom ? 3 : (i % 3 == 0 ? 1 : 0);
        for (int k = 0; k < n; ++k) {
            c.bricks.append(QStringLiteral("%1.std-%2").arg(c.capabilities.at(i)).arg(k + 1));
            c.brickCapability.append(i);
        }
    }
    return c;
}

inline QByteArray bricksDocument(const SyntheticCatalogue &c)
{
    QByteArray out = "{\n  \"format\": \"livedna-bricks/1\",\n  \"capabilities\": [\n";
    for (int i = 0; i < c.capabilities.size(); ++i) {
        out += "    {\"id\": " + jsonString(c.capabilities.at(i)) + ", \"name\": "
               + jsonString(QStringLiteral("Capability %1").arg(c.capabilities.at(i))) + ", \"layer\": "
               + jsonString(c.layers.at(i)) + "}" + (i + 1 < c.capabilities.size() ? ",\n" : "\n");
    }
    out += "  ],\n  \"bricks\": [\n";
    for (int i = 0; i < c.bricks.size(); ++i) {
        out += "    {\"id\": " + jsonString(c.bricks.at(i)) + ", \"name\": "
               + jsonString(QStringLiteral("Standard %1").arg(c.bricks.at(i))) + ", \"capability\": "
               + jsonString(c.capabilities.at(c.brickCapability.at(i)))
               + ", \"provider\": \"Commons Ltd\", \"evolution\": \"commodity\", \"standard_annual_cost_gbp\": "
               + QByteArray::number(5000 + 1000 * (i % 17)) + "}" + (i + 1 < c.bricks.size() ? ",\n" : "\n");
    }
    out += "  ]\n}\n";
    return out;
}

inline QString orgCode(int i)
{
    // Councils with GSS-like codes, every tenth an NHS trust with an ODS-like code.
    return i % 10 == 9 ? QStringLiteral("R%1").arg(i, 4, 36, QLatin1Char('0')).toUpper()
                       : QStringLiteral("E%1").arg(6000001 + i, 8, 10, QLatin1Char('0'));
}

// `variant` changes the costs, so a re-sync after "one organisation changed" has new bytes.
inline QByteArray organisationDocument(const SyntheticCatalogue &c, const GeneratorOptions &o, int index, int variant = 0)
{
    Rng rng(o.seed + quint64(index) * 7919 + quint64(variant) * 104729);
    const bool nhs = index % 10 == 9;
    static const char *const places[] = {"Ynys Môn", "Stoke-on-Trent", "King's Lynn & West Norfolk",
                                         "Bath, North East Somerset", "Rhondda Cynon Taf", "Newcastle upon Tyne"};
    const QString name = nhs ? QStringLiteral("Synthetic %1 NHS Trust %2").arg(QString::fromUtf8(places[index % 6])).arg(index)
                             : QStringLiteral("Synthetic Council of %1 %2").arg(QString::fromUtf8(places[index % 6])).arg(index);
    QByteArray out;
    out.reserve(o.services * (160 + o.bricksPerService * 130));
    out += "{\n\"format\": \"livedna-org/1\",\n\"organisation\": {\"code\": " + jsonString(orgCode(index))
           + ", \"name\": " + jsonString(name) + ", \"kind\": " + (nhs ? "\"nhs-trust\"" : "\"council\"")
           + ", \"region\": \"Synthetic\", \"population\": " + QByteArray::number(50000 + rng.below(900000)) + "},\n"
           + "\"period\": \"2025-26\",\n\"services\": [\n";
    for (int s = 0; s < o.services; ++s) {
        out += "{\"id\": \"svc-" + QByteArray::number(s) + "\", \"name\": \"Service " + QByteArray::number(s)
               + ", advice & support\", \"lgsl\": " + QByteArray::number(1000 + s) + ", \"category\": \"Category "
               + QByteArray::number(s % 12) + "\", \"volume\": " + QByteArray::number(100 + rng.below(50000))
               + ", \"reported_cost_gbp\": " + QByteArray::number(100000 + rng.below(2000000)) + ",\n";
        // Public Value inputs on four services in five (from the indices, not the generator's
        // random numbers, so every other figure stays as it was); equal scores happen.
        if ((s + index) % 5 != 0) {
            out += " \"value\": {\"outcome\": " + QByteArray::number(((s * 37 + index * 11) % 101) / 100.0)
                   + ", \"satisfaction\": " + QByteArray::number(((s * 13 + index * 7) % 101) / 100.0)
                   + (s % 7 == 0 ? ", \"access\": 0.5" : "") + "},\n";
        }
        out += " \"bricks\": [\n";
        for (int b = 0; b < o.bricksPerService; ++b) {
            const int cost = 500 + rng.below(150000);
            out += "  {\"id\": \"b" + QByteArray::number(b) + "\", \"name\": \"Part " + QByteArray::number(b)
                   + " of service " + QByteArray::number(s) + "\", ";
            // Roughly half the instances are standard; the rest bespoke across all capabilities.
            if (rng.below(2) == 0) {
                out += "\"uses\": " + jsonString(c.bricks.at(rng.below(int(c.bricks.size()))));
            } else {
                out += "\"capability\": " + jsonString(c.capabilities.at(rng.below(int(c.capabilities.size()))));
                out += ", \"fte\": " + QByteArray::number(rng.below(40) / 4.0);
            }
            out += ", \"annual_cost_gbp\": " + QByteArray::number(cost) + "}"
                   + (b + 1 < o.bricksPerService ? ",\n" : "\n");
        }
        out += " ],\n \"flows\": [";
        for (int b = 0; b + 1 < o.bricksPerService; ++b) {
            out += "{\"from\": \"b" + QByteArray::number(b) + "\", \"to\": \"b" + QByteArray::number(b + 1) + "\"}"
                   + (b + 2 < o.bricksPerService ? ", " : "");
        }
        out += "]}";
        out += s + 1 < o.services ? ",\n" : "\n";
    }
    out += "]\n}\n";
    return out;
}

struct GeneratedDocument
{
    QString path;
    QString org; // empty for bricks
    QByteArray sha256;
    qint64 bytes = 0;
};

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline GeneratedDocument describe(const QString &path, const QString &org, const QByteArray &bytes)
{
    return {path, org, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), bytes.size()};
}

inline bool writeIndex(const QString &dir, const QList<GeneratedDocument> &docs, qint64 version)
{
    QByteArray out = "{\n\"format\": \"livedna-commons/1\",\n\"commons\": \"synthetic-national\",\n"
                     "\"title\": \"Synthetic national commons (benchmark data, not real figures)\",\n"
                     "\"version\": " + QByteArray::number(version) + ",\n\"published\": \"2026-11-01T09:00:00Z\",\n"
                     "\"documents\": [\n";
    for (int i = 0; i < docs.size(); ++i) {
        const GeneratedDocument &d = docs.at(i);
        out += "{\"path\": " + jsonString(d.path) + ", \"type\": "
               + (d.org.isEmpty() ? QByteArray("\"bricks\"") : "\"organisation\", \"org\": " + jsonString(d.org))
               + ", \"sha256\": \"" + d.sha256 + "\", \"bytes\": " + QByteArray::number(d.bytes) + "}"
               + (i + 1 < docs.size() ? ",\n" : "\n");
    }
    out += "]\n}\n";
    return writeBytes(QDir(dir).filePath(QStringLiteral("index.json")), out);
}

// Writes the whole commons into `dir`; returns the total bytes of its documents, or -1.
// `variantOf(i)` picks a variant per organisation (0 for the original).
inline qint64 generateCommons(const QString &dir, const GeneratorOptions &o,
                              const std::function<int(int)> &variantOf = {}, QList<GeneratedDocument> *listed = nullptr)
{
    if (!QDir().mkpath(QDir(dir).filePath(QStringLiteral("orgs"))))
        return -1;
    const SyntheticCatalogue c = syntheticCatalogue();
    QList<GeneratedDocument> docs;
    const QByteArray bricks = bricksDocument(c);
    if (!writeBytes(QDir(dir).filePath(QStringLiteral("bricks.json")), bricks))
        return -1;
    docs.append(describe(QStringLiteral("bricks.json"), QString(), bricks));
    qint64 total = bricks.size();
    for (int i = 0; i < o.organisations; ++i) {
        const QString code = orgCode(i);
        const QString path = QStringLiteral("orgs/%1.json").arg(code);
        const QByteArray doc = organisationDocument(c, o, i, variantOf ? variantOf(i) : 0);
        if (!writeBytes(QDir(dir).filePath(path), doc))
            return -1;
        docs.append(describe(path, code, doc));
        total += doc.size();
    }
    if (!writeIndex(dir, docs, o.version))
        return -1;
    if (listed)
        *listed = docs;
    return total;
}

} // namespace livedna::bench
