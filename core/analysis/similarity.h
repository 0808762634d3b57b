#pragma once

#include "core/analysis/analysisinput.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <vector>

namespace livedna {

// Process similarity for one service across organisations. Services are grouped by
// PublicValue::peerKey ("lgsl:<id>", else "name:<lower-case name>"); an organisation with
// several services in a group is compared on their union.
//   composition(o)  = capability -> cost of o's instances of it in the group
//   S(o)            = the capabilities in composition(o)
//   p(o)            = cost shares: cost(c)/total; equal shares over S(o) when total is 0
//   jaccard(a,b)    = |S(a) & S(b)| / |S(a) | S(b)|            (1 when both are empty)
//   costSim(a,b)    = sum_c min(p_a(c), p_b(c)) / sum_c max(p_a(c), p_b(c))   (weighted
//                     Jaccard on shares, so big and small bodies compare on mix, not size)
//   standard playlist = the most common S(o) (ties: fewer capabilities, then the
//                     lexicographically smallest sorted id list); its shares are the mean
//                     p(o) of the organisations that have exactly it
//   Only organisations with at least one brick in the group ("mapped") take part; with
//   fewer than two there is nothing to compare and no distance.
//   distance(o)     = 1 - jaccard(S(o), playlist); costDistance(o) = 1 - costSim(p(o), playlist)
struct SimilarityMember
{
    int org = -1;
    QList<int> services;           // indices into AnalysisInput::services
    QMap<QString, double> costByCapability;
    double costGbp = 0.0;
    double distance = 0.0;
    double costDistance = 0.0;
    double meanJaccard = 1.0;      // to every other member (1 when alone)
    double meanCostSimilarity = 1.0;
    bool isStandard = false;       // its capability set equals the playlist
    bool mapped = false;           // has bricks in this service; only mapped ones compare
};

struct ServiceSimilarity
{
    QString key;                   // peer key
    QString label;                 // LGSL id and a name, or the name
    std::optional<int> lgsl;
    QList<SimilarityMember> members;   // by distance, then org code
    QStringList playlist;              // sorted capability ids of the modal composition
    QMap<QString, double> playlistShares;
    int playlistOrganisations = 0;     // how many organisations have exactly the playlist
    // Organisations with bricks in this service. Fewer than two: there is nothing to compare
    // and no distance is reported ("not enough mapped organisations to compare").
    int mappedOrganisations = 0;
    bool comparable() const { return mappedOrganisations >= 2; }
    std::vector<double> jaccard;       // members x members, row-major, in `members` order
    std::vector<double> costSimilarity;

    double jaccardAt(int a, int b) const { return jaccard[size_t(a) * size_t(members.size()) + size_t(b)]; }
    double costSimilarityAt(int a, int b) const { return costSimilarity[size_t(a) * size_t(members.size()) + size_t(b)]; }
};

struct ServiceGroup
{
    QString key;
    QString label;
    int organisations = 0;
    int services = 0;
};

class ProcessSimilarity
{
    Q_DECLARE_TR_FUNCTIONS(ProcessSimilarity)

public:
    // Every group with its size, most widely provided first, then key.
    static QList<ServiceGroup> groups(const AnalysisInput &input);
    // The group named by `query`: an LGSL id ("1111" or "lgsl:1111"), a peer key, a service
    // id or a service name (case-insensitive). Empty when nothing matches.
    static QString resolve(const AnalysisInput &input, const QString &query);
    static QString notComparableText() { return tr("not enough mapped organisations to compare"); }
    static ServiceSimilarity compute(const AnalysisInput &input, const QString &key);

    static double jaccard(const QStringList &a, const QStringList &b); // sorted, unique ids
    static double weightedJaccard(const QMap<QString, double> &a, const QMap<QString, double> &b);
    static QMap<QString, double> shares(const QMap<QString, double> &costByCapability);
};

} // namespace livedna
