#pragma once

#include <QString>

namespace livedna::test {

// Writes at `olderPath` a cache of schema `version` (built by the first `version` cache
// migrations, exactly as an older LiveDNA left it) holding the rows of the current cache at
// `currentPath`, each table with the columns that schema has. Lets a test migrate a real
// file with data from any older schema. Returns an empty string, or what went wrong.
QString writeOlderCache(const QString &currentPath, const QString &olderPath, int version);

} // namespace livedna::test
