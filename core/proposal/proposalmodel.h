#pragma once

#include "core/proposal/proposal.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace livedna {

// The one place a draft's content changes. Views read it and the undo commands
// (proposalundo.h) are the only callers of its mutators, as in Tiled where every edit goes
// through the document's models: each mutation announces itself so the canvas, the effect
// panel and the draft autosaver stay in step, whether it comes from redo or undo.
class ProposalModel : public QObject
{
    Q_OBJECT

public:
    explicit ProposalModel(QObject *parent = nullptr);
    ~ProposalModel() override;

    // Replaces the whole proposal and clears the undo history.
    void setProposal(Proposal proposal);
    const Proposal &proposal() const { return m_proposal; }
    const Service &service() const { return m_proposal.service; }
    const Catalogue &catalogue() const { return m_proposal.catalogue; }
    // Makes every brick of `palette` available to add; the saved file keeps only those used.
    void setPalette(const Catalogue &palette);

    QUndoStack *undoStack() { return &m_undoStack; }

    int brickIndex(const QString &id) const;
    const BrickInstance *brick(const QString &id) const;
    int flowIndex(const QString &from, const QString &to) const;
    std::optional<QPointF> position(const QString &id) const;

    // Mutators for the undo commands.
    void setBrick(int index, const BrickInstance &brick);
    void insertBrick(int index, const BrickInstance &brick);
    BrickInstance takeBrick(int index);
    void insertFlow(int index, const Flow &flow);
    Flow takeFlow(int index);
    void setPosition(const QString &id, const std::optional<QPointF> &pos);
    void setTitle(const QString &title);
    void setRationale(const QString &rationale);
    void setAuthor(const QString &author);

Q_SIGNALS:
    void reset();
    void brickChanged(const QString &id);
    void bricksChanged();  // inserted or removed
    void flowsChanged();
    void positionChanged(const QString &id);
    void metadataChanged();
    void changed(); // after every mutation of any kind

private:
    Proposal m_proposal;
    QUndoStack m_undoStack;
};

} // namespace livedna
