#pragma once

#include "core/proposal/proposalmodel.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>
#include <utility>

namespace livedna {

// Undo commands of the proposal workspace. As in Subsurface, each is a unit of work:
//   constructor: gathers what redo() needs (it never changes the model);
//   redo():      does the work and keeps what undo() needs;
//   undo():      reverses it exactly and keeps again what redo() needs.
// Ownership: every brick, flow and position is owned either by the model or by exactly
// one command (by value, the one that took it out: a RemoveBrick while done, an AddBrick
// while undone). Commands refer to what stays in the model by id, never by pointer or
// index into a list that other commands reshape, so they stay valid in any undo order
// (the one exception, flow indices, is only used by a command whose predecessors on the
// stack put the list back exactly as it found it). The model owns its undo stack and
// outlives every command. Callers use the plain functions of proposalcommands.h.

enum ProposalCommandId { ChangeBrickNameId = 1, ChangeBrickCostId, ChangeBrickFteId, MoveBrickId,
                         ChangeTitleId, ChangeRationaleId };

template<typename T>
bool sameValue(const T &a, const T &b)
{
    return a == b;
}
inline bool sameValue(const BrickInstance &a, const BrickInstance &b)
{
    return a.id == b.id && a.name == b.name && a.uses == b.uses && a.capability == b.capability
        && a.annualCostGbp == b.annualCostGbp && a.fte == b.fte;
}

// Tiled's ChangeValue for one brick: remembers the other value and swaps on undo/redo.
template<typename Value>
class ChangeBrickValue : public QUndoCommand
{
public:
    ChangeBrickValue(ProposalModel *model, QString brickId, Value value, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_model(model)
        , m_brickId(std::move(brickId))
        , m_value(std::move(value))
    {
    }

    void undo() override { swap(); }
    void redo() override { swap(); }

    bool mergeWith(const QUndoCommand *other) override
    {
        // Consecutive edits of the same field of the same brick (typing a cost) are one
        // undo step; the value from before the first of them is already remembered here.
        const auto *o = static_cast<const ChangeBrickValue *>(other);
        if (id() < 0 || o->m_model != m_model || o->m_brickId != m_brickId)
            return false;
        setText(o->text());
        setObsolete(sameValue(current(), m_value));
        return true;
    }

protected:
    virtual Value getValue(const BrickInstance &brick) const = 0;
    virtual void setValue(BrickInstance &brick, const Value &value) const = 0;

    ProposalModel *model() const { return m_model; }
    const QString &brickId() const { return m_brickId; }

private:
    Value current() const
    {
        const BrickInstance *b = m_model->brick(m_brickId);
        return b ? getValue(*b) : Value();
    }
    void swap()
    {
        const int index = m_model->brickIndex(m_brickId);
        if (index < 0)
            return;
        BrickInstance b = m_model->service().bricks.at(index);
        Value old = getValue(b);
        setValue(b, m_value);
        m_value = std::move(old);
        m_model->setBrick(index, b);
    }

    ProposalModel *m_model;
    QString m_brickId;
    Value m_value;
};

class ChangeBrickName : public ChangeBrickValue<QString>
{
    Q_DECLARE_TR_FUNCTIONS(ChangeBrickName)
public:
    ChangeBrickName(ProposalModel *model, const QString &brickId, const QString &name);
    int id() const override { return ChangeBrickNameId; }
protected:
    QString getValue(const BrickInstance &b) const override { return b.name; }
    void setValue(BrickInstance &b, const QString &v) const override { b.name = v; }
};

class ChangeBrickCost : public ChangeBrickValue<double>
{
    Q_DECLARE_TR_FUNCTIONS(ChangeBrickCost)
public:
    ChangeBrickCost(ProposalModel *model, const QString &brickId, double cost);
    int id() const override { return ChangeBrickCostId; }
protected:
    double getValue(const BrickInstance &b) const override { return b.annualCostGbp; }
    void setValue(BrickInstance &b, const double &v) const override { b.annualCostGbp = v; }
};

class ChangeBrickFte : public ChangeBrickValue<std::optional<double>>
{
    Q_DECLARE_TR_FUNCTIONS(ChangeBrickFte)
public:
    ChangeBrickFte(ProposalModel *model, const QString &brickId, std::optional<double> fte);
    int id() const override { return ChangeBrickFteId; }
protected:
    std::optional<double> getValue(const BrickInstance &b) const override { return b.fte; }
    void setValue(BrickInstance &b, const std::optional<double> &v) const override { b.fte = v; }
};

// Replacing swaps what the brick is (uses, capability, name, cost, FTE) but keeps its id,
// so its flows and position stay; never merged, each replacement is its own step.
class ReplaceBrick : public ChangeBrickValue<BrickInstance>
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceBrick)
public:
    ReplaceBrick(ProposalModel *model, const BrickInstance &before, const BrickInstance &after,
                 const QString &catalogueName);
protected:
    BrickInstance getValue(const BrickInstance &b) const override { return b; }
    void setValue(BrickInstance &b, const BrickInstance &v) const override { b = v; }
};

