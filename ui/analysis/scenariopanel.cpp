#include "ui/analysis/scenariopanel.h"

#include "ui/analysis/analysisviewsupport.h"
#include "ui/moneyinput.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QScrollArea>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace livedna {

ScenarioPanel::ScenarioPanel(AnalysisInputPtr input, DuplicationIndexPtr index, QWidget *parent)
    : QWidget(parent)
{
    build();
    setInput(std::move(input), std::move(index));
}

ScenarioPanel::ScenarioPanel(Cache *cache, QWidget *parent)
    : QWidget(parent)
{
    build();
    QString error;
    AnalysisInputPtr input = analysisview::load(cache, &error);
    if (input)
        setInput(std::move(input));
    else
        m_headline->setText(tr("No analysis: %1").arg(error));
}

void ScenarioPanel::build()
{
    m_model = new ScenarioModel(this);
    const ScenarioAssumptions a = m_model->assumptions();

    auto *assumptions = new QGroupBox(tr("Assumptions (editable)"), this);
    auto *form = new QFormLayout(assumptions);
    m_share = new QSlider(Qt::Horizontal, assumptions);
    m_share->setRange(0, 100);
    m_share->setValue(int(a.realisedShare * 100.0 + 0.5));
    m_share->setAccessibleName(tr("Share of the saving moved to the frontline"));
    m_shareLabel = new QLabel(assumptions);
    auto *shareRow = new QHBoxLayout;
    shareRow->addWidget(m_share, 1);
    shareRow->addWidget(m_shareLabel);
    form->addRow(tr("Share of the saving moved to the frontline:"), shareRow);
    for (const PostAssumption &p : a.posts) {
        auto *spin = new QDoubleSpinBox(assumptions);
        spin->setRange(1.0, 1e7);
        makeMoneyInput(spin);
        spin->setSingleStep(500.0);
        spin->setValue(p.annualCostGbp);
        spin->setToolTip(p.source);
        spin->setAccessibleName(tr("Annual cost of one %1 post").arg(p.name));
        auto *source = new QLabel(p.source, assumptions);
        source->setWordWrap(true);
        source->setStyleSheet(QStringLiteral("color: palette(mid);"));
        // In a widget of their own: a nested layout in a form row does not pass on the
        // wrapped source's height, and the source was cut to one line (issue 13).
        auto *cell = new QWidget(assumptions);
        auto *box = new QVBoxLayout(cell);
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(spin);
        box->addWidget(source);
        form->addRow(tr("%1, a year:").arg(p.name), cell);
        m_costs.append(spin);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ScenarioPanel::apply);
    }
    connect(m_share, &QSlider::valueChanged, this, &ScenarioPanel::apply);

    m_headline = new QLabel(this);
    m_headline->setWordWrap(true);
    QFont f = m_headline->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_headline->setFont(f);
    auto *table = analysisview::table(analysisview::sortable(m_model, this), this);
    table->setAccessibleName(tr("National roll-up"));

    // The page scrolls: at 700 px its tables and assumptions were squeezed until the
    // figures and their sources were cut (issue 13).
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Frontline shift scenario, scrollable"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    m_busy = analysisview::busyIndicator(this);
    layout->addWidget(m_busy);
    layout->addWidget(m_headline);
    table->setMinimumHeight(table->fontMetrics().height() * 6);
    layout->addWidget(table, 1);
    layout->addWidget(buildRollup());
    layout->addWidget(assumptions);
    scroll->setWidget(page);
    outer->addWidget(scroll);
    apply();
}

QWidget *ScenarioPanel::buildRollup()
{
    auto *box = new QGroupBox(tr("Beside the published national claims"), this);
    m_rollup = new RollupModel(this);
    // The coverage first, in a warning colour: a partial map is not a national figure.
    m_coverage = new QLabel(box);
    m_coverage->setWordWrap(true);
    m_coverage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_coverage->setStyleSheet(QStringLiteral("color: #8a4500; font-weight: bold;"));
    m_coverage->setAccessibleName(tr("Coverage of this commons"));
    auto *table = analysisview::table(analysisview::sortable(m_rollup, box), box);
    table->setAccessibleName(tr("This commons beside the published claims"));
    // Three rows: shown whole, leaving the room to the scenario's own table.
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *source = new QLabel(tr("Claims: %1").arg(NationalRollup::manifestoSource()), box);
    source->setWordWrap(true);
    source->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_coverage);
    layout->addWidget(table);
    layout->addWidget(source);
    return box;
}

