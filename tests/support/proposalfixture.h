#pragma once

#include "core/proposal/proposal.h"

#include <QJsonObject>

namespace livedna {
class Cache;
}

namespace livedna::test {

// A small catalogue and a Blue Badge-like service with bespoke and standard bricks, flows,
// FTE and value inputs; names carry commas, quotes and non-ASCII on purpose.
Catalogue sampleCatalogue();
Service sampleService();
// A proposal whose baseline and proposed service are both sampleService().
Proposal sampleProposal();
// The proposal's file JSON without the fields that change on every save.
QJsonObject comparable(const Proposal &proposal);
QJsonObject comparableJson(const QByteArray &proposalJson);

// Publishes `service` as the only service of W06000001 in commons "test-commons" at
// `version`, its organisation document hashing to `sha` (64 hex digits), through the real
// CacheWriter. Returns an error message, empty on success.
QString publishToCache(Cache &cache, qint64 version, const Service &service, const QString &sha);

} // namespace livedna::test
