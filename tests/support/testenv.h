#pragma once

#include <QString>

namespace livedna::test {

// ../shared/data (from LIVEDNA_SHARED_DATA, set by ctest), or empty when absent; tests that
// need it QSKIP with a message naming the folder.
QString sharedDataDir();
QString sharedDataFile(const QString &relative); // empty when the file is absent
QString sourceDir();   // the repository root
QString cliPath();     // the built livedna-cli
QString guiPath();     // the built livedna

} // namespace livedna::test

#define LIVEDNA_REQUIRE_SHARED(relative, var)                                                   \
    const QString var = livedna::test::sharedDataFile(relative);                                 \
    if (var.isEmpty())                                                                           \
        QSKIP(qPrintable(QStringLiteral("../shared/data/%1 is absent; skipping").arg(relative)))
