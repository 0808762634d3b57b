#pragma once

#include "core/mapping/mappingdraft.h"

#include <QWidget>

class QLabel;

namespace livedna {

// The live bar of a service's reported spend against what is mapped into bricks: published
// and estimated parts, the unmapped remainder (never negative), and over-allocation in a
// warning colour with words, never hidden. Unknown reported spend is said to be unknown.
class AllocationBar : public QWidget
{
    Q_OBJECT

public:
    explicit AllocationBar(QWidget *parent = nullptr);

    void setAllocation(const Allocation &allocation);
    const Allocation &allocation() const { return m_allocation; }
    QString summaryText() const; // the line under the bar (tests read it)
    bool showsWarning() const { return m_allocation.isOverAllocated(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Allocation m_allocation;
    QLabel *m_text;
};

} // namespace livedna
