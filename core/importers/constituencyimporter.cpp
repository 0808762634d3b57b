#include "core/importers/constituencyimporter.h"

#include "core/importers/csvreader.h"
#include "core/importers/laregister.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace livedna {

namespace {

using R = Result<ConstituencyImporter::Output>;

constexpr const char *MpsFile = "current_mps.csv";
constexpr const char *OverlapFile = "lad24_to_pcon24.json";
constexpr const char *CatchmentFile = "nhs_trust22_to_ltla21.csv";

QString cell(const CsvTable &t, int row, const QString &column)
{
    const int c = t.column(column);
    return c >= 0 && c < t.rows.at(row).size() ? t.rows.at(row).at(c).trimmed() : QString();
}

// County districts have a county council above them; every other current council is one tier.
QString kindOf(const LaRegister::Authority &a)
{
    if (a.type == QLatin1String("CTY"))
        return QStringLiteral("county");
    if (a.type == QLatin1String("NMD"))
        return QStringLiteral("district");
    return QStringLiteral("unitary");
}

QString displayName(const LaRegister::Authority &a)
{
    return a.officialName.isEmpty() ? a.niceName : a.officialName;
}

// Everything the import accumulates, so each step stays a short function.
class Builder
{
public:
    Builder(const LaRegister &reg, ImportReport *report) : m_reg(reg), m_report(report) {}

    void readCounties();
    Status readMps(const QString &path);
    Status readOverlaps(const QString &path);
    Status readCatchments(const QString &path);
    void readTrustNames(const QString &path);
    AreaData finish();

private:
    const LaRegister::Authority *current(const QString &gss, const QString &what, int line);
    void addCouncil(const LaRegister::Authority &a);
    void fitCatchments();
    void unmapped(const QString &code, const QString &reason);

