#include "tests/support/gui/screenchecker.h"

#include "core/render/brickgraph.h"
#include "ui/graph/brickgraphview.h"
#include "ui/qcp.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTableView>
#include <QTreeView>

#include <QtMath>

#include <algorithm>
#include <cmath>
#include <functional>

namespace livedna::test {

namespace {

// Protected members reached through a pointer to member: the standard way to read what
// QCustomPlot and QTabBar compute but do not publish (the axis painter's label boxes and a
// tab's natural size).
struct AxisAccess : QCPAxis
{
    static QCPAxisPainterPrivate *painter(QCPAxis *axis) { return axis->*(&AxisAccess::mAxisPainter); }
};

struct TabAccess : QTabBar
{
    static QSize sizeHint(QTabBar *bar, int i) { return (bar->*(&TabAccess::tabSizeHint))(i); }
};

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

int textWidth(const QFontMetrics &fm, const QString &text)
{
    int w = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        w = std::max(w, fm.horizontalAdvance(line));
    return w;
}

QString shortText(const QString &text)
{
    const QString t = plain(text).simplified();
    return t.size() > 60 ? t.left(57) + QStringLiteral("...") : t;
}

bool overlaps(const QRectF &a, const QRectF &b, double tolerance = 1.0)
{
    const QRectF i = a.intersected(b);
    return i.width() > tolerance && i.height() > tolerance;
}

struct PlotText
{
    QRectF rect;
    QString what;
};

QRectF barRect(QCPBars *bars, double key, double value, double base)
{
    QCPAxis *k = bars->keyAxis();
    QCPAxis *v = bars->valueAxis();
    double lo = key - bars->width() / 2, hi = key + bars->width() / 2;
    double k1 = k->coordToPixel(lo), k2 = k->coordToPixel(hi);
    if (bars->widthType() == QCPBars::wtAbsolute) {
        const double c = k->coordToPixel(key);
        k1 = c - bars->width() / 2;
        k2 = c + bars->width() / 2;
    }
    const double v1 = v->coordToPixel(base), v2 = v->coordToPixel(base + value);
    if (k->orientation() == Qt::Vertical)
        return QRectF(QPointF(std::min(v1, v2), std::min(k1, k2)), QPointF(std::max(v1, v2), std::max(k1, k2)));
    return QRectF(QPointF(std::min(k1, k2), std::min(v1, v2)), QPointF(std::max(k1, k2), std::max(v1, v2)));
}

double stackedBase(QCPBars *bars, double key)
{
    double base = 0;
    for (QCPBars *below = bars->barBelow(); below; below = below->barBelow()) {
        for (auto it = below->data()->constBegin(); it != below->data()->constEnd(); ++it) {
            if (it->key == key && it->value >= 0)
                base += it->value;
        }
    }
    return base;
}

// Tick labels turned by an angle are parallel slanted lines: they touch when the distance
// between neighbours, across the slant, is less than a line of text.
void checkTurnedLabels(QCPAxis *axis, QStringList *problems)
{
    const QFontMetrics fm(axis->tickLabelFont());
    const double across = std::abs(std::sin(qDegreesToRadians(axis->tickLabelRotation())));
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    double previous = qQNaN();
    QString previousLabel;
    for (int i = 0; i < ticks.size() && i < labels.size(); ++i) {
        if (labels.at(i).isEmpty() || !axis->range().contains(ticks.at(i)))
            continue;
        const double p = axis->coordToPixel(ticks.at(i));
        if (!qIsNaN(previous) && std::abs(p - previous) * across < fm.height() - 1)
            *problems << QStringLiteral("turned tick labels '%1' and '%2' overlap").arg(previousLabel, labels.at(i));
        previous = p;
        previousLabel = labels.at(i);
    }
}

QList<PlotText> axisTexts(QCPAxis *axis, QStringList *problems)
{
    QList<PlotText> out;
    if (!axis->visible())
        return out;
    QCPAxisPainterPrivate *painter = AxisAccess::painter(axis);
    const QRect ticksBox = painter ? painter->tickLabelsSelectionBox() : QRect();
    if (axis->tickLabels() && !ticksBox.isNull() && !qFuzzyIsNull(axis->tickLabelRotation())) {
        checkTurnedLabels(axis, problems);
    } else if (axis->tickLabels() && !ticksBox.isNull()) {
        const QFontMetrics fm(axis->tickLabelFont());
        const QVector<double> ticks = axis->tickVector();
        const QVector<QString> labels = axis->tickVectorLabels();
        for (int i = 0; i < ticks.size() && i < labels.size(); ++i) {
            if (labels.at(i).isEmpty() || !axis->range().contains(ticks.at(i)))
                continue;
            const QRect b = fm.boundingRect(QRect(), Qt::TextDontClip | Qt::AlignCenter, labels.at(i));
            const double p = axis->coordToPixel(ticks.at(i));
            QRectF r;
            switch (axis->axisType()) {
            case QCPAxis::atBottom: r = QRectF(p - b.width() / 2.0, ticksBox.top(), b.width(), b.height()); break;
            case QCPAxis::atTop: r = QRectF(p - b.width() / 2.0, ticksBox.bottom() - b.height(), b.width(), b.height()); break;
            case QCPAxis::atLeft: r = QRectF(ticksBox.right() - b.width(), p - b.height() / 2.0, b.width(), b.height()); break;
            case QCPAxis::atRight: r = QRectF(ticksBox.left(), p - b.height() / 2.0, b.width(), b.height()); break;
            }
            out.append({r, QStringLiteral("tick label '%1'").arg(labels.at(i))});
        }
    }
    const QRect labelBox = painter ? painter->labelSelectionBox() : QRect();
    if (!axis->label().isEmpty() && !labelBox.isNull()) {
        const QFontMetrics fm(axis->labelFont());
        const QRect b = fm.boundingRect(QRect(), Qt::TextDontClip | Qt::AlignCenter, axis->label());
        const QRect ar = axis->axisRect()->rect();
        QRectF r;
        if (axis->orientation() == Qt::Horizontal)
            r = QRectF(ar.center().x() - b.width() / 2.0, labelBox.top(), b.width(), b.height());
        else // drawn turned by 90°: its width runs along the axis
            r = QRectF(labelBox.left(), ar.center().y() - b.width() / 2.0, b.height(), b.width());
        out.append({r, QStringLiteral("axis title '%1'").arg(axis->label())});
    }
    return out;
}

} // namespace

ScreenChecker::ScreenChecker(double minimumPointSize)
    : m_minimumPointSize(minimumPointSize)
{
}

void ScreenChecker::settle(int milliseconds)
{
    // Charts draw again from queued and zero-delay timers after a resize (FittedTicker,
    // charts::onResize); on a loaded machine (ctest -j2, sanitizers) they need several rounds
    // of the event loop, or a half-laid-out chart is judged.
    const int rounds = std::max(6, milliseconds / 25);
    for (int i = 0; i < rounds; ++i) {
        QApplication::sendPostedEvents();
        QApplication::processEvents();
        QTest::qWait(std::max(1, milliseconds / rounds));
    }
}

QString ScreenChecker::describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(none)");
    auto name = [](const QWidget *x) {
        QString n = QString::fromLatin1(x->metaObject()->className()).remove(QStringLiteral("livedna::"));
        if (!x->objectName().isEmpty() && !x->objectName().startsWith(QLatin1String("qt_")))
            n += QLatin1Char('#') + x->objectName();
        else if (!x->accessibleName().isEmpty())
            n += QStringLiteral("[%1]").arg(x->accessibleName());
        return n;
    };
    QString text;
    if (auto *l = qobject_cast<const QLabel *>(w))
        text = l->text();
    else if (auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    QString out = name(w);
    if (!text.isEmpty())
        out += QStringLiteral(" '%1'").arg(shortText(text));
    QStringList chain;
    for (const QWidget *p = w->parentWidget(); p && chain.size() < 4; p = p->parentWidget())
        chain << name(p);
    if (!chain.isEmpty())
        out += QStringLiteral(" in ") + chain.join(QStringLiteral(" > "));
    return out;
}

double pointSizeOf(const QFont &font, const QWidget *w)
{
    if (font.pointSizeF() > 0)
        return font.pointSizeF();
    const int dpi = w ? w->logicalDpiY() : 96;
    return font.pixelSize() * 72.0 / dpi;
}

bool ScreenChecker::fontTooSmall(const QFont &font, const QWidget *w, double scale) const
{
    return pointSizeOf(font, w) * scale < m_minimumPointSize - 0.01;
}

QString ScreenChecker::pointText(const QFont &font, const QWidget *w, double scale) const
{
    return QStringLiteral("%1 pt (minimum %2 pt)").arg(pointSizeOf(font, w) * scale, 0, 'f', 1).arg(m_minimumPointSize, 0, 'f', 1);
}

QStringList ScreenChecker::check(const QString &state) const
{
    QStringList problems;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible() || top->windowType() == Qt::ToolTip || top->windowType() == Qt::Popup
            || top->inherits("QMenu"))
            continue;
        problems << checkWindowFitsScreen(top);
        QList<QWidget *> all = top->findChildren<QWidget *>();
        all.prepend(top);
        for (QWidget *w : std::as_const(all)) {
            if (!w->isVisible() || (w != top && w->isWindow()))
                continue;
            problems << checkWidget(w);
            problems << checkSiblingsOverlap(w);
        }
    }
    for (QString &p : problems)
        p = state + QStringLiteral(": ") + p;
    return problems;
}

