#include "ui/mapping/mappingworkspace.h"

#include "core/analysis/analysiscacheloader.h"
#include "core/cache/cache.h"
#include "core/mapping/mappingcommands.h"
#include "core/mapping/mappingcoverage.h"
#include "core/mapping/mappingcsv.h"
#include "core/mapping/mappingdraftstore.h"
#include "core/mapping/mappingmodel.h"
#include "core/mapping/orgdiff.h"
#include "core/models/format.h"
#include "core/util/logging.h"
#include "ui/mapping/addbrickdialog.h"
#include "ui/mapping/allocationbar.h"
#include "ui/mapping/mappingbricktable.h"
#include "ui/mapping/mappingimportwizard.h"
#include "ui/mapping/mappingpublishdialog.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace livedna {

namespace {

enum PaletteKind { SystemItem = 1, CatalogueItem, ProductItem, BespokeItem };
constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;

// Basis is one of two words: a combo box, not a spin box over 0 and 1.
class BasisDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        box->addItem(MappingBrickTable::tr("Published"));
        box->addItem(MappingBrickTable::tr("Estimated"));
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QComboBox *>(editor)->setCurrentIndex(index.data(Qt::EditRole).toInt());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentIndex(), Qt::EditRole);
    }
};

} // namespace

MappingWorkspace::MappingWorkspace(Cache *cache, MappingDraftStore *store, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_store(store)
    , m_model(new MappingModel(this))
    , m_toolbar(new QToolBar(this))
    , m_orgBox(new QComboBox(this))
    , m_serviceBox(new QComboBox(this))
    , m_serviceInfo(new QLabel(this))
    , m_bar(new AllocationBar(this))
    , m_side(new QTabWidget(this))
    , m_palette(new QTreeWidget(this))
    , m_peers(new QListWidget(this))
    , m_coverage(new QTreeWidget(this))
    , m_peerInfo(new QLabel(this))
    , m_byReported(new QRadioButton(tr("by reported spend"), this))
    , m_byPopulation(new QRadioButton(tr("by population"), this))
    , m_copy(new QPushButton(tr("&Copy Composition"), this))
    , m_table(new QTableView(this))
    , m_tableModel(new MappingBrickTable(m_model, this))
    , m_saved(new QLabel(this))
{
    setObjectName(QStringLiteral("mappingWorkspace"));
    buildToolbar();

    QHBoxLayout *chooser = buildChooser();
    m_serviceInfo->setWordWrap(true);
    m_serviceInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setupTable();
    m_side->addTab(buildPalettePanel(), tr("Add Bricks"));
    m_side->addTab(buildPeerPanel(), tr("Copy from a Peer"));
    m_coverage->setObjectName(QStringLiteral("mappingCoverage"));
    m_coverage->setHeaderLabels({tr("Mapped share of reported spend"), tr("Share")});
    m_coverage->setAccessibleName(tr("Mapping coverage"));
    // Whole names and headings; the narrow side panel scrolls sideways rather than cut them.
    m_coverage->header()->setStretchLastSection(false);
    m_coverage->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_side->addTab(m_coverage, tr("Coverage"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_side);
    split->addWidget(m_table);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    // Every tab of the side panel stays in view (no scroll arrows hiding Coverage).
    m_side->setMinimumWidth(m_side->tabBar()->sizeHint().width() + 8);
    split->setSizes({m_side->minimumWidth(), 700});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_toolbar);
    layout->addLayout(chooser);
    layout->addWidget(m_serviceInfo);
    layout->addWidget(m_bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_saved);
    m_saved->setWordWrap(true);

    connectModel();
    fillOrganisations();
}

QHBoxLayout *MappingWorkspace::buildChooser()
{
    auto *chooser = new QHBoxLayout;
    m_orgBox->setEditable(true);
    m_orgBox->setInsertPolicy(QComboBox::NoInsert);
    m_orgBox->completer()->setFilterMode(Qt::MatchContains);
    m_orgBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_orgBox->setAccessibleName(tr("Organisation to map"));
    m_orgBox->lineEdit()->setAccessibleName(m_orgBox->accessibleName());
    m_orgBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_orgBox->setMinimumContentsLength(18);
    m_serviceBox->setAccessibleName(tr("Service to map"));
    m_serviceBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_serviceBox->setMinimumContentsLength(18);
    auto *orgLabel = new QLabel(tr("&Organisation:"), this);
    orgLabel->setBuddy(m_orgBox);
    auto *serviceLabel = new QLabel(tr("&Service:"), this);
    serviceLabel->setBuddy(m_serviceBox);
    // One above the other, each the full width: side by side at 1024 px the service's name
    // and reported figure were cut (issue 13).
    auto *rows = new QFormLayout;
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    rows->addRow(orgLabel, m_orgBox);
    rows->addRow(serviceLabel, m_serviceBox);
    chooser->addLayout(rows, 1);

    return chooser;
}

void MappingWorkspace::setupTable()
{
    m_table->setModel(m_tableModel);
    m_table->setObjectName(QStringLiteral("mappingBrickView"));
    m_table->setAccessibleName(tr("Bricks of the service"));
    // Tab leaves the table (arrows move between cells, F2 edits): no keyboard trap.
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setItemDelegateForColumn(MappingBrickTable::BasisColumn, new BasisDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);

}

void MappingWorkspace::connectModel()
{
    connect(m_tableModel, &MappingBrickTable::editFailed, this, &MappingWorkspace::report);
    // Columns fit their contents when the bricks change, within bounds so a long source
    // cannot push the figures out of view; the reason takes what is left.
    connect(m_tableModel, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        for (int c = 0; c < MappingBrickTable::ReasonColumn; ++c)
            m_table->setColumnWidth(c, qBound(60, m_table->columnWidth(c), 360));
    });
    connect(m_model, &MappingModel::changed, this, &MappingWorkspace::refreshAllocation);
    connect(m_model, &MappingModel::currentServiceChanged, this, [this] {
        fillServices();
        fillPalette();
        fillPeers();
    });
    connect(m_orgBox, &QComboBox::activated, this, [this](int i) {
        const QString code = m_orgBox->itemData(i).toString();
        if (!code.isEmpty() && code != m_model->organisation().code) {
            if (const Status st = openOrganisation(code); !st)
                report(st.error);
        }
    });
    connect(m_serviceBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_filling && i >= 0)
            showService(m_serviceBox->itemData(i).toString());
    });
}

