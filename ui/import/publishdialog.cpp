#include "ui/import/publishdialog.h"

#include "ui/accessibility.h"

#include "core/publish/signature.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace livedna {

PublishDialog::PublishDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Publish commons"));
    m_src = new QLineEdit(this);
    m_src->setPlaceholderText(tr("Folder with bricks.json and organisation documents"));
    m_out = new QLineEdit(this);
    m_out->setPlaceholderText(tr("Commons folder (served as is, or synced from)"));
    m_commons = new QLineEdit(this);
    m_commons->setPlaceholderText(tr("e.g. england-local (kept from the previous publication)"));
    m_title = new QLineEdit(this);
    m_key = new QLineEdit(this);
    m_key->setPlaceholderText(tr("Secret key file: leave empty to publish unsigned"));
    m_expires = new QSpinBox(this);
    m_expires->setRange(0, 3650);
    m_expires->setSpecialValueText(tr("never"));
    m_expires->setSuffix(tr(" days"));
    m_result = new QPlainTextEdit(this);
    m_result->setReadOnly(true);

    auto row = [this](QLineEdit *edit, bool folder, QPushButton *extra = nullptr) {
        auto *w = new QWidget(this);
        auto *h = new QHBoxLayout(w);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(edit, 1);
        auto *b = new QPushButton(tr("Browse…"), w);
        connect(b, &QPushButton::clicked, this, [this, edit, folder]() { browse(edit, folder); });
        h->addWidget(b);
        if (extra)
            h->addWidget(extra);
        return w;
    };
    auto *newKey = new QPushButton(tr("New key…"), this);
    connect(newKey, &QPushButton::clicked, this, &PublishDialog::generateKey);
    auto *form = new QFormLayout;
    form->addRow(tr("&Documents:"), row(m_src, true));
    form->addRow(tr("&Commons folder:"), row(m_out, true));
    form->addRow(tr("Commons &id:"), m_commons);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Sign with:"), row(m_key, false, newKey));
    form->addRow(tr("&Expires after:"), m_expires);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_publish = m_buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    disconnect(m_buttons, nullptr, this, nullptr);
    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result, 1);
    layout->addWidget(m_buttons);

    connect(&m_watcher, &QFutureWatcher<QPair<Result<PublishReport>, bool>>::finished, this, [this]() {
        const auto [r, io] = m_watcher.result();
        Q_UNUSED(io);
        m_result->setPlainText(r.ok() ? r.value().toText() : tr("Nothing was published.\n%1").arg(r.errorString()));
        m_publish->setEnabled(true);
        unsetCursor();
        Q_EMIT published(r.ok());
    });
    m_result->setAccessibleName(tr("Publication report"));
    accessibility::nameFormFieldsIn(this);
    resize(760, 520);
}

PublishDialog::~PublishDialog()
{
    m_watcher.waitForFinished(); // a publication is never abandoned halfway
}

void PublishDialog::setSourceFolder(const QString &path) { m_src->setText(path); }
void PublishDialog::setOutputFolder(const QString &path) { m_out->setText(path); }
void PublishDialog::setCommonsId(const QString &id) { m_commons->setText(id); }
void PublishDialog::setTitle(const QString &title) { m_title->setText(title); }
void PublishDialog::setKeyFile(const QString &path) { m_key->setText(path); }

QString PublishDialog::resultText() const
{
    return m_result->toPlainText();
}

bool PublishDialog::isRunning() const
{
    return m_watcher.isRunning();
}

PublishOptions PublishDialog::options() const
{
    PublishOptions o;
    o.sourceDir = m_src->text().trimmed();
    o.outDir = m_out->text().trimmed();
    o.commonsId = m_commons->text().trimmed();
    o.title = m_title->text().trimmed();
    o.secretKeyFile = m_key->text().trimmed();
    o.expiresDays = m_expires->value();
    return o;
}

void PublishDialog::publish()
{
    if (m_watcher.isRunning())
        return;
    const PublishOptions o = options();
    if (o.sourceDir.isEmpty() || o.outDir.isEmpty()) {
        m_result->setPlainText(tr("Choose the documents folder and the commons folder."));
        return;
    }
    m_publish->setEnabled(false);
    setCursor(Qt::BusyCursor);
    m_result->setPlainText(tr("Validating and publishing…"));
    m_watcher.setFuture(QtConcurrent::run([o]() {
        bool io = false;
        Result<PublishReport> r = Publisher::publish(o, &io);
        return qMakePair(r, io);
    }));
}

void PublishDialog::browse(QLineEdit *edit, bool folder)
{
    const QString path = folder ? QFileDialog::getExistingDirectory(this, tr("Choose a folder"), edit->text())
                                : QFileDialog::getOpenFileName(this, tr("Secret key"), edit->text());
    if (!path.isEmpty())
        edit->setText(path);
}

void PublishDialog::generateKey()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New signing key"), QStringLiteral("commons.key"));
    if (path.isEmpty())
        return;
    const Result<Signature::KeyPair> pair = Signature::generate();
    const Status st = pair.ok() ? Signature::writeKeyPair(pair.value(), path, false) : Status::failure(pair.errorString());
    if (!st) {
        QMessageBox::warning(this, tr("New signing key"), st.error);
        return;
    }
    m_key->setText(path);
    m_result->setPlainText(tr("Secret key: %1 (keep it private)\nPublic key: %1.pub — readers pin it with "
                              "'livedna-cli sync --trust %1.pub'.\n%2")
                               .arg(path, QString::fromLatin1(Signature::encode(pair.value().publicKey))));
}

} // namespace livedna
