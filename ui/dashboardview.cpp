#include "ui/views.h"

#include "core/domain/measures.h"
#include "core/models/figures.h"
#include "core/models/format.h"
#include "core/render/export.h"
#include "core/render/palette.h"

#include <QApplication>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/accessibility.h"
#include "ui/chartkeyboard.h"
#include "ui/charts/chartsupport.h"
#include "ui/peerbenchmarkview.h"
#include "ui/qcp.h"

#include <QTimer>

#include <algorithm>
#include <numeric>

namespace livedna {

namespace {

// Never below the legible minimum (charts::font), whatever size a caller asks for.
QFont uiFont(double pointSize, bool bold = false)
{
    return charts::font(pointSize, bold);
}

void stylePlot(QCustomPlot *plot, const QString &title)
{
    plot->setBackground(Qt::white);
    plot->setAntialiasedElements(QCP::aeAll);
    plot->setNoAntialiasingOnDrag(true);
    plot->plotLayout()->insertRow(0);
    // Wrapped to the chart's width: a title element does not wrap, and at 1024 px or in
    // Welsh a long title ran past both edges.
    auto *t = new QCPTextElement(plot, charts::wrappedTo(title, uiFont(10, true), std::max(120, plot->width() - 16)),
                                 uiFont(10, true));
    t->setTextColor(colours::ink());
    plot->plotLayout()->addElement(0, 0, t);
    for (QCPAxis *a : {plot->xAxis, plot->yAxis}) {
        a->setBasePen(QPen(QColor(0xD1, 0xD5, 0xDB)));
        a->setTickPen(QPen(QColor(0xD1, 0xD5, 0xDB)));
        a->setSubTickPen(Qt::NoPen);
        a->setTickLabelColor(colours::mutedInk());
        a->setLabelColor(colours::mutedInk());
        a->grid()->setPen(QPen(QColor(0xEE, 0xF0, 0xF3)));
        a->grid()->setZeroLinePen(QPen(QColor(0xD1, 0xD5, 0xDB)));
    }
    plot->xAxis->setTickLabelFont(uiFont(8));
    plot->yAxis->setTickLabelFont(uiFont(8.5));
    plot->setAccessibleName(title);
}

QCPBars *hbars(QCustomPlot *plot, const QColor &c, const QString &name)
{
    auto *bars = new QCPBars(plot->yAxis, plot->xAxis);
    bars->setName(name);
    bars->setPen(Qt::NoPen);
    bars->setBrush(c);
    bars->setWidth(0.72);
    return bars;
}

void nameAxis(QCPAxis *axis, const QStringList &labels, int maxWidth = 190)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QFontMetrics fm(axis->tickLabelFont());
    for (int i = 0; i < labels.size(); ++i)
        ticker->addTick(i, fm.elidedText(labels.at(i), Qt::ElideRight, maxWidth));
    axis->setTicker(ticker);
    axis->setRange(-0.6, labels.size() - 0.4);
    axis->grid()->setVisible(false);
}

void showLegend(QCustomPlot *plot)
{
    plot->legend->setVisible(true);
    plot->legend->setBrush(QColor(255, 255, 255, 230));
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setTextColor(colours::mutedInk());
    // Below the chart, in columns: inside it, the legend covered bars and names.
    charts::legendBelow(plot, 3);
}

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    m_spend = new QCustomPlot(this);
    m_build = new QCustomPlot(this);
    m_coverage = new QCustomPlot(this);
    m_comparators = new QCustomPlot(this);
    m_plots = {m_spend, m_build, m_coverage, m_comparators};
    grid->addWidget(m_spend, 0, 0);
    grid->addWidget(m_build, 0, 1);
    grid->addWidget(m_coverage, 1, 0);
    m_benchmarks = new PeerBenchmarkView(this);
    auto *peers = new QTabWidget(this);
    peers->setDocumentMode(true);
    peers->addTab(m_comparators, tr("Peers"));
    peers->addTab(m_benchmarks, tr("Spend per head"));
    grid->addWidget(peers, 1, 1);
    // Two equal columns: by their size hints the tabbed peers took most of a wide window and
    // left the spend chart narrow.
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid, 1);
    for (QCustomPlot *p : std::as_const(m_plots)) {
        // 280 wide: two charts and the organisation list side by side still fit 1024 px.
        p->setMinimumSize(280, 240);
        p->setInteractions(QCP::iSelectPlottables);
        p->setFocusPolicy(Qt::StrongFocus);
    }
    // Clicking a service's bar opens its bricks; clicking a comparator opens it.
    auto onClick = [this](QCustomPlot *plot, QMouseEvent *event, bool comparators) {
        const double key = plot->yAxis->pixelToCoord(event->pos().y());
        const int i = int(std::lround(key));
        if (comparators) {
            // The comparator plot's axis rects each show one measure; rows are organisations.
            for (QCPAxisRect *r : plot->axisRects()) {
                if (r->rect().contains(event->pos())) {
                    const int row = int(std::lround(r->axis(QCPAxis::atLeft)->pixelToCoord(event->pos().y())));
                    if (row >= 0 && row < m_comparatorCodes.size())
                        Q_EMIT organisationActivated(m_comparatorCodes.at(row));
                }
            }
            return;
        }
        if (i >= 0 && i < m_serviceIds.size() && std::abs(key - i) < 0.4)
            Q_EMIT serviceActivated(m_serviceIds.at(i));
    };
    connect(m_spend, &QCustomPlot::mouseDoubleClick, this, [=](QMouseEvent *e) { onClick(m_spend, e, false); });
    connect(m_build, &QCustomPlot::mouseDoubleClick, this, [=](QMouseEvent *e) { onClick(m_build, e, false); });
    connect(m_comparators, &QCustomPlot::mouseDoubleClick, this, [=](QMouseEvent *e) { onClick(m_comparators, e, true); });
    // The same without a mouse: Up and Down choose a row, Enter opens it.
    auto openService = [this](int row) {
        if (row < m_serviceIds.size())
            Q_EMIT serviceActivated(m_serviceIds.at(row));
    };
    new ChartKeyboard(m_spend, openService);
    new ChartKeyboard(m_build, openService);
    new ChartKeyboard(m_comparators, [this](int row) {
        if (row < m_comparatorCodes.size())
            Q_EMIT organisationActivated(m_comparatorCodes.at(row));
    });
    clear();
}

