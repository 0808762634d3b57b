#include "ui/proposal/proposalworkspace.h"

#include "core/cache/cache.h"
#include "core/domain/measures.h"
#include "core/models/format.h"
#include "core/proposal/baseline.h"
#include "core/proposal/draftstore.h"
#include "core/proposal/proposalcommands.h"
#include "core/proposal/proposalmodel.h"
#include "core/proposal/proposalundo.h"
#include "ui/moneyinput.h"
#include "ui/proposal/brickpalette.h"
#include "ui/proposal/compareview.h"
#include "ui/proposal/effectpanel.h"
#include "ui/proposal/proposalcanvas.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace livedna {

ProposalWorkspace::ProposalWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProposalModel(this))
    , m_banner(new QLabel(this))
    , m_toolbar(new QToolBar(this))
    , m_tabs(new QTabWidget(this))
    , m_canvas(new ProposalCanvas(this))
    , m_compare(new CompareView(this))
    , m_effect(new EffectPanel(this))
    , m_palette(new BrickPalette(this))
    , m_title(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_rationale(new QPlainTextEdit(this))
    , m_rationaleTimer(new QTimer(this))
    , m_brickHeading(new QLabel(this))
    , m_brickName(new QLineEdit(this))
    , m_brickCost(new QDoubleSpinBox(this))
    , m_brickFte(new QLineEdit(this))
    , m_replaceWith(new QComboBox(this))
    , m_saved(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background:#fff4d6;border:1px solid #e0b84c;padding:6px;"));
    m_banner->hide();
    layout->addWidget(m_banner);

    // Short button texts; the full "Undo Replace …" text goes in the tooltip.
    QUndoStack *stack = m_model->undoStack();
    m_undo = new QAction(tr("Undo"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, m_undo, [this](const QString &text) {
        m_undo->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo %1").arg(text));
    });
    m_redo = new QAction(tr("Redo"), this);
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setEnabled(false);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, m_redo, [this](const QString &text) {
        m_redo->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo %1").arg(text));
    });
    m_toolbar->addAction(m_undo);
    m_toolbar->addAction(m_redo);
    m_toolbar->addSeparator();
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    const QList<QPair<QString, ExportFormat>> formats = {
        {tr("Briefing (PDF)…"), ExportFormat::Pdf}, {tr("ArchiMate exchange file…"), ExportFormat::ArchiMate},
        {tr("GraphML…"), ExportFormat::GraphMl}, {tr("Spreadsheet (CSV)…"), ExportFormat::Csv},
        {tr("Proposal file (JSON)…"), ExportFormat::Json}};
    for (const auto &f : formats) {
        const ExportFormat format = f.second;
        connect(exportMenu->addAction(f.first), &QAction::triggered, this, [this, format] { exportInteractive(format); });
    }
    exportButton->setMenu(exportMenu);
    // Room for the menu arrow: the size hint leaves it out and it covered the text's end.
    exportButton->setMinimumWidth(exportButton->sizeHint().width()
                                  + exportButton->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, exportButton));
    m_toolbar->addWidget(exportButton);
    connect(m_toolbar->addAction(tr("Compare with baseline")), &QAction::triggered, this, &ProposalWorkspace::compareWithBaseline);
    connect(m_toolbar->addAction(tr("Compare with proposal file…")), &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Compare with proposal"), QString(),
                                                          tr("LiveDNA proposals (*.livedna-proposal.json *.json)"));
        if (!path.isEmpty()) {
            const Status st = compareWithFile(path);
            if (!st)
                setBanner(st.error);
        }
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_toolbar, 1);
    m_saved->setAccessibleName(tr("Draft saved"));
    m_saved->setMinimumWidth(m_saved->fontMetrics().horizontalAdvance(tr("Saved %1").arg(QStringLiteral("00:00:00"))) + 16);
    top->addWidget(m_saved);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_tabs->addTab(m_canvas, tr("Service"));
    m_tabs->addTab(m_compare, tr("Compare"));
    // The Compare tab is never empty (issue 13): opened before any comparison was asked
    // for, or after edits, it compares the proposal with its baseline.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_compare && !m_comparedWithFile)
            showBaselineComparison();
    });
    split->addWidget(m_tabs);

    auto *side = new QTabWidget(this);
    // Effect and selected brick.
    auto *effectPage = new QWidget(this);
    auto *effectLayout = new QVBoxLayout(effectPage);
    effectLayout->addWidget(m_effect, 1);
    auto *brickBox = new QGroupBox(tr("Selected brick"), this);
    auto *form = new QFormLayout(brickBox);
    form->addRow(m_brickHeading);
    form->addRow(tr("Name"), m_brickName);
    m_brickCost->setRange(0, 1e10);
    makeMoneyInput(m_brickCost);
    m_brickCost->setKeyboardTracking(false);
    form->addRow(tr("Annual cost"), m_brickCost);
    m_brickFte->setPlaceholderText(tr("none"));
    form->addRow(tr("FTE"), m_brickFte);
    auto *replaceRow = new QHBoxLayout;
    replaceRow->addWidget(m_replaceWith, 1);
    auto *replaceButton = new QPushButton(tr("Replace"), this);
    replaceRow->addWidget(replaceButton);
    form->addRow(tr("Commons brick"), replaceRow);
    auto *removeButton = new QPushButton(tr("Remove brick"), this);
    form->addRow(removeButton);
    effectLayout->addWidget(brickBox);
    // The effect, its chart and the brick form are taller than a 700 px screen leaves: they
    // scroll rather than push the window past the screen (issue 13).
    auto *effectScroll = new QScrollArea(this);
    effectScroll->setAccessibleName(tr("Effect of the proposal, scrollable"));
    effectScroll->setWidget(effectPage);
    effectScroll->setWidgetResizable(true);
    effectScroll->setFrameShape(QFrame::NoFrame);
    side->addTab(effectScroll, tr("Effect"));
    side->addTab(m_palette, tr("Palette"));
    auto *details = new QWidget(this);
    auto *detailsForm = new QFormLayout(details);
    detailsForm->addRow(tr("Title"), m_title);
    detailsForm->addRow(tr("Author"), m_author);
    m_rationale->setPlaceholderText(tr("Why this redesign? (Markdown)"));
    detailsForm->addRow(tr("Rationale"), m_rationale);
    side->addTab(details, tr("Proposal"));
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // From the start in that proportion: by their size hints the canvas took nearly all and
    // the effect was squeezed to 180 px (issue 13).
    side->setMinimumWidth(260);
    split->setSizes({3000, 2000});
    layout->addWidget(split, 1);
    brickBox->setEnabled(false);

    connect(m_model, &ProposalModel::changed, this, &ProposalWorkspace::onModelChanged);
    connect(m_canvas, &ProposalCanvas::brickSelected, this, &ProposalWorkspace::onBrickSelected);
    connect(m_canvas, &ProposalCanvas::brickSelected, brickBox, [brickBox](const QString &id) { brickBox->setEnabled(!id.isEmpty()); });
    connect(m_canvas, &ProposalCanvas::editFailed, this, &ProposalWorkspace::setBanner);
    connect(m_palette, &BrickPalette::addRequested, this, [this](const QString &id) {
        const Result<QString> r = edit::addStandardBrick(*m_model, id);
        if (r)
            m_canvas->selectBrick(r.value());
        else
            setBanner(r.errorString());
    });
    connect(m_brickName, &QLineEdit::editingFinished, this, [this] {
        if (!m_selected.isEmpty())
            edit::setBrickName(*m_model, m_selected, m_brickName->text().trimmed());
    });
    connect(m_brickCost, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!m_selected.isEmpty() && m_model->brick(m_selected) && m_model->brick(m_selected)->annualCostGbp != v)
            edit::setBrickCost(*m_model, m_selected, v);
    });
    connect(m_brickFte, &QLineEdit::editingFinished, this, [this] {
        if (m_selected.isEmpty())
            return;
        const QString text = m_brickFte->text().trimmed();
        bool ok = true;
        const double v = QLocale().toDouble(text, &ok);
        if (text.isEmpty())
            edit::setBrickFte(*m_model, m_selected, std::nullopt);
        else if (ok) {
            const Status st = edit::setBrickFte(*m_model, m_selected, v);
            if (!st)
                setBanner(st.error);
        } else {
            setBanner(tr("“%1” is not a number of FTE.").arg(text));
        }
    });
    connect(replaceButton, &QPushButton::clicked, this, [this] {
        const QString target = m_replaceWith->currentData().toString();
        if (!m_selected.isEmpty() && !target.isEmpty()) {
            const Status st = edit::replaceBrick(*m_model, m_selected, target);
            if (!st)
                setBanner(st.error);
        }
    });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        if (!m_selected.isEmpty())
            edit::removeBrick(*m_model, m_selected);
    });
    connect(m_title, &QLineEdit::editingFinished, this, [this] { edit::setTitle(*m_model, m_title->text()); });
    connect(m_author, &QLineEdit::editingFinished, this, [this] {
        // Authorship is not a design edit: no undo step, but it is saved.
        if (m_author->text() != m_model->proposal().author)
            m_model->setAuthor(m_author->text());
    });
    m_rationaleTimer->setSingleShot(true);
    m_rationaleTimer->setInterval(600);
    connect(m_rationale, &QPlainTextEdit::textChanged, m_rationaleTimer, qOverload<>(&QTimer::start));
    connect(m_rationaleTimer, &QTimer::timeout, this, [this] { edit::setRationale(*m_model, m_rationale->toPlainText()); });
}

