#pragma once

#include "core/domain/catalogue.h"

#include <QColor>
#include <QHash>
#include <QStringList>
#include <QList>
#include <QString>

namespace livedna {

// Colour-blind-safe categorical palette: Okabe & Ito's eight (black left out, it is kept
// for text) followed by Paul Tol's "muted" set. Beyond these, colours repeat and the
// views rely on labels and the legend.
const QList<QColor> &categoricalPalette();

// A capability's colour is fixed by its position in the commons' catalogue (the order the
// commons publishes, kept by the cache), so the same capability has the same colour in
// every view and export, all session long and in every session on the same commons; it
// never depends on which capabilities a picture shows. Unknown capabilities are neutral
// grey. Past the palette's length a second, darker round begins, so no two capabilities
// share a colour exactly. (There is deliberately no "most distinct colours for the ones
// present" variant: it recoloured bricks when another was removed.)
QColor capabilityColour(const Catalogue &catalogue, const QString &capabilityId);

// Shapes carry what colour must not be the only carrier of: the layer.
enum class NodeShape { Circle, Square };
NodeShape shapeForLayer(Layer layer);

// Readable text (near black or white) on top of `background`.
QColor textColourOn(const QColor &background);

// WCAG 2.x relative luminance of an sRGB colour (0 black … 1 white), and the contrast ratio
// of two colours (1 … 21). AA asks 4.5:1 for normal text, 3:1 for large text and for
// graphical objects that carry meaning.
double relativeLuminance(const QColor &colour);
double contrastRatio(const QColor &a, const QColor &b);
constexpr double kTextContrastAA = 4.5;
constexpr double kGraphicContrastAA = 3.0;

// Sequential scale for cost intensity (light to dark), t in [0, 1].
QColor intensityColour(const QColor &base, double t);

namespace colours {
inline QColor ink() { return QColor(0x1f, 0x29, 0x37); }
inline QColor mutedInk() { return QColor(0x4b, 0x55, 0x63); }
inline QColor frontline() { return QColor(0x00, 0x72, 0xB2); } // Okabe-Ito blue
inline QColor overhead() { return QColor(0xE6, 0x9F, 0x00); }  // Okabe-Ito orange
inline QColor standard() { return QColor(0x00, 0x9E, 0x73); }  // Okabe-Ito bluish green
inline QColor bespoke() { return QColor(0xD5, 0x5E, 0x00); }   // Okabe-Ito vermillion
inline QColor unmapped() { return QColor(0xBB, 0xBB, 0xBB); }
inline QColor edge() { return QColor(0x6b, 0x72, 0x80); }
// Status text: dark enough for 4.5:1 on the window grey and on pale tints.
inline QColor warningInk() { return QColor(0x92, 0x40, 0x0e); }  // amber
inline QColor errorInk() { return QColor(0xb3, 0x26, 0x1e); }    // red
inline QColor positiveInk() { return QColor(0x1b, 0x5e, 0x20); } // green
} // namespace colours

} // namespace livedna
