#include "core/domain/measures.h"
#include "core/export/exporter.h"
#include "core/export/servicelayout.h"
#include "core/models/format.h"
#include "core/proposal/compare.h"
#include "core/proposal/proposalundo.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextDocument>

#include <cmath>

namespace livedna {

namespace {

const QColor frontlineColour(0x2e, 0x7d, 0x32);
const QColor overheadColour(0x1f, 0x5f, 0xa8);
const QColor addedColour(0x2e, 0x9e, 0x44);
const QColor changedColour(0xe0, 0x8a, 0x00);

// A top-to-bottom page composer in points (the writer runs at 72 dpi), starting a new
// page whenever the next block would not fit.
class Composer
{
public:
    Composer(QPdfWriter *writer, QPainter *painter)
        : m_writer(writer)
        , m_painter(painter)
    {
        m_page = QRectF(QPointF(0, 0), writer->pageLayout().paintRect(QPageLayout::Point).size());
        m_y = 0;
    }

    double width() const { return m_page.width(); }
    double remaining() const { return m_page.height() - m_y; }
    double y() const { return m_y; }
    QPainter *painter() { return m_painter; }

    void ensure(double height)
    {
        if (height > remaining() && m_y > 0)
            newPage();
    }
    void newPage()
    {
        m_writer->newPage();
        m_y = 0;
    }
    void skip(double h) { m_y += h; }

    void text(const QString &s, double pointSize, bool bold = false, const QColor &colour = Qt::black)
    {
        QFont f = m_painter->font();
        f.setPointSizeF(pointSize);
        f.setBold(bold);
        m_painter->setFont(f);
        m_painter->setPen(colour);
        const QRectF r = m_painter->boundingRect(QRectF(0, 0, width(), 10000), Qt::TextWordWrap, s);
        // Headings keep some of what follows them on their page.
        ensure(r.height() + (bold && pointSize >= 11 ? 60 : 0));
        m_painter->drawText(QRectF(0, m_y, width(), r.height()), Qt::TextWordWrap, s);
        m_y += r.height() + pointSize * 0.35;
    }

    // Rows of cells; the first row is a header. Column widths as fractions of the width.
    void table(const QList<QStringList> &rows, const QList<double> &widths, double pointSize = 9.5)
    {
        QFont f = m_painter->font();
        f.setPointSizeF(pointSize);
        const double rowHeight = pointSize * 1.9;
        for (int r = 0; r < rows.size(); ++r) {
            ensure(rowHeight);
            f.setBold(r == 0);
            m_painter->setFont(f);
            if (r == 0)
                m_painter->fillRect(QRectF(0, m_y, width(), rowHeight), QColor(0xe8, 0xec, 0xf0));
            double x = 0;
            for (int c = 0; c < rows.at(r).size() && c < widths.size(); ++c) {
                const double w = widths.at(c) * width();
                m_painter->setPen(Qt::black);
                m_painter->drawText(QRectF(x + 4, m_y, w - 8, rowHeight),
                                    Qt::AlignVCenter | (c == 0 ? Qt::AlignLeft : Qt::AlignRight), rows.at(r).at(c));
                x += w;
            }
            m_painter->setPen(QPen(QColor(0xc0, 0xc6, 0xcc), 0.5));
            m_painter->drawLine(QPointF(0, m_y + rowHeight), QPointF(width(), m_y + rowHeight));
            m_y += rowHeight;
        }
        m_y += 8;
    }