ProposalWorkspace::~ProposalWorkspace()
{
    if (m_rationaleTimer->isActive())
        edit::setRationale(*m_model, m_rationale->toPlainText());
    delete m_saver; // flushes a pending save
    m_saver = nullptr;
    // The model is deleted later, by QWidget's destructor, and its undo stack signals from
    // ~ProposalModel (QUndoStack::clear()); by then this is no longer a ProposalWorkspace,
    // so none of those signals may reach our lambdas, actions or children any more.
    m_model->undoStack()->disconnect();
    m_model->disconnect();
}

void ProposalWorkspace::setPeerCosts(const QList<double> &costs)
{
    m_peerCosts = costs;
    onModelChanged();
}

void ProposalWorkspace::setCache(Cache *cache)
{
    m_cache = cache;
    if (cache && cache->isOpen()) {
        const Catalogue full = cache->catalogue(m_model->proposal().baseline ? m_model->proposal().baseline->commons : QString());
        m_model->setPalette(full);
        m_palette->setCatalogue(m_model->catalogue());
    }
    checkBaseline();
}

Result<qint64> ProposalWorkspace::startDraft(DraftStore *store, const Proposal &proposal)
{
    const Result<qint64> id = store->create(proposal);
    if (!id)
        return id;
    // The draft keeps only the catalogue entries it uses; the palette offers them all.
    m_paletteCatalogue = proposal.catalogue;
    const Status st = openDraft(store, id.value());
    if (!st)
        return Result<qint64>::failure({}, {}, st.error);
    return id;
}