QStringList ScreenChecker::saveScreenshots(const QString &dir, const QString &state) const
{
    QStringList written;
    QDir().mkpath(dir);
    int n = 0;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible() || top->windowType() == Qt::ToolTip || top->inherits("QMenu"))
            continue;
        ++n;
        const QString path = QDir(dir).filePath(n == 1 ? state + QStringLiteral(".png")
                                                       : QStringLiteral("%1-%2.png").arg(state).arg(n));
        if (top->grab().save(path))
            written << path;
    }
    return written;
}

QStringList ScreenChecker::checkWindowFitsScreen(QWidget *window) const
{
    QStringList out;
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return out;
    const QSize avail = screen->availableGeometry().size();
    const QSize size = window->frameGeometry().size();
    // What holds the window open: at each level, the visible child with the largest minimum.
    auto widest = [window](bool wide) {
        QStringList chain;
        for (QWidget *w = window; w && chain.size() < 12;) {
            QWidget *next = nullptr;
            int best = 0;
            for (QObject *o : w->children()) {
                auto *c = qobject_cast<QWidget *>(o);
                if (!c || !c->isVisible() || c->isWindow())
                    continue;
                const QSize m = c->minimumSizeHint().expandedTo(c->minimumSize());
                if ((wide ? m.width() : m.height()) > best) {
                    best = wide ? m.width() : m.height();
                    next = c;
                }
            }
            if (next)
                chain << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(next->metaObject()->className())).arg(best);
            w = next;
        }
        return chain.join(QStringLiteral(" > "));
    };
    if (size.width() > avail.width() || size.height() > avail.height())
        out << QStringLiteral("window %1 is %2×%3, larger than the screen's %4×%5; widest minimum: %6")
                   .arg(describe(window))
                   .arg(size.width())
                   .arg(size.height())
                   .arg(avail.width())
                   .arg(avail.height())
                   .arg(widest(size.width() > avail.width()));
    const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (least.width() > avail.width() || least.height() > avail.height())
        out << QStringLiteral("window %1 cannot shrink below %2×%3, larger than the screen's %4×%5")
                   .arg(describe(window))
                   .arg(least.width())
                   .arg(least.height())
                   .arg(avail.width())
                   .arg(avail.height());
    return out;
}