    // Rich text (the rationale), split across pages where it has to be.
    void document(QTextDocument &doc)
    {
        doc.setTextWidth(width());
        double offset = 0;
        const double total = doc.size().height();
        while (offset < total) {
            if (remaining() < 60)
                newPage();
            const double slice = qMin(remaining(), total - offset);
            m_painter->save();
            m_painter->translate(0, m_y - offset);
            doc.drawContents(m_painter, QRectF(0, offset, width(), slice));
            m_painter->restore();
            offset += slice;
            m_y += slice;
        }
        m_y += 8;
    }

private:
    QPdfWriter *m_writer;
    QPainter *m_painter;
    QRectF m_page;
    double m_y;
};

QString num(double v)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(v, 'f', v == std::floor(v) ? 0 : 1);
}

void drawGraph(Composer &c, const Service &service, const Catalogue &cat, const QHash<QString, QPointF> &fixed,
               const ServiceDiff *diff, const QString &caption)
{
    const ServiceLayout layout = ServiceLayout::compute(service, fixed);
    const double maxHeight = 300;
    double scale = 1.0;
    if (layout.bounds.width() > 0)
        scale = qMin(1.0, c.width() / layout.bounds.width());
    if (layout.bounds.height() * scale > maxHeight)
        scale = maxHeight / layout.bounds.height();
    const double height = qMax(40.0, layout.bounds.height() * scale);
    c.text(caption, 11, true);
    c.ensure(height + 10);
    QPainter *p = c.painter();
    p->save();
    p->translate(0, c.y());
    p->scale(scale, scale);
    p->setRenderHint(QPainter::Antialiasing);
    for (const Flow &f : service.flows) {
        const QRectF a = layout.boxes.value(f.from);
        const QRectF b = layout.boxes.value(f.to);
        if (a.isNull() || b.isNull())
            continue;
        const QPointF from(a.right(), a.center().y());
        const QPointF to(b.left(), b.center().y());
        p->setPen(QPen(QColor(0x60, 0x60, 0x60), 1.2));
        p->drawLine(from, to);
        const QLineF line(to, from);
        const double angle = std::atan2(-line.dy(), line.dx());
        const QPointF p1 = to + QPointF(std::sin(angle + M_PI / 3) * 7, std::cos(angle + M_PI / 3) * 7);
        const QPointF p2 = to + QPointF(std::sin(angle + M_PI - M_PI / 3) * 7, std::cos(angle + M_PI - M_PI / 3) * 7);
        p->setBrush(QColor(0x60, 0x60, 0x60));
        p->drawPolygon(QPolygonF({to, p1, p2}));
    }
    QFont f = p->font();
    for (const BrickInstance &b : service.bricks) {
        const QRectF r = layout.boxes.value(b.id);
        const Layer layer = layerOf(b, cat);
        QColor fill = layer == Layer::Frontline ? QColor(0xe3, 0xf2, 0xe4) : QColor(0xe2, 0xec, 0xf7);
        QPen border(layer == Layer::Frontline ? frontlineColour : overheadColour, 1.2);
        if (!b.isStandard())
            border.setStyle(Qt::DashLine);
        if (diff) {
            if (const BrickChange *ch = diff->brick(b.id)) {
                border.setColor(ch->kind == ChangeKind::Added ? addedColour : changedColour);
                border.setWidthF(2.5);
            }
        }
        p->setPen(border);
        p->setBrush(fill);
        p->drawRoundedRect(r, 6, 6);
        p->setPen(Qt::black);
        f.setPointSizeF(9);
        f.setBold(true);
        p->setFont(f);
        p->drawText(r.adjusted(6, 4, -6, -r.height() / 2), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                    b.name.isEmpty() ? b.id : b.name);
        f.setBold(false);
        f.setPointSizeF(8);
        p->setFont(f);
        QString detail = Format::gbp(b.annualCostGbp);
        if (b.fte)
            detail += QStringLiteral(" · %1 FTE").arg(num(*b.fte));
        detail += b.isStandard() ? Exporter::tr(" · commons") : Exporter::tr(" · bespoke");
        p->drawText(r.adjusted(6, r.height() / 2, -6, -4), Qt::AlignLeft | Qt::AlignVCenter, detail);
    }
    p->restore();
    c.skip(height + 12);
}

void drawEffectChart(Composer &c, const Effect &e)
{
    const double height = 150;
    c.text(Exporter::tr("Annual cost before and after"), 11, true);
    c.ensure(height + 20);
    QPainter *p = c.painter();
    const double top = c.y() + 18; // room for the value labels above the bars
    const double maxValue = qMax(1.0, qMax(e.before.total, e.after.total));
    const double barWidth = 90;
    const double chartHeight = height - 30;
    const double left = 60;
    QFont f = p->font();
    f.setPointSizeF(8.5);
    f.setBold(false);
    p->setFont(f);
    p->setPen(QColor(0x80, 0x80, 0x80));
    p->drawLine(QPointF(left - 5, top + chartHeight), QPointF(left + 2 * barWidth + 120, top + chartHeight));
    const QList<QPair<QString, const CostSplit *>> bars = {{Exporter::tr("Before"), &e.before}, {Exporter::tr("After"), &e.after}};
    for (int i = 0; i < bars.size(); ++i) {
        const CostSplit &s = *bars.at(i).second;
        const double x = left + i * (barWidth + 40);
        const double hf = chartHeight * s.frontline / maxValue;
        const double ho = chartHeight * s.overhead / maxValue;
        p->fillRect(QRectF(x, top + chartHeight - hf, barWidth, hf), frontlineColour);
        p->fillRect(QRectF(x, top + chartHeight - hf - ho, barWidth, ho), overheadColour);
        p->setPen(Qt::black);
        p->drawText(QRectF(x - 20, top + chartHeight - hf - ho - 14, barWidth + 40, 12), Qt::AlignCenter, Format::gbp(s.total));
        p->drawText(QRectF(x, top + chartHeight + 2, barWidth, 12), Qt::AlignCenter, bars.at(i).first);
    }
    const double lx = left + 2 * (barWidth + 40) + 10;
    p->fillRect(QRectF(lx, top + 10, 10, 10), frontlineColour);
    p->drawText(QPointF(lx + 14, top + 19), Exporter::tr("Frontline"));
    p->fillRect(QRectF(lx, top + 26, 10, 10), overheadColour);
    p->drawText(QPointF(lx + 14, top + 35), Exporter::tr("Overhead"));
    c.skip(height + 18);
}

} // namespace

