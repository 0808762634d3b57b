#include "ui/chartkeyboard.h"

#include "ui/accessibility.h"
#include "ui/qcp.h"

#include <QKeyEvent>

namespace livedna {

ChartKeyboard::ChartKeyboard(QCustomPlot *plot, std::function<void(int)> activate)
    : QObject(plot)
    , m_plot(plot)
    , m_activate(std::move(activate))
{
    plot->setFocusPolicy(Qt::StrongFocus);
    plot->installEventFilter(this);
}

static QSharedPointer<QCPAxisTickerText> rowTicker(const QCustomPlot *plot)
{
    if (!plot || plot->axisRectCount() == 0 || !plot->axisRect(0)->axis(QCPAxis::atLeft))
        return {};
    return qSharedPointerDynamicCast<QCPAxisTickerText>(plot->axisRect(0)->axis(QCPAxis::atLeft)->ticker());
}

int ChartKeyboard::rowCount() const
{
    const QSharedPointer<QCPAxisTickerText> ticker = rowTicker(m_plot);
    return ticker ? int(ticker->ticks().size()) : 0;
}

QString ChartKeyboard::rowLabel(int row) const
{
    const QSharedPointer<QCPAxisTickerText> ticker = rowTicker(m_plot);
    return ticker ? ticker->ticks().value(double(row)).simplified() : QString();
}

void ChartKeyboard::moveTo(int row)
{
    const int n = rowCount();
    if (n == 0)
        return;
    m_row = std::clamp(row, 0, n - 1);
    for (int i = 0; i < m_plot->plottableCount(); ++i) {
        QCPAbstractPlottable *p = m_plot->plottable(i);
        p->setSelectable(QCP::stDataRange);
        p->setSelection(QCPDataSelection(QCPDataRange(m_row, m_row + 1)));
    }
    accessibility::announce(m_plot, rowLabel(m_row));
    m_plot->replot();
}

bool ChartKeyboard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_plot || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const int n = rowCount();
    if (n == 0)
        return false;
    // Rows are numbered from the bottom of the chart: Up goes to the next one.
    if (m_row >= n)
        m_row = -1;
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Up:
        moveTo(m_row < 0 ? n - 1 : m_row + 1);
        return true;
    case Qt::Key_Down:
        moveTo(m_row < 0 ? n - 1 : m_row - 1);
        return true;
    case Qt::Key_Home:
        moveTo(n - 1);
        return true;
    case Qt::Key_End:
        moveTo(0);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_row >= 0 && m_activate) {
            m_activate(m_row);
            return true;
        }
        return false;
    default:
        return false;
    }
}

} // namespace livedna