    const LaRegister &m_reg;
    ImportReport *m_report;
    QHash<QString, QString> m_countyOf; // register code -> county register code
    QMap<QString, AreaConstituency> m_constituencies;
    QMap<QString, double> m_constituencyPop;
    QMap<QString, AreaCouncil> m_councils;
    QMap<QString, QMap<QString, double>> m_catchment; // trust -> current district gss -> share of trust
    QMap<QString, QString> m_trustNames;
    QMap<QString, QString> m_unmapped;
    QSet<QString> m_mappedNoted;
    double m_fitError = 0;
};

void Builder::readCounties()
{
    const CsvTable &t = m_reg.table();
    for (int i = 0; i < t.rows.size(); ++i) {
        const QString county = cell(t, i, QStringLiteral("county-la"));
        if (!county.isEmpty())
            m_countyOf.insert(cell(t, i, QStringLiteral("local-authority-code")), county);
    }
}

void Builder::unmapped(const QString &code, const QString &reason)
{
    m_unmapped.insert(code, reason);
}

// The current council a district code means today: itself, or its successor through the
// register's replaced-by. Reports (once per code) what cannot be mapped.
const LaRegister::Authority *Builder::current(const QString &gss, const QString &what, int line)
{
    const LaRegister::Authority *a = m_reg.byGss(gss);
    if (!a) {
        m_report->skip(line, ConstituencyImporter::tr("%1: district %2 is not in the council register").arg(what, gss));
        unmapped(gss, ConstituencyImporter::tr("not in the council register"));
        return nullptr;
    }
    if (a->current)
        return a;
    const LaRegister::Authority *next = m_reg.successor(*a);
    if (!next) {
        m_report->skip(line, QStringLiteral("%1: %2").arg(what, m_reg.whyNotCurrent(*a)));
        unmapped(gss, m_reg.whyNotCurrent(*a));
        return nullptr;
    }
    if (!m_mappedNoted.contains(gss)) {
        m_mappedNoted.insert(gss);
        m_report->note(line, ConstituencyImporter::tr("%1: %2 (%3) is now %4 (%5)")
                                 .arg(what, displayName(*a), gss, displayName(*next), next->gss));
    }
    return next;
}

void Builder::addCouncil(const LaRegister::Authority &a)
{
    if (m_councils.contains(a.gss))
        return;
    AreaCouncil c{a.gss, displayName(a), kindOf(a), a.nation, QString(), a.population, {}};
    const QString countyCode = m_countyOf.value(a.code);
    const LaRegister::Authority *county = countyCode.isEmpty() ? nullptr : m_reg.byCode(countyCode);
    if (county && county->current) {
        c.county = county->gss;
        addCouncil(*county);
    } else if (!countyCode.isEmpty()) {
        m_report->note(a.line, ConstituencyImporter::tr("%1: its county %2 is not a current council in the register")
                                   .arg(c.name, countyCode));
    }
    m_councils.insert(c.code, c);
}


Status Builder::readMps(const QString &path)
{
    Result<CsvTable> t = CsvReader::readFile(path);
    if (!t.ok())
        return Status::failure(t.errorString());
    const CsvTable &tab = t.value();
    for (const char *need : {"PCON24CD", "PCON24NM", "MP"}) {
        if (tab.column(QLatin1String(need)) < 0)
            return Status::failure(ConstituencyImporter::tr("%1: no column %2").arg(path, QLatin1String(need)));
    }
    const QString party = tab.column(QStringLiteral("Party name")) >= 0 ? QStringLiteral("Party name") : QStringLiteral("Party");
    for (int i = 0; i < tab.rows.size(); ++i) {
        ++m_report->rowsIn;
        AreaConstituency c{cell(tab, i, QStringLiteral("PCON24CD")), cell(tab, i, QStringLiteral("PCON24NM")),
                           cell(tab, i, QStringLiteral("MP")), cell(tab, i, party), {}};
        if (c.code.isEmpty() || c.name.isEmpty()) {
            m_report->skip(tab.lines.at(i), ConstituencyImporter::tr("%1: no constituency code or name").arg(QLatin1String(MpsFile)));
            continue;
        }
        if (m_constituencies.contains(c.code)) {
            m_report->skip(tab.lines.at(i), ConstituencyImporter::tr("%1: %2 listed twice").arg(QLatin1String(MpsFile), c.code));
            continue;
        }
        m_constituencies.insert(c.code, c);
        ++m_report->imported;
    }
    return Status::success();
}

// {LAD24CD: {PCON24CD: share of the district}}: the constituency's population in each
// district is that share of the district's population (pop-2020 of the register).
Status Builder::readOverlaps(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(ConstituencyImporter::tr("Cannot read %1: %2").arg(path, f.errorString()));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    if (root.isEmpty())
        return Status::failure(ConstituencyImporter::tr("%1: not a JSON object of districts").arg(path));
    QMap<QString, QMap<QString, double>> people; // constituency -> district -> residents
    int position = 0;
    for (auto d = root.begin(); d != root.end(); ++d) {
        const QJsonObject pairs = d.value().toObject();
        for (auto p = pairs.begin(); p != pairs.end(); ++p) {
            ++position;
            ++m_report->rowsIn;
            const QString what = QStringLiteral("%1 %2/%3").arg(QLatin1String(OverlapFile), d.key(), p.key());
            const LaRegister::Authority *a = current(d.key(), what, position);
            if (!a)
                continue;
            if (!m_constituencies.contains(p.key())) {
                m_report->skip(position, ConstituencyImporter::tr("%1: constituency %2 has no MP row").arg(what, p.key()));
                continue;
            }
            if (!a->population) {
                m_report->skip(position, ConstituencyImporter::tr("%1: the register gives no population for %2, so its "
                                                                  "share of the constituency is unknown")
                                             .arg(what, displayName(*a)));
                continue;
            }
            addCouncil(*a);
            people[p.key()][a->gss] += p.value().toDouble() * double(*a->population);
            ++m_report->imported;
        }
    }
    for (auto c = people.cbegin(); c != people.cend(); ++c) {
        double total = 0;
        for (double v : *c)
            total += v;
        AreaConstituency &con = m_constituencies[c.key()];
        for (auto d = c->cbegin(); d != c->cend(); ++d)
            con.districts.append({d.key(), total > 0 ? d.value() / total : 0});
        std::sort(con.districts.begin(), con.districts.end(),
                  [](const AreaShare &x, const AreaShare &y) { return x.share > y.share || (x.share == y.share && x.code < y.code); });
    }
    return Status::success();
}

Status Builder::readCatchments(const QString &path)
{
    Result<CsvTable> t = CsvReader::readFile(path);
    if (!t.ok())
        return Status::failure(t.errorString());
    const CsvTable &tab = t.value();
    const QString trustCol = QStringLiteral("nhs_trust22_code"), ltlaCol = QStringLiteral("ltla21_code"),
                  propCol = QStringLiteral("proportion_trust_came_from_ltla");
    for (const QString &need : {trustCol, ltlaCol, propCol}) {
        if (tab.column(need) < 0)
            return Status::failure(ConstituencyImporter::tr("%1: no column %2").arg(path, need));
    }
    for (int i = 0; i < tab.rows.size(); ++i) {
        ++m_report->rowsIn;
        const int line = tab.lines.at(i);
        const QString trust = cell(tab, i, trustCol);
        const QString ltla = cell(tab, i, ltlaCol);
        bool number = false;
        const double p = cell(tab, i, propCol).toDouble(&number);
        const QString what = QStringLiteral("%1 %2/%3").arg(QLatin1String(CatchmentFile), trust, ltla);
        if (trust.isEmpty() || !number || p < 0 || p > 1) {
            m_report->skip(line, ConstituencyImporter::tr("%1: no trust code or no proportion between 0 and 1").arg(what));
            continue;
        }
        const LaRegister::Authority *a = current(ltla, what, line);
        if (!a)
            continue;
        addCouncil(*a);
        m_catchment[trust][a->gss] += p;
        ++m_report->imported;
    }
    return Status::success();
}

void Builder::readTrustNames(const QString &path)
{
    Result<CsvTable> t = CsvReader::readFile(path);
    if (!t.ok()) {
        m_report->note(0, ConstituencyImporter::tr("No trust names (%1); trusts are named by their codes").arg(t.errorString()));
        return;
    }
    for (int i = 0; i < t.value().rows.size(); ++i) {
        const QString code = cell(t.value(), i, QStringLiteral("organisation_code"));
        if (!code.isEmpty())
            m_trustNames.insert(code, cell(t.value(), i, QStringLiteral("name")));
    }
}

// The catchments give, for each trust, the fraction of its catchment population living in each
// district, not the trusts' populations. Those are fitted so that the trusts' residents in
// each district add up to the district's population (multiplicative non-negative least
// squares), which gives each district the share of its residents in each trust's catchment.
void Builder::fitCatchments()
{
    QMap<QString, double> size; // trust -> fitted catchment population
    for (auto t = m_catchment.cbegin(); t != m_catchment.cend(); ++t) {
        double s = 0;
        for (auto d = t->cbegin(); d != t->cend(); ++d)
            s += d.value() * double(m_councils.value(d.key()).population.value_or(0));
        size.insert(t.key(), s);
    }
    QMap<QString, double> estimate;
    const auto estimateDistricts = [&]() {
        estimate.clear();
        for (auto t = m_catchment.cbegin(); t != m_catchment.cend(); ++t)
            for (auto d = t->cbegin(); d != t->cend(); ++d)
                estimate[d.key()] += d.value() * size.value(t.key());
    };
    for (int round = 0; round < 400; ++round) {
        estimateDistricts();
        for (auto t = m_catchment.cbegin(); t != m_catchment.cend(); ++t) {
            double num = 0, den = 0;
            for (auto d = t->cbegin(); d != t->cend(); ++d) {
                num += d.value() * double(m_councils.value(d.key()).population.value_or(0));
                den += d.value() * estimate.value(d.key());
            }
            if (den > 0)
                size[t.key()] *= num / den;
        }
    }
    estimateDistricts(); // with the final sizes, so each district's trust shares sum to 1
    m_fitError = 0;
    for (auto e = estimate.cbegin(); e != estimate.cend(); ++e) {
        const double pop = double(m_councils.value(e.key()).population.value_or(0));
        if (pop > 0)
            m_fitError = std::max(m_fitError, std::abs(e.value() - pop) / pop);
    }
    for (auto t = m_catchment.cbegin(); t != m_catchment.cend(); ++t)
        for (auto d = t->cbegin(); d != t->cend(); ++d)
            if (estimate.value(d.key()) > 0)
                m_councils[d.key()].trusts.append({t.key(), d.value() * size.value(t.key()) / estimate.value(d.key())});
}

AreaData Builder::finish()
{
    fitCatchments();
    AreaData out;
    for (auto c = m_constituencies.cbegin(); c != m_constituencies.cend(); ++c) {
        if (c->districts.isEmpty())
            m_report->note(0, ConstituencyImporter::tr("%1 (%2) overlaps no district in %3").arg(c->name, c->code, QLatin1String(OverlapFile)));
        out.constituencies.append(*c);
    }
    for (AreaCouncil c : std::as_const(m_councils)) {
        std::sort(c.trusts.begin(), c.trusts.end(),
                  [](const AreaShare &x, const AreaShare &y) { return x.share > y.share || (x.share == y.share && x.code < y.code); });
        out.councils.append(c);
    }
    for (auto t = m_catchment.cbegin(); t != m_catchment.cend(); ++t) {
        const QString name = m_trustNames.value(t.key());
        out.trusts.append({t.key(), name.isEmpty() ? t.key() : name});
    }
    for (auto u = m_unmapped.cbegin(); u != m_unmapped.cend(); ++u)
        out.unmapped.append({u.key(), u.value()});
    out.method = ConstituencyImporter::tr(
                     "Council shares: each district's share of a constituency is its population (pop-2020) times the share "
                     "of the district in the constituency, over the constituency's total. Trust shares: catchment populations "
                     "fitted so that trusts' residents add up to each district's population (largest district error %1%), "
                     "then shared by the catchment proportions.")
                     .arg(m_fitError * 100, 0, 'f', 1);
    out.reindex();
    return out;
}

} // namespace

