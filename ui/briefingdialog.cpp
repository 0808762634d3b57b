#include "ui/briefingdialog.h"

#include "core/area/briefing.h"
#include "core/cache/cache.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStringListModel>
#include <QVBoxLayout>

namespace livedna {

BriefingDialog::BriefingDialog(const AreaData &areas, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export briefing"));
    QStringList items;
    for (const AreaConstituency &c : areas.constituencies) {
        const QString mp = c.mp.isEmpty() ? tr("no MP in the data") : c.mp;
        const QString item = QStringLiteral("%1 (%2) · %3").arg(c.name, c.code, mp);
        items.append(item);
        m_codeOfItem.insert(item, c.code);
        m_codes.insert(c.code.toUpper(), c.code);
        m_describe.insert(c.code, QStringLiteral("%1 · %2").arg(c.name, c.party.isEmpty() ? mp : QStringLiteral("%1 (%2)").arg(mp, c.party)));
    }
    items.sort(Qt::CaseInsensitive);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Constituency (type its name, its code or its MP's name):"), this);
    m_edit = new QLineEdit(this);
    label->setBuddy(m_edit);
    m_edit->setPlaceholderText(tr("e.g. Aldershot, E14001063 or Alex Baker"));
    auto *completer = new QCompleter(new QStringListModel(items, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_edit->setCompleter(completer);
    m_choice = new QLabel(this);
    m_choice->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose where to save…"));
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_choice);
    layout->addWidget(m_buttons);
    connect(m_edit, &QLineEdit::textChanged, this, &BriefingDialog::updateChoice);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &BriefingDialog::setText);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
    updateChoice();
}

QString BriefingDialog::constituencyCode() const
{
    return m_code;
}

void BriefingDialog::setText(const QString &text)
{
    m_edit->setText(text);
}

// A completer item, a bare code, or any text holding "(CODE)" names a constituency.
void BriefingDialog::updateChoice()
{
    const QString text = m_edit->text().trimmed();
    m_code = m_codeOfItem.value(text);
    if (m_code.isEmpty())
        m_code = m_codes.value(text.toUpper());
    if (m_code.isEmpty()) {
        static const QRegularExpression inParens(QStringLiteral("\\(([A-Za-z][0-9]{8})\\)"));
        const QRegularExpressionMatch m = inParens.match(text);
        if (m.hasMatch())
            m_code = m_codes.value(m.captured(1).toUpper());
    }
    m_choice->setText(m_code.isEmpty() ? tr("No constituency chosen yet.") : m_describe.value(m_code));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_code.isEmpty());
}

QString BriefingDialog::exportFrom(QWidget *parent, const Cache &cache)
{
    const QString title = tr("Export briefing");
    const QByteArray bytes = cache.areas();
    Result<AreaData> areas = AreaData::fromJson(bytes, tr("areas in the cache"));
    if (bytes.isEmpty() || !areas.ok()) {
        QMessageBox::information(parent, title,
                                 bytes.isEmpty()
                                     ? tr("The cache holds no constituencies yet: sync a commons that publishes them "
                                          "(the real commons does).")
                                     : areas.errorString());
        return {};
    }
    areas.value().reindex();
    BriefingDialog dialog(areas.value(), parent);
    if (dialog.exec() != QDialog::Accepted || dialog.constituencyCode().isEmpty())
        return {};
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("export/lastDir"), QDir::homePath()).toString();
    const QString suggested = QDir(dir).filePath(tr("briefing-%1.pdf").arg(dialog.constituencyCode()));
    const QString path = QFileDialog::getSaveFileName(parent, title, suggested,
                                                      tr("PDF document (*.pdf);;Web page (*.html);;Markdown (*.md)"));
    if (path.isEmpty())
        return {};
    settings.setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());
    const Status st = exportBriefing(cache, dialog.constituencyCode(), path);
    if (!st) {
        QMessageBox::warning(parent, title, st.error);
        return {};
    }
    return path;
}

} // namespace livedna
