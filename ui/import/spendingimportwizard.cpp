#include "ui/import/spendingimportwizard.h"

#include "ui/accessibility.h"

#include "core/importers/importcommon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace livedna {

namespace {

// The report page is complete only once the import has finished.
class ReportWizardPage : public QWizardPage
{
public:
    bool done = false;
    bool isComplete() const override { return done; }
    void setDone()
    {
        done = true;
        Q_EMIT completeChanged();
    }
};

QWidget *withBrowse(QLineEdit *edit, const std::function<void()> &browse, QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *h = new QHBoxLayout(w);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    auto *b = new QPushButton(QCoreApplication::translate("SpendingImportWizard", "Browse…"), w);
    QObject::connect(b, &QPushButton::clicked, w, browse);
    h->addWidget(b);
    return w;
}

// Picks the first column whose header contains one of `hints` (case-insensitive).
int guessColumn(const QStringList &header, const QStringList &hints)
{
    for (const QString &hint : hints) {
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i).contains(hint, Qt::CaseInsensitive))
                return i;
        }
    }
    return -1;
}

QList<QPair<QString, QString>> parseFilters(const QString &text)
{
    QList<QPair<QString, QString>> out;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        QPair<QString, QString> f;
        if (SpendingImporter::parseFilter(part, &f))
            out.append(f);
    }
    return out;
}

} // namespace

