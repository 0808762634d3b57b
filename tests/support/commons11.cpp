#include "tests/support/commons11.h"

#include "core/commons/commonsreader.h"
#include "core/commons/commonswriter.h"
#include "core/domain/commonsindex.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace livedna::test {

namespace {

Source source(const QString &id, const QString &title)
{
    Source s;
    s.id = id;
    s.title = title;
    s.publisher = QStringLiteral("Ministry of Housing, Communities and Local Government");
    s.licence = QStringLiteral("OGL-UK-3.0");
    return s;
}

Catalogue sampleCatalogue()
{
    Catalogue c;
    Capability lms;
    lms.id = QStringLiteral("library-management");
    lms.name = QStringLiteral("Library management system");
    lms.layer = Layer::Overhead;
    lms.work = Work::Digital;
    lms.source = QStringLiteral("libraries-catalogues#capability");
    Capability advice;
    advice.id = QStringLiteral("advice");
    advice.name = QStringLiteral("Give advice");
    advice.layer = Layer::Frontline;
    c.capabilities = {lms, advice};
    CatalogueBrick brick;
    brick.id = QStringLiteral("lms.shared");
    brick.name = QStringLiteral("Shared library catalogue");
    brick.capability = QStringLiteral("library-management");
    brick.standardAnnualCostGbp = 20000;
    Pricing pricing;
    pricing.fixedGbp = 5000;
    pricing.perUnitGbp = 0.05;
    pricing.unit = PricingUnit::Resident;
    pricing.source = QStringLiteral("libraries-catalogues#pricing");
    brick.pricing = pricing;
    brick.source = QStringLiteral("libraries-catalogues#brick");
    c.bricks = {brick};
    c.products = {{QStringLiteral("spydus"), QStringLiteral("Spydus"), QStringLiteral("Civica"),
                   QStringLiteral("library-management"), QStringLiteral("libraries-catalogues#line 2")},
                  {QStringLiteral("arena"), QStringLiteral("Arena"), QStringLiteral("Axiell"),
                   QStringLiteral("library-management"), QString()}};
    c.sources = {source(QStringLiteral("libraries-catalogues"), QStringLiteral("Library catalogues of England"))};
    c.reindex();
    return c;
}

SystemUse lms(const QString &product)
{
    SystemUse y;
    y.id = QStringLiteral("lms");
    y.name = QStringLiteral("Library catalogue and circulation");
    y.capability = QStringLiteral("library-management");
    y.product = product;
    if (!product.isEmpty())
        y.source = QStringLiteral("libraries-catalogues#line 7");
    return y;
}

Organisation council(const QString &code, const QString &name, const QString &period)
{
    Organisation o;
    o.code = code;
    o.name = name;
    o.kind = OrgKind::Council;
    o.type = QStringLiteral("unitary");
    o.region = QStringLiteral("North East");
    o.period = period;
    return o;
}

Service libraries(double net)
{
    Service s;
    s.id = QStringLiteral("cultural");
    s.name = QStringLiteral("Cultural and related services");
    s.reportedCostGbp = net;
    s.layer = Layer::Frontline;
    return s;
}

} // namespace

Organisation Commons11::hartlepool(const QString &period)
{
    const bool latest = period == QLatin1String("2023-24");
    const QString rsx = QStringLiteral("rsx-") + period;
    Organisation o = council(QStringLiteral("E06000001"), QStringLiteral("Hartlepool"), period);
    o.population = 92000;
    o.sources = {source(rsx, QStringLiteral("Revenue Outturn Service Expenditure Summary (RSX) ") + period),
                 source(QStringLiteral("libraries-catalogues"), QStringLiteral("Library catalogues of England"))};
    Service cultural = libraries(latest ? 6838000 : 6500000);
    Reported r;
    r.employeesGbp = latest ? 4120000 : 3900000;
    r.runningGbp = latest ? 4010000 : 3800000;
    r.incomeGbp = latest ? 1292000 : 1200000;
    r.netGbp = cultural.reportedCostGbp;
    r.source = rsx + QStringLiteral("#line 25: E06000001, Cultural and related services");
    cultural.reported = r;
    cultural.source = r.source;
    cultural.systems = {lms(latest ? QStringLiteral("spydus") : QStringLiteral("arena"))};
    Service central;
    central.id = QStringLiteral("central-services");
    central.name = QStringLiteral("Central services");
    central.reportedCostGbp = latest ? 3100000 : 2900000;
    central.layer = Layer::Overhead;
    Reported partly; // only net is published: the others are unknown, never 0
    partly.netGbp = central.reportedCostGbp;
    partly.source = rsx + QStringLiteral("#line 25: E06000001, Central services");
    central.reported = partly;
    Service other;
    other.id = QStringLiteral("other");
    other.name = QStringLiteral("Other services");
    other.reportedCostGbp = 250000;
    other.period = QStringLiteral("2021-22"); // an older source's figure
    BrickInstance estimate;
    estimate.id = QStringLiteral("advice");
    estimate.name = QStringLiteral("Advice line");
    estimate.capability = QStringLiteral("advice");
    estimate.annualCostGbp = 40000;
    estimate.basis = Basis::Estimated;
    estimate.source = rsx + QStringLiteral("#line 25: estimated from employees");
    other.bricks = {estimate};
    Service unknown;
    unknown.id = QStringLiteral("unpublished");
    unknown.name = QStringLiteral("Service with nothing published");
    o.services = {cultural, central, other, unknown};
    return o;
}

