// libFuzzer harness: an organisation document (CommonsReader::readOrganisation), read both
// against the demo commons' bricks.json (so references resolve and the cross-checks run)
// and with no catalogue, as an importer reads one. An accepted document is written back by
// CommonsWriter and must be accepted again.
#include "core/commons/commonsreader.h"
#include "core/commons/commonswriter.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QFile>

#include <cstdlib>

namespace {

const livedna::Catalogue &demoCatalogue()
{
    static const livedna::Catalogue catalogue = [] {
        QFile file(QStringLiteral(":/demo/bricks.json"));
        if (!file.open(QIODevice::ReadOnly))
            std::abort(); // the demo commons is compiled into livedna_core
        auto read = livedna::CommonsReader::readBricks(file.readAll(), QStringLiteral("bricks.json"));
        if (!read.ok())
            std::abort();
        return read.take();
    }();
    return catalogue;
}

void readAndWriteBack(const QByteArray &bytes, const livedna::Catalogue *catalogue)
{
    using namespace livedna;
    const QString file = QStringLiteral("org.json");
    const auto org = CommonsReader::readOrganisation(bytes, file, catalogue);
    fuzz::touch(org);
    if (org.ok()) {
        const auto again = CommonsReader::readOrganisation(CommonsWriter::organisationBytes(org.value()), file, catalogue);
        if (!again.ok())
            std::abort(); // the writer wrote what the reader refuses
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = livedna::fuzz::bytesOf(data, size);
    readAndWriteBack(bytes, &demoCatalogue());
    readAndWriteBack(bytes, nullptr);
    return 0;
}
