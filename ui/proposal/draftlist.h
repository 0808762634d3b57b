#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace livedna {

class DraftStore;

// Every draft in the drafts file, newest first, with the crash-recovery notice when the
// last session did not end cleanly. The main window opens the chosen draft in a
// ProposalWorkspace (one per draft, so after a crash every draft can be reopened).
class DraftList : public QWidget
{
    Q_OBJECT

public:
    explicit DraftList(QWidget *parent = nullptr);

    void setStore(DraftStore *store);
    void refresh();
    int count() const;
    QString notice() const;

Q_SIGNALS:
    void openRequested(qint64 draftId);
    void deleteRequested(qint64 draftId);

private:
    DraftStore *m_store = nullptr;
    QLabel *m_notice;
    QListWidget *m_list;
};

} // namespace livedna
