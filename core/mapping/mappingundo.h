#pragma once

#include "core/mapping/mappingmodel.h"

#include <QCoreApplication>
#include <QUndoCommand>

// Undo commands of the mapping workspace, on the pattern of proposalundo.h: the constructor
// gathers, redo() does and keeps what undo() needs, undo() reverses exactly. Commands refer
// to bricks by (service id, brick id), never by pointer; a brick or flow out of the model
// is owned by value by the one command that took it out. Callers use mappingcommands.h.
namespace livedna::mappingundo {

enum CommandId { ChangeNameId = 101, ChangeCostId, ChangeFteId, ChangeEvidenceId };

// Swaps one brick's whole value. Consecutive edits of the same field of the same brick
// (typing a cost) merge into one step whose undo restores the value before the first.
class ChangeBrick : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MappingChangeBrick)
public:
    enum Field { Name, Cost, Fte, Evidence, Whole };
    ChangeBrick(MappingModel *model, QString serviceId, BrickInstance after, Field field, const QString &text);
    void undo() override { swap(); }
    void redo() override { swap(); }
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void swap();
    MappingModel *m_model;
    QString m_serviceId;
    BrickInstance m_value;
    Field m_field;
};

class AddRemoveFlow : public QUndoCommand
{
protected:
    AddRemoveFlow(MappingModel *model, QString serviceId, int index, Flow flow, QUndoCommand *parent);
    void addFlow();
    void removeFlow();
    MappingModel *m_model;
    QString m_serviceId;
    int m_index;
    Flow m_flow; // owned while out of the model
};

class AddFlow : public AddRemoveFlow
{
    Q_DECLARE_TR_FUNCTIONS(MappingAddFlow)
public:
    AddFlow(MappingModel *model, const QString &serviceId, int index, const Flow &flow);
    void undo() override { removeFlow(); }
    void redo() override { addFlow(); }
};

class RemoveFlow : public AddRemoveFlow
{
    Q_DECLARE_TR_FUNCTIONS(MappingRemoveFlow)
public:
    RemoveFlow(MappingModel *model, const QString &serviceId, int index, QUndoCommand *parent = nullptr);
    void undo() override { addFlow(); }
    void redo() override { removeFlow(); }
};

class AddRemoveBrick : public QUndoCommand
{
protected:
    AddRemoveBrick(MappingModel *model, QString serviceId, int index, BrickInstance brick);
    void addBrick();
    void removeBrick();
    MappingModel *m_model;
    QString m_serviceId;
    int m_index;
    BrickInstance m_brick; // owned while out of the model
};

class AddBrick : public AddRemoveBrick
{
    Q_DECLARE_TR_FUNCTIONS(MappingAddBrick)
public:
    AddBrick(MappingModel *model, const QString &serviceId, const BrickInstance &brick);
    void undo() override { removeBrick(); }
    void redo() override { addBrick(); }
};

// Removes the flows that name the brick first (child commands), so undo puts back the
// brick and then its flows where they were.
class RemoveBrick : public AddRemoveBrick
{
    Q_DECLARE_TR_FUNCTIONS(MappingRemoveBrick)
public:
    RemoveBrick(MappingModel *model, const QString &serviceId, int index);
    void undo() override;
    void redo() override;
};

// A whole composition at once (copying a peer's): one step, exactly reversible.
class ReplaceComposition : public QUndoCommand
{
public:
    ReplaceComposition(MappingModel *model, QString serviceId, QList<BrickInstance> bricks, QList<Flow> flows,
                       const QString &text, QUndoCommand *parent = nullptr);
    void undo() override { swap(); }
    void redo() override { swap(); }

private:
    void swap();
    MappingModel *m_model;
    QString m_serviceId;
    QList<BrickInstance> m_bricks;
    QList<Flow> m_flows;
};

// The document's list of sources, swapped whole (child of an import's macro).
class SetSources : public QUndoCommand
{
public:
    SetSources(MappingModel *model, QList<Source> sources, QUndoCommand *parent);
    void undo() override { swap(); }
    void redo() override { swap(); }

private:
    void swap();
    MappingModel *m_model;
    QList<Source> m_sources;
};

} // namespace livedna::mappingundo