QStringList ScreenChecker::checkWidget(QWidget *w) const
{
    if (w->width() <= 0 || w->height() <= 0)
        return {};
    if (auto *plot = qobject_cast<QCustomPlot *>(w))
        return checkPlot(plot);
    if (auto *view = qobject_cast<QGraphicsView *>(w))
        return checkGraphicsView(view);
    if (qobject_cast<QLabel *>(w))
        return checkLabel(w);
    if (qobject_cast<QAbstractButton *>(w))
        return checkButton(w);
    if (qobject_cast<QLineEdit *>(w))
        return checkLineEdit(w);
    if (qobject_cast<QComboBox *>(w))
        return checkComboBox(w);
    if (qobject_cast<QTabBar *>(w))
        return checkTabBar(w);
    if (qobject_cast<QHeaderView *>(w))
        return checkHeader(w);
    if (qobject_cast<QAbstractItemView *>(w))
        return checkItemView(w);
    if (qobject_cast<QStatusBar *>(w))
        return checkStatusBar(w);
    if (auto *scroll = qobject_cast<QScrollArea *>(w))
        return checkScrollArea(scroll);
    return {};
}

QStringList ScreenChecker::checkLabel(QWidget *w) const
{
    auto *label = static_cast<QLabel *>(w);
    const QString text = plain(label->text()).trimmed();
    if (text.isEmpty())
        return {};
    QStringList out;
    if (fontTooSmall(label->font(), label))
        out << QStringLiteral("font of %1 is %2").arg(describe(label), pointText(label->font(), label));
    const QSize hint = label->sizeHint();
    if (label->wordWrap()) {
        const int need = label->heightForWidth(label->width());
        if (need > label->height() + 2)
            out << QStringLiteral("%1 is cut off: its text needs %2 px of height, it has %3")
                       .arg(describe(label))
                       .arg(need)
                       .arg(label->height());
    } else if (hint.width() > label->width() + 1 || hint.height() > label->height() + 2) {
        out << QStringLiteral("%1 is clipped: its text needs %2×%3 px, it has %4×%5")
                   .arg(describe(label))
                   .arg(hint.width())
                   .arg(hint.height())
                   .arg(label->width())
                   .arg(label->height());
    }
    // Elided by the code (the whole text in the tooltip): wrong when the whole text fits.
    const QString tip = plain(label->toolTip()).trimmed();
    if (text.endsWith(QChar(0x2026)) && tip.startsWith(text.chopped(1)) && tip.size() > text.size()) {
        const int full = textWidth(label->fontMetrics(), tip);
        if (full <= label->contentsRect().width())
            out << QStringLiteral("%1 is elided although its whole text fits").arg(describe(label));
    }
    return out;
}

