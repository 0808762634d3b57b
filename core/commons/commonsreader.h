#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/commonsindex.h"
#include "core/domain/organisation.h"
#include "core/util/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace livedna {

// Reads and validates the three documents of commons format v1 with the 1.1 additions
// (docs/schema/*.schema.json mirror these rules). It is the one JSON checker of the commons
// vocabulary: the proposal file reads its service and catalogue through it too. Every rule of the spec is checked here,
// and each violation is reported as a Problem naming the file, the JSON Pointer and what is
// wrong. Readers ignore fields they do not know.
class CommonsReader
{
    Q_DECLARE_TR_FUNCTIONS(CommonsReader)

public:
    static constexpr qint64 MaxIndexBytes = 64LL * 1024 * 1024;
    // The largest organisation or bricks document a publisher may write and a reader accepts
    // (issue 12): parsing one takes about 20 times its size in memory, so 16 MiB keeps a
    // sync's peak under 512 MB (README, "Limits"). The largest real organisation document
    // is far smaller (a national 250-service, 2,000-brick organisation is about 0.5 MB).
    static constexpr qint64 MaxDocumentBytes = 16LL * 1024 * 1024;
    static constexpr int MaxDepth = 64;
    // A hostile document can break a rule a million times; listing the first thousand
    // says enough and keeps memory bounded. The rest are counted in a last problem.
    static constexpr int MaxProblems = 1000;
    // Upper bounds on figures (README, "Limits"): £10^15 is thousands of times any public
    // budget, and within it every sum of a commons' figures stays finite and prints exactly
    // to the pound; larger values are refused with their JSON pointer.
    static constexpr double MaxMoneyGbp = 1e15;
    static constexpr double MaxPopulation = 1e10;
    // The largest index version (issue 12): 2^53 − 1, the largest integer every JSON reader
    // keeps exactly. Publishing past it is refused with a message that says to start a new
    // commons id; a reader refuses a larger version with the bound in the message.
    static constexpr qint64 MaxVersion = 9007199254740991LL;

    // `file` is only used to label problems.
    static Result<CommonsIndex> readIndex(const QByteArray &bytes, const QString &file);
    static Result<Catalogue> readBricks(const QByteArray &bytes, const QString &file);
    // Validates references against `catalogue`; when `expectedCode` is not empty the
    // document's organisation.code must equal it (the index entry's `org`).
    static Result<Organisation> readOrganisation(const QByteArray &bytes, const QString &file,
                                                 const Catalogue &catalogue,
                                                 const QString &expectedCode = QString());

    // With a null catalogue references (uses, capability, product) are not checked: for a
    // producer that has no bricks.json at hand (an importer writing one document).
    static Result<Organisation> readOrganisation(const QByteArray &bytes, const QString &file,
                                                 const Catalogue *catalogue,
                                                 const QString &expectedCode = QString());
    // As above, and the document must match its index entry (code and, 1.1, period).
    static Result<Organisation> readOrganisation(const QByteArray &bytes, const QString &file,
                                                 const Catalogue &catalogue, const IndexEntry &entry);
    // 1.1: the document read for `entry` is the one the entry describes: its
    // organisation.code equals `org` and, when the entry carries a period, its `period`
    // equals it. Empty when it matches.
    static QList<Problem> checkEntryMatches(const Organisation &org, const IndexEntry &entry, const QString &file);

    // One service object (an element of services[]) held inside another document, such as
    // a proposal file. Every problem's pointer starts with `pointer` (e.g. "/service").
    // References are checked against `catalogue` when it is not null; `source` strings
    // against `sources` when it is not null, and for their form only otherwise.
    static Result<Service> readService(const QJsonObject &object, const QString &pointer, const QString &file,
                                       const Catalogue *catalogue, const QList<Source> *sources = nullptr);
    // The `sources` array of `holder` (absent: none), as an organisation document holds it.
    static Result<QList<Source>> readSources(const QJsonObject &holder, const QString &pointer, const QString &file);
    // A catalogue object (bricks.json without "format"), held inside another document.
    static Result<Catalogue> readCatalogue(const QJsonObject &object, const QString &pointer, const QString &file);

    // The one length + SHA-256 check of a document against its index entry, run by sync,
    // `validate` and `publish` before any parser sees the bytes. Empty when both match.
    static QList<Problem> checkDocumentBytes(const QByteArray &bytes, const IndexEntry &entry, const QString &file);
    // Lower-case hex SHA-256, as index.json writes it.
    static QString sha256Hex(const QByteArray &bytes);

    // A path from index.json: relative, '/', no '..', no leading '/', no backslash, no scheme.
    static bool isSafePath(const QString &path, QString *why = nullptr);
    // Nesting depth check run before the JSON parser sees the bytes.
    static bool exceedsDepth(const QByteArray &bytes, int maxDepth = MaxDepth);

    // Whole commons folder: index, every listed document (length, hash, content, org match).
    static QList<Problem> validateFolder(const QString &dir);
    // One document; its kind is taken from its `format` field. Organisation references are
    // checked against a bricks.json found beside or above it when there is one.
    static QList<Problem> validateFile(const QString &path);
};

} // namespace livedna
