#pragma once

#include <QDoubleSpinBox>
#include <QLocale>

namespace livedna {

// A pounds input written the way Format::gbpFull writes an exact figure: "£48,700" (issue
// 13: inputs showed "£48700"). British digits whatever the interface language, so the
// separators match the figures around it.
inline void makeMoneyInput(QDoubleSpinBox *spin)
{
    spin->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    spin->setDecimals(0);
    spin->setPrefix(QStringLiteral("£"));
    spin->setGroupSeparatorShown(true);
}

} // namespace livedna