// Rows and panels depend on the charts' size: plot again once a resize settles.
// The comparators' name margin: the longest name (elided to 120 or 190 px by nameAxis) and
// the axis' padding.
int DashboardView::comparatorNamesWidth(const QStringList &names) const
{
    int widest = 0;
    const QFontMetrics metrics(uiFont(9));
    for (const QString &n : names)
        widest = std::max(widest, metrics.horizontalAdvance(n));
    return std::min(widest, m_comparators->width() < 640 ? 120 : 190) + 8;
}

// The width each comparator panel has for its bars and their values.
double DashboardView::comparatorPanelWidth(const QStringList &names, int panels) const
{
    const int room = m_comparators->width() - comparatorNamesWidth(names) - 16 * std::max(1, panels);
    return std::max(60.0, double(room) / std::max(1, panels));
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_org || m_replotQueued)
        return;
    m_replotQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_replotQueued = false;
        const QSize now = m_spend->size();
        if (m_org && (std::abs(now.height() - m_plottedAt.height()) > 12 || std::abs(now.width() - m_plottedAt.width()) > 40))
            setOrganisation(m_cache, *m_org, m_catalogue);
    });
}

void DashboardView::clear()
{
    m_org.reset();
    for (QCustomPlot *p : std::as_const(m_plots)) {
        p->clearPlottables();
        p->replot();
    }
    m_header->setText(tr("Select an organisation to see its dashboard."));
    m_benchmarks->clear();
}

