// Drafts are never lost: their own SQLite file (synchronous=FULL), every edit persisted,
// SIGKILL mid-edit loses nothing persisted, a sync never touches them, and a draft knows
// when the published service under it changed.
#include "core/cache/cache.h"
#include "core/cache/cachewriter.h"
#include "core/proposal/baseline.h"
#include "core/proposal/draftstore.h"
#include "core/proposal/proposalcommands.h"
#include "core/proposal/proposalmodel.h"
#include "tests/support/cachedump.h"
#include "tests/support/clirunner.h"
#include "tests/support/proposalfixture.h"
#include "tests/support/testenv.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace livedna;
using namespace livedna::test;

static const char *const CrashChildEnv = "LIVEDNA_TEST_DRAFTS_CRASH_CHILD";

// The deterministic edit number n (1-based) of the crash child: it alternates between a
// cost change and a move, so the state after n edits is known exactly.
static void applyEdit(ProposalModel &model, int n)
{
    if (n % 2)
        edit::setBrickCost(model, QStringLiteral("case"), 1000.0 + n);
    else
        edit::moveBrick(model, QStringLiteral("assess"), QPointF(n, n));
    // Each edit is its own undo step (no merging) so the count is exact.
    model.undoStack()->setIndex(model.undoStack()->index());
}

static Proposal expectedAfter(int edits)
{
    ProposalModel model;
    model.setProposal(sampleProposal());
    for (int n = 1; n <= edits; ++n)
        applyEdit(model, n);
    return model.proposal();
}

// Child mode: opens the drafts file, creates a draft and edits it as fast as it can,
// reporting each persisted edit on stdout, until the parent kills it.
static int crashChild(const QString &path)
{
    DraftStore store;
    if (!store.open(path))
        return 3;
    ProposalModel model;
    model.setProposal(sampleProposal());
    const Result<qint64> id = store.create(model.proposal());
    if (!id)
        return 3;
    DraftAutosaver saver(&model, &store, id.value());
    for (int n = 1;; ++n) {
        applyEdit(model, n);
        std::printf("persisted %d draft %lld\n", n, static_cast<long long>(id.value()));
        std::fflush(stdout);
    }
}

