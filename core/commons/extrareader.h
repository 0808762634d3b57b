#pragma once

#include "core/util/problem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace livedna {

// Reads one of a commons' extra documents (areas.json, benchmarks.json) field by field. A
// problem stops nothing: every one is kept with its file and JSON pointer, so a publisher
// sees all that is wrong at once. Unknown is null or absent, never a made-up 0.
class ExtraReader
{
    Q_DECLARE_TR_FUNCTIONS(ExtraReader)

public:
    explicit ExtraReader(const QString &file) : m_file(file) {}

    // The document's root object: one JSON object, no member name twice in an object, and
    // "format" equal to `format`. A failure names the file and, where it can, the pointer.
    static Result<QJsonObject> root(const QByteArray &bytes, const QString &file, const QString &format);

    // Text; `required` text must be present and not empty, other text may be null or absent.
    QString text(const QJsonObject &o, const QString &at, const char *key, bool required);
    // A finite number, or null / absent (unknown). Anything else is refused.
    std::optional<double> number(const QJsonObject &o, const QString &at, const char *key);
    // A whole number from 0 to 10^9, or null / absent.
    std::optional<int> count(const QJsonObject &o, const QString &at, const char *key);
    // The root's array `key` (absent is an empty list unless `required`).
    QJsonArray array(const QJsonObject &root, const char *key, bool required);
    // Element `i` of `a`, which must be an object.
    QJsonObject object(const QJsonArray &a, int i, const QString &at);

    void problem(const QString &pointer, const QString &message) { m_problems.append({m_file, pointer, message}); }
    const QList<Problem> &problems() const { return m_problems; }

private:
    QString m_file;
    QList<Problem> m_problems;
};

} // namespace livedna
