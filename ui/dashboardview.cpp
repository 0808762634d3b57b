#include "ui/views.h"

#include "core/domain/measures.h"
#include "core/models/format.h"
#include "core/render/export.h"
#include "core/render/palette.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/qcp.h"

#include <algorithm>
#include <numeric>

namespace livedna {

namespace {

QFont uiFont(double pointSize, bool bold = false)
{
    QFont f = QApplication::font();
    f.setPointSizeF(pointSize);
    if (bold)
        f.setWeight(QFont::DemiBold);
    return f;
}

void stylePlot(QCustomPlot *plot, const QString &title)
{
    plot->setBackground(Qt::white);
    plot->setAntialiasedElements(QCP::aeAll);
    plot->setNoAntialiasingOnDrag(true);
    plot->plotLayout()->insertRow(0);
    auto *t = new QCPTextElement(plot, title, uiFont(10, true));
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

// Pounds on a value axis, with k/m suffixes.
class GbpTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override { return Format::gbp(tick); }
};

class PercentTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override { return Format::percent(tick); }
};

QCPBars *hbars(QCustomPlot *plot, const QColor &c, const QString &name)
{
    auto *bars = new QCPBars(plot->yAxis, plot->xAxis);
    bars->setName(name);
    bars->setPen(Qt::NoPen);
    bars->setBrush(c);
    bars->setWidth(0.72);
    return bars;
}

void nameAxis(QCPAxis *axis, const QStringList &labels)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QFontMetrics fm(axis->tickLabelFont());
    for (int i = 0; i < labels.size(); ++i)
        ticker->addTick(i, fm.elidedText(labels.at(i), Qt::ElideRight, 190));
    axis->setTicker(ticker);
    axis->setRange(-0.6, labels.size() - 0.4);
    axis->grid()->setVisible(false);
}

