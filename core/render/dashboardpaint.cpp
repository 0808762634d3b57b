#include "core/render/dashboardpaint.h"

#include "core/domain/measures.h"
#include "core/models/format.h"
#include "core/render/palette.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <functional>

namespace livedna {

DashboardData DashboardData::build(const Organisation &org, const Catalogue &catalogue, const QList<OrgSummary> &all,
                                   int maxServices)
{
    DashboardData d;
    d.title = org.name;
    CostSplit whole;
    double bespoke = 0;
    for (const Service &s : org.services) {
        const CostSplit c = measureService(s, catalogue);
        whole += c;
        ServiceRow r;
        r.id = s.id;
        r.name = s.name;
        r.total = c.total;
        r.frontline = c.frontline;
        r.overhead = c.overhead;
        r.coverage = mappingCoverage(c);
        for (const BrickInstance &b : s.bricks)
            (b.isStandard() ? r.standard : r.bespoke) += b.annualCostGbp;
        bespoke += r.bespoke;
        d.services.append(r);
    }
    std::sort(d.services.begin(), d.services.end(), [](const ServiceRow &a, const ServiceRow &b) { return a.total > b.total; });
    if (d.services.size() > maxServices) {
        ServiceRow rest;
        rest.name = DashboardPainter::tr("%n other service(s)", nullptr, int(d.services.size() - maxServices + 1));
        for (int i = maxServices - 1; i < d.services.size(); ++i) {
            const ServiceRow &r = d.services.at(i);
            rest.total += r.total;
            rest.frontline += r.frontline;
            rest.overhead += r.overhead;
            rest.standard += r.standard;
            rest.bespoke += r.bespoke;
        }
        d.services.resize(maxServices - 1);
        d.services.append(rest);
    }
    d.summary = DashboardPainter::tr("%1 a year · %2 frontline · %3 of spend on bespoke bricks · period %4")
                    .arg(Format::gbp(whole.total),
                         whole.total > 0 ? Format::percent(whole.frontline / whole.total) : QStringLiteral("—"),
                         whole.total > 0 ? Format::percent(bespoke / whole.total) : QStringLiteral("—"), org.period);
    d.comparators = selectComparators(org, all, 8);
    d.comparatorRows = livedna::comparatorRows(org.code, d.comparators, all);
    return d;
}

namespace {

struct Series
{
    QString name;
    QColor colour;
    bool hatched = false;
};

// Horizontal (stacked) bars with category labels on the left: the one chart form the
// dashboard needs, so the headless copy stays small.
void barPanel(QPainter *p, const QRectF &rect, const QString &title, const QStringList &labels,
              const QList<QList<double>> &values, const QList<Series> &series,
              const std::function<QString(double)> &format, const QList<bool> &emphasis = {},
              const QString &emptyText = QString())
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing, false);
    QFont tf;
    tf.setPointSizeF(10);
    tf.setWeight(QFont::DemiBold);
    QFont lf;
    lf.setPointSizeF(8);
    const QFontMetricsF lm(lf);
    p->setFont(tf);
    p->setPen(colours::ink());
    p->drawText(QRectF(rect.left(), rect.top(), rect.width(), 22), Qt::AlignHCenter | Qt::AlignVCenter, title);
    const double labelW = std::min(190.0, rect.width() * 0.38);
    const QRectF plot(rect.left() + labelW + 6, rect.top() + 28, rect.width() - labelW - 16, rect.height() - 28 - 36);
    double max = 0;
    for (const QList<double> &row : values) {
        double sum = 0;
        for (double v : row)
            sum += std::max(0.0, v);
        max = std::max(max, sum);
    }
    if (labels.isEmpty() || max <= 0) {
        p->setFont(lf);
        p->setPen(colours::mutedInk());
        p->drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, emptyText.isEmpty() ? DashboardPainter::tr("Nothing to show.") : emptyText);
        p->restore();
        return;
    }
    // A round step (1, 2 or 5 × 10^k) so the grid reads £1m, £2m… rather than £1.15m.
    const int ticks = plot.width() < 260 ? 2 : 4;
    const double raw = max / ticks;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / mag;
    const double step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
    const int steps = int(std::ceil(max / step - 1e-9));
    max = step * steps;
    // Value grid.
    p->setFont(lf);
    for (int i = 0; i <= steps; ++i) {
        const double v = step * i;
        const double x = plot.left() + plot.width() * i / steps;
        p->setPen(QColor(0xEE, 0xF0, 0xF3));
        p->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p->setPen(colours::mutedInk());
        p->drawText(QRectF(x - 40, plot.bottom() + 2, 80, 14), Qt::AlignHCenter | Qt::AlignTop, format(v));
    }
    const double band = plot.height() / labels.size();
    const double barH = std::min(18.0, band * 0.72);
    for (int i = 0; i < labels.size(); ++i) {
        const double y = plot.top() + i * band + (band - barH) / 2;
        p->setPen(emphasis.value(i) ? colours::ink() : colours::mutedInk());
        QFont f = lf;
        f.setWeight(emphasis.value(i) ? QFont::DemiBold : QFont::Normal);
        p->setFont(f);
        p->drawText(QRectF(rect.left(), plot.top() + i * band, labelW, band), Qt::AlignRight | Qt::AlignVCenter,
                    lm.elidedText(labels.at(i), Qt::ElideRight, labelW - 4));
        double x = plot.left();
        for (int s = 0; s < series.size() && s < values.at(i).size(); ++s) {
            const double w = std::max(0.0, values.at(i).at(s)) / max * plot.width();
            const QRectF bar(x, y, w, barH);
            if (series.at(s).hatched) {
                p->fillRect(bar, QBrush(series.at(s).colour, Qt::BDiagPattern));
                p->setPen(QPen(series.at(s).colour, 1));
                p->drawRect(bar.adjusted(0, 0, -1, -1));
            } else {
                p->fillRect(bar, emphasis.isEmpty() || emphasis.value(i) ? series.at(s).colour : QColor(0xA8, 0xB3, 0xC2));
            }
            x += w;
        }
    }
    // Legend for stacked panels.
    if (series.size() > 1) {
        double lx = plot.right();
        p->setFont(lf);
        for (int s = int(series.size()) - 1; s >= 0; --s) {
            const double tw = lm.horizontalAdvance(series.at(s).name);
            lx -= tw + 22;
            const QRectF sw(lx, plot.bottom() + 18, 12, 10);
            if (series.at(s).hatched)
                p->fillRect(sw, QBrush(series.at(s).colour, Qt::BDiagPattern));
            else
                p->fillRect(sw, series.at(s).colour);
            p->setPen(colours::mutedInk());
            p->drawText(QPointF(lx + 16, plot.bottom() + 27), series.at(s).name);
        }
    }
    p->restore();
}

} // namespace

