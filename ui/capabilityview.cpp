#include "ui/views.h"

#include "core/analysis/instances.h"

#include "core/domain/measures.h"
#include "core/models/cachequeries.h"
#include "core/models/format.h"
#include "core/render/export.h"
#include "core/render/palette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/qcp.h"

#include <algorithm>
#include <cmath>

namespace livedna {

namespace {
class LogGbpTicker : public QCPAxisTickerLog
{
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override { return Format::gbp(tick); }
};

enum { CostSortRole = Qt::UserRole + 60 };

class InstanceItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int c = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (c == 4)
            return data(4, CostSortRole).toDouble() < other.data(4, CostSortRole).toDouble();
        return text(c).localeAwareCompare(other.text(c)) < 0;
    }
};
} // namespace

CapabilityView::CapabilityView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Capability:"), this);
    m_picker = new QComboBox(this);
    m_picker->setAccessibleName(tr("Capability"));
    m_picker->setMinimumWidth(280);
    label->setBuddy(m_picker);
    top->addWidget(label);
    top->addWidget(m_picker);
    top->addStretch(1);
    layout->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(left);
    m_plot->setMinimumHeight(220);
    m_plot->setAccessibleName(tr("Distribution of costs"));
    leftLayout->addWidget(m_plot, 2);
    m_alternatives = new QLabel(left);
    m_alternatives->setTextFormat(Qt::RichText);
    m_alternatives->setWordWrap(true);
    m_alternatives->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    leftLayout->addWidget(m_alternatives, 1);
    m_instances = new QTreeWidget(split);
    m_instances->setAccessibleName(tr("Instances of the capability"));
    m_instances->setHeaderLabels({tr("Organisation"), tr("Service"), tr("Brick"), tr("Build"), tr("Annual cost")});
    m_instances->setRootIsDecorated(false);
    m_instances->setAlternatingRowColors(true);
    m_instances->setSortingEnabled(true);
    m_instances->setUniformRowHeights(true);
    // Every column as wide as its names and figures (cutting them hid which organisation or
    // service a row is); a narrow pane scrolls sideways instead.
    m_instances->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_instances->header()->setStretchLastSection(false);
    m_instances->setTextElideMode(Qt::ElideRight);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({600, 600});
    layout->addWidget(split, 1);
    connect(m_picker, &QComboBox::currentIndexChanged, this, [this]() {
        m_capability = m_picker->currentData().toString();
        refresh();
    });
    connect(m_instances, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT serviceActivated(item->data(0, Qt::UserRole).toString(), item->data(1, Qt::UserRole).toString());
    });
}