// One bar of the spend and build charts. Mapped figures and reported spend not mapped into
// bricks are separate series, never mixed: the reported part is split by the service's layer.
struct ServiceBar
{
    QString id, name;
    double frontline = 0, overhead = 0, standard = 0, bespoke = 0;
    double reportedFrontline = 0, reportedOverhead = 0, reportedUnclassified = 0;
    double netIncome = 0; // negative reported net of an unmapped service: income above spending
    double size() const
    {
        return frontline + overhead + reportedFrontline + reportedOverhead + reportedUnclassified + netIncome;
    }
    ServiceBar &operator+=(const ServiceBar &o)
    {
        frontline += o.frontline;
        overhead += o.overhead;
        standard += o.standard;
        bespoke += o.bespoke;
        reportedFrontline += o.reportedFrontline;
        reportedOverhead += o.reportedOverhead;
        reportedUnclassified += o.reportedUnclassified;
        netIncome += o.netIncome;
        return *this;
    }
};

namespace {

ServiceBar serviceBar(const Service &s, const Catalogue &catalogue, const QString &orgPeriod)
{
    const CostSplit c = measureService(s, catalogue);
    ServiceBar r;
    r.id = s.id;
    r.name = s.period.isEmpty() || s.period == orgPeriod ? s.name : DashboardView::tr("%1 (%2)").arg(s.name, s.period);
    r.frontline = c.frontline;
    r.overhead = c.overhead;
    for (const BrickInstance &b : s.bricks)
        (b.isStandard() ? r.standard : r.bespoke) += b.annualCostGbp;
    if (s.reportedCostGbp) {
        const double gap = *s.reportedCostGbp - c.total;
        if (*s.reportedCostGbp < 0 && c.bricks == 0)
            r.netIncome = *s.reportedCostGbp;
        else if (gap > 0)
            (!s.layer ? r.reportedUnclassified
                      : *s.layer == Layer::Frontline ? r.reportedFrontline : r.reportedOverhead) += gap;
    }
    return r;
}

// The largest services, the rest folded into one bar so nothing disappears; largest on top.
// `shown` is as many rows as the chart can name without the names running together.
QList<ServiceBar> serviceBars(const Organisation &org, const Catalogue &catalogue, int shown)
{
    QList<ServiceBar> rows;
    for (const Service &s : org.services)
        rows.append(serviceBar(s, catalogue, org.period));
    std::sort(rows.begin(), rows.end(), [](const ServiceBar &a, const ServiceBar &b) { return a.size() > b.size(); });
    if (rows.size() > shown) {
        ServiceBar rest;
        rest.name = DashboardView::tr("%n other service(s)", nullptr, int(rows.size() - shown + 1));
        for (int i = shown - 1; i < rows.size(); ++i)
            rest += rows.at(i);
        rows.resize(shown - 1);
        rows.append(rest);
    }
    std::reverse(rows.begin(), rows.end());
    return rows;
}

void resetPlot(QCustomPlot *p, const QString &title)
{
    p->clearPlottables();
    p->clearItems();
    p->plotLayout()->clear();
    p->plotLayout()->addElement(0, 0, new QCPAxisRect(p));
    p->xAxis = p->axisRect()->axis(QCPAxis::atBottom);
    p->yAxis = p->axisRect()->axis(QCPAxis::atLeft);
    p->xAxis2 = p->axisRect()->axis(QCPAxis::atTop);
    p->yAxis2 = p->axisRect()->axis(QCPAxis::atRight);
    p->legend = new QCPLegend;
    p->axisRect()->insetLayout()->addElement(p->legend, Qt::AlignRight | Qt::AlignBottom);
    p->legend->setLayer(QStringLiteral("legend"));
    p->legend->setVisible(false);
    stylePlot(p, title);
}

// A chart with nothing to draw says why, centred, instead of showing empty axes.
void showEmptyMessage(QCustomPlot *plot, const QString &text)
{
    auto *msg = new QCPItemText(plot);
    msg->position->setType(QCPItemPosition::ptAxisRectRatio);
    msg->position->setCoords(0.5, 0.5);
    msg->setText(text);
    msg->setColor(colours::mutedInk());
    msg->setFont(uiFont(9));
    msg->setTextAlignment(Qt::AlignCenter);
    plot->xAxis->setVisible(false);
    plot->yAxis->setVisible(false);
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->grid()->setVisible(false);
}

// Wraps a message at about `width` characters (QCPItemText does not wrap by itself).
QString wrapped(const QString &text, int width = 46)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '))) {
        if (!line.isEmpty() && line.size() + word.size() + 1 > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    lines << line;
    return lines.join(QLatin1Char('\n'));
}

// Stacked series on one value axis: each (name, colour, values) with any non-zero value.
struct Series
{
    QString name;
    QBrush brush;
    QVector<double> values;
};

void stackBars(QCustomPlot *plot, const QVector<double> &keys, const QList<Series> &series)
{
    QCPBars *below = nullptr;
    for (const Series &s : series) {
        if (std::all_of(s.values.begin(), s.values.end(), [](double v) { return v == 0.0; }))
            continue;
        QCPBars *bars = hbars(plot, s.brush.color(), s.name);
        bars->setBrush(s.brush);
        if (s.brush.style() != Qt::SolidPattern)
            bars->setPen(QPen(s.brush.color(), 1));
        bars->setData(keys, s.values, true);
        // Negative values (net income) start at zero instead of stacking.
        if (below && std::all_of(s.values.begin(), s.values.end(), [](double v) { return v >= 0.0; }))
            bars->moveAbove(below);
        below = bars;
    }
}

// Category rows a chart of this height can name: its title, value axis and legend take
// about 110 px; never more than 14 rows, never fewer than 4.
int rowsFor(const QCustomPlot *plot)
{
    return std::clamp(charts::rowsThatFit(plot->height() - 110), 4, 14);
}

void moneyAxis(QCustomPlot *plot)
{
    // The tick count follows the axis length and the labels' width ("£1.00m£1.25m" ran together).
    charts::moneyTicks(plot->xAxis);
    plot->xAxis->rescale();
    const QCPRange r = plot->xAxis->range();
    plot->xAxis->setRange(std::min(0.0, r.lower * 1.05), std::max(0.0, r.upper) * 1.05 + 1);
}

} // namespace