Result<ConstituencyImporter::Output> ConstituencyImporter::run(const ConstituencyImportOptions &options)
{
    const QDir dir(options.dir);
    for (const char *name : {MpsFile, OverlapFile, CatchmentFile}) {
        if (!QFileInfo::exists(dir.filePath(QLatin1String(name))))
            return R::failure(dir.filePath(QLatin1String(name)), QString(), tr("Missing: the constituency folder must hold %1.").arg(QLatin1String(name)));
    }
    const QString regPath = options.registerFile.isEmpty()
                                ? dir.filePath(QStringLiteral("../local-authorities/uk_local_authorities.csv"))
                                : options.registerFile;
    Result<LaRegister> reg = LaRegister::load(regPath);
    if (!reg.ok())
        return R::failure(reg.problems());
    Output out;
    out.report.kind = QStringLiteral("constituencies");
    Builder b(reg.value(), &out.report);
    b.readCounties();
    for (const auto &[read, file] : {std::pair{&Builder::readMps, MpsFile}, std::pair{&Builder::readOverlaps, OverlapFile},
                                     std::pair{&Builder::readCatchments, CatchmentFile}}) {
        const Status st = (b.*read)(dir.filePath(QLatin1String(file)));
        if (!st)
            return R::failure(dir.filePath(QLatin1String(file)), QString(), st.error);
        out.report.sources.append(QDir::cleanPath(dir.filePath(QLatin1String(file))));
    }
    const QString ods = options.odsFile.isEmpty() ? dir.filePath(QStringLiteral("../nhs-orgs/etr_with_header.csv")) : options.odsFile;
    if (QFileInfo::exists(ods) || !options.odsFile.isEmpty())
        b.readTrustNames(ods);
    out.areas = b.finish();
    out.areas.sources = {
        QStringLiteral("UK Parliament MPs and 2024 constituencies (open-innovations/constituencies current-MPs.csv; Open Parliament Licence)"),
        QStringLiteral("Local authority districts to 2024 constituencies (open-innovations/constituencies; ONS geography, OGL v3)"),
        QStringLiteral("OHID Acute Trust Catchment Populations 2022 by 2021 district (humaniverse/geographr; MIT, Crown copyright OGL v3)"),
        QStringLiteral("mySociety UK local authority register, populations pop-2020 and replaced-by (CC-BY-4.0)"),
        QStringLiteral("NHS ODS trusts (etr; OGL v3)")};
    out.report.sources.append(QDir::cleanPath(regPath));
    return out;
}

} // namespace livedna
