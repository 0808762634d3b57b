// Qt's own texts in Welsh: the standard buttons of message boxes and button boxes, the wizard's
// buttons, the edit menus and --help's headings come from translations/qtbase_cy.ts, since
// Qt ships no Welsh catalogue of its own.

#include "core/i18n/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QWizard>

using namespace livedna;

class TestGuiI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LIVEDNA_LANG", "cy");
        QCOMPARE(installTranslations(*QCoreApplication::instance()), QStringLiteral("cy"));
    }

    void standardButtons()
    {
        QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("q"),
                        QMessageBox::Yes | QMessageBox::No);
        QCOMPARE(box.button(QMessageBox::Yes)->text(), QStringLiteral("&Ie"));
        QCOMPARE(box.button(QMessageBox::No)->text(), QStringLiteral("&Na"));
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("Iawn"));
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Canslo"));
        QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("Cau"));
    }

    void wizardButtons()
    {
        QWizard wizard;
        wizard.setWizardStyle(QWizard::ClassicStyle);
        QCOMPARE(wizard.button(QWizard::BackButton)->text(), QStringLiteral("< &Nôl"));
        QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Nesaf >"));
        QCOMPARE(wizard.button(QWizard::FinishButton)->text(), QStringLiteral("&Gorffen"));
        QCOMPARE(wizard.button(QWizard::CancelButton)->text(), QStringLiteral("Canslo"));
    }

    void editMenu()
    {
        QLineEdit edit;
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        QStringList texts;
        for (QAction *a : menu->actions())
            texts << a->text().section(QLatin1Char('\t'), 0, 0);
        QVERIFY2(texts.contains(QStringLiteral("&Dadwneud")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(QStringLiteral("&Gludo")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(QStringLiteral("Dewis y Cyfan")), qPrintable(texts.join(QLatin1Char('|'))));
    }

    void commandLineHelp()
    {
        QCommandLineParser parser;
        parser.addHelpOption();
        parser.addPositionalArgument(QStringLiteral("SOURCE"), QStringLiteral("x"));
        const QString help = parser.helpText();
        QVERIFY2(help.contains(QStringLiteral("Opsiynau:")), qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("Dadleuon:")), qPrintable(help));
    }
};

QTEST_MAIN(TestGuiI18n)
#include "tst_gui_i18n.moc"
