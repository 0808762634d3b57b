#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/measures.h"
#include "core/domain/organisation.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QString>

#include <optional>

namespace livedna {

// What the views show for an organisation's spend: the mapped split (bricks) beside the
// reported split (services' reported_cost_gbp by their `layer`), and how many services
// publish nothing at all. Spec 1.1 "Reported split" and "Known and unknown": an unknown is
// counted, never added as 0. (A thin model-side adapter over the domain values, so every
// view and test computes it the same way.)
struct OrgFigures
{
    CostSplit mapped;                  // sums over bricks (reported: Σ reported_cost_gbp)
    double reportedFrontline = 0.0;    // Σ reported cost of services whose layer is frontline
    double reportedOverhead = 0.0;
    double reportedUnclassified = 0.0; // services with a reported cost and no layer
    int reportedServices = 0;          // services with a reported cost
    int unknown = 0;                   // services with no reported cost (as ReportedSplit::unknown)
    int systems = 0;                   // systems (components with no published cost)
    int estimatedBricks = 0;
    QStringList otherPeriods;          // services' own periods that differ from the document's

    bool hasReported() const { return reportedServices > 0; }
    double reportedTotal() const { return reportedFrontline + reportedOverhead + reportedUnclassified; }
};

OrgFigures organisationFigures(const Organisation &org, const Catalogue &catalogue);

// Reported net change of one service from the previous period, where both years have it.
struct YearChange
{
    QString previousPeriod;
    double previous = 0.0;
    double current = 0.0;
    std::optional<double> ratio; // (current - previous) / |previous|; absent when previous is 0
};
std::optional<YearChange> serviceChange(const Service &service, const Organisation *previous);

// Wording shared by the models, the header and the charts.
class Figures
{
    Q_DECLARE_TR_FUNCTIONS(Figures)

public:
    // "£4.2m", "£4.2m + 3 unknown", "unknown", "3 unknown"; a sum of nothing known is
    // "unknown", never "£0".
    static QString knownPlusUnknown(std::optional<double> known, int unknown);
    static QString layerLabel(std::optional<Layer> layer); // "Frontline", "Overhead", "Unclassified"
    // "+4.1% on 2022-23", or "+£1.2m on 2022-23" when the previous figure was 0 or negative.
    static QString change(const YearChange &change);
    static QString changeShort(const YearChange &change); // "+4.1%"
    // One line per published figure of `reported`; "not published" for absent ones.
    static QString reportedHtml(const Reported &reported);
    // "Revenue Outturn … 2023-24 · MHCLG · OGL-UK-3.0 · row: line 25: E06000001, …";
    // the bare reference when its source is not listed; empty for an empty reference.
    static QString sourceText(const QString &reference, const QList<Source> &sources,
                              const QList<Source> &more = {});
    static QString sourceHtml(const QString &reference, const QList<Source> &sources,
                              const QList<Source> &more = {});
    static QString describeSource(const Source &source); // title · publisher · licence · period
    // Every source of a document, one a line, for the tooltip of a total; says so when none.
    static QString sourcesList(const QList<Source> &sources);
    // The organisation header's summary (rich text): year, reported split and unknowns,
    // mapped split, systems. Nothing unknown reads £0.
    static QString organisationSummaryHtml(const Organisation &org, const OrgFigures &figures);
    // The reported split alone, plain: "frontline £3.1m · overhead £1.0m · + 2 unknown".
    static QString reportedSplitText(const OrgFigures &figures);
};

} // namespace livedna