void CapabilityView::setData(Cache *cache, const Catalogue &catalogue)
{
    m_cache = cache;
    m_catalogue = catalogue;
    const QSignalBlocker block(m_picker);
    m_picker->clear();
    QList<Capability> caps = catalogue.capabilities;
    std::sort(caps.begin(), caps.end(), [](const Capability &a, const Capability &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Capability &c : caps) {
        QPixmap swatch(12, 12);
        swatch.fill(capabilityColour(catalogue, c.id));
        m_picker->addItem(QIcon(swatch), c.name, c.id);
    }
    const int idx = m_picker->findData(m_capability);
    m_picker->setCurrentIndex(std::max(0, idx));
    m_capability = m_picker->currentData().toString();
    refresh();
}

void CapabilityView::showCapability(const QString &capabilityId)
{
    const int idx = m_picker->findData(capabilityId);
    if (idx < 0)
        return;
    if (idx == m_picker->currentIndex()) {
        m_capability = capabilityId;
        refresh();
    } else {
        m_picker->setCurrentIndex(idx);
    }
}

void CapabilityView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void CapabilityView::refresh()
{
    // Loading every organisation is only worth it when the view is on screen.
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    m_instances->clear();
    m_plot->clearPlottables();
    m_plot->clearItems();
    if (!m_cache || m_capability.isEmpty())
        return;
    const Capability *cap = m_catalogue.capability(m_capability);
    const Result<QList<CapabilityInstance>> instances = CacheQueries::capabilityInstances(*m_cache, m_capability);
    if (!instances)
        m_summary->setText(instances.errorString().toHtmlEscaped());
    QVector<double> stdCosts, bespokeCosts;
    QSet<QString> bespokeOrgs, standardOrgs;
    QTreeWidgetItem *focus = nullptr;
    m_instances->setUpdatesEnabled(false);
    for (const CapabilityInstance &b : instances ? instances.value() : QList<CapabilityInstance>()) {
        const bool standard = !b.uses.isEmpty();
        auto *item = new InstanceItem(m_instances);
        item->setText(0, b.orgName);
        item->setText(1, b.serviceName);
        item->setText(2, b.brickName.isEmpty() ? b.brickId : b.brickName);
        const CatalogueBrick *cb = standard ? m_catalogue.brick(b.uses) : nullptr;
        item->setText(3, standard ? tr("Standard: %1").arg(cb ? cb->name : b.uses) : tr("Bespoke"));
        item->setForeground(3, standard ? colours::standard().darker(130) : colours::bespoke().darker(120));
        item->setText(4, Format::gbp(b.cost));
        item->setData(4, CostSortRole, b.cost);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, b.orgCode);
        item->setData(1, Qt::UserRole, b.serviceId);
        (standard ? stdCosts : bespokeCosts) << b.cost;
        (standard ? standardOrgs : bespokeOrgs).insert(b.orgCode);
        if (!focus && b.orgCode == m_focusOrg)
            focus = item;
    }
    // Systems: organisations that run their own instance with no published cost.
    const Result<QList<CapabilityInstances>> systems = Instances::fromCache(*m_cache, {m_capability});
    QString systemsSentence;
    int runningOwn = 0; // bespoke bricks or systems, each organisation once
    if (systems && !systems.value().isEmpty()) {
        const CapabilityInstances &c = systems.value().first();
        runningOwn = int(c.organisations.size());
        systemsSentence = Instances::sentence(c);
        for (const ProductInstances &p : c.byProduct) {
            if (p.product.isEmpty())
                continue; // bespoke bricks are listed above with their costs
            for (const InstanceOrg &o : p.organisations) {
                auto *item = new InstanceItem(m_instances);
                item->setText(0, o.name);
                item->setText(1, QStringLiteral("—"));
                item->setText(2, p.vendor.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.vendor));
                item->setText(3, tr("System"));
                item->setText(4, tr("not published"));
                item->setForeground(4, colours::mutedInk());
                item->setData(4, CostSortRole, -1.0);
                item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
                item->setData(0, Qt::UserRole, o.code);
            }
        }
    }
    m_instances->setUpdatesEnabled(true);
    m_instances->sortItems(4, Qt::DescendingOrder);
    if (focus) {
        m_instances->setCurrentItem(focus);
        m_instances->scrollToItem(focus);
    }

    // Strip plot of every instance's cost (log scale), standard above bespoke.
    const CatalogueBrick *cheapest = m_catalogue.cheapestBrick(m_capability);
    m_plot->plotLayout()->clear();
    auto *rect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(0, 0, rect);
    m_plot->xAxis = rect->axis(QCPAxis::atBottom);
    m_plot->yAxis = rect->axis(QCPAxis::atLeft);
    m_plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new LogGbpTicker));
    m_plot->xAxis->setLabel(tr("Annual cost of each instance (log scale)"));
    QSharedPointer<QCPAxisTickerText> yt(new QCPAxisTickerText);
    yt->addTick(0, tr("Bespoke"));
    yt->addTick(1, tr("Standard"));
    m_plot->yAxis->setTicker(yt);
    m_plot->yAxis->setRange(-0.6, 1.6);
    m_plot->yAxis->grid()->setVisible(false);
    auto strip = [this](const QVector<double> &costs, double y, const QColor &c, QCPScatterStyle::ScatterShape shape) {
        auto *g = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
        g->setLineStyle(QCPGraph::lsNone);
        QColor fill = c;
        fill.setAlpha(150);
        // Many points: smaller, fainter markers so density shows instead of a solid blob.
        const bool crowded = costs.size() > 300;
        fill.setAlpha(crowded ? 70 : 150);
        QColor edge = c.darker(120);
        edge.setAlpha(crowded ? 110 : 255);
        g->setScatterStyle(QCPScatterStyle(shape, edge, fill, crowded ? 5 : 8));
        QVector<double> ys;
        // Deterministic jitter keeps overlapping points visible.
        for (int i = 0; i < costs.size(); ++i)
            ys << y + (double((quint32(i) * 2654435761u) >> 8 & 0xFFFF) / 65535.0 - 0.5) * 0.6;
        QVector<double> xs;
        for (double v : costs)
            xs << std::max(1.0, v);
        g->setData(xs, ys, false);
    };
    strip(bespokeCosts, 0, colours::bespoke(), QCPScatterStyle::ssDiamond);
    strip(stdCosts, 1, colours::standard(), QCPScatterStyle::ssCircle);
    m_plot->rescaleAxes();
    m_plot->yAxis->setRange(-0.6, 1.6);
    QCPRange xr = m_plot->xAxis->range();
    if (cheapest && cheapest->standardAnnualCostGbp > 0) {
        xr.lower = std::min(xr.lower, cheapest->standardAnnualCostGbp);
        xr.upper = std::max(xr.upper, cheapest->standardAnnualCostGbp);
        auto *line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(cheapest->standardAnnualCostGbp, 0);
        line->point2->setCoords(cheapest->standardAnnualCostGbp, 1);
        line->setPen(QPen(colours::standard(), 1.5, Qt::DashLine));
        auto *text = new QCPItemText(m_plot);
        text->position->setCoords(cheapest->standardAnnualCostGbp, 1.45);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        text->setText(tr(" cheapest commons brick %1").arg(Format::gbp(cheapest->standardAnnualCostGbp)));
        text->setColor(colours::standard().darker(140));
        QFont small = font();
        small.setPointSizeF(9); // the legible minimum (issue 13)
        text->setFont(small);
    }
    if (xr.lower > 0 && xr.upper > 0)
        m_plot->xAxis->setRange(xr.lower / 1.6, xr.upper * 1.6);
    if (bespokeCosts.isEmpty() && stdCosts.isEmpty()) {
        // Nothing costed: say why instead of drawing empty axes.
        m_plot->xAxis->setVisible(false);
        m_plot->yAxis->setVisible(false);
        m_plot->xAxis->grid()->setVisible(false);
        auto *msg = new QCPItemText(m_plot);
        msg->position->setType(QCPItemPosition::ptAxisRectRatio);
        msg->position->setCoords(0.5, 0.5);
        msg->setText(systemsSentence.isEmpty() ? tr("No organisation publishes a cost for this capability.")
                                               : tr("No organisation publishes a cost for this capability;\n"
                                                    "those that run it are listed with their products."));
        msg->setColor(colours::mutedInk());
    }
    m_plot->replot();

    double bespokeTotal = 0;
    for (double v : bespokeCosts)
        bespokeTotal += v;
    // A sum of no published cost is not £0.
    const QString bespoke = bespokeCosts.isEmpty()
                                ? tr("no bespoke instance with a published cost")
                                : tr("%1 bespoke instances in %2 organisations (%3 a year)")
                                      .arg(bespokeCosts.size())
                                      .arg(bespokeOrgs.size())
                                      .arg(Format::gbp(bespokeTotal));
    QString summary = tr("<span style='font-size:13pt;font-weight:600'>%1</span> &nbsp;<span style='color:#4b5563'>%2 · "
                         "%3 · %4 standard instances in %5 organisations</span>")
                          .arg((cap ? cap->name : m_capability).toHtmlEscaped(),
                               cap && cap->layer == Layer::Frontline ? tr("frontline") : tr("overhead"), bespoke.toHtmlEscaped())
                          .arg(stdCosts.size())
                          .arg(standardOrgs.size());
    if (!systemsSentence.isEmpty())
        summary += QStringLiteral("<br/>") + systemsSentence.toHtmlEscaped();
    m_summary->setText(summary);
    QString alt = tr("<b>Commons bricks that could replace the bespoke instances</b><ul>");
    const QList<const CatalogueBrick *> bricks = m_catalogue.bricksOf(m_capability);
    for (const CatalogueBrick *b : bricks)
        alt += QStringLiteral("<li>%1 — %2 a year%3</li>")
                   .arg(b->name.toHtmlEscaped(), Format::gbpFull(b->standardAnnualCostGbp),
                        b->provider.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(b->provider.toHtmlEscaped()));
    if (bricks.isEmpty())
        alt += tr("<li>None: the commons lacks a brick for this capability. %n organisation(s) running their own would benefit from one.</li>",
                  nullptr, runningOwn);
    alt += QStringLiteral("</ul>");
    m_alternatives->setText(alt);
}

Status CapabilityView::exportTo(const QString &path)
{
    const QSize size(900, 420);
    return savePaintingOnDevice(path, size, [this, size](QPaintDevice *device, double scale) {
        QCPPainter painter(device);
        painter.scale(scale, scale);
        m_plot->toPainter(&painter, size.width(), size.height());
    }, m_picker->currentText());
}

} // namespace livedna
