#include "ui/peerbenchmarkview.h"

#include "core/cache/cache.h"
#include "core/models/format.h"
#include "core/render/palette.h"

#include <QApplication>
#include <QLabel>
#include <QLoggingCategory>
#include <QSet>
#include <QVBoxLayout>

#include "ui/charts/chartsupport.h"
#include "ui/qcp.h"

#include <algorithm>

Q_LOGGING_CATEGORY(lcPeerBenchmarkView, "livedna.ui.benchmark")

namespace livedna {

namespace {

QFont smallFont(double pointSize, bool bold = false)
{
    QFont f = QApplication::font();
    f.setPointSizeF(pointSize);
    if (bold)
        f.setWeight(QFont::DemiBold);
    return f;
}

QString pounds(double v)
{
    return Format::gbpPerUnit(v);
}

// Names long enough to recognise, short enough for half a 1024-pixel window.
QString shortName(const QString &name)
{
    return name.size() > 28 ? name.left(26) + QStringLiteral("…") : name;
}

QString rowLabel(const PeerServiceBenchmark &s)
{
    const QString value = s.council.perHead ? pounds(*s.council.perHead) : PeerBenchmarkView::tr("unknown");
    return PeerBenchmarkView::tr("%1  %2").arg(shortName(s.serviceName), value);
}

// Positions in plot coordinates of this plot's own axis rect: x across, the row up.
void place(QCPItemPosition *p, QCPAxis *x, QCPAxis *y, double at, double row)
{
    p->setAxes(x, y);
    p->setCoords(at, row);
}

// Every row is on its distribution's own scale, so p10 … p90 are always at 10 … 90.
void drawRange(QCustomPlot *plot, QCPAxis *x, QCPAxis *y, double row)
{
    const QColor range(0x9C, 0xA3, 0xAF);
    auto *whisker = new QCPItemLine(plot);
    place(whisker->start, x, y, 10, row);
    place(whisker->end, x, y, 90, row);
    whisker->setPen(QPen(range, 1.2));
    auto *box = new QCPItemRect(plot);
    place(box->topLeft, x, y, 25, row + 0.22);
    place(box->bottomRight, x, y, 75, row - 0.22);
    box->setPen(QPen(range));
    box->setBrush(QColor(0xE5, 0xE7, 0xEB));
    auto *median = new QCPItemLine(plot);
    place(median->start, x, y, 50, row + 0.3);
    place(median->end, x, y, 50, row - 0.3);
    median->setPen(QPen(colours::ink(), 1.6));
    for (QCPAbstractItem *item : {static_cast<QCPAbstractItem *>(whisker), static_cast<QCPAbstractItem *>(box),
                                  static_cast<QCPAbstractItem *>(median)})
    {
        item->setClipAxisRect(x->axisRect());
        item->setLayer(QStringLiteral("grid")); // under the markers
    }
}

// Rows are the key axis (left), the scale the value axis (bottom).
QCPGraph *scatter(QCustomPlot *plot, QCPAxis *x, QCPAxis *y, const QString &name, QCPScatterStyle::ScatterShape shape,
                  const QColor &colour, double size)
{
    QCPGraph *g = plot->addGraph(y, x);
    g->setName(name);
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(shape, QPen(colour.darker(130), 1.2), colour, size));
    return g;
}

} // namespace

PeerBenchmarkView::PeerBenchmarkView(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_sources(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_plot, 1);
    m_sources->setWordWrap(true);
    m_sources->setFont(smallFont(8));
    m_sources->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sources->setStyleSheet(QStringLiteral("color: #4b5563"));
    layout->addWidget(m_sources);
    m_plot->setMinimumSize(300, 180);
    m_plot->setBackground(Qt::white);
    m_plot->setAntialiasedElements(QCP::aeAll);
    m_plot->setAccessibleName(tr("Spend per head against its class"));
    clear();
}

