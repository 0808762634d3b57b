#pragma once

#include "core/publish/publisher.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace livedna {

// File → Publish commons…: a folder of documents into a commons folder, through the same
// Publisher as `livedna-cli publish` (validated, indexed, atomic, optionally signed), run on
// a worker thread. "New key…" makes a key pair as `livedna-cli keygen` does.
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PublishDialog(QWidget *parent = nullptr);
    ~PublishDialog() override;

    void setSourceFolder(const QString &path);
    void setOutputFolder(const QString &path);
    void setCommonsId(const QString &id);
    void setTitle(const QString &title);
    void setKeyFile(const QString &path);
    PublishOptions options() const;
    QString resultText() const;
    bool isRunning() const;

public Q_SLOTS:
    void publish();

Q_SIGNALS:
    void published(bool ok);

private:
    void generateKey();
    void browse(QLineEdit *edit, bool folder);

    QLineEdit *m_src = nullptr;
    QLineEdit *m_out = nullptr;
    QLineEdit *m_commons = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_key = nullptr;
    QSpinBox *m_expires = nullptr;
    QPlainTextEdit *m_result = nullptr;
    QPushButton *m_publish = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<QPair<Result<PublishReport>, bool>> m_watcher;
};

} // namespace livedna
