// libFuzzer harness: the CSV reader (CsvReader::readBytes) behind every importer. The first
// byte picks the options (delimiter detected or given, header or not, a row limit), the rest
// is the file.
#include "core/importers/csvreader.h"
#include "tests/fuzz/fuzzsupport.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace livedna;
    if (size == 0)
        return 0;
    const std::uint8_t mode = data[0];
    CsvOptions options;
    static const char delimiters[] = {'\0', ',', ';', '\t', '|', '"', '\n', 'a'};
    if (const char d = delimiters[mode & 7])
        options.delimiter = QLatin1Char(d);
    options.hasHeader = (mode & 8) == 0;
    options.maxRows = (mode & 16) ? static_cast<int>(mode >> 5) : -1;
    const auto table = CsvReader::readBytes(fuzz::bytesOf(data + 1, size - 1), QStringLiteral("fuzz.csv"), options);
    fuzz::touch(table);
    if (table.ok()) {
        const CsvTable &t = table.value();
        if (t.rows.size() != t.lines.size())
            std::abort(); // every row names the line it starts on
        for (const QString &name : t.header)
            (void)t.column(name);
        (void)t.column(QStringLiteral("1"));
    }
    return 0;
}
