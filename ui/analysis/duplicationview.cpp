#include "ui/analysis/duplicationview.h"

#include "ui/analysis/analysisviewsupport.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QFontMetrics>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/analysis/analysisplot.h"
#include "ui/charts/chartsupport.h"

namespace livedna {

// The chart shows the largest savings; the table holds every capability.
static constexpr int ChartBars = 15;

DuplicationView::DuplicationView(AnalysisInputPtr input, QWidget *parent)
    : QWidget(parent)
{
    build();
    setInput(std::move(input));
}

DuplicationView::DuplicationView(Cache *cache, QWidget *parent)
    : QWidget(parent)
{
    build();
    QString error;
    AnalysisInputPtr input = analysisview::load(cache, &error);
    if (input)
        setInput(std::move(input));
    else
        showError(error);
}

void DuplicationView::build()
{
    m_capabilities = new DuplicationModel(this);
    m_orgs = new OrgFigureModel(this);
    m_instances = new InstanceModel(this);
    m_capabilityProxy = analysisview::sortable(m_capabilities, this);
    m_orgProxy = analysisview::sortable(m_orgs, this);
    auto *instanceProxy = analysisview::sortable(m_instances, this);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_capabilityTable = analysisview::table(m_capabilityProxy, this);
    m_capabilityTable->setAccessibleName(tr("Duplication by capability"));
    // Names on screen; the ids are in the names' tooltips (issue 13). Hidden again after each
    // reset, which forgets hidden sections.
    const auto hideIds = [this] {
        m_capabilityTable->setColumnHidden(DuplicationModel::CapabilityColumn, true);
        // The name first, where the id was: a row is read from its name.
        QHeaderView *header = m_capabilityTable->horizontalHeader();
        if (header->visualIndex(DuplicationModel::NameColumn) != 1)
            header->moveSection(header->visualIndex(DuplicationModel::NameColumn), 1);
        if (m_orgTable)
            m_orgTable->setColumnHidden(OrgFigureModel::OrgColumn, true);
    };
    m_chart = new QCustomPlot(this);
    m_chart->setMinimumHeight(220);
    m_chart->setMinimumWidth(300); // its names and a readable bar beside the table
    m_chart->setAccessibleName(tr("Saving by capability chart"));
    // How many capabilities it can name depends on its height.
    charts::onResize(m_chart, [this] { refreshChart(); });
    m_detail = new QLabel(tr("Select a capability to see the organisations behind its figures."), this);
    m_detail->setWordWrap(true);
    m_orgTable = analysisview::table(m_orgProxy, this);
    m_orgTable->setAccessibleName(tr("Organisations implementing the capability"));
    hideIds();
    connect(m_capabilityProxy, &QAbstractItemModel::modelReset, this, hideIds);
    connect(m_orgProxy, &QAbstractItemModel::modelReset, this, hideIds);
    m_instanceTable = analysisview::table(instanceProxy, this);
    m_instanceTable->setAccessibleName(tr("Brick instances behind the figure"));

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_capabilityTable);
    top->addWidget(m_chart);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *drill = new QSplitter(Qt::Horizontal, this);
    drill->addWidget(m_orgTable);
    drill->addWidget(m_instanceTable);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_detail);
    bottomLayout->addWidget(drill, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    m_busy = analysisview::busyIndicator(this);
    layout->addWidget(m_busy);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_capabilityTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const CapabilityDuplication *c =
                    current.isValid() ? m_capabilities->capabilityAt(analysisview::sourceRow(m_capabilityProxy, current.row()))
                                      : nullptr;
                m_orgs->showCapability(c ? c->capabilityId : QString());
                showFigureInstances(nullptr);
                m_orgTable->resizeColumnsToContents();
                if (!c)
                    return;
                if (c->lacksCommonsBrick())
                    m_detail->setText(tr("%1: the commons lacks a brick for this capability. %2 organisations spending %3 "
                                         "on bespoke instances would benefit from one.")
                                          .arg(c->capabilityName).arg(c->bespokeOrganisations)
                                          .arg(analysismodel::money(c->bespokeGbp)));
                else if (c->work == Work::People)
                    m_detail->setText(tr("%1 is people's work: a brick can support it but never replace it, so no "
                                         "saving is claimed. Replacing it would cut the frontline by up to %2 a year. "
                                         "(Duplication index, for comparison: %3.)")
                                          .arg(c->capabilityName, analysismodel::money(c->bespokeGbp),
                                               c->savingGbp ? analysismodel::money(*c->savingGbp) : tr("n/a")));
                else
                    m_detail->setText(tr("%1: estimated saving %2 = sum over organisations of max(0, bespoke spend - "
                                         "the cheapest brick priced at the organisation's scale)%3. Duplication index: "
                                         "%4 against %5 at %6.")
                                          .arg(c->capabilityName, analysismodel::moneyRange(c->estimatedSavingGbp.value_or(EstimateRange{})),
                                               c->estimateUnknown ? tr(", + %n unknown for want of units", nullptr, c->estimateUnknown)
                                                                  : QString(),
                                               analysismodel::money(*c->savingGbp), standardBrickName(*c),
                                               analysismodel::money(*c->standardCostGbp)));
            });
    connect(m_orgTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const OrgCapabilityFigure *f =
                    current.isValid() ? m_orgs->figureAt(analysisview::sourceRow(m_orgProxy, current.row())) : nullptr;
                showFigureInstances(f);
            });
    connect(m_orgTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const OrgCapabilityFigure *f = m_orgs->figureAt(analysisview::sourceRow(m_orgProxy, index.row()));
        if (f && m_input)
            Q_EMIT organisationActivated(m_input->orgs.at(f->org).code);
    });
}

