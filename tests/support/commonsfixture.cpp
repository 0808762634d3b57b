#include "tests/support/commonsfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace livedna::test {

CommonsFixture::CommonsFixture(QString commonsId, qint64 v)
    : commons(std::move(commonsId))
    , version(v)
{
}

void CommonsFixture::setBricks(const QJsonObject &doc, const QString &path)
{
    for (auto it = m_docs.begin(); it != m_docs.end();) {
        if (it->org.isEmpty())
            it = m_docs.erase(it);
        else
            ++it;
    }
    m_docs.insert(path, Doc{QJsonDocument(doc).toJson(QJsonDocument::Indented), QString()});
}

void CommonsFixture::setOrganisation(const QJsonObject &doc, const QString &path)
{
    const QString code = doc.value(QLatin1String("organisation")).toObject().value(QLatin1String("code")).toString();
    const QString p = path.isEmpty() ? QStringLiteral("orgs/%1.json").arg(code) : path;
    m_docs.insert(p, Doc{QJsonDocument(doc).toJson(QJsonDocument::Indented), code});
}

void CommonsFixture::setDocumentBytes(const QString &path, const QByteArray &bytes, const QString &org)
{
    m_docs.insert(path, Doc{bytes, org});
}

void CommonsFixture::removeDocument(const QString &path)
{
    m_docs.remove(path);
}

QByteArray CommonsFixture::documentBytes(const QString &path) const
{
    return m_docs.value(path).bytes;
}

QStringList CommonsFixture::paths() const
{
    return m_docs.keys();
}

QJsonObject CommonsFixture::indexObject() const
{
    QJsonObject index;
    index.insert(QStringLiteral("format"), QStringLiteral("livedna-commons/1"));
    index.insert(QStringLiteral("commons"), commons);
    index.insert(QStringLiteral("title"), title);
    index.insert(QStringLiteral("version"), version);
    index.insert(QStringLiteral("published"), published.toUTC().toString(Qt::ISODate));
    if (expires.isValid())
        index.insert(QStringLiteral("expires"), expires.toUTC().toString(Qt::ISODate));
    QJsonArray documents;
    for (auto it = m_docs.cbegin(); it != m_docs.cend(); ++it) {
        QJsonObject e;
        e.insert(QStringLiteral("path"), it.key());
        e.insert(QStringLiteral("type"), it->org.isEmpty() ? QStringLiteral("bricks") : QStringLiteral("organisation"));
        if (!it->org.isEmpty())
            e.insert(QStringLiteral("org"), it->org);
        e.insert(QStringLiteral("sha256"),
                 QString::fromLatin1(QCryptographicHash::hash(it->bytes, QCryptographicHash::Sha256).toHex()));
        e.insert(QStringLiteral("bytes"), it->bytes.size());
        documents.append(e);
    }
    index.insert(QStringLiteral("documents"), documents);
    for (auto it = indexOverride.begin(); it != indexOverride.end(); ++it)
        index.insert(it.key(), it.value());
    return index;
}

QByteArray CommonsFixture::indexBytes() const
{
    return QJsonDocument(indexObject()).toJson(QJsonDocument::Indented);
}

static bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create the folder of ") + path;
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

bool CommonsFixture::writeTo(const QString &dir, QString *error) const
{
    // Drop files of documents no longer listed so the folder is exactly this commons.
    QDir orgs(QDir(dir).filePath(QStringLiteral("orgs")));
    if (orgs.exists()) {
        const QStringList files = orgs.entryList(QDir::Files);
        for (const QString &f : files) {
            if (!m_docs.contains(QStringLiteral("orgs/") + f))
                orgs.remove(f);
        }
    }
    for (auto it = m_docs.cbegin(); it != m_docs.cend(); ++it) {
        if (!writeFile(QDir(dir).filePath(it.key()), it->bytes, error))
            return false;
    }
    return writeFile(QDir(dir).filePath(QStringLiteral("index.json")), indexBytes(), error);
}

QJsonObject CommonsFixture::capability(const QString &id, const QString &name, const QString &layer)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("layer"), layer}};
}

QJsonObject CommonsFixture::catalogueBrick(const QString &id, const QString &name, const QString &capability,
                                           double standardCost)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("capability"), capability},
                       {QStringLiteral("provider"), QStringLiteral("Test provider")},
                       {QStringLiteral("evolution"), QStringLiteral("commodity")},
                       {QStringLiteral("standard_annual_cost_gbp"), standardCost}};
}

QJsonObject CommonsFixture::bricksDocument(const QJsonArray &capabilities, const QJsonArray &bricks)
{
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("livedna-bricks/1")},
                       {QStringLiteral("capabilities"), capabilities},
                       {QStringLiteral("bricks"), bricks}};
}

QJsonObject CommonsFixture::standardInstance(const QString &id, const QString &name, const QString &uses, double cost)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("uses"), uses},
                       {QStringLiteral("annual_cost_gbp"), cost}};
}

