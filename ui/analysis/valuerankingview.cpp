#include "ui/analysis/valuerankingview.h"

#include "ui/analysis/analysisviewsupport.h"

#include <QDoubleSpinBox>
#include <QFutureWatcher>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace livedna {

ValueRankingView::ValueRankingView(AnalysisInputPtr input, QWidget *parent)
    : QWidget(parent)
{
    build();
    setInput(std::move(input));
}

ValueRankingView::ValueRankingView(Cache *cache, QWidget *parent)
    : QWidget(parent)
{
    build();
    QString error;
    AnalysisInputPtr input = analysisview::load(cache, &error);
    if (input)
        setInput(std::move(input));
    else
        m_formula->setText(tr("No analysis: %1").arg(error));
}

static QDoubleSpinBox *weightEditor(QWidget *parent, const QString &name)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0.0, 100.0);
    spin->setDecimals(2);
    spin->setSingleStep(0.1);
    spin->setAccessibleName(name);
    return spin;
}

void ValueRankingView::build()
{
    m_services = new ValueRankingModel(ValueRankingModel::Mode::Services, this);
    m_orgs = new ValueRankingModel(ValueRankingModel::Mode::Organisations, this);

    auto *weights = new QGroupBox(tr("Weights (editable)"), this);
    auto *form = new QFormLayout(weights);
    m_outcome = weightEditor(weights, tr("Weight of the outcome input"));
    m_satisfaction = weightEditor(weights, tr("Weight of the satisfaction input"));
    m_other = weightEditor(weights, tr("Weight of any other input"));
    m_quality = weightEditor(weights, tr("Weight of quality in the index"));
    m_economy = weightEditor(weights, tr("Weight of cost per transaction in the index"));
    form->addRow(tr("Outcome input:"), m_outcome);
    form->addRow(tr("Satisfaction input:"), m_satisfaction);
    form->addRow(tr("Any other input:"), m_other);
    form->addRow(tr("Quality (Q):"), m_quality);
    form->addRow(tr("Economy (E):"), m_economy);
    m_formula = new QLabel(tr("PVI = 100 × (wQ·Q + wE·E) / (wQ + wE). Q = weighted mean of the service's value inputs; "
                              "E = m / (m + c), c its cost per transaction and m the median c of the same service "
                              "elsewhere (0.5 at the median). Without a volume, PVI = 100 × Q. Without inputs: no index. "
                              "An organisation's PVI is the cost-weighted mean over its scored services."),
                           this);
    m_formula->setWordWrap(true);

    auto *tabs = new QTabWidget(this);
    QTableView *services = analysisview::table(analysisview::sortable(m_services, this), tabs);
    services->setAccessibleName(tr("Services by Public Value Index"));
    QTableView *orgs = analysisview::table(analysisview::sortable(m_orgs, this), tabs);
    orgs->setAccessibleName(tr("Organisations by Public Value Index"));
    tabs->addTab(services, tr("Services"));
    tabs->addTab(orgs, tr("Organisations"));

    // The weights are a side panel: the ranking table keeps most of the width (a wrapped
    // formula label would otherwise claim half of it).
    auto *sidePanel = new QWidget(this);
    sidePanel->setMaximumWidth(sidePanel->fontMetrics().averageCharWidth() * 48);
    auto *side = new QVBoxLayout(sidePanel);
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(weights);
    side->addWidget(m_formula);
    side->addStretch(1);
    auto *main = new QWidget(this);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    m_busy = analysisview::busyIndicator(main);
    mainLayout->addWidget(m_busy);
    m_topNote = new QLabel(main);
    m_topNote->setWordWrap(true);
    m_topNote->hide();
    mainLayout->addWidget(m_topNote);
    mainLayout->addWidget(tabs, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(main, 1);
    layout->addWidget(sidePanel);

    setWeights(ValueWeights::defaults());
    for (QDoubleSpinBox *spin : {m_outcome, m_satisfaction, m_other, m_quality, m_economy})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ValueRankingView::apply);
}

void ValueRankingView::setInput(AnalysisInputPtr input)
{
    m_input = std::move(input);
    recompute(m_services->weights());
}

bool ValueRankingView::sameWeights(const ValueWeights &a, const ValueWeights &b)
{
    return a.inputWeights == b.inputWeights && a.otherInputWeight == b.otherInputWeight
           && a.qualityWeight == b.qualityWeight && a.economyWeight == b.economyWeight;
}

