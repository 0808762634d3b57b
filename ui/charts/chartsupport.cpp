#include "ui/charts/chartsupport.h"

#include "core/models/format.h"

#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace livedna::charts {

QFont font(double pointSize, bool bold)
{
    QFont f = QApplication::font();
    f.setPointSizeF(std::max(pointSize, kLegiblePointSize));
    if (bold)
        f.setWeight(QFont::DemiBold);
    return f;
}

FittedTicker::FittedTicker(QCPAxis *axis, std::function<QString(double)> format)
    : m_axis(axis)
    , m_format(std::move(format))
{
    // Once per axis: after each replot, draw again if the ticks were fitted to an old length.
    if (!axis || axis->property("livednaFittedTicks").toBool())
        return;
    axis->setProperty("livednaFittedTicks", true);
    QCustomPlot *plot = axis->parentPlot();
    QObject::connect(plot, &QCustomPlot::afterReplot, axis, [axis, plot] {
        const auto ticker = axis->ticker().dynamicCast<FittedTicker>();
        if (ticker && ticker->stale())
            QTimer::singleShot(0, axis, [plot] { plot->replot(QCustomPlot::rpQueuedReplot); });
    });
}

int FittedTicker::length() const
{
    if (!m_axis)
        return 0;
    return m_axis->orientation() == Qt::Horizontal ? m_axis->axisRect()->width() : m_axis->axisRect()->height();
}

bool FittedTicker::stale() const
{
    return m_fittedTo >= 0 && std::abs(length() - m_fittedTo) > 2;
}

double FittedTicker::getTickStep(const QCPRange &range)
{
    m_step = fittedStep(range);
    return m_step;
}

double FittedTicker::fittedStep(const QCPRange &range)
{
    if (!m_axis || range.size() <= 0)
        return QCPAxisTicker::getTickStep(range);
    const QFontMetrics fm(m_axis->tickLabelFont());
    const bool horizontal = m_axis->orientation() == Qt::Horizontal;
    const int length = this->length();
    m_fittedTo = length;
    // The widest label the range can produce, and a gap of about two characters.
    int extent = fm.height() + 6;
    if (horizontal) {
        extent = 0;
        for (double v : {range.lower, range.upper, (range.lower + range.upper) / 2, range.upper * 0.9})
            extent = std::max(extent, fm.horizontalAdvance(m_format ? m_format(v) : Format::gbp(v)));
        extent += fm.horizontalAdvance(QStringLiteral("000"));
    }
    // The axis may still shrink a little once the margins take the labels' size.
    const int fit = std::max(1, int((length > 0 ? length : 300) * 0.9) / std::max(1, extent));
    if (fit <= 2) {
        // Room for two labels: zero and the largest round value inside the range.
        const double magnitude = std::pow(10.0, std::floor(std::log10(range.size())));
        for (double m : {5.0, 2.5, 2.0, 1.0}) {
            if (m * magnitude <= range.size())
                return m * magnitude;
        }
        return magnitude / 2;
    }
    double step = cleanMantissa(range.size() / std::max(1, std::min(fit, 6)));
    // Rounding to a clean step may add ticks: widen until the labels fit.
    for (int guard = 0; guard < 20 && std::floor(range.size() / step) + 1 > fit; ++guard)
        step = cleanMantissa(step * 2.0);
    return step;
}

void moneyTicks(QCPAxis *axis)
{
    // Each label has the decimals the fitted step needs (Format::gbpTick), so neighbours differ.
    auto ticker = QSharedPointer<FittedTicker>::create(axis, std::function<QString(double)>());
    ticker->setFormat([t = ticker.data()](double v) { return Format::gbpTick(v, t->step()); });
    axis->setTicker(ticker);
}

void percentTicks(QCPAxis *axis)
{
    axis->setTicker(QSharedPointer<QCPAxisTicker>(new FittedTicker(axis, [](double v) { return Format::percent(v); })));
}

int rowsThatFit(int pixels, const QFont &f)
{
    return std::max(1, pixels / (QFontMetrics(f).height() + 1));
}

QString wrapped(const QString &text, int characters)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + word.size() + 1 > characters) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    lines << line;
    return lines.join(QLatin1Char('\n'));
}

QString wrappedTo(const QString &text, const QFont &f, int pixels)
{
    const QFontMetrics fm(f);
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && fm.horizontalAdvance(candidate) > pixels) {
            lines << line;
            line = word;
        } else {
            line = candidate;
        }
    }
    lines << line;
    return lines.join(QLatin1Char('\n'));
}

namespace {

class ResizeWatcher : public QObject
{
public:
    ResizeWatcher(QWidget *widget, std::function<void()> redraw)
        : QObject(widget)
        , m_redraw(std::move(redraw))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && !m_queued) {
            m_queued = true;
            QTimer::singleShot(0, this, [this] {
                m_queued = false;
                m_redraw();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_redraw;
    bool m_queued = false;
};

} // namespace

void onResize(QWidget *widget, std::function<void()> redraw)
{
    new ResizeWatcher(widget, std::move(redraw));
}

void legendBelow(QCustomPlot *plot, int columns)
{
    QCPLegend *legend = plot->legend;
    if (!legend)
        return;
    QCPLayoutInset *inset = plot->axisRect()->insetLayout();
    if (inset->take(legend)) {
        inset->simplify();
        const int row = plot->plotLayout()->rowCount();
        plot->plotLayout()->addElement(row, 0, legend);
        plot->plotLayout()->setRowStretchFactor(row, 0.001);
    }
    // The wrap first: setFillOrder() rearranges the items already there with the wrap in
    // force, and setWrap() alone leaves them on one clipped row.
    // As many columns as the longest name leaves room for, at most `columns`.
    legend->setFont(font());
    legend->setIconSize(18, 12);
    const QFontMetrics fm(legend->font());
    int widest = 0;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i)))
            widest = std::max(widest, fm.horizontalAdvance(item->plottable()->name()));
    }
    const int itemWidth = legend->iconSize().width() + legend->iconTextPadding() + widest + 16;
    columns = std::clamp(plot->width() / std::max(1, itemWidth), 1, std::max(1, columns));
    legend->setWrap(columns);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    legend->setMargins(QMargins(4, 0, 4, 6)); // the last row's descenders clear the edge
    legend->setIconSize(18, 12);
}

} // namespace livedna::charts
