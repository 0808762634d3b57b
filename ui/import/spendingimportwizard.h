#pragma once

#include "core/importers/csvreader.h"
#include "core/importers/spendingimporter.h"

#include <QFutureWatcher>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace livedna {

// Import → Spending CSV…: choose a file and an output folder, see the first rows as the
// reader parsed them (delimiter and BOM detected), map columns, then run the importer on a
// worker thread and read its report. A standalone QWizard the main window opens.
class SpendingImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, ReportPage };
    static constexpr int PreviewRows = 20;

    explicit SpendingImportWizard(QWidget *parent = nullptr);
    ~SpendingImportWizard() override;

    // For callers and tests: preset the file and folder (pages read them on entry).
    void setFile(const QString &path);
    void setOutputFolder(const QString &path);
    QString file() const;
    QString outputFolder() const;

    // The preview the mapping page shows (valid after the file page).
    const CsvTable &preview() const { return m_preview; }
    // The options the mapping currently describes.
    SpendingImportOptions options() const;
    // The last run's report text (empty before).
    QString reportText() const;
    bool isRunning() const;

    // Mapping page widgets, exposed for tests and for the main window's presets.
    QComboBox *orgColumnBox() const { return m_org; }
    QComboBox *serviceColumnBox() const { return m_service; }
    QComboBox *amountColumnBox() const { return m_amount; }
    QDoubleSpinBox *scaleBox() const { return m_scale; }
    QTableWidget *previewTable() const { return m_table; }

Q_SIGNALS:
    void importFinished(bool ok);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    bool loadPreview(QString *error);
    void fillMapping();
    void startImport();

    QLineEdit *m_file = nullptr;
    QLineEdit *m_out = nullptr;
    QLabel *m_detected = nullptr;
    QTableWidget *m_table = nullptr;
    QComboBox *m_org = nullptr;
    QComboBox *m_orgKey = nullptr;
    QLineEdit *m_register = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_serviceId = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_amount = nullptr;
    QComboBox *m_periodColumn = nullptr;
    QLineEdit *m_period = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QLineEdit *m_include = nullptr;
    QLineEdit *m_exclude = nullptr;
    QCheckBox *m_requireExisting = nullptr;
    QPlainTextEdit *m_report = nullptr;
    CsvTable m_preview;
    QString m_previewFile;
    QFutureWatcher<Result<ImportReport>> m_watcher;
    bool m_done = false;
};

} // namespace livedna
