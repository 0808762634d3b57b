#include "ui/accessibility.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextEdit>
#include <QWidget>

namespace livedna::accessibility {

namespace {

bool isField(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
           || qobject_cast<const QComboBox *>(w) || qobject_cast<const QPlainTextEdit *>(w)
           || qobject_cast<const QTextEdit *>(w);
}

QWidget *firstField(QLayoutItem *item)
{
    if (!item)
        return nullptr;
    if (QWidget *w = item->widget()) {
        if (isField(w))
            return w;
        for (QWidget *child : w->findChildren<QWidget *>()) {
            if (isField(child))
                return child;
        }
        return nullptr;
    }
    if (QLayout *layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i) {
            if (QWidget *w = firstField(layout->itemAt(i)))
                return w;
        }
    }
    return nullptr;
}

// "Commons &id:" → "Commons id"; "&&" stays one "&".
QString plainLabel(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(0x01), QLatin1Char('&'));
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

} // namespace

void nameFormFields(QFormLayout *form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                                                 ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                                 : nullptr);
        QWidget *field = firstField(form->itemAt(row, QFormLayout::FieldRole));
        if (!label || !field)
            continue;
        if (field->accessibleName().isEmpty())
            field->setAccessibleName(plainLabel(label->text()));
        if (!label->buddy() || !isField(label->buddy()))
            label->setBuddy(field);
    }
}

void nameFormFieldsIn(QWidget *root)
{
    for (QFormLayout *form : root->findChildren<QFormLayout *>())
        nameFormFields(form);
}

QPalette applicationPalette(const QStyle *style)
{
    QPalette palette = style->standardPalette();
    // 5.95:1 under white text; still the selection blue people expect.
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
        palette.setColor(group, QPalette::Highlight, QColor(0x21, 0x66, 0xa8));
    return palette;
}

void announce(QWidget *widget, const QString &current)
{
    static const char kHelp[] = "livedna_accessibleHelp";
    if (!widget->property(kHelp).isValid())
        widget->setProperty(kHelp, widget->accessibleDescription());
    const QString help = widget->property(kHelp).toString();
    widget->setAccessibleDescription(current.isEmpty() ? help
                                     : help.isEmpty()  ? current
                                                       : current + QStringLiteral(" — ") + help);
    QAccessibleEvent event(widget, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

QBrush seriesBrush(const QColor &colour, bool dotted, Hatch hatch)
{
    constexpr int kTile = 8;
    QPixmap tile(kTile, kTile);
    tile.fill(dotted ? QColor(255, 255, 255, 0) : colour);
    QPainter p(&tile);
    if (dotted)
        p.fillRect(tile.rect(), QBrush(colour, Qt::Dense4Pattern));
    p.setRenderHint(QPainter::Antialiasing);
    // White lines on a solid fill, dark ones over dots: both stand out from their ground.
    p.setPen(QPen(dotted ? colour.darker(170) : QColor(Qt::white), 1.5));
    if (hatch == Hatch::Diagonal) {
        // Three segments so the tiles join into continuous lines.
        p.drawLine(QPointF(-1, kTile + 1), QPointF(kTile + 1, -1));
        p.drawLine(QPointF(-1, 1), QPointF(1, -1));
        p.drawLine(QPointF(kTile - 1, kTile + 1), QPointF(kTile + 1, kTile - 1));
    } else if (hatch == Hatch::Horizontal) {
        p.drawLine(QPointF(0, kTile / 2.0), QPointF(kTile, kTile / 2.0));
    }
    p.end();
    return QBrush(colour, tile);
}

int nearestInDirection(const QPointF &from, const QList<QPointF> &centres, int key, int skip)
{
    int best = -1;
    double bestScore = 1e18;
    for (int i = 0; i < centres.size(); ++i) {
        if (i == skip)
            continue;
        const QPointF d = centres.at(i) - from;
        double along = 0, across = 0;
        switch (key) {
        case Qt::Key_Left: along = -d.x(); across = d.y(); break;
        case Qt::Key_Right: along = d.x(); across = d.y(); break;
        case Qt::Key_Up: along = -d.y(); across = d.x(); break;
        default: along = d.y(); across = d.x(); break;
        }
        if (along <= 1.0)
            continue;
        // Straight ahead beats off to the side: a step across counts twice a step along.
        const double score = along + 2.0 * std::abs(across);
        if (score < bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return best;
}

} // namespace livedna::accessibility
