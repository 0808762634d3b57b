#pragma once

#include "core/mapping/mappingdraft.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace livedna {

class Cache;

// "Publish my organisation" (issue 14 item 4) for the mapping draft: the organisation
// document it makes, validated by the reader every commons reader runs (every problem with
// its JSON pointer), and its changes against the version in the cache (OrgDiff). In Publish
// mode it then saves the document as one file for a central commons to take in, or
// publishes it into a commons folder (Publisher: all or nothing, signed when given the
// organisation's secret key).
class MappingPublishDialog : public QDialog
{
    Q_OBJECT

public:
    enum Mode { ChangesOnly, Publish };
    MappingPublishDialog(Cache *cache, const MappingDraft &draft, Mode mode, QWidget *parent = nullptr);

    // The document as it would be published, and whether the reader accepts it.
    const QByteArray &document() const { return m_bytes; }
    bool isValid() const { return m_valid; }
    QString changesText() const;

    Status saveDocument(const QString &path);
    Status publishInto(const QString &commonsDir, const QString &secretKeyFile);

private:
    void build(Mode mode);
    void saveInteractive();
    void publishInteractive();

    Cache *m_cache;
    MappingDraft m_draft;
    Organisation m_org;
    QByteArray m_bytes;
    bool m_valid = false;
    QPlainTextEdit *m_text;
    QLabel *m_status;
    QLineEdit *m_key = nullptr;
};

} // namespace livedna
