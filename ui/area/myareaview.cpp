#include "ui/area/myareaview.h"

#include "core/area/briefing.h"
#include "core/cache/cache.h"
#include "core/models/format.h"
#include "core/proposal/proposal.h"
#include "core/util/logging.h"
#include "ui/area/headlinetext.h"
#include "ui/mainwindow.h"
#include "ui/workspacewiring.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace livedna {

namespace {

const QString kSettingsKey = QStringLiteral("myArea/area");

enum ResultRole { KindRole = Qt::UserRole + 1, CodeRole };

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', share < 0.1 ? 1 : 0) + QLatin1Char('%');
}

QLabel *wrapped(const QString &html, QWidget *parent)
{
    auto *l = new QLabel(html, parent);
    l->setTextFormat(Qt::RichText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

MyAreaView::MyAreaView(MainWindow *window, Cache *cache, WorkspaceWiring *wiring, QWidget *parent)
    : QWidget(parent)
    , m_window(window)
    , m_cache(cache)
    , m_wiring(wiring)
{
    setObjectName(QStringLiteral("myAreaView"));
    buildUi();
    reload();
}

MyAreaView::~MyAreaView() = default;

void MyAreaView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    m_finder = new QLineEdit(this);
    m_finder->setObjectName(QStringLiteral("areaFinder"));
    m_finder->setPlaceholderText(tr("Find your constituency, council or NHS trust"));
    m_finder->setAccessibleName(tr("Find your constituency, council or NHS trust"));
    m_finder->setToolTip(tr("Type part of a constituency's name, its MP's name, or a council's or NHS trust's name or code"));
    m_finder->setClearButtonEnabled(true);
    m_finder->installEventFilter(this);
    layout->addWidget(m_finder);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("areaFinderResults"));
    m_results->setAccessibleName(tr("Matches"));
    m_results->setUniformItemSizes(true);
    m_results->setMaximumHeight(m_results->fontMetrics().height() * 9);
    m_results->hide();
    layout->addWidget(m_results);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("areaNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("background:#fff4d6;border:1px solid #e0b84c;padding:6px;"));
    m_notice->hide();
    layout->addWidget(m_notice);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Figures for the chosen area"));
    layout->addWidget(m_scroll, 1);

    connect(m_finder, &QLineEdit::textChanged, this, &MyAreaView::updateResults);
    connect(m_finder, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0)
            choose(m_results->currentItem() ? m_results->currentItem() : m_results->item(0));
    });
    // One click (or Enter) on a match shows it.
    connect(m_results, &QListWidget::itemClicked, this, &MyAreaView::choose);
    connect(m_results, &QListWidget::itemActivated, this, &MyAreaView::choose);
}

void MyAreaView::reload()
{
    m_areas.reset();
    m_resolver.reset();
    m_headlines.reset();
    m_held.clear();
    m_catalogue = m_cache->catalogue();
    m_catalogue.reindex();
    const QList<OrgSummary> orgs = m_cache->organisations();
    for (const OrgSummary &o : orgs)
        m_held.insert(o.code, o.name);
    const QByteArray bytes = m_cache->areas();
    if (!bytes.isEmpty()) {
        Result<AreaData> d = AreaData::fromJson(bytes, tr("areas in the cache"));
        if (d.ok()) {
            m_areas = d.take();
            m_areas->reindex();
            m_resolver = std::make_unique<AreaResolver>(*m_areas, m_held);
            Result<AreaHeadlines> h = AreaHeadlines::load(*m_cache);
            if (h.ok())
                m_headlines = h.take();
            else
                qCWarning(lcUi).noquote() << h.errorString();
        } else {
            qCWarning(lcUi).noquote() << d.errorString();
        }
    }
    m_index.build(m_areas ? &*m_areas : nullptr, orgs);
    if (orgs.isEmpty() && !m_areas) {
        m_notice->setText(tr("The cache holds no commons yet: sync one from the File menu."));
    } else if (!m_areas) {
        m_notice->setText(tr("This commons publishes no areas (constituencies, their MPs and who serves them), so "
                             "constituencies and MPs cannot be found here. You can still find its councils and NHS "
                             "trusts by name."));
    }
    m_notice->setVisible(!m_areas);
    updateResults();
    const QString remembered = rememberedArea();
    if (!m_constituency.isEmpty() && showConstituency(m_constituency))
        return;
    if (!m_organisation.isEmpty() && showOrganisation(m_organisation))
        return;
    if (!remembered.isEmpty() && (showConstituency(remembered) || showOrganisation(remembered)))
        return;
    showPrompt();
}