QString DuplicationView::standardBrickName(const CapabilityDuplication &c) const
{
    const CatalogueBrick *b = m_input ? m_input->catalogue.brick(c.standardBrick) : nullptr;
    return b && !b->name.isEmpty() ? b->name : c.standardBrick;
}

void DuplicationView::setInput(AnalysisInputPtr input)
{
    m_input = std::move(input);
    m_index = m_input ? std::make_shared<const DuplicationIndex>(computeDuplication(*m_input)) : nullptr;
    m_instanceCount = m_input ? qint64(m_input->instances.size()) : 0;
    apply();
}

void DuplicationView::setSummary(AnalysisSummaryPtr summary, DuplicationIndexPtr index)
{
    // The view reads organisations and capabilities through the summary's own input.
    m_input = summary ? AnalysisInputPtr(summary, &summary->input) : nullptr;
    m_index = summary ? std::move(index) : nullptr;
    m_instanceCount = summary ? summary->instanceCount() : 0;
    apply();
}

void DuplicationView::showFigureInstances(const OrgCapabilityFigure *f)
{
    m_detailKey.clear();
    if (f && f->instances.empty() && f->standardInstances + f->bespokeInstances > 0 && m_input) {
        // A figure from the summary: its instances are read on demand.
        m_instances->setInstances(nullptr, {});
        const QString org = m_input->orgs.at(f->org).code;
        const QString capability = m_input->capabilityIds.value(f->capability);
        m_detailKey = org + QLatin1Char('/') + capability;
        Q_EMIT detailRequested(org, capability);
        return;
    }
    m_instances->setInstances(m_input, f ? f->instances : std::vector<int>());
    m_instanceTable->resizeColumnsToContents();
}

void DuplicationView::setDetail(const QString &orgCode, const QString &capabilityId, AnalysisInputPtr detail)
{
    if (!detail || m_detailKey != orgCode + QLatin1Char('/') + capabilityId)
        return; // another figure was picked since
    std::vector<int> all(detail->instances.size());
    for (size_t i = 0; i < all.size(); ++i)
        all[i] = int(i);
    m_instances->setInstances(std::move(detail), std::move(all));
    m_instanceTable->resizeColumnsToContents();
}

void DuplicationView::setLoading(bool loading)
{
    m_busy->setVisible(loading);
}

bool DuplicationView::isLoading() const
{
    return m_busy->isVisibleTo(this);
}

