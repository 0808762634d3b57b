// The cache loader gives the analyses exactly what the in-memory builder gives them:
// hand-built organisations written through the real CacheWriter into a real SQLite file.
#include "core/analysis/analysiscacheloader.h"
#include "core/analysis/duplication.h"
#include "core/analysis/publicvalue.h"
#include "core/cache/cache.h"
#include "core/cache/cachewriter.h"
#include "tests/support/analysisfixture.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace livedna;
using namespace livedna::test;

class TestAnalysisCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loaderMatchesInMemory_data()
    {
        QTest::addColumn<bool>("portable");
        QTest::newRow("sqlite handle") << false;
        QTest::newRow("QSqlQuery") << true;
    }

    void loaderMatchesInMemory()
    {
        QTemporaryDir dir;
        Cache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite"))).ok);
        const Catalogue cat = analysisCatalogue();
        const QList<Organisation> orgs = analysisOrganisations();
        {
            CacheWriter w(cache.database());
            QVERIFY(w.begin().ok);
            CommonsIndex idx;
            idx.commons = QStringLiteral("fixture");
            idx.title = QStringLiteral("Fixture");
            idx.version = 1;
            idx.published = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
            const Result<qint64> ref = w.upsertCommons(idx, QStringLiteral("test"), QStringLiteral("ab").repeated(32),
                                                       QDateTime::currentDateTimeUtc());
            QVERIFY(ref.ok());
            QVERIFY(w.replaceCatalogue(ref.value(), cat).ok);
            for (const Organisation &o : orgs) {
                const Status st = w.insertOrganisation(ref.value(), o, cat, QStringLiteral("orgs/%1.json").arg(o.code));
                QVERIFY2(st.ok, qPrintable(st.error));
            }
            QVERIFY(w.commit().ok);
        }
        QFETCH(bool, portable);
        AnalysisCacheLoader::setPortableReadsOnly(portable);
        const Result<AnalysisInput> loaded = AnalysisCacheLoader::load(cache);
        AnalysisCacheLoader::setPortableReadsOnly(false);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        const AnalysisInput &in = loaded.value();
        const AnalysisInput mem = AnalysisInput::fromOrganisations(cat, orgs);
        QCOMPARE(in.orgs.size(), mem.orgs.size());
        QCOMPARE(in.services.size(), mem.services.size());
        QCOMPARE(in.instances.size(), mem.instances.size());
        for (const AnalysisInstance &inst : in.instances)
            QVERIFY(inst.rowId > 0); // drill-downs can go back to the row
        QStringList bids, memBids;
        for (size_t i = 0; i < in.instances.size(); ++i) {
            bids << in.orgs.at(in.instances[i].org).code + in.services.at(in.instances[i].service).id
                        + in.instances[i].bid + in.instances[i].uses;
            memBids << mem.orgs.at(mem.instances[i].org).code + mem.services.at(mem.instances[i].service).id
                           + mem.instances[i].bid + mem.instances[i].uses;
        }
        bids.sort();
        memBids.sort();
        QCOMPARE(bids, memBids);

        const DuplicationIndex a = computeDuplication(in);
        const DuplicationIndex b = computeDuplication(mem);
        QCOMPARE(a.capabilities.size(), b.capabilities.size());
        for (int i = 0; i < a.capabilities.size(); ++i) {
            const CapabilityDuplication &x = a.capabilities.at(i);
            const CapabilityDuplication &y = b.capabilities.at(i);
            QCOMPARE(x.capabilityId, y.capabilityId);
            QCOMPARE(x.layer, y.layer);
            QCOMPARE(x.organisations, y.organisations);
            QCOMPARE(x.standardInstances, y.standardInstances);
            QCOMPARE(x.bespokeInstances, y.bespokeInstances);
            QCOMPARE(x.bespokeGbp, y.bespokeGbp);
            QCOMPARE(x.standardBrick, y.standardBrick);
            QCOMPARE(x.savingGbp, y.savingGbp);
        }
        QCOMPARE(a.totalSavingGbp(), 164800.0);

        // Value inputs, volumes and LGSL ids survive the round trip, so PVI agrees too.
        const ValueRanking va = PublicValue::compute(in, ValueWeights::defaults());
        const ValueRanking vb = PublicValue::compute(mem, ValueWeights::defaults());
        QCOMPARE(va.services.size(), vb.services.size());
        for (int i = 0; i < va.services.size(); ++i) {
            QCOMPARE(in.services.at(va.services.at(i).service).id, mem.services.at(vb.services.at(i).service).id);
            QCOMPARE(va.services.at(i).pvi.has_value(), vb.services.at(i).pvi.has_value());
            if (va.services.at(i).pvi)
                QVERIFY(qFuzzyCompare(*va.services.at(i).pvi, *vb.services.at(i).pvi));
        }
    }

    void emptyCacheIsRefusedWithAMessage()
    {
        QTemporaryDir dir;
        Cache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite"))).ok);
        const Result<AnalysisInput> r = AnalysisCacheLoader::load(cache);
        QVERIFY(!r.ok());
        QVERIFY(r.errorString().contains(QStringLiteral("no commons")));
        const Result<AnalysisInput> r2 = AnalysisCacheLoader::load(cache, QStringLiteral("nope"));
        QVERIFY(r2.errorString().contains(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisCache)
#include "tst_analysis_cache.moc"
