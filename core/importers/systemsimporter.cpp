#include "core/importers/systemsimporter.h"

#include "core/importers/csvreader.h"
#include "core/importers/importcommon.h"
#include "core/importers/laregister.h"
#include "core/importers/realcatalogue.h"
#include "core/importers/realsources.h"
#include "core/util/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace livedna {

namespace {

struct KindSpec
{
    QString capability;
    QString sourceId;
    QString serviceId;
    QString fallbackId;   // the service created when the council has no `serviceId` service
    QString fallbackName;
    QString systemId;     // street reporting adds "-<backend>": a council can run several
    const char *label;    // "Library management system (%1)"
    const char *field;    // the file's product field, for the source locator
};

KindSpec specOf(const QString &kind)
{
    if (kind == QLatin1String("libraries")) {
        return {QStringLiteral("library-management"), QStringLiteral("libraries-catalogues"), QStringLiteral("cultural"),
                QStringLiteral("libraries"), QStringLiteral("Libraries"), QStringLiteral("library-management"),
                "Library management system (%1)", "Type"};
    }
    if (kind == QLatin1String("planning")) {
        return {QStringLiteral("planning-applications"), QStringLiteral("planning-scrapers-2019"), QStringLiteral("planning-development"),
                QStringLiteral("planning-development"), QStringLiteral("Planning and development services"),
                QStringLiteral("planning-website"), "Planning application website (%1)",
                "scraper_type"};
    }
    return {QStringLiteral("street-reporting-backoffice"), QStringLiteral("open311-backends"), QStringLiteral("environmental-regulatory"),
            QStringLiteral("environmental-regulatory"), QStringLiteral("Environmental and regulatory services"),
            QStringLiteral("street-reporting"), "Street fault back office (%1)", "backend"};
}

// One row of the input: who (a GSS code, a name or a slug, as published) runs what.
struct Entry
{
    int line = 0;
    QString who;
    QString value; // the product as published: "spydus", "Idox", "confirm"
    bool disabled = false;
    QString label; // how reports name it: the library service's name beside its code
};

Result<QList<Entry>> readLibraries(const QString &file)
{
    using R = Result<QList<Entry>>;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return R::failure(file, QString(), SystemsImporter::tr("Cannot read: %1").arg(f.errorString()));
    const QJsonArray items = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("LibraryServices")).toArray();
    if (items.isEmpty())
        return R::failure(file, QString(), SystemsImporter::tr("Not the library catalogues list: no “LibraryServices” array."));
    QList<Entry> out;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        const QString code = o.value(QLatin1String("Code")).toString().trimmed();
        const QString name = o.value(QLatin1String("Name")).toString().trimmed();
        out.append({i + 1, code, o.value(QLatin1String("Type")).toString().trimmed(), false,
                    code.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, code)});
    }
    return out;
}

Result<QList<Entry>> readCsv(const QString &file, const char *who, const char *value, const char *disabled)
{
    using R = Result<QList<Entry>>;
    Result<CsvTable> t = CsvReader::readFile(file);
    if (!t.ok())
        return R::failure(t.problems());
    const CsvTable &tab = t.value();
    const int w = tab.column(QLatin1String(who)), v = tab.column(QLatin1String(value));
    const int d = disabled ? tab.column(QLatin1String(disabled)) : -1;
    if (w < 0 || v < 0)
        return R::failure(file, QString(), SystemsImporter::tr("line 1 needs columns “%1” and “%2”.").arg(QLatin1String(who), QLatin1String(value)));
    QList<Entry> out;
    for (int i = 0; i < tab.rows.size(); ++i) {
        const QStringList &row = tab.rows.at(i);
        out.append({tab.lines.at(i), row.value(w).trimmed(), row.value(v).trimmed(),
                    d >= 0 && row.value(d).trimmed().compare(QLatin1String("True"), Qt::CaseInsensitive) == 0, row.value(w).trimmed()});
    }
    return out;
}