void DuplicationView::apply()
{
    m_detailKey.clear();
    m_capabilities->setAnalysis(m_input, m_index);
    m_orgs->setAnalysis(m_input, m_index);
    m_instances->setInstances(m_input, {});
    if (m_index) {
        int lacking = 0;
        double lackingGbp = 0.0;
        for (const CapabilityDuplication &c : m_index->capabilities) {
            if (c.lacksCommonsBrick() && c.bespokeInstances > 0) {
                ++lacking;
                lackingGbp += c.bespokeGbp;
            }
        }
        m_summary->setText(summaryText()
                           + QLatin1Char(' ')
                           + tr("Capabilities in use without a commons brick: %1 (%2 of bespoke spend would benefit).")
                                 .arg(lacking)
                                 .arg(analysismodel::money(lackingGbp)));
    }
    m_capabilityTable->resizeColumnsToContents();
    refreshChart();
}

QString DuplicationView::summaryText() const
{
    // The headline is the 1.1 estimate, as a range; people's work is never in it.
    int unknown = 0;
    const EstimateRange estimate = m_index->totalEstimatedSaving(&unknown);
    int people = 0;
    double peopleGbp = 0.0;
    for (const CapabilityDuplication &c : m_index->capabilities) {
        if (c.work == Work::People && c.bespokeInstances > 0) {
            ++people;
            peopleGbp += c.bespokeGbp;
        }
    }
    QString text = tr("%1 organisations, %2 brick instances. Estimated saving if every organisation consumed the "
                      "cheapest commons brick, priced at its scale, for its digital and back-office work: %3 a year")
                       .arg(m_input->orgs.size()).arg(qulonglong(m_instanceCount))
                       .arg(analysismodel::moneyRange(estimate));
    if (unknown > 0)
        text += tr(", + %n unknown (units not published)", nullptr, unknown);
    text += QLatin1Char('.');
    if (people > 0)
        text += QLatin1Char(' ')
                + tr("People's work is not a saving: %n capabilities (%1 of bespoke spend) are left out; replacing "
                     "them would cut the frontline.", nullptr, people)
                      .arg(analysismodel::money(peopleGbp));
    text += QLatin1Char(' ') + tr("Duplication index (version 1, for comparison): %1.")
                                   .arg(analysismodel::money(m_index->totalSavingGbp()));
    return text;
}

