#pragma once

#include "core/render/brickgraph.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;

namespace livedna {

enum class PictureFormat { Svg, Png, Pdf, Unknown };
PictureFormat pictureFormatFor(const QString &path); // by the file's extension

// Paints a picture of `size` (logical pixels) into an SVG, PNG (at 2x for sharp text) or
// PDF file chosen by the extension. Everything a view can save goes through here.
Status savePainting(const QString &path, const QSizeF &size, const std::function<void(QPainter *)> &paint,
                    const QString &title = QString());

// Same, for painters that must make their own QPainter subclass on the device (QCustomPlot's
// QCPPainter): `paint` gets the device and the scale from logical pixels to device units.
Status savePaintingOnDevice(const QString &path, const QSizeF &size,
                            const std::function<void(QPaintDevice *, double)> &paint, const QString &title = QString());

// The service graph as a document (title, graph, legend). Its SVG is written directly so
// each brick is one <g class="node"> and each flow one <g class="edge">, with <title>s
// that show as tooltips in a browser.
Status exportBrickGraph(const BrickGraphScene &scene, const QString &path);
QByteArray brickGraphSvg(const BrickGraphScene &scene);

class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ExportText)
};

} // namespace livedna
