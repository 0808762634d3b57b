#include "core/domain/commonsindex.h"

namespace livedna {

const IndexEntry *CommonsIndex::bricksEntry() const
{
    for (const IndexEntry &e : documents) {
        if (e.type == DocumentType::Bricks)
            return &e;
    }
    return nullptr;
}

} // namespace livedna