Result<QByteArray> Exporter::toPdf(const ExportInput &in)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Result<QByteArray>::failure({}, {}, tr("PDF export needs the graphical toolkit (fonts), which is not running."));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(40, 40, 40, 40), QPageLayout::Point);
        writer.setResolution(72);
        writer.setTitle(in.title);
        writer.setCreator(QStringLiteral("LiveDNA"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Result<QByteArray>::failure({}, {}, tr("Cannot start the PDF."));
        Composer c(&writer, &painter);
        c.text(in.title, 20, true);
        QStringList sub;
        if (!in.orgName.isEmpty() || !in.orgCode.isEmpty())
            sub << QStringLiteral("%1 (%2)").arg(in.orgName, in.orgCode);
        if (!in.author.isEmpty())
            sub << tr("By %1").arg(in.author);
        if (in.proposal)
            sub << in.proposal->modified.toUTC().toString(QStringLiteral("d MMMM yyyy"));
        if (!sub.isEmpty())
            c.text(sub.join(QStringLiteral(" · ")), 10, false, QColor(0x50, 0x50, 0x50));
        if (in.proposal && in.proposal->area)
            c.text(Exporter::areaLine(*in.proposal->area), 10, false, QColor(0x50, 0x50, 0x50));
        c.skip(6);

        if (in.isProposal() && in.effect) {
            const Effect &e = *in.effect;
            const QColor warning(0xb0, 0x30, 0x30);
            // A cut to the frontline is said first, on the first page, before any saving.
            if (e.cutsFrontline())
                c.text(frontlineCutWarning(e), 13, true, warning);
            c.text(tr("Summary"), 14, true);
            c.text(tr("Annual saving: %1 a year").arg(Format::gbp(e.annualSaving)), 12, true,
                   e.annualSaving >= 0 ? frontlineColour : warning);
            if (e.movedToFrontlineGbp > 0.0)
                c.text(tr("Moved to the frontline: %1 a year").arg(Format::gbp(e.movedToFrontlineGbp)), 11, false);
            if (e.cutsFrontline()) {
                c.text(tr("Frontline cut: %1 a year, %2 FTE (not a saving)")
                           .arg(Format::gbp(e.frontlineCutGbp), num(e.frontlineFteCut)), 12, true, warning);
            }
            auto row = [](const QString &label, const QString &before, const QString &after, const QString &change) {
                return QStringList{label, before, after, change};
            };
            QList<QStringList> rows;
            rows << row(tr("Measure"), tr("Before"), tr("After"), tr("Change"));
            rows << row(tr("Total annual cost"), Format::gbp(e.before.total), Format::gbp(e.after.total), Format::gbpSigned(e.after.total - e.before.total));
            rows << row(tr("Frontline cost"), Format::gbp(e.before.frontline), Format::gbp(e.after.frontline), Format::gbpSigned(e.after.frontline - e.before.frontline));
            rows << row(tr("Overhead cost"), Format::gbp(e.before.overhead), Format::gbp(e.after.overhead), Format::gbpSigned(e.after.overhead - e.before.overhead));
            rows << row(tr("Frontline FTE"), num(e.frontlineFteBefore), num(e.frontlineFteAfter), num(e.frontlineFteAfter - e.frontlineFteBefore));
            rows << row(tr("Overhead FTE"), num(e.overheadFteBefore), num(e.overheadFteAfter), num(e.overheadFteAfter - e.overheadFteBefore));
            rows << row(tr("Bricks"), QString::number(e.before.bricks), QString::number(e.after.bricks), QString::number(e.after.bricks - e.before.bricks));
            rows << row(tr("Bespoke bricks"), QString::number(e.before.bespoke), QString::number(e.after.bespoke), QString::number(e.after.bespoke - e.before.bespoke));
            if (e.pviBefore || e.pviAfter) {
                rows << row(tr("Public Value Index"), e.pviBefore ? QString::number(*e.pviBefore, 'f', 2) : tr("n/a"),
                            e.pviAfter ? QString::number(*e.pviAfter, 'f', 2) : tr("n/a"),
                            e.pviChange() ? QString::number(*e.pviChange(), 'f', 2) : QString());
            }
            c.table(rows, {0.4, 0.2, 0.2, 0.2});
            c.text(tr("FTE moved from overhead to frontline: %1 · Bespoke bricks removed: %2")
                       .arg(num(e.fteMovedToFrontline)).arg(e.bespokeRemoved), 10);
            c.skip(6);
            drawEffectChart(c, e);
            c.skip(10);
            std::optional<ServiceDiff> diff;
            if (in.baseline) {
                diff = Compare::services(*in.baseline, in.services.first());
                drawGraph(c, *in.baseline, in.catalogue, {}, nullptr, tr("Before: the published service"));
            }
            drawGraph(c, in.services.first(), in.catalogue, in.layout, diff ? &*diff : nullptr,
                      tr("After: the proposed service (changed bricks outlined in colour)"));
            if (diff) {
                c.text(tr("What changes"), 14, true);
                for (const QString &line : Compare::describe(*diff))
                    c.text(QStringLiteral("• ") + line, 10);
                c.skip(6);
            }
            if (!in.rationale.isEmpty()) {
                c.text(tr("Rationale"), 14, true);
                QTextDocument doc;
                QFont f = painter.font();
                f.setPointSizeF(10);
                f.setBold(false);
                doc.setDefaultFont(f);
                doc.setMarkdown(in.rationale);
                c.document(doc);
            }
        } else {
            c.text(tr("Summary"), 14, true);
            QList<QStringList> rows;
            rows << QStringList{tr("Service"), tr("Bricks"), tr("Bespoke"), tr("Frontline"), tr("Overhead"), tr("Total")};
            CostSplit all;
            for (const Service &s : in.services) {
                const CostSplit split = measureService(s, in.catalogue);
                all += split;
                rows << QStringList{s.name, QString::number(split.bricks), QString::number(split.bespoke),
                                    Format::gbp(split.frontline), Format::gbp(split.overhead), Format::gbp(split.total)};
            }
            rows << QStringList{tr("Total"), QString::number(all.bricks), QString::number(all.bespoke),
                                Format::gbp(all.frontline), Format::gbp(all.overhead), Format::gbp(all.total)};
            c.table(rows, {0.36, 0.1, 0.1, 0.15, 0.14, 0.15});
            for (const Service &s : in.services)
                drawGraph(c, s, in.catalogue, {}, nullptr, s.name);
        }
        c.text(tr("Provenance"), 14, true);
        for (const QString &line : in.provenance)
            c.text(line, 9, false, QColor(0x40, 0x40, 0x40));
        c.text(tr("Figures computed by LiveDNA with the commons measures: service cost is the sum of its bricks' "
                  "annual costs, split into frontline and overhead by each brick's capability."), 8, false, QColor(0x60, 0x60, 0x60));
        painter.end();
    }
    return bytes;
}

} // namespace livedna
