#include "ui/analysis/similarityview.h"

#include "ui/analysis/analysisviewsupport.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

#include "ui/analysis/analysisplot.h"
#include "ui/charts/chartsupport.h"

#include <cmath>

namespace livedna {

namespace {

// ColorBrewer "Blues": one hue from pale to dark, legible to every kind of colour vision
// and in greyscale (issue 13: a rainbow scale read as categories and hid the order). Its
// palest step is left out so the lowest pair still stands apart from the white page.
QCPColorGradient sequentialBlues()
{
    static const QColor stops[] = {QColor(0xDE, 0xEB, 0xF7), QColor(0xC6, 0xDB, 0xEF),
                                   QColor(0x9E, 0xCA, 0xE1), QColor(0x6B, 0xAE, 0xD6), QColor(0x42, 0x92, 0xC6),
                                   QColor(0x21, 0x71, 0xB5), QColor(0x08, 0x51, 0x9C), QColor(0x08, 0x30, 0x6B)};
    QCPColorGradient g;
    g.clearColorStops();
    const int n = int(std::size(stops));
    for (int i = 0; i < n; ++i)
        g.setColorStopAt(double(i) / (n - 1), stops[i]);
    g.setLevelCount(256);
    return g;
}

// The colour scale spans the pairs' own values (the diagonal, 1 by definition, left out) so
// that differences between organisations show; one value only spans a little below it.
QCPRange spreadOf(const ServiceSimilarity &s, bool cost)
{
    const int n = int(s.members.size());
    double lo = 1.0;
    double hi = 0.0;
    for (int a = 0; a < n; ++a) {
        for (int b = 0; b < n; ++b) {
            if (a == b)
                continue;
            const double v = cost ? s.costSimilarityAt(a, b) : s.jaccardAt(a, b);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (hi < lo)
        return QCPRange(0.0, 1.0);
    hi = std::max(hi, 1.0); // the diagonal is 1
    if (hi - lo < 0.01)
        lo = std::max(0.0, hi - 0.01);
    return QCPRange(lo, hi);
}

} // namespace

SimilarityView::SimilarityView(AnalysisInputPtr input, QWidget *parent)
    : QWidget(parent)
{
    build();
    setInput(std::move(input));
}

SimilarityView::SimilarityView(Cache *cache, QWidget *parent)
    : QWidget(parent)
{
    build();
    QString error;
    AnalysisInputPtr input = analysisview::load(cache, &error);
    if (input)
        setInput(std::move(input));
    else
        m_playlist->setText(tr("No analysis: %1").arg(error));
}

void SimilarityView::build()
{
    m_model = new SimilarityModel(this);
    m_services = new QComboBox(this);
    m_services->setAccessibleName(tr("Service"));
    m_services->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_services->setMinimumContentsLength(30);
    m_measure = new QComboBox(this);
    m_measure->addItem(tr("Capability-set Jaccard"));
    m_measure->addItem(tr("Cost-weighted similarity"));
    m_measure->setAccessibleName(tr("Similarity measure"));
    m_playlist = new QLabel(this);
    m_playlist->setWordWrap(true);
    m_playlist->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QTableView *table = analysisview::table(analysisview::sortable(m_model, this), this);
    table->setAccessibleName(tr("Organisations by distance from the standard playlist"));
    // Organisations by name; the code is in the name's tooltip (issue 13). Hidden again after
    // each reset.
    table->setColumnHidden(SimilarityModel::OrgColumn, true);
    connect(table->model(), &QAbstractItemModel::modelReset, table,
            [table] { table->setColumnHidden(SimilarityModel::OrgColumn, true); });
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(240, 240);
    m_plot->setAccessibleName(tr("Pairwise similarity heat map"));
    // How many rows it can name depends on its size.
    charts::onResize(m_plot, [this] {
        if (m_input)
            refreshHeatMap();
    });
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setDataRange(QCPRange(0.0, 1.0));
    m_map->setInterpolate(false);
    auto *scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, scale);
    m_map->setColorScale(scale);
    scale->setDataRange(QCPRange(0.0, 1.0));
    // The scale's gradient is the one the map paints with. Sequential, one hue, ending dark so
    // identical organisations (similarity 1) stand out from the white background.
    scale->setGradient(sequentialBlues());
    scale->axis()->setLabel(tr("similarity"));
    m_scale = scale;

    // The measure under the service: side by side, the service's name was cut at 1024 px in
    // Welsh (issue 13).
    auto *top = new QGridLayout;
    top->addWidget(new QLabel(tr("Service:"), this), 0, 0);
    top->addWidget(m_services, 0, 1);
    top->addWidget(m_measure, 1, 1, Qt::AlignLeft);
    top->setColumnStretch(1, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(table);
    split->addWidget(m_plot);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    m_busy = analysisview::busyIndicator(this);
    layout->addWidget(m_busy);
    layout->addLayout(top);
    layout->addWidget(m_playlist);
    layout->addWidget(split, 1);

    connect(m_services, &QComboBox::currentIndexChanged, this,
            [this](int i) { showKey(m_services->itemData(i).toString()); });
    connect(m_measure, &QComboBox::currentIndexChanged, this, &SimilarityView::refreshHeatMap);
}

void SimilarityView::setInput(AnalysisInputPtr input)
{
    m_input = std::move(input);
    const QSignalBlocker block(m_services);
    m_services->clear();
    if (m_input) {
        for (const ServiceGroup &g : ProcessSimilarity::groups(*m_input))
            m_services->addItem(tr("%1 (%2 organisations)").arg(g.label).arg(g.organisations), g.key);
    }
    showKey(m_services->count() ? m_services->itemData(0).toString() : QString());
}

void SimilarityView::setLoading(bool loading)
{
    m_busy->setVisible(loading);
}

bool SimilarityView::isLoading() const
{
    return m_busy->isVisibleTo(this);
}

bool SimilarityView::showService(const QString &query)
{
    if (!m_input)
        return false;
    const QString key = ProcessSimilarity::resolve(*m_input, query);
    const int i = m_services->findData(key);
    if (key.isEmpty() || i < 0)
        return false;
    m_services->setCurrentIndex(i); // showKey runs through the signal (or already shown)
    if (m_model->result().key != key)
        showKey(key);
    return true;
}

void SimilarityView::showKey(const QString &key)
{
    if (!m_input || key.isEmpty()) {
        m_model->setResult(m_input, ServiceSimilarity());
        m_playlist->clear();
        refreshHeatMap();
        return;
    }
    const ServiceSimilarity s = ProcessSimilarity::compute(*m_input, key);
    m_model->setResult(m_input, s);
    QStringList names;
    for (const QString &id : s.playlist) {
        const int c = m_input->capabilityIndex(id);
        names << (c >= 0 ? m_input->capabilityName(c) : id);
    }
    if (!s.comparable()) {
        // Nothing to compare: no playlist, no distance, never a false 0.000.
        m_playlist->setText(tr("%1: %2 (%3 of %4 organisations have bricks in this service).")
                                .arg(s.label, ProcessSimilarity::notComparableText())
                                .arg(s.mappedOrganisations).arg(s.members.size()));
    } else {
        m_playlist->setText(tr("Standard playlist, shared by %1 of %2 mapped organisations (%3 in all): %4")
                                .arg(s.playlistOrganisations).arg(s.mappedOrganisations).arg(s.members.size())
                                .arg(names.join(QStringLiteral(" → "))));
    }
    refreshHeatMap();
}

void SimilarityView::refreshHeatMap()
{
    const ServiceSimilarity &s = m_model->result();
    const int n = s.comparable() ? int(s.members.size()) : 0; // no map of what cannot be compared
    const bool cost = m_measure->currentIndex() == 1;
    m_map->data()->setSize(std::max(n, 1), std::max(n, 1));
    m_map->data()->setRange(QCPRange(0, std::max(n - 1, 0)), QCPRange(0, std::max(n - 1, 0)));
    for (int a = 0; a < n; ++a) {
        for (int b = 0; b < n; ++b)
            m_map->data()->setCell(a, b, cost ? s.costSimilarityAt(a, b) : s.jaccardAt(a, b));
    }
    if (n == 0)
        m_map->data()->fill(0.0);
    const QCPRange spread = n > 1 ? spreadOf(s, cost) : QCPRange(0.0, 1.0);
    m_map->setDataRange(spread);
    m_scale->setDataRange(spread);
    m_scale->axis()->setLabel(spread.lower > 0.0 ? tr("similarity (scale from %1, the lowest pair, to %2)")
                                                       .arg(QLocale().toString(spread.lower, 'f', 2),
                                                            QLocale().toString(spread.upper, 'f', 2))
                                                 : tr("similarity"));
    m_plot->xAxis->setRange(-0.5, std::max(n, 1) - 0.5);
    m_plot->yAxis->setRange(-0.5, std::max(n, 1) - 0.5);
    m_plot->yAxis->setRangeReversed(true);
    // Label organisations only while the labels stay legible.
    if (n > 0 && n <= 30) {
        // The names' margins are known only once drawn, and they shrink the map: label, draw,
        // and label again if the cells came out smaller than the first guess.
        int every = labelOrganisations(s, n, 0);
        m_plot->replot();
        if (labelOrganisations(s, n, every) != every)
            m_plot->replot();
    } else {
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        m_plot->replot();
    }
}

// Organisations by name on the axes (issue 13: codes were shown); long names are shortened
// so thirty of them fit beside the map. Full names and codes are in the table.
QString SimilarityView::shortName(const QString &name) const
{
    return m_plot->fontMetrics().elidedText(name, Qt::ElideRight, m_plot->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22);
}

// Names every `every`-th organisation on both axes, `every` chosen so that the turned names
// never run together on the map as laid out now; returns it (and does nothing if it equals
// `current`).
int SimilarityView::labelOrganisations(const ServiceSimilarity &s, int n, int current)
{
    // Every row named while the rows are a line of text high; every second or third one
    // on a smaller map, so the names never run together.
    const QRect laidOut = m_plot->axisRect()->rect();
    const int side = laidOut.width() > 20 ? std::min(laidOut.width(), laidOut.height())
                                          : std::min(m_plot->width(), m_plot->height()) - 160;
    const double cell = std::max(1, side) / double(n);
    const double line = QFontMetrics(m_plot->xAxis->tickLabelFont()).height() * 1.2; // turned by 60°
    const int every = std::max(1, int(std::ceil(line / cell)));
    if (every == current)
        return every;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < n; i += every)
        ticker->addTick(i, shortName(m_input->orgs.at(s.members.at(i).org).name));
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setTicker(ticker);
    m_plot->xAxis->setTickLabelRotation(60);
    return every;
}

} // namespace livedna
