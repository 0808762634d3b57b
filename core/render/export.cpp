#include "core/render/export.h"

#include "core/models/format.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QXmlStreamWriter>

#include <cmath>

namespace livedna {

PictureFormat pictureFormatFor(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("svg"))
        return PictureFormat::Svg;
    if (ext == QLatin1String("png"))
        return PictureFormat::Png;
    if (ext == QLatin1String("pdf"))
        return PictureFormat::Pdf;
    return PictureFormat::Unknown;
}

static Status writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(ExportText::tr("%1: cannot write: %2").arg(path, file.errorString()));
    file.write(bytes);
    if (!file.commit())
        return Status::failure(ExportText::tr("%1: cannot write: %2").arg(path, file.errorString()));
    return Status::success();
}

Status savePainting(const QString &path, const QSizeF &size, const std::function<void(QPainter *)> &paint,
                    const QString &title)
{
    return savePaintingOnDevice(path, size, [&paint](QPaintDevice *device, double scale) {
        QPainter p(device);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.scale(scale, scale);
        paint(&p);
    }, title);
}

Status savePaintingOnDevice(const QString &path, const QSizeF &size,
                            const std::function<void(QPaintDevice *, double)> &paint, const QString &title)
{
    const QSize pixels = size.toSize().expandedTo(QSize(1, 1));
    switch (pictureFormatFor(path)) {
    case PictureFormat::Svg: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator gen;
        gen.setOutputDevice(&buffer);
        gen.setSize(pixels);
        gen.setViewBox(QRectF(QPointF(0, 0), size));
        // QSvgGenerator (Qt 6.4) writes the title unescaped; "Brighton & Hove" would break the XML.
        gen.setTitle(title.toHtmlEscaped());
        gen.setDescription(ExportText::tr("Made with LiveDNA"));
        gen.setResolution(96);
        paint(&gen, 1.0);
        return writeBytes(path, buffer.data());
    }
    case PictureFormat::Png: {
        QImage image(pixels * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2.0);
        image.fill(Qt::white);
        paint(&image, 1.0);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return Status::failure(ExportText::tr("%1: could not encode the PNG image").arg(path));
        return writeBytes(path, bytes);
    }
    case PictureFormat::Pdf: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter pdf(&buffer);
            pdf.setTitle(title);
            pdf.setCreator(QStringLiteral("LiveDNA"));
            pdf.setResolution(96);
            // One page exactly the size of the picture, in points.
            pdf.setPageSize(QPageSize(size * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            paint(&pdf, pdf.width() / size.width());
        }
        return writeBytes(path, buffer.data());
    }
    case PictureFormat::Unknown:
        break;
    }
    return Status::failure(ExportText::tr("%1: unknown picture format; use a .svg, .png or .pdf file name").arg(path));
}

namespace {

QString num(double v)
{
    // SVG has no inf or nan: one would make the file unreadable. Never expected; 0 is harmless.
    return QString::number(std::isfinite(v) ? v : 0.0, 'f', 2);
}

QString pathData(const QPainterPath &path)
{
    QString d;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            d += QStringLiteral("M%1 %2 ").arg(num(e.x), num(e.y));
            break;
        case QPainterPath::LineToElement:
            d += QStringLiteral("L%1 %2 ").arg(num(e.x), num(e.y));
            break;
        case QPainterPath::CurveToElement: {
            const QPainterPath::Element c2 = path.elementAt(i + 1);
            const QPainterPath::Element to = path.elementAt(i + 2);
            d += QStringLiteral("C%1 %2 %3 %4 %5 %6 ")
                     .arg(num(e.x), num(e.y), num(c2.x), num(c2.y), num(to.x), num(to.y));
            i += 2;
            break;
        }
        case QPainterPath::CurveToDataElement:
            break;
        }
    }
    return d.trimmed();
}

QString polygonPoints(const QPolygonF &poly)
{
    QStringList pts;
    for (const QPointF &p : poly)
        pts << num(p.x()) + QLatin1Char(',') + num(p.y());
    return pts.join(QLatin1Char(' '));
}

QString cssFont(const QFont &f)
{
    return QStringLiteral("font-family:%1,sans-serif;font-size:%2pt;font-weight:%3;font-style:%4")
        .arg(f.family().isEmpty() ? QStringLiteral("sans-serif") : f.family())
        .arg(f.pointSizeF())
        .arg(f.weight() >= QFont::DemiBold ? 600 : 400)
        .arg(f.italic() ? QStringLiteral("italic") : QStringLiteral("normal"));
}

QColor tintColour(const QColor &c, double t)
{
    return QColor(int(c.red() + (255 - c.red()) * t), int(c.green() + (255 - c.green()) * t), int(c.blue() + (255 - c.blue()) * t));
}

} // namespace

