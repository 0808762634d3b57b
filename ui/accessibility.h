#pragma once

#include <QList>
#include <QPointF>
#include <QBrush>
#include <QPalette>

class QFormLayout;
class QStyle;
class QWidget;

namespace livedna::accessibility {

// A form row whose field is a composite (an edit with a Browse… button beside it) names
// nothing for a screen reader: its label's buddy is the container, or no widget at all.
// These give the row's first editable control the label's text (without the mnemonic's
// "&" and the trailing colon) as its accessible name, and make it the label's buddy, so the
// mnemonic moves focus into it. Already named controls keep their names.
void nameFormFields(QFormLayout *form);
// Every form layout below `root`.
void nameFormFieldsIn(QWidget *root);

// The style's standard palette with the roles whose text falls below WCAG AA corrected
// (Fusion's selection blue carries white text at 3.7:1).
QPalette applicationPalette(const QStyle *style);

// Tells a screen reader which item a canvas's keyboard cursor is on: the widget's accessible
// description becomes "current — instructions" (the instructions being the description it
// had first) and a DescriptionChanged event is sent.
void announce(QWidget *widget, const QString &current);

// Chart fills that tell their series apart by pattern as well as by colour (for readers who
// cannot tell the colours apart, and for grey-scale prints): solid for figures mapped into
// bricks, dotted for reported figures; lines over the fill for the layer (none for
// frontline, diagonal for overhead, horizontal for unclassified). The brush's colour() is
// `colour`, so outlines and legends keep it.
enum class Hatch { None, Diagonal, Horizontal };
QBrush seriesBrush(const QColor &colour, bool dotted, Hatch hatch);

// Arrow-key movement on a canvas: the index in `centres` of the nearest item in the
// direction of `key` (Left, Right, Up, Down) from `from`, preferring items straight ahead over
// items off to the side; -1 when there is none. `skip` (the current item) is never chosen.
int nearestInDirection(const QPointF &from, const QList<QPointF> &centres, int key, int skip = -1);

} // namespace livedna::accessibility