void DashboardPainter::paint(QPainter *p, const DashboardData &d)
{
    const QSizeF size = documentSize();
    p->fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    QFont title;
    title.setPointSizeF(15);
    title.setWeight(QFont::Bold);
    p->setFont(title);
    p->setPen(colours::ink());
    p->drawText(QRectF(24, 14, size.width() - 48, 28), Qt::AlignLeft | Qt::AlignVCenter, d.title);
    QFont sub;
    sub.setPointSizeF(10);
    p->setFont(sub);
    p->setPen(colours::mutedInk());
    p->drawText(QRectF(24, 42, size.width() - 48, 20), Qt::AlignLeft | Qt::AlignVCenter, d.summary);

    const double top = 72, gap = 16;
    const double w = (size.width() - 48 - gap) / 2;
    const double h = (size.height() - top - 20 - gap) / 2;
    QStringList names;
    QList<QList<double>> fo, sb;
    for (const DashboardData::ServiceRow &r : d.services) {
        names << r.name;
        fo.append(QList<double>{r.frontline, r.overhead});
        sb.append(QList<double>{r.standard, r.bespoke});
    }
    const auto gbp = [](double v) { return Format::gbp(v); };
    const auto pct = [](double v) { return Format::percent(v); };
    barPanel(p, QRectF(24, top, w, h), tr("Spend by service: frontline and overhead"), names, fo,
             {{tr("Frontline"), colours::frontline()}, {tr("Overhead"), colours::overhead()}}, gbp);
    barPanel(p, QRectF(24 + w + gap, top, w, h), tr("Standard commons bricks versus bespoke, by service"), names, sb,
             {{tr("Standard"), colours::standard()}, {tr("Bespoke"), colours::bespoke(), true}}, gbp);
    QStringList covNames;
    QList<QList<double>> cov;
    for (const DashboardData::ServiceRow &r : d.services) {
        if (r.coverage) {
            covNames << r.name;
            cov.append(QList<double>{*r.coverage});
        }
    }
    barPanel(p, QRectF(24, top + h + gap, w, h), tr("Mapping coverage: share of reported cost mapped into bricks"), covNames, cov,
             {{tr("Mapped"), QColor(0x56, 0xB4, 0xE9)}}, pct, {}, tr("No service of this organisation publishes a reported cost."));
    // Comparators: total and overhead share side by side, the organisation emphasised.
    QStringList compNames;
    QList<QList<double>> totals, overhead, bespokeShare, perResident;
    QList<bool> self;
    for (const ComparatorRow &r : d.comparatorRows) {
        compNames << r.name;
        totals.append(QList<double>{r.total});
        overhead.append(QList<double>{r.overheadShare});
        bespokeShare.append(QList<double>{r.bespokeShare});
        perResident.append(QList<double>{r.costPerResident.value_or(0.0)});
        self << r.self;
    }
    const QRectF cr(24 + w + gap, top + h + gap, w, h);
    QFont note;
    note.setPointSizeF(9);
    note.setItalic(true);
    p->setFont(note);
    p->setPen(colours::mutedInk());
    p->drawText(QRectF(cr.left(), cr.top() - 2, cr.width(), 16), Qt::AlignHCenter | Qt::AlignVCenter,
                tr("Compared with %1").arg(d.comparators.describe()));
    barPanel(p, QRectF(cr.left(), cr.top() + 12, cr.width() / 2, cr.height() / 2 - 12), tr("Total"),
             compNames, totals, {{tr("Total"), colours::frontline()}}, gbp, self);
    barPanel(p, QRectF(cr.left() + cr.width() / 2, cr.top() + 12, cr.width() / 2, cr.height() / 2 - 12), tr("Overhead share"), compNames,
             overhead, {{tr("Overhead share"), colours::frontline()}}, pct, self);
    barPanel(p, QRectF(cr.left(), cr.top() + cr.height() / 2, cr.width() / 2, cr.height() / 2), tr("Bespoke share of bricks"),
             compNames, bespokeShare, {{tr("Bespoke share"), colours::frontline()}}, pct, self);
    barPanel(p, QRectF(cr.left() + cr.width() / 2, cr.top() + cr.height() / 2, cr.width() / 2, cr.height() / 2),
             tr("Cost per resident"), compNames, perResident, {{tr("Cost per resident"), colours::frontline()}}, gbp, self,
             tr("Population not published."));
}

} // namespace livedna