QString MyAreaView::noticeText() const
{
    return m_notice->isVisible() || !m_notice->isHidden() ? m_notice->text() : QString();
}

QString MyAreaView::rememberedArea()
{
    return QSettings().value(kSettingsKey).toString();
}

void MyAreaView::forgetArea()
{
    QSettings().remove(kSettingsKey);
}

void MyAreaView::remember(const QString &code)
{
    QSettings().setValue(kSettingsKey, code);
    Q_EMIT areaChosen(code);
}

bool MyAreaView::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the finder walks the matches; the finder keeps the focus so typing goes on.
    if (watched == m_finder && event->type() == QEvent::KeyPress && m_results->isVisible()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = std::clamp(m_results->currentRow() + (key == Qt::Key_Down ? 1 : -1), 0, m_results->count() - 1);
            m_results->setCurrentRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MyAreaView::updateResults()
{
    m_results->clear();
    const QList<AreaFinderEntry> found = m_index.match(m_finder->text(), 40);
    for (const AreaFinderEntry &e : found) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(e.text, e.detail), m_results);
        item->setData(KindRole, int(e.kind));
        item->setData(CodeRole, e.code);
        item->setToolTip(item->text());
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    m_results->setVisible(!m_finder->text().trimmed().isEmpty());
    if (m_results->isVisible() && found.isEmpty()) {
        auto *none = new QListWidgetItem(tr("Nothing matches “%1”.").arg(m_finder->text().trimmed()), m_results);
        none->setFlags(Qt::NoItemFlags);
    }
}

void MyAreaView::choose(QListWidgetItem *item)
{
    if (!item || item->data(CodeRole).toString().isEmpty())
        return;
    const auto kind = AreaFinderEntry::Kind(item->data(KindRole).toInt());
    const QString code = item->data(CodeRole).toString();
    const bool shown = kind == AreaFinderEntry::Constituency || kind == AreaFinderEntry::Mp ? showConstituency(code)
                                                                                            : showOrganisation(code);
    if (!shown)
        return;
    const QSignalBlocker block(m_finder);
    m_finder->clear();
    m_results->clear();
    m_results->hide();
}

void MyAreaView::clearBody()
{
    m_cards.clear();
    delete m_scroll->takeWidget();
    m_body = new QWidget;
    m_bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout->setContentsMargins(0, 0, 4, 0);
    m_bodyLayout->setSpacing(8);
    m_scroll->setWidget(m_body);
}

void MyAreaView::showPrompt()
{
    m_constituency.clear();
    m_organisation.clear();
    m_area.reset();
    clearBody();
    addHeading(tr("My area"));
    addText(m_areas ? tr("Type the name of your constituency, your MP, your council or your NHS trust above. You will "
                         "see who serves the area, with the share of its residents each covers, what each spends "
                         "and where every figure comes from.")
                    : tr("Type the name or code of a council or NHS trust above to see its figures."));
    m_bodyLayout->addStretch(1);
}

void MyAreaView::addHeading(const QString &text)
{
    auto *l = new QLabel(text, m_body);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setWeight(QFont::DemiBold);
    l->setFont(f);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bodyLayout->addWidget(l);
}

void MyAreaView::addText(const QString &html)
{
    m_bodyLayout->addWidget(wrapped(html, m_body));
}

bool MyAreaView::showConstituency(const QString &code)
{
    if (!m_headlines)
        return false;
    const Result<AreaHeadline> r = m_headlines->headline(code);
    if (!r.ok())
        return false;
    const AreaHeadline &h = r.value();
    m_constituency = h.constituency;
    m_organisation.clear();
    m_area = ProposalArea{h.constituency, h.name, h.mp, h.party};
    clearBody();
    // Names are shown as the data spells them (official forms, Welsh ones included).
    addHeading(QStringLiteral("%1 (%2)").arg(h.name, h.constituency));
    addText(h.mp.isEmpty() ? tr("No MP in the data.")
                           : tr("MP: <b>%1</b> · %2").arg(h.mp.toHtmlEscaped(),
                                                        h.party.isEmpty() ? tr("party unknown") : h.party.toHtmlEscaped()));
    auto *briefing = new QPushButton(tr("Export briefing…"), m_body);
    briefing->setObjectName(QStringLiteral("exportBriefing"));
    briefing->setToolTip(tr("A briefing of at most two pages on %1: PDF, web page or Markdown").arg(h.name));
    connect(briefing, &QPushButton::clicked, this, &MyAreaView::exportBriefingInteractive);
    auto *row = new QHBoxLayout;
    row->addWidget(briefing);
    row->addStretch(1);
    m_bodyLayout->addLayout(row);
    addCouncilCards(h.councils);
    if (!h.trusts.isEmpty()) {
        addHeading(tr("NHS acute trusts"));
        for (const HeadlineOrg &o : h.trusts)
            addCard(o, tr("NHS acute trust · serves an estimated %1 of the constituency's residents").arg(percent(o.share)));
        if (h.smallTrusts > 0)
            addText(tr("%n more trust(s) each serve under 1% of the residents.", nullptr, h.smallTrusts));
    }
    addUnmatched(h.unmatched);
    addAreaSources();
    m_bodyLayout->addStretch(1);
    remember(m_constituency);
    return true;
}