MappingWorkspace::~MappingWorkspace()
{
    delete m_saver; // saves a pending edit while the model still lives
    m_saver = nullptr;
    m_model->undoStack()->disconnect();
}

void MappingWorkspace::buildToolbar()
{
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->setIconSize(QSize(16, 16));
    QUndoStack *stack = m_model->undoStack();
    // No shortcuts here: Edit → Undo/Redo carry Ctrl+Z and Ctrl+Y for whichever draft is in front.
    QAction *undo = stack->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("mappingUndoAction"));
    QAction *redo = stack->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("mappingRedoAction"));
    m_toolbar->addAction(undo);
    m_toolbar->addAction(redo);
    m_toolbar->addSeparator();
    QAction *remove = m_toolbar->addAction(tr("Remove Brick"), this, &MappingWorkspace::removeSelected);
    remove->setObjectName(QStringLiteral("mappingRemoveAction"));
    m_toolbar->addSeparator();
    QAction *import = m_toolbar->addAction(tr("Import CSV…"), this, &MappingWorkspace::importCsv);
    import->setObjectName(QStringLiteral("mappingImportAction"));
    QAction *exportCsv = m_toolbar->addAction(tr("Export CSV…"), this, &MappingWorkspace::exportCsvInteractive);
    exportCsv->setObjectName(QStringLiteral("mappingExportAction"));
    QAction *diff = m_toolbar->addAction(tr("Changes…"), this, &MappingWorkspace::showChanges);
    diff->setObjectName(QStringLiteral("mappingDiffAction"));
    diff->setToolTip(tr("What this mapping changes against the organisation's document in the cache"));
    QAction *pub = m_toolbar->addAction(tr("Publish…"), this, &MappingWorkspace::publish);
    pub->setObjectName(QStringLiteral("mappingPublishAction"));
    pub->setToolTip(tr("Validate the organisation document, then save it for a central commons or publish it into a commons folder"));
}

