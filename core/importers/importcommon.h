#pragma once

#include "core/domain/organisation.h"
#include "core/importers/importreport.h"
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
    // Every document an importer writes is OUT/orgs/CODE/PERIOD.json (one per organisation
    // and period; shared decision 1), so several years of one organisation sit side by side.
    static QString orgDocumentPath(const QString &outDir, const QString &code, const QString &period);
    static QString orgDocumentRelativePath(const QString &code, const QString &period);
    // The organisation's latest document in OUT; empty when it has none.
    static QString orgDocumentPath(const QString &outDir, const QString &code);
    // The periods OUT holds for an organisation, ascending ("latest" is the last).
    static QStringList periods(const QString &outDir, const QString &code);
    static bool hasDocument(const QString &outDir, const QString &code) { return !periods(outDir, code).isEmpty(); }
    // The existing document for (code, period) read with CommonsReader against the real
    // catalogue; nullopt when absent. A broken file is an error, never silently replaced, and
    // so is a file whose 1.1 fields this build's reader would drop on the way back.
    static Result<std::optional<Organisation>> loadOrganisation(const QString &outDir, const QString &code,
                                                                const QString &period);
    // The document to merge into: the existing one for (code, period), or a new one with no
    // services whose header (name, kind, type, region, population, neighbours) is copied from
    // the organisation's latest document in OUT, or from `header` when it has none.
    // *existed tells which.
    static Result<Organisation> openOrganisation(const QString &outDir, const Organisation &header,
                                                 const QString &period, bool *existed);
    static void copyHeader(const Organisation &from, Organisation *to);
    // Lists `source` in the document's sources unless a source with its id is there already.
    static void addSource(Organisation *org, const Source &source);
    // Writes CommonsWriter::organisationBytes after checking the reader accepts them (against
    // the real catalogue) with QSaveFile. *created tells whether the file is new.
    // `extras` adds fields CommonsWriter does not know (ORUK's description, url, provider) to
    // the services with those ids; readers ignore them.
    static Status writeOrganisation(const QString &outDir, const Organisation &org, bool *created,
                                    const QHash<QString, QJsonObject> &extras = {});
    // Records a written document in the report (path, new or updated).
    static void recordWrite(ImportReport *report, const Organisation &org, bool created);
    // writeOrganisation, then recordWrite when it succeeded: how every importer ends.
    static Status saveOrganisation(const QString &outDir, const Organisation &org, ImportReport *report);
    // Writes a register's header (councils, NHS trusts) into the organisation's document for
    // `period`, keeping services already there: the header wins, and neighbours already
    // there stay when the header has none.
    static Status mergeHeader(const QString &outDir, const Organisation &header, const QString &period,
                              ImportReport *report);
    // Replaces the service of the same id (a re-import replaces its figures) or appends it.
    static void putService(Organisation *org, const Service &service);
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

private:
    // forMerge: refuse a document whose 1.1 fields the reader would drop (see loadOrganisation).
    static Result<std::optional<Organisation>> readDocument(const QString &outDir, const QString &code,
                                                            const QString &period, bool forMerge);
};

} // namespace livedna
