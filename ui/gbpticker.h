#pragma once

#include "core/models/format.h"
#include "ui/qcp.h"

namespace livedna {

// A money axis labelled the way every figure is written (Format, docs/money-and-names.md):
// "£0, £250k, £500k, £750k, £1m, £1.25m", never "0 10000 20000 … £ thousand". The data are
// in pounds. Each label has the decimals the tick step needs, so neighbours always differ.
class GbpAxisTicker : public QCPAxisTicker
{
protected:
    double getTickStep(const QCPRange &range) override
    {
        m_step = QCPAxisTicker::getTickStep(range);
        return m_step;
    }
    QString getTickLabel(double tick, const QLocale &, QChar, int) override { return Format::gbpTick(tick, m_step); }

private:
    double m_step = 0.0;
};

} // namespace livedna
