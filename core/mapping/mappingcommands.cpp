#include "core/mapping/mappingcommands.h"

#include "core/commons/commonsreader.h"
#include "core/mapping/mappingundo.h"
#include "core/models/format.h"

#include <QLocale>

#include <cmath>

namespace livedna::mapedit {

static QString tr(const char *text)
{
    return QCoreApplication::translate("MappingEdit", text);
}

static QString money(double value)
{
    return Format::gbpPlain(value);
}

static Status noBrick(const QString &serviceId, const QString &brickId)
{
    return Status::failure(tr("The service '%1' has no brick '%2'.").arg(serviceId, brickId));
}

static bool hasControl(const QString &text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

static Status checkCost(double cost)
{
    if (!std::isfinite(cost) || cost < 0)
        return Status::failure(tr("A cost must be a number of pounds, zero or more."));
    if (cost > CommonsReader::MaxMoneyGbp)
        return Status::failure(tr("A cost above %1 is not a public service's spend.").arg(money(CommonsReader::MaxMoneyGbp)));
    return Status::success();
}

static Status checkFte(const std::optional<double> &fte)
{
    if (fte && (!std::isfinite(*fte) || *fte < 0 || *fte > 1e7))
        return Status::failure(tr("FTE must be a number of staff, zero or more."));
    return Status::success();
}

static Status checkEvidence(const MappingModel &model, const BrickInstance &b)
{
    if (b.source.isEmpty()) {
        if (b.basis == Basis::Estimated)
            return Status::failure(tr("An estimated cost must state its method and reason."));
        return Status::success(); // published by default; the reference can follow
    }
    if (b.source.size() > 1000 || hasControl(b.source))
        return Status::failure(tr("A source must be one line of at most 1000 characters."));
    const SourceRef ref = SourceRef::parse(b.source);
    if (ref.sourceId.isEmpty() || ref.locator.trimmed().isEmpty())
        return Status::failure(tr("A source must name a source and a row: “source-id#reference”."));
    const bool ours = ref.sourceId == mappingsource::ownRecordsId() || ref.sourceId == mappingsource::estimateId();
    if (!ours && !findSource(model.organisation().sources, ref.sourceId))
        return Status::failure(tr("The organisation's document lists no source '%1'.").arg(ref.sourceId));
    return Status::success();
}

Status check(const MappingModel &model, const QString &serviceId, const BrickInstance &b, bool isNew)
{
    const Service *s = model.service(serviceId);
    if (!s)
        return Status::failure(tr("The organisation has no service '%1'.").arg(serviceId));
    if (isNew && model.brick(serviceId, b.id))
        return Status::failure(tr("The service already has a brick '%1'.").arg(b.id));
    if (b.name.size() > 1000 || hasControl(b.name))
        return Status::failure(tr("A name must be one line of at most 1000 characters."));
    if (b.isStandard() && !model.catalogue().brick(b.uses))
        return Status::failure(tr("The commons has no brick '%1'.").arg(b.uses));
    if (!b.isStandard() && !model.catalogue().capability(b.capability))
        return Status::failure(tr("The commons has no capability '%1'.").arg(b.capability));
    if (Status st = checkCost(b.annualCostGbp); !st)
        return st;
    if (Status st = checkFte(b.fte); !st)
        return st;
    return checkEvidence(model, b);
}

BrickInstance fromCatalogue(const MappingModel &model, const QString &serviceId, const QString &catalogueBrickId)
{
    BrickInstance b;
    const CatalogueBrick *c = model.catalogue().brick(catalogueBrickId);
    const Service *s = model.service(serviceId);
    if (!c || !s)
        return b;
    b.id = uniqueMappedBrickId(*s, c->id);
    b.name = c->name;
    b.uses = c->id;
    b.annualCostGbp = c->standardAnnualCostGbp;
    return b;
}

BrickInstance fromSystem(const MappingModel &model, const QString &serviceId, const QString &systemId)
{
    BrickInstance b;
    const Service *s = model.service(serviceId);
    if (!s)
        return b;
    for (const SystemUse &u : s->systems) {
        if (u.id != systemId)
            continue;
        // The system stays (it names the product); the brick gives it a cost.
        const Product *p = model.catalogue().product(u.product);
        b.id = uniqueMappedBrickId(*s, u.id + QStringLiteral("-cost"));
        b.name = p && !u.name.contains(p->name, Qt::CaseInsensitive) ? QStringLiteral("%1 (%2)").arg(u.name, p->name) : u.name;
        b.capability = u.capability;
    }
    return b;
}

BrickInstance fromProduct(const MappingModel &model, const QString &serviceId, const QString &productId)
{
    BrickInstance b;
    const Product *p = model.catalogue().product(productId);
    const Service *s = model.service(serviceId);
    if (!p || !s)
        return b;
    b.id = uniqueMappedBrickId(*s, p->id);
    b.name = p->vendor.isEmpty() ? p->name : QStringLiteral("%1 (%2)").arg(p->name, p->vendor);
    b.capability = p->capability;
    return b;
}

BrickInstance bespoke(const MappingModel &model, const QString &serviceId, const QString &name, const QString &capability)
{
    BrickInstance b;
    const Service *s = model.service(serviceId);
    b.id = s ? uniqueMappedBrickId(*s, name) : QString();
    b.name = name;
    b.capability = capability;
    return b;
}

Result<QString> addBrick(MappingModel &model, const QString &serviceId, BrickInstance brick)
{
    const Service *s = model.service(serviceId);
    if (!s)
        return Result<QString>::failure({}, {}, tr("The organisation has no service '%1'.").arg(serviceId));
    brick.id = uniqueMappedBrickId(*s, brick.id.isEmpty() ? brick.name : brick.id);
    if (Status st = check(model, serviceId, brick, true); !st)
        return Result<QString>::failure({}, {}, st.error);
    model.undoStack()->push(new mappingundo::AddBrick(&model, serviceId, brick));
    return brick.id;
}

Status removeBrick(MappingModel &model, const QString &serviceId, const QString &brickId)
{
    const int index = model.brickIndex(serviceId, brickId);
    if (index < 0)
        return noBrick(serviceId, brickId);
    model.undoStack()->push(new mappingundo::RemoveBrick(&model, serviceId, index));
    return Status::success();
}

// Checks the changed brick and pushes the change unless nothing changed.
static Status change(MappingModel &model, const QString &serviceId, const BrickInstance &after,
                     mappingundo::ChangeBrick::Field field, const QString &text)
{
    if (Status st = check(model, serviceId, after, false); !st)
        return st;
    model.undoStack()->push(new mappingundo::ChangeBrick(&model, serviceId, after, field, text));
    return Status::success();
}

static QString label(const BrickInstance &b)
{
    return b.name.isEmpty() ? b.id : b.name;
}

Status setBrickName(MappingModel &model, const QString &serviceId, const QString &brickId, const QString &name)
{
    const BrickInstance *b = model.brick(serviceId, brickId);
    if (!b)
        return noBrick(serviceId, brickId);
    if (b->name == name)
        return Status::success();
    BrickInstance after = *b;
    after.name = name;
    return change(model, serviceId, after, mappingundo::ChangeBrick::Name,
                  tr("Rename “%1” to “%2”").arg(label(*b), name));
}

Status setBrickCost(MappingModel &model, const QString &serviceId, const QString &brickId, double annualCostGbp)
{
    const BrickInstance *b = model.brick(serviceId, brickId);
    if (!b)
        return noBrick(serviceId, brickId);
    if (b->annualCostGbp == annualCostGbp)
        return Status::success();
    BrickInstance after = *b;
    after.annualCostGbp = annualCostGbp;
    return change(model, serviceId, after, mappingundo::ChangeBrick::Cost,
                  tr("Change cost of “%1” to %2").arg(label(*b), money(annualCostGbp)));
}

Status setBrickFte(MappingModel &model, const QString &serviceId, const QString &brickId, std::optional<double> fte)
{
    const BrickInstance *b = model.brick(serviceId, brickId);
    if (!b)
        return noBrick(serviceId, brickId);
    if (b->fte == fte)
        return Status::success();
    BrickInstance after = *b;
    after.fte = fte;
    return change(model, serviceId, after, mappingundo::ChangeBrick::Fte,
                  fte ? tr("Change FTE of “%1” to %2").arg(label(*b)).arg(*fte) : tr("Clear FTE of “%1”").arg(label(*b)));
}

Status setBrickEvidence(MappingModel &model, const QString &serviceId, const QString &brickId, const Evidence &evidence)
{
    const BrickInstance *b = model.brick(serviceId, brickId);
    if (!b)
        return noBrick(serviceId, brickId);
    if (b->basis == evidence.basis && b->source == evidence.source)
        return Status::success();
    BrickInstance after = *b;
    after.basis = evidence.basis;
    after.source = evidence.source.trimmed();
    return change(model, serviceId, after, mappingundo::ChangeBrick::Evidence,
                  tr("Change the evidence of “%1”").arg(label(*b)));
}

Status connectBricks(MappingModel &model, const QString &serviceId, const QString &from, const QString &to,
                     const QString &flowLabel)
{
    if (!model.brick(serviceId, from))
        return noBrick(serviceId, from);
    if (!model.brick(serviceId, to))
        return noBrick(serviceId, to);
    if (model.flowIndex(serviceId, from, to) >= 0)
        return Status::failure(tr("'%1' already flows to '%2'.").arg(from, to));
    model.undoStack()->push(new mappingundo::AddFlow(&model, serviceId, int(model.service(serviceId)->flows.size()),
                                                     Flow{from, to, flowLabel}));
    return Status::success();
}

Status disconnectBricks(MappingModel &model, const QString &serviceId, const QString &from, const QString &to)
{
    const int index = model.flowIndex(serviceId, from, to);
    if (index < 0)
        return Status::failure(tr("'%1' does not flow to '%2'.").arg(from, to));
    model.undoStack()->push(new mappingundo::RemoveFlow(&model, serviceId, index));
    return Status::success();
}

Status copyFromPeer(MappingModel &model, const QString &serviceId, const PeerComposition &peer, PeerScaling scaling,
                    bool replaceExisting)
{
    const Service *s = model.service(serviceId);
    if (!s)
        return Status::failure(tr("The organisation has no service '%1'.").arg(serviceId));
    if (peer.orgCode == model.organisation().code)
        return Status::failure(tr("An organisation cannot copy its own composition."));
    if (!s->bricks.isEmpty() && !replaceExisting)
        return Status::failure(tr("%1 already has bricks; copying would replace them.").arg(s->name));
    if (peer.service.bricks.isEmpty())
        return Status::failure(tr("%1 has no bricks in %2 to copy.").arg(peer.orgName, peer.service.name));
    const Result<ScaledComposition> scaled = MappingPeers::scale(model.organisation(), *s, peer, scaling);
    if (!scaled)
        return Status::failure(scaled.errorString());
    for (const BrickInstance &b : scaled.value().bricks)
        if (Status st = check(model, serviceId, b, false); !st)
            return Status::failure(tr("Cannot copy “%1”: %2").arg(label(b), st.error));
    model.undoStack()->push(new mappingundo::ReplaceComposition(
        &model, serviceId, scaled.value().bricks, scaled.value().flows,
        tr("Copy %1's %2").arg(peer.orgName, peer.service.name)));
    return Status::success();
}

Status applyImport(MappingModel &model, const Organisation &imported, const QStringList &services)
{
    if (imported.code != model.organisation().code)
        return Status::failure(tr("The import is of %1, not of %2.").arg(imported.code, model.organisation().code));
    if (services.isEmpty())
        return Status::failure(tr("The spreadsheet mapped no service."));
    auto *macro = new QUndoCommand(QCoreApplication::translate("MappingEdit", "Import %n service(s) from a spreadsheet", nullptr, int(services.size())));
    for (const QString &id : services) {
        const Service *s = imported.service(id);
        if (!s || !model.service(id)) {
            delete macro;
            return Status::failure(tr("The organisation has no service '%1'.").arg(id));
        }
        new mappingundo::ReplaceComposition(&model, id, s->bricks, s->flows, QString(), macro);
    }
    new mappingundo::SetSources(&model, imported.sources, macro);
    model.undoStack()->push(macro);
    return Status::success();
}

} // namespace livedna::mapedit
