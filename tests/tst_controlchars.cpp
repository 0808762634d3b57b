// Control characters in commons text (issue 12, item 8). The reader's refusals are rows of
// tst_reader11_fixtures.h; here: bidi overrides in names are removed, every output escapes
// what would act on a terminal or break XML, and the real CLI neither prints ESC/BEL nor a
// right-to-left override, whatever a hostile commons holds.
#include "core/cli/terminaloutput.h"
#include "core/commons/commonsreader.h"
#include "core/models/format.h"
#include "tests/support/clirunner.h"
#include "tests/tst_reader11_fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace livedna;
using namespace livedna::test;

namespace {

const QString Rlo = QString(QChar(0x202e));

bool editJson(const QString &path, const std::function<void(QJsonObject &)> &edit)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    edit(o);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(QJsonDocument(o).toJson()) > 0;
}

} // namespace

class TestControlChars : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The demo commons with `edit` applied to Brighton & Hove's document, index rehashed.
    QString hostileCommons(const QString &name, const std::function<void(QJsonObject &)> &edit)
    {
        const QString dir = m_dir.filePath(name);
        if (!copyTree(QStringLiteral(":/demo"), dir))
            return {};
        if (!editJson(dir + QStringLiteral("/orgs/E06000043.json"), edit) || !rehashIndex(dir))
            return {};
        return dir;
    }

    static void verifyNothingActs(const QByteArray &bytes)
    {
        for (const char c : {'\x1b', '\x07', '\0', '\x08'})
            QVERIFY2(!bytes.contains(c), bytes.constData());
        QVERIFY2(!bytes.contains(Rlo.toUtf8()), bytes.constData());
    }

private Q_SLOTS:
    void bidiOverridesInNamesAreRemoved()
    {
        QJsonObject org = QJsonDocument::fromJson(Org11Json).object();
        QJsonObject header = org.value(QStringLiteral("organisation")).toObject();
        header.insert(QStringLiteral("name"), QStringLiteral("Hartlepool") + Rlo + QStringLiteral("licnuoC"));
        org.insert(QStringLiteral("organisation"), header);
        const Result<Organisation> r = CommonsReader::readOrganisation(
            QJsonDocument(org).toJson(), QStringLiteral("orgs/E06000001/2023-24.json"), catalogue11());
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.value().name, QStringLiteral("HartlepoollicnuoC"));
    }

    void terminalTextShowsControls()
    {
        QCOMPARE(Format::terminalText(QStringLiteral("a\x1b[2Jb\x07")), QStringLiteral("a\\u001B[2Jb\\u0007"));
        QCOMPARE(Format::terminalText(QStringLiteral("x") + Rlo + QStringLiteral("y")), QStringLiteral("x\\u202Ey"));
        QCOMPARE(Format::terminalText(QStringLiteral("line\rover")), QStringLiteral("line\\u000Dover"));
        QCOMPARE(Format::terminalText(QStringLiteral("line\rover"), true), QStringLiteral("line\rover"));
        QCOMPARE(Format::terminalText(QString(QChar(0x9b))), QStringLiteral("\\u009B")); // C1 CSI
        const QString plain = QStringLiteral("Brighton & Hove — £1.2m\n\tCymraeg: ŵ ŷ, עברית");
        QCOMPARE(Format::terminalText(plain), plain);
    }

    void xmlTextIsWellFormed()
    {
        QCOMPARE(Format::xmlText(QStringLiteral("a\x1b" "b") + QChar(0) + Rlo + QStringLiteral("c\n")),
                 QStringLiteral("a\uFFFDb\uFFFDc\n"));
        const QString emoji = QStringLiteral("🧱");
        QCOMPARE(Format::xmlText(emoji), emoji);
        QCOMPARE(Format::xmlText(QString(QChar(0xd800))), QStringLiteral("\uFFFD")); // lone surrogate
    }

    void terminalOutputHoldsSplitCharacters()
    {
        const QByteArray text = (QStringLiteral("£ ") + Rlo + QStringLiteral(" ŵ\x1b")).toUtf8();
        QByteArray pending;
        QByteArray out;
        for (char c : text)
            out += TerminalOutput::escape(QByteArray(1, c), &pending);
        QVERIFY(pending.isEmpty());
        QCOMPARE(QString::fromUtf8(out), QStringLiteral("£ \\u202E ŵ\\u001B"));
    }

    void cliPrintsNoControlCharacters()
    {
        // Refused text is quoted in the messages: the quote must not act either.
        const QString dir = hostileCommons(QStringLiteral("hostile"), [](QJsonObject &o) {
            QJsonArray services = o.value(QStringLiteral("services")).toArray();
            QJsonObject s0 = services.at(0).toObject();
            s0.insert(QStringLiteral("id"), QStringLiteral("blue\x1b[2J"));
            QJsonArray bricks0 = s0.value(QStringLiteral("bricks")).toArray();
            QJsonObject brick = bricks0.at(0).toObject();
            brick.insert(QStringLiteral("uses"), QStringLiteral("x\x1b]0;pwned\x07") + Rlo);
            bricks0.replace(0, brick);
            s0.insert(QStringLiteral("bricks"), bricks0);
            services.replace(0, s0);
            QJsonObject s1 = services.at(1).toObject();
            QJsonArray bricks = s1.value(QStringLiteral("bricks")).toArray();
            QJsonObject b0 = bricks.at(0).toObject();
            b0.insert(QStringLiteral("annual_cost_gbp"), 1e19);
            bricks.replace(0, b0);
            s1.insert(QStringLiteral("bricks"), bricks);
            services.replace(1, s1);
            o.insert(QStringLiteral("services"), services);
        });
        QVERIFY(!dir.isEmpty());
        const CliRun r = runCli(m_dir.filePath(QStringLiteral("a.db")), {QStringLiteral("validate"), dir});
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
        verifyNothingActs(r.rawOut);
        verifyNothingActs(r.rawErr);
        const QString said = r.out + r.err;
        QVERIFY2(said.contains(QStringLiteral("\\u001B]0;pwned\\u0007\\u202E")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("/services/1/bricks/0/annual_cost_gbp")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("/services/0/id: “id” must not contain control characters; found U+001B")),
                 qPrintable(said));
    }

    void cliShowsNamesWithoutOverrides()
    {
        const QString dir = hostileCommons(QStringLiteral("rlo"), [](QJsonObject &o) {
            QJsonObject header = o.value(QStringLiteral("organisation")).toObject();
            header.insert(QStringLiteral("name"), QStringLiteral("Brighton") + Rlo + QStringLiteral(" evoH"));
            o.insert(QStringLiteral("organisation"), header);
        });
        QVERIFY(!dir.isEmpty());
        const QString cache = m_dir.filePath(QStringLiteral("b.db"));
        CliRun r = runCli(cache, {QStringLiteral("sync"), dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = runCli(cache, {QStringLiteral("orgs")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        verifyNothingActs(r.rawOut);
        QVERIFY2(r.out.contains(QStringLiteral("Brighton evoH")), qPrintable(r.out));
    }
};

QTEST_MAIN(TestControlChars)
#include "tst_controlchars.moc"
