#pragma once

#include "core/proposal/effect.h"

#include <QWidget>

class QCustomPlot;
class QCPBars;
class QLabel;

namespace livedna {

// The live effect beside the canvas: before/after totals, frontline and overhead, FTE
// moved, bespoke bricks removed, annual saving and Public Value Index change, as numbers
// and as a small stacked before/after bar chart. The saving is money saved on overhead
// only; a fall of frontline spend or FTE is shown first, in a warning colour, as a
// "Frontline cut", never as a saving.
class EffectPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EffectPanel(QWidget *parent = nullptr);

    void setEffect(const Effect &effect, bool hasBaseline);
    const Effect &effect() const { return m_effect; }
    QString summaryText() const; // the numbers as shown, one per line (tests, accessibility)
    QCustomPlot *plot() const { return m_plot; }

private:
    Effect m_effect;
    QLabel *m_cut; // "Frontline cut", in a warning colour; hidden when nothing is cut
    QLabel *m_saving;
    QLabel *m_table;
    QCustomPlot *m_plot;
    QCPBars *m_frontline;
    QCPBars *m_overhead;
};

} // namespace livedna
