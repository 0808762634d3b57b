#pragma once

#include "core/commons/commonsreader.h"

#include "core/util/problem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace livedna {

struct PublishOptions
{
    QString sourceDir;       // bricks.json, organisation documents (any names, any depth), lgsl.json
    QString outDir;          // the commons folder to (re)publish
    QString commonsId;       // default: the previous publication's
    QString title;           // default: the previous publication's, else the id
    QString secretKeyFile;   // sign index.json when set
    QDateTime published;     // default: now (UTC, whole seconds)
    // Issue 12, freeze attacks: a publication expires unless its publisher says otherwise, so
    // a replayed old index is reported as stale rather than as "nothing new" forever.
    static constexpr int DefaultExpiryDays = 90;
    int expiresDays = DefaultExpiryDays; // 0: no "expires" (publish --no-expiry)
};

struct PublishReport
{
    QString commons;
    QString title;
    qint64 previousVersion = 0; // 0 when OUT held no publication
    qint64 version = 0;
    int organisations = 0;
    int extras = 0;
    bool signedIndex = false;
    QString publicKey;          // base64, when signed
    QStringList added, changed, removed; // document paths relative to the previous index
    QStringList ignored;        // files in SRC that are not commons documents
    QStringList carriedOver;    // files in OUT that no index listed, kept as they were

    QString toText() const;
};

// Turns a folder of documents into a commons, all or nothing:
//  1. every document is validated with CommonsReader (the same code every reader runs);
//  2. index.json gets each document's sha256 and length, version = previous + 1 (read from
//     OUT/index.json; a different commons id there is refused);
//  3. the whole publication is written into a staging folder beside OUT, flushed to disk, and
//     exchanged with OUT in one rename (renameat2 RENAME_EXCHANGE), so at every instant —
//     including after a crash or kill — OUT holds either the old complete publication or the
//     new complete one. Files in OUT that no index ever listed are carried over.
//  4. with a secret key, index.json names its public key ("public_key") and index.json.sig
//     holds the Ed25519 signature of its exact bytes.
// One publisher at a time per OUT (flock on a file beside it); a killed publisher's leftovers are
// cleaned by the next run.
class Publisher
{
    Q_DECLARE_TR_FUNCTIONS(Publisher)

public:
    static constexpr qint64 MaxDocumentBytes = CommonsReader::MaxDocumentBytes; // what readers accept

    // *ioFailure tells a disk/permission failure (exit 3) from invalid input (exit 2).
    static Result<PublishReport> publish(const PublishOptions &options, bool *ioFailure = nullptr);
};

} // namespace livedna
