#pragma once

#include "core/proposal/proposal.h"
#include "core/util/autosaver.h"
#include "core/util/draftdatabase.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace livedna {

class ProposalModel;

struct DraftInfo
{
    qint64 id = 0;
    QString title;
    QString org;
    QString serviceId;
    QDateTime created;
    QDateTime modified;
    qint64 edits = 0; // persisted edits since the draft was created
};

// Drafts are the user's own work and exist nowhere else, so they live in their own SQLite
// file with synchronous=FULL (a committed edit survives power loss), apart from the cache,
// which can always be downloaded again and which a sync rewrites. Nothing here ever reads
// or writes the cache. One DraftStore owns one named connection; use it from one thread.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    DraftStore();
    ~DraftStore();
    DraftStore(const DraftStore &) = delete;
    DraftStore &operator=(const DraftStore &) = delete;

    static QString defaultPath(); // $LIVEDNA_DRAFTS, else drafts.sqlite in the app-data folder
    static int schemaVersion();

    Status open(const QString &path);
    void close() { m_db.close(); } // marks the session as ended cleanly
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_db.path(); }
    QSqlDatabase database() const { return m_db.database(); }

    // True when the previous session that opened this file never closed it (crash, kill,
    // power loss): every draft is then as of its last persisted edit.
    bool recoveredAfterCrash() const { return m_db.recoveredAfterCrash(); }
    QString recoveryMessage() const;

    Result<qint64> create(const Proposal &proposal);
    Status save(qint64 id, const Proposal &proposal); // one transaction, durable on return
    Result<Proposal> load(qint64 id) const;
    std::optional<DraftInfo> info(qint64 id) const;
    QList<DraftInfo> drafts() const;
    Status remove(qint64 id);

private:
    DraftDatabase m_db;
};

// Persists a proposal model's draft into `store` after every change (see Autosaver).
class DraftAutosaver : public Autosaver
{
public:
    DraftAutosaver(ProposalModel *model, DraftStore *store, qint64 draftId, int delayMs = 0,
                   QObject *parent = nullptr);
};

} // namespace livedna