double PeerBenchmarkView::scalePosition(double v, const BenchmarkDistribution &d)
{
    if (!d.p10 || !d.p25 || !d.median || !d.p75 || !d.p90)
        return 50;
    const double p[] = {*d.p10, *d.p25, *d.median, *d.p75, *d.p90};
    const double q[] = {10, 25, 50, 75, 90};
    if (p[4] <= p[0]) // no spread: all at one value
        return v < p[0] ? 0 : v > p[4] ? 100 : 50;
    if (v < p[0]) {
        const double slope = p[1] > p[0] ? (q[1] - q[0]) / (p[1] - p[0]) : 0;
        return std::max(0.0, slope > 0 ? q[0] - (p[0] - v) * slope : 0.0);
    }
    if (v > p[4]) {
        const double slope = p[4] > p[3] ? (q[4] - q[3]) / (p[4] - p[3]) : 0;
        return std::min(100.0, slope > 0 ? q[4] + (v - p[4]) * slope : 100.0);
    }
    for (int i = 0; i < 4; ++i) {
        if (v <= p[i + 1])
            return p[i + 1] > p[i] ? q[i] + (v - p[i]) / (p[i + 1] - p[i]) * (q[i + 1] - q[i]) : (q[i] + q[i + 1]) / 2;
    }
    return 90;
}

void PeerBenchmarkView::clear(const QString &message)
{
    m_benchmark = PeerBenchmark();
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_plot->plotLayout()->clear();
    // Wrapped: a chart's text element does not wrap, and a long reason ran off the chart.
    auto *text = new QCPTextElement(m_plot, charts::wrapped(message.isEmpty() ? tr("Select a council to compare its spend per head.")
                                                                              : message),
                                    smallFont(9));
    text->setTextColor(colours::mutedInk());
    m_plot->plotLayout()->addElement(0, 0, text);
    m_plot->replot();
    m_sources->clear();
    m_sources->setToolTip(QString());
}

void PeerBenchmarkView::setOrganisation(Cache *cache, const Organisation &org)
{
    if (!cache || org.kind != OrgKind::Council) {
        clear(tr("Peer benchmarks cover councils only."));
        return;
    }
    const Result<PeerBenchmark> b = PeerBenchmarks::forOrganisation(*cache, org);
    if (!b.ok()) {
        qCInfo(lcPeerBenchmarkView) << "no benchmark for" << org.code << b.errorString();
        clear(cache->benchmarks().isEmpty()
                  ? tr("No benchmarks in this commons: sync one that publishes benchmarks.json.")
                  : tr("No benchmark for %1: %2").arg(org.code, b.errorString()));
        return;
    }
    setBenchmark(b.value());
}

void PeerBenchmarkView::setBenchmark(const PeerBenchmark &benchmark)
{
    clear();
    m_benchmark = benchmark;
    // Rows with a spread to draw, bottom to top in the order the commons lists the services.
    QList<const PeerServiceBenchmark *> rows;
    for (const PeerServiceBenchmark &s : m_benchmark.services) {
        if (s.distribution && s.distribution->p10 && s.distribution->p90 && *s.distribution->p90 > *s.distribution->p10)
            rows.prepend(&s);
    }
    if (rows.isEmpty()) {
        clear(m_benchmark.cls.isEmpty() ? tr("%1 has no benchmark class.").arg(m_benchmark.name)
                                        : tr("No service of %1 has a benchmark.").arg(m_benchmark.name));
        m_benchmark = benchmark;
        writeSources(rows);
        return;
    }
    plotRows(rows);
    writeSources(rows);
}