QString squash(const QString &text)
{
    QString s;
    for (QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            s.append(c);
    }
    return s;
}

// The register's ways of naming a council without spaces: "centralbedfordshire",
// "bath-and-north-east-somerset" (GOV.UK slug), plus the aliases table.
class Matcher
{
public:
    Matcher(const LaRegister &reg, const QString &kind, const QString &sourceId, const CsvTable &aliases)
        : m_reg(reg), m_kind(kind)
    {
        const int slugCol = reg.table().column(QStringLiteral("gov-uk-slug"));
        for (int i = 0; i < reg.authorities().size(); ++i) {
            const LaRegister::Authority &a = reg.authorities().at(i);
            for (const QString &n : {a.niceName, a.officialName, reg.table().rows.at(i).value(slugCol)}) {
                if (!n.isEmpty() && (!m_bySlug.contains(squash(n)) || a.current))
                    m_bySlug.insert(squash(n), &a);
            }
        }
        const int src = aliases.column(QStringLiteral("source")), pub = aliases.column(QStringLiteral("published")),
                  code = aliases.column(QStringLiteral("local_authority_code"));
        for (const QStringList &row : aliases.rows) {
            if (row.value(src).trimmed() == sourceId)
                m_aliases.insert(row.value(pub).trimmed(), row.value(code).trimmed());
        }
    }

    const LaRegister::Authority *find(const QString &who, QString *note) const
    {
        if (m_kind == QLatin1String("libraries"))
            return m_reg.byGss(who);
        if (m_aliases.contains(who)) {
            *note = SystemsImporter::tr("'%1' matched through the aliases table").arg(who);
            return m_reg.byCode(m_aliases.value(who));
        }
        if (m_kind == QLatin1String("planning")) {
            const QString words = SystemsImporter::splitCamelCase(who);
            if (const LaRegister::Authority *a = m_reg.byName(words))
                return a;
            if (const LaRegister::Authority *a = m_reg.byName(who))
                return a;
            return uniquePrefix(words, note);
        }
        if (const LaRegister::Authority *a = m_bySlug.value(squash(who)))
            return a;
        // "hackney_highways": a department's configuration of the council's own back office.
        const int underscore = who.indexOf(QLatin1Char('_'));
        if (underscore > 0) {
            if (const LaRegister::Authority *a = m_bySlug.value(squash(who.left(underscore)))) {
                *note = SystemsImporter::tr("'%1' taken as %2 (a department's configuration)").arg(who, who.left(underscore));
                return a;
            }
        }
        return nullptr;
    }

private:
    // The scraper list names some councils by their first words ("Barking", "KingsLynn"):
    // taken only when exactly one current English council's name starts with those words.
    const LaRegister::Authority *uniquePrefix(const QString &words, QString *note) const
    {
        const QString prefix = LaRegister::normaliseName(words) + QLatin1Char(' ');
        const LaRegister::Authority *found = nullptr;
        for (const LaRegister::Authority &a : m_reg.authorities()) {
            if (!a.isCurrentEnglish() || !(LaRegister::normaliseName(a.niceName) + QLatin1Char(' ')).startsWith(prefix))
                continue;
            if (found)
                return nullptr; // "Kingston": Kingston upon Hull or Kingston upon Thames
            found = &a;
        }
        if (found)
            *note = SystemsImporter::tr("'%1' taken as %2: the only council whose name starts with it").arg(words, found->niceName);
        return found;
    }

    const LaRegister &m_reg;
    QString m_kind;
    QHash<QString, const LaRegister::Authority *> m_bySlug;
    QHash<QString, QString> m_aliases;
};

struct Placed
{
    int line;
    SystemUse system;
};

