#include "ui/proposal/effectpanel.h"

#include "core/models/format.h"
#include "core/proposal/proposalundo.h"
#include "ui/accessibility.h"
#include "ui/charts/chartsupport.h"
#include "ui/qcp.h"

#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>

namespace livedna {

static QString fte(double v)
{
    return QString::number(v, 'f', v == std::floor(v) ? 0 : 1);
}

EffectPanel::EffectPanel(QWidget *parent)
    : QWidget(parent)
    , m_cut(new QLabel(this))
    , m_saving(new QLabel(this))
    , m_table(new QLabel(this))
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *title = new QLabel(tr("<b>Effect</b>"), this);
    layout->addWidget(title);
    QFont big = m_saving->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_saving->setFont(big);
    m_saving->setAccessibleName(tr("Annual saving"));
    m_cut->setFont(big);
    m_cut->setWordWrap(true);
    m_cut->setAccessibleName(tr("Frontline cut"));
    m_cut->setStyleSheet(QStringLiteral("color:#b03030; background:#fdecea; border:1px solid #b03030; padding:4px"));
    layout->addWidget(m_cut);
    layout->addWidget(m_saving);
    m_table->setTextFormat(Qt::RichText);
    // Wrapped, so a narrow side panel (and the longer Welsh lines) never cut the effect.
    m_table->setWordWrap(true);
    m_saving->setWordWrap(true);
    m_table->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_table);

    m_plot->setMinimumHeight(170);
    m_plot->setAccessibleName(tr("Cost before and after"));
    m_frontline = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_overhead = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_frontline->setName(tr("Frontline"));
    m_overhead->setName(tr("Overhead"));
    // Overhead is hatched as in the dashboard: the layer does not rest on colour alone.
    m_frontline->setBrush(QColor(0x2e, 0x7d, 0x32));
    m_overhead->setBrush(accessibility::seriesBrush(QColor(0x1f, 0x5f, 0xa8), false, accessibility::Hatch::Diagonal));
    m_frontline->setPen(Qt::NoPen);
    m_overhead->setPen(Qt::NoPen);
    m_overhead->moveAbove(m_frontline);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTick(1, tr("Before"));
    ticker->addTick(2, tr("After"));
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(0.4, 2.6);
    // Pounds labelled like every other figure ("£250k", "£1.5m"), not "5·10⁶" or thousands.
    charts::moneyTicks(m_plot->yAxis);
    m_plot->yAxis->setLabel(tr("a year"));
    m_plot->legend->setVisible(true);
    m_plot->legend->setBorderPen(Qt::NoPen);
    // Under the chart: inside it, the legend covered the "After" bar (issue 13).
    charts::legendBelow(m_plot, 2);
    layout->addWidget(m_plot, 1);
    setEffect(Effect(), false);
}

void EffectPanel::setEffect(const Effect &e, bool hasBaseline)
{
    m_effect = e;
    m_saving->setText(hasBaseline ? tr("Saving: %1 a year").arg(Format::gbp(e.annualSaving))
                                  : tr("New service: %1 a year").arg(Format::gbp(e.after.total)));
    // Green only for money actually saved on overhead; a cut to the frontline is never green.
    m_saving->setStyleSheet(e.annualSaving > 0   ? QStringLiteral("color:#1b5e20")
                            : e.annualSaving < 0 ? QStringLiteral("color:#b03030")
                                                 : QString());
    m_cut->setVisible(e.cutsFrontline());
    m_cut->setText(e.cutsFrontline() ? tr("Frontline cut: %1 a year, %2 FTE. Not a saving.")
                                           .arg(Format::gbp(e.frontlineCutGbp), fte(e.frontlineFteCut))
                                     : QString());
    QString rows;
    auto row = [&rows](const QString &label, const QString &before, const QString &after, const QString &change) {
        rows += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td align=right>%4</td></tr>")
                    .arg(label.toHtmlEscaped(), before, after, change);
    };
    rows += QStringLiteral("<tr><th></th><th align=right>%1</th><th align=right>%2</th><th align=right>%3</th></tr>")
                .arg(tr("Before"), tr("After"), tr("Change"));
    row(tr("Total"), Format::gbp(e.before.total), Format::gbp(e.after.total), Format::gbpSigned(e.after.total - e.before.total));
    row(tr("Frontline"), Format::gbp(e.before.frontline), Format::gbp(e.after.frontline), Format::gbpSigned(e.after.frontline - e.before.frontline));
    row(tr("Overhead"), Format::gbp(e.before.overhead), Format::gbp(e.after.overhead), Format::gbpSigned(e.after.overhead - e.before.overhead));
    row(tr("Frontline FTE"), fte(e.frontlineFteBefore), fte(e.frontlineFteAfter), fte(e.frontlineFteAfter - e.frontlineFteBefore));
    row(tr("Overhead FTE"), fte(e.overheadFteBefore), fte(e.overheadFteAfter), fte(e.overheadFteAfter - e.overheadFteBefore));
    row(tr("Bespoke bricks"), QString::number(e.before.bespoke), QString::number(e.after.bespoke),
        QString::number(e.after.bespoke - e.before.bespoke));
    if (e.pviBefore || e.pviAfter) {
        row(tr("Public Value Index"), e.pviBefore ? QString::number(*e.pviBefore, 'f', 2) : tr("n/a"),
            e.pviAfter ? QString::number(*e.pviAfter, 'f', 2) : tr("n/a"),
            e.pviChange() ? QString::number(*e.pviChange(), 'f', 2) : QString());
    }
    m_table->setText(QStringLiteral("<table cellspacing=0 cellpadding=2>%1</table><p>%2<br>%3<br>%4<br>%5</p>")
                         .arg(rows,
                              tr("Moved to the frontline: %1 a year").arg(Format::gbp(e.movedToFrontlineGbp)),
                              tr("FTE moved from overhead to frontline: %1").arg(fte(e.fteMovedToFrontline)),
                              tr("Net change in total cost (frontline cut included): %1 a year")
                                  .arg(Format::gbpSigned(e.after.total - e.before.total)),
                              tr("Bespoke bricks removed: %1").arg(e.bespokeRemoved)));
    m_frontline->setData({1, 2}, {e.before.frontline, e.after.frontline});
    m_overhead->setData({1, 2}, {e.before.overhead, e.after.overhead});
    m_plot->yAxis->setRange(0, std::max(1000.0, std::max(e.before.total, e.after.total)) * 1.15);
    m_plot->replot();
}

QString EffectPanel::summaryText() const
{
    QTextDocument doc;
    doc.setHtml(m_table->text());
    const QString cut = m_effect.cutsFrontline() ? m_cut->text() + QLatin1Char('\n') : QString();
    return cut + m_saving->text() + QLatin1Char('\n') + doc.toPlainText();
}

} // namespace livedna
