#include "core/commons/extrareader.h"

#include "core/commons/jsonkeys.h"

#include <QJsonDocument>

#include <cmath>

namespace livedna {

namespace {

QString pointer(const QString &at, const char *key)
{
    return at + QLatin1Char('/') + QLatin1String(key);
}

} // namespace

Result<QJsonObject> ExtraReader::root(const QByteArray &bytes, const QString &file, const QString &format)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Result<QJsonObject>::failure(file, QString(), tr("Not a JSON object: %1").arg(err.errorString()));
    if (const std::optional<QString> duplicate = duplicateKeyPointer(bytes))
        return Result<QJsonObject>::failure(file, *duplicate, tr("this member name appears twice in its object"));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != format)
        return Result<QJsonObject>::failure(file, QStringLiteral("/format"), tr("expected \"%1\"").arg(format));
    return o;
}

QString ExtraReader::text(const QJsonObject &o, const QString &at, const char *key, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString() && (!required || !v.toString().isEmpty()))
        return v.toString();
    if (!required && (v.isNull() || v.isUndefined()))
        return QString();
    problem(pointer(at, key), tr("expected text"));
    return QString();
}

std::optional<double> ExtraReader::number(const QJsonObject &o, const QString &at, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble() && std::isfinite(v.toDouble()))
        return v.toDouble();
    if (!v.isNull() && !v.isUndefined())
        problem(pointer(at, key), tr("expected a number or null"));
    return std::nullopt;
}

std::optional<int> ExtraReader::count(const QJsonObject &o, const QString &at, const char *key)
{
    const std::optional<double> v = number(o, at, key);
    if (v && (*v < 0 || *v != std::floor(*v) || *v > 1e9)) {
        problem(pointer(at, key), tr("expected a whole number ≥ 0"));
        return std::nullopt;
    }
    return v ? std::optional<int>(int(*v)) : std::nullopt;
}

QJsonArray ExtraReader::array(const QJsonObject &root, const char *key, bool required)
{
    const QJsonValue v = root.value(QLatin1String(key));
    if (v.isArray())
        return v.toArray();
    if (required || !v.isUndefined())
        problem(pointer(QString(), key), tr("expected an array"));
    return {};
}

QJsonObject ExtraReader::object(const QJsonArray &a, int i, const QString &at)
{
    if (!a.at(i).isObject())
        problem(at, tr("expected an object"));
    return a.at(i).toObject();
}

} // namespace livedna
