#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"
#include "core/importers/csvreader.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace livedna {

// Map → Import CSV…: a spreadsheet of bricks onto the mapping draft, in the spending import
// wizard's three steps: choose the file (and an optional flows file), map its columns onto
// service, brick, name, capability, uses, annual_cost_gbp, fte, basis, source with a preview
// of its first rows, then read the importer's report — rows read, imported, skipped with
// reasons, services over-allocated — before anything changes. Finish hands the result to
// the workspace, which applies it as one undoable step.
class MappingImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, ColumnsPage, ReportPage };
    static constexpr int PreviewRows = 20;

    MappingImportWizard(const Organisation &base, const Catalogue &catalogue, QWidget *parent = nullptr);

    void setFiles(const QString &bricksCsv, const QString &flowsCsv = QString());
    QComboBox *columnBox(const QString &column) const;
    QString reportText() const;
    bool hasResult() const { return m_ok; }

Q_SIGNALS:
    void importAccepted(const Organisation &imported, const QStringList &services);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void done(int result) override;

private:
    QWizardPage *buildFilePage();
    QWizardPage *buildColumnsPage();
    QWizardPage *buildReportPage();
    bool loadPreview(QString *error);
    void fillColumns();
    QByteArray remappedCsv(QString *error) const;
    void runImport();

    Organisation m_base;
    Catalogue m_catalogue;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_flows = nullptr;
    QLabel *m_detected = nullptr;
    QTableWidget *m_table = nullptr;
    QList<QComboBox *> m_columns;
    QPlainTextEdit *m_report = nullptr;
    CsvTable m_preview;
    Organisation m_result;
    QStringList m_services;
    bool m_ok = false;
};

} // namespace livedna