void MyAreaView::addCouncilCards(const QList<HeadlineOrg> &councils)
{
    if (councils.isEmpty())
        return;
    addHeading(tr("Councils"));
    for (const HeadlineOrg &o : councils) {
        const QString kind = o.kind == QLatin1String("county")     ? tr("County council")
                             : o.kind == QLatin1String("district") ? tr("District council")
                                                                   : tr("Unitary council");
        addCard(o, o.kind == QLatin1String("county")
                       ? tr("%1 · above the districts of %2 of the constituency's residents").arg(kind, percent(o.share))
                       : tr("%1 · %2 of the constituency's residents").arg(kind, percent(o.share)));
    }
}

bool MyAreaView::showOrganisation(const QString &code)
{
    const bool held = m_held.contains(code);
    const AreaCouncil *council = m_areas ? m_areas->council(code) : nullptr;
    const AreaTrust *trust = m_areas ? m_areas->trust(code) : nullptr;
    if (!held && !council && !trust)
        return false;
    m_organisation = code;
    m_constituency.clear();
    m_area.reset();
    clearBody();
    const QString name = held ? m_held.value(code) : council ? council->name : trust->name;
    addHeading(QStringLiteral("%1 (%2)").arg(name, code));
    const std::optional<Organisation> org = held ? m_cache->organisation(code) : std::nullopt;
    if (org) {
        const AreaOrg area{code, name, council ? council->kind : QString(), 1.0, {}};
        addCard(AreaHeadlines::headlineOf(*org, m_catalogue, area, council, {}, m_headlines ? m_headlines->benchmarks() : nullptr),
                QString());
    } else {
        addText(council && !council->nation.isEmpty() && council->nation != QLatin1String("England")
                    ? tr("This commons holds no councils in %1, so it has no figures for this council.").arg(council->nation)
                    : tr("This commons holds no document for this organisation, so it has no figures for it."));
    }
    if (m_resolver && (council || trust)) {
        QStringList served = council ? m_resolver->byCouncil(code) : QStringList();
        if (trust) {
            for (const AreaConstituency &c : m_areas->constituencies) {
                const std::optional<AreaResult> r = m_resolver->resolve(c.code);
                for (const QList<AreaOrg> *list : {&r->trusts, &r->unmatched})
                    for (const AreaOrg &o : *list)
                        if (o.code == code)
                            served.append(c.code);
            }
        }
        QStringList links;
        for (const QString &c : std::as_const(served))
            if (const AreaConstituency *ac = m_areas->constituency(c))
                links << QStringLiteral("<a href='%1'>%2</a>").arg(c, ac->name.toHtmlEscaped());
        if (!links.isEmpty()) {
            addHeading(tr("Constituencies it serves"));
            QLabel *l = wrapped(links.join(QStringLiteral(" · ")), m_body);
            l->setTextInteractionFlags(Qt::TextBrowserInteraction);
            connect(l, &QLabel::linkActivated, this, [this](const QString &c) { showConstituency(c); });
            m_bodyLayout->addWidget(l);
        }
    }
    if (m_areas)
        addAreaSources();
    m_bodyLayout->addStretch(1);
    remember(code);
    return true;
}

