#include "ui/mapping/mappingimportwizard.h"

#include "ui/accessibility.h"

#include "core/mapping/mappingcsv.h"
#include "core/mapping/mappingdraft.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace livedna {

// A mapping spreadsheet is a few thousand rows; anything near this is not one.
static constexpr qint64 MaxCsvBytes = 64LL * 1024 * 1024;

MappingImportWizard::MappingImportWizard(const Organisation &base, const Catalogue &catalogue, QWidget *parent)
    : QWizard(parent)
    , m_base(base)
    , m_catalogue(catalogue)
{
    setWindowTitle(tr("Import a Mapping Spreadsheet"));
    setObjectName(QStringLiteral("mappingImportWizard"));
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(FilePage, buildFilePage());
    setPage(ColumnsPage, buildColumnsPage());
    setPage(ReportPage, buildReportPage());
    accessibility::nameFormFieldsIn(this);
    resize(760, 560);
}

static QHBoxLayout *fileRow(QWidget *parent, QLineEdit *edit, const QString &title)
{
    auto *row = new QHBoxLayout;
    auto *browse = new QPushButton(MappingImportWizard::tr("Browse…"), parent);
    QObject::connect(browse, &QPushButton::clicked, parent, [parent, edit, title] {
        const QString path = QFileDialog::getOpenFileName(parent, title, edit->text(),
                                                          MappingImportWizard::tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            edit->setText(path);
    });
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return row;
}

QWizardPage *MappingImportWizard::buildFilePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Choose the spreadsheet"));
    page->setSubTitle(tr("One row per brick, saved from Excel or another spreadsheet as CSV (UTF-8). "
                         "Export CSV gives a template with every service of %1.").arg(m_base.name));
    m_file = new QLineEdit(page);
    m_flows = new QLineEdit(page);
    m_flows->setPlaceholderText(tr("optional: service,from,to,label"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Bricks CSV:"), fileRow(page, m_file, tr("Bricks CSV")));
    form->addRow(tr("&Flows CSV:"), fileRow(page, m_flows, tr("Flows CSV")));
    return page;
}

QWizardPage *MappingImportWizard::buildColumnsPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Match the columns"));
    page->setSubTitle(tr("Which column of your spreadsheet holds each field. A field left as “(none)” is "
                         "empty for every row; a row without a cost is skipped, never given one."));
    auto *layout = new QVBoxLayout(page);
    m_detected = new QLabel(page);
    m_detected->setWordWrap(true);
    layout->addWidget(m_detected);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const QString &c : MappingCsv::columns()) {
        auto *box = new QComboBox(page);
        box->setObjectName(QStringLiteral("column_") + c);
        m_columns.append(box);
        form->addRow(c + QLatin1Char(':'), box);
    }
    auto *cols = new QWidget(page);
    cols->setLayout(form);
    m_table = new QTableWidget(page);
    m_table->setTabKeyNavigation(false); // Tab goes on to the wizard's buttons
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    auto *row = new QHBoxLayout;
    row->addWidget(cols, 0);
    row->addWidget(m_table, 1);
    layout->addLayout(row, 1);
    return page;
}

QWizardPage *MappingImportWizard::buildReportPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("What the import does"));
    page->setSubTitle(tr("Nothing changes until you press Finish; Undo takes the import back afterwards."));
    m_report = new QPlainTextEdit(page);
    m_report->setReadOnly(true);
    m_report->setObjectName(QStringLiteral("mappingImportReport"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_report);
    page->setFinalPage(true);
    return page;
}

void MappingImportWizard::setFiles(const QString &bricksCsv, const QString &flowsCsv)
{
    m_file->setText(bricksCsv);
    m_flows->setText(flowsCsv);
}

QComboBox *MappingImportWizard::columnBox(const QString &column) const
{
    const int i = int(MappingCsv::columns().indexOf(column));
    return i < 0 ? nullptr : m_columns.at(i);
}

QString MappingImportWizard::reportText() const
{
    return m_report->toPlainText();
}