QStringList ScreenChecker::checkButton(QWidget *w) const
{
    auto *button = static_cast<QAbstractButton *>(w);
    const QString text = withoutMnemonic(button->text());
    if (text.isEmpty())
        return {};
    if (auto *tool = qobject_cast<QToolButton *>(button); tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly
                                                           && !tool->icon().isNull())
        return {};
    QStringList out;
    if (fontTooSmall(button->font(), button))
        out << QStringLiteral("font of %1 is %2").arg(describe(button), pointText(button->font(), button));
    int need = 0;
    if (qobject_cast<QPushButton *>(button)) {
        // Text, icon, and the style's margins and frame; not QPushButton's 80 px minimum.
        QStyle *st = button->style();
        need = textWidth(button->fontMetrics(), text) + st->pixelMetric(QStyle::PM_ButtonMargin, nullptr, button)
            + 2 * st->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, button);
        if (!button->icon().isNull())
            need += button->iconSize().width() + 4;
        if (static_cast<QPushButton *>(button)->menu())
            need += st->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, button);
    } else {
        need = button->sizeHint().width();
        // An instant-popup tool button's size hint leaves out its menu arrow, which is then
        // drawn over the end of the text.
        if (auto *tool = qobject_cast<QToolButton *>(button); tool && tool->menu() && tool->popupMode() == QToolButton::InstantPopup
                                                              && tool->toolButtonStyle() != Qt::ToolButtonIconOnly)
            need += tool->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, tool);
    }
    if (need > button->width() + 1)
        out << QStringLiteral("%1 is clipped: its text needs %2 px, it has %3").arg(describe(button)).arg(need).arg(button->width());
    return out;
}

QStringList ScreenChecker::checkLineEdit(QWidget *w) const
{
    auto *edit = static_cast<QLineEdit *>(w);
    if (qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) || qobject_cast<QComboBox *>(edit->parentWidget()))
        return {};
    QStringList out;
    if (fontTooSmall(edit->font(), edit))
        out << QStringLiteral("font of %1 is %2").arg(describe(edit), pointText(edit->font(), edit));
    if (edit->text().isEmpty() && !edit->placeholderText().isEmpty()) {
        const int frame = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit) : 0;
        const QMargins m = edit->textMargins();
        const int available = edit->width() - 2 * frame - 4 - m.left() - m.right();
        const int need = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        if (need > available)
            out << QStringLiteral("%1: placeholder '%2' is elided (needs %3 px, has %4)")
                       .arg(describe(edit), edit->placeholderText())
                       .arg(need)
                       .arg(available);
    }
    return out;
}

