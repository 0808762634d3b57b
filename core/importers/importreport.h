#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace livedna {

// What an importer did with its input: every input row is either imported or skipped with a
// reason, so rowsIn == imported + skipped.size() always holds (tests assert it). Notes are
// about rows that were imported but deserve attention (a blank value kept as unknown).
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    struct Entry
    {
        int line = 0; // physical line (CSV) or array position (JSON), 0 when not applicable
        QString reason;
    };

    QString kind;
    QStringList sources;
    bool jsonItems = false; // positions are items of a JSON array, not CSV lines
    int rowsIn = 0;
    int imported = 0;
    QList<Entry> skipped;
    QList<Entry> notes;
    QStringList written;   // files written, relative to the output folder
    int documentsCreated = 0;
    int documentsUpdated = 0;

    void skip(int line, const QString &reason) { skipped.append({line, reason}); }
    void note(int line, const QString &reason) { notes.append({line, reason}); }
    bool balanced() const { return rowsIn == imported + skipped.size(); }

    // Human-readable: totals, then skips and notes grouped by reason with their lines.
    QString toText(int examplesPerReason = 8) const;
};

} // namespace livedna
