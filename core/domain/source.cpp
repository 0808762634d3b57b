#include "core/domain/source.h"

namespace livedna {

SourceRef SourceRef::parse(const QString &text)
{
    const qsizetype hash = text.indexOf(QLatin1Char('#'));
    if (hash <= 0)
        return {};
    return {text.left(hash), text.mid(hash + 1)};
}

const Source *findSource(const QList<Source> &sources, const QString &sourceId)
{
    for (const Source &s : sources) {
        if (s.id == sourceId)
            return &s;
    }
    return nullptr;
}

} // namespace livedna