QAction *MappingWorkspace::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

QWidget *MappingWorkspace::buildPalettePanel()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    m_palette->setObjectName(QStringLiteral("mappingPalette"));
    m_palette->setHeaderHidden(true);
    m_palette->setAccessibleName(tr("Bricks, systems and products to add"));
    // Whole names ("Shared case management platform …" was cut): the panel scrolls sideways.
    m_palette->header()->setStretchLastSection(false);
    m_palette->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *add = new QPushButton(tr("&Add to Service…"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_palette->currentItem())
            onPaletteActivated(item);
    });
    connect(m_palette, &QTreeWidget::itemActivated, this, &MappingWorkspace::onPaletteActivated);
    layout->addWidget(m_palette, 1);
    layout->addWidget(add);
    return page;
}

QWidget *MappingWorkspace::buildPeerPanel()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    m_peers->setObjectName(QStringLiteral("mappingPeers"));
    m_peers->setAccessibleName(tr("Peers that have mapped this service"));
    m_peers->setWordWrap(true);
    m_peerInfo->setWordWrap(true);
    auto *group = new QButtonGroup(page);
    group->addButton(m_byReported);
    group->addButton(m_byPopulation);
    m_byReported->setChecked(true);
    auto *scaleLabel = new QLabel(tr("Scale to this organisation:"), page);
    scaleLabel->setWordWrap(true);
    connect(m_copy, &QPushButton::clicked, this, &MappingWorkspace::onCopyClicked);
    connect(m_peers, &QListWidget::currentRowChanged, this, [this](int row) {
        m_copy->setEnabled(row >= 0 && (m_byReported->isEnabled() || m_byPopulation->isEnabled()));
    });
    m_copy->setEnabled(false);
    layout->addWidget(m_peerInfo);
    layout->addWidget(m_peers, 1);
    layout->addWidget(scaleLabel);
    layout->addWidget(m_byReported);
    layout->addWidget(m_byPopulation);
    layout->addWidget(m_copy);
    return page;
}

void MappingWorkspace::fillOrganisations()
{
    m_filling = true;
    m_orgBox->clear();
    if (m_cache) {
        for (const OrgSummary &o : m_cache->organisations()) {
            if (o.services > 0)
                m_orgBox->addItem(QStringLiteral("%1 (%2)").arg(o.name, o.code), o.code);
        }
    }
    m_orgBox->setCurrentIndex(-1);
    m_orgBox->lineEdit()->setPlaceholderText(tr("Type to find your organisation…"));
    m_filling = false;
}

Status MappingWorkspace::openOrganisation(const QString &orgCode, const QString &serviceId)
{
    if (!m_cache || !m_store || !m_store->isOpen())
        return Status::failure(tr("The mapping drafts file is not open, so no mapping can be kept."));
    const QStringList periods = m_cache->periods(orgCode);
    const QString period = periods.isEmpty() ? QString() : periods.last();
    if (const std::optional<qint64> existing = m_store->findDraft(orgCode, period)) {
        const Status st = openDraft(*existing);
        if (st && !serviceId.isEmpty())
            showService(serviceId);
        return st;
    }
    Result<MappingDraft> d = startMapping(*m_cache, orgCode, serviceId, period);
    if (!d)
        return Status::failure(d.errorString());
    const Result<qint64> id = m_store->create(d.value());
    if (!id)
        return Status::failure(id.errorString());
    m_model->setDraft(d.take());
    attach(id.value());
    return Status::success();
}

Status MappingWorkspace::openDraft(qint64 draftId)
{
    if (!m_store || !m_store->isOpen())
        return Status::failure(tr("The mapping drafts file is not open."));
    Result<MappingDraft> d = m_store->load(draftId);
    if (!d)
        return Status::failure(d.errorString());
    delete m_saver;
    m_saver = nullptr;
    m_model->setDraft(d.take());
    attach(draftId);
    return Status::success();
}

