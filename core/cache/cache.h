#pragma once

#include "core/cache/lgsl.h"
#include "core/domain/catalogue.h"
#include "core/domain/commonsindex.h"
#include "core/domain/measures.h"
#include "core/domain/organisation.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace livedna {

struct CommonsInfo
{
    qint64 rowId = 0;
    QString id;       // the commons id from index.json
    QString title;
    qint64 version = 0;
    QDateTime published;
    QDateTime expires;
    QString source;   // where it was last synced from
    QDateTime syncedAt;
    QString indexSha256;
    QByteArray publicKey; // pinned Ed25519 key, empty when none
};

struct OrgSummary
{
    qint64 rowId = 0;
    QString commons;
    QString code;
    QString name;
    OrgKind kind = OrgKind::Other;
    QString type;
    QString region;
    std::optional<qint64> population;
    QString period;      // of this row: the latest unless a period was asked for
    QStringList periods; // every period the commons holds for the organisation, ascending
    int services = 0;
    CostSplit cost; // totals over its services (reported: sum where any service has one)
    ReportedSplit reported; // 1.1: reported spend by layer, with the count of unknowns
};

struct ServiceSummary
{
    qint64 rowId = 0;
    QString orgCode;
    QString id;
    QString name;
    std::optional<int> lgsl;
    QString category;
    CostSplit cost;
    QString period; // 1.1: the service's own period when it differs from the organisation's
    std::optional<Layer> layer;
    int systems = 0; // systems (components with no cost) the service is known to run
};

struct HistoryEntry
{
    qint64 version = 0;
    QDateTime acceptedAt;
    QString indexSha256;
    QString source;
    QStringList added;
    QStringList changed;
    QStringList removed;
};

// The local SQLite cache: re-downloadable, so it favours speed (WAL, synchronous=NORMAL)
// over the drafts database's durability. One Cache object owns one named QtSql connection;
// use it from the thread that opened it.
class Cache
{
    Q_DECLARE_TR_FUNCTIONS(Cache)

public:
    Cache();
    ~Cache();
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;

    static QString defaultPath(); // --cache, else $LIVEDNA_CACHE, else dataDirectory()/cache.sqlite
    static QString dataDirectory(); // the one app-data folder of the GUI and the CLI alike
    static int schemaVersion();   // the user_version this build migrates to

    Status open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase database() const;

    // Queries. An empty commons id means "the most recently synced commons".
    QList<CommonsInfo> commonsList() const;
    std::optional<CommonsInfo> commons(const QString &commonsId = QString()) const;
    Catalogue catalogue(const QString &commonsId = QString()) const;
    // One summary per organisation: its latest period (OrgSummary::periods lists them all).
    QList<OrgSummary> organisations(const QString &commonsId = QString()) const;
    // An empty period means the latest one; a period the commons does not hold gives nothing.
    std::optional<OrgSummary> organisationSummary(const QString &code, const QString &commonsId = QString(),
                                                  const QString &period = QString()) const;
    // Every period the commons holds for an organisation, ascending (YYYY-YY).
    QStringList periods(const QString &code, const QString &commonsId = QString()) const;
    QList<ServiceSummary> services(const QString &orgCode, const QString &commonsId = QString(),
                                   const QString &period = QString()) const;
    std::optional<Organisation> organisation(const QString &code, const QString &commonsId = QString(),
                                             const QString &period = QString()) const;
    std::optional<Service> service(const QString &orgCode, const QString &serviceId,
                                   const QString &commonsId = QString(), const QString &period = QString()) const;
    QList<HistoryEntry> history(const QString &commonsId = QString()) const;
    // path -> sha256 of every document the cache holds for a commons (drives incremental sync)
    QHash<QString, QString> documentHashes(const QString &commonsId) const;
    // Every document entry the cache holds for a commons, as its index listed it, plus its
    // lgsl.json extra (type Lgsl) when the sync loaded one.
    QList<IndexEntry> documents(const QString &commonsId) const;
    bool isEmpty() const;

    Status setPublicKey(const QString &commonsId, const QByteArray &key);

    // The LGSL (schema v2; core/cache/cachelgsl.cpp). setLgsl replaces the whole list in one
    // transaction.
    Status setLgsl(const QList<LgslService> &services);
    QList<LgslService> lgsl() const;
    std::optional<LgslService> lgslService(int id) const;

    // The areas.json document (schema v5; core/cache/cacheareas.cpp), kept whole: the last
    // one synced or imported. Empty when the cache holds none.
    Status setAreas(const QByteArray &json);
    QByteArray areas() const;

    // The benchmarks.json document (docs/benchmarks.md; core/cache/cachebenchmarks.cpp), kept
    // whole like the areas: the last one synced or imported. Empty when the cache holds none.
    Status setBenchmarks(const QByteArray &json);
    QByteArray benchmarks() const;

private:
    QString m_connectionName;
    QString m_path;
};

} // namespace livedna