SpendingImportWizard::SpendingImportWizard(QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Import spending CSV"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    // 1. File and output folder.
    auto *filePage = new QWizardPage(this);
    filePage->setTitle(tr("Spending file"));
    filePage->setSubTitle(tr("A CSV of spending by organisation and service, such as the MHCLG Revenue Outturn "
                             "long form. Costs are never invented: each organisation's services get the "
                             "published amount as their reported cost and stay unmapped until someone maps them."));
    m_file = new QLineEdit(filePage);
    m_out = new QLineEdit(filePage);
    m_detected = new QLabel(filePage);
    m_detected->setWordWrap(true);
    auto *fileForm = new QFormLayout(filePage);
    fileForm->addRow(tr("CSV &file:"), withBrowse(m_file, [this]() {
        const QString f = QFileDialog::getOpenFileName(this, tr("Spending CSV"), m_file->text(), tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
        if (!f.isEmpty())
            m_file->setText(f);
    }, filePage));
    fileForm->addRow(tr("&Output folder:"), withBrowse(m_out, [this]() {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Folder of organisation documents"), m_out->text());
        if (!d.isEmpty())
            m_out->setText(d);
    }, filePage));
    fileForm->addRow(m_detected);
    setPage(FilePage, filePage);

    // 2. Preview and mapping.
    auto *mapPage = new QWizardPage(this);
    mapPage->setTitle(tr("Columns"));
    mapPage->setSubTitle(tr("The first rows as read. Say which column holds what."));
    m_table = new QTableWidget(mapPage);
    m_table->setTabKeyNavigation(false); // Tab goes on to the wizard's buttons
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_org = new QComboBox(mapPage);
    m_orgKey = new QComboBox(mapPage);
    m_orgKey->addItem(tr("Organisation code (GSS/ODS), used as is"), QStringLiteral("code"));
    m_orgKey->addItem(tr("GSS code, matched to current councils"), QStringLiteral("gss"));
    m_orgKey->addItem(tr("Finance e-code, matched to current councils"), QStringLiteral("ecode"));
    m_orgKey->addItem(tr("Council name, matched to current councils"), QStringLiteral("name"));
    m_register = new QLineEdit(mapPage);
    m_register->setPlaceholderText(tr("uk_local_authorities.csv (for matching)"));
    m_service = new QComboBox(mapPage);
    m_serviceId = new QComboBox(mapPage);
    m_category = new QComboBox(mapPage);
    m_amount = new QComboBox(mapPage);
    m_periodColumn = new QComboBox(mapPage);
    m_period = new QLineEdit(mapPage);
    m_period->setPlaceholderText(tr("e.g. 2017-18"));
    m_scale = new QDoubleSpinBox(mapPage);
    m_scale->setDecimals(0);
    m_scale->setRange(1, 1e9);
    m_scale->setValue(1);
    m_scale->setToolTip(tr("1000 when amounts are in £ thousand (Revenue Outturn)."));
    m_include = new QLineEdit(mapPage);
    m_include->setPlaceholderText(tr("COLUMN=VALUE; … (keep only these rows)"));
    m_exclude = new QLineEdit(mapPage);
    m_exclude->setPlaceholderText(tr("COLUMN=VALUE; … (drop these rows)"));
    m_requireExisting = new QCheckBox(tr("Only organisations that already have a document in the output folder"), mapPage);
    auto *mapLayout = new QVBoxLayout(mapPage);
    mapLayout->addWidget(m_table, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("O&rganisation column:"), m_org);
    form->addRow(tr("Organisation &key:"), m_orgKey);
    form->addRow(tr("Re&gister:"), withBrowse(m_register, [this]() {
        const QString f = QFileDialog::getOpenFileName(this, tr("Local authority register"), m_register->text(), tr("CSV files (*.csv)"));
        if (!f.isEmpty())
            m_register->setText(f);
    }, mapPage));
    form->addRow(tr("&Service column:"), m_service);
    form->addRow(tr("Service &id column:"), m_serviceId);
    form->addRow(tr("Ca&tegory column:"), m_category);
    form->addRow(tr("&Amount column:"), m_amount);
    form->addRow(tr("Amount &multiplier:"), m_scale);
    form->addRow(tr("&Period column:"), m_periodColumn);
    form->addRow(tr("Period (if no column):"), m_period);
    form->addRow(tr("&Include rows:"), m_include);
    form->addRow(tr("E&xclude rows:"), m_exclude);
    form->addRow(m_requireExisting);
    mapLayout->addLayout(form);
    setPage(MappingPage, mapPage);

    // 3. Report.
    auto *reportPage = new ReportWizardPage;
    reportPage->setTitle(tr("Report"));
    reportPage->setSubTitle(tr("What was imported, what was skipped and why."));
    m_report = new QPlainTextEdit(reportPage);
    m_report->setReadOnly(true);
    m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
    (new QVBoxLayout(reportPage))->addWidget(m_report);
    setPage(ReportPage, reportPage);

    connect(&m_watcher, &QFutureWatcher<Result<ImportReport>>::finished, this, [this, reportPage]() {
        const Result<ImportReport> r = m_watcher.result();
        m_report->setPlainText(r.ok() ? r.value().toText() : tr("Nothing was imported.\n%1").arg(r.errorString()));
        m_done = true;
        reportPage->setDone();
        unsetCursor();
        Q_EMIT importFinished(r.ok());
    });
    accessibility::nameFormFieldsIn(this);
    resize(900, 700);
}

SpendingImportWizard::~SpendingImportWizard()
{
    m_watcher.waitForFinished(); // the worker writes files: never abandon it halfway
}

void SpendingImportWizard::setFile(const QString &path)
{
    m_file->setText(path);
}

void SpendingImportWizard::setOutputFolder(const QString &path)
{
    m_out->setText(path);
}

QString SpendingImportWizard::file() const
{
    return m_file->text().trimmed();
}

QString SpendingImportWizard::outputFolder() const
{
    return m_out->text().trimmed();
}

QString SpendingImportWizard::reportText() const
{
    return m_report->toPlainText();
}

bool SpendingImportWizard::isRunning() const
{
    return m_watcher.isRunning();
}

bool SpendingImportWizard::loadPreview(QString *error)
{
    CsvOptions o;
    o.maxRows = PreviewRows;
    const Result<CsvTable> r = CsvReader::readFile(file(), o);
    if (!r.ok()) {
        *error = r.errorString();
        return false;
    }
    if (r.value().header.isEmpty()) {
        *error = tr("%1 is empty.").arg(file());
        return false;
    }
    m_preview = r.value();
    m_previewFile = file();
    const QString delim = m_preview.delimiter == QLatin1Char('\t') ? tr("tab") : QString(m_preview.delimiter);
    const QString detected = tr("Delimiter: %1 · %2 · %3 columns")
                                 .arg(delim, m_preview.hadBom ? tr("UTF-8 with byte-order mark") : tr("no byte-order mark"))
                                 .arg(m_preview.header.size());
    m_detected->setText(detected);
    page(MappingPage)->setSubTitle(tr("The first %1 rows as read (%2). Say which column holds what.")
                                       .arg(m_preview.rows.size())
                                       .arg(detected));
    return true;
}

void SpendingImportWizard::fillMapping()
{
    const QStringList &h = m_preview.header;
    m_table->clear();
    m_table->setColumnCount(h.size());
    m_table->setHorizontalHeaderLabels(h);
    m_table->setRowCount(m_preview.rows.size());
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        const QStringList &row = m_preview.rows.at(r);
        for (int c = 0; c < row.size() && c < h.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(row.at(c)));
    }
    m_table->resizeColumnsToContents();

    const QString none = tr("(none)");
    for (QComboBox *box : {m_org, m_service, m_amount, m_serviceId, m_category, m_periodColumn}) {
        box->clear();
        if (box != m_org && box != m_service && box != m_amount)
            box->addItem(none, QString());
        for (const QString &name : h)
            box->addItem(name, name);
    }
    auto select = [](QComboBox *box, int column, bool optional) {
        if (column >= 0)
            box->setCurrentIndex(column + (optional ? 1 : 0));
    };
    select(m_org, guessColumn(h, {QStringLiteral("ons_code"), QStringLiteral("gss"), QStringLiteral("organisation_code"),
                                  QStringLiteral("code"), QStringLiteral("org"), QStringLiteral("authority")}), false);
    select(m_service, guessColumn(h, {QStringLiteral("label"), QStringLiteral("service"), QStringLiteral("description")}), false);
    select(m_amount, guessColumn(h, {QStringLiteral("value"), QStringLiteral("amount"), QStringLiteral("gbp"),
                                     QStringLiteral("£"), QStringLiteral("cost"), QStringLiteral("spend")}), false);
    select(m_serviceId, guessColumn(h, {QStringLiteral("rs_line"), QStringLiteral("line")}), true);
    select(m_category, guessColumn(h, {QStringLiteral("section"), QStringLiteral("category")}), true);
    select(m_periodColumn, guessColumn(h, {QStringLiteral("financial_year"), QStringLiteral("period"), QStringLiteral("year")}), true);
    const int amountCol = m_amount->currentIndex();
    if (amountCol >= 0 && h.value(amountCol).contains(QLatin1String("thousand"), Qt::CaseInsensitive))
        m_scale->setValue(1000);
    if (m_org->currentText().contains(QLatin1String("ons"), Qt::CaseInsensitive)
        || m_org->currentText().contains(QLatin1String("gss"), Qt::CaseInsensitive))
        m_orgKey->setCurrentIndex(1);
}