// The current English council an entry belongs to, or a reason to skip it. An abolished
// council's entry goes to its successor, named as the former area's system.
const LaRegister::Authority *resolve(const Matcher &m, const LaRegister &reg, const Entry &e, QString *via, QString *why,
                                     ImportReport *report)
{
    QString note;
    const LaRegister::Authority *a = m.find(e.who, &note);
    if (!note.isEmpty())
        report->note(e.line, note);
    if (!a) {
        *why = e.who.isEmpty() ? SystemsImporter::tr("unmatched: %1 has no GSS code").arg(e.label)
                               : SystemsImporter::tr("unmatched: no council in the register is '%1'").arg(e.label);
        return nullptr;
    }
    if (a->isCurrentEnglish())
        return a;
    if (a->current) {
        *why = reg.whyNotCurrent(*a);
        return nullptr;
    }
    const LaRegister::Authority *s = reg.successor(*a);
    if (!s || !s->isCurrentEnglish()) {
        *why = reg.whyNotCurrent(*a);
        return nullptr;
    }
    *via = a->niceName.isEmpty() ? a->officialName : a->niceName;
    report->note(e.line, SystemsImporter::tr("%1: recorded on %2 as the former %3 area's system").arg(reg.whyNotCurrent(*a), s->officialName, *via));
    return s;
}

SystemUse makeSystem(const KindSpec &spec, const Entry &e, const QString &via, ImportReport *report)
{
    const RealCatalogue &real = RealCatalogue::builtIn();
    SystemUse s;
    s.capability = spec.capability;
    s.product = real.productFor(spec.capability, e.value);
    const Product *p = s.product.isEmpty() ? nullptr : real.catalogue().product(s.product);
    s.name = QString::fromUtf8(spec.label).arg(p ? p->name : e.value);
    if (!via.isEmpty())
        s.name += QStringLiteral(", former %1 area").arg(via);
    if (!p)
        report->note(e.line, SystemsImporter::tr("'%1' is not a product in the catalogue table: system with no product").arg(e.value));
    s.id = spec.systemId;
    if (spec.capability == QLatin1String("street-reporting-backoffice"))
        s.id += QLatin1Char('-') + ImportCommon::slugify(e.value);
    if (!via.isEmpty())
        s.id += QLatin1Char('-') + ImportCommon::slugify(via);
    s.source = RealSources::ref(spec.sourceId, QStringLiteral("%1 %2: %3, %4 %5")
                                                   .arg(report->jsonItems ? QStringLiteral("item") : QStringLiteral("line"))
                                                   .arg(e.line).arg(e.who, QLatin1String(spec.field), e.value));
    return s;
}

Service *targetService(Organisation *doc, const KindSpec &spec)
{
    if (Service *s = doc->service(spec.serviceId))
        return s;
    if (Service *s = doc->service(spec.fallbackId))
        return s;
    Service s;
    s.id = spec.fallbackId;
    s.name = spec.fallbackName;
    doc->services.append(s);
    return &doc->services.last();
}

// Adds the council's systems to its latest document, replacing those a previous import of
// the same kind put there (same ids).
Status writeCouncil(const SystemsImportOptions &o, const KindSpec &spec, const QString &code, const QList<Placed> &placed,
                    ImportReport *report)
{
    const QString period = ImportCommon::periods(o.outDir, code).constLast();
    Result<std::optional<Organisation>> loaded = ImportCommon::loadOrganisation(o.outDir, code, period);
    if (!loaded.ok())
        return Status::failure(loaded.errorString());
    Organisation doc = std::move(*loaded.take());
    Service *service = targetService(&doc, spec);
    QList<SystemUse> kept;
    for (const SystemUse &s : std::as_const(service->systems)) {
        bool replaced = false;
        for (const Placed &p : placed)
            replaced = replaced || p.system.id == s.id;
        if (!replaced)
            kept.append(s);
    }
    for (const Placed &p : placed)
        kept.append(p.system);
    service->systems = kept;
    ImportCommon::addSource(&doc, RealSources::byId(spec.sourceId));
    return ImportCommon::saveOrganisation(o.outDir, doc, report);
}