bool MappingImportWizard::loadPreview(QString *error)
{
    QFile f(m_file->text());
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(m_file->text(), f.errorString());
        return false;
    }
    const QByteArray bytes = f.read(MaxCsvBytes + 1);
    if (bytes.size() > MaxCsvBytes) {
        *error = tr("%1 is larger than %2 MB; split it by service.").arg(m_file->text()).arg(MaxCsvBytes / (1024 * 1024));
        return false;
    }
    const QList<Problem> enc = MappingCsv::checkEncoding(bytes, m_file->text());
    if (!enc.isEmpty()) {
        *error = problemsToString(enc);
        return false;
    }
    Result<CsvTable> t = CsvReader::readBytes(bytes, m_file->text());
    if (!t) {
        *error = t.errorString();
        return false;
    }
    m_preview = t.take();
    return true;
}

// The header most likely to hold `column` in someone else's spreadsheet: its own name first,
// then the words analysts use for it. -1 when none fits; the user can always choose.
static int guessColumn(const QStringList &header, const QString &column)
{
    static const QHash<QString, QStringList> words = {
        {QStringLiteral("service"), {QStringLiteral("serviceid"), QStringLiteral("service")}},
        {QStringLiteral("brick"), {QStringLiteral("brickid"), QStringLiteral("brick"), QStringLiteral("id")}},
        {QStringLiteral("name"), {QStringLiteral("name"), QStringLiteral("item"), QStringLiteral("component"),
                                  QStringLiteral("system")}},
        {QStringLiteral("capability"), {QStringLiteral("capability"), QStringLiteral("function"), QStringLiteral("whatitdoes")}},
        {QStringLiteral("uses"), {QStringLiteral("uses"), QStringLiteral("cataloguebrick"), QStringLiteral("standardbrick")}},
        {QStringLiteral("annual_cost_gbp"), {QStringLiteral("annualcostgbp"), QStringLiteral("annualcost"),
                                             QStringLiteral("cost"), QStringLiteral("amount"), QStringLiteral("spend")}},
        {QStringLiteral("fte"), {QStringLiteral("fte"), QStringLiteral("staff"), QStringLiteral("headcount")}},
        {QStringLiteral("basis"), {QStringLiteral("basis")}},
        {QStringLiteral("source"), {QStringLiteral("source"), QStringLiteral("evidence"), QStringLiteral("reference")}},
    };
    const auto normal = [](QString h) {
        h = h.toLower();
        h.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
        return h;
    };
    for (const QString &w : words.value(column)) {
        for (int i = 0; i < header.size(); ++i)
            if (normal(header.at(i)) == w)
                return i;
        for (int i = 0; i < header.size(); ++i)
            if (w.size() > 3 && normal(header.at(i)).startsWith(w))
                return i;
    }
    return -1;
}

void MappingImportWizard::fillColumns()
{
    const QStringList ours = MappingCsv::columns();
    for (int i = 0; i < m_columns.size(); ++i) {
        QComboBox *box = m_columns.at(i);
        box->clear();
        box->addItem(tr("(none)"), QString());
        for (const QString &h : std::as_const(m_preview.header))
            box->addItem(h, h);
        const int match = guessColumn(m_preview.header, ours.at(i));
        box->setCurrentIndex(match < 0 ? 0 : match + 1);
    }
    m_detected->setText(tr("%n row(s), delimiter “%1”%2.", nullptr, int(m_preview.rows.size()))
                            .arg(m_preview.delimiter == QLatin1Char('\t') ? tr("tab") : QString(m_preview.delimiter),
                                 m_preview.hadBom ? tr(", with a byte-order mark") : QString()));
    const int rows = int(qMin<qsizetype>(PreviewRows, m_preview.rows.size()));
    m_table->clear();
    m_table->setColumnCount(int(m_preview.header.size()));
    m_table->setHorizontalHeaderLabels(m_preview.header);
    m_table->setRowCount(rows);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < m_preview.rows.at(r).size() && c < m_preview.header.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(m_preview.rows.at(r).at(c)));
}

