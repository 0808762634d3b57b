#pragma once

#include "core/analysis/comparators.h"
#include "core/analysis/treemap.h"
#include "core/cache/cache.h"
#include "core/models/dnamatrix.h"
#include "core/render/matrixpaint.h"

#include <QAbstractScrollArea>
#include <QLineEdit>
#include <QWidget>

#include <optional>

class QCompleter;
class QComboBox;
class QCustomPlot;
class QLabel;
class QStandardItemModel;
class QTreeWidget;

namespace livedna {

class BrickGraphView;

// Legend under the brick graph: shapes, fills and the capabilities present.
class GraphLegend : public QWidget
{
    Q_OBJECT
public:
    GraphLegend(BrickGraphView *view, QWidget *parent = nullptr);
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override;

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;

private:
    BrickGraphView *m_view;
};

// One box that finds organisations, services, bricks and capabilities.
class SearchBox : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchBox(QWidget *parent = nullptr);
    void setData(Cache *cache, const Catalogue &catalogue);
    void focusSearch();

Q_SIGNALS:
    void organisationChosen(const QString &code);
    void serviceChosen(const QString &orgCode, const QString &serviceId);
    void capabilityChosen(const QString &capabilityId);

private:
    void ensureIndex();
    void choose(const QModelIndex &index);

    Cache *m_cache = nullptr;
    Catalogue m_catalogue;
    bool m_indexed = false;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
};

struct ServiceBar;
struct OrgFigures;
class PeerBenchmarkView;

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);
    void setOrganisation(Cache *cache, const Organisation &org, const Catalogue &catalogue);
    void clear();
    Status exportTo(const QString &path);
    QList<QCustomPlot *> plots() const { return m_plots; }

Q_SIGNALS:
    void serviceActivated(const QString &serviceId);
    void organisationActivated(const QString &code);

private:
    int comparatorNamesWidth(const QStringList &names) const;
    double comparatorPanelWidth(const QStringList &names, int panels) const;
    void plotSpend(const QList<ServiceBar> &rows, const QVector<double> &keys, const QStringList &names,
                   const Organisation &org);
    void plotBuild(const QList<ServiceBar> &rows, const QVector<double> &keys, const QStringList &names,
                   const OrgFigures &figures);
    void plotCoverage(const Organisation &org, const Catalogue &catalogue);
    void plotComparators(Cache *cache, const Organisation &org);
    void resizeEvent(QResizeEvent *event) override;

    // What is shown, to plot again when a resize changes how many rows or ticks fit.
    Cache *m_cache = nullptr;
    std::optional<Organisation> m_org;
    Catalogue m_catalogue;
    QSize m_plottedAt;
    bool m_replotQueued = false;

    QLabel *m_header;
    QCustomPlot *m_spend;
    QCustomPlot *m_build;
    QCustomPlot *m_coverage;
    QCustomPlot *m_comparators;
    PeerBenchmarkView *m_benchmarks; // issue 10 item 6: beside the comparators, in a tab
    QList<QCustomPlot *> m_plots;
    QStringList m_serviceIds;   // in bar order (bottom to top)
    QStringList m_comparatorCodes;
};

class TreemapCanvas;

class TreemapView : public QWidget
{
    Q_OBJECT
public:
    explicit TreemapView(QWidget *parent = nullptr);
    void setOrganisation(const Organisation &org, const Catalogue &catalogue);
    void clear();
    Status exportTo(const QString &path);

Q_SIGNALS:
    void serviceActivated(const QString &serviceId);

private:
    void drillTo(const QList<int> &path);
    void updateBreadcrumbs();
    static QString notDrawnText(const Organisation &org, const Catalogue &catalogue);

    QString m_notDrawn;
    QString m_totalText; // how the drawn total relates to the reported one
    QList<Source> m_sources;

    TreemapItem m_root;
    Catalogue m_catalogue;
    QList<int> m_path;
    QWidget *m_crumbs;
    TreemapCanvas *m_canvas;
    QLabel *m_note;
};

class MatrixCanvas;

class MatrixView : public QWidget
{
    Q_OBJECT
public:
    explicit MatrixView(QWidget *parent = nullptr);
    void setData(Cache *cache, const Catalogue &catalogue);
    void setMatrix(DnaMatrix matrix); // for tests and benchmarks
    Status exportTo(const QString &path);
    MatrixCanvas *canvas() const { return m_canvas; }

Q_SIGNALS:
    void cellActivated(const QString &orgCode, const QString &capabilityId);
    void organisationActivated(const QString &code);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureLoaded();
    void applyOrder();

    Cache *m_cache = nullptr;
    Catalogue m_catalogue;
    bool m_loaded = false;
    DnaMatrix m_matrix;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QComboBox *m_type;
    QComboBox *m_region;
    QComboBox *m_rowSort;
    QComboBox *m_colSort;
    QComboBox *m_layer;
    MatrixCanvas *m_canvas;
    QLabel *m_summary;
};

class MatrixCanvas : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit MatrixCanvas(QWidget *parent = nullptr);
    void setMatrix(const DnaMatrix *matrix, QList<int> rows, QList<int> cols);
    const QList<int> &rows() const { return m_rows; }
    const QList<int> &columns() const { return m_cols; }
    MatrixGeometry geometry() const { return m_geometry; }

Q_SIGNALS:
    void cellActivated(int row, int column); // matrix indices
    void rowActivated(int row);

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void leaveEvent(QEvent *) override;
    void keyPressEvent(QKeyEvent *) override;
    bool viewportEvent(QEvent *) override;

private:
    void updateScrollBars();
    static QString stateText(quint8 state); // "bespoke", "absent"…
    bool cellAt(const QPoint &pos, int *ri, int *ci) const;

    const DnaMatrix *m_matrix = nullptr;
    QList<int> m_rows;
    QList<int> m_cols;
    MatrixGeometry m_geometry;
    int m_hoverRow = -1;
    int m_hoverCol = -1;
    int m_cursorRow = 0;
    int m_cursorCol = 0;
};

class CapabilityView : public QWidget
{
    Q_OBJECT
public:
    explicit CapabilityView(QWidget *parent = nullptr);
    void setData(Cache *cache, const Catalogue &catalogue);
    void showCapability(const QString &capabilityId);
    QString capability() const { return m_capability; }
    void setFocusOrganisation(const QString &code) { m_focusOrg = code; }
    Status exportTo(const QString &path);

Q_SIGNALS:
    void serviceActivated(const QString &orgCode, const QString &serviceId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    bool m_dirty = true;

    Cache *m_cache = nullptr;
    Catalogue m_catalogue;
    QString m_capability;
    QString m_focusOrg;
    QComboBox *m_picker;
    QLabel *m_summary;
    QCustomPlot *m_plot;
    QTreeWidget *m_instances;
    QLabel *m_alternatives;
};

} // namespace livedna