void SpendingImportWizard::initializePage(int id)
{
    // The mapping page is filled when the file page is accepted (validateCurrentPage), so a
    // user going back and forth keeps their choices unless the file changes.
    if (id == ReportPage)
        startImport();
    QWizard::initializePage(id);
}

bool SpendingImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage) {
        QString error;
        if (outputFolder().isEmpty()) {
            m_detected->setText(tr("Choose the output folder."));
            return false;
        }
        const bool changed = m_previewFile != file();
        if (!loadPreview(&error)) {
            m_detected->setText(error);
            return false;
        }
        if (changed)
            fillMapping();
    } else if (currentId() == MappingPage) {
        const SpendingImportOptions o = options();
        if (o.periodColumn.isEmpty() && !ImportCommon::isPeriod(o.period)) {
            m_period->setFocus();
            m_period->setPlaceholderText(tr("Needed: a financial year such as 2017-18"));
            return false;
        }
        if (o.orgKey != QLatin1String("code") && o.registerFile.isEmpty()) {
            m_register->setPlaceholderText(tr("Needed to match councils: uk_local_authorities.csv"));
            m_register->setFocus();
            return false;
        }
    }
    return QWizard::validateCurrentPage();
}

SpendingImportOptions SpendingImportWizard::options() const
{
    SpendingImportOptions o;
    o.file = file();
    o.outDir = outputFolder();
    o.orgColumn = m_org->currentData().toString();
    o.serviceColumn = m_service->currentData().toString();
    o.amountColumn = m_amount->currentData().toString();
    o.serviceIdColumn = m_serviceId->currentData().toString();
    o.categoryColumn = m_category->currentData().toString();
    o.periodColumn = m_periodColumn->currentData().toString();
    o.period = m_period->text().trimmed();
    o.scale = m_scale->value();
    o.orgKey = m_orgKey->currentData().toString();
    o.registerFile = m_register->text().trimmed();
    o.include = parseFilters(m_include->text());
    o.exclude = parseFilters(m_exclude->text());
    o.requireExisting = m_requireExisting->isChecked();
    o.delimiter = m_preview.delimiter;
    return o;
}

void SpendingImportWizard::startImport()
{
    if (m_watcher.isRunning())
        return;
    m_done = false;
    m_report->setPlainText(tr("Importing %1…").arg(QFileInfo(file()).fileName()));
    setCursor(Qt::BusyCursor);
    const SpendingImportOptions o = options();
    m_watcher.setFuture(QtConcurrent::run([o]() { return SpendingImporter::run(o); }));
}

} // namespace livedna
