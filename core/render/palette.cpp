#include "core/render/palette.h"

#include <algorithm>
#include <cmath>

namespace livedna {

const QList<QColor> &categoricalPalette()
{
    static const QList<QColor> palette = {
        QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73),
        QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
        QColor(0xCC, 0x79, 0xA7), QColor(0x33, 0x22, 0x88), QColor(0x88, 0xCC, 0xEE),
        QColor(0x44, 0xAA, 0x99), QColor(0x11, 0x77, 0x33), QColor(0x99, 0x99, 0x33),
        QColor(0xDD, 0xCC, 0x77), QColor(0xCC, 0x66, 0x77), QColor(0x88, 0x22, 0x55),
        QColor(0xAA, 0x44, 0x99),
    };
    return palette;
}

QColor capabilityColour(const Catalogue &catalogue, const QString &capabilityId)
{
    for (int i = 0; i < catalogue.capabilities.size(); ++i) {
        if (catalogue.capabilities.at(i).id == capabilityId) {
            const int n = int(categoricalPalette().size());
            const QColor base = categoricalPalette().at(i % n);
            return i < n ? base : base.darker(100 + 35 * (i / n));
        }
    }
    return QColor(0xBB, 0xBB, 0xBB);
}

NodeShape shapeForLayer(Layer layer)
{
    return layer == Layer::Frontline ? NodeShape::Circle : NodeShape::Square;
}

double relativeLuminance(const QColor &colour)
{
    auto channel = [](double c) {
        c /= 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textColourOn(const QColor &background)
{
    // Black or white, whichever has more contrast: at the threshold both have 4.58:1, so any
    // background gets at least WCAG AA for normal text (a near black would not: mid-tones
    // would fall to 4.2:1).
    const double l = relativeLuminance(background);
    return l > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor intensityColour(const QColor &base, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    // Blend from a pale tint to the full colour and a little beyond, so small costs stay
    // visible but distinct from absent cells.
    const QColor light(0xF4, 0xF6, 0xF8);
    const double k = 0.18 + 0.82 * t;
    auto mix = [k](int a, int b) { return int(std::lround(a + (b - a) * k)); };
    QColor c(mix(light.red(), base.red()), mix(light.green(), base.green()), mix(light.blue(), base.blue()));
    if (t > 0.85)
        c = c.darker(100 + int((t - 0.85) * 200));
    return c;
}

} // namespace livedna
