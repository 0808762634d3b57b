#pragma once

#include "core/mapping/mappingdraft.h"

#include <QObject>
#include <QUndoStack>

namespace livedna {

// The one place a mapping draft changes. As ProposalModel: views read it, the undo commands
// (mappingundo.h) are the only callers of its mutators, and each mutation announces itself
// so the brick table, the allocation bar and the autosaver stay in step, from redo or undo.
// Bricks and flows are addressed by service id, so the user can map one service after
// another in the same draft and undo across them.
class MappingModel : public QObject
{
    Q_OBJECT

public:
    explicit MappingModel(QObject *parent = nullptr);
    ~MappingModel() override;

    // Replaces the whole draft and clears the undo history.
    void setDraft(MappingDraft draft);
    const MappingDraft &draft() const { return m_draft; }
    const Organisation &organisation() const { return m_draft.org; }
    const Catalogue &catalogue() const { return m_draft.catalogue; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // The service in front; choosing one is navigation, not an edit (no undo step), but
    // it is saved so the draft reopens where the user left it.
    QString currentServiceId() const { return m_draft.serviceId; }
    const Service *currentService() const { return m_draft.service(); }
    void setCurrentService(const QString &serviceId);

    const Service *service(const QString &serviceId) const { return m_draft.org.service(serviceId); }
    int brickIndex(const QString &serviceId, const QString &brickId) const;
    const BrickInstance *brick(const QString &serviceId, const QString &brickId) const;
    int flowIndex(const QString &serviceId, const QString &from, const QString &to) const;

    // Mutators for the undo commands.
    void setBrick(const QString &serviceId, int index, const BrickInstance &brick);
    void insertBrick(const QString &serviceId, int index, const BrickInstance &brick);
    BrickInstance takeBrick(const QString &serviceId, int index);
    void insertFlow(const QString &serviceId, int index, const Flow &flow);
    Flow takeFlow(const QString &serviceId, int index);
    // Swaps a service's whole composition (a peer copy), returning the one it replaces.
    QPair<QList<BrickInstance>, QList<Flow>> swapComposition(const QString &serviceId, QList<BrickInstance> bricks,
                                                            QList<Flow> flows);
    // Swaps the document's sources (an import that lists new ones), returning the old list.
    QList<Source> swapSources(QList<Source> sources);

Q_SIGNALS:
    void reset();
    void currentServiceChanged(const QString &serviceId);
    void brickChanged(const QString &serviceId, const QString &brickId);
    void bricksChanged(const QString &serviceId); // inserted, removed or replaced
    void flowsChanged(const QString &serviceId);
    void sourcesChanged();
    void changed(); // after every mutation of any kind

private:
    Service &mutableService(const QString &serviceId);

    MappingDraft m_draft;
    QUndoStack m_undoStack;
};

} // namespace livedna
