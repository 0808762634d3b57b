#include "core/importers/coverage.h"

#include "core/commons/commonsreader.h"
#include "core/importers/realcatalogue.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QSet>

namespace livedna {

namespace {

void countSource(Coverage *c, const Organisation &org, const QString &source)
{
    if (source.isEmpty()) {
        ++c->figuresWithoutSource;
        return;
    }
    const SourceRef ref = SourceRef::parse(source);
    if (ref.sourceId.isEmpty() || !findSource(org.sources, ref.sourceId))
        ++c->unresolvedSources;
    c->figuresBySource[ref.sourceId.isEmpty() ? source : ref.sourceId] += 1;
}

void addService(Coverage *c, const Organisation &org, const Service &s)
{
    ++c->services;
    if (s.layer)
        ++c->servicesWithLayer;
    if (s.reportedCostGbp) {
        ++c->servicesWithReportedCost;
        countSource(c, org, s.source);
    }
    if (s.reported)
        countSource(c, org, s.reported->source);
    for (const BrickInstance &b : s.bricks) {
        (b.basis == Basis::Estimated ? c->estimatedBricks : c->publishedBricks)++;
        countSource(c, org, b.source);
    }
    for (const SystemUse &sys : s.systems) {
        ++c->systems;
        if (!sys.product.isEmpty())
            ++c->systemsWithProduct;
        countSource(c, org, sys.source);
    }
}

} // namespace

Result<Coverage> Coverage::ofFolder(const QString &dir)
{
    Coverage c;
    QSet<QString> orgs;
    QDirIterator it(QDir(dir).filePath(QStringLiteral("orgs")), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Result<Coverage>::failure(path, QString(), tr("Cannot read: %1").arg(f.errorString()));
        Result<Organisation> r = CommonsReader::readOrganisation(f.readAll(), path, RealCatalogue::builtIn().catalogue());
        if (!r.ok())
            return Result<Coverage>::failure(r.problems());
        const Organisation &org = r.value();
        ++c.documents;
        c.documentsByPeriod[org.period] += 1;
        if (!orgs.contains(org.code)) {
            orgs.insert(org.code);
            (org.kind == OrgKind::Council ? c.councils : org.kind == OrgKind::NhsTrust ? c.trusts : c.otherOrgs)++;
        }
        for (const Service &s : org.services)
            addService(&c, org, s);
    }
    return c;
}

QString Coverage::toText() const
{
    const QLocale l = QLocale::c();
    QString s = tr("Organisations: %1 (%2 councils, %3 NHS trusts, %4 other)\n")
                    .arg(l.toString(councils + trusts + otherOrgs), l.toString(councils), l.toString(trusts), l.toString(otherOrgs));
    QStringList periods;
    for (auto it = documentsByPeriod.cbegin(); it != documentsByPeriod.cend(); ++it)
        periods.append(QStringLiteral("%1: %2").arg(it.key(), l.toString(it.value())));
    s += tr("Documents: %1 (%2)\n").arg(l.toString(documents), periods.join(QStringLiteral(", ")));
    s += tr("Services: %1 (%2 with a reported cost, %3 with a layer)\n")
             .arg(l.toString(services), l.toString(servicesWithReportedCost), l.toString(servicesWithLayer));
    s += tr("Bricks: %1 published, %2 estimated\n").arg(l.toString(publishedBricks), l.toString(estimatedBricks));
    s += tr("Systems: %1 (%2 with a known product)\n").arg(l.toString(systems), l.toString(systemsWithProduct));
    s += tr("Figures per source:\n");
    for (auto it = figuresBySource.cbegin(); it != figuresBySource.cend(); ++it)
        s += QStringLiteral("  %1: %2\n").arg(it.key(), l.toString(it.value()));
    s += tr("Figures with no source: %1; sources not listed in their document: %2\n")
             .arg(l.toString(figuresWithoutSource), l.toString(unresolvedSources));
    return s;
}

} // namespace livedna