Status ProposalWorkspace::openDraft(DraftStore *store, qint64 draftId)
{
    const Result<Proposal> p = store->load(draftId);
    if (!p)
        return Status::failure(p.errorString());
    delete m_saver;
    m_saver = nullptr;
    m_store = store;
    m_draftId = draftId;
    m_model->setProposal(p.value());
    if (m_cache)
        m_model->setPalette(m_cache->catalogue(p.value().baseline ? p.value().baseline->commons : QString()));
    m_model->setPalette(m_paletteCatalogue);
    m_palette->setCatalogue(m_model->catalogue());
    m_saver = new DraftAutosaver(m_model, store, draftId, 0, this);
    connect(m_saver, &DraftAutosaver::saved, this, [this](const QDateTime &when) {
        m_saved->setText(tr("Saved %1").arg(when.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    });
    connect(m_saver, &DraftAutosaver::saveFailed, this, [this](const QString &error) {
        setBanner(tr("Your last edit could not be saved: %1").arg(error));
    });
    m_canvas->setModel(m_model);
    m_title->setText(m_model->proposal().title);
    m_author->setText(m_model->proposal().author);
    {
        const QSignalBlocker block(m_rationale);
        m_rationale->setPlainText(m_model->proposal().rationale);
    }
    setBanner(store->recoveredAfterCrash() ? store->recoveryMessage() : QString());
    checkBaseline();
    onModelChanged();
    return Status::success();
}

Result<qint64> ProposalWorkspace::importFile(DraftStore *store, const QString &path)
{
    const Result<Proposal> p = ProposalFile::read(path);
    if (!p)
        return Result<qint64>::failure(p.problems());
    return startDraft(store, p.value());
}

Status ProposalWorkspace::exportTo(ExportFormat format, const QString &path) const
{
    ExportInput in = Exporter::fromProposal(m_model->proposal());
    // The report shows the effect as the workspace does, against the same peers.
    const Proposal &p = m_model->proposal();
    in.effect = computeEffect(p.baseline ? &p.baseline->service : nullptr, p.service, p.catalogue, m_peerCosts);
    return Exporter::write(in, format, path);
}

void ProposalWorkspace::exportInteractive(ExportFormat format)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export proposal"),
                                                      m_model->proposal().title + Exporter::suffix(format));
    if (path.isEmpty())
        return;
    const Status st = exportTo(format, path);
    if (st)
        Q_EMIT message(tr("Exported %1").arg(path));
    else
        setBanner(st.error);
}