QStringList ScreenChecker::checkComboBox(QWidget *w) const
{
    auto *combo = static_cast<QComboBox *>(w);
    QStringList out;
    if (fontTooSmall(combo->font(), combo))
        out << QStringLiteral("font of %1 is %2").arg(describe(combo), pointText(combo->font(), combo));
    const QString text = combo->currentText();
    if (text.isEmpty() || combo->isEditable())
        return out;
    QStyleOptionComboBox opt;
    opt.initFrom(combo);
    opt.editable = false;
    opt.frame = combo->hasFrame();
    opt.currentText = text;
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, combo);
    int need = combo->fontMetrics().horizontalAdvance(text);
    if (!combo->itemIcon(combo->currentIndex()).isNull())
        need += combo->iconSize().width() + 4;
    if (need > field.width())
        out << QStringLiteral("%1: '%2' is elided (needs %3 px, has %4)").arg(describe(combo), text).arg(need).arg(field.width());
    return out;
}

QStringList ScreenChecker::checkTabBar(QWidget *w) const
{
    auto *bar = static_cast<QTabBar *>(w);
    QStringList out;
    if (fontTooSmall(bar->font(), bar))
        out << QStringLiteral("font of %1 is %2").arg(describe(bar), pointText(bar->font(), bar));
    const bool horizontal = bar->shape() == QTabBar::RoundedNorth || bar->shape() == QTabBar::RoundedSouth
        || bar->shape() == QTabBar::TriangularNorth || bar->shape() == QTabBar::TriangularSouth;
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i))
            continue;
        const QRect r = bar->tabRect(i);
        const QSize hint = TabAccess::sizeHint(bar, i);
        const int have = horizontal ? r.width() : r.height();
        const int need = horizontal ? hint.width() : hint.height();
        if (need > have + 1)
            out << QStringLiteral("tab '%1' of %2 is elided (needs %3 px, has %4)")
                       .arg(withoutMnemonic(bar->tabText(i)), describe(bar))
                       .arg(need)
                       .arg(have);
    }
    return out;
}

QStringList ScreenChecker::checkHeader(QWidget *w) const
{
    auto *header = static_cast<QHeaderView *>(w);
    QAbstractItemModel *model = header->model();
    if (!model)
        return {};
    QStringList out;
    if (fontTooSmall(header->font(), header))
        out << QStringLiteral("font of %1 is %2").arg(describe(header), pointText(header->font(), header));
    if (header->orientation() != Qt::Horizontal)
        return out;
    QStyle *st = header->style();
    const int margin = 2 * st->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int mark = st->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin / 2;
    const QFontMetrics fm(header->font());
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i) || header->sectionSize(i) <= 0)
            continue;
        const QString text = model->headerData(i, Qt::Horizontal, Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        int need = textWidth(fm, text) + margin;
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == i)
            need += mark;
        if (need > header->sectionSize(i) + 1)
            out << QStringLiteral("column '%1' of %2 is elided (needs %3 px, has %4)")
                       .arg(text.simplified(), describe(header->parentWidget()))
                       .arg(need)
                       .arg(header->sectionSize(i));
    }
    return out;
}

