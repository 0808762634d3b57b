#pragma once

#include "core/proposal/proposal.h"

#include <QJsonObject>

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

} // namespace livedna::test