void DashboardView::setOrganisation(Cache *cache, const Organisation &org, const Catalogue &catalogue)
{
    m_cache = cache;
    if (!m_org || &*m_org != &org)
        m_org = org;
    m_catalogue = catalogue;
    m_plottedAt = m_spend->size();
    const OrgFigures figures = organisationFigures(org, catalogue);
    const QList<ServiceBar> rows = serviceBars(org, catalogue, rowsFor(m_spend));
    m_header->setText(tr("<span style='font-size:14pt;font-weight:600'>%1</span><br/>%2")
                          .arg(org.name.toHtmlEscaped(), Figures::organisationSummaryHtml(org, figures)));
    m_header->setToolTip(Figures::sourcesList(org.sources));
    QStringList names;
    m_serviceIds.clear();
    QVector<double> keys;
    for (int i = 0; i < rows.size(); ++i) {
        names << rows.at(i).name;
        m_serviceIds << rows.at(i).id;
        keys << i;
    }
    plotSpend(rows, keys, names, org);
    plotBuild(rows, keys, names, figures);
    plotCoverage(org, catalogue);
    plotComparators(cache, org);
    m_benchmarks->setOrganisation(cache, org);
}

void DashboardView::plotSpend(const QList<ServiceBar> &rows, const QVector<double> &keys, const QStringList &names,
                              const Organisation &org)
{
    resetPlot(m_spend, tr("Spend by service, %1").arg(org.period));
    auto column = [&rows](double ServiceBar::*member) {
        QVector<double> v;
        for (const ServiceBar &r : rows)
            v << r.*member;
        return v;
    };
    QColor grey(0x9C, 0xA3, 0xAF);
    stackBars(m_spend, keys,
              {{tr("Frontline, in bricks"), accessibility::seriesBrush(colours::frontline(), false, accessibility::Hatch::None), column(&ServiceBar::frontline)},
               {tr("Overhead, in bricks"), accessibility::seriesBrush(colours::overhead(), false, accessibility::Hatch::Diagonal), column(&ServiceBar::overhead)},
               {tr("Reported frontline"), accessibility::seriesBrush(colours::frontline(), true, accessibility::Hatch::None), column(&ServiceBar::reportedFrontline)},
               {tr("Reported overhead"), accessibility::seriesBrush(colours::overhead(), true, accessibility::Hatch::Diagonal), column(&ServiceBar::reportedOverhead)},
               {tr("Reported, unclassified"), accessibility::seriesBrush(grey, true, accessibility::Hatch::Horizontal), column(&ServiceBar::reportedUnclassified)},
               {tr("Net income"), QColor(0x04, 0x78, 0x57), column(&ServiceBar::netIncome)}});
    if (m_spend->plottableCount() == 0) {
        showEmptyMessage(m_spend, wrapped(tr("No service of this organisation has a published cost or a brick.")));
    } else {
        nameAxis(m_spend->yAxis, names, std::min(190, m_spend->width() * 2 / 5));
        moneyAxis(m_spend);
        showLegend(m_spend);
    }
    m_spend->replot();
}

