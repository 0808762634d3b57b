// libFuzzer harness: index.json (CommonsReader::readIndex). An index the reader accepts is
// written back by CommonsWriter and must be accepted again: what we publish we can read.
#include "core/commons/commonsreader.h"
#include "core/commons/commonswriter.h"
#include "tests/fuzz/fuzzsupport.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace livedna;
    const QString file = QStringLiteral("index.json");
    const auto index = CommonsReader::readIndex(fuzz::bytesOf(data, size), file);
    fuzz::touch(index);
    if (index.ok()) {
        const auto again = CommonsReader::readIndex(CommonsWriter::indexBytes(index.value()), file);
        if (!again.ok())
            std::abort(); // the writer wrote what the reader refuses
    }
    return 0;
}
