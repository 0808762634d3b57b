#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"
#include "core/util/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QPointF>
#include <QString>

#include <optional>

namespace livedna {

// Where a proposal starts from: one published service of one organisation, pinned to the
// commons version and the exact organisation document it was read from.
struct ProposalBaseline
{
    QString commons;
    qint64 commonsVersion = 0;
    QString org;
    QString orgName;
    QString serviceId;
    QString documentSha256; // lowercase hex of the organisation document's bytes
    Service service;        // the published composition at the time the draft started
    // The published service has no bricks, so its reported breakdown (employees, running
    // costs) became bespoke bricks of the proposal's "reported-*" capabilities (file:
    // "composition_from": "reported"; docs/proposals.md). The baseline check derives the
    // same from what is published now.
    bool fromReported = false;
};

// The constituency a redesign started from, when it started from My area (issue 11): the
// exported proposal names the MP's constituency. Optional in the file ("area").
struct ProposalArea
{
    QString constituency; // PCON24CD
    QString name;
    QString mp;    // empty when the data names none
    QString party;
};

// A redesign of one service. The composition is in the commons format, and the catalogue
// carries every capability and standard brick it refers to, so a proposal file sent to
// someone else is readable and exportable without their cache.
struct Proposal
{
    QString title;
    QString author;
    QDateTime created;
    QDateTime modified;
    QString rationale; // Markdown
    std::optional<ProposalBaseline> baseline; // none for a new ("pop-up") service
    Service service;
    Catalogue catalogue;
    // Commons 1.1: the sources the services' `source` strings name (the baseline
    // organisation's), so that a proposal sent elsewhere still says where figures came from.
    QList<Source> sources;
    QHash<QString, QPointF> layout; // brick id -> canvas position, where the user placed it
    std::optional<ProposalArea> area; // set when it started from My area
};

class ProposalFile
{
    Q_DECLARE_TR_FUNCTIONS(ProposalFile)

public:
    static constexpr qint64 MaxBytes = 16LL * 1024 * 1024;
    static constexpr int MaxDepth = 32;
    static constexpr int MaxBricks = 5000;
    static QString formatId() { return QStringLiteral("livedna-proposal/1"); }
    static QString suffix() { return QStringLiteral(".livedna-proposal.json"); }

    // The file's JSON; `effect` is computed from the composition, never taken on trust.
    static QByteArray toJson(const Proposal &proposal);
    static QJsonObject toJsonObject(const Proposal &proposal);
    // Untrusted input: every problem is reported with the file, JSON Pointer and what.
    static Result<Proposal> fromJson(const QByteArray &bytes, const QString &file);
    static Result<Proposal> read(const QString &path);
    static Status write(const Proposal &proposal, const QString &path);
};

// The commons wire format of one service (orgs/<code>.json's services[] element).
QJsonObject serviceToJson(const Service &service);
QJsonObject catalogueToJson(const Catalogue &catalogue);
// The capabilities and standard bricks that `services` refer to, in catalogue order.
Catalogue catalogueSubset(const Catalogue &full, const QList<const Service *> &services);
// The sources of `all` that the services' source strings name, in `all`'s order.
QList<Source> sourcesCited(const QList<Source> &all, const QList<const Service *> &services);
// Adds to `into` what `from` has and it lacks.
void mergeCatalogue(Catalogue &into, const Catalogue &from);
// A brick id not yet used in the service, derived from `base`.
QString uniqueBrickId(const Service &service, const QString &base);

} // namespace livedna