void PeerBenchmarkView::plotRows(const QList<const PeerServiceBenchmark *> &rows)
{
    m_plot->plotLayout()->clear();
    QStringList years;
    for (const PeerServiceBenchmark *s : rows) {
        if (!years.contains(s->benchmarkYear))
            years.append(s->benchmarkYear);
    }
    auto *title = new QCPTextElement(m_plot, tr("Spend per head against its class"), smallFont(10, true));
    title->setTextColor(colours::ink());
    m_plot->plotLayout()->addElement(0, 0, title);
    auto *sub = new QCPTextElement(m_plot,
                                   tr("%1, %2\n◆ this council  ● neighbours  ▭ p25–p75  — p10–p90  | median")
                                       .arg(m_benchmark.classLabel, years.join(QStringLiteral(", "))),
                                   smallFont(8));
    sub->setTextColor(colours::mutedInk());
    m_plot->plotLayout()->addElement(1, 0, sub);
    auto *rect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(2, 0, rect);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    QCPAxis *x = rect->axis(QCPAxis::atBottom);
    QCPAxis *y = rect->axis(QCPAxis::atLeft);
    const auto xt = QSharedPointer<QCPAxisTickerText>::create();
    xt->addTick(10, QStringLiteral("p10"));
    xt->addTick(25, QStringLiteral("p25"));
    xt->addTick(50, tr("median"));
    xt->addTick(75, QStringLiteral("p75"));
    xt->addTick(90, QStringLiteral("p90"));
    x->setTicker(xt);
    x->setRange(-2, 102);
    x->setTickLabelFont(smallFont(8));
    x->grid()->setPen(QPen(QColor(0xEE, 0xF0, 0xF3)));
    const auto yt = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < rows.size(); ++i)
        yt->addTick(i, rowLabel(*rows.at(i)));
    y->setTicker(yt);
    y->setTickLabelFont(smallFont(rows.size() > 10 ? 7.5 : 8));
    y->setRange(-0.6, rows.size() - 0.4);
    y->grid()->setVisible(false);
    for (QCPAxis *a : {x, y}) {
        a->setBasePen(QPen(QColor(0xD1, 0xD5, 0xDB)));
        a->setTickPen(QPen(QColor(0xD1, 0xD5, 0xDB)));
        a->setSubTickPen(Qt::NoPen);
        a->setTickLabelColor(colours::mutedInk());
    }
    QCPGraph *neighbours =
        scatter(m_plot, x, y, tr("neighbours"), QCPScatterStyle::ssCircle, QColor(0xBB, 0xBB, 0xBB), 5);
    QCPGraph *council = scatter(m_plot, x, y, shortName(m_benchmark.name), QCPScatterStyle::ssDiamond,
                                colours::frontline(), 10);
    for (int i = 0; i < rows.size(); ++i) {
        const PeerServiceBenchmark &s = *rows.at(i);
        drawRange(m_plot, x, y, i);
        for (const PeerNeighbourFigure &n : s.neighbours) {
            if (n.figure.perHead)
                neighbours->addData(i, scalePosition(*n.figure.perHead, *s.distribution));
        }
        if (s.council.perHead)
            council->addData(i, scalePosition(*s.council.perHead, *s.distribution));
    }
    m_plot->replot();
}

void PeerBenchmarkView::writeSources(const QList<const PeerServiceBenchmark *> &rows)
{
    QStringList lines, brief;
    QSet<QString> used;
    for (const PeerServiceBenchmark *s : rows)
        used.insert(s->distribution->source.section(QLatin1Char('#'), 0, 0));
    for (const BenchmarkSource &s : m_benchmark.sources) {
        if (!used.contains(s.id))
            continue;
        lines.append(tr("Benchmark: %1 (%2; %3), %4, %5.").arg(s.title, s.publisher, s.licence, s.file, s.year));
        brief.append(tr("Source: %1, %2.").arg(s.file, s.publisher));
    }
    QSet<QString> spendSources;
    QStringList yearNotes, none;
    for (const PeerServiceBenchmark &s : m_benchmark.services) {
        if (!s.council.costSource.isEmpty())
            spendSources.insert(s.council.costSource.section(QLatin1Char('#'), 0, 0));
        if (s.yearDiffers && !yearNotes.contains(s.yearNote))
            yearNotes.append(s.yearNote);
        if (!s.distribution)
            none.append(s.serviceName);
    }
    QStringList spend(spendSources.cbegin(), spendSources.cend());
    spend.sort();
    if (!spend.isEmpty()) {
        lines.append(tr("Spend: reported net cost (%1), %2.").arg(spend.join(QStringLiteral(", ")), m_benchmark.period));
        brief.append(tr("Spend: %1 net, %2.").arg(spend.join(QStringLiteral(", ")), m_benchmark.period));
    }
    lines.append(tr("Population: %1.").arg(m_benchmark.population ? m_benchmark.populationSource : tr("unknown")));
    brief.append(m_benchmark.populationYear.isEmpty() || !m_benchmark.population
                     ? tr("Population: %1.").arg(m_benchmark.population ? tr("organisation document") : tr("unknown"))
                     : tr("Population: %1.").arg(m_benchmark.populationYear));
    if (!yearNotes.isEmpty())
        brief.append(tr("Years differ: hover for details."));
    lines += yearNotes;
    lines += m_benchmark.notes;
    if (!none.isEmpty())
        lines.append(tr("No benchmark: %1.").arg(none.join(QStringLiteral(", "))));
    // The label names the sources in two lines so the plot keeps its room; the tooltip has
    // every source in full, the years compared and the services with no benchmark.
    m_sources->setText(brief.join(QLatin1Char(' ')));
    m_sources->setToolTip(lines.join(QLatin1Char('\n')));
}

} // namespace livedna
