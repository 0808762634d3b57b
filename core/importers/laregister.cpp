#include "core/importers/laregister.h"

#include "core/importers/importcommon.h"

#include <QRegularExpression>

#include <cmath>

namespace livedna {

QString LaRegister::normaliseName(const QString &name)
{
    QString s = name.toLower();
    s.replace(QLatin1Char('&'), QStringLiteral(" and "));
    s.replace(QChar(0x2019), QLatin1Char('\''));
    s.remove(QLatin1Char('\''));
    s.remove(QLatin1Char('.'));
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    s.replace(nonWord, QStringLiteral(" "));
    s = s.simplified();
    // Finance returns say "Bournemouth UA", "Bristol, City of"; the register "Bristol City Council".
    static const QRegularExpression suffix(
        QStringLiteral("\\s+(ua|council|borough council|district council|city council|county council|"
                       "metropolitan borough council|city of|london borough council)$"));
    for (int i = 0; i < 3; ++i)
        s.replace(suffix, QString());
    static const QRegularExpression prefix(QStringLiteral("^(london borough of|royal borough of|city of|borough of)\\s+"));
    s.replace(prefix, QString());
    return s.simplified();
}

Result<LaRegister> LaRegister::load(const QString &path)
{
    Result<CsvTable> t = CsvReader::readFile(path);
    if (!t.ok())
        return Result<LaRegister>::failure(t.problems());
    LaRegister reg;
    reg.m_table = t.take();
    const CsvTable &tab = reg.m_table;
    const QStringList needed = {QStringLiteral("local-authority-code"), QStringLiteral("official-name"),
                                QStringLiteral("gss-code"), QStringLiteral("nation"), QStringLiteral("current-authority")};
    for (const QString &n : needed) {
        if (tab.column(n) < 0) {
            return Result<LaRegister>::failure(path, QString(),
                                               tr("Not the local authority register: no column '%1'.").arg(n));
        }
    }
    auto col = [&](const QStringList &row, const char *name) {
        const int c = tab.column(QLatin1String(name));
        return c >= 0 && c < row.size() ? row.at(c).simplified() : QString();
    };
    for (int i = 0; i < tab.rows.size(); ++i) {
        const QStringList &row = tab.rows.at(i);
        Authority a;
        a.line = tab.lines.at(i);
        a.code = col(row, "local-authority-code");
        a.officialName = col(row, "official-name");
        a.niceName = col(row, "nice-name");
        a.gss = col(row, "gss-code");
        a.ecode = col(row, "ecode");
        a.nation = col(row, "nation");
        a.region = col(row, "region");
        a.type = col(row, "local-authority-type");
        a.typeName = col(row, "local-authority-type-name");
        a.endDate = col(row, "end-date");
        a.replacedBy = col(row, "replaced-by");
        a.current = col(row, "current-authority").compare(QLatin1String("True"), Qt::CaseInsensitive) == 0;
        for (const QString &g : col(row, "former-gss-codes").split(QRegularExpression(QStringLiteral("[;,|\\s]+")), Qt::SkipEmptyParts))
            a.formerGss.append(g);
        a.altNames = col(row, "alt-names").split(QLatin1Char(','), Qt::SkipEmptyParts);
        const ImportCommon::Amount pop = ImportCommon::parseAmount(col(row, "pop-2020"));
        if (pop.state == ImportCommon::AmountState::Value && pop.value >= 0)
            a.population = qint64(std::llround(pop.value));
        reg.m_all.append(a);
    }
    for (int i = 0; i < reg.m_all.size(); ++i) {
        const Authority &a = reg.m_all.at(i);
        reg.m_byCode.insert(a.code, i);
        // A current authority wins a code or a name over an abolished one that shared it.
        auto put = [&](QHash<QString, int> &h, const QString &key) {
            if (key.isEmpty())
                return;
            auto it = h.find(key);
            if (it == h.end() || (!reg.m_all.at(*it).current && a.current))
                h.insert(key, i);
        };
        put(reg.m_byGss, a.gss);
        for (const QString &g : a.formerGss)
            put(reg.m_byFormerGss, g);
        put(reg.m_byEcode, a.ecode);
        put(reg.m_byName, normaliseName(a.officialName));
        put(reg.m_byName, normaliseName(a.niceName));
        for (const QString &n : a.altNames)
            put(reg.m_byName, normaliseName(n));
    }
    return reg;
}

const LaRegister::Authority *LaRegister::byCode(const QString &registerCode) const
{
    const auto it = m_byCode.constFind(registerCode.trimmed());
    return it == m_byCode.cend() ? nullptr : &m_all.at(*it);
}

const LaRegister::Authority *LaRegister::byGss(const QString &gss) const
{
    auto it = m_byGss.constFind(gss.trimmed().toUpper());
    if (it != m_byGss.cend())
        return &m_all.at(*it);
    it = m_byFormerGss.constFind(gss.trimmed().toUpper());
    return it == m_byFormerGss.cend() ? nullptr : &m_all.at(*it);
}

const LaRegister::Authority *LaRegister::byEcode(const QString &ecode) const
{
    const auto it = m_byEcode.constFind(ecode.trimmed().toUpper());
    return it == m_byEcode.cend() ? nullptr : &m_all.at(*it);
}

const LaRegister::Authority *LaRegister::byName(const QString &name) const
{
    const auto it = m_byName.constFind(normaliseName(name));
    return it == m_byName.cend() ? nullptr : &m_all.at(*it);
}

const LaRegister::Authority *LaRegister::successor(const Authority &a) const
{
    const Authority *cur = &a;
    for (int hops = 0; hops < 8 && cur && !cur->current; ++hops) {
        const QStringList next = cur->replacedBy.split(QRegularExpression(QStringLiteral("[;,|\\s]+")), Qt::SkipEmptyParts);
        if (next.size() != 1)
            return nullptr; // split between several successors: no single answer
        cur = byCode(next.first());
    }
    return cur && cur->current ? cur : nullptr;
}

QString LaRegister::whyNotCurrent(const Authority &a) const
{
    const QString who = QStringLiteral("%1 (%2)").arg(a.niceName.isEmpty() ? a.officialName : a.niceName, a.gss);
    if (a.current && a.nation != QLatin1String("England"))
        return tr("%1 is in %2, not England").arg(who, a.nation);
    if (a.current)
        return tr("%1 is a current council").arg(who);
    QStringList names;
    for (const QString &c : a.replacedBy.split(QRegularExpression(QStringLiteral("[;,|\\s]+")), Qt::SkipEmptyParts)) {
        const Authority *s = byCode(c);
        names.append(s ? QStringLiteral("%1 (%2)").arg(s->officialName, s->gss) : c);
    }
    if (names.isEmpty())
        return tr("%1 is no longer a council (ended %2)").arg(who, a.endDate.isEmpty() ? tr("date unknown") : a.endDate);
    return tr("%1 is no longer a council: ended %2, replaced by %3")
        .arg(who, a.endDate.isEmpty() ? tr("date unknown") : a.endDate, names.join(QStringLiteral(", ")));
}

} // namespace livedna
