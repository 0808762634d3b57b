// Building the DNA matrix for 600 organisations (target: under 300 ms), plus the cost of
// painting one screenful of it, which is what scrolling and hovering pay per frame.
#include "core/models/dnamatrix.h"
#include "core/render/matrixpaint.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace livedna;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int orgCount = 600, capabilities = 60, services = 250, bricksPerService = 8;

    Catalogue cat;
    for (int c = 0; c < capabilities; ++c)
        cat.capabilities.append({QStringLiteral("cap%1").arg(c), QStringLiteral("Capability %1").arg(c),
                                 c % 3 == 0 ? Layer::Frontline : Layer::Overhead});
    for (int b = 0; b < 90; ++b)
        cat.bricks.append({QStringLiteral("std%1").arg(b), QStringLiteral("Standard %1").arg(b),
                           QStringLiteral("cap%1").arg(b % capabilities), {}, {}, {}, 1000.0 + b});
    cat.reindex();
    QRandomGenerator rng(1);
    QElapsedTimer gen;
    gen.start();
    QList<Organisation> orgs;
    for (int o = 0; o < orgCount; ++o) {
        Organisation org;
        org.code = QStringLiteral("E%1").arg(o, 8, 10, QLatin1Char('0'));
        org.name = QStringLiteral("Organisation %1").arg(o);
        org.kind = o % 10 == 0 ? OrgKind::NhsTrust : OrgKind::Council;
        for (int s = 0; s < services; ++s) {
            Service svc;
            svc.id = QStringLiteral("s%1").arg(s);
            for (int b = 0; b < bricksPerService; ++b) {
                BrickInstance bi;
                bi.id = QStringLiteral("b%1").arg(b);
                if (rng.bounded(3) == 0)
                    bi.uses = QStringLiteral("std%1").arg(rng.bounded(90));
                else
                    bi.capability = QStringLiteral("cap%1").arg(rng.bounded(capabilities));
                bi.annualCostGbp = rng.bounded(200000);
                svc.bricks.append(bi);
            }
            org.services.append(svc);
        }
        orgs.append(org);
    }
    std::printf("generated %d organisations x %d services x %d bricks (%d instances) in %.0f ms\n", orgCount, services,
                bricksPerService, orgCount * services * bricksPerService, gen.nsecsElapsed() / 1e6);

    QList<double> buildMs;
    DnaMatrix m;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        m = DnaMatrix::build(orgs, cat);
        buildMs << t.nsecsElapsed() / 1e6;
    }
    std::sort(buildMs.begin(), buildMs.end());
    std::printf("matrix build %d x %d: median %.1f ms (target < 300 ms)\n", m.rowCount(), m.columnCount(), buildMs.at(1));

    QElapsedTimer t;
    t.start();
    const QList<int> rows = m.rowOrder(DnaMatrix::RowSort::Total, {});
    const QList<int> cols = m.columnOrder(DnaMatrix::ColumnSort::MostBespoke);
    std::printf("sort rows and columns: %.2f ms\n", t.nsecsElapsed() / 1e6);

    // One 1600 x 1000 frame: what the view repaints on a scroll step or hover.
    const MatrixGeometry g;
    QImage frame(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    const int visibleRows = int((1000 - g.columnHeaderHeight) / g.cellHeight) + 2;
    QList<double> frameMs, cellMs, headerMs;
    for (int run = 0; run < 20; ++run) {
        frame.fill(Qt::white);
        QPainter p(&frame);
        QElapsedTimer ft;
        ft.start();
        const int first = run * 10;
        matrixpaint::paintColumnHeaders(&p, m, cols, g, QPointF(g.rowHeaderWidth, 0));
        matrixpaint::paintRowHeaders(&p, m, rows, g, QPointF(0, g.columnHeaderHeight - first * g.cellHeight), first, first + visibleRows);
        headerMs << ft.nsecsElapsed() / 1e6;
        QElapsedTimer ct;
        ct.start();
        matrixpaint::paintCells(&p, m, rows, cols, g, QPointF(g.rowHeaderWidth, g.columnHeaderHeight - first * g.cellHeight),
                                first, first + visibleRows, first + 3, 5);
        cellMs << ct.nsecsElapsed() / 1e6;
        frameMs << ft.nsecsElapsed() / 1e6;
    }
    std::sort(frameMs.begin(), frameMs.end());
    std::sort(cellMs.begin(), cellMs.end());
    std::sort(headerMs.begin(), headerMs.end());
    std::printf("  of which headers %.1f ms, cells %.1f ms\n", headerMs.at(10), cellMs.at(10));
    std::printf("paint one 1600x1000 frame: median %.1f ms, worst %.1f ms (16 ms = 60 fps)\n", frameMs.at(10), frameMs.last());
    return 0;
}
