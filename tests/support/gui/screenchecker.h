#pragma once

#include <QFont>
#include <QRect>
#include <QString>
#include <QStringList>

class QCustomPlot;
class QGraphicsView;
class QScrollArea;
class QWidget;

namespace livedna::test {

// Looks at every visible top-level window the way a reader would (issue 13): each window
// fits the screen, no text is elided or clipped where the layout could give it room, no
// two visible sibling widgets or chart texts overlap, and no text is smaller than a legible
// minimum. check() returns one line per problem, naming the state, the widget (its class,
// objectName or accessible name, and its chain of parents) and the measured figures.
//
// It works on geometry Qt already computed (layouts, header sections, QCustomPlot's own
// tick vectors and layout rects after a replot), so a state must be laid out and painted
// before it is checked (settle()).
class ScreenChecker
{
public:
    explicit ScreenChecker(double minimumPointSize = 9.0);

    // Lets pending layouts, replots and timers run.
    static void settle(int milliseconds = 150);

    // Every problem of every visible top-level window, each line prefixed with `state`.
    QStringList check(const QString &state) const;

    // Saves a PNG of every visible top-level window into `dir` as <state>.png (a second
    // window gets <state>-2.png). Returns the paths written.
    QStringList saveScreenshots(const QString &dir, const QString &state) const;

    // The individual checks, public so a test can aim one at a single widget.
    QStringList checkWindowFitsScreen(QWidget *window) const;
    QStringList checkWidget(QWidget *w) const;
    QStringList checkSiblingsOverlap(QWidget *parent) const;
    QStringList checkPlot(QCustomPlot *plot) const;
    QStringList checkGraphicsView(QGraphicsView *view) const;

    // "QLabel 'Organisations' in QWidget > QSplitter > MainWindow".
    static QString describe(const QWidget *w);

private:
    bool fontTooSmall(const QFont &font, const QWidget *w, double scale = 1.0) const;
    QString pointText(const QFont &font, const QWidget *w, double scale = 1.0) const;
    QStringList checkLabel(QWidget *w) const;
    QStringList checkButton(QWidget *w) const;
    QStringList checkLineEdit(QWidget *w) const;
    QStringList checkComboBox(QWidget *w) const;
    QStringList checkTabBar(QWidget *w) const;
    QStringList checkHeader(QWidget *w) const;
    QStringList checkItemView(QWidget *w) const;
    QStringList checkStatusBar(QWidget *w) const;
    QStringList checkScrollArea(QScrollArea *scroll) const;

    double m_minimumPointSize;
};

} // namespace livedna::test
