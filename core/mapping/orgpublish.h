#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"
#include "core/publish/publisher.h"
#include "core/util/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace livedna {

struct OrgPublishOptions
{
    QString commonsDir;    // publish into this commons folder, or
    QString exportFile;    // write the one document here (with FILE.sig when signed)
    QString secretKeyFile; // the organisation's own Ed25519 key (livedna-cli keygen)
    QString commonsId;     // only for a first publication into a folder with no index.json
    QString title;
    int expiresDays = 0;   // 0: no "expires" (the previous publication's is not carried over)
    // The catalogue written as bricks.json when commonsDir holds no commons yet.
    QByteArray bricksBytes;
};

struct OrgPublishResult
{
    QString written;       // the exported file, or the commons folder
    QString signatureFile; // FILE.sig of an export, when signed
    QString publicKey;     // base64, when signed
    std::optional<PublishReport> publish; // when published into a commons folder
};

// "Publish my organisation" (issue 14 item 4; docs/mapping.md). The document is validated
// by CommonsReader (every problem with its JSON pointer), then either
//  - published into a commons folder with the existing Publisher: the folder's documents
//    are staged with this one replacing the organisation's document for the same period,
//    then published all-or-nothing, version + 1, index.json signed with the key; or
//  - exported as one file for a central commons to take in, with a detached Ed25519
//    signature of its exact bytes in FILE.sig (the same encoding as index.json.sig).
class OrgPublisher
{
    Q_DECLARE_TR_FUNCTIONS(OrgPublisher)

public:
    // The catalogue to validate against: the folder's bricks.json when it has a commons.
    static std::optional<Catalogue> commonsCatalogue(const QString &commonsDir, QList<Problem> *problems);
    static Result<Organisation> validate(const QByteArray &bytes, const QString &file, const Catalogue &catalogue);
    // *ioFailure tells a disk failure (exit 3) from refused input (exit 2).
    static Result<OrgPublishResult> publish(const Organisation &org, const OrgPublishOptions &options,
                                            bool *ioFailure = nullptr);
    // Checks FILE against FILE.sig with a public key file (what a central commons runs).
    static Status verifyExport(const QString &file, const QString &publicKeyFile);
};

} // namespace livedna
