#pragma once

#include <Qt>

namespace livedna {

// Item data roles shared by the models in core/models. Views sort on SortRole so money
// columns sort as numbers, not as the formatted text they display.
enum ModelRole {
    SortRole = Qt::UserRole + 1,
    CodeRole,      // organisation code
    IdRole,        // service or brick id
    KindRole,      // OrgKind as int
    ValueRole,     // raw number behind a formatted cell
    FilterTextRole // text the search filter matches (folded, accents removed)
};

} // namespace livedna