void ProposalWorkspace::compareWithBaseline()
{
    m_comparedWithFile = false;
    if (!showBaselineComparison())
        setBanner(tr("This is a new service: there is no baseline to compare with."));
    m_tabs->setCurrentWidget(m_compare);
}

bool ProposalWorkspace::showBaselineComparison()
{
    const Proposal &p = m_model->proposal();
    if (!p.baseline) {
        m_compare->showNothingToCompare(tr("This is a new service: there is no published service to compare it with. "
                                           "Use “Compare with proposal file…” to compare it with another proposal."));
        return false;
    }
    m_compare->compare(p.baseline->service, tr("the published service"), p.service, p.title, p.catalogue, p.layout);
    return true;
}

Status ProposalWorkspace::compareWithFile(const QString &path)
{
    const Result<Proposal> other = ProposalFile::read(path);
    if (!other)
        return Status::failure(other.errorString());
    const Proposal &p = m_model->proposal();
    if (other.value().service.id != p.service.id)
        return Status::failure(tr("%1 proposes a change to service '%2', not '%3'.").arg(path, other.value().service.id, p.service.id));
    Catalogue cat = p.catalogue;
    mergeCatalogue(cat, other.value().catalogue);
    m_compare->compare(p.service, p.title, other.value().service, other.value().title, cat, other.value().layout);
    m_comparedWithFile = true;
    m_tabs->setCurrentWidget(m_compare);
    return Status::success();
}

QString ProposalWorkspace::bannerText() const
{
    return m_banner->isVisible() || !m_banner->text().isEmpty() ? m_banner->text() : QString();
}

void ProposalWorkspace::setBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void ProposalWorkspace::checkBaseline()
{
    if (!m_cache || !m_cache->isOpen() || !m_model->proposal().baseline)
        return;
    const BaselineCheck check = Baselines::check(m_model->proposal(), *m_cache);
    if (check.state == BaselineCheck::Changed || check.state == BaselineCheck::Withdrawn) {
        QString text = check.message;
        const QStringList lines = Compare::describe(check.changes);
        if (check.state == BaselineCheck::Changed && !lines.isEmpty())
            text += QStringLiteral("\n• ") + lines.mid(0, 8).join(QStringLiteral("\n• "));
        const QString existing = m_banner->text();
        setBanner(existing.isEmpty() ? text : existing + QLatin1Char('\n') + text);
    }
}

void ProposalWorkspace::onModelChanged()
{
    const Proposal &p = m_model->proposal();
    m_effect->setEffect(computeEffect(p.baseline ? &p.baseline->service : nullptr, p.service, p.catalogue, m_peerCosts),
                        p.baseline.has_value());
    if (m_title->text() != p.title && !m_title->hasFocus())
        m_title->setText(p.title);
    if (m_rationale->toPlainText() != p.rationale && !m_rationale->hasFocus() && !m_rationaleTimer->isActive()) {
        const QSignalBlocker block(m_rationale);
        m_rationale->setPlainText(p.rationale);
    }
    refreshDetails();
    Q_EMIT titleChanged(p.title);
}

void ProposalWorkspace::onBrickSelected(const QString &id)
{
    m_selected = id;
    refreshDetails();
}

void ProposalWorkspace::refreshDetails()
{
    const BrickInstance *b = m_selected.isEmpty() ? nullptr : m_model->brick(m_selected);
    const QSignalBlocker b1(m_brickCost);
    if (!b) {
        m_brickHeading->clear();
        m_brickName->clear();
        m_brickCost->setValue(0);
        m_brickFte->clear();
        m_replaceWith->clear();
        return;
    }
    const Catalogue &cat = m_model->catalogue();
    const QString capability = capabilityOf(*b, cat);
    const Capability *cap = cat.capability(capability);
    m_brickHeading->setText(tr("%1 · %2 · %3")
                                .arg(b->isStandard() ? tr("commons brick") : tr("bespoke"),
                                     cap && !cap->name.isEmpty() ? cap->name : capability,
                                     layerToString(layerOf(*b, cat))));
    if (!m_brickName->hasFocus())
        m_brickName->setText(b->name);
    m_brickCost->setValue(b->annualCostGbp);
    if (!m_brickFte->hasFocus())
        m_brickFte->setText(b->fte ? QLocale().toString(*b->fte) : QString());
    m_replaceWith->clear();
    for (const CatalogueBrick *c : edit::replacementsFor(*m_model, m_selected))
        m_replaceWith->addItem(tr("%1 (%2)").arg(c->name, Format::gbp(c->standardAnnualCostGbp)), c->id);
    m_replaceWith->setEnabled(m_replaceWith->count() > 0);
}

} // namespace livedna
