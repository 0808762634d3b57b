#include "core/mapping/mappingdraft.h"

#include "core/commons/commonsreader.h"
#include "core/commons/commonswriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMappingDraft, "livedna.mapping.draft")

namespace livedna {

namespace mappingsource {

static const QString reasonMark = QStringLiteral("; reason: ");

QString ownRecordsId()
{
    return QStringLiteral("own-records");
}

QString estimateId()
{
    return QStringLiteral("mapping-estimate");
}

Source ownRecords(const Organisation &org)
{
    Source s;
    s.id = ownRecordsId();
    s.title = MappingDraftFile::tr("%1: the organisation's own records").arg(org.name.isEmpty() ? org.code : org.name);
    s.publisher = org.name;
    s.period = org.period;
    return s;
}

Source estimate()
{
    Source s;
    s.id = estimateId();
    s.title = MappingDraftFile::tr("Estimates made while mapping the organisation in LiveDNA "
                                   "(each locator states the method, its inputs and the reason)");
    return s;
}

QString published(const QString &reference)
{
    return ownRecordsId() + QLatin1Char('#') + reference.trimmed();
}

QString estimated(const QString &method, const QString &reason)
{
    const QString r = reason.trimmed();
    return estimateId() + QLatin1Char('#') + method.trimmed() + (r.isEmpty() ? QString() : reasonMark + r);
}

QString reasonOf(const QString &source)
{
    const int at = int(source.lastIndexOf(reasonMark));
    return at < 0 ? QString() : source.mid(at + reasonMark.size());
}

static QSet<QString> citedSourceIds(const Organisation &org)
{
    QSet<QString> ids;
    for (const Service &s : org.services)
        for (const BrickInstance &b : s.bricks)
            if (!b.source.isEmpty())
                ids.insert(SourceRef::parse(b.source).sourceId);
    return ids;
}

void reconcile(Organisation &org)
{
    const QSet<QString> cited = citedSourceIds(org);
    const QStringList ours = {ownRecordsId(), estimateId()};
    org.sources.removeIf([&](const Source &s) { return ours.contains(s.id) && !cited.contains(s.id); });
    if (cited.contains(ownRecordsId()) && !findSource(org.sources, ownRecordsId()))
        org.sources.append(ownRecords(org));
    if (cited.contains(estimateId()) && !findSource(org.sources, estimateId()))
        org.sources.append(estimate());
}

} // namespace mappingsource

std::optional<double> Allocation::mappedShare() const
{
    if (!reported || *reported <= 0.0)
        return std::nullopt;
    return std::clamp(mapped / *reported, 0.0, 1.0);
}

Allocation allocationOf(const Service &service)
{
    Allocation a;
    a.reported = service.reportedCostGbp;
    for (const BrickInstance &b : service.bricks) {
        a.mapped += b.annualCostGbp;
        ++a.bricks;
        if (b.basis == Basis::Estimated) {
            a.estimated += b.annualCostGbp;
            ++a.estimatedBricks;
        } else {
            a.published += b.annualCostGbp;
        }
    }
    if (a.reported) {
        a.unmapped = std::max(0.0, *a.reported - a.mapped);
        a.overAllocated = std::max(0.0, a.mapped - *a.reported);
    }
    return a;
}

QByteArray MappingDraftFile::toJson(const MappingDraft &draft)
{
    Organisation org = draft.org;
    mappingsource::reconcile(org);
    QJsonObject o;
    o.insert(QStringLiteral("format"), formatId());
    o.insert(QStringLiteral("commons"), draft.commons);
    o.insert(QStringLiteral("commons_version"), double(draft.commonsVersion));
    o.insert(QStringLiteral("service"), draft.serviceId);
    o.insert(QStringLiteral("created"), draft.created.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("modified"), draft.modified.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("catalogue"), CommonsWriter::catalogueJson(draft.catalogue));
    o.insert(QStringLiteral("organisation"), CommonsWriter::organisationJson(org));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<MappingDraft> MappingDraftFile::fromJson(const QByteArray &bytes, const QString &file)
{
    if (bytes.size() > MaxBytes)
        return Result<MappingDraft>::failure(file, {}, tr("is larger than %1 bytes").arg(MaxBytes));
    if (CommonsReader::exceedsDepth(bytes))
        return Result<MappingDraft>::failure(file, {}, tr("is nested too deeply"));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Result<MappingDraft>::failure(file, {}, tr("is not a JSON object: %1").arg(err.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != formatId())
        return Result<MappingDraft>::failure(file, QStringLiteral("/format"), tr("must be %1").arg(formatId()));
    MappingDraft d;
    d.commons = o.value(QStringLiteral("commons")).toString();
    d.commonsVersion = qint64(o.value(QStringLiteral("commons_version")).toDouble());
    d.serviceId = o.value(QStringLiteral("service")).toString();
    d.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    d.modified = QDateTime::fromString(o.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
    Result<Catalogue> cat = CommonsReader::readCatalogue(o.value(QStringLiteral("catalogue")).toObject(),
                                                         QStringLiteral("/catalogue"), file);
    if (!cat)
        return Result<MappingDraft>::failure(cat.problems());
    d.catalogue = cat.take();
    d.catalogue.reindex();
    const QByteArray orgBytes = QJsonDocument(o.value(QStringLiteral("organisation")).toObject()).toJson(QJsonDocument::Compact);
    Result<Organisation> org = CommonsReader::readOrganisation(orgBytes, file + QStringLiteral(" /organisation"), d.catalogue);
    if (!org)
        return Result<MappingDraft>::failure(org.problems());
    d.org = org.take();
    return d;
}

QString uniqueMappedBrickId(const Service &service, const QString &base)
{
    static const QRegularExpression bad(QStringLiteral("[^a-z0-9.-]+"));
    QString stem = base.toLower();
    stem.replace(bad, QStringLiteral("-"));
    while (stem.startsWith(QLatin1Char('-')) || stem.startsWith(QLatin1Char('.')))
        stem.remove(0, 1);
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    stem = stem.left(60);
    if (stem.isEmpty())
        stem = QStringLiteral("brick");
    QSet<QString> used;
    for (const BrickInstance &b : service.bricks)
        used.insert(b.id);
    for (const SystemUse &s : service.systems)
        used.insert(s.id);
    if (!used.contains(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = stem + QLatin1Char('-') + QString::number(n);
        if (!used.contains(candidate))
            return candidate;
    }
}

} // namespace livedna