void DuplicationView::refreshChart()
{
    m_chart->clearPlottables();
    if (!m_index)
        return;
    // Estimated savings, largest central first, each with its low-high range as error bars.
    std::vector<const CapabilityDuplication *> shown;
    for (const CapabilityDuplication &c : m_index->capabilities) {
        if (c.estimatedSavingGbp && c.estimatedSavingGbp->central > 0.0)
            shown.push_back(&c);
    }
    std::stable_sort(shown.begin(), shown.end(), [](const CapabilityDuplication *a, const CapabilityDuplication *b) {
        return a->estimatedSavingGbp->central > b->estimatedSavingGbp->central;
    });
    // Names wrap at under half the chart's width, so the bars keep the rest (a long name once
    // squeezed the axis to a few pixels); no more bars than the chart can name without the
    // names running together.
    const int labelWidth = std::max(110, m_chart->width() * 9 / 20);
    const QFontMetrics metrics(charts::font());
    bool twoLines = false;
    for (const CapabilityDuplication *c : shown)
        twoLines = twoLines || metrics.horizontalAdvance(c->capabilityName) > labelWidth;
    const int fit = std::min(int(ChartBars), charts::rowsThatFit(m_chart->height() - 70) / (twoLines ? 2 : 1) - 1);
    if (shown.size() > size_t(std::max(1, fit)))
        shown.resize(size_t(std::max(1, fit)));
    QVector<double> ticks, values, below, above;
    QVector<QString> labels;
    for (const CapabilityDuplication *c : shown) {
        const EstimateRange &r = *c->estimatedSavingGbp;
        ticks << double(ticks.size() + 1);
        values << r.central;
        below << r.central - r.low;
        above << r.high - r.central;
        labels << charts::wrappedTo(c->capabilityName, charts::font(), labelWidth);
    }
    auto *bars = new QCPBars(m_chart->yAxis, m_chart->xAxis); // horizontal: capabilities down the side
    bars->setData(ticks, values, true);
    bars->setName(tr("Estimated saving"));
    auto *range = new QCPErrorBars(m_chart->yAxis, m_chart->xAxis);
    range->setDataPlottable(bars);
    range->setData(below, above);
    range->setName(tr("Low to high"));
    bars->setBrush(QColor(0x1d, 0x70, 0xb8));
    bars->setPen(Qt::NoPen);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->setTicks(ticks, labels);
    m_chart->yAxis->setTicker(ticker);
    m_chart->yAxis->setRangeReversed(true);
    m_chart->yAxis->setRange(0, ticks.size() + 1);
    // The measure as the chart's title, across its whole width: as the axis title, under the
    // narrow bars, it ran past the chart's edge.
    const QString title = charts::wrappedTo(tr("Estimated saving a year (central, low to high)"),
                                            charts::font(), std::max(160, m_chart->width() - 16));
    auto *heading = qobject_cast<QCPTextElement *>(m_chart->plotLayout()->elementAt(0));
    if (!heading) {
        m_chart->plotLayout()->insertRow(0);
        heading = new QCPTextElement(m_chart, title, charts::font());
        m_chart->plotLayout()->addElement(0, 0, heading);
    }
    heading->setText(title);
    // Ticks spaced by their labels' width: at 1024 px "10000 20000 …" ran together.
    charts::moneyTicks(m_chart->xAxis);
    double maxValue = 0.0;
    for (int i = 0; i < values.size(); ++i)
        maxValue = std::max(maxValue, values.at(i) + above.at(i));
    m_chart->xAxis->setRange(0, maxValue > 0.0 ? maxValue * 1.05 : 1000.0);
    m_chart->replot();
}

void DuplicationView::selectCapability(const QString &capabilityId)
{
    for (int r = 0; r < m_capabilityProxy->rowCount(); ++r) {
        const CapabilityDuplication *c = m_capabilities->capabilityAt(analysisview::sourceRow(m_capabilityProxy, r));
        if (c && c->capabilityId == capabilityId) {
            m_capabilityTable->setCurrentIndex(m_capabilityProxy->index(r, 0));
            return;
        }
    }
}

void DuplicationView::selectOrganisationRow(int row)
{
    m_orgTable->setCurrentIndex(m_orgProxy->index(row, 0));
}

bool DuplicationView::showOrganisation(const QString &code)
{
    const int org = m_input ? m_input->orgIndex(code) : -1;
    if (org < 0)
        return false;
    const QSignalBlocker block(m_capabilityTable->selectionModel());
    m_capabilityTable->clearSelection();
    m_orgs->showOrganisation(org);
    showFigureInstances(nullptr);
    double total = 0.0;
    EstimateRange estimate;
    int unknown = 0;
    for (int r = 0; r < m_orgs->rowCount(); ++r) {
        const OrgCapabilityFigure *f = m_orgs->figureAt(r);
        total += f->savingGbp.value_or(0.0);
        if (f->estimatedSavingGbp)
            estimate += *f->estimatedSavingGbp;
        else if (f->estimateStatus == EstimateStatus::UnitsUnknown)
            ++unknown;
    }
    QString text = tr("%1: %2 savings opportunities, an estimated %3 a year in all")
                       .arg(m_input->orgs.at(org).name).arg(m_orgs->rowCount()).arg(analysismodel::moneyRange(estimate));
    if (unknown > 0)
        text += tr(" + %n unknown", nullptr, unknown);
    m_detail->setText(text + tr(" (duplication index %1). Select one to see its instances.").arg(analysismodel::money(total)));
    m_orgTable->resizeColumnsToContents();
    return true;
}

void DuplicationView::showError(const QString &message)
{
    m_summary->setText(tr("No analysis: %1").arg(message));
}

} // namespace livedna
