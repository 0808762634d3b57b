// libFuzzer harness: a proposal file (ProposalFile::fromJson), untrusted input that a user
// opens from anywhere. An accepted proposal is written back and must be accepted again.
#include "core/proposal/proposal.h"
#include "tests/fuzz/fuzzsupport.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace livedna;
    const QString file = QStringLiteral("fuzz.livedna-proposal.json");
    const auto proposal = ProposalFile::fromJson(fuzz::bytesOf(data, size), file);
    fuzz::touch(proposal);
    if (proposal.ok()) {
        const auto again = ProposalFile::fromJson(ProposalFile::toJson(proposal.value()), file);
        if (!again.ok())
            std::abort(); // the writer wrote what the reader refuses
    }
    return 0;
}