QStringList ScreenChecker::checkItemView(QWidget *w) const
{
    auto *view = static_cast<QAbstractItemView *>(w);
    QAbstractItemModel *model = view->model();
    QStringList out;
    if (fontTooSmall(view->font(), view))
        out << QStringLiteral("font of %1 is %2").arg(describe(view), pointText(view->font(), view));
    if (!model || view->textElideMode() == Qt::ElideNone)
        return out;
    auto *list = qobject_cast<QListView *>(view);
    if (list && (list->viewMode() == QListView::IconMode || list->wordWrap()))
        return out;
    auto *tree = qobject_cast<QTreeView *>(view);
    auto *table = qobject_cast<QTableView *>(view);
    const bool wraps = (tree && tree->wordWrap()) || (table && table->wordWrap() && table->verticalHeader()
                                                      && table->verticalHeader()->sectionResizeMode(0) == QHeaderView::ResizeToContents);
    QStyle *st = view->style();
    // The item delegate's text margins.
    const int pad = 2 * (st->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    const QRect port = view->viewport()->rect();
    int reported = 0;
    int seen = 0;
    // Top-level rows and the children of expanded rows, as far as they are in view.
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        const int rows = model->rowCount(parent);
        for (int row = 0; row < rows && reported < 3 && seen < 600; ++row, ++seen) {
            for (int col = 0; col < model->columnCount(parent); ++col) {
                if (tree && tree->isColumnHidden(col))
                    continue;
                const QModelIndex idx = model->index(row, col, parent);
                const QRect r = view->visualRect(idx);
                if (!r.isValid() || !port.intersects(r))
                    continue;
                const QString text = idx.data(Qt::DisplayRole).toString();
                if (text.isEmpty())
                    continue;
                const QVariant fontData = idx.data(Qt::FontRole);
                const QFont font = fontData.isValid() ? fontData.value<QFont>() : view->font();
                if (fontTooSmall(font, view)) {
                    out << QStringLiteral("font of '%1' in %2 is %3").arg(shortText(text), describe(view), pointText(font, view));
                    ++reported;
                }
                int need = textWidth(QFontMetrics(font), text) + pad;
                if (idx.data(Qt::DecorationRole).isValid())
                    need += view->iconSize().isValid() ? view->iconSize().width() + 4
                                                       : st->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view) + 4;
                if (idx.data(Qt::CheckStateRole).isValid())
                    need += st->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, view) + 4;
                const int have = list ? port.width() - r.x() : r.width();
                if (wraps && need > have + 1) {
                    // A wrapping view gives the row the height of the wrapped text.
                    const int tall = QFontMetrics(font).boundingRect(QRect(0, 0, std::max(1, have - pad), 100000),
                                                                     Qt::TextWordWrap, text).height();
                    if (tall > r.height() + 1) {
                        out << QStringLiteral("'%1' in %2 is cut (needs %3 px of height, has %4)")
                                   .arg(shortText(text), describe(view))
                                   .arg(tall)
                                   .arg(r.height());
                        ++reported;
                    }
                } else if (need > have + 1) {
                    const QString column = model->headerData(col, Qt::Horizontal, Qt::DisplayRole).toString();
                    out << QStringLiteral("'%1' (column '%2') in %3 is elided (needs %4 px, has %5)")
                               .arg(shortText(text), column, describe(view))
                               .arg(need)
                               .arg(have);
                    ++reported;
                }
            }
            const QModelIndex first = model->index(row, 0, parent);
            if (tree && model->hasChildren(first) && tree->isExpanded(first))
                walk(first);
        }
    };
    walk(view->rootIndex());
    return out;
}

QStringList ScreenChecker::checkStatusBar(QWidget *w) const
{
    auto *bar = static_cast<QStatusBar *>(w);
    const QString message = bar->currentMessage();
    if (message.isEmpty())
        return {};
    // QStatusBar paints the message from x = 6 up to its first visible permanent widget
    // (the others hide while a message shows).
    int right = bar->width() - 12;
    const QWidget *first = nullptr;
    for (QObject *o : bar->children()) {
        auto *child = qobject_cast<QWidget *>(o);
        if (!child || !child->isVisible() || child->inherits("QSizeGrip"))
            continue;
        if (child->x() - 2 < right) {
            right = child->x() - 2;
            first = child;
        }
    }
    const int need = bar->fontMetrics().horizontalAdvance(message);
    if (need > right - 6)
        return {QStringLiteral("status message '%1' is cut by %2 (needs %3 px, has %4)")
                    .arg(shortText(message), describe(first))
                    .arg(need)
                    .arg(right - 6)};
    return {};
}

// A page wider than its scroll area with no horizontal scroll bar is cut at the right, and
// nothing else in the page can tell (its labels have their full size, only hidden).
QStringList ScreenChecker::checkScrollArea(QScrollArea *scroll) const
{
    QWidget *page = scroll->widget();
    if (!page || !page->isVisible())
        return {};
    const bool noBar = scroll->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff || !scroll->horizontalScrollBar()->isVisible();
    if (noBar && page->width() > scroll->viewport()->width() + 1)
        return {QStringLiteral("%1: its page is %2 px wide, cut to %3 px with no way to scroll")
                    .arg(describe(scroll))
                    .arg(page->width())
                    .arg(scroll->viewport()->width())};
    return {};
}