QByteArray brickGraphSvg(const BrickGraphScene &scene)
{
    const double margin = 24.0;
    const double titleH = 46.0;
    const double width = std::max(scene.bounds.width(), 560.0) + 2 * margin;
    const double legendRow = 20.0;
    const int legendRows = 2 + int((scene.capabilities.size() + 3) / 4);
    const double height = margin + titleH + scene.bounds.height() + 18.0 + legendRows * legendRow + margin;

    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("svg"));
    w.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    w.writeAttribute(QStringLiteral("width"), num(width));
    w.writeAttribute(QStringLiteral("height"), num(height));
    w.writeAttribute(QStringLiteral("viewBox"), QStringLiteral("0 0 %1 %2").arg(num(width), num(height)));
    w.writeAttribute(QStringLiteral("role"), QStringLiteral("img"));
    w.writeTextElement(QStringLiteral("title"), Format::xmlText(scene.title));
    w.writeTextElement(QStringLiteral("desc"), Format::xmlText(scene.subtitle));


    w.writeEmptyElement(QStringLiteral("rect"));
    w.writeAttribute(QStringLiteral("width"), num(width));
    w.writeAttribute(QStringLiteral("height"), num(height));
    w.writeAttribute(QStringLiteral("fill"), QStringLiteral("#ffffff"));

    QFont titleFont;
    titleFont.setPointSizeF(14.0);
    titleFont.setWeight(QFont::Bold);
    w.writeStartElement(QStringLiteral("text"));
    w.writeAttribute(QStringLiteral("x"), num(margin));
    w.writeAttribute(QStringLiteral("y"), num(margin + 18));
    w.writeAttribute(QStringLiteral("style"), cssFont(titleFont) + QStringLiteral(";fill:#1f2937"));
    w.writeCharacters(Format::xmlText(scene.title));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("text"));
    w.writeAttribute(QStringLiteral("x"), num(margin));
    w.writeAttribute(QStringLiteral("y"), num(margin + 38));
    w.writeAttribute(QStringLiteral("style"), QStringLiteral("font-family:sans-serif;font-size:9.5pt;fill:#4b5563"));
    w.writeCharacters(Format::xmlText(scene.subtitle));
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("g"));
    w.writeAttribute(QStringLiteral("class"), QStringLiteral("graph"));
    w.writeAttribute(QStringLiteral("transform"), QStringLiteral("translate(%1 %2)")
                                                   .arg(num(margin - scene.bounds.left()), num(margin + titleH - scene.bounds.top())));
    const QColor edgeColour = colours::edge();
    for (const FlowVisual &f : scene.flows) {
        w.writeStartElement(QStringLiteral("g"));
        w.writeAttribute(QStringLiteral("class"), QStringLiteral("edge"));
        const QString from = scene.nodes.value(f.from).id;
        const QString to = scene.nodes.value(f.to).id;
        w.writeAttribute(QStringLiteral("data-from"), Format::xmlText(from));
        w.writeAttribute(QStringLiteral("data-to"), Format::xmlText(to));
        w.writeTextElement(QStringLiteral("title"), Format::xmlText(f.label.isEmpty() ? QStringLiteral("%1 → %2").arg(from, to)
                                                                      : QStringLiteral("%1 → %2: %3").arg(from, to, f.label)));
        w.writeEmptyElement(QStringLiteral("path"));
        w.writeAttribute(QStringLiteral("d"), pathData(f.path));
        w.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
        w.writeAttribute(QStringLiteral("stroke"), edgeColour.name());
        w.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("1.3"));
        w.writeEmptyElement(QStringLiteral("polygon"));
        w.writeAttribute(QStringLiteral("points"), polygonPoints(f.arrowHead));
        w.writeAttribute(QStringLiteral("fill"), edgeColour.name());
        if (f.hasLabel) {
            const QFontMetricsF fm(brickpaint::flowFont());
            const double lw = fm.horizontalAdvance(f.label) + 6.0;
            const double lh = fm.height() + 2.0;
            w.writeEmptyElement(QStringLiteral("rect"));
            w.writeAttribute(QStringLiteral("x"), num(f.labelPos.x() - lw / 2));
            w.writeAttribute(QStringLiteral("y"), num(f.labelPos.y() - lh / 2));
            w.writeAttribute(QStringLiteral("width"), num(lw));
            w.writeAttribute(QStringLiteral("height"), num(lh));
            w.writeAttribute(QStringLiteral("rx"), QStringLiteral("3"));
            w.writeAttribute(QStringLiteral("fill"), QStringLiteral("#ffffff"));
            w.writeAttribute(QStringLiteral("fill-opacity"), QStringLiteral("0.88"));
            w.writeStartElement(QStringLiteral("text"));
            w.writeAttribute(QStringLiteral("x"), num(f.labelPos.x()));
            w.writeAttribute(QStringLiteral("y"), num(f.labelPos.y() + 3));
            w.writeAttribute(QStringLiteral("text-anchor"), QStringLiteral("middle"));
            w.writeAttribute(QStringLiteral("style"), cssFont(brickpaint::flowFont()) + QStringLiteral(";fill:#4b5563"));
            w.writeCharacters(Format::xmlText(f.label));
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    const QFontMetricsF nm(brickpaint::nameFont());
    const QFontMetricsF dm(brickpaint::detailFont());
    for (const BrickNodeVisual &n : scene.nodes) {
        w.writeStartElement(QStringLiteral("g"));
        w.writeAttribute(QStringLiteral("class"), QStringLiteral("node %1 %2")
                                                    .arg(n.standard ? QStringLiteral("standard") : QStringLiteral("bespoke"),
                                                         layerToString(n.layer)));
        w.writeAttribute(QStringLiteral("id"), Format::xmlText(QStringLiteral("brick-") + n.id));
        w.writeAttribute(QStringLiteral("data-capability"), Format::xmlText(n.capabilityId));
        w.writeAttribute(QStringLiteral("data-cost-gbp"), num(n.cost));
        QString title = QStringLiteral("%1\n%2 (%3)\n%4\n%5")
                            .arg(n.name, n.capabilityName, layerToString(n.layer),
                                 n.standard ? ExportText::tr("Standard: %1").arg(n.catalogueBrickName) : ExportText::tr("Bespoke"),
                                 Format::gbpFull(n.cost));
        if (n.fte)
            title += QLatin1Char('\n') + Format::fte(*n.fte);
        title += QLatin1Char('\n') + ExportText::tr("Cheapest commons alternative: %1").arg(n.alternative);
        w.writeTextElement(QStringLiteral("title"), Format::xmlText(title));
        const QString fill = n.standard ? n.fill.name() : tintColour(n.fill, 0.55).name();
        const QString stroke = n.standard ? n.fill.darker(155).name() : n.fill.darker(170).name();
        if (n.shape == NodeShape::Circle) {
            w.writeEmptyElement(QStringLiteral("circle"));
            w.writeAttribute(QStringLiteral("cx"), num(n.shapeRect.center().x()));
            w.writeAttribute(QStringLiteral("cy"), num(n.shapeRect.center().y()));
            w.writeAttribute(QStringLiteral("r"), num(n.shapeRect.width() / 2));
        } else {
            w.writeEmptyElement(QStringLiteral("rect"));
            w.writeAttribute(QStringLiteral("x"), num(n.shapeRect.x()));
            w.writeAttribute(QStringLiteral("y"), num(n.shapeRect.y()));
            w.writeAttribute(QStringLiteral("width"), num(n.shapeRect.width()));
            w.writeAttribute(QStringLiteral("height"), num(n.shapeRect.height()));
            w.writeAttribute(QStringLiteral("rx"), QStringLiteral("2.5"));
        }
        w.writeAttribute(QStringLiteral("class"), QStringLiteral("shape"));
        w.writeAttribute(QStringLiteral("fill"), fill);
        w.writeAttribute(QStringLiteral("stroke"), stroke);
        w.writeAttribute(QStringLiteral("stroke-width"), n.standard ? QStringLiteral("1.2") : QStringLiteral("1.6"));
        if (!n.standard) {
            w.writeAttribute(QStringLiteral("stroke-dasharray"), QStringLiteral("4.8 3.2"));
            // The hatching as plain geometry: SVG patterns and clip paths are not in SVG Tiny,
            // and Qt's own renderer (like several others) draws them black.
            const QPainterPath shape = brickpaint::nodeShapePath(n);
            QPainterPath lines;
            const QRectF r = n.shapeRect;
            for (double x = r.left() - r.height(); x < r.right(); x += 5.0) {
                lines.moveTo(x, r.bottom());
                lines.lineTo(x + r.height(), r.top());
            }
            QPainterPathStroker stroker;
            stroker.setWidth(1.6);
            const QPainterPath hatch = stroker.createStroke(lines).intersected(shape).simplified();
            w.writeEmptyElement(QStringLiteral("path"));
            w.writeAttribute(QStringLiteral("class"), QStringLiteral("hatch"));
            w.writeAttribute(QStringLiteral("d"), pathData(hatch));
            w.writeAttribute(QStringLiteral("fill"), n.fill.darker(115).name());
            w.writeEmptyElement(QStringLiteral("path"));
            w.writeAttribute(QStringLiteral("class"), QStringLiteral("outline"));
            w.writeAttribute(QStringLiteral("d"), pathData(shape));
            w.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
            w.writeAttribute(QStringLiteral("stroke"), stroke);
            w.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("1.6"));
            w.writeAttribute(QStringLiteral("stroke-dasharray"), QStringLiteral("4.8 3.2"));
        }
        // The name in the lines the screen shows it in (wrapped, not cut).
        const QStringList lines = brickpaint::nameLines(n);
        for (int i = 0; i < lines.size(); ++i) {
            w.writeStartElement(QStringLiteral("text"));
            w.writeAttribute(QStringLiteral("x"), num(n.bounds.center().x()));
            w.writeAttribute(QStringLiteral("y"), num(n.shapeRect.top() - 3 - nm.descent() - nm.height() * (lines.size() - 1 - i)));
            w.writeAttribute(QStringLiteral("text-anchor"), QStringLiteral("middle"));
            w.writeAttribute(QStringLiteral("style"), cssFont(brickpaint::nameFont()) + QStringLiteral(";fill:#1f2937"));
            w.writeCharacters(Format::xmlText(lines.at(i)));
            w.writeEndElement();
        }
        w.writeStartElement(QStringLiteral("text"));
        w.writeAttribute(QStringLiteral("x"), num(n.bounds.center().x()));
        w.writeAttribute(QStringLiteral("y"), num(n.shapeRect.bottom() + 3 + dm.ascent()));
        w.writeAttribute(QStringLiteral("text-anchor"), QStringLiteral("middle"));
        w.writeAttribute(QStringLiteral("style"), cssFont(brickpaint::detailFont()) + QStringLiteral(";fill:#4b5563"));
        w.writeCharacters(Format::xmlText(Format::gbp(n.cost) + (n.fte ? QStringLiteral(" · ") + Format::fte(*n.fte) : QString())));
        w.writeEndElement();
        w.writeEndElement(); // g.node
    }
    w.writeEndElement(); // g.graph

    // Legend: what shape, fill and colour mean.
    w.writeStartElement(QStringLiteral("g"));
    w.writeAttribute(QStringLiteral("class"), QStringLiteral("legend"));
    w.writeAttribute(QStringLiteral("style"), QStringLiteral("font-family:sans-serif;font-size:8pt;fill:#4b5563"));
    double y = margin + titleH + scene.bounds.height() + 18.0;
    const QStringList keyLines = {
        ExportText::tr("● circle = frontline   ■ square = overhead   area ∝ annual cost"),
        ExportText::tr("solid = standard commons brick   hatched with dashed edge = bespoke"),
    };
    for (const QString &line : keyLines) {
        w.writeStartElement(QStringLiteral("text"));
        w.writeAttribute(QStringLiteral("x"), num(margin));
        w.writeAttribute(QStringLiteral("y"), num(y + 12));
        w.writeCharacters(Format::xmlText(line));
        w.writeEndElement();
        y += legendRow;
    }
    const double colWidth = (width - 2 * margin) / 4.0;
    for (int i = 0; i < scene.capabilities.size(); ++i) {
        const double x = margin + (i % 4) * colWidth;
        const double yy = y + (i / 4) * legendRow;
        w.writeEmptyElement(QStringLiteral("rect"));
        w.writeAttribute(QStringLiteral("x"), num(x));
        w.writeAttribute(QStringLiteral("y"), num(yy + 3));
        w.writeAttribute(QStringLiteral("width"), QStringLiteral("11"));
        w.writeAttribute(QStringLiteral("height"), QStringLiteral("11"));
        w.writeAttribute(QStringLiteral("fill"), scene.capabilities.at(i).colour.name());
        w.writeStartElement(QStringLiteral("text"));
        w.writeAttribute(QStringLiteral("x"), num(x + 16));
        w.writeAttribute(QStringLiteral("y"), num(yy + 12));
        w.writeCharacters(Format::xmlText(scene.capabilities.at(i).text));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement(); // svg
    w.writeEndDocument();
    return out;
}

Status exportBrickGraph(const BrickGraphScene &scene, const QString &path)
{
    if (scene.nodes.isEmpty() && scene.title.isEmpty())
        return Status::failure(ExportText::tr("There is no service graph to save: select a service first."));
    switch (pictureFormatFor(path)) {
    case PictureFormat::Svg:
        return writeBytes(path, brickGraphSvg(scene));
    case PictureFormat::Png:
    case PictureFormat::Pdf:
        return savePainting(path, brickpaint::documentSize(scene), [&scene](QPainter *p) { brickpaint::paintDocument(p, scene); },
                            scene.title);
    case PictureFormat::Unknown:
        break;
    }
    return Status::failure(ExportText::tr("%1: unknown picture format; use a .svg, .png or .pdf file name").arg(path));
}

} // namespace livedna
