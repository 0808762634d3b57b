#include "core/mapping/mappingcsv.h"

#include "core/commons/commonsreader.h"
#include "core/commons/commonswriter.h"
#include "core/domain/measures.h"
#include "core/models/format.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <cmath>

namespace livedna {

// ---------------------------------------------------------------- export

QStringList MappingCsv::columns()
{
    return {QStringLiteral("service"), QStringLiteral("brick"), QStringLiteral("name"), QStringLiteral("capability"),
            QStringLiteral("uses"), QStringLiteral("annual_cost_gbp"), QStringLiteral("fte"), QStringLiteral("basis"),
            QStringLiteral("source")};
}

QStringList MappingCsv::flowColumns()
{
    return {QStringLiteral("service"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("label")};
}

bool MappingCsv::looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.at(0);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
           || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// The text after its leading apostrophes: "''=x" -> "=x".
static QString afterApostrophes(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    return text.mid(i);
}

bool MappingCsv::isNeutralised(const QString &text)
{
    return text.startsWith(QLatin1Char('\'')) && looksLikeFormula(afterApostrophes(text));
}

QString MappingCsv::cell(const QString &text)
{
    // OWASP's advice for CSV injection: a leading apostrophe makes a spreadsheet show the
    // cell as text. The importer strips exactly one apostrophe from a cell that is
    // apostrophes then a formula character, so text that already starts that way gets one
    // more here and the round trip stays exact.
    const QString safe = looksLikeFormula(afterApostrophes(text)) ? QLatin1Char('\'') + text : text;
    const bool quote = safe.contains(QLatin1Char(',')) || safe.contains(QLatin1Char('"'))
                       || safe.contains(QLatin1Char('\n')) || safe.contains(QLatin1Char('\r'))
                       || safe.trimmed() != safe;
    if (!quote)
        return safe;
    QString q = safe;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString MappingCsv::number(double value)
{
    // 'f' with the shortest precision: 84000, 1500.5, 1000000000000000 — never 1e+15, which
    // a spreadsheet would keep but a person would misread.
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

static QByteArray csvBytes(const QStringList &header, const QList<QStringList> &rows)
{
    QString text;
    auto line = [&text](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted.append(MappingCsv::cell(c));
        text += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray MappingCsv::exportBricks(const Organisation &org)
{
    QList<QStringList> rows;
    for (const Service &s : org.services) {
        if (s.bricks.isEmpty()) {
            rows.append({s.id, QString(), QString(), QString(), QString(), QString(), QString(), QString(), QString()});
            continue;
        }
        for (const BrickInstance &b : s.bricks) {
            rows.append({s.id, b.id, b.name, b.capability, b.uses, number(b.annualCostGbp),
                         b.fte ? number(*b.fte) : QString(), basisToString(b.basis), b.source});
        }
    }
    return csvBytes(columns(), rows);
}

QByteArray MappingCsv::exportFlows(const Organisation &org)
{
    QList<QStringList> rows;
    for (const Service &s : org.services) {
        for (const Flow &f : s.flows)
            rows.append({s.id, f.from, f.to, f.label});
    }
    return csvBytes(flowColumns(), rows);
}

// ---------------------------------------------------------------- encoding

static int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

QList<Problem> MappingCsv::checkEncoding(const QByteArray &bytes, const QString &file)
{
    const QString save = tr("Save it from the spreadsheet as “CSV UTF-8 (comma delimited)”.");
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return {{file, QString(), tr("Line 1: the file is UTF-16 (it starts with a UTF-16 byte order mark), not "
                                     "UTF-8. %1").arg(save)}};
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        return {{file, QString(), tr("Line %1: the file holds NUL bytes: it is UTF-16 or not text at all, not "
                                     "UTF-8. %2").arg(lineAt(bytes, nul)).arg(save)}};
    // Find the first byte sequence that is not UTF-8, to name its line.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    if (!utf8.hasError())
        return {};
    qsizetype bad = 0;
    for (qsizetype start = 0; start < bytes.size(); ++start) {
        QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const qsizetype n = qMin<qsizetype>(4, bytes.size() - start);
        const QString part = probe(bytes.mid(start, n));
        if (!part.isEmpty() && part.at(0) == QChar::ReplacementCharacter) {
            bad = start;
            break;
        }
    }
    return {{file, QString(),
             tr("Line %1: the file is not UTF-8 (byte 0x%2 at offset %3; Latin-1 or Windows-1252, perhaps). %4")
                 .arg(lineAt(bytes, bad))
                 .arg(QString::number(uchar(bytes.at(bad)), 16).toUpper())
                 .arg(bad)
                 .arg(save)}};
}

// ---------------------------------------------------------------- import

namespace {

// One read cell, cleaned; `error` set when the cell is refused.
struct Cell
{
    QString text;
    QString error;
};

bool hasControl(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return true;
    }
    return false;
}

// Trims, removes our own apostrophe, refuses formulas and control characters.
Cell cleanText(const QString &raw, const QString &column)
{
    const QString t = raw.trimmed();
    if (MappingCsv::isNeutralised(t))
        return {t.mid(1), QString()};
    // TAB and CR lead a formula too, and trimming would hide them: look at the raw cell.
    const QString lead = MappingCsv::looksLikeFormula(raw.left(1)) ? raw.left(1) : t.left(1);
    if (MappingCsv::looksLikeFormula(lead) && (MappingCsv::looksLikeFormula(t) || lead != t.left(1))) {
        const QString shown = lead == QLatin1String("\t") ? QStringLiteral("TAB")
                              : lead == QLatin1String("\r") ? QStringLiteral("CR") : lead;
        return {t, MappingImporter::tr("column %1 starts with “%2”, which a spreadsheet runs as a formula "
                                       "(formula injection): refused; write the text without it, or start the "
                                       "cell with an apostrophe")
                       .arg(column, shown)};
    }
    if (hasControl(t))
        return {t, MappingImporter::tr("column %1 holds a control character (a line break or tab inside a "
                                       "cell): refused")
                       .arg(column)};
    return {t, QString()};
}

// Ids (service, brick, capability, uses, flow ends) reach file names, terminals and every
// view: the reader refuses C1 controls and bidi controls in them, so a row is refused here,
// with its line, instead of failing the whole document later.
bool badIdCharacter(const QString &id)
{
    for (QChar ch : id) {
        const char16_t u = ch.unicode();
        if ((u >= 0x80 && u < 0xa0) || u == 0x061c || u == 0x200e || u == 0x200f || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

QString checkIds(const QStringList &names, const QStringList &values)
{
    for (int i = 0; i < names.size() && i < values.size(); ++i) {
        if (badIdCharacter(values.at(i)))
            return MappingImporter::tr("column %1 holds a control or text-direction character, which an id must not: "
                                       "refused").arg(names.at(i));
    }
    return {};
}

enum class NumberState { Blank, Value, Error };
struct Number
{
    NumberState state = NumberState::Blank;
    double value = 0.0;
    QString error;
};

// Plain decimal numbers, with thousands commas and a £ sign allowed (as Excel shows them).
// Negative, formula-like, non-numeric and out-of-bounds cells are refused with the bound.
Number parseNumber(const QString &raw, const QString &column, double max, const QString &boundText)
{
    static const QRegularExpression numberRe(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    // Thousands commas only in groups of three before the point: "1.000,50" (a decimal
    // comma) must not silently read as 1.0005.
    static const QRegularExpression groupedRe(QStringLiteral("^-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?$"));
    const QString t = raw.trimmed();
    if (t.isEmpty())
        return {};
    QString n = t;
    n.remove(QChar(0x00A3));
    n.remove(QLatin1Char(' '));
    if (groupedRe.match(n).hasMatch())
        n.remove(QLatin1Char(','));
    if (!numberRe.match(n).hasMatch()) {
        const Cell c = cleanText(raw, column);
        if (!c.error.isEmpty())
            return {NumberState::Error, 0.0, c.error};
        return {NumberState::Error, 0.0,
                MappingImporter::tr("column %1 is “%2”, not a number of pounds or staff").arg(column, t.left(40))};
    }
    const double v = n.toDouble();
    if (n.startsWith(QLatin1Char('-')) && v != 0.0)
        return {NumberState::Error, 0.0, MappingImporter::tr("column %1 is negative (%2): it must be 0 or more").arg(column, t)};
    if (!std::isfinite(v) || v > max)
        return {NumberState::Error, 0.0,
                MappingImporter::tr("column %1 is %2, above the bound of %3: refused").arg(column, t.left(40), boundText)};
    return {NumberState::Value, v == 0.0 ? 0.0 : v, QString()};
}

QString pounds(double v)
{
    return Format::gbpPlain(v);
}

// A brick row as read, with where it came from.
struct BrickRow
{
    int line = 0;
    QString service;
    BrickInstance brick;
};

// The state of one import: the base document, what the rows made of it, and the report.
class ImportRun
{
public:
    ImportRun(const Organisation &base, const Catalogue &catalogue, const MappingImportOptions &options)
        : m_catalogue(catalogue), m_options(options)
    {
        m_result.organisation = base;
        m_result.report.kind = QStringLiteral("mapping");
        m_result.report.sources.append(options.csvFile);
        if (!options.flowsFile.isEmpty())
            m_result.report.sources.append(options.flowsFile);
        for (const Source &s : options.extraSources) {
            if (!findSource(m_result.organisation.sources, s.id))
                m_result.organisation.sources.append(s);
        }
    }

    QList<Problem> readBricks(const CsvTable &table);
    QList<Problem> readFlows(const CsvTable &table);
    void applyBricks();
    void keepFlowsWithoutFile();
    void noteOverAllocation();
    Result<MappingImport> finish();

private:
    void skip(const QString &file, int line, const QString &reason)
    {
        m_result.report.skip(line, MappingImporter::tr("%1: %2").arg(file, reason));
    }
    void note(const QString &file, int line, const QString &reason)
    {
        m_result.report.note(line, MappingImporter::tr("%1: %2").arg(file, reason));
    }
    QString readBrickRow(const QStringList &row, const QList<int> &cols, BrickRow *out, bool *marker) const;
    QString readFigures(const QStringList &text, BrickInstance *b) const;
    QString checkCapability(const QString &capability, const QString &uses) const;
    QString checkSource(const QString &source, Basis basis) const;
    QString checkDuplicate(const BrickRow &row);

    const Catalogue &m_catalogue;
    const MappingImportOptions &m_options;
    MappingImport m_result;
    QStringList m_serviceOrder;                 // services named by imported rows, in file order
    QHash<QString, QList<BrickRow>> m_rows;     // service -> its imported brick rows
    QHash<QString, int> m_firstLine;            // service -> line of its first imported row
    QHash<QString, int> m_brickLines;           // "service\nbrick" -> line that defined it
    QSet<QString> m_flowServices;               // services named by the flows file
};

QList<int> resolveColumns(const CsvTable &table, const QStringList &names, const QHash<QString, QString> &map,
                          QStringList *missing)
{
    QList<int> cols;
    for (const QString &n : names) {
        const int c = table.column(map.value(n, n));
        if (c < 0)
            missing->append(map.value(n, n));
        cols.append(c);
    }
    return cols;
}

QString ImportRun::checkCapability(const QString &capability, const QString &uses) const
{
    if (!uses.isEmpty()) {
        const CatalogueBrick *b = m_catalogue.brick(uses);
        if (!b)
            return MappingImporter::tr("uses names “%1”, which is not a brick of the commons' catalogue").arg(uses);
        if (!capability.isEmpty() && capability != b->capability)
            return MappingImporter::tr("uses “%1” is a brick of the capability “%2”, but the capability column says "
                                       "“%3”: leave it empty or write “%2”")
                .arg(uses, b->capability, capability);
        return {};
    }
    if (capability.isEmpty())
        return MappingImporter::tr("a brick needs either a catalogue brick in uses (standard) or a capability "
                                   "(bespoke); both are empty");
    if (!m_catalogue.capability(capability))
        return MappingImporter::tr("capability “%1” is not a capability of the commons' catalogue").arg(capability);
    return {};
}

QString ImportRun::checkSource(const QString &source, Basis basis) const
{
    if (source.isEmpty()) {
        return basis == Basis::Estimated
                   ? MappingImporter::tr("an estimated brick must say how it was estimated: write its method and "
                                         "inputs in source, as “<source id>#<method and inputs>”")
                   : QString();
    }
    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
    const SourceRef ref = SourceRef::parse(source);
    if (!idRe.match(ref.sourceId).hasMatch() || ref.locator.trimmed().isEmpty())
        return MappingImporter::tr("source “%1” must be “<source id>#<locator>” (for an estimate, the locator "
                                   "states the method and its inputs)").arg(source.left(80));
    if (!findSource(m_result.organisation.sources, ref.sourceId)) {
        QStringList ids;
        for (const Source &s : m_result.organisation.sources)
            ids.append(s.id);
        return MappingImporter::tr("source “%1” is not listed in the document's sources (%2); add it with "
                                   "--source %1=TITLE")
            .arg(ref.sourceId, ids.isEmpty() ? MappingImporter::tr("none") : ids.join(QStringLiteral(", ")));
    }
    return {};
}

// The nine cells of one row into a brick; returns the reason when the row is refused.
QString ImportRun::readBrickRow(const QStringList &row, const QList<int> &cols, BrickRow *out, bool *marker) const
{
    const QStringList names = MappingCsv::columns();
    QStringList text;
    for (int i = 0; i < cols.size(); ++i) {
        const QString raw = row.value(cols.at(i));
        if (i == 5 || i == 6) {
            text.append(raw);
            continue;
        }
        const Cell c = cleanText(raw, names.at(i));
        if (!c.error.isEmpty())
            return c.error;
        text.append(c.text);
    }
    out->service = text.at(0);
    BrickInstance &b = out->brick;
    b.id = text.at(1);
    b.name = text.at(2);
    b.capability = text.at(3);
    b.uses = text.at(4);
    *marker = !out->service.isEmpty() && std::all_of(text.cbegin() + 1, text.cend(), [](const QString &t) {
        return t.trimmed().isEmpty();
    });
    if (*marker)
        return {};
    if (const QString why = checkIds(names.mid(0, 2) + names.mid(3, 2), text.mid(0, 2) + text.mid(3, 2)); !why.isEmpty())
        return why;
    if (out->service.isEmpty())
        return MappingImporter::tr("column service is empty");
    if (b.id.isEmpty())
        return MappingImporter::tr("column brick (the brick's id) is empty");
    const Service *svc = m_result.organisation.service(out->service);
    if (!svc)
        return MappingImporter::tr("service “%1” is not a service of %2's %3 document")
            .arg(out->service, m_result.organisation.code, m_result.organisation.period);
    for (const SystemUse &s : svc->systems) {
        if (s.id == b.id)
            return MappingImporter::tr("brick id “%1” is already the id of a system of service “%2”; give the "
                                       "brick another id").arg(b.id, out->service);
    }
    if (const QString why = checkCapability(b.capability, b.uses); !why.isEmpty())
        return why;
    return readFigures(text, &b);
}

// Cost, FTE, basis and source: the figures of a brick and their evidence.
QString ImportRun::readFigures(const QStringList &text, BrickInstance *b) const
{
    const QStringList names = MappingCsv::columns();
    const Number cost = parseNumber(text.at(5), names.at(5), CommonsReader::MaxMoneyGbp, pounds(CommonsReader::MaxMoneyGbp));
    if (cost.state == NumberState::Error)
        return cost.error;
    if (cost.state == NumberState::Blank)
        return MappingImporter::tr("no cost: a brick's cost is never invented; give the published cost, or an "
                                   "estimate with basis “estimated” and its method in source");
    b->annualCostGbp = cost.value;
    const Number fte = parseNumber(text.at(6), names.at(6), MappingImporter::MaxFte, QLocale::c().toString(MappingImporter::MaxFte, 'f', 0));
    if (fte.state == NumberState::Error)
        return fte.error;
    if (fte.state == NumberState::Value)
        b->fte = fte.value;
    const QString basis = text.at(7).toLower();
    if (!basis.isEmpty() && !basisFromString(basis, &b->basis))
        return MappingImporter::tr("basis is “%1”; it must be “published”, “estimated” or empty (published)").arg(text.at(7));
    b->source = text.at(8);
    return checkSource(b->source, b->basis);
}

QString ImportRun::checkDuplicate(const BrickRow &row)
{
    const QString key = row.service + QLatin1Char('\n') + row.brick.id;
    const int first = m_brickLines.value(key, 0);
    if (first > 0)
        return MappingImporter::tr("duplicate brick id “%1” in service “%2” (first at line %3): refused")
            .arg(row.brick.id, row.service)
            .arg(first);
    m_brickLines.insert(key, row.line);
    return {};
}

QList<Problem> ImportRun::readBricks(const CsvTable &table)
{
    QStringList missing;
    const QList<int> cols = resolveColumns(table, MappingCsv::columns(), m_options.columnMap, &missing);
    if (!missing.isEmpty())
        return {{m_options.csvFile, QString(),
                 MappingImporter::tr("Line 1: the header lacks the column(s) %1; a mapping CSV has the columns %2")
                     .arg(missing.join(QStringLiteral(", ")), MappingCsv::columns().join(QLatin1Char(',')))}};
    const QString file = m_options.csvFile;
    for (int r = 0; r < table.rows.size(); ++r) {
        ++m_result.report.rowsIn;
        BrickRow row;
        row.line = table.lines.at(r);
        if (table.rows.at(r).size() != table.header.size()) {
            skip(file, row.line, MappingImporter::tr("the row has %1 fields, the header %2 (an unquoted comma in "
                                                     "a name?)").arg(table.rows.at(r).size()).arg(table.header.size()));
            continue;
        }
        bool marker = false;
        QString why = readBrickRow(table.rows.at(r), cols, &row, &marker);
        if (why.isEmpty() && !marker)
            why = checkDuplicate(row);
        if (!why.isEmpty()) {
            skip(file, row.line, why);
            continue;
        }
        if (marker && !m_result.organisation.service(row.service)) {
            skip(file, row.line, MappingImporter::tr("service “%1” is not a service of %2's %3 document")
                                     .arg(row.service, m_result.organisation.code, m_result.organisation.period));
            continue;
        }
        ++m_result.report.imported;
        if (!m_firstLine.contains(row.service)) {
            m_firstLine.insert(row.service, row.line);
            m_serviceOrder.append(row.service);
            m_rows.insert(row.service, {});
        }
        if (!marker)
            m_rows[row.service].append(row);
    }
    return {};
}

void ImportRun::applyBricks()
{
    for (const QString &id : std::as_const(m_serviceOrder)) {
        Service *s = m_result.organisation.service(id);
        s->bricks.clear();
        for (const BrickRow &row : m_rows.value(id))
            s->bricks.append(row.brick);
        m_result.mappedServices.append(id);
    }
}

// Without a flows file, a re-mapped service keeps the flows whose both ends it still has.
void ImportRun::keepFlowsWithoutFile()
{
    for (const QString &id : std::as_const(m_serviceOrder)) {
        Service *s = m_result.organisation.service(id);
        QList<Flow> kept;
        for (const Flow &f : s->flows) {
            const bool ends = std::any_of(s->bricks.cbegin(), s->bricks.cend(), [&](const BrickInstance &b) { return b.id == f.from; })
                              && std::any_of(s->bricks.cbegin(), s->bricks.cend(), [&](const BrickInstance &b) { return b.id == f.to; });
            if (ends)
                kept.append(f);
            else
                note(m_options.csvFile, m_firstLine.value(id),
                     MappingImporter::tr("service “%1”: the flow %2 → %3 was dropped: one of its bricks is no longer "
                                         "in the service").arg(id, f.from, f.to));
        }
        s->flows = kept;
    }
}

QList<Problem> ImportRun::readFlows(const CsvTable &table)
{
    QStringList missing;
    QList<int> cols = resolveColumns(table, MappingCsv::flowColumns(), m_options.columnMap, &missing);
    missing.removeAll(m_options.columnMap.value(QStringLiteral("label"), QStringLiteral("label"))); // optional
    if (!missing.isEmpty())
        return {{m_options.flowsFile, QString(),
                 MappingImporter::tr("Line 1: the header lacks the column(s) %1; a flows CSV has the columns %2")
                     .arg(missing.join(QStringLiteral(", ")), MappingCsv::flowColumns().join(QLatin1Char(',')))}};
    const QString file = m_options.flowsFile;
    const QStringList names = MappingCsv::flowColumns();
    QHash<QString, QList<Flow>> flows;
    for (int r = 0; r < table.rows.size(); ++r) {
        ++m_result.report.rowsIn;
        const int line = table.lines.at(r);
        QStringList text;
        QString why;
        for (int i = 0; i < cols.size() && why.isEmpty(); ++i) {
            const Cell c = cleanText(cols.at(i) < 0 ? QString() : table.rows.at(r).value(cols.at(i)), names.at(i));
            why = c.error;
            text.append(c.text);
        }
        if (why.isEmpty())
            why = checkIds(names.mid(0, 3), text);
        const Service *s = why.isEmpty() ? m_result.organisation.service(text.at(0)) : nullptr;
        auto hasBrick = [s](const QString &id) {
            return std::any_of(s->bricks.cbegin(), s->bricks.cend(), [&](const BrickInstance &b) { return b.id == id; });
        };
        if (why.isEmpty() && !s)
            why = MappingImporter::tr("service “%1” is not a service of %2's %3 document")
                      .arg(text.at(0), m_result.organisation.code, m_result.organisation.period);
        else if (why.isEmpty() && (!hasBrick(text.at(1)) || !hasBrick(text.at(2))))
            why = MappingImporter::tr("the flow %1 → %2 names a brick that service “%3” does not have")
                      .arg(text.at(1), text.at(2), text.at(0));
        if (!why.isEmpty()) {
            skip(file, line, why);
            continue;
        }
        ++m_result.report.imported;
        m_flowServices.insert(text.at(0));
        flows[text.at(0)].append({text.at(1), text.at(2), text.at(3)});
    }
    // Every service the flows file or the bricks file names gets exactly the file's flows.
    for (Service &s : m_result.organisation.services) {
        if (m_flowServices.contains(s.id) || m_firstLine.contains(s.id))
            s.flows = flows.value(s.id);
    }
    return {};
}

void ImportRun::noteOverAllocation()
{
    for (const QString &id : std::as_const(m_serviceOrder)) {
        const Service *s = m_result.organisation.service(id);
        if (!s->reportedCostGbp)
            continue;
        const CostSplit split = measureService(*s, m_catalogue);
        if (split.total <= *s->reportedCostGbp)
            continue;
        m_result.overAllocated.append(id);
        note(m_options.csvFile, m_firstLine.value(id),
             *s->reportedCostGbp > 0
                 ? MappingImporter::tr("over-allocated: the bricks of service “%1” cost %2, more than its reported "
                                       "spend of %3 (by %4); imported, and coverage counts it as fully mapped")
                       .arg(id, pounds(split.total), pounds(*s->reportedCostGbp), pounds(split.total - *s->reportedCostGbp))
                 : MappingImporter::tr("over-allocated: the bricks of service “%1” cost %2, but its reported net spend "
                                       "is %3 (income covers it); imported, and it has no coverage share")
                       .arg(id, pounds(split.total), pounds(*s->reportedCostGbp)));
    }
}

// The document must read back exactly as a reader will see it: what is returned is that.
Result<MappingImport> ImportRun::finish()
{
    const QByteArray bytes = CommonsWriter::organisationBytes(m_result.organisation);
    Result<Organisation> back = CommonsReader::readOrganisation(bytes, m_options.csvFile, m_catalogue,
                                                                m_result.organisation.code);
    if (!back.ok())
        return Result<MappingImport>::failure(back.problems());
    m_result.organisation = back.take();
    return std::move(m_result);
}

Result<CsvTable> readTable(const QByteArray &bytes, const QString &file)
{
    const QList<Problem> enc = MappingCsv::checkEncoding(bytes, file);
    if (!enc.isEmpty())
        return Result<CsvTable>::failure(enc);
    Result<CsvTable> t = CsvReader::readBytes(bytes, file);
    if (t.ok() && t.value().header.isEmpty())
        return Result<CsvTable>::failure(file, QString(), MappingImporter::tr("Line 1: the file is empty; it needs a header row."));
    return t;
}

Result<QByteArray> readFileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(path, QString(), MappingImporter::tr("Cannot read the file: %1").arg(f.errorString()));
    if (f.size() > CsvReader::MaxFileBytes)
        return Result<QByteArray>::failure(path, QString(), MappingImporter::tr("The file is larger than %1 MiB.").arg(CsvReader::MaxFileBytes >> 20));
    return f.readAll();
}

} // namespace

Result<MappingImport> MappingImporter::importBytes(const Organisation &base, const Catalogue &catalogue,
                                                   const QByteArray &csv, const QByteArray &flows,
                                                   const MappingImportOptions &options)
{
    using R = Result<MappingImport>;
    Result<CsvTable> bricks = readTable(csv, options.csvFile);
    if (!bricks.ok())
        return R::failure(bricks.problems());
    std::optional<CsvTable> flowTable;
    if (!flows.isNull()) {
        Result<CsvTable> f = readTable(flows, options.flowsFile);
        if (!f.ok())
            return R::failure(f.problems());
        flowTable = f.take();
    }
    return importTables(base, catalogue, bricks.value(), flowTable, options);
}

Result<MappingImport> MappingImporter::importTables(const Organisation &base, const Catalogue &catalogue,
                                                    const CsvTable &bricks, const std::optional<CsvTable> &flows,
                                                    const MappingImportOptions &options)
{
    using R = Result<MappingImport>;
    ImportRun run(base, catalogue, options);
    if (const QList<Problem> p = run.readBricks(bricks); !p.isEmpty())
        return R::failure(p);
    run.applyBricks();
    if (flows) {
        if (const QList<Problem> p = run.readFlows(*flows); !p.isEmpty())
            return R::failure(p);
    } else {
        run.keepFlowsWithoutFile();
    }
    run.noteOverAllocation();
    return run.finish();
}

Result<MappingImport> MappingImporter::importFiles(const Organisation &base, const Catalogue &catalogue,
                                                   const MappingImportOptions &options)
{
    const Result<QByteArray> csv = readFileBytes(options.csvFile);
    if (!csv.ok())
        return Result<MappingImport>::failure(csv.problems());
    QByteArray flows;
    if (!options.flowsFile.isEmpty()) {
        const Result<QByteArray> f = readFileBytes(options.flowsFile);
        if (!f.ok())
            return Result<MappingImport>::failure(f.problems());
        flows = f.value().isNull() ? QByteArray("") : f.value();
    }
    return importBytes(base, catalogue, csv.value(), flows, options);
}

} // namespace livedna
