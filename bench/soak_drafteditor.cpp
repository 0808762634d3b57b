// Helper of bench/soak-drafts.sh (not a test, not in ctest): edits one proposal draft through
// the real path of the proposal workspace (undo commands on a ProposalModel, saved by a
// DraftAutosaver into a DraftStore) until it is killed, and checks afterwards that no
// persisted edit was lost.
//
//   soak_drafteditor edit DRAFTS.sqlite PROPOSAL.json LOG   edit until killed
//   soak_drafteditor check DRAFTS.sqlite LOG                exit 0 when nothing was lost
//
// Edit n sets the title (even n) or the rationale (odd n) to "soak edit n". Once the store
// has saved it (save() is durable on return), n is appended to LOG and fsync'ed: every
// number in LOG is a persisted edit, so after a SIGKILL the draft must hold edit n or later.
#include "core/proposal/draftstore.h"
#include "core/proposal/proposalmodel.h"
#include "core/proposal/proposalundo.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTextStream>

#include <fcntl.h>
#include <unistd.h>

using namespace livedna;

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

qint64 lastLogged(const QString &log)
{
    QFile f(log);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    qint64 last = 0;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        bool ok = false;
        const qint64 n = line.trimmed().toLongLong(&ok);
        if (ok) // a line cut by the kill is not a number and was never fsync'ed
            last = n;
    }
    return last;
}

qint64 editNumber(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^soak edit (\\d+)$"));
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

int edit(const QString &drafts, const QString &proposalPath, const QString &log)
{
    DraftStore store;
    if (const Status st = store.open(drafts); !st) {
        err() << st.error << Qt::endl;
        return 3;
    }
    qint64 id = 0;
    const QList<DraftInfo> list = store.drafts();
    if (list.isEmpty()) {
        const Result<Proposal> proposal = ProposalFile::read(proposalPath);
        if (!proposal) {
            err() << proposal.errorString() << Qt::endl;
            return 2;
        }
        const Result<qint64> created = store.create(proposal.value());
        if (!created) {
            err() << created.errorString() << Qt::endl;
            return 3;
        }
        id = created.value();
    } else {
        id = list.first().id;
    }
    const Result<Proposal> loaded = store.load(id);
    if (!loaded) {
        err() << loaded.errorString() << Qt::endl;
        return 3;
    }
    ProposalModel model;
    model.setProposal(loaded.value());
    DraftAutosaver saver(&model, &store, id, 0);
    const int fd = ::open(QFile::encodeName(log).constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd < 0) {
        err() << "cannot open " << log << Qt::endl;
        return 3;
    }
    for (qint64 n = lastLogged(log) + 1;; ++n) {
        const auto field = n % 2 == 0 ? ChangeProposalText::Title : ChangeProposalText::Rationale;
        model.undoStack()->push(new ChangeProposalText(&model, field, QStringLiteral("soak edit %1").arg(n)));
        if (const Status st = saver.flush(); !st) {
            err() << st.error << Qt::endl;
            return 3;
        }
        const QByteArray line = QByteArray::number(n) + '\n';
        if (::write(fd, line.constData(), static_cast<size_t>(line.size())) != line.size() || ::fsync(fd) != 0)
            return 3;
    }
}

int check(const QString &drafts, const QString &log)
{
    DraftStore store;
    if (const Status st = store.open(drafts); !st) {
        err() << "open: " << st.error << Qt::endl;
        return 1;
    }
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
        err() << "integrity_check failed" << Qt::endl;
        return 1;
    }
    const QList<DraftInfo> list = store.drafts();
    if (list.size() != 1) {
        err() << "expected one draft, found " << list.size() << Qt::endl;
        return 1;
    }
    const Result<Proposal> p = store.load(list.first().id);
    if (!p) {
        err() << "load: " << p.errorString() << Qt::endl;
        return 1;
    }
    const qint64 logged = lastLogged(log);
    const qint64 title = editNumber(p.value().title);
    const qint64 rationale = editNumber(p.value().rationale);
    // The last logged edit and the one before it (the other field) must both be there.
    const qint64 held = qMax(title, rationale);
    const qint64 other = qMin(title, rationale);
    const bool ok = held >= logged && (logged < 2 || other >= logged - 1) && list.first().edits >= logged;
    QTextStream(stdout) << (ok ? "ok" : "LOST") << " logged=" << logged << " title=" << title
                        << " rationale=" << rationale << " edits=" << list.first().edits
                        << " recovered=" << (store.recoveredAfterCrash() ? 1 : 0) << Qt::endl;
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("edit"))
        return edit(args.at(2), args.at(3), args.at(4));
    if (args.size() == 4 && args.at(1) == QLatin1String("check"))
        return check(args.at(2), args.at(3));
    err() << "usage: soak_drafteditor edit DRAFTS PROPOSAL LOG | check DRAFTS LOG" << Qt::endl;
    return 1;
}