void DashboardView::plotBuild(const QList<ServiceBar> &rows, const QVector<double> &keys, const QStringList &names,
                              const OrgFigures &figures)
{
    resetPlot(m_build, tr("Standard versus bespoke bricks"));
    if (figures.mapped.bricks == 0) {
        showEmptyMessage(m_build, wrapped(tr("No service is mapped into bricks yet, so there is no standard or "
                                             "bespoke spend to compare. The reported split is in the header.")));
        m_build->replot();
        return;
    }
    QVector<double> stdv, besp;
    for (const ServiceBar &r : rows) {
        stdv << r.standard;
        besp << r.bespoke;
    }
    QCPBars *s = hbars(m_build, colours::standard(), tr("Standard"));
    QCPBars *b = hbars(m_build, colours::bespoke(), tr("Bespoke"));
    b->setBrush(QBrush(colours::bespoke(), Qt::BDiagPattern));
    b->setPen(QPen(colours::bespoke(), 1));
    b->moveAbove(s);
    s->setData(keys, stdv, true);
    b->setData(keys, besp, true);
    nameAxis(m_build->yAxis, names, std::min(190, m_build->width() * 2 / 5));
    moneyAxis(m_build);
    showLegend(m_build);
    // The legend names only what is drawn.
    if (std::all_of(stdv.cbegin(), stdv.cend(), [](double v) { return v == 0.0; }))
        s->removeFromLegend();
    if (std::all_of(besp.cbegin(), besp.cend(), [](double v) { return v == 0.0; }))
        b->removeFromLegend();
    m_build->replot();
}