QJsonObject CommonsFixture::bespokeInstance(const QString &id, const QString &name, const QString &capability,
                                            double cost, double fte)
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("capability"), capability},
                  {QStringLiteral("annual_cost_gbp"), cost}};
    if (fte >= 0)
        o.insert(QStringLiteral("fte"), fte);
    return o;
}

QJsonObject CommonsFixture::flow(const QString &from, const QString &to, const QString &label)
{
    QJsonObject o{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
    if (!label.isEmpty())
        o.insert(QStringLiteral("label"), label);
    return o;
}

QJsonObject CommonsFixture::service(const QString &id, const QString &name, const QJsonArray &bricks,
                                    const QJsonArray &flows)
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("bricks"), bricks}};
    if (!flows.isEmpty())
        o.insert(QStringLiteral("flows"), flows);
    return o;
}

QJsonObject CommonsFixture::organisation(const QString &code, const QString &name, const QString &kind,
                                         const QJsonArray &services, const QString &period)
{
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("livedna-org/1")},
                       {QStringLiteral("organisation"),
                        QJsonObject{{QStringLiteral("code"), code},
                                    {QStringLiteral("name"), name},
                                    {QStringLiteral("kind"), kind}}},
                       {QStringLiteral("period"), period},
                       {QStringLiteral("services"), services}};
}

QJsonObject CommonsFixture::sampleBricks()
{
    return bricksDocument(
        QJsonArray{capability(QStringLiteral("payments"), QStringLiteral("Take payments"), QStringLiteral("overhead")),
                   capability(QStringLiteral("forms"), QStringLiteral("Online forms"), QStringLiteral("overhead")),
                   capability(QStringLiteral("case-management"), QStringLiteral("Manage cases"), QStringLiteral("overhead")),
                   capability(QStringLiteral("assessment"), QStringLiteral("Assess needs"), QStringLiteral("frontline"))},
        QJsonArray{catalogueBrick(QStringLiteral("payments.govuk-pay"), QStringLiteral("GOV.UK Pay"),
                                  QStringLiteral("payments"), 12000),
                   catalogueBrick(QStringLiteral("forms.govuk-forms"), QStringLiteral("GOV.UK Forms"),
                                  QStringLiteral("forms"), 0),
                   catalogueBrick(QStringLiteral("case.commons-case"), QStringLiteral("Commons case system"),
                                  QStringLiteral("case-management"), 20000)});
}

QJsonObject CommonsFixture::sampleOrganisation(const QString &code, const QString &name, int services)
{
    QJsonArray list;
    for (int i = 0; i < services; ++i) {
        const double k = i + 1;
        list.append(service(QStringLiteral("service-%1").arg(i), QStringLiteral("Service %1, fees & charges").arg(i),
                            QJsonArray{standardInstance(QStringLiteral("apply"), QStringLiteral("Online form"),
                                                        QStringLiteral("forms.govuk-forms"), 1500 * k),
                                       standardInstance(QStringLiteral("pay"), QStringLiteral("Pay"),
                                                        QStringLiteral("payments.govuk-pay"), 2000 * k),
                                       bespokeInstance(QStringLiteral("case"), QStringLiteral("Officer's own case system"),
                                                       QStringLiteral("case-management"), 84000 * k, 1.5),
                                       bespokeInstance(QStringLiteral("assess"), QStringLiteral("Asesiad ŵyr & ŷd"),
                                                       QStringLiteral("assessment"), 120000 * k, 3)},
                            QJsonArray{flow(QStringLiteral("apply"), QStringLiteral("case")),
                                       flow(QStringLiteral("case"), QStringLiteral("assess"), QStringLiteral("referral")),
                                       flow(QStringLiteral("assess"), QStringLiteral("pay"))}));
    }
    QJsonObject doc = organisation(code, name, QStringLiteral("council"), list);
    QJsonObject org = doc.value(QLatin1String("organisation")).toObject();
    org.insert(QStringLiteral("type"), QStringLiteral("unitary"));
    org.insert(QStringLiteral("region"), QStringLiteral("Wales"));
    org.insert(QStringLiteral("population"), 68000);
    doc.insert(QStringLiteral("organisation"), org);
    return doc;
}

CommonsFixture CommonsFixture::sample(const QString &commonsId, qint64 v)
{
    CommonsFixture f(commonsId, v);
    f.setBricks(sampleBricks());
    f.setOrganisation(sampleOrganisation(QStringLiteral("W06000001"), QStringLiteral("Cyngor Sir Ynys Môn")));
    f.setOrganisation(sampleOrganisation(QStringLiteral("E06000001"), QStringLiteral("Hartlepool Borough Council, \"Test\"")));
    f.setOrganisation(sampleOrganisation(QStringLiteral("RXX"), QStringLiteral("St Mary's & St John's NHS Trust"), 3));
    return f;
}

} // namespace livedna::test
