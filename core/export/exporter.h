#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"
#include "core/proposal/effect.h"
#include "core/proposal/proposal.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QStringList>

#include <optional>

namespace livedna {

enum class ExportFormat { Pdf, ArchiMate, GraphMl, Csv, Json };

// What every exporter reads: either one proposal (with its baseline) or published
// compositions of one organisation. Built by the two factories below.
struct ExportInput
{
    QString title;
    QString author;
    QString rationale;          // Markdown, proposals only
    QStringList provenance;     // where the figures come from, one line each
    QString orgCode;
    QString orgName;
    Catalogue catalogue;
    QList<Service> services;    // the proposed service, or the published ones
    std::optional<Service> baseline;
    std::optional<Effect> effect;
    QHash<QString, QPointF> layout; // user positions for the proposed service
    std::optional<Proposal> proposal;
    std::optional<Organisation> organisation;

    bool isProposal() const { return proposal.has_value(); }
};

class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    static QStringList formatNames(); // pdf, archimate, graphml, csv, json
    static std::optional<ExportFormat> formatFromName(const QString &name);
    static QString suffix(ExportFormat format);

    static ExportInput fromProposal(const Proposal &proposal);
    // "Started from My area: the constituency of …, MP …" (provenance and the PDF's first page).
    static QString areaLine(const ProposalArea &area);
    // `serviceIds` empty means every service of the organisation.
    static Result<ExportInput> fromOrganisation(const Organisation &org, const Catalogue &catalogue,
                                                const QStringList &serviceIds, const QStringList &provenance);

    // Writes atomically: `path` is either the complete export or untouched.
    static Status write(const ExportInput &input, ExportFormat format, const QString &path);
    static Result<QByteArray> render(const ExportInput &input, ExportFormat format);

    // The individual formats.
    static QByteArray toCsv(const ExportInput &input);
    static QByteArray toGraphMl(const ExportInput &input);
    static QByteArray toArchiMate(const ExportInput &input);
    static QByteArray toJson(const ExportInput &input);
    // Needs a QGuiApplication (fonts); fails cleanly without one.
    static Result<QByteArray> toPdf(const ExportInput &input);
};

} // namespace livedna