Result<QList<Entry>> readEntries(const SystemsImportOptions &o)
{
    if (o.kind == QLatin1String("libraries"))
        return readLibraries(o.file);
    if (o.kind == QLatin1String("planning"))
        return readCsv(o.file, "scraper", "scraper_type", "disabled");
    return readCsv(o.file, "council_slug", "backend", nullptr);
}

} // namespace

bool SystemsImporter::isKind(const QString &kind)
{
    return kind == QLatin1String("libraries") || kind == QLatin1String("planning") || kind == QLatin1String("street-reporting");
}

QString SystemsImporter::splitCamelCase(const QString &text)
{
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        if (i > 0 && text.at(i).isUpper() && text.at(i - 1).isLower())
            out.append(QLatin1Char(' '));
        out.append(text.at(i));
    }
    return out;
}

Result<ImportReport> SystemsImporter::run(const SystemsImportOptions &o)
{
    using R = Result<ImportReport>;
    if (!isKind(o.kind))
        return R::failure(o.file, QString(), tr("The kind must be libraries, planning or street-reporting."));
    const KindSpec spec = specOf(o.kind);
    Result<LaRegister> reg = LaRegister::load(o.registerFile);
    if (!reg.ok())
        return R::failure(reg.problems());
    Result<CsvTable> aliases = CsvReader::readFile(o.aliasesFile);
    if (!aliases.ok())
        return R::failure(aliases.problems());
    Result<QList<Entry>> entries = readEntries(o);
    if (!entries.ok())
        return R::failure(entries.problems());
    ImportReport report;
    report.kind = QStringLiteral("systems ") + o.kind;
    report.sources = {o.file, o.registerFile};
    report.jsonItems = o.kind == QLatin1String("libraries");
    const Matcher matcher(reg.value(), o.kind, spec.sourceId, aliases.value());
    QMap<QString, QList<Placed>> byCouncil;
    for (const Entry &e : entries.value()) {
        ++report.rowsIn;
        QString via, why;
        if (e.value.isEmpty() || e.value == QLatin1String("None")) {
            report.skip(e.line, tr("%1: no product recorded").arg(e.label));
            continue;
        }
        const LaRegister::Authority *a = resolve(matcher, reg.value(), e, &via, &why, &report);
        if (!a) {
            report.skip(e.line, why);
            continue;
        }
        if (!ImportCommon::hasDocument(o.outDir, a->gss)) {
            report.skip(e.line, tr("%1 (%2) has no document in the output folder (import councils or rsx first)").arg(a->officialName, a->gss));
            continue;
        }
        if (e.disabled)
            report.note(e.line, tr("%1: the site was not scraped in 2019 (disabled); its product is recorded as listed").arg(e.who));
        QList<Placed> &placed = byCouncil[a->gss];
        SystemUse system = makeSystem(spec, e, via, &report);
        const QString base = system.id;
        for (int n = 2; std::any_of(placed.cbegin(), placed.cend(), [&](const Placed &p) { return p.system.id == system.id; }); ++n)
            system.id = QStringLiteral("%1-%2").arg(base).arg(n); // two configurations of one product
        placed.append({e.line, system});
    }
    QMap<QString, int> products; // for the report: what the catalogue's products are used by
    for (auto it = byCouncil.cbegin(); it != byCouncil.cend(); ++it) {
        const Status st = writeCouncil(o, spec, it.key(), *it, &report);
        if (!st)
            return R::failure(o.file, QString(), st.error);
        report.imported += int(it->size());
        for (const Placed &p : *it)
            products[p.system.product.isEmpty() ? tr("(no product)") : p.system.product] += 1;
    }
    QStringList used;
    for (auto it = products.cbegin(); it != products.cend(); ++it)
        used.append(QStringLiteral("%1 × %2").arg(it.key()).arg(it.value()));
    if (!used.isEmpty())
        report.note(0, tr("products recorded (catalogue ids): %1").arg(used.join(QStringLiteral(", "))));
    qCInfo(lcImport) << "systems" << o.kind << ":" << report.imported << "imported," << report.skipped.size() << "skipped";
    return report;
}

} // namespace livedna