QStringList ScreenChecker::checkSiblingsOverlap(QWidget *parent) const
{
    if (qobject_cast<QTabBar *>(parent) || qobject_cast<QStackedWidget *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)
        || qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractScrollArea *>(parent))
        return {};
    QList<QWidget *> kids;
    for (QObject *o : parent->children()) {
        auto *k = qobject_cast<QWidget *>(o);
        if (k && k->isVisible() && !k->isWindow() && !k->objectName().startsWith(QLatin1String("qt_"))
            && !k->inherits("QFocusFrame") && !k->inherits("QRubberBand") && !k->inherits("QSizeGrip"))
            kids << k;
    }
    QStringList out;
    for (int i = 0; i < kids.size(); ++i) {
        for (int j = 0; j < i; ++j) {
            if (overlaps(kids.at(i)->geometry(), kids.at(j)->geometry()))
                out << QStringLiteral("%1 and %2 overlap").arg(describe(kids.at(i)), describe(kids.at(j)));
        }
    }
    return out;
}

QStringList ScreenChecker::checkPlot(QCustomPlot *plot) const
{
    QStringList out;
    plot->replot(QCustomPlot::rpImmediateRefresh); // layout and tick vectors for the current size
    const QString where = describe(plot);
    QList<PlotText> texts;
    auto font = [&](const QFont &f, const QString &what) {
        if (fontTooSmall(f, plot))
            out << QStringLiteral("%1 in %2: font is %3").arg(what, where, pointText(f, plot));
    };
    QList<QRectF> bars;
    for (QCPAxisRect *rect : plot->axisRects()) {
        if (!rect->visible() || rect->rect().isEmpty())
            continue;
        for (QCPAxis *axis : rect->axes()) {
            QStringList turned;
            const QList<PlotText> t = axisTexts(axis, &turned);
            for (const QString &x : std::as_const(turned))
                out << QStringLiteral("%1 in %2").arg(x, where);
            if (axis->visible() && axis->tickLabels() && !axis->tickVectorLabels().isEmpty())
                font(axis->tickLabelFont(), QStringLiteral("tick labels '%1'…").arg(axis->tickVectorLabels().constFirst()));
            if (axis->visible() && !axis->label().isEmpty())
                font(axis->labelFont(), QStringLiteral("axis title '%1'").arg(axis->label()));
            texts << t;
        }
    }
    for (int i = 0; i < plot->plottableCount(); ++i) {
        auto *b = qobject_cast<QCPBars *>(plot->plottable(i));
        if (!b || !b->visible())
            continue;
        const QRectF clip = b->keyAxis()->axisRect()->rect();
        for (auto it = b->data()->constBegin(); it != b->data()->constEnd(); ++it) {
            const QRectF r = barRect(b, it->key, it->value, it->value >= 0 ? stackedBase(b, it->key) : 0.0).intersected(clip);
            if (r.width() > 0.5 && r.height() > 0.5)
                bars << r;
        }
    }
    for (QCPLayoutElement *e : plot->plotLayout()->elements(true)) {
        auto *te = qobject_cast<QCPTextElement *>(e);
        if (!te || !te->visible() || te->text().isEmpty())
            continue;
        font(te->font(), QStringLiteral("title '%1'").arg(shortText(te->text())));
        const QRectF r = QFontMetrics(te->font()).boundingRect(te->rect(), te->textFlags(), te->text());
        texts << PlotText{r, QStringLiteral("title '%1'").arg(shortText(te->text()))};
    }
    for (int i = 0; i < plot->itemCount(); ++i) {
        auto *item = qobject_cast<QCPItemText *>(plot->item(i));
        if (!item || !item->visible() || item->text().trimmed().isEmpty())
            continue;
        const QString what = QStringLiteral("text '%1'").arg(shortText(item->text()));
        font(item->font(), what);
        const QRectF r = QRectF(item->topLeft->pixelPosition(), item->bottomRight->pixelPosition()).normalized();
        if (item->clipToAxisRect() && item->clipAxisRect() && !QRectF(item->clipAxisRect()->rect()).adjusted(-1, -1, 1, 1).contains(r))
            out << QStringLiteral("%1 in %2 is cut at the edge of its chart").arg(what, where);
        texts << PlotText{r, what};
    }
    if (plot->legend && plot->legend->visible() && plot->legend->itemCount() > 0) {
        font(plot->legend->font(), QStringLiteral("legend"));
        const QRectF legend = plot->legend->outerRect();
        const QSize least = plot->legend->minimumOuterSizeHint();
        if (least.height() > legend.height() + 1 || least.width() > legend.width() + 1)
            out << QStringLiteral("the legend of %1 is cut: it needs %2×%3 px, it has %4×%5")
                       .arg(where)
                       .arg(least.width())
                       .arg(least.height())
                       .arg(int(legend.width()))
                       .arg(int(legend.height()));
        for (const QRectF &b : std::as_const(bars)) {
            if (overlaps(legend, b)) {
                out << QStringLiteral("the legend of %1 covers a bar").arg(where);
                break;
            }
        }
        for (int i = 0; i < plot->legend->itemCount(); ++i) {
            QCPAbstractLegendItem *item = plot->legend->item(i);
            if (item && item->visible() && !QRectF(plot->rect()).adjusted(-1, -1, 1, 1).contains(item->outerRect())) {
                out << QStringLiteral("legend entry %1 of %2 is cut at the widget's edge").arg(i).arg(where);
                break;
            }
        }
        texts << PlotText{legend, QStringLiteral("legend")};
    }
    // QCustomPlot leaves out a tick label that would cross the widget's edge (its cached
    // picture is a few pixels wider than the text): a text that close to the edge is lost.
    const QRectF tickEdge = QRectF(plot->rect()).adjusted(3, 0, -3, 0);
    const QRectF whole = QRectF(plot->rect()).adjusted(-1, -1, 1, 1);
    for (int i = 0; i < texts.size(); ++i) {
        if (!(texts.at(i).what.startsWith(QLatin1String("tick label")) ? tickEdge : whole).contains(texts.at(i).rect))
            out << QStringLiteral("%1 in %2 is cut at the widget's edge").arg(texts.at(i).what, where);
        for (int j = 0; j < i; ++j) {
            if (overlaps(texts.at(i).rect, texts.at(j).rect))
                out << QStringLiteral("%1 and %2 overlap in %3").arg(texts.at(i).what, texts.at(j).what, where);
        }
    }
    return out;
}

