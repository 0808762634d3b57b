#include "core/importers/realcatalogue.h"

#include "core/importers/csvreader.h"
#include "core/importers/realsources.h"
#include "core/util/logging.h"

#include <QSet>

namespace livedna {

namespace {

QString cell(const CsvTable &t, const QStringList &row, const char *name)
{
    const int c = t.column(QLatin1String(name));
    return c >= 0 && c < row.size() ? row.at(c).trimmed() : QString();
}

QString key(const QString &capability, const QString &published)
{
    return capability + QLatin1Char('\n') + published.simplified().toLower();
}

} // namespace

Result<RealCatalogue> RealCatalogue::load(const QString &capabilitiesCsv, const QString &productsCsv)
{
    using R = Result<RealCatalogue>;
    Result<CsvTable> caps = CsvReader::readFile(capabilitiesCsv);
    if (!caps.ok())
        return R::failure(caps.problems());
    Result<CsvTable> prods = CsvReader::readFile(productsCsv);
    if (!prods.ok())
        return R::failure(prods.problems());
    RealCatalogue real;
    Catalogue &cat = real.m_catalogue;
    for (int i = 0; i < caps.value().rows.size(); ++i) {
        const QStringList &row = caps.value().rows.at(i);
        Capability c;
        c.id = cell(caps.value(), row, "id");
        c.name = cell(caps.value(), row, "name");
        Layer layer;
        Work work;
        if (c.id.isEmpty() || !layerFromString(cell(caps.value(), row, "layer"), &layer)
            || !workFromString(cell(caps.value(), row, "work"), &work)) {
            return R::failure(capabilitiesCsv, QString(),
                              tr("line %1: a capability needs an id, a layer (frontline or overhead) and work (digital or people).")
                                  .arg(caps.value().lines.at(i)));
        }
        c.layer = layer;
        c.work = work;
        cat.capabilities.append(c);
    }
    cat.reindex();
    QSet<QString> cited;
    for (int i = 0; i < prods.value().rows.size(); ++i) {
        const QStringList &row = prods.value().rows.at(i);
        Product p;
        p.id = cell(prods.value(), row, "id");
        p.name = cell(prods.value(), row, "name");
        p.vendor = cell(prods.value(), row, "vendor");
        p.capability = cell(prods.value(), row, "capability");
        p.source = cell(prods.value(), row, "source");
        if (p.id.isEmpty() || p.name.isEmpty() || !cat.capability(p.capability)) {
            return R::failure(productsCsv, QString(),
                              tr("line %1: a product needs an id, a name and one of the capabilities.").arg(prods.value().lines.at(i)));
        }
        for (const QString &published : cell(prods.value(), row, "published_as").split(QLatin1Char(';'), Qt::SkipEmptyParts))
            real.m_products.insert(key(p.capability, published), p.id);
        const QString sourceId = SourceRef::parse(p.source).sourceId;
        if (!sourceId.isEmpty())
            cited.insert(sourceId);
        cat.products.append(p);
    }
    QStringList ids(cited.cbegin(), cited.cend());
    ids.sort();
    for (const QString &id : std::as_const(ids)) {
        const Source s = RealSources::byId(id);
        if (s.id.isEmpty())
            return R::failure(productsCsv, QString(), tr("unknown source id '%1'.").arg(id));
        cat.sources.append(s);
    }
    cat.reindex();
    return real;
}

const RealCatalogue &RealCatalogue::builtIn()
{
    static const RealCatalogue instance = [] {
        Result<RealCatalogue> r = load();
        if (!r.ok()) {
            qCWarning(lcImport) << "the built-in real catalogue is broken:" << r.errorString();
            return RealCatalogue();
        }
        return r.take();
    }();
    return instance;
}

QString RealCatalogue::productFor(const QString &capability, const QString &published) const
{
    return m_products.value(key(capability, published));
}

} // namespace livedna
