#include "core/area/areadata.h"

#include "core/commons/extrareader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace livedna {

namespace {

QJsonArray sharesJson(const QList<AreaShare> &shares)
{
    QJsonArray a;
    for (const AreaShare &s : shares)
        a.append(QJsonObject{{QStringLiteral("code"), s.code}, {QStringLiteral("share"), s.share}});
    return a;
}

QJsonObject constituencyJson(const AreaConstituency &c)
{
    QJsonObject o{{QStringLiteral("code"), c.code}, {QStringLiteral("name"), c.name},
                  {QStringLiteral("districts"), sharesJson(c.districts)}};
    o.insert(QStringLiteral("mp"), c.mp.isEmpty() ? QJsonValue() : QJsonValue(c.mp));
    o.insert(QStringLiteral("party"), c.party.isEmpty() ? QJsonValue() : QJsonValue(c.party));
    return o;
}

QJsonObject councilJson(const AreaCouncil &c)
{
    QJsonObject o{{QStringLiteral("code"), c.code}, {QStringLiteral("name"), c.name},
                  {QStringLiteral("kind"), c.kind}, {QStringLiteral("nation"), c.nation}};
    o.insert(QStringLiteral("county"), c.county.isEmpty() ? QJsonValue() : QJsonValue(c.county));
    o.insert(QStringLiteral("population"), c.population ? QJsonValue(double(*c.population)) : QJsonValue());
    if (c.kind != QLatin1String("county"))
        o.insert(QStringLiteral("trusts"), sharesJson(c.trusts));
    return o;
}

// The extras reader plus what only the areas have: lists of (code, share).
class AreaReader : public ExtraReader
{
public:
    using ExtraReader::ExtraReader;

    QList<AreaShare> shares(const QJsonObject &o, const QString &at, const char *key)
    {
        QList<AreaShare> out;
        const QJsonArray a = o.value(QLatin1String(key)).toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString p = at + QLatin1Char('/') + QLatin1String(key) + QLatin1Char('/') + QString::number(i);
            const QJsonObject s = a.at(i).toObject();
            const QJsonValue share = s.value(QLatin1String("share"));
            if (!share.isDouble() || share.toDouble() < 0 || share.toDouble() > 1.0 + 1e-9)
                problem(p + QStringLiteral("/share"), AreaData::tr("expected a share between 0 and 1"));
            out.append({text(s, p, "code", true), share.toDouble()});
        }
        return out;
    }
};

void readParts(const QJsonObject &root, AreaReader &r, AreaData *d)
{
    const QJsonArray cons = root.value(QLatin1String("constituencies")).toArray();
    for (int i = 0; i < cons.size(); ++i) {
        const QString at = QStringLiteral("/constituencies/%1").arg(i);
        const QJsonObject o = cons.at(i).toObject();
        d->constituencies.append({r.text(o, at, "code", true), r.text(o, at, "name", true), r.text(o, at, "mp", false),
                                  r.text(o, at, "party", false), r.shares(o, at, "districts")});
    }
    const QJsonArray councils = root.value(QLatin1String("councils")).toArray();
    for (int i = 0; i < councils.size(); ++i) {
        const QString at = QStringLiteral("/councils/%1").arg(i);
        const QJsonObject o = councils.at(i).toObject();
        AreaCouncil c{r.text(o, at, "code", true), r.text(o, at, "name", true), r.text(o, at, "kind", true),
                      r.text(o, at, "nation", false), r.text(o, at, "county", false), std::nullopt,
                      r.shares(o, at, "trusts")};
        if (o.value(QLatin1String("population")).isDouble())
            c.population = qint64(o.value(QLatin1String("population")).toDouble());
        d->councils.append(c);
    }
    const QJsonArray trusts = root.value(QLatin1String("trusts")).toArray();
    for (int i = 0; i < trusts.size(); ++i) {
        const QString at = QStringLiteral("/trusts/%1").arg(i);
        const QJsonObject o = trusts.at(i).toObject();
        d->trusts.append({r.text(o, at, "code", true), r.text(o, at, "name", true)});
    }
    const QJsonArray unmapped = root.value(QLatin1String("unmapped")).toArray();
    for (int i = 0; i < unmapped.size(); ++i) {
        const QString at = QStringLiteral("/unmapped/%1").arg(i);
        const QJsonObject o = unmapped.at(i).toObject();
        d->unmapped.append({r.text(o, at, "code", true), r.text(o, at, "reason", true)});
    }
    for (const QJsonValue &s : root.value(QLatin1String("sources")).toArray())
        d->sources.append(s.toString());
    d->method = root.value(QLatin1String("method")).toString();
}

template<typename T>
void indexByCode(const QList<T> &list, QHash<QString, int> *index)
{
    index->clear();
    for (int i = 0; i < list.size(); ++i)
        index->insert(list.at(i).code, i);
}

} // namespace

const AreaConstituency *AreaData::constituency(const QString &code) const
{
    const auto it = m_constituencies.constFind(code);
    return it == m_constituencies.cend() ? nullptr : &constituencies.at(*it);
}

const AreaCouncil *AreaData::council(const QString &code) const
{
    const auto it = m_councils.constFind(code);
    return it == m_councils.cend() ? nullptr : &councils.at(*it);
}

const AreaTrust *AreaData::trust(const QString &code) const
{
    const auto it = m_trusts.constFind(code);
    return it == m_trusts.cend() ? nullptr : &trusts.at(*it);
}

void AreaData::reindex()
{
    indexByCode(constituencies, &m_constituencies);
    indexByCode(councils, &m_councils);
    indexByCode(trusts, &m_trusts);
}

QByteArray AreaData::toJson() const
{
    QJsonArray cons, couns, trs, unm, src;
    for (const AreaConstituency &c : constituencies)
        cons.append(constituencyJson(c));
    for (const AreaCouncil &c : councils)
        couns.append(councilJson(c));
    for (const AreaTrust &t : trusts)
        trs.append(QJsonObject{{QStringLiteral("code"), t.code}, {QStringLiteral("name"), t.name}});
    for (const AreaUnmapped &u : unmapped)
        unm.append(QJsonObject{{QStringLiteral("code"), u.code}, {QStringLiteral("reason"), u.reason}});
    for (const QString &s : sources)
        src.append(s);
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(Format)}, {QStringLiteral("sources"), src},
                           {QStringLiteral("method"), method},   {QStringLiteral("constituencies"), cons},
                           {QStringLiteral("councils"), couns},  {QStringLiteral("trusts"), trs},
                           {QStringLiteral("unmapped"), unm}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<AreaData> AreaData::fromJson(const QByteArray &bytes, const QString &file)
{
    const Result<QJsonObject> opened = ExtraReader::root(bytes, file, QLatin1String(Format));
    if (!opened.ok())
        return Result<AreaData>::failure(opened.problems());
    const QJsonObject &root = opened.value();
    AreaReader reader(file);
    AreaData d;
    readParts(root, reader, &d);
    if (!reader.problems().isEmpty())
        return Result<AreaData>::failure(reader.problems());
    d.reindex();
    return d;
}

} // namespace livedna