QStringList ScreenChecker::checkGraphicsView(QGraphicsView *view) const
{
    QStringList out;
    const bool bricks = view->inherits("livedna::BrickGraphView") || view->inherits("livedna::ProposalCanvas");
    if (!bricks || !view->scene() || view->scene()->items().isEmpty())
        return out;
    const double scale = view->transform().m11();
    const QString where = describe(view);
    for (const QFont &f : {brickpaint::nameFont(), brickpaint::detailFont(), brickpaint::flowFont()}) {
        if (fontTooSmall(f, view, scale)) {
            out << QStringLiteral("%1: brick labels are %2 on screen (scale %3)").arg(where, pointText(f, view, scale)).arg(scale, 0, 'f', 2);
            break;
        }
    }
    if (auto *graph = qobject_cast<BrickGraphView *>(view)) {
        const QFontMetricsF nm(brickpaint::nameFont());
        for (const BrickNodeVisual &n : graph->graph().nodes) {
            for (const QString &line : brickpaint::nameLines(n))
                if (line.endsWith(QChar(0x2026)) || nm.horizontalAdvance(line) > n.bounds.width() + 0.5)
                    out << QStringLiteral("%1: the name '%2' is cut ('%3')").arg(where, n.name, line);
        }
        // The graph fills its pane (in one direction at least) unless it is at the largest scale.
        const QRectF shown = view->mapFromScene(graph->graph().bounds).boundingRect();
        const QRect port = view->viewport()->rect();
        const double fill = std::max(shown.width() / port.width(), shown.height() / port.height());
        if (fill < 0.75 && scale < BrickGraphView::kMaxFitScale - 0.01)
            out << QStringLiteral("%1: the graph fills %2% of its pane").arg(where).arg(int(fill * 100));
    }
    return out;
}

} // namespace livedna::test
