// The spending import wizard and the publish dialog, driven as a user would, offscreen.
#include "core/commons/commonsreader.h"
#include "core/importers/importcommon.h"
#include "tests/support/testenv.h"
#include "ui/import/publishdialog.h"
#include "ui/import/spendingimportwizard.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace livedna;

class TstGuiImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wizardPreviewMapAndImport()
    {
        QTemporaryDir dir;
        // A semicolon file with a BOM, quoted names with the delimiter inside, £ thousand.
        const QString csv = dir.filePath(QStringLiteral("spend.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBF" "ons_code;local_authority;rs_line;rs_label;value_gbp_thousands\r\n"
                "E06000023;\"Bristol; City of\";190;Education services;278639\r\n"
                "E06000023;\"Bristol; City of\";290;Highways and transport services;-1200.5\r\n"
                "E06000023;\"Bristol; City of\";330;Children Social Care;...\r\n"
                "E08000035;Leeds;190;Education services;100\r\n");
        f.close();
        SpendingImportWizard w;
        w.setFile(csv);
        w.setOutputFolder(dir.filePath(QStringLiteral("out")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.next();
        QCOMPARE(w.currentId(), int(SpendingImportWizard::MappingPage));
        QCOMPARE(w.preview().delimiter, QLatin1Char(';'));
        QVERIFY(w.preview().hadBom);
        QCOMPARE(w.previewTable()->rowCount(), 4);
        QCOMPARE(w.previewTable()->item(0, 1)->text(), QStringLiteral("Bristol; City of"));
        // Guessed mapping, as a user would see it.
        QCOMPARE(w.orgColumnBox()->currentText(), QStringLiteral("ons_code"));
        QCOMPARE(w.serviceColumnBox()->currentText(), QStringLiteral("rs_label"));
        QCOMPARE(w.amountColumnBox()->currentText(), QStringLiteral("value_gbp_thousands"));
        QCOMPARE(w.scaleBox()->value(), 1000.0);
        if (!qEnvironmentVariableIsEmpty("LIVEDNA_SCREENSHOTS"))
            w.grab().save(QDir(qEnvironmentVariable("LIVEDNA_SCREENSHOTS")).filePath(QStringLiteral("import-mapping.png")));
        // No period column in this file: the wizard insists on one.
        w.next();
        QCOMPARE(w.currentId(), int(SpendingImportWizard::MappingPage));
        for (QLineEdit *e : w.findChildren<QLineEdit *>()) {
            if (e->placeholderText().contains(QStringLiteral("2017-18")))
                e->setText(QStringLiteral("2017-18"));
        }
        // Organisation codes used as they are (no register in this test).
        for (QComboBox *c : w.findChildren<QComboBox *>()) {
            const int i = c->findData(QStringLiteral("code"));
            if (i >= 0 && c->count() == 4)
                c->setCurrentIndex(i);
        }
        w.next();
        QCOMPARE(w.currentId(), int(SpendingImportWizard::ReportPage));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isRunning() && w.reportText().contains(QStringLiteral("Rows read")), 30000);
        QVERIFY2(w.reportText().contains(QStringLiteral("Rows read: 4; imported: 4; skipped: 0")), qPrintable(w.reportText()));
        QFile doc(ImportCommon::orgDocumentPath(dir.filePath(QStringLiteral("out")), QStringLiteral("E06000023")));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QJsonArray services = QJsonDocument::fromJson(doc.readAll()).object().value(QLatin1String("services")).toArray();
        QCOMPARE(services.size(), 3);
        QCOMPARE(services.at(0).toObject().value(QLatin1String("reported_cost_gbp")).toDouble(), 278639000.0);
        QCOMPARE(services.at(1).toObject().value(QLatin1String("reported_cost_gbp")).toDouble(), -1200500.0);
        QVERIFY(!services.at(2).toObject().contains(QLatin1String("reported_cost_gbp")));
        QCOMPARE(services.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("190-education-services"));
        const QImage shot = w.grab().toImage();
        QVERIFY(!shot.isNull());
        if (!qEnvironmentVariableIsEmpty("LIVEDNA_SCREENSHOTS"))
            shot.save(QDir(qEnvironmentVariable("LIVEDNA_SCREENSHOTS")).filePath(QStringLiteral("import-wizard.png")));
    }

    void publishDialogPublishes()
    {
        const QString demo = QDir(livedna::test::sourceDir()).filePath(QStringLiteral("resources/demo"));
        if (!QFileInfo::exists(QDir(demo).filePath(QStringLiteral("bricks.json"))))
            QSKIP("resources/demo is absent");
        QTemporaryDir dir;
        PublishDialog d;
        d.setSourceFolder(demo);
        d.setOutputFolder(dir.filePath(QStringLiteral("commons")));
        d.setCommonsId(QStringLiteral("gui-test"));
        d.setTitle(QStringLiteral("GUI test"));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QSignalSpy spy(&d, &PublishDialog::published);
        d.publish();
        QVERIFY(spy.wait(60000));
        QCOMPARE(spy.first().first().toBool(), true);
        QVERIFY2(d.resultText().contains(QStringLiteral("version 1")), qPrintable(d.resultText()));
        QVERIFY(CommonsReader::validateFolder(dir.filePath(QStringLiteral("commons"))).isEmpty());
        // A second click publishes version 2.
        d.publish();
        QVERIFY(spy.wait(60000));
        QVERIFY2(d.resultText().contains(QStringLiteral("version 2")), qPrintable(d.resultText()));
        if (!qEnvironmentVariableIsEmpty("LIVEDNA_SCREENSHOTS"))
            d.grab().save(QDir(qEnvironmentVariable("LIVEDNA_SCREENSHOTS")).filePath(QStringLiteral("publish-dialog.png")));
    }
};

QTEST_MAIN(TstGuiImport)
#include "tst_gui_import.moc"
