#include "core/importers/orukimporter.h"

#include "core/commons/commonsreader.h"
#include "core/importers/importcommon.h"
#include "core/util/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace livedna {

static std::optional<int> lgslFromTerm(const QJsonObject &term, const QString &vocabulary)
{
    static const QRegularExpression uri(QStringLiteral("id\\.esd\\.org\\.uk/service/(\\d+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression digits(QStringLiteral("(\\d+)\\s*$"));
    const QString uriText = term.value(QLatin1String("term_uri")).toString();
    QRegularExpressionMatch m = uri.match(uriText);
    if (m.hasMatch())
        return m.captured(1).toInt();
    const QString vocab = (vocabulary + QLatin1Char(' ') + term.value(QLatin1String("vocabulary")).toString() + QLatin1Char(' ')
                           + term.value(QLatin1String("taxonomy")).toString()).toLower();
    if (!vocab.contains(QLatin1String("lgsl")) && !vocab.contains(QLatin1String("esdservicetypes"))
        && !vocab.contains(QLatin1String("esd service")))
        return std::nullopt;
    for (const char *k : {"code", "id", "term", "name"}) {
        const QJsonValue v = term.value(QLatin1String(k));
        if (v.isDouble() && v.toDouble() >= 1)
            return int(v.toDouble());
        m = digits.match(v.toString());
        if (m.hasMatch())
            return m.captured(1).toInt();
    }
    return std::nullopt;
}

std::optional<int> OrukImporter::lgslOf(const QJsonObject &service)
{
    for (const QJsonValue &st : service.value(QLatin1String("service_taxonomys")).toArray()) {
        const QJsonObject tax = st.toObject().value(QLatin1String("taxonomy")).toObject();
        if (auto id = lgslFromTerm(tax, tax.value(QLatin1String("vocabulary")).toString()))
            return id;
    }
    for (const QJsonValue &a : service.value(QLatin1String("attributes")).toArray()) {
        const QJsonObject term = a.toObject().value(QLatin1String("taxonomy_term")).toObject();
        if (auto id = lgslFromTerm(term, term.value(QLatin1String("taxonomy")).toString()))
            return id;
    }
    return std::nullopt;
}

namespace {

// description (HTML stripped), url and provider: optional fields the format lets publishers
// add and CommonsWriter does not know; written beside the service's own fields.
QJsonObject feedExtras(const QJsonObject &s)
{
    QJsonObject js;
    const QString description = ImportCommon::stripHtml(s.value(QLatin1String("description")).toString());
    if (!description.isEmpty())
        js.insert(QStringLiteral("description"), description);
    const QString url = s.value(QLatin1String("url")).toString().trimmed();
    if (!url.isEmpty())
        js.insert(QStringLiteral("url"), url);
    const QString provider = s.value(QLatin1String("organization")).toObject().value(QLatin1String("name")).toString().simplified();
    if (!provider.isEmpty())
        js.insert(QStringLiteral("provider"), provider);
    return js;
}

} // namespace

Result<ImportReport> OrukImporter::run(const OrukImportOptions &o)
{
    using R = Result<ImportReport>;
    if (!ImportCommon::isSafeCode(o.orgCode))
        return R::failure(QString(), QString(), tr("--org must be the organisation's code (e.g. E06000023)."));
    const QString period = o.period.isEmpty() ? ImportCommon::financialYear(QDate::currentDate()) : o.period;
    if (!ImportCommon::hasDocument(o.outDir, o.orgCode) && o.orgName.isEmpty())
        return R::failure(QString(), QString(), tr("%1 has no document in the output folder yet: give --org-name (or import councils first).").arg(o.orgCode));

    ImportReport report;
    report.kind = QStringLiteral("oruk");
    report.jsonItems = true;
    QList<Service> services;
    QHash<QString, QJsonObject> extras; // by service id: fields the format leaves to publishers
    QSet<QString> ids;
    int position = 0;
    for (const QString &file : o.files) {
        report.sources.append(file);
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return R::failure(file, QString(), tr("Cannot read: %1").arg(f.errorString()));
        if (f.size() > MaxFeedBytes)
            return R::failure(file, QString(), tr("The feed is larger than %1 MiB.").arg(MaxFeedBytes >> 20));
        const QByteArray bytes = f.readAll();
        if (CommonsReader::exceedsDepth(bytes))
            return R::failure(file, QString(), tr("The JSON is nested too deeply."));
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
        if (err.error != QJsonParseError::NoError)
            return R::failure(file, QString(), tr("Not JSON at byte %1: %2").arg(err.offset).arg(err.errorString()));
        QJsonArray items;
        if (doc.isArray()) {
            items = doc.array();
        } else if (doc.object().value(QLatin1String("content")).isArray()) {
            items = doc.object().value(QLatin1String("content")).toArray();
        } else if (doc.object().value(QLatin1String("contents")).isArray()) {
            items = doc.object().value(QLatin1String("contents")).toArray();
        } else if (doc.object().contains(QLatin1String("id")) && doc.object().contains(QLatin1String("name"))) {
            items.append(doc.object());
        } else {
            return R::failure(file, QString(), tr("Not an Open Referral service feed: expected an array of services or a paged response with 'content' or 'contents'."));
        }
        for (const QJsonValue &v : std::as_const(items)) {
            ++position;
            ++report.rowsIn;
            const QJsonObject s = v.toObject();
            const QString feedId = s.value(QLatin1String("id")).isDouble()
                                       ? QString::number(s.value(QLatin1String("id")).toDouble(), 'f', 0)
                                       : s.value(QLatin1String("id")).toString().trimmed();
            const QString name = ImportCommon::stripHtml(s.value(QLatin1String("name")).toString());
            if (!v.isObject()) {
                report.skip(position, tr("not a service object"));
                continue;
            }
            if (name.isEmpty()) {
                report.skip(position, tr("service has no name"));
                continue;
            }
            const QString status = s.value(QLatin1String("status")).toString().trimmed().toLower();
            if (!o.includeInactive && !status.isEmpty() && status != QLatin1String("active")) {
                report.skip(position, tr("status '%1' (not active)").arg(status));
                continue;
            }
            QString id = feedId.isEmpty() ? ImportCommon::slugify(name) : feedId;
            if (id.isEmpty() || ids.contains(id)) {
                report.skip(position, feedId.isEmpty() ? tr("service has no id") : tr("duplicate service id %1").arg(id));
                continue;
            }
            ids.insert(id);
            Service service;
            service.id = id;
            service.name = name;
            service.lgsl = lgslOf(s);
            services.append(service);
            extras.insert(id, feedExtras(s));
            ++report.imported;
        }
    }

    Organisation header;
    header.code = o.orgCode;
    header.name = o.orgName;
    orgKindFromString(o.kind, &header.kind);
    Result<Organisation> opened = ImportCommon::openOrganisation(o.outDir, header, period, nullptr);
    if (!opened.ok())
        return R::failure(opened.problems());
    Organisation doc = opened.take();
    // Services from the directory join whatever the document already lists (e.g. Revenue
    // Outturn lines); a re-import replaces the directory's own services by id.
    QList<Service> merged;
    for (const Service &old : std::as_const(doc.services)) {
        if (!ids.contains(old.id))
            merged.append(old);
    }
    doc.services = merged + services;
    bool created = false;
    const Status st = ImportCommon::writeOrganisation(o.outDir, doc, &created, extras);
    if (!st)
        return R::failure(ImportCommon::orgDocumentPath(o.outDir, o.orgCode, period), QString(), st.error);
    ImportCommon::recordWrite(&report, doc, created);
    qCInfo(lcImport) << "oruk:" << report.imported << "services imported," << report.skipped.size() << "skipped";
    return report;
}

} // namespace livedna
