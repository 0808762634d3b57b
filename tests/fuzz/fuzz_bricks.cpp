// libFuzzer harness: bricks.json (CommonsReader::readBricks), with the same write-back
// check as fuzz_index.
#include "core/commons/commonsreader.h"
#include "core/commons/commonswriter.h"
#include "tests/fuzz/fuzzsupport.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace livedna;
    const QString file = QStringLiteral("bricks.json");
    const auto catalogue = CommonsReader::readBricks(fuzz::bytesOf(data, size), file);
    fuzz::touch(catalogue);
    if (catalogue.ok()) {
        const auto again = CommonsReader::readBricks(CommonsWriter::catalogueBytes(catalogue.value()), file);
        if (!again.ok())
            std::abort(); // the writer wrote what the reader refuses
    }
    return 0;
}
