// The proposal effect panel names a frontline cut as a cut (issue 10): in a warning colour,
// with the words "Frontline cut", and never in the green of a saving.
#include "core/proposal/effect.h"
#include "tests/support/proposalfixture.h"
#include "ui/proposal/effectpanel.h"

#include <QLabel>
#include <QTest>

using namespace livedna;
using namespace livedna::test;

class TestGuiEffect : public QObject
{
    Q_OBJECT

    static QLabel *labelNamed(QWidget *w, const QString &name)
    {
        for (QLabel *l : w->findChildren<QLabel *>()) {
            if (l->accessibleName() == name)
                return l;
        }
        return nullptr;
    }

private Q_SLOTS:
    void aFrontlineCutIsAWarningNotASaving()
    {
        // Replace the people's assessment (frontline, £120,000, 3 FTE) with a cheap brick.
        Proposal p = sampleProposal();
        p.catalogue.bricks.append({QStringLiteral("assessment.questions"), QStringLiteral("Question set"),
                                   QStringLiteral("assessment"), QStringLiteral("Commons"), QString(), QString(), 9000.0});
        p.catalogue.reindex();
        for (BrickInstance &b : p.service.bricks) {
            if (b.id == QLatin1String("assess")) {
                b.uses = QStringLiteral("assessment.questions");
                b.capability.clear();
                b.annualCostGbp = 9000.0;
                b.fte.reset();
            }
        }
        EffectPanel panel;
        panel.show();
        panel.setEffect(computeEffect(&p.baseline->service, p.service, p.catalogue), true);
        QLabel *cut = labelNamed(&panel, QStringLiteral("Frontline cut"));
        QLabel *saving = labelNamed(&panel, QStringLiteral("Annual saving"));
        QVERIFY(cut && saving);
        QVERIFY(cut->isVisible());
        QVERIFY2(cut->text().startsWith(QStringLiteral("Frontline cut: £111k a year, 3 FTE")), qPrintable(cut->text()));
        QVERIFY(cut->styleSheet().contains(QStringLiteral("#b03030")));
        // Nothing is saved on overhead, and the £111,000 is not green anywhere.
        QCOMPARE(saving->text(), QStringLiteral("Saving: £0 a year"));
        QVERIFY(!saving->styleSheet().contains(QStringLiteral("#1b5e20")));
        QVERIFY(panel.summaryText().startsWith(QStringLiteral("Frontline cut")));
        QVERIFY(!panel.summaryText().contains(QStringLiteral("Saving: £111k")));

        // A proposal that cuts nothing hides the warning.
        panel.setEffect(computeEffect(&p.baseline->service, p.baseline->service, p.catalogue), true);
        QVERIFY(!cut->isVisible());
        QVERIFY(!panel.summaryText().contains(QStringLiteral("Frontline cut")));
    }
};

QTEST_MAIN(TestGuiEffect)
#include "tst_gui_effect.moc"
