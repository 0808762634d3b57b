#pragma once

#include "core/area/areadata.h"
#include "core/area/areafinder.h"
#include "core/area/areaheadline.h"
#include "core/area/arearesolver.h"
#include "core/proposal/proposal.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QScrollArea;
class QVBoxLayout;

namespace livedna {

class Cache;
class MainWindow;
class ProposalWorkspace;
class WorkspaceWiring;
struct Organisation;

// My area (issue 11, item 2): "Find your constituency, council or NHS trust" with type-ahead
// over constituency, MP, council and trust names, then the constituency, its MP and party, and
// a card per council and NHS trust serving it with the share of the area it covers, its
// headline figures (each with its year and sources), "Open in the explorer" and "Suggest a
// redesign" (item 5). Without an areas document in the cache it says so and finds
// organisations only.
class MyAreaView : public QWidget
{
    Q_OBJECT

public:
    MyAreaView(MainWindow *window, Cache *cache, WorkspaceWiring *wiring, QWidget *parent = nullptr);
    ~MyAreaView() override;

    // Re-reads the areas document and the organisations from the cache (after a sync).
    void reload();
    bool hasAreas() const { return m_areas.has_value(); }

    // Shows a constituency (PCON24CD) or one organisation (with the constituencies it
    // serves); false when the code is unknown. Remembered as the last area.
    bool showConstituency(const QString &code);
    bool showOrganisation(const QString &code);
    // The remembered area (QSettings), if any.
    static QString rememberedArea();
    static void forgetArea();

    QString currentConstituency() const { return m_constituency; }
    QString currentOrganisation() const { return m_organisation; }
    QLineEdit *finder() const { return m_finder; }
    QListWidget *results() const { return m_results; }
    QString noticeText() const;
    // The organisations shown (cards), in order.
    QStringList shownOrganisations() const { return m_cards; }

    // What the cards' buttons do (also for tests).
    void openInExplorer(const QString &orgCode);
    // File dialog, then the briefing of the constituency shown (core/area/briefing.h).
    void exportBriefingInteractive();
    ProposalWorkspace *suggestRedesign(const QString &orgCode, const QString &serviceId);

Q_SIGNALS:
    void areaChosen(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void updateResults();
    void choose(QListWidgetItem *item);
    void remember(const QString &code);
    void clearBody();
    void showPrompt();
    void addHeading(const QString &text);
    void addText(const QString &html);
    void addCard(const HeadlineOrg &headline, const QString &kindText);
    void addCouncilCards(const QList<HeadlineOrg> &councils);
    void addUnmatched(const QList<AreaOrg> &unmatched);
    void addAreaSources();
    QWidget *redesignButton(const Organisation &org, QWidget *parent);

    MainWindow *m_window;
    Cache *m_cache;
    QPointer<WorkspaceWiring> m_wiring;
    std::optional<AreaData> m_areas;
    std::unique_ptr<AreaResolver> m_resolver;
    std::optional<AreaHeadlines> m_headlines; // the figures of each organisation (brief11)
    Catalogue m_catalogue;
    QHash<QString, QString> m_held; // code -> name of the commons' organisations
    AreaFinder m_index;
    QString m_constituency;
    QString m_organisation;
    std::optional<ProposalArea> m_area; // the constituency shown, for Suggest a redesign
    QStringList m_cards;

    QLineEdit *m_finder = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_notice = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
};

} // namespace livedna
