#pragma once

#include <QList>
#include <QString>

namespace livedna {

// Spec 1.1 `sources[]`: a published dataset that figures are traced to. A figure's `source`
// string is "<source id>#<locator>", the locator naming the row (and column) in the
// source's own terms.
struct Source
{
    QString id;
    QString title;
    QString publisher;
    QString licence;
    QString url;
    QString period;
    QString retrieved; // RFC 3339 date, empty when not stated
};

// "rsx-2023-24#E06000001/Cultural" -> {"rsx-2023-24", "E06000001/Cultural"}.
struct SourceRef
{
    QString sourceId;
    QString locator;

    static SourceRef parse(const QString &text); // empty sourceId when there is no '#'
    QString toString() const { return sourceId + QLatin1Char('#') + locator; }
};

// The source of `sourceId` in `sources`, or nullptr.
const Source *findSource(const QList<Source> &sources, const QString &sourceId);

} // namespace livedna
