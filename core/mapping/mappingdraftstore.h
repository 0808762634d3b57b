#pragma once

#include "core/mapping/mappingdraft.h"
#include "core/util/autosaver.h"
#include "core/util/draftdatabase.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace livedna {

class Cache;
class MappingModel;

// A new mapping of `orgCode` (its latest period when `period` is empty) as the cache holds
// it, with the cache's catalogue; `serviceId` (may be empty: the first service with
// reported spend) is the one in front.
Result<MappingDraft> startMapping(const Cache &cache, const QString &orgCode, const QString &serviceId,
                                  const QString &period = QString());

struct MappingDraftInfo
{
    qint64 id = 0;
    QString org;
    QString orgName;
    QString period;
    QString serviceId;
    QDateTime created;
    QDateTime modified;
    qint64 edits = 0;
};

// Mapping drafts are the user's own work, as proposal drafts are, and are kept the same
// way (draftstore.h): their own SQLite file, synchronous=FULL, each save one statement that
// is on disk when it returns, so a draft survives a crash or SIGKILL as of its last edit.
// A separate file from the proposal drafts, so each keeps its own schema version.
class MappingDraftStore
{
    Q_DECLARE_TR_FUNCTIONS(MappingDraftStore)

public:
    MappingDraftStore();
    ~MappingDraftStore();
    MappingDraftStore(const MappingDraftStore &) = delete;
    MappingDraftStore &operator=(const MappingDraftStore &) = delete;

    // $LIVEDNA_MAPPING_DRAFTS, else mapping-drafts.sqlite beside the proposal drafts.
    static QString defaultPath();
    static int schemaVersion();

    Status open(const QString &path);
    void close() { m_db.close(); } // marks the session as ended cleanly
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_db.path(); }
    bool recoveredAfterCrash() const { return m_db.recoveredAfterCrash(); }

    Result<qint64> create(const MappingDraft &draft);
    Status save(qint64 id, const MappingDraft &draft); // durable on return
    Result<MappingDraft> load(qint64 id) const;
    QList<MappingDraftInfo> drafts() const;
    // The most recent draft of an organisation and period, if any: one mapping per
    // organisation and year is what gets published.
    std::optional<qint64> findDraft(const QString &org, const QString &period) const;
    Status remove(qint64 id);

private:
    DraftDatabase m_db;
};

// Persists a mapping model's draft into `store` after every change (see Autosaver).
class MappingAutosaver : public Autosaver
{
public:
    MappingAutosaver(MappingModel *model, MappingDraftStore *store, qint64 draftId, int delayMs = 0,
                     QObject *parent = nullptr);
};

} // namespace livedna
