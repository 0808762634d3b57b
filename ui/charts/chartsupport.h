#pragma once

#include "ui/qcp.h"

#include <QFont>
#include <QPointer>
#include <QString>

#include <functional>

// What every chart needs to stay legible at 1024 px and in Welsh (issue 13): fonts never
// below the legible minimum, value ticks spaced by the width of their own labels, category
// names fitted to the rows there is room for, and legends outside the bars.
namespace livedna::charts {

// The smallest text any chart draws (9 pt at 96 dpi is 12 px).
constexpr double kLegiblePointSize = 9.0;

// The application font at `pointSize`, never below the legible minimum.
QFont font(double pointSize = kLegiblePointSize, bool bold = false);

// A value axis ticker that places as many ticks as their labels leave room for on the axis
// as it is now (asked again at every replot, so a resize re-spaces them): "£1.00m£1.25m"
// never runs together, and a narrow panel gets two ticks rather than six.
class FittedTicker : public QCPAxisTicker
{
public:
    FittedTicker(QCPAxis *axis, std::function<QString(double)> format);
    // QCustomPlot lays out ticks before it sizes the axis: after a resize the ticks were
    // fitted to the old length, and the plot must be drawn once more.
    bool stale() const;
    double step() const { return m_step; } // the last step chosen (0 before the first)
    void setFormat(std::function<QString(double)> format) { m_format = std::move(format); }

protected:
    double getTickStep(const QCPRange &range) override;
    int getSubTickCount(double) override { return 0; }
    QString getTickLabel(double tick, const QLocale &, QChar, int) override { return m_format(tick); }

private:
    int length() const;
    double fittedStep(const QCPRange &range);

    QPointer<QCPAxis> m_axis;
    std::function<QString(double)> m_format;
    int m_fittedTo = -1;
    double m_step = 0.0;
};

// Installs a FittedTicker formatting money (Format::gbp) or shares (Format::percent).
void moneyTicks(QCPAxis *axis);
void percentTicks(QCPAxis *axis);

// How many category rows of `font` an axis of `pixels` can name without the names touching.
int rowsThatFit(int pixels, const QFont &font = charts::font());

// `text` broken into lines of at most about `characters` characters at spaces: chart text
// elements do not wrap by themselves.
QString wrapped(const QString &text, int characters = 40);

// `text` broken at spaces into lines no wider than `pixels` in `font`.
QString wrappedTo(const QString &text, const QFont &font, int pixels);

// Calls `redraw` after `widget` has been resized (once the resizes of one layout pass have
// settled): charts that fit their rows and labels to their size draw again.
void onResize(QWidget *widget, std::function<void()> redraw);

// Moves the legend out of the axis rect into its own row under the chart, `columns` wide,
// so it never covers a bar or a name.
void legendBelow(QCustomPlot *plot, int columns = 2);

} // namespace livedna::charts
