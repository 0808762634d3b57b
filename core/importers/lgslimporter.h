#pragma once

#include "core/cache/lgsl.h"
#include "core/importers/importreport.h"
#include "core/util/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace livedna {

// The Local Government Service List. Spec v1 has no document type for it, so it travels as
// an extra file beside the commons (see docs/import.md):
//   lgsl.json  {"format": "livedna-lgsl/1", "source": ..., "services": [{"id": 372,
//               "label": "Abandoned vehicles", "status": "live", "description": ...,
//               "tier": "district/unitary"}]}
// `livedna-cli publish` lists it in index.json under the optional "extras" array (same
// path/sha256/bytes fields as documents; v1 readers ignore unknown fields), so a signed index
// covers it too. `livedna-cli import lgsl` loads it (or the esd CSV) straight into the cache.
struct LgslImportOptions
{
    QString file;      // esd englishAndWelshServices CSV, or an lgsl.json
    QString tiersFile; // optional GOV.UK local_services.csv (LGSL, Description, Providing Tier)
};

class LgslImporter
{
    Q_DECLARE_TR_FUNCTIONS(LgslImporter)

public:
    struct Output
    {
        ImportReport report;
        QList<LgslService> services; // sorted by id
    };
    static Result<Output> run(const LgslImportOptions &options);
    static QByteArray toJson(const QList<LgslService> &services, const QString &source);
    static Result<QList<LgslService>> fromJson(const QByteArray &bytes, const QString &file);
};

} // namespace livedna