void MappingWorkspace::attach(qint64 draftId)
{
    delete m_saver;
    m_draftId = draftId;
    m_saver = new MappingAutosaver(m_model, m_store, draftId, 0, this);
    connect(m_saver, &MappingAutosaver::saved, this, [this](const QDateTime &when) {
        m_saved->setText(tr("All changes saved (%1).").arg(QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat)));
    });
    connect(m_saver, &MappingAutosaver::saveFailed, this, [this](const QString &error) {
        m_saved->setText(tr("Not saved: %1").arg(error));
        report(tr("The last edit could not be saved: %1").arg(error));
    });
    const Organisation &org = m_model->organisation();
    m_saved->setText(tr("Mapping draft %1 of %2, saved after every edit.").arg(draftId).arg(org.period));
    m_saved->setToolTip(tr("Kept in %1").arg(QDir::toNativeSeparators(m_store->path())));
    m_filling = true;
    const int i = m_orgBox->findData(org.code);
    if (i >= 0)
        m_orgBox->setCurrentIndex(i);
    else
        m_orgBox->setEditText(org.name);
    m_filling = false;
    fillServices();
    fillPalette();
    fillPeers();
    refreshAllocation();
    Q_EMIT titleChanged(tr("Map: %1").arg(org.name));
}

void MappingWorkspace::showService(const QString &serviceId)
{
    m_model->setCurrentService(serviceId);
}

void MappingWorkspace::fillServices()
{
    m_filling = true;
    m_serviceBox->clear();
    for (const Service &s : m_model->organisation().services) {
        const QString spend = s.reportedCostGbp ? Format::gbp(*s.reportedCostGbp) : tr("not reported");
        m_serviceBox->addItem(QStringLiteral("%1 — %2").arg(s.name, spend), s.id);
    }
    m_serviceBox->setCurrentIndex(m_serviceBox->findData(m_model->currentServiceId()));
    m_filling = false;
}

// Issue 14 item 5: the share of reported spend mapped into bricks, for this draft (live) and
// nationally (the commons in the cache), by layer of the reported spend and by service.
static QString shareText(const std::optional<double> &share)
{
    return share ? Format::percent(*share, 1) : MappingWorkspace::tr("nothing reported");
}

static void addFigures(QTreeWidgetItem *parent, const QString &label, const CoverageFigures &f)
{
    auto *item = new QTreeWidgetItem(parent, {label, shareText(f.share())});
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    QString tip = MappingWorkspace::tr("%1 of %2 reported is mapped into bricks; %3 unmapped.")
                      .arg(Format::gbpFull(f.countedGbp), Format::gbpFull(f.reportedGbp), Format::gbpFull(f.unmappedGbp));
    if (f.overAllocatedGbp > 0)
        tip += QLatin1Char(' ') + MappingWorkspace::tr("Bricks exceed the reported spend by %1 (not counted).")
                                      .arg(Format::gbpFull(f.overAllocatedGbp));
    item->setToolTip(0, tip);
    item->setToolTip(1, tip);
}

static QString layerLabel(const QString &key)
{
    if (key == QLatin1String("frontline"))
        return MappingWorkspace::tr("Frontline reported spend");
    if (key == QLatin1String("overhead"))
        return MappingWorkspace::tr("Overhead reported spend");
    return MappingWorkspace::tr("Reported spend with no layer");
}

