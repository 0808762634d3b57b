#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/commonsindex.h"
#include "core/domain/organisation.h"

#include <QByteArray>
#include <QJsonObject>

namespace livedna {

// The other direction of CommonsReader: domain values to commons documents (format 1 with
// the 1.1 additions). Every producer of commons JSON — the publisher, the importers and the
// proposal file — writes through here, so what is written is exactly what the reader reads
// back. Optional fields are written only when they hold a value: an unknown stays absent
// (or null inside `reported`), never 0.
class CommonsWriter
{
public:
    static QJsonObject organisationJson(const Organisation &org);
    static QByteArray organisationBytes(const Organisation &org); // indented, UTF-8
    static QJsonObject serviceJson(const Service &service);
    static QJsonObject brickJson(const BrickInstance &brick);
    static QJsonObject sourceJson(const Source &source);

    static QJsonObject catalogueJson(const Catalogue &catalogue);
    static QByteArray catalogueBytes(const Catalogue &catalogue);

    static QJsonObject indexJson(const CommonsIndex &index);
    // One entry of documents[] (or of the publisher's "extras").
    static QJsonObject indexEntryJson(const IndexEntry &entry);
    static QByteArray indexBytes(const CommonsIndex &index);
};

} // namespace livedna
