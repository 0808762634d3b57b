// Proposal figures: how long one durable (synchronous=FULL) draft save takes, undo/redo,
// reading an untrusted proposal file, and each export, on a large service.
#include "core/export/exporter.h"
#include "core/proposal/draftstore.h"
#include "core/proposal/proposalcommands.h"
#include "core/proposal/proposalmodel.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace livedna;

static Proposal bigProposal(int bricks)
{
    Proposal p;
    p.title = QStringLiteral("Benchmark proposal");
    p.created = QDateTime::currentDateTimeUtc();
    p.modified = p.created;
    Catalogue &c = p.catalogue;
    for (int i = 0; i < 20; ++i) {
        const QString cap = QStringLiteral("cap-%1").arg(i);
        c.capabilities.append({cap, QStringLiteral("Capability %1").arg(i), i % 3 ? Layer::Overhead : Layer::Frontline});
        for (int j = 0; j < 3; ++j)
            c.bricks.append({QStringLiteral("%1.b%2").arg(cap).arg(j), QStringLiteral("Brick %1/%2").arg(i).arg(j), cap, {}, {}, {}, 1000.0 * (j + 1)});
    }
    c.reindex();
    Service s;
    s.id = QStringLiteral("big");
    s.name = QStringLiteral("A large service");
    for (int i = 0; i < bricks; ++i) {
        BrickInstance b;
        b.id = QStringLiteral("b%1").arg(i);
        b.name = QStringLiteral("Brick number %1").arg(i);
        if (i % 2)
            b.uses = QStringLiteral("cap-%1.b0").arg(i % 20);
        else
            b.capability = QStringLiteral("cap-%1").arg(i % 20);
        b.annualCostGbp = 1000.0 + i;
        b.fte = (i % 5) * 0.5;
        s.bricks.append(b);
        if (i > 0)
            s.flows.append({QStringLiteral("b%1").arg(i - 1), b.id, {}});
        if (i > 3)
            s.flows.append({QStringLiteral("b%1").arg(i - 4), b.id, QStringLiteral("loop")});
    }
    ProposalBaseline base;
    base.commons = QStringLiteral("bench");
    base.commonsVersion = 1;
    base.org = QStringLiteral("E00000000");
    base.serviceId = s.id;
    base.documentSha256 = QStringLiteral("ab").repeated(32);
    base.service = s;
    p.baseline = base;
    p.service = s;
    return p;
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const int bricks = 300;
    const Proposal p = bigProposal(bricks);

    DraftStore store;
    if (!store.open(dir.filePath(QStringLiteral("drafts.sqlite")))) {
        out << "cannot open drafts\n";
        return 1;
    }
    ProposalModel model;
    model.setProposal(p);
    const qint64 id = store.create(p).value();
    DraftAutosaver saver(&model, &store, id);
    const int edits = 200;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < edits; ++i) {
        edit::setBrickFte(model, QStringLiteral("b%1").arg(i % bricks), 10.0 + i); // never merged: different bricks
    }
    const double perEdit = double(t.nsecsElapsed()) / 1e6 / edits;
    out << QStringLiteral("edit + durable draft save (%1 bricks, synchronous=FULL): %2 ms per edit\n").arg(bricks).arg(perEdit, 0, 'f', 2);
    t.restart();
    for (int i = 0; i < edits; ++i)
        model.undoStack()->undo();
    for (int i = 0; i < edits; ++i)
        model.undoStack()->redo();
    out << QStringLiteral("undo + redo with saves: %1 ms per step\n").arg(double(t.nsecsElapsed()) / 1e6 / (2 * edits), 0, 'f', 2);

    const QByteArray json = ProposalFile::toJson(model.proposal());
    t.restart();
    const int reads = 20;
    for (int i = 0; i < reads; ++i)
        ProposalFile::fromJson(json, QStringLiteral("bench"));
    out << QStringLiteral("validate proposal file (%1 kB): %2 ms\n").arg(json.size() / 1024).arg(double(t.nsecsElapsed()) / 1e6 / reads, 0, 'f', 2);

    const ExportInput input = Exporter::fromProposal(model.proposal());
    for (const QString &name : Exporter::formatNames()) {
        t.restart();
        const Result<QByteArray> r = Exporter::render(input, *Exporter::formatFromName(name));
        out << QStringLiteral("export %1: %2 ms, %3 kB%4\n")
                   .arg(name)
                   .arg(double(t.nsecsElapsed()) / 1e6, 0, 'f', 1)
                   .arg(r ? r.value().size() / 1024 : 0)
                   .arg(r ? QString() : QStringLiteral(" FAILED: ") + r.errorString());
    }
    return 0;
}
