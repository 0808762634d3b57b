#pragma once

#include "core/export/exporter.h"
#include "core/util/problem.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTimer;
class QToolBar;

namespace livedna {

class BrickPalette;
class Cache;
class CompareView;
class DraftAutosaver;
class DraftStore;
class EffectPanel;
class ProposalCanvas;
class ProposalModel;

// The proposal workspace: canvas, commons palette, brick details, live effect, compare
// and export, over one draft that is persisted after every edit. A standalone widget: the
// main window creates it, hands it the drafts store (and the cache, for the palette and
// the baseline check) and adds it where it likes.
class ProposalWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit ProposalWorkspace(QWidget *parent = nullptr);
    ~ProposalWorkspace() override;

    // Optional: the palette then offers the whole catalogue and the baseline is checked.
    void setCache(Cache *cache);
    // Cost per transaction of the other services in the proposal's peer group, so its
    // Public Value Index is scored as the analysis scores it (computeEffect).
    void setPeerCosts(const QList<double> &costs);
    // Creates a draft for `proposal` in `store` and opens it.
    Result<qint64> startDraft(DraftStore *store, const Proposal &proposal);
    Status openDraft(DraftStore *store, qint64 draftId);
    qint64 draftId() const { return m_draftId; }

    // Import a proposal file someone sent: validated, opened as a new draft of its own.
    Result<qint64> importFile(DraftStore *store, const QString &path);
    Status exportTo(ExportFormat format, const QString &path) const;
    // Shows the proposal against its baseline, or against another proposal file.
    void compareWithBaseline();
    Status compareWithFile(const QString &path);

    ProposalModel *model() const { return m_model; }
    ProposalCanvas *canvas() const { return m_canvas; }
    EffectPanel *effectPanel() const { return m_effect; }
    BrickPalette *palette() const { return m_palette; }
    CompareView *compareView() const { return m_compare; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QString bannerText() const;
    void setBanner(const QString &text);

Q_SIGNALS:
    void titleChanged(const QString &title);
    void message(const QString &text);

private:
    bool showBaselineComparison();
    bool m_comparedWithFile = false;
    void onModelChanged();
    void onBrickSelected(const QString &id);
    void refreshDetails();
    void checkBaseline();
    void exportInteractive(ExportFormat format);

    ProposalModel *m_model;
    DraftStore *m_store = nullptr;
    DraftAutosaver *m_saver = nullptr;
    Cache *m_cache = nullptr;
    qint64 m_draftId = 0;
    Catalogue m_paletteCatalogue;

    QLabel *m_banner;
    QToolBar *m_toolbar;
    QAction *m_undo;
    QAction *m_redo;
    QTabWidget *m_tabs;
    ProposalCanvas *m_canvas;
    CompareView *m_compare;
    EffectPanel *m_effect;
    BrickPalette *m_palette;
    QLineEdit *m_title;
    QLineEdit *m_author;
    QPlainTextEdit *m_rationale;
    QTimer *m_rationaleTimer;
    QLabel *m_brickHeading;
    QLineEdit *m_brickName;
    QDoubleSpinBox *m_brickCost;
    QLineEdit *m_brickFte;
    QComboBox *m_replaceWith;
    QLabel *m_saved;
    QString m_selected;
    QList<double> m_peerCosts;
};

} // namespace livedna
