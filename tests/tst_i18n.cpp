// The language choice and the embedded Welsh catalogue.

#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace livedna;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList forms; // one, or every plural form
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QList<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message"))
            out.append(m);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            m = TsMessage{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        else if (name == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.forms = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform"))
            m.forms.append(xml.readElementText());
    }
    return xml.hasError() ? QList<TsMessage>{} : out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&(?![\\s;#a-z]+;)(?=\\S)"));
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

QString catalogue(const char *file)
{
    return qEnvironmentVariable("LIVEDNA_SOURCE_DIR") + QStringLiteral("/translations/") + QLatin1String(file);
}

} // namespace

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

    // The catalogues are the single source of the Welsh text (translators use Qt Linguist):
    // everything translated, placeholders kept, one accelerator where the English has one.
    void cataloguesAreComplete_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("livedna_cy") << catalogue("livedna_cy.ts");
        QTest::newRow("qtbase_cy") << catalogue("qtbase_cy.ts");
    }
    void cataloguesAreComplete()
    {
        QFETCH(QString, path);
        if (qEnvironmentVariableIsEmpty("LIVEDNA_SOURCE_DIR"))
            QSKIP("LIVEDNA_SOURCE_DIR is not set (ctest sets it)");
        const QList<TsMessage> messages = readTs(path);
        QVERIFY2(messages.size() > 10, qPrintable(path + QStringLiteral(": unreadable or nearly empty")));
        for (const TsMessage &m : messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            const QString where = m.context + QStringLiteral(": \"") + m.source.left(60) + QLatin1Char('"');
            QVERIFY2(m.type.isEmpty(), qPrintable(where + QStringLiteral(" is not translated")));
            QVERIFY2(!m.forms.isEmpty(), qPrintable(where + QStringLiteral(" has no translation")));
            if (m.numerus)
                QVERIFY2(m.forms.size() == 5, // Qt's Welsh rules: 0, 1, 2, 6, other
                         qPrintable(where + QStringLiteral(" needs Welsh's five plural forms")));
            for (const QString &form : m.forms) {
                QVERIFY2(!form.trimmed().isEmpty() || m.source.trimmed().isEmpty(),
                         qPrintable(where + QStringLiteral(" has an empty translation")));
                if (!m.numerus)
                    QVERIFY2(placeholders(form) == placeholders(m.source),
                             qPrintable(where + QStringLiteral(" loses or adds a placeholder: ") + form));
                if (!m.numerus && accelerators(m.source) == 1)
                    QVERIFY2(accelerators(form) == 1,
                             qPrintable(where + QStringLiteral(" needs one & accelerator: ") + form));
            }
        }
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
