#pragma once

#include "core/cache/cache.h"
#include "core/sync/syncer.h"
#include "tests/support/httpserver.h"

#include <QString>

namespace livedna::test {

// One sync of `source` into `cache` with a Syncer of its own, for tests that need only the
// result and not the Syncer's signals or lastFailure().
Result<SyncReport> syncOnce(Cache &cache, const QString &source, const SyncOptions &options = {});

// Listens on 127.0.0.1 and serves the fixture folder `dir`; false when no port could be bound.
[[nodiscard]] bool serveFolder(HttpServer &server, const QString &dir);

// Opens the cache file kept beside the fixture folder `dir` (dir + ".sqlite").
[[nodiscard]] bool openCacheBeside(Cache &cache, const QString &dir);

} // namespace livedna::test
