#pragma once

// qcustomplot.h uses the `signals`, `emit` and `foreach` keywords that the project turns
// off (QT_NO_KEYWORDS); map them for this one header only.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
