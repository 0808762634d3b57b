#pragma once

#include "core/util/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace livedna {

// Helpers every importer shares: where organisation documents live in an output folder,
// reading them back to merge into, writing them atomically and valid, and the small text
// conversions real data needs.
class ImportCommon
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommon)

public:
    // Organisation codes become file names: ONS GSS and ODS codes are plain alphanumerics.
    static bool isSafeCode(const QString &code);
    static QString orgDocumentPath(const QString &outDir, const QString &code); // OUT/orgs/CODE.json
    // The existing document, if any (nullopt when absent); a broken file is an error, never
    // silently replaced.
    static Result<std::optional<QJsonObject>> loadOrgDocument(const QString &outDir, const QString &code);
    // A fresh organisation document with no services.
    static QJsonObject newOrgDocument(const QJsonObject &organisation, const QString &period);
    // Validates with CommonsReader (no catalogue: importers never write brick references)
    // and writes with QSaveFile. *created tells whether the file is new.
    static Status writeOrgDocument(const QString &outDir, const QJsonObject &doc, bool *created);
    static Status writeJsonFile(const QString &path, const QByteArray &bytes);

    // "190 Education services" -> "190-education-services".
    static QString slugify(const QString &text);
    // "YYYY-YY" financial year (1 April start) containing `date`.
    static QString financialYear(const QDate &date);
    static bool isPeriod(const QString &text);
    // Removes tags, decodes entities, collapses whitespace.
    static QString stripHtml(const QString &html);

    enum class AmountState { Value, Blank, Invalid };
    struct Amount
    {
        AmountState state = AmountState::Blank;
        double value = 0.0;
    };
    // Accepts 1234, -1234.5, 1,234, £1,234, (1,234) for negatives, 1.2E-13. Blank, "..", "...",
    // "…", "-", "x", ":", "n/a", "na", "c" and "[x]" are the statistical "not available" marks.
    static Amount parseAmount(const QString &text);
    // Money rounded to pence, so scaled £ thousand values print as published.
    static double roundPence(double value);
};

} // namespace livedna
