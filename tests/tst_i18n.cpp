// The language choice and the embedded Welsh catalogue.

#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace livedna;

class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environmentChooses_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cy") << QStringLiteral("cy") << QStringLiteral("cy");
        QTest::newRow("cy_GB") << QStringLiteral("cy_GB") << QStringLiteral("cy");
        QTest::newRow("cy-GB") << QStringLiteral("cy-GB") << QStringLiteral("cy");
        QTest::newRow("cy_GB.UTF-8") << QStringLiteral("cy_GB.UTF-8") << QStringLiteral("cy");
        QTest::newRow("CY") << QStringLiteral("CY") << QStringLiteral("cy");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en_GB");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en_GB");
        QTest::newRow("unknown falls back to English") << QStringLiteral("fr") << QStringLiteral("en_GB");
        QTest::newRow("cym is not cy") << QStringLiteral("cymraeg") << QStringLiteral("en_GB");
    }
    void environmentChooses()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        qputenv("LIVEDNA_LANG", value.toUtf8());
        QCOMPARE(chosenLanguage(), expected);
        qunsetenv("LIVEDNA_LANG");
    }

    void welshCatalogueLoads()
    {
        QCOMPARE(QCoreApplication::translate("Cli", "Commands:"), QStringLiteral("Commands:"));
        qputenv("LIVEDNA_LANG", "cy");
        QCOMPARE(installTranslations(*QCoreApplication::instance()), QStringLiteral("cy"));
        qunsetenv("LIVEDNA_LANG");
        QCOMPARE(QCoreApplication::translate("Cli", "Commands:"), QStringLiteral("Gorchmynion:"));
        QCOMPARE(QCoreApplication::translate("CommonsCli", "Added: %1"), QStringLiteral("Ychwanegwyd: %1"));
        // Plural forms exist for every Welsh number class Qt knows (0, 1, 2, 3, 6, other).
        for (int n : {0, 1, 2, 3, 6, 16})
            QCOMPARE(QCoreApplication::translate("CommonsCli", "%n problem(s) found.", nullptr, n),
                     QStringLiteral("Canfuwyd %1 problem.").arg(n));
        // A feminine noun mutates after "un" (1) and "chwe" (6) but not in the other classes,
        // so each Welsh form must reach the number it belongs to.
        const auto invalid = [](int n) {
            return QCoreApplication::translate("ProposalCli", "%1: invalid (%n problem(s))", nullptr, n)
                .arg(QStringLiteral("p.json"));
        };
        QCOMPARE(invalid(0), QStringLiteral("p.json: annilys (0 problem)"));
        QCOMPARE(invalid(1), QStringLiteral("p.json: annilys (1 broblem)"));
        QCOMPARE(invalid(3), QStringLiteral("p.json: annilys (3 problem)"));
        QCOMPARE(invalid(6), QStringLiteral("p.json: annilys (6 phroblem)"));
        QCOMPARE(invalid(11), QStringLiteral("p.json: annilys (11 problem)"));
        // Strings from the proposal, analysis and import work are in the catalogue too.
        QCOMPARE(QCoreApplication::translate("livedna::ProposalWorkspace", "Undo %1"),
                 QStringLiteral("Dadwneud %1"));
        QCOMPARE(QCoreApplication::translate("livedna::WorkspaceWiring", "Import &Spending CSV…"),
                 QStringLiteral("&Mewnforio CSV Gwariant…"));
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
