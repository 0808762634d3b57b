// Layout and paint of a 200-brick service graph (target: under 150 ms).
#include "core/render/brickgraph.h"

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
    const int bricks = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 200;

    Catalogue cat;
    for (int c = 0; c < 20; ++c)
        cat.capabilities.append({QStringLiteral("cap%1").arg(c), QStringLiteral("Capability %1").arg(c),
                                 c % 3 == 0 ? Layer::Frontline : Layer::Overhead});
    for (int b = 0; b < 30; ++b)
        cat.bricks.append({QStringLiteral("std%1").arg(b), QStringLiteral("Standard %1").arg(b),
                           QStringLiteral("cap%1").arg(b % 20), {}, {}, {}, 1000.0 + b * 500});
    cat.reindex();
    QRandomGenerator rng(42);
    Service s;
    s.name = QStringLiteral("Synthetic service");
    for (int i = 0; i < bricks; ++i) {
        BrickInstance b;
        b.id = QStringLiteral("b%1").arg(i);
        b.name = QStringLiteral("Brick number %1").arg(i);
        if (i % 3 == 0)
            b.uses = QStringLiteral("std%1").arg(i % 30);
        else
            b.capability = QStringLiteral("cap%1").arg(i % 20);
        b.annualCostGbp = 1000 + rng.bounded(500000);
        s.bricks.append(b);
    }
    // A mostly forward flow with some back edges (cycles) and a few isolated bricks.
    for (int i = 1; i < bricks; ++i) {
        if (i % 17 == 0)
            continue;
        s.flows.append({QStringLiteral("b%1").arg(rng.bounded(i)), QStringLiteral("b%1").arg(i),
                        i % 5 == 0 ? QStringLiteral("flow %1").arg(i) : QString()});
        if (i % 23 == 0)
            s.flows.append({QStringLiteral("b%1").arg(i), QStringLiteral("b%1").arg(i / 2), QString()});
    }

    QList<double> layoutMs, paintMs, fullMs;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        Result<BrickGraphScene> g = BrickGraphBuilder::build(s, cat);
        layoutMs << t.nsecsElapsed() / 1e6;
        if (!g) {
            std::fprintf(stderr, "layout failed: %s\n", qPrintable(g.errorString()));
            return 1;
        }
        t.restart();
        // What the canvas paints: one 1400 x 900 viewport with the graph fitted into it
        // (labels give way to shapes at that scale, as on screen).
        QImage img(1400, 900, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::white);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF b = g.value().bounds;
        const double scale = std::min(1400.0 / b.width(), 900.0 / b.height());
        p.scale(scale, scale);
        p.translate(-b.topLeft());
        for (const FlowVisual &f : g.value().flows)
            brickpaint::paintFlow(&p, f, scale);
        for (const BrickNodeVisual &n : g.value().nodes)
            brickpaint::paintNode(&p, n, scale);
        p.end();
        paintMs << t.nsecsElapsed() / 1e6;
        // The whole graph at full size, as `render` writes it.
        QElapsedTimer full;
        full.start();
        const QSizeF size = brickpaint::documentSize(g.value());
        QImage doc(size.toSize(), QImage::Format_ARGB32_Premultiplied);
        QPainter dp(&doc);
        brickpaint::paintDocument(&dp, g.value());
        dp.end();
        fullMs << full.nsecsElapsed() / 1e6;
        if (run == 0)
            std::printf("graph: %d bricks, %d flows, %.0f x %.0f px\n", bricks, int(s.flows.size()), size.width(), size.height());
    }
    std::sort(layoutMs.begin(), layoutMs.end());
    std::sort(paintMs.begin(), paintMs.end());
    const double l = layoutMs.at(layoutMs.size() / 2);
    const double pm = paintMs.at(paintMs.size() / 2);
    std::printf("layout (Graphviz dot + styling): median %.1f ms\n", l);
    std::sort(fullMs.begin(), fullMs.end());
    std::printf("paint (fitted into a 1400x900 viewport): median %.1f ms\n", pm);
    std::printf("paint (whole graph at 100%%, as render writes it): median %.1f ms\n", fullMs.at(fullMs.size() / 2));
    std::printf("layout + paint: %.1f ms (target < 150 ms)\n", l + pm);
    return 0;
}