void MyAreaView::addCard(const HeadlineOrg &headline, const QString &kindText)
{
    auto *card = new QFrame(m_body);
    card->setObjectName(QStringLiteral("areaCard"));
    card->setFrameShape(QFrame::StyledPanel);
    auto *v = new QVBoxLayout(card);
    v->setSpacing(4);
    auto *title = new QLabel(QStringLiteral("<b>%1</b> <span style='color:#4b5563'>(%2)</span>")
                                 .arg(headline.name.toHtmlEscaped(), headline.code.toHtmlEscaped()), card);
    title->setWordWrap(true);
    v->addWidget(title);
    if (!kindText.isEmpty())
        v->addWidget(wrapped(kindText.toHtmlEscaped(), card));
    QLabel *figures = wrapped(HeadlineText::html(headline), card);
    figures->setObjectName(QStringLiteral("headline:") + headline.code);
    v->addWidget(figures);
    auto *buttons = new QHBoxLayout;
    auto *open = new QPushButton(tr("Open in the explorer"), card);
    open->setObjectName(QStringLiteral("open:") + headline.code);
    open->setToolTip(tr("Show %1 in the explorer: its services, bricks and sources").arg(headline.name));
    connect(open, &QPushButton::clicked, this, [this, code = headline.code] { openInExplorer(code); });
    buttons->addWidget(open);
    if (const std::optional<Organisation> org = m_cache->organisation(headline.code))
        buttons->addWidget(redesignButton(*org, card));
    buttons->addStretch(1);
    v->addLayout(buttons);
    m_bodyLayout->addWidget(card);
    m_cards.append(headline.code);
}

QWidget *MyAreaView::redesignButton(const Organisation &org, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("redesign:") + org.code);
    button->setText(tr("Suggest a redesign"));
    button->setToolTip(tr("Start a proposal from one of its real services, its reported composition as the baseline"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    QList<const Service *> services;
    for (const Service &s : org.services)
        services.append(&s);
    // Largest reported spend first; services that report nothing last, by name.
    std::stable_sort(services.begin(), services.end(), [](const Service *a, const Service *b) {
        return a->reportedCostGbp.value_or(-1e300) > b->reportedCostGbp.value_or(-1e300);
    });
    for (const Service *s : std::as_const(services)) {
        const QString cost = s->reportedCostGbp ? Format::gbp(*s->reportedCostGbp) : tr("cost not published");
        QAction *a = menu->addAction(tr("%1 (%2)").arg(s->name, cost));
        a->setObjectName(QStringLiteral("redesign:%1:%2").arg(org.code, s->id));
        connect(a, &QAction::triggered, this, [this, code = org.code, id = s->id] { suggestRedesign(code, id); });
    }
    button->setMenu(menu);
    // Room for the menu arrow: the size hint leaves it out and it covered the text's end.
    button->setMinimumWidth(button->sizeHint().width() + button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, button));
    button->setEnabled(!services.isEmpty());
    return button;
}

void MyAreaView::addUnmatched(const QList<AreaOrg> &unmatched)
{
    if (unmatched.isEmpty())
        return;
    addHeading(tr("Not in this commons"));
    QStringList lines;
    for (const AreaOrg &o : unmatched)
        lines << tr("%1 (%2, %3 of the residents): %4")
                     .arg(o.name.toHtmlEscaped(), o.code.toHtmlEscaped(), percent(o.share), o.reason.toHtmlEscaped());
    addText(lines.join(QStringLiteral("<br/>")));
}

void MyAreaView::addAreaSources()
{
    if (!m_areas)
        return;
    QStringList lines;
    for (const QString &s : m_areas->sources)
        lines << s.toHtmlEscaped();
    addText(QStringLiteral("<span style='color:#4b5563'>%1<br/>%2</span>")
                .arg(tr("Who serves the area, and the shares, come from: %1").arg(lines.join(QStringLiteral("; "))),
                     tr("Shares are of population, estimated: %1").arg(m_areas->method.toHtmlEscaped())));
}

void MyAreaView::exportBriefingInteractive()
{
    if (m_constituency.isEmpty())
        return;
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("export/lastDir"), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export briefing"),
                                                      QDir(dir).filePath(tr("briefing-%1.pdf").arg(m_constituency)),
                                                      tr("PDF document (*.pdf);;Web page (*.html);;Markdown (*.md)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());
    const Status st = exportBriefing(*m_cache, m_constituency, path);
    if (!st)
        QMessageBox::warning(this, tr("Export briefing"), st.error);
}

void MyAreaView::openInExplorer(const QString &orgCode)
{
    m_window->showOrganisation(orgCode);
    m_window->showTab(MainWindow::ServicesTab);
}

ProposalWorkspace *MyAreaView::suggestRedesign(const QString &orgCode, const QString &serviceId)
{
    if (!m_wiring)
        return nullptr;
    return m_wiring->newProposalFromService(orgCode, serviceId, m_area);
}

} // namespace livedna