class TestDrafts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void ownFileWithFullSync()
    {
        DraftStore store;
        const QString path = m_dir.filePath(QStringLiteral("settings.sqlite"));
        QVERIFY(store.open(path).ok);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), DraftStore::schemaVersion());
        QVERIFY(DraftStore::defaultPath() != Cache::defaultPath());
    }

    void cleanCloseIsNotARecovery()
    {
        const QString path = m_dir.filePath(QStringLiteral("clean.sqlite"));
        {
            DraftStore store;
            QVERIFY(store.open(path).ok);
            QVERIFY(!store.recoveredAfterCrash());
            QVERIFY(store.create(sampleProposal()).ok());
        }
        DraftStore again;
        QVERIFY(again.open(path).ok);
        QVERIFY(!again.recoveredAfterCrash());
        QVERIFY(again.recoveryMessage().isEmpty());
        QCOMPARE(again.drafts().size(), 1);
    }

    void uncleanExitWithoutDraftsSaysNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty-crash.sqlite"));
        {
            DraftStore store;
            QVERIFY(store.open(path).ok);
        }
        {
            // What a killed session leaves behind: the session flag still set.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("empty-crash"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE session SET open = 1 WHERE id = 1")));
            QCOMPARE(q.numRowsAffected(), 1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("empty-crash"));
        DraftStore store;
        QVERIFY(store.open(path).ok);
        QVERIFY(store.recoveredAfterCrash());
        QVERIFY(store.recoveryMessage().isEmpty());
    }

    void sigkillMidEditLosesNothingPersisted()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash.sqlite"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(CrashChildEnv), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        int lastReported = 0;
        qint64 draftId = 0;
        QByteArray buffer;
        // Let it get well into its edits, then kill it while it is still editing.
        while (lastReported < 40) {
            QVERIFY2(child.waitForReadyRead(20000), "the child reported no edits");
            buffer += child.readAllStandardOutput();
            const QList<QByteArray> lines = buffer.split('\n');
            for (int i = 0; i + 1 < lines.size(); ++i) {
                const QList<QByteArray> parts = lines.at(i).split(' ');
                if (parts.size() == 4 && parts.at(0) == "persisted") {
                    lastReported = parts.at(1).toInt();
                    draftId = parts.at(3).toLongLong();
                }
            }
            buffer = lines.last();
        }
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        DraftStore store;
        QVERIFY(store.open(path).ok);
        QVERIFY(store.recoveredAfterCrash());
        QVERIFY(store.recoveryMessage().contains(QStringLiteral("1 draft")));
        const std::optional<DraftInfo> info = store.info(draftId);
        QVERIFY(info);
        // Every edit the child reported was persisted; it may have persisted more after.
        QVERIFY2(info->edits >= lastReported, qPrintable(QStringLiteral("%1 < %2").arg(info->edits).arg(lastReported)));
        const Result<Proposal> draft = store.load(draftId);
        QVERIFY2(draft.ok(), qPrintable(draft.errorString()));
        // And the draft is exactly the state after its last persisted edit.
        QCOMPARE(comparable(draft.value()), comparable(expectedAfter(int(info->edits))));
    }

    void autosaveWithinTwoSeconds()
    {
        DraftStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("debounce.sqlite"))).ok);
        ProposalModel model;
        model.setProposal(sampleProposal());
        const qint64 id = store.create(model.proposal()).value();
        DraftAutosaver saver(&model, &store, id, 1500);
        QVERIFY(edit::setBrickCost(model, QStringLiteral("case"), 5).ok);
        QVERIFY(edit::setBrickName(model, QStringLiteral("case"), QStringLiteral("Renamed")).ok);
        QVERIFY(saver.isPending());
        QTRY_VERIFY_WITH_TIMEOUT(store.info(id)->edits == 1, 2000);
        QCOMPARE(comparable(store.load(id).value()), comparable(model.proposal()));
    }

    void syncNeverModifiesDrafts()
    {
        const QString drafts = m_dir.filePath(QStringLiteral("sync-drafts.sqlite"));
        {
            DraftStore store;
            QVERIFY(store.open(drafts).ok);
            QVERIFY(store.create(sampleProposal()).ok());
        }
        QString before;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump1"));
            db.setDatabaseName(drafts);
            QVERIFY(db.open());
            before = dumpDatabase(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dump1"));
        if (cliPath().isEmpty())
            QSKIP("LIVEDNA_CLI is not set; run through ctest");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LIVEDNA_DRAFTS"), drafts);
        const CliRun run = runCli(m_dir.filePath(QStringLiteral("sync-cache.sqlite")), {QStringLiteral("sync"), QStringLiteral("demo")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QString after;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump2"));
            db.setDatabaseName(drafts);
            QVERIFY(db.open());
            after = dumpDatabase(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dump2"));
        QCOMPARE(after, before);
    }

    void baselineOutOfDateShowsWhatChanged()
    {
        Cache cache;
        QVERIFY(cache.open(m_dir.filePath(QStringLiteral("baseline-cache.sqlite"))).ok);
        QCOMPARE(publishToCache(cache, 3, sampleService(), QStringLiteral("ab").repeated(32)), QString());
        Result<Proposal> started = Baselines::startFromService(cache, QStringLiteral("W06000001"), QStringLiteral("blue-badge"));
        QVERIFY2(started.ok(), qPrintable(started.errorString()));
        const Proposal p = started.value();
        QCOMPARE(p.baseline->commonsVersion, 3);
        QCOMPARE(p.baseline->documentSha256, QStringLiteral("ab").repeated(32));
        QCOMPARE(p.baseline->orgName, QStringLiteral("Cyngor Sir Ynys Môn"));
        QCOMPARE(Baselines::check(p, cache).state, BaselineCheck::Current);

        // A draft in the drafts file, then a new publication of the same service.
        DraftStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("baseline-drafts.sqlite"))).ok);
        const qint64 id = store.create(p).value();
        Service changed = sampleService();
        changed.bricks[2].annualCostGbp = 90000;
        changed.bricks.append({QStringLiteral("notify"), QStringLiteral("Letters"), {}, QStringLiteral("notifications"), 3000, {}});
        changed.flows.removeFirst();
        QCOMPARE(publishToCache(cache, 4, changed, QStringLiteral("12").repeated(32)), QString());

        const Proposal reloaded = store.load(id).value();
        QCOMPARE(comparable(reloaded), comparable(p)); // the draft itself is untouched
        const BaselineCheck check = Baselines::check(reloaded, cache);
        QCOMPARE(check.state, BaselineCheck::Changed);
        QCOMPARE(check.currentVersion, 4);
        QCOMPARE(check.currentSha256, QStringLiteral("12").repeated(32));
        QVERIFY(check.message.contains(QStringLiteral("3 → 4")));
        QVERIFY(check.changes.brick(QStringLiteral("case")));
        QCOMPARE(check.changes.brick(QStringLiteral("case"))->costEffect, 6000.0);
        QCOMPARE(check.changes.brick(QStringLiteral("notify"))->kind, ChangeKind::Added);
        QCOMPARE(check.changes.flows.size(), 1);
        QCOMPARE(check.changes.flows.first().kind, ChangeKind::Removed);

        // Withdrawn service.
        Service other = sampleService();
        other.id = QStringLiteral("other");
        QCOMPARE(publishToCache(cache, 5, other, QStringLiteral("34").repeated(32)), QString());
        QCOMPARE(Baselines::check(reloaded, cache).state, BaselineCheck::Withdrawn);
    }

    void notADatabaseIsRefusedAndKept()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray junk = QByteArray("this is not SQLite at all ").repeated(400);
        f.write(junk);
        f.close();
        DraftStore store;
        const Status st = store.open(path);
        QVERIFY(!st.ok);
        QVERIFY2(st.error.contains(path), qPrintable(st.error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), junk); // nothing overwritten
    }

    void corruptDraftRowIsReportedNotFatal()
    {
        DraftStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("corrupt.sqlite"))).ok);
        const qint64 good = store.create(sampleProposal()).value();
        const qint64 bad = store.create(sampleProposal()).value();
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("UPDATE drafts SET proposal = :p WHERE id = :id"));
        q.bindValue(QStringLiteral(":p"), QStringLiteral("{not json"));
        q.bindValue(QStringLiteral(":id"), bad);
        QVERIFY(q.exec());
        QVERIFY(!store.load(bad).ok());
        QVERIFY(store.load(bad).errorString().contains(QStringLiteral("draft %1").arg(bad)));
        QVERIFY(store.load(good).ok());
        QCOMPARE(store.drafts().size(), 2);
    }
};

int main(int argc, char *argv[])
{
    const QString child = qEnvironmentVariable(CrashChildEnv);
    QCoreApplication app(argc, argv);
    if (!child.isEmpty())
        return crashChild(child);
    TestDrafts test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_drafts.moc"
