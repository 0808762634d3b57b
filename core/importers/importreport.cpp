#include "core/importers/importreport.h"

#include <QHash>
#include <QLocale>

namespace livedna {

static QString grouped(const QList<ImportReport::Entry> &entries, int examples, bool items)
{
    // Keep first-seen order so the report reads like the file.
    QStringList order;
    QHash<QString, QList<int>> lines;
    for (const ImportReport::Entry &e : entries) {
        auto it = lines.find(e.reason);
        if (it == lines.end()) {
            order.append(e.reason);
            it = lines.insert(e.reason, {});
        }
        it->append(e.line);
    }
    QString s;
    const QLocale c = QLocale::c();
    for (const QString &reason : order) {
        const QList<int> &l = lines.value(reason);
        QStringList shown;
        for (int i = 0; i < l.size() && i < examples; ++i) {
            if (l.at(i) > 0)
                shown.append(QString::number(l.at(i)));
        }
        QString where;
        if (!shown.isEmpty()) {
            where = (items ? ImportReport::tr(" (item %1%2)") : ImportReport::tr(" (line %1%2)"))
                        .arg(shown.join(QStringLiteral(", ")),
                             l.size() > examples ? QStringLiteral(", …") : QString());
        }
        s += ImportReport::tr("  %1 × %2%3\n").arg(c.toString(l.size()), reason, where);
    }
    return s;
}

QString ImportReport::toText(int examplesPerReason) const
{
    const QLocale c = QLocale::c();
    QString s = tr("Import %1 from %2\n").arg(kind, sources.join(QStringLiteral(", ")));
    s += tr("Rows read: %1; imported: %2; skipped: %3.\n")
             .arg(c.toString(rowsIn), c.toString(imported), c.toString(skipped.size()));
    s += tr("Documents written: %1 (%2 new, %3 updated).\n")
             .arg(c.toString(written.size()), c.toString(documentsCreated), c.toString(documentsUpdated));
    if (!skipped.isEmpty())
        s += tr("Skipped:\n") + grouped(skipped, examplesPerReason, jsonItems);
    if (!notes.isEmpty())
        s += tr("Notes:\n") + grouped(notes, examplesPerReason, jsonItems);
    return s;
}

} // namespace livedna
