#include "tests/support/synchelpers.h"

namespace livedna::test {

Result<SyncReport> syncOnce(Cache &cache, const QString &source, const SyncOptions &options)
{
    Syncer syncer(&cache);
    return syncer.run(source, options);
}

bool serveFolder(HttpServer &server, const QString &dir)
{
    if (!server.listen())
        return false;
    server.setRoot(dir);
    return true;
}

bool openCacheBeside(Cache &cache, const QString &dir)
{
    return cache.open(dir + QStringLiteral(".sqlite")).ok;
}

} // namespace livedna::test
