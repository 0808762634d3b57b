// File ▸ Export Briefing…: the constituency picker's type-ahead over the real 2024
// constituencies and MPs (../shared/data/constituencies), and the menu entry.
#include "core/area/areadata.h"
#include "core/cache/cache.h"
#include "core/importers/constituencyimporter.h"
#include "core/sync/syncer.h"
#include "tests/support/testenv.h"
#include "ui/briefingdialog.h"
#include "ui/mainwindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace livedna;

class TestGuiBriefing : public QObject
{
    Q_OBJECT

    AreaData m_areas;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("constituencies/current_mps.csv"), mps);
        Result<ConstituencyImporter::Output> r = ConstituencyImporter::run({QFileInfo(mps).absolutePath(), QString(), QString()});
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        m_areas = r.value().areas;
        m_areas.reindex();
    }

    void typeAheadFindsByNameCodeAndMp()
    {
        BriefingDialog dialog(m_areas);
        auto *edit = dialog.findChild<QLineEdit *>();
        QVERIFY(edit);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.constituencyCode().isEmpty());

        // Typing part of the MP's name offers the constituency.
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("alex bak"));
        QCompleter *completer = edit->completer();
        QVERIFY(completer->completionCount() >= 1);
        QStringList offered;
        for (int i = 0; i < completer->completionCount(); ++i) {
            completer->setCurrentRow(i);
            offered.append(completer->currentCompletion());
        }
        QVERIFY2(offered.contains(QStringLiteral("Aldershot (E14001063) · Alex Baker")), qPrintable(offered.join(u'\n')));
        QVERIFY(!ok->isEnabled()); // a fragment names nothing yet
        // Choosing the offer names the constituency.
        edit->setText(QStringLiteral("Aldershot (E14001063) · Alex Baker"));
        QCOMPARE(dialog.constituencyCode(), QStringLiteral("E14001063"));
        QVERIFY(ok->isEnabled());

        // A code, in any case, names its constituency; a name's part also finds it.
        edit->setText(QStringLiteral("e14001290"));
        QCOMPARE(dialog.constituencyCode(), QStringLiteral("E14001290"));
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("holborn"));
        QVERIFY(completer->completionCount() >= 1);
        completer->setCurrentRow(0);
        QVERIFY(completer->currentCompletion().startsWith(QStringLiteral("Holborn and St Pancras (E14001290)")));
        edit->setText(QStringLiteral("nowhere at all"));
        QVERIFY(dialog.constituencyCode().isEmpty());
        QVERIFY(!ok->isEnabled());
    }

    void fileMenuOffersExportBriefing()
    {
        QTemporaryDir dir;
        auto cache = std::make_unique<Cache>();
        QVERIFY(cache->open(dir.filePath(QStringLiteral("cache.db"))).ok);
        QVERIFY(Syncer(cache.get()).run(QStringLiteral("demo")).ok());
        MainWindow w(std::move(cache));
        QAction *file = w.menuBar()->actions().value(0);
        QVERIFY(file && file->menu());
        QStringList texts;
        for (QAction *a : file->menu()->actions())
            texts.append(a->text());
        QVERIFY2(texts.contains(QStringLiteral("Export B&riefing…")), qPrintable(texts.join(u',')));
    }
};

QTEST_MAIN(TestGuiBriefing)
#include "tst_gui_briefing.moc"