void MappingWorkspace::fillCoverage()
{
    const bool nationalOpen = m_coverage->topLevelItemCount() > 1 && m_coverage->topLevelItem(1)->isExpanded();
    m_coverage->clear();
    const OrgCoverage org = OrgCoverage::of(m_model->organisation(), m_model->catalogue());
    auto *mine = new QTreeWidgetItem(m_coverage, {tr("%1 (this draft)").arg(org.name), shareText(org.total.share())});
    mine->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    for (auto it = org.byLayer.cbegin(); it != org.byLayer.cend(); ++it)
        addFigures(mine, layerLabel(it.key()), it.value());
    for (const ServiceCoverage &s : org.services) {
        CoverageFigures f;
        f.add(s);
        addFigures(mine, s.name, f);
    }
    mine->setExpanded(true);
    if (!m_national && m_cache)
        m_national = std::make_shared<NationalCoverage>(NationalCoverage::fromCache(*m_cache));
    if (!m_national)
        return;
    auto *all = new QTreeWidgetItem(m_coverage, {tr("Nationally (%n organisation(s) in the cache)", nullptr,
                                                    int(m_national->orgs.size())), shareText(m_national->total.share())});
    all->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    for (auto it = m_national->byLayer.cbegin(); it != m_national->byLayer.cend(); ++it)
        addFigures(all, layerLabel(it.key()), it.value());
    for (auto it = m_national->byService.cbegin(); it != m_national->byService.cend(); ++it)
        addFigures(all, m_national->serviceNames.value(it.key(), it.key()), it.value());
    all->setExpanded(nationalOpen);
}

void MappingWorkspace::refreshAllocation()
{
    const Service *s = m_model->currentService();
    if (!s)
        return;
    m_bar->setAllocation(allocationOf(*s));
    fillCoverage();
    QStringList facts;
    if (!s->source.isEmpty())
        facts << tr("Reported spend from %1.").arg(s->source);
    if (!s->systems.isEmpty())
        facts << tr("%n system(s) known to run it, with no published cost.", nullptr, int(s->systems.size()));
    m_serviceInfo->setText(facts.join(QLatin1Char(' ')));
    m_serviceInfo->setVisible(!facts.isEmpty());
}

void MappingWorkspace::report(const QString &text)
{
    qCInfo(lcUi).noquote() << text;
    Q_EMIT message(text);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Mapping"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("mappingMessage"));
    box->open();
}

void MappingWorkspace::fillPalette()
{
    m_palette->clear();
    const Service *s = m_model->currentService();
    const Catalogue &cat = m_model->catalogue();
    if (!s)
        return;
    auto *systems = new QTreeWidgetItem(m_palette, {tr("Systems known for this service")});
    for (const SystemUse &u : s->systems) {
        const Product *p = cat.product(u.product);
        const bool named = !p || u.name.contains(p->name, Qt::CaseInsensitive);
        auto *item = new QTreeWidgetItem(systems, {named ? u.name : tr("%1 — %2").arg(u.name, p->name)});
        item->setData(0, KindRole, SystemItem);
        item->setData(0, IdRole, u.id);
        item->setToolTip(0, tr("Give this system its cost as a bespoke brick; the system stays, naming its product."));
    }
    if (s->systems.isEmpty())
        new QTreeWidgetItem(systems, {tr("none recorded")});
    auto *standard = new QTreeWidgetItem(m_palette, {tr("Standard bricks of the commons")});
    for (const CatalogueBrick &b : cat.bricks) {
        auto *item = new QTreeWidgetItem(standard, {tr("%1 — %2 a year").arg(b.name, Format::gbp(b.standardAnnualCostGbp))});
        item->setData(0, KindRole, CatalogueItem);
        item->setData(0, IdRole, b.id);
    }
    if (cat.bricks.isEmpty())
        new QTreeWidgetItem(standard, {tr("none in this commons yet")});
    auto *products = new QTreeWidgetItem(m_palette, {tr("Products")});
    for (const Product &p : cat.products) {
        auto *item = new QTreeWidgetItem(products, {p.vendor.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.vendor)});
        item->setData(0, KindRole, ProductItem);
        item->setData(0, IdRole, p.id);
    }
    auto *bespoke = new QTreeWidgetItem(m_palette, {tr("Bespoke brick (any capability)…")});
    bespoke->setData(0, KindRole, BespokeItem);
    systems->setExpanded(true);
    standard->setExpanded(true);
}

