#pragma once

#include "core/analysis/comparators.h"
#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"

#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QString>

class QPainter;

namespace livedna {

// The organisation dashboard's figures, computed once for the GUI's QCustomPlot charts and
// for the headless renderer (core cannot use QCustomPlot, which needs widgets).
struct DashboardData
{
    struct ServiceRow
    {
        QString id;
        QString name;
        double total = 0, frontline = 0, overhead = 0, standard = 0, bespoke = 0;
        std::optional<double> coverage;
    };
    QString title;
    QString summary;
    QList<ServiceRow> services; // largest first; the tail folded into one "other" row
    ComparatorSelection comparators;
    QList<ComparatorRow> comparatorRows;

    static DashboardData build(const Organisation &org, const Catalogue &catalogue, const QList<OrgSummary> &all,
                               int maxServices = 14);
};

class DashboardPainter
{
    Q_DECLARE_TR_FUNCTIONS(DashboardPainter)

public:
    static QSizeF documentSize() { return QSizeF(1280, 900); }
    static void paint(QPainter *p, const DashboardData &data);
};

} // namespace livedna
