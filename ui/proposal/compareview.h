#pragma once

#include "core/proposal/compare.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace livedna {

class ProposalCanvas;

// A proposal against its baseline, or two proposals for the same service: every brick and
// flow added, removed or changed with its cost effect, as a list, and the later service
// drawn with those bricks outlined (green added, amber changed).
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);

    void compare(const Service &earlier, const QString &earlierLabel, const Service &later, const QString &laterLabel,
                 const Catalogue &catalogue, const QHash<QString, QPointF> &laterLayout = {});
    const ServiceDiff &diff() const { return m_diff; }
    QStringList lines() const;
    QString heading() const;
    // Nothing to compare: says why instead of an empty list.
    void showNothingToCompare(const QString &why);
    ProposalCanvas *canvas() const { return m_canvas; }

private:
    ServiceDiff m_diff;
    QLabel *m_heading;
    QTreeWidget *m_list;
    ProposalCanvas *m_canvas;
};

} // namespace livedna
