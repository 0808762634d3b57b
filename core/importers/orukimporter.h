#pragma once

#include "core/importers/importreport.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace livedna {

// An Open Referral UK / HSDS service feed becomes one organisation's services (the
// organisation publishing the directory, e.g. Bristol City Council, E06000023). Accepts a
// JSON array of services, a paged API response ({"content": [...]} in ORUK v1,
// {"contents": [...]} in HSDS 3) or one service object; several files are pages of one feed.
// No feed carries costs, so every service has no bricks and no reported cost. Extra fields
// the spec lets publishers add: description (HTML stripped), url, provider (the delivering
// organisation named by the feed).
struct OrukImportOptions
{
    QStringList files;
    QString outDir;
    QString orgCode;
    QString orgName;   // needed when the organisation has no document yet
    QString kind = QStringLiteral("council");
    QString period;
    bool includeInactive = false;
};

class OrukImporter
{
    Q_DECLARE_TR_FUNCTIONS(OrukImporter)

public:
    static constexpr qint64 MaxFeedBytes = 512LL * 1024 * 1024;
    static Result<ImportReport> run(const OrukImportOptions &options);
    // The LGSL id a service's taxonomy terms carry (ORUK v1 service_taxonomys with vocabulary
    // esdServiceTypes/LGSL, HSDS 3 attributes[].taxonomy_term, or an id.esd.org.uk/service URI).
    static std::optional<int> lgslOf(const QJsonObject &service);
};

} // namespace livedna
