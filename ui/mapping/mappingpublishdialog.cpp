#include "ui/mapping/mappingpublishdialog.h"

#include "core/cache/cache.h"
#include "core/commons/commonsreader.h"
#include "core/commons/commonswriter.h"
#include "core/mapping/orgdiff.h"
#include "core/publish/publisher.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTemporaryDir>
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
        keyRow->addWidget(new QLabel(tr("Signing key:"), this));
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
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_bytes) != m_bytes.size() || !f.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return Status::success();
}

void MappingPublishDialog::saveInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the organisation document"),
                                                      QStringLiteral("%1-%2.json").arg(m_org.code, m_org.period),
                                                      tr("JSON documents (*.json)"));
    if (path.isEmpty())
        return;
    const Status st = saveDocument(path);
    m_status->setText(st ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : st.error);
}

// Where the commons keeps this organisation's document for the period, or the 1.1 layout.
QString MappingPublishDialog::documentPathIn(const QString &commonsDir) const
{
    QFile f(QDir(commonsDir).filePath(QStringLiteral("index.json")));
    if (f.open(QIODevice::ReadOnly)) {
        const Result<CommonsIndex> index = CommonsReader::readIndex(f.readAll(), f.fileName());
        if (index) {
            for (const IndexEntry &e : index.value().documents)
                if (e.org == m_org.code && (e.period.isEmpty() || e.period == m_org.period))
                    return e.path;
        }
    }
    return QStringLiteral("orgs/%1/%2.json").arg(m_org.code, m_org.period);
}

Status MappingPublishDialog::publishInto(const QString &commonsDir, const QString &secretKeyFile)
{
    if (!m_valid)
        return Status::failure(tr("The document is not valid; nothing was published."));
    // The publisher turns a folder of documents into a commons all or nothing: give it the
    // commons' current documents with this one in its place.
    QTemporaryDir staging;
    if (!staging.isValid())
        return Status::failure(tr("Cannot make a staging folder: %1").arg(staging.errorString()));
    const QDir from(commonsDir);
    QDirIterator it(commonsDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = from.relativeFilePath(path);
        if (rel == QLatin1String("index.json") || rel == QLatin1String("index.json.sig"))
            continue;
        const QString to = QDir(staging.path()).filePath(rel);
        if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !QFile::copy(path, to))
            return Status::failure(tr("Cannot stage %1.").arg(QDir::toNativeSeparators(path)));
    }
    const QString target = QDir(staging.path()).filePath(documentPathIn(commonsDir));
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(target);
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_bytes) != m_bytes.size())
        return Status::failure(tr("Cannot stage the document: %1").arg(out.errorString()));
    out.close();
    PublishOptions options;
    options.sourceDir = staging.path();
    options.outDir = commonsDir;
    options.secretKeyFile = secretKeyFile;
    const Result<PublishReport> r = Publisher::publish(options);
    if (!r)
        return Status::failure(r.errorString());
    m_status->setText(r.value().toText());
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