void showLegend(QCustomPlot *plot)
{
    plot->legend->setVisible(true);
    plot->legend->setBrush(QColor(255, 255, 255, 230));
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setFont(uiFont(8));
    plot->legend->setTextColor(colours::mutedInk());
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
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
    grid->addWidget(m_comparators, 1, 1);
    layout->addLayout(grid, 1);
    for (QCustomPlot *p : std::as_const(m_plots)) {
        p->setMinimumSize(320, 240);
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
    clear();
}

void DashboardView::clear()
{
    for (QCustomPlot *p : std::as_const(m_plots)) {
        p->clearPlottables();
        p->replot();
    }
    m_header->setText(tr("Select an organisation to see its dashboard."));
}

void DashboardView::setOrganisation(Cache *cache, const Organisation &org, const Catalogue &catalogue)
{
    struct Row
    {
        QString id, name;
        double total = 0, frontline = 0, overhead = 0, standard = 0, bespoke = 0;
        std::optional<double> reported;
    };
    QList<Row> rows;
    CostSplit whole;
    for (const Service &s : org.services) {
        const CostSplit c = measureService(s, catalogue);
        whole += c;
        Row r{s.id, s.name, c.total, c.frontline, c.overhead, 0, 0, s.reportedCostGbp};
        for (const BrickInstance &b : s.bricks)
            (b.isStandard() ? r.standard : r.bespoke) += b.annualCostGbp;
        rows.append(r);
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.total > b.total; });
    // Show the largest services; the rest are folded into one bar so nothing disappears.
    const int shown = 14;
    if (rows.size() > shown) {
        Row rest;
        rest.name = tr("%n other service(s)", nullptr, int(rows.size() - shown + 1));
        for (int i = shown - 1; i < rows.size(); ++i) {
            rest.total += rows.at(i).total;
            rest.frontline += rows.at(i).frontline;
            rest.overhead += rows.at(i).overhead;
            rest.standard += rows.at(i).standard;
            rest.bespoke += rows.at(i).bespoke;
        }
        rows.resize(shown - 1);
        rows.append(rest);
    }
    std::reverse(rows.begin(), rows.end()); // largest at the top of a horizontal bar chart
    QStringList names;
    m_serviceIds.clear();
    QVector<double> keys, front, over, stdv, besp;
    for (int i = 0; i < rows.size(); ++i) {
        names << rows.at(i).name;
        m_serviceIds << rows.at(i).id;
        keys << i;
        front << rows.at(i).frontline;
        over << rows.at(i).overhead;
        stdv << rows.at(i).standard;
        besp << rows.at(i).bespoke;
    }
    const double bespokeCost = std::accumulate(besp.begin(), besp.end(), 0.0);
    m_header->setText(tr("<span style='font-size:14pt;font-weight:600'>%1</span> &nbsp; <span style='color:#4b5563'>%2 a year · "
                         "%3 frontline · %4 of spend on bespoke bricks · period %5</span>")
                          .arg(org.name.toHtmlEscaped(), Format::gbp(whole.total),
                               whole.total > 0 ? Format::percent(whole.frontline / whole.total) : QStringLiteral("—"),
                               whole.total > 0 ? Format::percent(bespokeCost / whole.total) : QStringLiteral("—"),
                               org.period.toHtmlEscaped()));

    QSharedPointer<QCPAxisTicker> gbp(new GbpTicker);
    auto resetPlot = [](QCustomPlot *p, const QString &title) {
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
    };

    resetPlot(m_spend, tr("Spend by service: frontline and overhead"));
    QCPBars *f = hbars(m_spend, colours::frontline(), tr("Frontline"));
    QCPBars *o = hbars(m_spend, colours::overhead(), tr("Overhead"));
    o->moveAbove(f);
    f->setData(keys, front, true);
    o->setData(keys, over, true);
    nameAxis(m_spend->yAxis, names);
    m_spend->xAxis->setTicker(gbp);
    m_spend->xAxis->rescale();
    m_spend->xAxis->setRangeLower(0);
    m_spend->xAxis->setRangeUpper(m_spend->xAxis->range().upper * 1.05 + 1);
    showLegend(m_spend);
    m_spend->replot();

    resetPlot(m_build, tr("Standard commons bricks versus bespoke, by service"));
    QCPBars *s = hbars(m_build, colours::standard(), tr("Standard"));
    QCPBars *b = hbars(m_build, colours::bespoke(), tr("Bespoke"));
    b->setBrush(QBrush(colours::bespoke(), Qt::BDiagPattern));
    b->setPen(QPen(colours::bespoke(), 1));
    b->moveAbove(s);
    s->setData(keys, stdv, true);
    b->setData(keys, besp, true);
    nameAxis(m_build->yAxis, names);
    m_build->xAxis->setTicker(gbp);
    m_build->xAxis->rescale();
    m_build->xAxis->setRangeLower(0);
    m_build->xAxis->setRangeUpper(m_build->xAxis->range().upper * 1.05 + 1);
    showLegend(m_build);
    m_build->replot();

    // Mapping coverage, only where a reported cost exists (spec: coverage needs reported > 0).
    resetPlot(m_coverage, tr("Mapping coverage: share of reported cost mapped into bricks"));
    QStringList covNames;
    QVector<double> covKeys, covValues;
    QList<QPair<double, QString>> coverage;
    for (const Service &sv : org.services) {
        if (const std::optional<double> cov = mappingCoverage(measureService(sv, catalogue)))
            coverage.append({*cov, sv.name});
    }
    // Least mapped at the top: that is where the unexplained spend is.
    std::sort(coverage.begin(), coverage.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
    for (const auto &c : std::as_const(coverage)) {
        covNames << c.second;
        covValues << c.first;
    }
    if (covNames.isEmpty()) {
        auto *msg = new QCPItemText(m_coverage);
        msg->position->setType(QCPItemPosition::ptAxisRectRatio);
        msg->position->setCoords(0.5, 0.5);
        msg->setText(tr("No service of this organisation publishes a reported cost."));
        msg->setColor(colours::mutedInk());
        m_coverage->xAxis->setVisible(false);
        m_coverage->yAxis->setVisible(false);
    } else {
        for (int i = 0; i < covNames.size(); ++i)
            covKeys << i;
        QCPBars *cb = hbars(m_coverage, QColor(0x56, 0xB4, 0xE9), tr("Mapped"));
        cb->setData(covKeys, covValues, true);
        nameAxis(m_coverage->yAxis, covNames);
        m_coverage->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new PercentTicker));
        m_coverage->xAxis->setRange(0, std::max(1.05, *std::max_element(covValues.begin(), covValues.end()) * 1.05));
        auto *full = new QCPItemStraightLine(m_coverage);
        full->point1->setCoords(1, 0);
        full->point2->setCoords(1, 1);
        full->setPen(QPen(colours::mutedInk(), 1, Qt::DashLine));
    }
    m_coverage->replot();

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
    auto *title = new QCPTextElement(m_comparators, tr("Compared with %1").arg(sel.describe()), uiFont(10, true));
    title->setTextColor(colours::ink());
    m_comparators->plotLayout()->addElement(0, 0, title);
    auto *rectsRow = new QCPLayoutGrid;
    m_comparators->plotLayout()->addElement(1, 0, rectsRow);
    const QStringList measures = {tr("Total"), tr("Overhead share"), tr("Bespoke share of bricks"), tr("Cost per resident")};
    QCPMarginGroup *group = new QCPMarginGroup(m_comparators);
    for (int mIdx = 0; mIdx < measures.size(); ++mIdx) {
        auto *rect = new QCPAxisRect(m_comparators);
        rectsRow->addElement(0, mIdx, rect);
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
        x->setLabel(measures.at(mIdx));
        x->setLabelFont(uiFont(8));
        x->setTickLabelFont(uiFont(7.5));
        if (mIdx == 0) {
            nameAxis(y, compNames);
        } else {
            y->setRange(-0.6, compNames.size() - 0.4);
            y->setTickLabels(false);
            y->setTicks(false);
            y->grid()->setVisible(false);
        }
        QVector<double> k, v, kSelf, vSelf;
        for (int i = 0; i < comp.size(); ++i) {
            const ComparatorRow &r = comp.at(i);
            double value = 0;
            switch (mIdx) {
            case 0: value = r.total; break;
            case 1: value = r.overheadShare; break;
            case 2: value = r.bespokeShare; break;
            default: value = r.costPerResident.value_or(0.0); break;
            }
            (r.self ? kSelf : k) << i;
            (r.self ? vSelf : v) << value;
        }
        auto *others = new QCPBars(y, x);
        others->setPen(Qt::NoPen);
        others->setBrush(QColor(0xA8, 0xB3, 0xC2));
        others->setWidth(0.7);
        others->setData(k, v);
        auto *self = new QCPBars(y, x);
        self->setPen(Qt::NoPen);
        self->setBrush(colours::frontline());
        self->setWidth(0.7);
        self->setData(kSelf, vSelf);
        if (mIdx == 0 || mIdx == 3) {
            x->setTicker(QSharedPointer<QCPAxisTicker>(new GbpTicker));
        } else {
            x->setTicker(QSharedPointer<QCPAxisTicker>(new PercentTicker));
        }
        // Narrow panels: few ticks keep the labels apart.
        x->ticker()->setTickCount(mIdx == 0 ? 1 : 2);
        x->rescale();
        x->setRangeLower(0);
        x->setRangeUpper(std::max(x->range().upper * 1.1, mIdx == 1 || mIdx == 2 ? 0.1 : 1.0));
    }
    // The first panel also carries the organisation names in its margin.
    rectsRow->setColumnStretchFactor(0, 1.5);
    m_comparators->setAccessibleName(tr("Comparators"));
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