static BrickInstance paletteBrick(const MappingModel &m, QTreeWidgetItem *item)
{
    const QString sid = m.currentServiceId();
    const QString id = item->data(0, IdRole).toString();
    switch (item->data(0, KindRole).toInt()) {
    case SystemItem: return mapedit::fromSystem(m, sid, id);
    case CatalogueItem: return mapedit::fromCatalogue(m, sid, id);
    case ProductItem: return mapedit::fromProduct(m, sid, id);
    case BespokeItem: {
        const QString cap = m.catalogue().capabilities.isEmpty() ? QString() : m.catalogue().capabilities.first().id;
        return mapedit::bespoke(m, sid, MappingWorkspace::tr("New brick"), cap);
    }
    default: return {};
    }
}

void MappingWorkspace::onPaletteActivated(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, KindRole).isValid())
        return;
    const BrickInstance start = paletteBrick(*m_model, item);
    const bool bespoke = item->data(0, KindRole).toInt() == BespokeItem;
    auto *dialog = new AddBrickDialog(start, bespoke ? m_model->catalogue().capabilities : QList<Capability>{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Result<QString> id = mapedit::addBrick(*m_model, m_model->currentServiceId(), dialog->brick());
        if (!id)
            report(id.errorString());
        else
            m_table->selectRow(m_tableModel->rowOf(id.value()));
    });
    dialog->open();
}

Result<QString> MappingWorkspace::addFromPalette(QTreeWidgetItem *item, double annualCostGbp, const QString &reference)
{
    if (!item || !item->data(0, KindRole).isValid())
        return Result<QString>::failure({}, {}, tr("Choose a brick, system or product to add."));
    BrickInstance b = paletteBrick(*m_model, item);
    b.annualCostGbp = annualCostGbp;
    b.source = reference.isEmpty() ? QString() : mappingsource::published(reference);
    return mapedit::addBrick(*m_model, m_model->currentServiceId(), b);
}

void MappingWorkspace::removeSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const QString id = current.isValid() ? m_tableModel->brickId(current.row()) : QString();
    if (id.isEmpty()) {
        report(tr("Select the brick to remove in the table first."));
        return;
    }
    if (const Status st = mapedit::removeBrick(*m_model, m_model->currentServiceId(), id); !st)
        report(st.error);
}

const AnalysisInput *MappingWorkspace::analysisInput()
{
    if (!m_input && m_cache) {
        Result<AnalysisInput> in = AnalysisCacheLoader::load(*m_cache, QString(), AnalysisCacheLoader::Parts::NoValueInputs);
        if (in)
            m_input = in.take();
    }
    return m_input ? &*m_input : nullptr;
}

void MappingWorkspace::fillPeers()
{
    m_peers->clear();
    m_candidates.clear();
    const Service *s = m_model->currentService();
    const AnalysisInput *input = analysisInput();
    if (!s || !input)
        return;
    m_candidates = MappingPeers::candidates(*input, m_model->organisation(), *s);
    for (const PeerCandidate &c : std::as_const(m_candidates)) {
        QString text = tr("%1 — %n brick(s), %2 mapped", nullptr, c.bricks).arg(c.name, Format::gbp(c.mappedGbp));
        if (c.neighbour)
            text = tr("Neighbour: %1").arg(text);
        else if (c.similarity)
            text += tr(" (similarity %1)").arg(Format::percent(*c.similarity));
        m_peers->addItem(text);
    }
    m_peerInfo->setText(m_candidates.isEmpty()
                            ? tr("No neighbour or similar organisation has mapped “%1” into bricks yet, so there "
                                 "is no composition to copy. Add bricks from the palette instead.").arg(s->name)
                            : tr("Neighbours first, then the most similar organisations. Copied bricks are "
                                 "estimates: each states the peer, its cost and the scaling."));
    const bool hasReported = s->reportedCostGbp && *s->reportedCostGbp > 0;
    const bool hasPopulation = m_model->organisation().population && *m_model->organisation().population > 0;
    m_byReported->setEnabled(hasReported);
    m_byPopulation->setEnabled(hasPopulation);
    m_byReported->setToolTip(hasReported ? QString() : tr("This service's reported spend is not known or not positive."));
    m_byPopulation->setToolTip(hasPopulation ? QString() : tr("This organisation's population is not known."));
    if (!hasReported && hasPopulation)
        m_byPopulation->setChecked(true);
    if (!hasReported && !hasPopulation && !m_candidates.isEmpty())
        m_peerInfo->setText(m_peerInfo->text() + QLatin1Char(' ')
                            + tr("Neither this service's reported spend nor this organisation's population is known, "
                                 "so no copy can be scaled to it: add bricks from the palette."));
    m_copy->setToolTip(hasReported || hasPopulation ? QString() : tr("Nothing known to scale by."));
    m_copy->setEnabled(false);
}

