#include "core/importers/realsources.h"

#include <QRegularExpression>

namespace livedna {

namespace {

const QString ogl = QStringLiteral("OGL-UK-3.0");

Source make(const QString &id, const QString &title, const QString &publisher, const QString &licence,
            const QString &url, const QString &period)
{
    Source s;
    s.id = id;
    s.title = title;
    s.publisher = publisher;
    s.licence = licence;
    s.url = url;
    s.period = period;
    return s;
}

// "rsx-2023-24" -> "2023-24" when the id is <prefix><period>.
QString periodAfter(const QString &id, const QString &prefix)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}$"));
    if (!id.startsWith(prefix))
        return {};
    const QString p = id.mid(prefix.size());
    return re.match(p).hasMatch() ? p : QString();
}

} // namespace

Source RealSources::byId(const QString &id)
{
    const QString mhclg = QStringLiteral("Ministry of Housing, Communities and Local Government");
    const QString nhsd = QStringLiteral("NHS Digital (now NHS England)");
    if (id == QLatin1String("rs-2017-18")) {
        return make(id, QStringLiteral("Revenue Outturn Summary (RS) 2017-18"), mhclg, ogl,
                    QStringLiteral("https://github.com/BBC-Data-Unit/council-cuts-charts/tree/5b54d08f1af88ee6ba30719b8a2541bfa01e5e6d"),
                    QStringLiteral("2017-18"));
    }
    if (const QString p = periodAfter(id, QStringLiteral("rsx-")); !p.isEmpty()) {
        return make(id, QStringLiteral("Revenue Outturn Service Expenditure Summary (RSX) %1, worksheet 2").arg(p), mhclg, ogl,
                    QStringLiteral("https://github.com/BenGoodair/childrens_social_care_qualitative/tree/57ecb634/Data/Raw"), p);
    }
    if (const QString p = periodAfter(id, QStringLiteral("eric-")); !p.isEmpty()) {
        return make(id, QStringLiteral("Estates Returns Information Collection (ERIC) %1, trust data").arg(p), nhsd, ogl,
                    QStringLiteral("https://github.com/tstephen/srp/tree/74d2e0ed/sreport/src/main/resources/data"), p);
    }
    if (const QString p = periodAfter(id, QStringLiteral("nhs-mrc-")); !p.isEmpty()) {
        return make(id, QStringLiteral("ERIC medical records costs %1 (T06_01 + T06_02), per trust").arg(p), nhsd, ogl,
                    QStringLiteral("https://github.com/regulate-tech/nhstech/tree/629dd4f28dbede6ed6882724556bb6f7ece49dd1/subject-mrc"), p);
    }
    if (id == QLatin1String("nhs-epr-2024-10")) {
        return make(id, QStringLiteral("Secondary care trusts' primary EPR suppliers, 1 October 2024"), QStringLiteral("NHS England"), ogl,
                    QStringLiteral("https://github.com/regulate-tech/nhstech/tree/629dd4f28dbede6ed6882724556bb6f7ece49dd1/subject-mrc"),
                    QStringLiteral("2024-25"));
    }
    if (id == QLatin1String("libraries-catalogues")) {
        return make(id, QStringLiteral("Library catalogues of UK public library services"), QStringLiteral("Libraries Hacked"),
                    QStringLiteral("MIT"), QStringLiteral("https://github.com/LibrariesHacked/catalogues-library/tree/509b34b7"), QString());
    }
    if (id == QLatin1String("planning-scrapers-2019")) {
        return make(id, QStringLiteral("UK planning application scrapers list (February 2019)"), QStringLiteral("aspeakman/UKPlanning"),
                    QStringLiteral("GPL-3.0"), QStringLiteral("https://github.com/aspeakman/UKPlanning/tree/bb93c0f6"), QStringLiteral("2018-19"));
    }
    if (id == QLatin1String("open311-backends")) {
        return make(id, QStringLiteral("Open311 adapter configurations (council street-reporting back ends)"), QStringLiteral("mySociety"),
                    QString(), QStringLiteral("https://github.com/mysociety/open311-adapter/tree/4d3a40d7/conf"), QString());
    }
    if (id == QLatin1String("la-register")) {
        return make(id, QStringLiteral("UK local authority names and codes"), QStringLiteral("mySociety"), QStringLiteral("CC-BY-4.0"),
                    QStringLiteral("https://github.com/mysociety/uk_local_authority_names_and_codes/tree/67ef8b118938678401a452f4f19f669a7221cc73"),
                    QString());
    }
    if (id == QLatin1String("ods-etr")) {
        return make(id, QStringLiteral("ODS NHS trusts (etr)"), QStringLiteral("NHS England Organisation Data Service"), ogl,
                    QStringLiteral("https://github.com/jhau/nhs-spend/tree/1e5af1327e6f84e8479085bfa65a5f579036880f/data"), QString());
    }
    return {};
}

} // namespace livedna