// Position of one brick on the canvas; a drag is one step however many moves it makes.
class MoveBrick : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveBrick)
public:
    MoveBrick(ProposalModel *model, const QString &brickId, const std::optional<QPointF> &pos);
    void undo() override { swap(); }
    void redo() override { swap(); }
    int id() const override { return MoveBrickId; }
    bool mergeWith(const QUndoCommand *other) override;
private:
    void swap();
    ProposalModel *m_model;
    QString m_brickId;
    std::optional<QPointF> m_pos;
};

class AddRemoveFlow : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddRemoveFlow)
protected:
    AddRemoveFlow(ProposalModel *model, int index, const Flow &flow, QUndoCommand *parent);
    void addFlow();
    void removeFlow();
    ProposalModel *m_model;
    int m_index;
    Flow m_flow; // owned copy while the flow is out of the model
};

class AddFlow : public AddRemoveFlow
{
public:
    AddFlow(ProposalModel *model, int index, const Flow &flow, QUndoCommand *parent = nullptr);
    void undo() override { removeFlow(); }
    void redo() override { addFlow(); }
};

class RemoveFlow : public AddRemoveFlow
{
public:
    RemoveFlow(ProposalModel *model, int index, QUndoCommand *parent = nullptr);
    void undo() override { addFlow(); }
    void redo() override { removeFlow(); }
};

class AddRemoveBrick : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddRemoveBrick)
protected:
    AddRemoveBrick(ProposalModel *model, int index, const BrickInstance &brick,
                   const std::optional<QPointF> &pos, QUndoCommand *parent);
    void addBrick();
    void removeBrick();
    ProposalModel *m_model;
    int m_index;
    BrickInstance m_brick;         // owned copy while the brick is out of the model
    std::optional<QPointF> m_pos;
};

class AddBrick : public AddRemoveBrick
{
public:
    AddBrick(ProposalModel *model, int index, const BrickInstance &brick, const std::optional<QPointF> &pos);
    void undo() override { removeBrick(); }
    void redo() override { addBrick(); }
};

// Removing a brick first removes, as child commands, every flow that names it, so undo
// puts back the brick and then its flows in their original places.
class RemoveBrick : public AddRemoveBrick
{
public:
    RemoveBrick(ProposalModel *model, int index);
    void undo() override;
    void redo() override;
};

class ChangeProposalText : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeProposalText)
public:
    enum Field { Title, Rationale };
    ChangeProposalText(ProposalModel *model, Field field, const QString &value);
    void undo() override { swap(); }
    void redo() override { swap(); }
    int id() const override { return m_field == Title ? ChangeTitleId : ChangeRationaleId; }
    bool mergeWith(const QUndoCommand *other) override;
private:
    void swap();
    ProposalModel *m_model;
    Field m_field;
    QString m_value;
};

} // namespace livedna