void ValueRankingView::setTop(AnalysisInputPtr input, ValueRanking ranking, int total)
{
    const ValueWeights current = m_pendingWeights.value_or(m_services->weights());
    if (!sameWeights(current, ValueWeights::defaults()))
        return; // the stored ranking is for the default weights only
    m_topOnly = true;
    ++m_rankTicket;
    m_input = std::move(input);
    m_topNote->setText(tr("Showing the first %1 of %2 services, as ranked at the last sync; the full ranking is "
                          "loading.")
                           .arg(ranking.services.size())
                           .arg(total));
    m_topNote->show();
    m_orgs->setRanking(m_input, current, ranking);
    m_services->setRanking(m_input, current, std::move(ranking));
}

void ValueRankingView::setRanking(AnalysisInputPtr input, const ValueWeights &weights, ValueRanking ranking)
{
    m_input = std::move(input);
    m_topOnly = false;
    m_topNote->hide();
    const ValueWeights current = m_pendingWeights.value_or(m_services->weights());
    m_pendingWeights.reset();
    if (!sameWeights(current, weights)) {
        recompute(current);
        return;
    }
    ++m_rankTicket;
    m_orgs->setRanking(m_input, weights, ranking);
    m_services->setRanking(m_input, weights, std::move(ranking));
}

void ValueRankingView::setLoading(bool loading)
{
    m_loading = loading;
    m_busy->setVisible(loading || (m_pendingWeights && !m_topOnly)); // or a ranking in flight
}

bool ValueRankingView::isLoading() const
{
    return m_busy->isVisibleTo(this);
}

void ValueRankingView::recompute(const ValueWeights &weights)
{
    if (m_topOnly) {
        // Medians need every service: wait for the full ranking, which applies these.
        m_pendingWeights = weights;
        return;
    }
    // At national scale a ranking takes 50-180 ms: rank on the pool, not in the GUI thread.
    if (m_input && m_input->services.size() >= kRankOffThreadServices) {
        recomputeOffThread(weights);
        return;
    }
    ++m_rankTicket; // a smaller input ranks here; anything in flight is stale
    m_pendingWeights.reset();
    // One computation feeds both tables: at national scale it is the slow part of an edit.
    ValueRanking ranking = m_input ? PublicValue::compute(*m_input, weights) : ValueRanking();
    m_orgs->setRanking(m_input, weights, ranking);
    m_services->setRanking(m_input, weights, std::move(ranking));
}

void ValueRankingView::recomputeOffThread(const ValueWeights &weights)
{
    const quint64 ticket = ++m_rankTicket;
    m_pendingWeights = weights; // what the editors show, until the ranking is in
    m_busy->show();
    auto *watcher = new QFutureWatcher<ValueRanking>(this);
    connect(watcher, &QFutureWatcher<ValueRanking>::finished, this, [this, watcher, ticket, weights] {
        watcher->deleteLater();
        if (ticket != m_rankTicket)
            return; // edited again, or a new ranking arrived meanwhile
        m_pendingWeights.reset();
        m_busy->setVisible(m_loading);
        ValueRanking ranking = watcher->result();
        m_orgs->setRanking(m_input, weights, ranking);
        m_services->setRanking(m_input, weights, std::move(ranking));
    });
    watcher->setFuture(QtConcurrent::run([input = m_input, weights] { return PublicValue::compute(*input, weights); }));
}

void ValueRankingView::setWeights(const ValueWeights &weights)
{
    m_updating = true;
    m_outcome->setValue(weights.weightOf(QStringLiteral("outcome")));
    m_satisfaction->setValue(weights.weightOf(QStringLiteral("satisfaction")));
    m_other->setValue(weights.otherInputWeight);
    m_quality->setValue(weights.qualityWeight);
    m_economy->setValue(weights.economyWeight);
    m_updating = false;
    recompute(weights);
}

void ValueRankingView::apply()
{
    if (m_updating)
        return;
    ValueWeights w = m_pendingWeights.value_or(m_services->weights());
    w.inputWeights.insert(QStringLiteral("outcome"), m_outcome->value());
    w.inputWeights.insert(QStringLiteral("satisfaction"), m_satisfaction->value());
    w.otherInputWeight = m_other->value();
    w.qualityWeight = m_quality->value();
    w.economyWeight = m_economy->value();
    recompute(w);
}

} // namespace livedna