// Mapping coverage, only where a reported cost exists (spec: coverage needs reported > 0).
void DashboardView::plotCoverage(const Organisation &org, const Catalogue &catalogue)
{
    resetPlot(m_coverage, tr("Share of reported cost mapped into bricks"));
    QList<QPair<double, QString>> coverage;
    bool anyReported = false;
    for (const Service &sv : org.services) {
        anyReported = anyReported || sv.reportedCostGbp.has_value();
        const CostSplit split = measureService(sv, catalogue);
        if (split.bricks == 0)
            continue;
        if (const std::optional<double> cov = mappingCoverage(split))
            coverage.append({*cov, sv.name});
    }
    if (coverage.isEmpty()) {
        showEmptyMessage(m_coverage, wrapped(anyReported ? tr("No service with a published cost is mapped into bricks yet.")
                                                         : tr("No service of this organisation publishes a reported cost.")));
        m_coverage->replot();
        return;
    }
    // Least mapped at the top: that is where the unexplained spend is. The best mapped go
    // first when the chart cannot name every service.
    std::sort(coverage.begin(), coverage.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
    // (No legend here: two rows more than the stacked charts.)
    const int fit = rowsFor(m_coverage) + 2;
    if (coverage.size() > fit)
        coverage = coverage.mid(coverage.size() - fit);
    QStringList covNames;
    QVector<double> covKeys, covValues;
    for (const auto &c : std::as_const(coverage)) {
        covKeys << covNames.size();
        covNames << c.second;
        covValues << c.first;
    }
    QCPBars *cb = hbars(m_coverage, QColor(0x56, 0xB4, 0xE9), tr("Mapped"));
    cb->setData(covKeys, covValues, true);
    nameAxis(m_coverage->yAxis, covNames);
    charts::percentTicks(m_coverage->xAxis);
    // Room right of 100% for its label (QCustomPlot leaves out a label cut by the edge).
    m_coverage->xAxis->setRange(0, std::max(1.15, *std::max_element(covValues.begin(), covValues.end()) * 1.15));
    auto *full = new QCPItemStraightLine(m_coverage);
    full->point1->setCoords(1, 0);
    full->point2->setCoords(1, 1);
    full->setPen(QPen(colours::mutedInk(), 1, Qt::DashLine));
    m_coverage->replot();
}

void DashboardView::plotComparators(Cache *cache, const Organisation &org)
{
    // Comparators: four measures, one axis rect each, organisations as rows.
    m_comparators->clearPlottables();
    m_comparators->clearItems();
    m_comparators->plotLayout()->clear();
    const QList<OrgSummary> all = cache ? cache->organisations() : QList<OrgSummary>();
    const ComparatorSelection sel = selectComparators(org, all, 8);
    QList<ComparatorRow> comp = comparatorRows(org.code, sel, all);
    std::reverse(comp.begin(), comp.end());
    m_comparatorCodes.clear();
    QStringList compNames;
    for (const ComparatorRow &r : comp) {
        compNames << r.name;
        m_comparatorCodes << r.code;
    }
    // A chart title does not wrap: a short title, and who the peers are in the smaller line
    // below ("organisations of the same kind and type" was cut at both ends at 1024 px).
    auto *title = new QCPTextElement(m_comparators, tr("Compared with its peers"), uiFont(10, true));
    title->setTextColor(colours::ink());
    m_comparators->plotLayout()->addElement(0, 0, title);
    // The comparators' figures are each organisation's latest year, whatever year is shown above.
    auto *years = new QCPTextElement(m_comparators, tr("%1\neach organisation's latest year").arg(sel.describe()),
                                     uiFont(8));
    years->setTextColor(colours::mutedInk());
    m_comparators->plotLayout()->addElement(1, 0, years);
    auto *rectsRow = new QCPLayoutGrid;
    m_comparators->plotLayout()->addElement(2, 0, rectsRow);
    // Reported figures beside mapped ones; an unknown value has no bar and says so.
    const QStringList measures = {tr("Reported"), tr("In bricks"), tr("Bespoke share"), tr("Reported per head")};
    QHash<QString, const OrgSummary *> summaryOf;
    for (const OrgSummary &o : all)
        summaryOf.insert(o.code, &o);
    auto measure = [&summaryOf](const ComparatorRow &r, int m) -> std::optional<double> {
        const OrgSummary *o = summaryOf.value(r.code);
        if (!o)
            return std::nullopt;
        switch (m) {
        case 0:
            return o->cost.reported;
        case 1:
            return o->cost.bricks > 0 ? std::optional<double>(o->cost.total) : std::nullopt;
        case 2:
            return o->cost.bricks > 0 ? std::optional<double>(r.bespokeShare) : std::nullopt;
        default:
            if (!o->cost.reported || !o->population || *o->population <= 0)
                return std::nullopt;
            return *o->cost.reported / double(*o->population);
        }
    };
    QCPMarginGroup *group = new QCPMarginGroup(m_comparators);
    struct PanelFit
    {
        QCPAxis *axis;
        QCPAxisRect *rect;
        double largest;
        int widest;
        double minimum;
    };
    std::vector<PanelFit> fits;
    // Only measures some organisation here has: a panel of "not mapped" rows says nothing.
    QList<int> panels;
    for (int mIdx = 0; mIdx < measures.size(); ++mIdx) {
        if (std::any_of(comp.cbegin(), comp.cend(), [&](const ComparatorRow &r) { return measure(r, mIdx).has_value(); }))
            panels.append(mIdx);
    }
    if (panels.isEmpty())
        panels.append(0);
    // A narrow dashboard keeps two panels wide enough for their values.
    if (m_comparators->width() < 640 && panels.size() > 2)
        panels = panels.mid(0, 2);
    for (int panel = 0; panel < panels.size(); ++panel) {
        const int mIdx = panels.at(panel);
        auto *rect = new QCPAxisRect(m_comparators);
        rectsRow->addElement(0, panel, rect);
        rect->setMarginGroup(QCP::msTop | QCP::msBottom, group);
        QCPAxis *x = rect->axis(QCPAxis::atBottom);
        QCPAxis *y = rect->axis(QCPAxis::atLeft);
        for (QCPAxis *a : {x, y}) {
            a->setBasePen(QPen(QColor(0xD1, 0xD5, 0xDB)));
            a->setTickPen(QPen(QColor(0xD1, 0xD5, 0xDB)));
            a->setSubTickPen(Qt::NoPen);
            a->setTickLabelColor(colours::mutedInk());
            a->grid()->setPen(QPen(QColor(0xEE, 0xF0, 0xF3)));
        }
        // Wrapped to the panel: "Reported per head" ran past a narrow panel's edge.
        x->setLabel(charts::wrappedTo(measures.at(mIdx), uiFont(9),
                                      int(comparatorPanelWidth(compNames, int(panels.size())))));
        x->setLabelFont(uiFont(8));
        x->setTickLabelFont(uiFont(7.5));
        if (panel == 0) {
            nameAxis(y, compNames, m_comparators->width() < 640 ? 120 : 190);
        } else {
            y->setRange(-0.6, compNames.size() - 0.4);
            y->setTickLabels(false);
            y->setTicks(false);
            y->grid()->setVisible(false);
        }
        QVector<double> k, v, kSelf, vSelf;
        for (int i = 0; i < comp.size(); ++i) {
            const ComparatorRow &r = comp.at(i);
            const std::optional<double> known = measure(r, mIdx);
            if (!known) {
                auto *unknown = new QCPItemText(m_comparators);
                unknown->setClipAxisRect(rect);
                unknown->position->setAxes(x, y);
                unknown->position->setCoords(0, i);
                unknown->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
                unknown->setText(mIdx == 1 || mIdx == 2 ? tr(" not mapped") : tr(" unknown"));
                unknown->setColor(colours::mutedInk());
                unknown->setFont(uiFont(7.5));
                continue;
            }
            const double value = *known;
            (r.self ? kSelf : k) << i;
            (r.self ? vSelf : v) << value;
        }
        auto *others = new QCPBars(y, x);
        others->setPen(Qt::NoPen);
        others->setBrush(QColor(0xA8, 0xB3, 0xC2));
        others->setWidth(0.7);
        others->setData(k, v);
        auto *self = new QCPBars(y, x);
        // This organisation's bar is outlined in ink as well as coloured: not colour alone.
        self->setPen(QPen(colours::ink(), 1.5));
        self->setBrush(colours::frontline());
        self->setWidth(0.7);
        self->setData(kSelf, vSelf);
        if (mIdx != 2)
            charts::moneyTicks(x);
        else
            charts::percentTicks(x);
        // Narrow panels: each bar carries its value instead of tick labels that collide, and
        // the range leaves room for the widest value beside the longest bar.
        x->setTickLabels(false);
        x->rescale();
        x->setRangeLower(0);
        const QFontMetrics valueMetrics(uiFont(9));
        int widest = 0;
        for (const ComparatorRow &r : std::as_const(comp)) {
            if (const std::optional<double> known = measure(r, mIdx))
                widest = std::max(widest, valueMetrics.horizontalAdvance(QStringLiteral(" ")
                                                                         + (mIdx == 2 ? Format::percent(*known) : Format::gbp(*known))));
        }
        const double panelWidth = comparatorPanelWidth(compNames, int(panels.size()));
        // At most 60 % of the range for the bars: the estimate of the panel's width is taken
        // before the layout settles, and real names and figures ("£18.7m") are wider than the
        // demo's, which were cut at the panel's edge.
        const double barShare = std::clamp(1.0 - (widest + 12) / panelWidth, 0.2, 0.6);
        fits.push_back({x, rect, x->range().upper, widest, mIdx == 2 ? 0.1 : 1.0});
        x->setRangeUpper(std::max(x->range().upper / barShare, fits.back().minimum));
        for (int i = 0; i < comp.size(); ++i) {
            const std::optional<double> known = measure(comp.at(i), mIdx);
            if (!known)
                continue;
            auto *label = new QCPItemText(m_comparators);
            label->setClipAxisRect(rect);
            label->position->setAxes(x, y);
            label->position->setCoords(*known, i);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            label->setText(QStringLiteral(" ") + (mIdx == 2 ? Format::percent(*known) : Format::gbp(*known)));
            label->setColor(colours::ink());
            label->setFont(uiFont(7.5));
        }
    }
    // The first panel also carries the organisation names in its margin: it is wider by them,
    // so every panel keeps the same room for its bars and values.
    const double panelWidth = comparatorPanelWidth(compNames, int(panels.size()));
    rectsRow->setColumnStretchFactor(0, (comparatorNamesWidth(compNames) + panelWidth) / panelWidth);
    m_comparators->setAccessibleName(tr("Comparators"));
    m_comparators->replot();
    // Now that the layout has given each panel its width, leave exactly the room the widest
    // value needs beside the longest bar (the estimate above is made before the layout).
    for (const PanelFit &f : fits) {
        const double share = std::clamp(1.0 - (f.widest + 12.0) / std::max(1, f.rect->width()), 0.15, 0.9);
        f.axis->setRangeUpper(std::max(f.largest / share, f.minimum));
    }
    m_comparators->replot();

}

Status DashboardView::exportTo(const QString &path)
{
    // The four plots in their on-screen arrangement, drawn as vectors where the format allows.
    const QSize cell(640, 420);
    const QSizeF size(cell.width() * 2, cell.height() * 2 + 50);
    const QString header = m_header->text();
    return savePaintingOnDevice(path, size, [this, cell, header](QPaintDevice *device, double scale) {
        {
            QPainter p(device);
            p.scale(scale, scale);
            p.fillRect(QRectF(0, 0, cell.width() * 2, cell.height() * 2 + 50), Qt::white);
            QTextDocument doc;
            doc.setHtml(header);
            p.translate(12, 10);
            doc.drawContents(&p);
        }
        for (int i = 0; i < m_plots.size(); ++i) {
            QCPPainter painter(device);
            painter.scale(scale, scale);
            painter.translate((i % 2) * cell.width(), 50 + (i / 2) * cell.height());
            m_plots.at(i)->toPainter(&painter, cell.width(), cell.height());
        }
    }, tr("Dashboard"));
}

} // namespace livedna
