#include "core/importers/lgslimporter.h"

#include "core/commons/commonsreader.h"
#include "core/importers/csvreader.h"
#include "core/importers/importcommon.h"
#include "core/util/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace livedna {

QByteArray LgslImporter::toJson(const QList<LgslService> &services, const QString &source)
{
    QJsonArray arr;
    for (const LgslService &s : services) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), s.id);
        o.insert(QStringLiteral("label"), s.label);
        o.insert(QStringLiteral("status"), s.status);
        if (!s.description.isEmpty())
            o.insert(QStringLiteral("description"), s.description);
        if (!s.tier.isEmpty())
            o.insert(QStringLiteral("tier"), s.tier);
        arr.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("livedna-lgsl/1"));
    if (!source.isEmpty())
        root.insert(QStringLiteral("source"), source);
    root.insert(QStringLiteral("services"), arr);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QList<LgslService>> LgslImporter::fromJson(const QByteArray &bytes, const QString &file)
{
    using R = Result<QList<LgslService>>;
    if (CommonsReader::exceedsDepth(bytes))
        return R::failure(file, QString(), tr("The JSON is nested too deeply."));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError)
        return R::failure(file, QString(), tr("Not JSON at byte %1: %2").arg(err.offset).arg(err.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("livedna-lgsl/1"))
        return R::failure(file, QStringLiteral("/format"), tr("Expected \"livedna-lgsl/1\"."));
    QList<LgslService> out;
    QList<Problem> problems;
    const QJsonArray arr = root.value(QLatin1String("services")).toArray();
    for (int i = 0; i < arr.size(); ++i) {
        const QJsonObject o = arr.at(i).toObject();
        const double id = o.value(QLatin1String("id")).toDouble(-1);
        if (id < 1 || id != double(int(id)) || o.value(QLatin1String("label")).toString().isEmpty()) {
            problems.append({file, QStringLiteral("/services/%1").arg(i), tr("Needs an integer id ≥ 1 and a label.")});
            continue;
        }
        out.append({int(id), o.value(QLatin1String("label")).toString(), o.value(QLatin1String("status")).toString(),
                    o.value(QLatin1String("description")).toString(), o.value(QLatin1String("tier")).toString()});
    }
    if (!problems.isEmpty())
        return R::failure(problems);
    return out;
}

Result<LgslImporter::Output> LgslImporter::run(const LgslImportOptions &o)
{
    using R = Result<Output>;
    Output out;
    out.report.kind = QStringLiteral("lgsl");
    out.report.sources.append(o.file);
    if (o.file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QFile f(o.file);
        if (!f.open(QIODevice::ReadOnly))
            return R::failure(o.file, QString(), tr("Cannot read: %1").arg(f.errorString()));
        if (f.size() > CommonsReader::MaxIndexBytes)
            return R::failure(o.file, QString(), tr("The file is too large for a service list."));
        const QByteArray bytes = f.readAll();
        // Inside a commons folder, the index vouches for the extra: check its hash first.
        const QString indexPath = QFileInfo(o.file).absoluteDir().filePath(QStringLiteral("index.json"));
        QFile indexFile(indexPath);
        if (indexFile.open(QIODevice::ReadOnly) && indexFile.size() <= CommonsReader::MaxIndexBytes) {
            const QJsonArray extras = QJsonDocument::fromJson(indexFile.readAll()).object().value(QLatin1String("extras")).toArray();
            for (const QJsonValue &e : extras) {
                const QJsonObject eo = e.toObject();
                if (eo.value(QLatin1String("path")).toString() != QFileInfo(o.file).fileName())
                    continue;
                const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
                if (eo.value(QLatin1String("sha256")).toString() != sha || eo.value(QLatin1String("bytes")).toInteger() != bytes.size()) {
                    return R::failure(o.file, QString(),
                                      tr("Does not match the sha256 and length %1 lists for it.").arg(indexPath));
                }
                out.report.note(0, tr("sha256 and length verified against %1").arg(indexPath));
            }
        }
        Result<QList<LgslService>> list = fromJson(bytes, o.file);
        if (!list.ok())
            return R::failure(list.problems());
        out.services = list.take();
        out.report.rowsIn = out.report.imported = out.services.size();
        return out;
    }
    Result<CsvTable> read = CsvReader::readFile(o.file);
    if (!read.ok())
        return R::failure(read.problems());
    const CsvTable &t = read.value();
    const int idCol = t.column(QStringLiteral("Identifier"));
    const int labelCol = t.column(QStringLiteral("Label"));
    const int statusCol = t.column(QStringLiteral("Status"));
    const int descCol = t.column(QStringLiteral("Description"));
    if (idCol < 0 || labelCol < 0)
        return R::failure(o.file, QString(), tr("Not the esd service list: needs columns Identifier and Label."));

    QHash<int, QString> tiers;
    if (!o.tiersFile.isEmpty()) {
        Result<CsvTable> tt = CsvReader::readFile(o.tiersFile);
        if (!tt.ok())
            return R::failure(tt.problems());
        const int l = tt.value().column(QStringLiteral("LGSL"));
        const int tier = tt.value().column(QStringLiteral("Providing Tier"));
        if (l < 0 || tier < 0)
            return R::failure(o.tiersFile, QString(), tr("Needs columns LGSL and Providing Tier."));
        for (const QStringList &row : tt.value().rows) {
            bool ok = false;
            const int id = row.value(l).trimmed().toInt(&ok);
            if (ok)
                tiers.insert(id, row.value(tier).trimmed());
        }
        out.report.sources.append(o.tiersFile);
    }

    QMap<int, LgslService> byId;
    for (int i = 0; i < t.rows.size(); ++i) {
        const QStringList &row = t.rows.at(i);
        const int line = t.lines.at(i);
        ++out.report.rowsIn;
        bool ok = false;
        const int id = row.value(idCol).trimmed().toInt(&ok);
        if (!ok || id < 1) {
            out.report.skip(line, tr("identifier '%1' is not a positive integer").arg(row.value(idCol)));
            continue;
        }
        const QString label = row.value(labelCol).simplified();
        if (label.isEmpty()) {
            out.report.skip(line, tr("LGSL %1 has no label").arg(id));
            continue;
        }
        if (byId.contains(id)) {
            out.report.skip(line, tr("duplicate LGSL id %1").arg(id));
            continue;
        }
        LgslService s;
        s.id = id;
        s.label = label;
        s.status = statusCol >= 0 ? row.value(statusCol).trimmed().toLower() : QString();
        s.description = descCol >= 0 ? ImportCommon::stripHtml(row.value(descCol)) : QString();
        s.tier = tiers.value(id);
        byId.insert(id, s);
        ++out.report.imported;
    }
    for (auto it = tiers.cbegin(); it != tiers.cend(); ++it) {
        if (!byId.contains(it.key()))
            out.report.note(0, tr("the tier list names LGSL %1, which the service list lacks").arg(it.key()));
    }
    out.services = byId.values();
    qCInfo(lcImport) << "lgsl:" << out.services.size() << "services";
    return out;
}

} // namespace livedna
