#pragma once

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

} // namespace livedna::accessibility