// RFC 4180 quoting only: formula-looking cells are passed through as they are, so the
// importer sees (and refuses) exactly what the user's spreadsheet holds.
static QString quoted(const QString &cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n'))
        && !cell.contains(QLatin1Char('\r')))
        return cell;
    QString q = cell;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QByteArray MappingImportWizard::remappedCsv(QString *error) const
{
    QList<int> from;
    for (QComboBox *box : m_columns)
        from.append(box->currentData().toString().isEmpty() ? -1 : m_preview.column(box->currentData().toString()));
    if (from.at(int(MappingCsv::columns().indexOf(QStringLiteral("service")))) < 0) {
        *error = tr("Choose the column that names the service of each row.");
        return {};
    }
    // A spreadsheet with no id column: each brick's id is made from its name, unique
    // within its service (the ids only link flows and later imports).
    const int serviceCol = from.at(0), idCol = from.at(1), nameCol = from.at(2);
    QHash<QString, Service> ids;
    QStringList lines{MappingCsv::columns().join(QLatin1Char(','))};
    for (const QStringList &row : m_preview.rows) {
        QStringList cells;
        for (const int c : from)
            cells.append(c >= 0 && c < row.size() ? quoted(row.at(c)) : QString());
        if (idCol < 0 && nameCol >= 0 && nameCol < row.size() && !row.at(nameCol).trimmed().isEmpty()) {
            const QString sid = row.value(serviceCol).trimmed();
            if (!ids.contains(sid) && m_base.service(sid))
                ids[sid].systems = m_base.service(sid)->systems; // ids distinct from its systems' too
            Service &s = ids[sid];
            BrickInstance b;
            b.id = uniqueMappedBrickId(s, row.at(nameCol));
            s.bricks.append(b);
            cells[1] = b.id;
        }
        lines.append(cells.join(QLatin1Char(',')));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

void MappingImportWizard::runImport()
{
    m_ok = false;
    QString error;
    const QByteArray csv = remappedCsv(&error);
    if (csv.isEmpty()) {
        m_report->setPlainText(error);
        return;
    }
    QByteArray flows;
    if (!m_flows->text().trimmed().isEmpty()) {
        QFile f(m_flows->text().trimmed());
        if (!f.open(QIODevice::ReadOnly)) {
            m_report->setPlainText(tr("Cannot read %1: %2").arg(m_flows->text(), f.errorString()));
            return;
        }
        flows = f.readAll();
    }
    MappingImportOptions options;
    options.csvFile = m_file->text();
    options.flowsFile = m_flows->text().trimmed();
    const Result<MappingImport> r = MappingImporter::importBytes(m_base, m_catalogue, csv, flows, options);
    if (!r) {
        m_report->setPlainText(tr("Nothing can be imported:\n%1").arg(r.errorString()));
        return;
    }
    QString text = r.value().report.toText();
    if (!r.value().overAllocated.isEmpty())
        text += QLatin1Char('\n') + tr("Warning: the bricks exceed the reported spend of %1.")
                                         .arg(r.value().overAllocated.join(QStringLiteral(", ")));
    if (r.value().mappedServices.isEmpty())
        text += QLatin1Char('\n') + tr("No service was mapped: there is nothing to take in.");
    m_report->setPlainText(text);
    m_result = r.value().organisation;
    m_services = r.value().mappedServices;
    m_ok = !m_services.isEmpty();
}

void MappingImportWizard::initializePage(int id)
{
    if (id == ColumnsPage)
        fillColumns();
    else if (id == ReportPage)
        runImport();
    QWizard::initializePage(id);
}

bool MappingImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage) {
        QString error;
        if (m_file->text().trimmed().isEmpty() || !loadPreview(&error)) {
            currentPage()->setSubTitle(error.isEmpty() ? tr("Choose the bricks CSV first.") : error);
            return false;
        }
    }
    if (currentId() == ReportPage && !m_ok)
        return false;
    return QWizard::validateCurrentPage();
}

void MappingImportWizard::done(int result)
{
    if (result == QDialog::Accepted && m_ok)
        Q_EMIT importAccepted(m_result, m_services);
    QWizard::done(result);
}

} // namespace livedna
