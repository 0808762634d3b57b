#include "core/cli/cli.h"

#include "core/analysis/treemap.h"
#include "core/cache/cache.h"
#include "core/models/dnamatrix.h"
#include "core/render/dashboardpaint.h"
#include "core/render/export.h"
#include "core/render/matrixpaint.h"
#include "core/render/treemappaint.h"

#include <QCommandLineParser>
#include <QGuiApplication>

namespace livedna {

namespace {

int runRender(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Render a service's brick graph, an organisation's dashboard, or the DNA matrix to SVG, PNG or PDF "
               "(chosen by the --out file's extension)."));
    parser.addHelpOption();
    QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("Cli", "Write to FILE (.svg, .png or .pdf)."),
                           QStringLiteral("FILE"));
    QCommandLineOption matrix(QStringLiteral("matrix"), QCoreApplication::translate("Cli", "Render the DNA matrix of every organisation."));
    parser.addOption(out);
    parser.addOption(matrix);
    parser.addPositionalArgument(QStringLiteral("ORG"), QCoreApplication::translate("Cli", "Organisation code."), QStringLiteral("[ORG]"));
    parser.addPositionalArgument(QStringLiteral("SERVICE"), QCoreApplication::translate("Cli", "Service id: render its brick graph."),
                                 QStringLiteral("[SERVICE]"));
    if (!parser.parse(ctx.arguments()))
        return ctx.fail(ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out() << parser.helpText();
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments();
    const QString file = parser.value(out);
    if (file.isEmpty())
        return ctx.fail(ExitUsage, QCoreApplication::translate("Cli", "render needs --out FILE"));
    if (pictureFormatFor(file) == PictureFormat::Unknown)
        return ctx.fail(ExitUsage, QCoreApplication::translate("Cli", "%1: use a .svg, .png or .pdf file name").arg(file));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return ctx.fail(ExitIo, QCoreApplication::translate("Cli", "render needs the Qt GUI libraries to draw text"));
    if (parser.isSet(matrix) ? !args.isEmpty() : (args.isEmpty() || args.size() > 2))
        return ctx.fail(ExitUsage, QCoreApplication::translate("Cli", "usage: render ORG [SERVICE] --out FILE, or render --matrix --out FILE"));

    Cache *cache = ctx.cache();
    if (!cache)
        return ExitIo;
    const Catalogue catalogue = [&] {
        Catalogue c = cache->catalogue();
        c.reindex();
        return c;
    }();

    Status st;
    if (parser.isSet(matrix)) {
        Result<DnaMatrix> built = DnaMatrix::fromCache(*cache, catalogue);
        if (!built)
            return ctx.fail(ExitIo, built.errorString());
        const DnaMatrix m = built.take();
        if (m.rowCount() == 0)
            return ctx.fail(ExitInvalid, QCoreApplication::translate("Cli", "the cache holds no organisations; run 'livedna-cli sync' first"));
        const QList<int> rows = m.rowOrder(DnaMatrix::RowSort::Name, {});
        const QList<int> cols = m.columnOrder(DnaMatrix::ColumnSort::Catalogue);
        const MatrixGeometry g;
        const QString title = QCoreApplication::translate("Cli", "DNA matrix — %1 organisations × %2 capabilities").arg(rows.size()).arg(cols.size());
        st = savePainting(file, matrixpaint::documentSize(m, rows, cols, g),
                          [&](QPainter *p) { matrixpaint::paintDocument(p, m, rows, cols, g, title); }, title);
    } else {
        const std::optional<Organisation> org = cache->organisation(args.at(0));
        if (!org)
            return ctx.fail(ExitInvalid, QCoreApplication::translate("Cli", "no organisation '%1' in the cache").arg(args.at(0)));
        if (args.size() == 2) {
            const Service *service = nullptr;
            for (const Service &s : org->services) {
                if (s.id == args.at(1))
                    service = &s;
            }
            if (!service)
                return ctx.fail(ExitInvalid, QCoreApplication::translate("Cli", "%1 has no service '%2'").arg(org->code, args.at(1)));
            Result<BrickGraphScene> graph = BrickGraphBuilder::build(*service, catalogue);
            if (!graph)
                return ctx.fail(ExitInvalid, graph.errorString());
            graph.value().subtitle = org->name + QStringLiteral(" · ") + graph.value().subtitle;
            st = exportBrickGraph(graph.value(), file);
        } else {
            const DashboardData data = DashboardData::build(*org, catalogue, cache->organisations());
            st = savePainting(file, DashboardPainter::documentSize(), [&](QPainter *p) { DashboardPainter::paint(p, data); },
                              data.title);
        }
    }
    if (!st)
        return ctx.fail(ExitIo, st.error);
    ctx.err() << QCoreApplication::translate("Cli", "Wrote %1").arg(file) << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CliCommand> renderCommands()
{
    return {CliCommand{QStringLiteral("render"),
                       QCoreApplication::translate("Cli", "Render a brick graph, an organisation dashboard or the DNA matrix"),
                       runRender}};
}

} // namespace livedna