Commons11 Commons11::sample()
{
    Commons11 c;
    c.catalogue = sampleCatalogue();
    c.documents.append({QStringLiteral("orgs/E06000001/2022-23.json"), hartlepool(QStringLiteral("2022-23"))});
    c.documents.append({QStringLiteral("orgs/E06000001/2023-24.json"), hartlepool(QStringLiteral("2023-24"))});
    const QString period = QStringLiteral("2023-24");
    Organisation arena = council(QStringLiteral("E06000002"), QStringLiteral("Middlesbrough"), period);
    arena.sources = {source(QStringLiteral("libraries-catalogues"), QStringLiteral("Library catalogues of England"))};
    Service lib = libraries(5000000);
    lib.systems = {lms(QStringLiteral("arena"))};
    arena.services = {lib};
    Organisation bespoke = council(QStringLiteral("E06000003"), QStringLiteral("Redcar and Cleveland"), period);
    Service own = libraries(4000000);
    BrickInstance system;
    system.id = QStringLiteral("lms");
    system.name = QStringLiteral("In-house library system");
    system.capability = QStringLiteral("library-management");
    system.annualCostGbp = 90000;
    own.bricks = {system};
    bespoke.services = {own};
    Organisation spydus = council(QStringLiteral("E06000004"), QStringLiteral("Stockton-on-Tees"), period);
    spydus.sources = arena.sources;
    Service lib2 = libraries(4500000);
    lib2.systems = {lms(QStringLiteral("spydus"))};
    Service unmapped; // no reported cost, no layer
    unmapped.id = QStringLiteral("other");
    unmapped.name = QStringLiteral("Other services");
    spydus.services = {lib2, unmapped};
    c.documents.append({QStringLiteral("orgs/E06000002.json"), arena});
    c.documents.append({QStringLiteral("orgs/E06000003.json"), bespoke});
    c.documents.append({QStringLiteral("orgs/E06000004.json"), spydus});
    return c;
}

void Commons11::remove(const QString &path)
{
    for (int i = 0; i < documents.size(); ++i) {
        if (documents.at(i).first == path)
            documents.removeAt(i--);
    }
}

static QString writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return QStringLiteral("cannot write %1").arg(path);
    return QString();
}

QString Commons11::writeTo(const QString &dir) const
{
    QDir(dir).removeRecursively();
    CommonsIndex index;
    index.commons = commons;
    index.title = QStringLiteral("Commons 1.1 fixture");
    index.version = version;
    index.published = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    QHash<QString, int> perOrg;
    for (const auto &d : documents)
        ++perOrg[d.second.code];
    const auto add = [&](const QString &path, const QByteArray &bytes, DocumentType type, const Organisation *org) {
        IndexEntry e;
        e.path = path;
        e.type = type;
        e.sha256 = CommonsReader::sha256Hex(bytes);
        e.bytes = bytes.size();
        if (org) {
            e.org = org->code;
            if (perOrg.value(org->code) > 1)
                e.period = org->period;
        }
        index.documents.append(e);
        return writeFile(dir + QLatin1Char('/') + path, bytes);
    };
    QString error = add(QStringLiteral("bricks.json"), CommonsWriter::catalogueBytes(catalogue), DocumentType::Bricks,
                        nullptr);
    for (const auto &d : documents) {
        if (error.isEmpty())
            error = add(d.first, CommonsWriter::organisationBytes(d.second), DocumentType::Organisation, &d.second);
    }
    if (error.isEmpty())
        error = writeFile(dir + QStringLiteral("/index.json"), CommonsWriter::indexBytes(index));
    return error;
}

} // namespace livedna::test
