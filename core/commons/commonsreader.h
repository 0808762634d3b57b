#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/commonsindex.h"
#include "core/domain/organisation.h"
#include "core/util/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace livedna {

// Reads and validates the three documents of commons format v1
// (docs/schema/*.schema.json mirror these rules). Every rule of the spec is checked here,
// and each violation is reported as a Problem naming the file, the JSON Pointer and what is
// wrong. Readers ignore fields they do not know.
class CommonsReader
{
    Q_DECLARE_TR_FUNCTIONS(CommonsReader)

public:
    static constexpr qint64 MaxIndexBytes = 64LL * 1024 * 1024;
    static constexpr int MaxDepth = 64;
    // A hostile document can break a rule a million times; listing the first thousand
    // says enough and keeps memory bounded. The rest are counted in a last problem.
    static constexpr int MaxProblems = 1000;

    // `file` is only used to label problems.
    static Result<CommonsIndex> readIndex(const QByteArray &bytes, const QString &file);
    static Result<Catalogue> readBricks(const QByteArray &bytes, const QString &file);
    // Validates references against `catalogue`; when `expectedCode` is not empty the
    // document's organisation.code must equal it (the index entry's `org`).
    static Result<Organisation> readOrganisation(const QByteArray &bytes, const QString &file,
                                                 const Catalogue &catalogue,
                                                 const QString &expectedCode = QString());

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