Status MappingWorkspace::copyPeer(int row, PeerScaling scaling, bool replaceExisting)
{
    if (row < 0 || row >= m_candidates.size() || !m_cache)
        return Status::failure(tr("Choose a peer to copy from."));
    const Result<PeerComposition> peer = MappingPeers::load(*m_cache, m_candidates.at(row));
    if (!peer)
        return Status::failure(peer.errorString());
    return mapedit::copyFromPeer(*m_model, m_model->currentServiceId(), peer.value(), scaling, replaceExisting);
}

void MappingWorkspace::onCopyClicked()
{
    const Service *s = m_model->currentService();
    bool replace = false;
    if (s && !s->bricks.isEmpty()) {
        replace = QMessageBox::question(this, tr("Replace the bricks?"),
                                        tr("%1 already has %n brick(s). Replace them with the copied composition? "
                                           "(Undo brings them back.)", nullptr, int(s->bricks.size())).arg(s->name))
                  == QMessageBox::Yes;
        if (!replace)
            return;
    }
    const PeerScaling scaling = m_byPopulation->isChecked() ? PeerScaling::Population : PeerScaling::ReportedSpend;
    if (const Status st = copyPeer(m_peers->currentRow(), scaling, replace); !st)
        report(st.error);
}

// ---- The Map menu's file actions, on this draft

void MappingWorkspace::importCsv()
{
    auto *wizard = new MappingImportWizard(m_model->organisation(), m_model->catalogue(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &MappingImportWizard::importAccepted, this,
            [this](const Organisation &imported, const QStringList &services) {
                if (const Status st = mapedit::applyImport(*m_model, imported, services); !st)
                    report(st.error);
                else
                    Q_EMIT message(tr("Imported %n service(s) from the spreadsheet; Undo takes the import back.", nullptr,
                                      int(services.size())));
            });
    wizard->open();
}

static Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Status::failure(MappingWorkspace::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return Status::success();
}

Status MappingWorkspace::exportCsv(const QString &path)
{
    Organisation org = m_model->organisation();
    mappingsource::reconcile(org);
    if (Status st = writeAtomically(path, MappingCsv::exportBricks(org)); !st)
        return st;
    bool anyFlows = false;
    for (const Service &s : org.services)
        anyFlows = anyFlows || !s.flows.isEmpty();
    if (!anyFlows)
        return Status::success();
    const QFileInfo fi(path);
    return writeAtomically(fi.dir().filePath(fi.completeBaseName() + QStringLiteral("-flows.csv")), MappingCsv::exportFlows(org));
}

void MappingWorkspace::exportCsvInteractive()
{
    const Organisation &org = m_model->organisation();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the mapping as CSV"),
                                                      QStringLiteral("%1-%2-mapping.csv").arg(org.code, org.period),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status st = exportCsv(path); !st)
        report(st.error);
    else
        Q_EMIT message(tr("Exported %1 (flows, if any, beside it in …-flows.csv)").arg(QDir::toNativeSeparators(path)));
}

void MappingWorkspace::showChanges()
{
    auto *dialog = new MappingPublishDialog(m_cache, m_model->draft(), MappingPublishDialog::ChangesOnly, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MappingWorkspace::publish()
{
    auto *dialog = new MappingPublishDialog(m_cache, m_model->draft(), MappingPublishDialog::Publish, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace livedna
