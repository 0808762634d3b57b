#pragma once

#include "core/analysis/peerbenchmark.h"

#include <QWidget>

class QCustomPlot;
class QLabel;

namespace livedna {

class Cache;

// The dashboard's peer benchmark (issue 10 item 6; docs/benchmarks.md): for each service with
// a class distribution, a range from p10 to p90 (box p25–p75, tick at the median), the
// council's spend per head as a marker and its neighbours as dots. Each row is drawn on the
// scale of its own distribution (p10 … p90 evenly spaced), so education (£600 a head) and
// planning (£10) are equally legible; the pounds are in the row's label. The sources are
// named under the plot; services without a benchmark are listed there too.
class PeerBenchmarkView : public QWidget
{
    Q_OBJECT

public:
    explicit PeerBenchmarkView(QWidget *parent = nullptr);
    // Reads the benchmarks, the organisation and its neighbours from the cache (offline).
    void setOrganisation(Cache *cache, const Organisation &org);
    void setBenchmark(const PeerBenchmark &benchmark);
    void clear(const QString &message = QString());
    QCustomPlot *plot() const { return m_plot; }
    const PeerBenchmark &benchmark() const { return m_benchmark; }

    // The row's horizontal position: p10, p25, median, p75, p90 at 10, 25, 50, 75, 90;
    // outside them extended by the nearest segment's slope, clamped to [0, 100].
    static double scalePosition(double perHead, const BenchmarkDistribution &d);

private:
    void plotRows(const QList<const PeerServiceBenchmark *> &rows);
    void writeSources(const QList<const PeerServiceBenchmark *> &rows);

    QCustomPlot *m_plot;
    QLabel *m_sources;
    PeerBenchmark m_benchmark;
};

} // namespace livedna
