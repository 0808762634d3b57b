#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QCustomPlot;

namespace livedna {

// Keyboard use of a horizontal bar chart whose rows are named by a text ticker on the left
// axis (the dashboard's charts): Up and Down move a cursor over the rows (drawn as the
// chart's selection, read by a screen reader in the accessible description), Enter or Space
// does what a double-click on the row does. The chart keeps its own keys otherwise.
class ChartKeyboard : public QObject
{
    Q_OBJECT

public:
    ChartKeyboard(QCustomPlot *plot, std::function<void(int row)> activate);
    int row() const { return m_row; }
    int rowCount() const;
    QString rowLabel(int row) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void moveTo(int row);

    QPointer<QCustomPlot> m_plot;
    std::function<void(int)> m_activate;
    int m_row = -1;
};

} // namespace livedna
