#include "ui/mapping/allocationbar.h"

#include "core/models/format.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

namespace livedna {

namespace {

constexpr int BarHeight = 22;
const QColor PublishedColour(0x1d, 0x70, 0xb8); // GOV.UK blue
const QColor EstimatedColour(0x5b, 0x9b, 0xd5);
const QColor UnmappedColour(0xe8, 0xea, 0xed);
const QColor OverColour(0xd4, 0x35, 0x1c);      // GOV.UK red: a warning, not a fill

} // namespace

AllocationBar::AllocationBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, BarHeight + 4, 0, 0);
    layout->setSpacing(0);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("allocationText"));
    layout->addWidget(m_text);
    setAccessibleName(tr("Reported spend against mapped spend"));
    setAllocation({});
}

QString AllocationBar::summaryText() const
{
    const Allocation &a = m_allocation;
    QString mapped = tr("Mapped %1").arg(Format::gbpFull(a.mapped));
    if (a.estimatedBricks > 0)
        mapped += tr(" (published %1, estimated %2)").arg(Format::gbpFull(a.published), Format::gbpFull(a.estimated));
    if (!a.reported)
        return tr("Reported spend: not published, so there is nothing to allocate against. %1.").arg(mapped);
    QString text = tr("Reported %1 · %2 · Unmapped %3").arg(Format::gbpFull(*a.reported), mapped, Format::gbpFull(*a.unmapped));
    if (a.isOverAllocated())
        text += QLatin1Char('\n') + tr("Warning: the bricks exceed the reported spend by %1. Check the costs, "
                                       "or say why in each brick's source.").arg(Format::gbpFull(*a.overAllocated));
    else if (*a.reported <= 0.0)
        text += QLatin1Char('\n') + tr("The reported net spend is not positive (income covers spending).");
    return text;
}

void AllocationBar::setAllocation(const Allocation &allocation)
{
    m_allocation = allocation;
    const QString text = summaryText();
    m_text->setText(text);
    m_text->setStyleSheet(allocation.isOverAllocated() ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
    setAccessibleDescription(text);
    setToolTip(text);
    update();
}

QSize AllocationBar::sizeHint() const
{
    return {480, BarHeight + 4 + m_text->sizeHint().height()};
}

QSize AllocationBar::minimumSizeHint() const
{
    return {200, BarHeight + 4 + m_text->minimumSizeHint().height()};
}

void AllocationBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRectF bar(0.5, 0.5, width() - 1.0, BarHeight);
    const Allocation &a = m_allocation;
    p.fillRect(bar, UnmappedColour);
    // The scale is the larger of reported and mapped, so an excess shows beyond the reported mark.
    const double reported = a.reported ? std::max(0.0, *a.reported) : 0.0;
    const double scale = std::max({reported, a.mapped, 1.0});
    const auto w = [&](double v) { return bar.width() * std::clamp(v / scale, 0.0, 1.0); };
    QRectF published(bar.left(), bar.top(), w(a.published), bar.height());
    p.fillRect(published, PublishedColour);
    // Estimated parts hatched as well as lighter, so they read apart in greyscale too.
    QRectF estimated(published.right(), bar.top(), w(a.estimated), bar.height());
    p.fillRect(estimated, EstimatedColour);
    p.fillRect(estimated, QBrush(Qt::white, Qt::BDiagPattern));
    if (a.reported && a.isOverAllocated()) {
        const QRectF over(bar.left() + w(reported), bar.top(), bar.width() - w(reported), bar.height());
        p.fillRect(over, QBrush(OverColour, Qt::Dense4Pattern));
        p.setPen(QPen(OverColour, 3));
        p.drawLine(QPointF(over.left(), bar.top() - 0.5), QPointF(over.left(), bar.bottom()));
    }
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar);
}

} // namespace livedna
