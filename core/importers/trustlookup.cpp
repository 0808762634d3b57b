#include "core/importers/trustlookup.h"

#include "core/importers/csvreader.h"
#include "core/importers/importcommon.h"
#include "core/importers/nhstrustimporter.h"

namespace livedna {

Result<TrustLookup> TrustLookup::load(const QString &outDir, const QString &odsFile)
{
    using R = Result<TrustLookup>;
    TrustLookup lookup;
    lookup.m_outDir = outDir;
    if (odsFile.isEmpty())
        return lookup;
    Result<CsvTable> t = CsvReader::readFile(odsFile);
    if (!t.ok())
        return R::failure(t.problems());
    const CsvTable &tab = t.value();
    const int code = tab.column(QStringLiteral("organisation_code")), name = tab.column(QStringLiteral("name")),
              group = tab.column(QStringLiteral("national_grouping")), close = tab.column(QStringLiteral("close_date"));
    if (code < 0 || name < 0 || close < 0)
        return R::failure(odsFile, QString(), tr("Not the ODS trust list with a header (etr_with_header.csv): needs organisation_code, name and close_date."));
    for (const QStringList &row : tab.rows) {
        const QString c = row.value(code).trimmed();
        if (!row.value(close).trimmed().isEmpty()) {
            lookup.m_closed.insert(c, row.value(close).trimmed());
            continue;
        }
        Organisation h;
        h.code = c;
        h.name = NhsTrustImporter::properCase(row.value(name));
        h.kind = OrgKind::NhsTrust;
        h.region = NhsTrustImporter::regionOfGrouping(row.value(group));
        lookup.m_open.insert(c, h);
    }
    return lookup;
}

std::optional<Organisation> TrustLookup::header(const QString &code, QString *why) const
{
    if (!ImportCommon::isSafeCode(code)) {
        *why = tr("'%1' is not an ODS code").arg(code);
        return std::nullopt;
    }
    if (ImportCommon::hasDocument(m_outDir, code)) {
        Organisation h;
        h.code = code; // openOrganisation copies the rest from the trust's latest document
        h.kind = OrgKind::NhsTrust;
        h.name = code;
        return h;
    }
    const auto it = m_open.constFind(code);
    if (it != m_open.cend())
        return *it;
    if (m_closed.contains(code))
        *why = tr("%1 closed on %2 (ODS): not a current trust").arg(code, m_closed.value(code));
    else
        *why = tr("%1 has no document in the output folder and is not open in the ODS list").arg(code);
    return std::nullopt;
}

} // namespace livedna