QString ScenarioPanel::coverageText() const
{
    return m_coverage->text();
}

void ScenarioPanel::setInput(AnalysisInputPtr input, DuplicationIndexPtr index)
{
    if (input && !index)
        index = std::make_shared<const DuplicationIndex>(computeDuplication(*input));
    m_rollup->setAnalysis(input, index);
    m_coverage->setText(input ? NationalRollup::coverageSentence(m_rollup->rollup().all) : QString());
    m_model->setAnalysis(std::move(input), std::move(index));
    apply();
}

void ScenarioPanel::setSummary(const AnalysisSummaryPtr &summary, DuplicationIndexPtr index,
                               const NationalRollup &rollup)
{
    AnalysisInputPtr input = summary ? AnalysisInputPtr(summary, &summary->input) : nullptr;
    if (!input) {
        setInput(nullptr, nullptr);
        return;
    }
    m_rollup->setRollup(rollup);
    m_coverage->setText(NationalRollup::coverageSentence(m_rollup->rollup().all));
    m_model->setAnalysis(std::move(input), std::move(index));
    apply();
}

void ScenarioPanel::setLoading(bool loading)
{
    m_busy->setVisible(loading);
}

bool ScenarioPanel::isLoading() const
{
    return m_busy->isVisibleTo(this);
}

void ScenarioPanel::setRealisedShare(double share)
{
    m_share->setValue(int(std::clamp(share, 0.0, 1.0) * 100.0 + 0.5));
}

QString ScenarioPanel::headlineText() const
{
    return m_headline->text();
}

void ScenarioPanel::setPostCost(int post, double annualGbp)
{
    if (post >= 0 && post < m_costs.size())
        m_costs.at(post)->setValue(annualGbp);
}

// "12 (6 to 15)": a post count as the range it is.
static QString postsText(const EstimateRange &r)
{
    const QLocale loc;
    auto n = [&loc](double v) { return loc.toString(v, 'f', v < 10.0 ? 1 : 0); };
    return ScenarioPanel::tr("%1 (%2 to %3)").arg(n(r.central), n(r.low), n(r.high));
}

QString ScenarioPanel::headline(const ScenarioLine &all, int sharePercent)
{
    // The estimate, never the version 1 index, and never people's work.
    if (!all.hasEstimate()) {
        QString none = tr("No saving can be estimated yet: nothing mapped into bricks has a capability for which this "
                          "commons offers a standard brick to compare with, so nothing is moved to the frontline.");
        if (all.estimateUnknown > 0)
            none += QLatin1Char(' ') + tr("%n estimate(s) unknown for want of published units.", nullptr, all.estimateUnknown);
        return none + QLatin1Char(' ') + tr("People's work is never counted as a saving.");
    }
    QString text = tr("Moving %1% of an estimated %2 a year to the frontline would pay for %3 nurses or %4 teachers.")
                       .arg(sharePercent)
                       .arg(analysismodel::moneyRange(all.estimateGbp))
                       .arg(postsText(all.postRanges.value(1)), postsText(all.postRanges.value(2)));
    if (all.estimateUnknown > 0)
        text += QLatin1Char(' ') + tr("%n estimate(s) unknown for want of published units are not included.", nullptr,
                                      all.estimateUnknown);
    return text + QLatin1Char(' ') + tr("People's work is never counted as a saving.");
}

void ScenarioPanel::apply()
{
    if (m_applying)
        return;
    m_applying = true;
    ScenarioAssumptions a = m_model->assumptions();
    a.realisedShare = m_share->value() / 100.0;
    m_shareLabel->setText(QStringLiteral("%1%").arg(m_share->value()));
    for (int i = 0; i < a.posts.size() && i < m_costs.size(); ++i) {
        if (a.posts[i].annualCostGbp != m_costs.at(i)->value()) {
            a.posts[i].annualCostGbp = m_costs.at(i)->value();
            a.posts[i].source = tr("Edited by the user.");
        }
    }
    m_model->setAssumptions(a);
    const QList<ScenarioLine> &lines = m_model->lines();
    if (!lines.isEmpty() && a.posts.size() >= 2) {
        m_headline->setText(headline(lines.last(), m_share->value()));
    }
    m_applying = false;
}

} // namespace livedna
