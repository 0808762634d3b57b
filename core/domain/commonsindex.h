#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace livedna {

// Lgsl is never in CommonsIndex::documents (spec v1 refuses other types there): it is the
// "extras" entry of lgsl.json, which the sync records beside the documents so that it is
// fetched again only when its hash changes.
// Areas is the areas.json extra (issue 11; docs/areas.md), recorded the same way.
// Benchmarks is the benchmarks.json extra (issue 10 item 6; docs/benchmarks.md), likewise.
enum class DocumentType { Bricks, Organisation, Lgsl, Areas, Benchmarks };

struct IndexEntry
{
    QString path; // relative, '/'-separated, already checked by the reader
    DocumentType type = DocumentType::Organisation;
    QString org;  // organisation code, empty for the bricks entry
    QString sha256; // lowercase hex
    qint64 bytes = 0;
    QString period{}; // 1.1: set on every entry of an organisation with several documents
};

struct CommonsIndex
{
    QString format;
    QString commons;
    QString title;
    qint64 version = 0;
    QDateTime published;
    QDateTime expires; // invalid when not stated
    QList<IndexEntry> documents;

    const IndexEntry *bricksEntry() const;
};

} // namespace livedna
