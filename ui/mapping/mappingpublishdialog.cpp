#include "ui/mapping/mappingpublishdialog.h"

#include "core/cache/cache.h"
#include "core/commons/commonsreader.h"
#include "core/commons/commonswriter.h"
#include "core/mapping/orgdiff.h"
#include "core/mapping/orgpublish.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace livedna {

MappingPublishDialog::MappingPublishDialog(Cache *cache, const MappingDraft &draft, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_draft(draft)
    , m_org(draft.org)
    , m_text(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(mode == Publish ? QStringLiteral("mappingPublishDialog") : QStringLiteral("mappingChangesDialog"));
    setWindowTitle(mode == Publish ? tr("Publish %1").arg(m_org.name) : tr("Changes to %1").arg(m_org.name));
    mappingsource::reconcile(m_org);
    m_bytes = CommonsWriter::organisationBytes(m_org);
    build(mode);
    resize(720, 520);
}

QString MappingPublishDialog::changesText() const
{
    return m_text->toPlainText();
}

void MappingPublishDialog::build(Mode mode)
{
    const QString file = QStringLiteral("orgs/%1/%2.json").arg(m_org.code, m_org.period);
    const Result<Organisation> read = CommonsReader::readOrganisation(m_bytes, file, m_draft.catalogue, m_org.code);
    m_valid = read.ok();
    const std::optional<Organisation> before = m_cache ? m_cache->organisation(m_org.code, m_draft.commons, m_org.period)
                                                       : std::nullopt;
    const OrgDiff diff = OrgDiff::compute(before, m_org, m_draft.catalogue);
    QString text = m_valid ? tr("The document is valid (commons format 1.1).")
                           : tr("The document is not valid yet; fix these first:\n%1").arg(read.errorString());
    text += QStringLiteral("\n\n") + (diff.isEmpty() ? tr("It changes nothing against the version in the cache.") : diff.toText());
    m_text->setPlainText(text);
    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("mappingChangesText"));
    m_text->setAccessibleName(tr("Document check and changes"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (mode == Publish) {
        auto *keyRow = new QHBoxLayout;
        m_key = new QLineEdit(this);
        m_key->setPlaceholderText(tr("optional: the organisation's Ed25519 secret key file, to sign"));
        auto *browse = new QPushButton(tr("Key…"), this);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(this, tr("Secret key"));
            if (!path.isEmpty())
                m_key->setText(path);
        });
        auto *keyLabel = new QLabel(tr("Signing key:"), this);
        keyLabel->setBuddy(m_key); // names the field for a screen reader
        keyRow->addWidget(keyLabel);
        keyRow->addWidget(m_key, 1);
        keyRow->addWidget(browse);
        layout->addLayout(keyRow);
        QPushButton *save = buttons->addButton(tr("Save Document…"), QDialogButtonBox::ActionRole);
        save->setToolTip(tr("One file for a central commons to take in"));
        QPushButton *into = buttons->addButton(tr("Publish into Commons Folder…"), QDialogButtonBox::ActionRole);
        for (QPushButton *b : {save, into}) {
            b->setEnabled(m_valid);
            if (!m_valid)
                b->setToolTip(tr("The document must be valid first."));
        }
        connect(save, &QPushButton::clicked, this, &MappingPublishDialog::saveInteractive);
        connect(into, &QPushButton::clicked, this, &MappingPublishDialog::publishInteractive);
    }
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

Status MappingPublishDialog::saveDocument(const QString &path)
{
    if (!m_valid)
        return Status::failure(tr("The document is not valid; it was not saved."));
    OrgPublishOptions options;
    options.exportFile = path;
    options.secretKeyFile = m_key ? m_key->text().trimmed() : QString();
    const Result<OrgPublishResult> r = OrgPublisher::publish(m_org, options);
    if (!r)
        return Status::failure(r.errorString());
    m_status->setText(r.value().signatureFile.isEmpty()
                          ? tr("Saved %1.").arg(QDir::toNativeSeparators(r.value().written))
                          : tr("Saved %1, signed in %2.").arg(QDir::toNativeSeparators(r.value().written),
                                                             QDir::toNativeSeparators(r.value().signatureFile)));
    return Status::success();
}

void MappingPublishDialog::saveInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the organisation document"),
                                                      QStringLiteral("%1-%2.json").arg(m_org.code, m_org.period),
                                                      tr("JSON documents (*.json)"));
    if (path.isEmpty())
        return;
    if (const Status st = saveDocument(path); !st)
        m_status->setText(st.error);
}

Status MappingPublishDialog::publishInto(const QString &commonsDir, const QString &secretKeyFile)
{
    if (!m_valid)
        return Status::failure(tr("The document is not valid; nothing was published."));
    // The same publisher as `livedna-cli mapping publish`: staged with the commons' other
    // documents, published all or nothing, version + 1, signed with the key when given.
    OrgPublishOptions options;
    options.commonsDir = commonsDir;
    options.secretKeyFile = secretKeyFile;
    options.bricksBytes = CommonsWriter::catalogueBytes(m_draft.catalogue);
    const Result<OrgPublishResult> r = OrgPublisher::publish(m_org, options);
    if (!r)
        return Status::failure(r.errorString());
    m_status->setText(r.value().publish ? r.value().publish->toText()
                                        : tr("Published into %1.").arg(QDir::toNativeSeparators(r.value().written)));
    return Status::success();
}

void MappingPublishDialog::publishInteractive()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Commons folder to publish into"));
    if (dir.isEmpty())
        return;
    const Status st = publishInto(dir, m_key ? m_key->text().trimmed() : QString());
    if (!st)
        m_status->setText(st.error);
}

} // namespace livedna
