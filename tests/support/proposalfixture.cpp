#include "tests/support/proposalfixture.h"

#include "core/cache/cache.h"
#include "core/cache/cachewriter.h"

#include <QJsonDocument>

namespace livedna::test {

Catalogue sampleCatalogue()
{
    Catalogue c;
    c.capabilities = {{QStringLiteral("forms"), QStringLiteral("Online forms"), Layer::Overhead},
                      {QStringLiteral("payments"), QStringLiteral("Take payments"), Layer::Overhead},
                      {QStringLiteral("case-management"), QStringLiteral("Manage cases"), Layer::Overhead},
                      {QStringLiteral("assessment"), QStringLiteral("Assess needs"), Layer::Frontline},
                      {QStringLiteral("notifications"), QStringLiteral("Send notifications"), Layer::Overhead}};
    c.bricks = {
        {QStringLiteral("forms.govuk-forms"), QStringLiteral("GOV.UK Forms"), QStringLiteral("forms"), QStringLiteral("GDS"), QStringLiteral("commodity"), {}, 1500},
        {QStringLiteral("payments.govuk-pay"), QStringLiteral("GOV.UK Pay"), QStringLiteral("payments"), QStringLiteral("GDS"), QStringLiteral("commodity"), {}, 12000},
        {QStringLiteral("payments.local-pay"), QStringLiteral("Local Pay Co-op"), QStringLiteral("payments"), {}, QStringLiteral("product"), {}, 7000},
        {QStringLiteral("case-management.shared-case"), QStringLiteral("Shared case system"), QStringLiteral("case-management"), {}, QStringLiteral("product"), {}, 30000},
        {QStringLiteral("notifications.govuk-notify"), QStringLiteral("GOV.UK Notify"), QStringLiteral("notifications"), QStringLiteral("GDS"), QStringLiteral("commodity"), {}, 800},
    };
    c.reindex();
    return c;
}

Service sampleService()
{
    Service s;
    s.id = QStringLiteral("blue-badge");
    s.name = QStringLiteral("Blue Badge applications");
    s.lgsl = 279;
    s.category = QStringLiteral("Transport");
    s.volume = 2400;
    s.value = {{QStringLiteral("satisfaction"), 0.7}, {QStringLiteral("outcome"), 0.6}};
    s.reportedCostGbp = 300000;
    BrickInstance apply{QStringLiteral("apply"), QStringLiteral("Online application form"), QStringLiteral("forms.govuk-forms"), {}, 1500, {}};
    BrickInstance pay{QStringLiteral("pay"), QStringLiteral("Payments, \"legacy\" pages"), {}, QStringLiteral("payments"), 24000, 0.5};
    BrickInstance cas{QStringLiteral("case"), QStringLiteral("In-house case system — Môn"), {}, QStringLiteral("case-management"), 84000, 1.5};
    BrickInstance assess{QStringLiteral("assess"), QStringLiteral("Mobility assessment"), {}, QStringLiteral("assessment"), 120000, 3.0};
    s.bricks = {apply, pay, cas, assess};
    s.flows = {{QStringLiteral("apply"), QStringLiteral("pay"), {}},
               {QStringLiteral("pay"), QStringLiteral("case"), {}},
               {QStringLiteral("case"), QStringLiteral("assess"), QStringLiteral("referral")},
               {QStringLiteral("assess"), QStringLiteral("case"), QStringLiteral("decision")}};
    return s;
}

Proposal sampleProposal()
{
    Proposal p;
    p.title = QStringLiteral("Blue Badge on commons bricks");
    p.author = QStringLiteral("A. Citizen");
    p.created = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    p.modified = p.created;
    p.rationale = QStringLiteral("# Why\n\nThe **case system** duplicates a commons brick.\n\n- cheaper\n- simpler\n");
    ProposalBaseline b;
    b.commons = QStringLiteral("test-commons");
    b.commonsVersion = 3;
    b.org = QStringLiteral("W06000001");
    b.orgName = QStringLiteral("Cyngor Sir Ynys Môn");
    b.serviceId = QStringLiteral("blue-badge");
    b.documentSha256 = QStringLiteral("ab").repeated(32);
    b.service = sampleService();
    p.baseline = b;
    p.service = sampleService();
    p.catalogue = sampleCatalogue();
    return p;
}

QJsonObject comparableJson(const QByteArray &proposalJson)
{
    QJsonObject o = QJsonDocument::fromJson(proposalJson).object();
    o.remove(QStringLiteral("modified"));
    return o;
}

QJsonObject comparable(const Proposal &proposal)
{
    return comparableJson(ProposalFile::toJson(proposal));
}

QString publishToCache(Cache &cache, qint64 version, const Service &service, const QString &sha)
{
    CacheWriter w(cache.database());
    Status st = w.begin();
    if (!st)
        return st.error;
    CommonsIndex idx;
    idx.commons = QStringLiteral("test-commons");
    idx.title = QStringLiteral("Test commons");
    idx.version = version;
    idx.published = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addDays(int(version));
    IndexEntry e;
    e.path = QStringLiteral("orgs/W06000001.json");
    e.org = QStringLiteral("W06000001");
    e.sha256 = sha;
    e.bytes = 10;
    IndexEntry bricks;
    bricks.path = QStringLiteral("bricks.json");
    bricks.type = DocumentType::Bricks;
    bricks.sha256 = QStringLiteral("cd").repeated(32);
    bricks.bytes = 10;
    idx.documents = {bricks, e};
    const Result<qint64> ref = w.upsertCommons(idx, QStringLiteral("test"), QStringLiteral("ef").repeated(32), QDateTime::currentDateTimeUtc());
    if (!ref)
        return ref.errorString();
    const Catalogue cat = sampleCatalogue();
    Organisation org;
    org.code = QStringLiteral("W06000001");
    org.name = QStringLiteral("Cyngor Sir Ynys Môn");
    org.kind = OrgKind::Council;
    org.period = QStringLiteral("2025-26");
    org.services = {service};
    for (const Status &s : {w.replaceCatalogue(ref.value(), cat), w.deleteOrganisationAt(ref.value(), e.path),
                            w.insertOrganisation(ref.value(), org, cat, e.path), w.recomputeDerived(ref.value()),
                            w.replaceDocuments(ref.value(), idx.documents), w.commit()}) {
        if (!s)
            return s.error;
    }
    return {};
}

} // namespace livedna::test
