#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace livedna {

// QJsonDocument keeps the last of two members with the same name and says nothing, so a
// document could show one figure to one reader and another to the next (issue 12). This
// scan finds the first duplicated member name in valid JSON and returns its JSON pointer
// (e.g. "/services/0/name"); nullopt when every object's names are distinct. Linear in the
// size of the input whatever the number of members; run it on bytes that already parsed.
std::optional<QString> duplicateKeyPointer(const QByteArray &json);

} // namespace livedna
