// libFuzzer harness: the areas file (AreaData::fromJson). An accepted file is written back
// and must be accepted again.
#include "core/area/areadata.h"
#include "tests/fuzz/fuzzsupport.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace livedna;
    const QString file = QStringLiteral("areas.json");
    const auto areas = AreaData::fromJson(fuzz::bytesOf(data, size), file);
    fuzz::touch(areas);
    if (areas.ok()) {
        const auto again = AreaData::fromJson(areas.value().toJson(), file);
        if (!again.ok())
            std::abort(); // the writer wrote what the reader refuses
    }
    return 0;
}
