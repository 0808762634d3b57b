#pragma once

#include "core/area/areaheadline.h"
#include "core/util/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace livedna {

class Cache;

// The constituency briefing of issue 11 item 3: at most two pages on the area, its MP, the
// councils and NHS trusts that serve it with their figures and one chart each, what is
// unknown, the sources and licences, the date of the data and how to suggest a redesign.
// Self-contained in every format: no script, no remote font, no resource loaded from
// anywhere (the HTML's charts are SVG images inside the file).
enum class BriefingFormat { Pdf, Html, Markdown };

// One bar of an organisation's chart: the parts of a split, to a scale shared by the
// organisation's bars. An unknown bar has no parts and is drawn as an empty outline.
struct BriefingBar
{
    enum Part { Frontline, Overhead, Unclassified };
    QString label;                       // "Reported", "Mapped"
    QList<QPair<Part, double>> parts;    // positive amounts only
    bool unknown() const { return parts.isEmpty(); }
    double total() const;
};

// What every format prints for one organisation, already worded and translated: the
// renderers only lay it out, so the PDF, HTML and Markdown say the same things.
struct BriefingOrg
{
    QString heading;          // the organisation's name
    QString subheading;       // code, kind, share of residents, year of the figures
    QStringList facts;        // one line each: spend, split, systems, savings (with [n] source marks)
    QList<BriefingBar> chart; // reported and mapped split
    QString chartTitle;       // the chart's text alternative
    QString unknown;          // what is not known, one paragraph ("" when nothing)
};

struct BriefingSource
{
    int number = 0;
    QString id;
    QString text; // title, publisher, licence, period and the rows used
    QString url;  // where the copy used was taken from: printed as text, never loaded
};

struct BriefingDocument
{
    QString title;      // "Aldershot (E14001063)"
    QString mp;         // "MP: Alex Baker (Labour)"
    QString summary;    // who serves the area
    QString dataDate;   // the commons and the years of the figures
    QString councilsHeading, trustsHeading;
    QList<BriefingOrg> councils, trusts;
    QString legend;     // how to read the charts
    QString unknownHeading;
    QStringList unknown; // area-wide: unmatched organisations, left-out trusts
    QString sourcesHeading;
    QList<BriefingSource> sources;
    QString areaSources; // what the constituency data comes from
    QString redesignHeading;
    QString redesign;
    QString footer;
};

class Briefing
{
    Q_DECLARE_TR_FUNCTIONS(Briefing)

public:
    // The options the briefing builds its headline with: trusts serving under 5% of the
    // residents are counted, not listed, so two pages hold every organisation.
    static HeadlineOptions headlineOptions();
    static std::optional<BriefingFormat> formatFromPath(const QString &path); // .pdf, .html/.htm, .md

    static BriefingDocument document(const AreaHeadline &headline);
    static QByteArray toMarkdown(const BriefingDocument &doc);
    static QByteArray toHtml(const BriefingDocument &doc);
    // Needs a QGuiApplication (fonts); fails cleanly without one. At most two A4 pages: the
    // type is set smaller until it fits, and fails only if it cannot.
    static Result<QByteArray> toPdf(const BriefingDocument &doc);
    static Result<QByteArray> render(const AreaHeadline &headline, BriefingFormat format);
    // Writes atomically, the format from the extension.
    static Status write(const AreaHeadline &headline, const QString &path);
};

// The one call the GUI (File ▸ Export briefing…, My area) and the CLI share: the headline
// of a constituency from the cache, written as a briefing to `path` (.pdf, .html or .md).
Status exportBriefing(const Cache &cache, const QString &constituencyCode, const QString &path);

} // namespace livedna
