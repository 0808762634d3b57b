<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AnalysisCacheLoader</name>
    <message>
        <location filename="../core/analysis/analysiscacheloader.cpp" line="114"/>
        <source>cannot read the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysiscacheloader.cpp" line="129"/>
        <source>the cache is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysiscacheloader.cpp" line="134"/>
        <source>the cache holds no commons; run &apos;livedna-cli sync&apos; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysiscacheloader.cpp" line="135"/>
        <source>the cache holds no commons &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisCli</name>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="36"/>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="43"/>
        <source>estimated saving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="45"/>
        <source>people work: no saving (replacing it would cut the frontline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="47"/>
        <source>estimated saving unknown (the brick&apos;s price needs units not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="59"/>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="60"/>
        <source>Analyse commons ID (default: the last synced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="73"/>
        <source>too many arguments; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="109"/>
        <source>unknown organisation &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="116"/>
        <source>Duplication index: for every capability, bespoke spend and the saving from the cheapest commons brick (docs/analysis.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="119"/>
        <source>Only capability ID, with its organisations and instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="132"/>
        <source>unknown capability &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="138"/>
        <source>organisations %1, standard instances %2, bespoke instances %3, bespoke spend %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="142"/>
        <source>The commons lacks a brick for this capability: %1 organisations spending %2 would benefit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="145"/>
        <source>cheapest commons brick %1 at %2; saving %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="150"/>
        <source>bespoke %1 (%2 instances), saving %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="158"/>
        <location filename="../core/cli/analysiscommands.cpp" line="169"/>
        <source>bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="168"/>
        <source>capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="168"/>
        <source>orgs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="168"/>
        <source>std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="169"/>
        <source>bespoke £</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="170"/>
        <source>cheapest brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="170"/>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="170"/>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="171"/>
        <source>estimated saving (low to high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="174"/>
        <source>none: people&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/analysiscommands.cpp" line="176"/>
        <location filename="../core/cli/analysiscommands.cpp" line="189"/>
        <location filename="../core/cli/analysiscommands.cpp" line="236"/>
        <location filename="../core/cli/analysiscommands.cpp" line="323"/>
        <source> + %n unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="184"/>
        <location filename="../core/cli/analysiscommands.cpp" line="231"/>
        <source>Total saving (duplication index): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="187"/>
        <location filename="../core/cli/analysiscommands.cpp" line="234"/>
        <source>Estimated saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="270"/>
        <source>Share of the estimated saving moved to the frontline, 0..1 (default 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="317"/>
        <source>Share moved to the frontline: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="320"/>
        <source>%1 organisations, estimated saving %2, moved to the frontline %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="324"/>
        <source> (duplication index %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="327"/>
        <source>%1 (%2 to %3) %4 posts at %5 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="441"/>
        <source>%1 (%2 of %3 organisations have bricks in this service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="447"/>
        <source>Standard playlist (%1 of %2 mapped organisations): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="180"/>
        <source>(commons lacks one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="197"/>
        <source>An organisation&apos;s savings opportunities, largest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="199"/>
        <source>Organisation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="203"/>
        <source>savings needs an organisation code; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="222"/>
        <source>bespoke %1 in %2 instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="224"/>
        <source>no commons brick yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="226"/>
        <source>saving %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="230"/>
        <source>No bespoke instances: nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="244"/>
        <source>Beside the published claims (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="246"/>
        <source>this commons %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="248"/>
        <source>no estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="250"/>
        <source>%1 per mapped organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="252"/>
        <source>claimed %1 across %2 (%3 each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="260"/>
        <source>claimed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="267"/>
        <source>Frontline shift scenario: the saving as frontline posts, national roll-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="269"/>
        <location filename="../core/cli/analysiscommands.cpp" line="345"/>
        <source>Only this organisation (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="271"/>
        <source>Override a post&apos;s annual cost, e.g. nurse=41000 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="280"/>
        <source>--share must be a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="290"/>
        <source>Set on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="295"/>
        <source>--post wants ID=GBP with a known post id and a cost above 0: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="332"/>
        <source>Post costs are assumptions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="343"/>
        <source>Public Value Index per service and organisation (docs/analysis.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="346"/>
        <source>Weight of a value input, e.g. outcome=2 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="348"/>
        <source>Weight of quality in the index (default 0.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="349"/>
        <source>Weight of cost per transaction in the index (default 0.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="362"/>
        <source>--quality and --economy want a number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="368"/>
        <source>--weight wants KEY=W with W of 0 or more: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="388"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="393"/>
        <source>(%1 of %2 services scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="396"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="403"/>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="404"/>
        <source>%1 reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="405"/>
        <source>%1 mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="408"/>
        <source>%1 per transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="409"/>
        <source>no volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="418"/>
        <source>Process similarity of one service across organisations: capability-set Jaccard, cost-weighted similarity and the standard playlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="421"/>
        <source>LGSL id, service id or service name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="425"/>
        <source>similarity needs a service (LGSL id, id or name); see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="432"/>
        <source>no service matches &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="450"/>
        <source>org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="450"/>
        <source>distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="450"/>
        <source>cost dist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="451"/>
        <source>mean J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="451"/>
        <source>mean cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="451"/>
        <source>capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="454"/>
        <source>not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="471"/>
        <source>Duplication index by capability, with savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="472"/>
        <source>An organisation&apos;s savings opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="473"/>
        <source>Savings as frontline posts, national roll-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="474"/>
        <source>Public Value Index by service and organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="475"/>
        <source>Process similarity of one service across organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <location filename="../ui/analysis/analysisviewsupport.cpp" line="17"/>
        <source>No cache is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../ui/application.cpp" line="37"/>
        <source>LiveDNA: what public services are made of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="40"/>
        <source>Use this cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="43"/>
        <source>Do not offer the demo commons when the cache is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="53"/>
        <source>LiveDNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="54"/>
        <source>The cache %1 could not be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaData</name>
    <message>
        <location filename="../core/area/areadata.cpp" line="52"/>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areadata.cpp" line="65"/>
        <source>expected a share between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areadata.cpp" line="176"/>
        <source>Not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areadata.cpp" line="180"/>
        <source>expected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaResolver</name>
    <message>
        <location filename="../core/area/arearesolver.cpp" line="119"/>
        <source>MP: none in the data
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/arearesolver.cpp" line="120"/>
        <source>MP: %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/arearesolver.cpp" line="120"/>
        <source>party unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/arearesolver.cpp" line="121"/>
        <source>Councils (share of the constituency&apos;s residents):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/arearesolver.cpp" line="123"/>
        <location filename="../core/area/arearesolver.cpp" line="128"/>
        <source>  none in this commons
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/arearesolver.cpp" line="126"/>
        <source>NHS acute trusts (share of residents in the catchment):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/area/arearesolver.cpp" line="132"/>
        <source>  and %n more trust(s) each serving under 1%
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/area/arearesolver.cpp" line="134"/>
        <source>Not resolved:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/arearesolver.cpp" line="170"/>
        <location filename="../core/area/arearesolver.cpp" line="201"/>
        <source>no commons with organisations is synced into the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/arearesolver.cpp" line="172"/>
        <source>this commons holds no document for this council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/arearesolver.cpp" line="173"/>
        <source>this commons holds no councils in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/arearesolver.cpp" line="202"/>
        <source>this commons holds no document for this trust (it may have closed or merged since the 2022 catchments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/arearesolver.cpp" line="219"/>
        <source>the data gives no district for this constituency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/arearesolver.cpp" line="222"/>
        <source>the NHS catchments in the data cover England only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Baselines</name>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="35"/>
        <source>The cache holds no commons; sync one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="38"/>
        <source>Organisation %1 publishes no service &apos;%2&apos; in commons %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="42"/>
        <source>Redesign of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="78"/>
        <source>A new service: there is no published baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="85"/>
        <source>The cache does not hold commons %1, so the baseline cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="93"/>
        <source>%1 no longer publishes service &apos;%2&apos; (commons version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="99"/>
        <source>The baseline is up to date (commons version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proposal/baseline.cpp" line="102"/>
        <source>The published service changed since this draft started (version %1 → %2): %n change(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrickGraphBuilder</name>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="29"/>
        <source>cost not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="30"/>
        <source>est. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="142"/>
        <source>not mapped into bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/render/brickgraph.cpp" line="143"/>
        <source>%n brick(s) · %1 a year · %2 bespoke</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/render/brickgraph.cpp" line="147"/>
        <source>%n system(s), cost not published</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="174"/>
        <source>None in the commons yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="176"/>
        <source>Already the cheapest commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="178"/>
        <source>%1 — %2 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="181"/>
        <source> (up to %1 less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="184"/>
        <source>Capability: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="185"/>
        <source>frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="185"/>
        <source>overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="187"/>
        <source>Standard: uses commons brick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="188"/>
        <source>Bespoke: built or bought by this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="190"/>
        <source>Annual cost: %1 (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="191"/>
        <source>Annual cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="192"/>
        <source>Staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="193"/>
        <source>Cheapest commons alternative: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="214"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="216"/>
        <source>Capability: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="217"/>
        <source>Product: not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="218"/>
        <source>Product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="219"/>
        <source>Annual cost: not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="274"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="332"/>
        <source>unknown capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="500"/>
        <source>Frontline (circle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="501"/>
        <source>Overhead (square)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="502"/>
        <source>Standard commons brick (solid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="503"/>
        <source>Bespoke (hatched, dashed edge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="511"/>
        <source>System: cost not published (no fill, fixed size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="513"/>
        <source>Estimated cost (dotted ring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="514"/>
        <source>Area ∝ annual cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleChooser</name>
    <message>
        <location filename="../ui/bundlechooser.cpp" line="23"/>
        <source>Commons bundles (*.tar.zst *.tzst *.tar.xz *.txz *.tar.gz *.tgz *.tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bundlechooser.cpp" line="23"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bundlechooser.cpp" line="13"/>
        <source>Sync from a commons bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleCli</name>
    <message>
        <location filename="../core/cli/bundlecommands.cpp" line="25"/>
        <source>Packs a commons folder into one file for a hand-over with no network: index.json, its
signature and every document it lists, each checked against the index first. The
compression follows OUT&apos;s name: .tar.zst (best), .tar.xz, .tar.gz or .tar. The receiver
runs &apos;livedna-cli sync OUT&apos;, which checks the bundle as it checks a folder.
Exit codes: 0 written, 1 usage error, 2 the commons is invalid (nothing written),
3 a file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/bundlecommands.cpp" line="31"/>
        <source>The commons folder (holding index.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/bundlecommands.cpp" line="32"/>
        <source>The bundle to write, e.g. commons.tar.zst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/bundlecommands.cpp" line="33"/>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/bundlecommands.cpp" line="35"/>
        <source>livedna-cli bundle COMMONS_DIR OUT.tar.zst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/bundlecommands.cpp" line="40"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/bundlecommands.cpp" line="46"/>
        <source>wrong number of arguments; usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/bundlecommands.cpp" line="50"/>
        <source>%1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/bundlecommands.cpp" line="52"/>
        <source>%1: name the bundle .tar.zst, .tar.xz, .tar.gz or .tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/bundlecommands.cpp" line="57"/>
        <source>livedna-cli: bundle of %1 not written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/bundlecommands.cpp" line="65"/>
        <source>Wrote %1: %n file(s), %2 packed into %3 (%4).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/bundlecommands.cpp" line="77"/>
        <source>Pack a commons folder into one .tar.zst file for an offline hand-over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleSource</name>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="28"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="88"/>
        <source>has an absolute path; a bundle holds only relative paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="91"/>
        <source>leads outside the bundle (“..”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="93"/>
        <source>is not a plain relative path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="96"/>
        <source>has an unsafe path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="104"/>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="110"/>
        <source>no room to unpack it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="124"/>
        <location filename="../core/sync/bundlesource.cpp" line="152"/>
        <source>is damaged, truncated or not a bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="143"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="154"/>
        <source>holds more than %1 entries; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="157"/>
        <source>holds an entry whose name is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="161"/>
        <source>is a hard link; a bundle holds only files and folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="164"/>
        <source>is a symbolic link; a bundle holds only files and folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="166"/>
        <source>is a device, pipe or socket; a bundle holds only files and folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="171"/>
        <source>cannot be unpacked as a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="184"/>
        <source>appears twice in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="187"/>
        <source>is %1 bytes; a bundle entry may be at most %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="192"/>
        <location filename="../core/sync/bundlesource.cpp" line="212"/>
        <source>unpacks to more than %1 bytes; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="196"/>
        <location filename="../core/sync/bundlesource.cpp" line="219"/>
        <source>cannot be unpacked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="204"/>
        <source>is damaged or truncated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="208"/>
        <source>unpacks to more than %1 bytes; a bundle entry may be at most that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="215"/>
        <source>unpacks to more than %1 times the bundle&apos;s size: a decompression bomb; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="239"/>
        <source>holds no index.json (at its top or in its one top-level folder); not a commons bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlesource.cpp" line="266"/>
        <source>was not unpacked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <location filename="../core/sync/bundlewriter.cpp" line="28"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlewriter.cpp" line="67"/>
        <source>cannot write %1 into it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlewriter.cpp" line="182"/>
        <source>name it .tar.zst, .tar.xz, .tar.gz or .tar to say how to compress it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlewriter.cpp" line="192"/>
        <location filename="../core/sync/bundlewriter.cpp" line="200"/>
        <location filename="../core/sync/bundlewriter.cpp" line="213"/>
        <location filename="../core/sync/bundlewriter.cpp" line="215"/>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlewriter.cpp" line="196"/>
        <source>this libarchive cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/bundlewriter.cpp" line="150"/>
        <source>the extra file &quot;%1&quot; has an unsafe path or no byte count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <location filename="../core/cache/cache.cpp" line="276"/>
        <source>Cannot use the cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cache.cpp" line="716"/>
        <source>Cannot record the public key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cache.cpp" line="718"/>
        <source>The cache holds no commons named %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheQueries</name>
    <message>
        <location filename="../core/models/cachequeries.cpp" line="24"/>
        <source>cannot read instances of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/cachequeries.cpp" line="49"/>
        <source>cannot build the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheWriter</name>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="67"/>
        <source>Cannot write the cache (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="290"/>
        <source>%1: organisation %2 is published by more than one document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="291"/>
        <source>%1: organisation %2 is published by more than one document for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="466"/>
        <source>Cannot check references: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="474"/>
        <source>the new bricks.json no longer has the brick &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="477"/>
        <source>the new bricks.json no longer has the capability &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeBrickCost</name>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="29"/>
        <source>Change cost of “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeBrickFte</name>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="35"/>
        <source>Change FTE of “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="36"/>
        <source>Clear FTE of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeBrickName</name>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="23"/>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeProposalText</name>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="160"/>
        <source>Change title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="160"/>
        <source>Edit rationale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../core/cli/cli.cpp" line="58"/>
        <source>Usage: livedna-cli [--cache FILE] COMMAND [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="59"/>
        <source>The cache is --cache FILE, else $LIVEDNA_CACHE, else %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="62"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="66"/>
        <source>Run &apos;livedna-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="67"/>
        <source>Exit codes: 0 done, 1 usage error, 2 data invalid or refused, 3 I/O or network failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="92"/>
        <source>livedna-cli: --cache needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="138"/>
        <source>livedna-cli: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/rendercommands.cpp" line="21"/>
        <source>Render a service&apos;s brick graph, an organisation&apos;s dashboard, or the DNA matrix to SVG, PNG or PDF (chosen by the --out file&apos;s extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/rendercommands.cpp" line="25"/>
        <source>Write to FILE (.svg, .png or .pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/rendercommands.cpp" line="27"/>
        <source>Render the DNA matrix of every organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/rendercommands.cpp" line="30"/>
        <source>Organisation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/rendercommands.cpp" line="31"/>
        <source>Service id: render its brick graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/rendercommands.cpp" line="42"/>
        <source>render needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/rendercommands.cpp" line="44"/>
        <source>%1: use a .svg, .png or .pdf file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/rendercommands.cpp" line="46"/>
        <source>render needs the Qt GUI libraries to draw text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/rendercommands.cpp" line="48"/>
        <source>usage: render ORG [SERVICE] --out FILE, or render --matrix --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/rendercommands.cpp" line="66"/>
        <source>the cache holds no organisations; run &apos;livedna-cli sync&apos; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/rendercommands.cpp" line="70"/>
        <source>DNA matrix — %1 organisations × %2 capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/rendercommands.cpp" line="76"/>
        <source>no organisation &apos;%1&apos; in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/rendercommands.cpp" line="84"/>
        <source>%1 has no service &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/rendercommands.cpp" line="98"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/rendercommands.cpp" line="107"/>
        <source>Render a brick graph, an organisation dashboard or the DNA matrix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonsCli</name>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="78"/>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="87"/>
        <location filename="../core/cli/commonscommands.cpp" line="95"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="93"/>
        <source>livedna-cli: wrong number of arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="182"/>
        <source>No organisation runs its own instance of that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="189"/>
        <source>product not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="225"/>
        <source>Refuse an index whose expiry date has passed instead of warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="228"/>
        <source>Pin this Ed25519 public key (keygen&apos;s .pub file): index.json must be signed by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="231"/>
        <source>Print no progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="233"/>
        <source>livedna-cli sync [--strict] SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="252"/>
        <location filename="../core/cli/commonscommands.cpp" line="381"/>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="254"/>
        <source>%1: no index.json in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="256"/>
        <location filename="../core/cli/commonscommands.cpp" line="378"/>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="258"/>
        <source>%1: unsupported source; give a folder, a file://, http:// or https:// URL, or &apos;demo&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="278"/>
        <source>sync: %1% (%2 of %3) %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="282"/>
        <source>sync: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="314"/>
        <source>livedna-cli: sync from %1 failed; the cache is unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="315"/>
        <source>livedna-cli: sync from %1 refused; the cache is unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="325"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="329"/>
        <source>Commons: %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="331"/>
        <source>Nothing new: version %1 is already in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="335"/>
        <source>Version: %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="337"/>
        <source>Version: new -&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="347"/>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="348"/>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="349"/>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/commonscommands.cpp" line="350"/>
        <source>Fetched %n document(s), %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="352"/>
        <source>Warnings: %1 (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="360"/>
        <source>Checks a commons folder (its index.json and every document it lists) or one document
(index.json, bricks.json or an organisation) against the commons format, and lists
every problem with its file and JSON location. &apos;demo&apos; checks the bundled demo commons.
Exit codes: 0 valid, 1 usage error, 2 problems found, 3 the path cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="364"/>
        <source>Commons folder or one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="365"/>
        <source>livedna-cli validate PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="374"/>
        <source>%1: no readable index.json in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="385"/>
        <source>%1: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/commonscommands.cpp" line="391"/>
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="787"/>
        <source>Bring a commons (folder, bundle, URL or &apos;demo&apos;) into the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="793"/>
        <source>Count separately run instances of each capability, by product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="426"/>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="397"/>
        <source>Which commons (default: the one synced most recently).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="430"/>
        <source>livedna-cli orgs [--json] [--commons ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="409"/>
        <source>no commons &apos;%1&apos; in the cache %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="216"/>
        <source>Brings a commons into the cache, completely or not at all, and prints what changed.
SOURCE is a folder, a file:// URL, an http:// or https:// URL of the folder or of its
index.json, &apos;demo&apos; for the illustrative commons bundled with LiveDNA, or a bundle file
from &apos;livedna-cli bundle&apos; (.tar.zst), checked as a folder is: a bundle with paths
outside it, links, devices or too much to unpack is refused (2).
Exit codes: 0 done (or nothing new), 1 usage error, 2 data invalid or refused
(the cache is unchanged), 3 source or cache could not be read or reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="223"/>
        <source>Folder, bundle, URL or &apos;demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="419"/>
        <source>Lists the organisations in the cache with their service count and annual cost split
into frontline and overhead (the sum of their services&apos; bricks), beside the spend they
reported split by layer, for each organisation&apos;s latest period. With --json, prints an
array of objects: code, name, kind, type, region, services, total_gbp, frontline_gbp,
overhead_gbp, reported_gbp (null when no service reports a cost), reported_frontline_gbp,
reported_overhead_gbp, reported_unclassified_gbp (each null when no service is in it),
reported_unknown (services with no reported cost), period and periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="450"/>
        <source>The cache %1 holds no organisations yet; try &apos;livedna-cli sync demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="458"/>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="458"/>
        <location filename="../core/cli/commonscommands.cpp" line="722"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="458"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="458"/>
        <source>SERVICES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="458"/>
        <source>PERIOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="459"/>
        <source>REP. FRONTLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="459"/>
        <source>REP. OVERHEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="459"/>
        <source>UNCLASSIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="459"/>
        <source>MAPPED FRONTLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="460"/>
        <source>MAPPED OVERHEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/commonscommands.cpp" line="476"/>
        <source>unknown (%n service(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="479"/>
        <source>%1 + %2 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="490"/>
        <source>not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="519"/>
        <source>Shows one organisation (by code, or by its exact name) for one period (default: the
latest) and each of its services with its reported spend and layer, and the total,
frontline and overhead cost mapped into bricks, its number of bricks and how many are
bespoke. With --json, prints one object: code, name, kind, period, periods, sources,
total_gbp, frontline_gbp, overhead_gbp, reported_gbp, reported_frontline_gbp,
reported_overhead_gbp, reported_unclassified_gbp, reported_unknown and services [{id,
name, period, layer, total_gbp, frontline_gbp, overhead_gbp, reported_gbp, reported
{employees_gbp, running_gbp, income_gbp, net_gbp, source}, source, bricks, bespoke,
instances [{id, name, capability, uses, annual_cost_gbp, basis, source}], systems [{id,
name, capability, product}]}]; an unknown figure is null, never 0.
Exit code 1 when the organisation (or the period) is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="533"/>
        <source>Which period (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="538"/>
        <source>livedna-cli show [--json] [--commons ID] [--period YYYY-YY] ORG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="569"/>
        <source>no period %1 for &apos;%2&apos; in the cache; it holds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="697"/>
        <source>periods held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="701"/>
        <source>Reported %1: %2 (frontline %3, overhead %4, unclassified %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="706"/>
        <location filename="../core/cli/commonscommands.cpp" line="708"/>
        <source>Reported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="710"/>
        <source>Mapped into bricks: total %1, frontline %2, overhead %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="714"/>
        <source>Mapped into bricks: nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="717"/>
        <source>Source %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="722"/>
        <source>LAYER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="724"/>
        <source>SINCE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="725"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="725"/>
        <source>FRONTLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="725"/>
        <source>OVERHEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="530"/>
        <source>Organisation code (e.g. E06000023) or exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="531"/>
        <location filename="../core/cli/commonscommands.cpp" line="754"/>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="563"/>
        <source>no organisation &apos;%1&apos; in the cache %2; &apos;livedna-cli orgs&apos; lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="695"/>
        <source>period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="476"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="722"/>
        <source>SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="458"/>
        <location filename="../core/cli/commonscommands.cpp" line="722"/>
        <source>REPORTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="725"/>
        <source>BRICKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="725"/>
        <source>BESPOKE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="725"/>
        <source>SYSTEMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="728"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="745"/>
        <source>Separately run instances: for each capability (or the one given), how many organisations
run their own instance of it (a bespoke brick or a system of that capability, in their
latest period) and on which product, e.g. &quot;152 organisations each run their own library
management system: 45 on Spydus, 36 on Arena, ...&quot;. --verbose lists the organisations.
With --json, prints an array of {capability, name, organisations, by_product: [{product,
name, vendor, organisations}]}, where each organisations is an array of {code, name}
(its length is the count) and product is null for instances of unknown product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="752"/>
        <source>A capability id (default: every capability).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="756"/>
        <source>List the organisations behind each number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="761"/>
        <source>livedna-cli instances [--json] [--verbose] [--commons ID] [CAPABILITY]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="772"/>
        <source>no capability &apos;%1&apos; in the commons&apos; catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="789"/>
        <source>Check a commons folder or document; list every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="791"/>
        <source>List organisations with their costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="792"/>
        <source>Show one organisation&apos;s services and costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonsReader</name>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="58"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="60"/>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="60"/>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="62"/>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="64"/>
        <source>the string %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="66"/>
        <location filename="../core/commons/commonsreader.cpp" line="293"/>
        <location filename="../core/commons/commonsreader.cpp" line="649"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="68"/>
        <location filename="../core/commons/commonsreader.cpp" line="277"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="72"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commons/commonsreader.cpp" line="255"/>
        <source>… and %n more problem(s) not listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="308"/>
        <source>“%1” must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="318"/>
        <source>a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="318"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="359"/>
        <source>“%1” must be an id of lower-case letters, digits, “.” and “-” that starts with a letter or digit ([a-z0-9][a-z0-9.-]*); found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="369"/>
        <source>an id ([a-z0-9][a-z0-9.-]*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="412"/>
        <location filename="../core/commons/commonsreader.cpp" line="474"/>
        <source>“%1” must be %2; found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="435"/>
        <source>“%1” must be one of %2; found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="452"/>
        <source>unsupported format version %1: this version of LiveDNA reads %2 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="456"/>
        <source>“format” must be “%1”; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="463"/>
        <source>required field “%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="491"/>
        <source>a number, or null when not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="511"/>
        <source>“source” must be “&lt;source id&gt;#&lt;locator&gt;”, such as “rsx-2023-24#line 25: E06000001, C7”; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="517"/>
        <source>“source” names the source %1, which is not listed in this document&apos;s “sources”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="587"/>
        <source>a number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="589"/>
        <source>an integer ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="591"/>
        <source>an integer ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="593"/>
        <source>a number between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="599"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="631"/>
        <source>the file is empty; expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="636"/>
        <source>JSON nesting is deeper than %1 levels; refused before parsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="644"/>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="648"/>
        <source>the document must be a JSON object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="649"/>
        <source>a scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="692"/>
        <source>“%1” must be an RFC 3339 date-time such as 2026-11-01T09:00:00Z; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="698"/>
        <source>“%1” must be a UTC time ending in “Z”; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="933"/>
        <source>a document entry must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="804"/>
        <source>unsafe path %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="809"/>
        <source>duplicate path %1 (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="819"/>
        <source>path %1 differs only in letter case from the path at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="831"/>
        <source>an organisation entry must name its organisation code in “org”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="885"/>
        <source>64 lower-case hexadecimal digits (the SHA-256 of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="946"/>
        <source>the index must list exactly one document of type “bricks”; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="995"/>
        <source>a capability must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="967"/>
        <source>duplicate capability id %1 (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1097"/>
        <location filename="../core/commons/commonsreader.cpp" line="1243"/>
        <source>a brick must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1068"/>
        <source>duplicate brick id %1 (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1010"/>
        <source>capability %1 is not one of the capabilities in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1155"/>
        <source>an integer ≥ 1 (a Local Government Service List id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1262"/>
        <source>duplicate brick id %1 in this service (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1188"/>
        <source>“uses” must name a brick from bricks.json; found an empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1194"/>
        <source>a bespoke brick (one without “uses”) must state its “capability”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1198"/>
        <source>“capability” must name a capability from bricks.json; found an empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1338"/>
        <source>a flow must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1344"/>
        <source>“from” names %1, which is not a brick of this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1347"/>
        <source>“to” names %1, which is not a brick of this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1397"/>
        <location filename="../core/commons/commonsreader.cpp" line="1606"/>
        <source>organisation code %1 does not match the index entry&apos;s “org” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1379"/>
        <source>a neighbour must be an organisation code (a non-empty string); found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="337"/>
        <source>“%1” must not contain control characters; found U+%2 at character %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="468"/>
        <source>“%1” must be %2 (the format&apos;s upper bound); found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="575"/>
        <source>at most %1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="577"/>
        <source>between -%1 and %1 pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="578"/>
        <source>at most %1 pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="662"/>
        <source>“%1” must be a financial year written YYYY-YY, such as 2025-26; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="668"/>
        <source>“%1” %2 must end with the year after %3 (%3-%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="716"/>
        <source>“%1” must be an RFC 3339 date such as 2026-11-01; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="773"/>
        <source>a source must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="779"/>
        <source>duplicate source id %1 (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="842"/>
        <source>organisation %1 is listed twice (also at %2); several documents of one organisation each need their own “period”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="846"/>
        <source>organisation %1 is listed twice for the period %2 (also at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="902"/>
        <source>organisation %1 has %2 documents in this index, so each of its entries must carry “period”, equal to its document&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1027"/>
        <source>a product must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1033"/>
        <source>duplicate product id %1 (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1138"/>
        <source>“net_gbp” %1 must equal the service&apos;s “reported_cost_gbp” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1190"/>
        <source>“uses” names %1, which is not a brick in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1204"/>
        <location filename="../core/commons/commonsreader.cpp" line="1278"/>
        <source>“capability” names %1, which is not a capability in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1223"/>
        <source>an estimated brick must name its method and inputs in “source”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1282"/>
        <source>“product” must name a product from bricks.json; found an empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1284"/>
        <source>“product” names %1, which is not a product in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1301"/>
        <source>a system must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1307"/>
        <source>duplicate system id %1 in this service (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1309"/>
        <source>system id %1 is also the id of a brick of this service; a system&apos;s id must differ from its bricks&apos; ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1433"/>
        <source>a service must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1439"/>
        <source>duplicate service id %1 (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1470"/>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1552"/>
        <source>the index is %1 bytes, over the limit of %2 bytes (64 MiB); refused before parsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1611"/>
        <source>“period” %1 does not match the index entry&apos;s “period” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1621"/>
        <source>the document&apos;s catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1687"/>
        <source>the path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1689"/>
        <source>it must be relative, not start with “/”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1691"/>
        <source>it must use “/”, not a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1694"/>
        <source>it must not contain a scheme or drive (“:”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1698"/>
        <source>it must not contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1702"/>
        <source>it must not contain “%”, “?” or “#”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1712"/>
        <source>it must not contain an empty segment (“//” or a trailing “/”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1714"/>
        <source>it must not contain “..”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1716"/>
        <source>it must not contain “.” segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1760"/>
        <source>no index.json in this folder; a commons needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1531"/>
        <location filename="../core/commons/commonsreader.cpp" line="1764"/>
        <location filename="../core/commons/commonsreader.cpp" line="1804"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1521"/>
        <source>listed in index.json but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1526"/>
        <source>resolves outside the commons folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1670"/>
        <source>is larger than the %1 bytes index.json gives for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1672"/>
        <source>is %1 bytes long but index.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1675"/>
        <source>SHA-256 is %1 but index.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1802"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1806"/>
        <source>the file is over the limit of %1 bytes (64 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1831"/>
        <source>references not checked: the catalogue %1 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1837"/>
        <source>no “format” field: expected livedna-commons/1, livedna-bricks/1 or livedna-org/1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1838"/>
        <source>unknown format %1: expected livedna-commons/1, livedna-bricks/1 or livedna-org/1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparatorText</name>
    <message>
        <location filename="../core/analysis/comparators.cpp" line="13"/>
        <source>its published neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/comparators.cpp" line="15"/>
        <source>organisations of the same kind and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/comparators.cpp" line="17"/>
        <source>organisations of the same kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/comparators.cpp" line="21"/>
        <source>no comparable organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../core/proposal/compare.cpp" line="106"/>
        <source>Added brick “%1” (%2 a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/compare.cpp" line="109"/>
        <source>Removed brick “%1” (%2 a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/compare.cpp" line="113"/>
        <source>Replaced “%1” with commons brick “%2” (%3 a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/compare.cpp" line="115"/>
        <source>Changed brick “%1”: %2 (%3 a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/compare.cpp" line="122"/>
        <source>Added flow %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/compare.cpp" line="125"/>
        <source>Removed flow %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/compare.cpp" line="128"/>
        <source>Relabelled flow %1 → %2 from “%3” to “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/compare.cpp" line="133"/>
        <source>Service details changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/compare.cpp" line="134"/>
        <source>Total: %1 → %2 a year (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConstituencyImporter</name>
    <message>
        <location filename="../core/importers/constituencyimporter.cpp" line="101"/>
        <source>%1: district %2 is not in the council register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/constituencyimporter.cpp" line="102"/>
        <source>not in the council register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/constituencyimporter.cpp" line="115"/>
        <source>%1: %2 (%3) is now %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/constituencyimporter.cpp" line="132"/>
        <source>%1: its county %2 is not a current council in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/constituencyimporter.cpp" line="147"/>
        <location filename="../core/importers/constituencyimporter.cpp" line="227"/>
        <source>%1: no column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/constituencyimporter.cpp" line="155"/>
        <source>%1: no constituency code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/constituencyimporter.cpp" line="159"/>
        <source>%1: %2 listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/constituencyimporter.cpp" line="174"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/constituencyimporter.cpp" line="177"/>
        <source>%1: not a JSON object of districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/constituencyimporter.cpp" line="190"/>
        <source>%1: constituency %2 has no MP row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/constituencyimporter.cpp" line="194"/>
        <source>%1: the register gives no population for %2, so its share of the constituency is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/constituencyimporter.cpp" line="238"/>
        <source>%1: no trust code or no proportion between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/constituencyimporter.cpp" line="255"/>
        <source>No trust names (%1); trusts are named by their codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/constituencyimporter.cpp" line="316"/>
        <source>%1 (%2) overlaps no district in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/constituencyimporter.cpp" line="330"/>
        <source>Council shares: each district&apos;s share of a constituency is its population (pop-2020) times the share of the district in the constituency, over the constituency&apos;s total. Trust shares: catchment populations fitted so that trusts&apos; residents add up to each district&apos;s population (largest district error %1%), then shared by the catchment proportions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/constituencyimporter.cpp" line="347"/>
        <source>Missing: the constituency folder must hold %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilImporter</name>
    <message>
        <location filename="../core/importers/councilimporter.cpp" line="60"/>
        <source>Not a similarity label file: needs columns local-authority-code and label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/councilimporter.cpp" line="81"/>
        <source>not in England (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/councilimporter.cpp" line="81"/>
        <source>nation not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/councilimporter.cpp" line="85"/>
        <source>%1 has no usable GSS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/councilimporter.cpp" line="125"/>
        <source>no neighbours: %1 is not in the similarity clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/councilimporter.cpp" line="126"/>
        <source>no neighbours: no council of the same tier shares enough labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/councilimporter.cpp" line="137"/>
        <source>no population in the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <location filename="../core/importers/coverage.cpp" line="65"/>
        <source>Cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/coverage.cpp" line="85"/>
        <source>Organisations: %1 (%2 councils, %3 NHS trusts, %4 other)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/coverage.cpp" line="90"/>
        <source>Documents: %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/coverage.cpp" line="91"/>
        <source>Services: %1 (%2 with a reported cost, %3 with a layer)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/coverage.cpp" line="93"/>
        <source>Bricks: %1 published, %2 estimated
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/coverage.cpp" line="94"/>
        <source>Systems: %1 (%2 with a known product)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/coverage.cpp" line="95"/>
        <source>Figures per source:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/coverage.cpp" line="98"/>
        <source>Figures with no source: %1; sources not listed in their document: %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/importers/csvreader.cpp" line="89"/>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/csvreader.cpp" line="91"/>
        <source>The file is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/csvreader.cpp" line="182"/>
        <source>Line %1: a quoted field is never closed (missing &quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPainter</name>
    <message numerus="yes">
        <location filename="../core/render/dashboardpaint.cpp" line="41"/>
        <source>%n other service(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/render/dashboardpaint.cpp" line="53"/>
        <source>%1 a year · %2 frontline · %3 of spend on bespoke bricks · period %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/dashboardpaint.cpp" line="101"/>
        <source>Nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/dashboardpaint.cpp" line="196"/>
        <source>Spend by service: frontline and overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/dashboardpaint.cpp" line="197"/>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/dashboardpaint.cpp" line="197"/>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/dashboardpaint.cpp" line="198"/>
        <source>Standard commons bricks versus bespoke, by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/dashboardpaint.cpp" line="199"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/dashboardpaint.cpp" line="199"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/dashboardpaint.cpp" line="208"/>
        <source>Mapping coverage: share of reported cost mapped into bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/dashboardpaint.cpp" line="209"/>
        <source>Mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/dashboardpaint.cpp" line="209"/>
        <source>No service of this organisation publishes a reported cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/dashboardpaint.cpp" line="229"/>
        <source>Compared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/dashboardpaint.cpp" line="230"/>
        <location filename="../core/render/dashboardpaint.cpp" line="231"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/dashboardpaint.cpp" line="232"/>
        <location filename="../core/render/dashboardpaint.cpp" line="233"/>
        <source>Overhead share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/dashboardpaint.cpp" line="234"/>
        <source>Bespoke share of bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/dashboardpaint.cpp" line="235"/>
        <source>Bespoke share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/dashboardpaint.cpp" line="237"/>
        <source>Cost per resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/dashboardpaint.cpp" line="238"/>
        <source>Population not published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnaMatrix</name>
    <message>
        <location filename="../core/render/matrixpaint.cpp" line="190"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/matrixpaint.cpp" line="193"/>
        <source>standard (commons), low → high cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/matrixpaint.cpp" line="196"/>
        <source>bespoke (dark corner), low → high cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/matrixpaint.cpp" line="199"/>
        <location filename="../core/render/matrixpaint.cpp" line="200"/>
        <source>frontline column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/matrixpaint.cpp" line="204"/>
        <source>overhead column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/dnamatrix.cpp" line="153"/>
        <source>cannot read the DNA matrix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/dnamatrix.cpp" line="173"/>
        <source>cannot read the systems of the DNA matrix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="43"/>
        <source>this build of LiveDNA has no bundled demo commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="54"/>
        <source>not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="61"/>
        <source>a commons URL names its folder or its index.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="74"/>
        <source>not a valid file:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="78"/>
        <source>unsupported kind of URL: use a folder, file://, http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="89"/>
        <source>a commons is a folder or its index.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="94"/>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="80"/>
        <source>Cannot use the drafts file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proposal/draftstore.cpp" line="132"/>
        <source>LiveDNA did not close properly last time. Your %n draft(s) were reopened as of their last saved edit; nothing saved was lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="150"/>
        <source>Cannot create a draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="169"/>
        <source>Cannot save draft %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="171"/>
        <source>Draft %1 no longer exists in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="182"/>
        <source>There is no draft %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="183"/>
        <source>%1 (draft %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="230"/>
        <source>Cannot delete draft %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Effect</name>
    <message>
        <location filename="../core/proposal/effect.cpp" line="71"/>
        <source>%1 a year of frontline spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/effect.cpp" line="74"/>
        <source>%1 frontline FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/effect.cpp" line="75"/>
        <source>Frontline cut: this proposal removes %1. This is a cut to the frontline, not a saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/effect.cpp" line="77"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EricImporter</name>
    <message>
        <location filename="../core/importers/ericimporter.cpp" line="69"/>
        <source>No line among the first ten has an “Organisation Code” column: not an ERIC trust file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/ericimporter.cpp" line="81"/>
        <source>line %1 names none of the facility cost columns (e.g. “Cleaning service cost (£)”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/ericimporter.cpp" line="101"/>
        <source>%1 blank: not published, no brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/ericimporter.cpp" line="102"/>
        <source>%1 published as &apos;%2&apos;: no brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/ericimporter.cpp" line="122"/>
        <source>waste: %1 not published, so no waste brick (the streams are summed only when all are published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/ericimporter.cpp" line="180"/>
        <source>--period (and --into) must be financial years such as 2016-17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/ericimporter.cpp" line="213"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <location filename="../core/render/export.cpp" line="38"/>
        <location filename="../core/render/export.cpp" line="41"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="71"/>
        <source>Made with LiveDNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="85"/>
        <source>%1: could not encode the PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="106"/>
        <location filename="../core/render/export.cpp" line="390"/>
        <source>%1: unknown picture format; use a .svg, .png or .pdf file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="268"/>
        <source>Standard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="268"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="272"/>
        <source>Cheapest commons alternative: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="343"/>
        <source>● circle = frontline   ■ square = overhead   area ∝ annual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="344"/>
        <source>solid = standard commons brick   hatched with dashed edge = bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="379"/>
        <source>There is no service graph to save: select a service first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../core/export/exporter.cpp" line="64"/>
        <source>Baseline: service “%1” (%2) of %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="66"/>
        <source>Commons %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="67"/>
        <source>Organisation document SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="69"/>
        <source>A new service: no published baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="71"/>
        <source>Proposal created %1, last modified %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="85"/>
        <source>Financial year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="92"/>
        <source>%1 publishes no service &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="94"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="95"/>
        <source>%1: published services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="111"/>
        <source>Unknown export format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="121"/>
        <location filename="../core/export/exporter.cpp" line="124"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="192"/>
        <source>Saving on overhead and digital capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="194"/>
        <source>Moved to the frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="196"/>
        <source>Frontline cut (not a saving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="199"/>
        <source>Net change in total cost, frontline cut included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="197"/>
        <source> · commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="197"/>
        <source> · bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="207"/>
        <source>Annual cost before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="221"/>
        <location filename="../core/export/pdfexport.cpp" line="292"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="221"/>
        <location filename="../core/export/pdfexport.cpp" line="292"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="235"/>
        <location filename="../core/export/pdfexport.cpp" line="337"/>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="237"/>
        <location filename="../core/export/pdfexport.cpp" line="337"/>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="246"/>
        <source>PDF export needs the graphical toolkit (fonts), which is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="259"/>
        <source>Cannot start the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="266"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="279"/>
        <location filename="../core/export/pdfexport.cpp" line="335"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="280"/>
        <source>Annual saving: %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="283"/>
        <source>Moved to the frontline: %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="285"/>
        <source>Frontline cut: %1 a year, %2 FTE (not a saving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="292"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="292"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="293"/>
        <source>Total annual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="294"/>
        <source>Frontline cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="295"/>
        <source>Overhead cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="296"/>
        <source>Frontline FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="297"/>
        <source>Overhead FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="298"/>
        <location filename="../core/export/pdfexport.cpp" line="337"/>
        <source>Bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="299"/>
        <source>Bespoke bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="301"/>
        <source>Public Value Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="301"/>
        <location filename="../core/export/pdfexport.cpp" line="302"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="306"/>
        <source>FTE moved from overhead to frontline: %1 · Bespoke bricks removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="314"/>
        <source>Before: the published service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="317"/>
        <source>After: the proposed service (changed bricks outlined in colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="319"/>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="325"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="337"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="337"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="337"/>
        <location filename="../core/export/pdfexport.cpp" line="345"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="351"/>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="354"/>
        <source>Figures computed by LiveDNA with the commons measures: service cost is the sum of its bricks&apos; annual costs, split into frontline and overhead by each brick&apos;s capability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/xmlexport.cpp" line="28"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/xmlexport.cpp" line="30"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message numerus="yes">
        <location filename="../core/models/figures.cpp" line="55"/>
        <source>%n unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="55"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/figures.cpp" line="58"/>
        <source>%1 + %n unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="64"/>
        <source>Unclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="65"/>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="65"/>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="74"/>
        <source>%1%2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="82"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="91"/>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="94"/>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="95"/>
        <source>Running costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="96"/>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="97"/>
        <source>Net expenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="99"/>
        <source>&lt;p style=&apos;color:#4b5563&apos;&gt;Income is sales, fees and charges and other income, as published.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="101"/>
        <source>&lt;p&gt;Net expenditure is negative: income was above spending.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="111"/>
        <location filename="../core/models/figures.cpp" line="155"/>
        <source>licence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="118"/>
        <source>This document lists no sources: its figures are not traced to a published row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="119"/>
        <source>Figures from (each figure&apos;s own row is in its tooltip and detail panel):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="134"/>
        <source>Source: %1 (not listed in the document&apos;s sources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="135"/>
        <source>Source: %1
Row: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="141"/>
        <source>&lt;span style=&apos;color:#b45309&apos;&gt;No source stated&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="147"/>
        <source>%1 &lt;span style=&apos;color:#b45309&apos;&gt;(not listed in the document&apos;s sources)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="156"/>
        <source>%1&lt;br/&gt;&lt;span style=&apos;color:#4b5563&apos;&gt;%2&lt;/span&gt;&lt;br/&gt;Row: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="164"/>
        <source>frontline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="166"/>
        <source>overhead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="168"/>
        <source>unclassified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/figures.cpp" line="171"/>
        <source>+ %n unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="181"/>
        <source>&lt;b&gt;Reported %1&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="186"/>
        <source>&lt;span style=&apos;color:#047857&apos;&gt;net income: income above spending&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="188"/>
        <source>&lt;b&gt;Reported %1&lt;/b&gt; unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/figures.cpp" line="190"/>
        <source>(%n service(s) publish no cost)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="195"/>
        <location filename="../core/models/figures.cpp" line="204"/>
        <source>&lt;b&gt;In bricks&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="198"/>
        <source>%1 frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/figures.cpp" line="199"/>
        <source>%n bespoke brick(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/figures.cpp" line="201"/>
        <source>%n estimated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="204"/>
        <source>not mapped yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/figures.cpp" line="207"/>
        <source>%n system(s), cost not published</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="213"/>
        <source>some services&apos; figures are of %1 (shown beside them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../core/models/format.cpp" line="28"/>
        <source>%1£%2bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="30"/>
        <source>%1£%2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="32"/>
        <location filename="../core/models/format.cpp" line="34"/>
        <source>%1£%2k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="35"/>
        <location filename="../core/models/format.cpp" line="45"/>
        <source>%1£%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="68"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="76"/>
        <source>%1 FTE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrontlineScenario</name>
    <message>
        <location filename="../core/analysis/scenario.cpp" line="15"/>
        <source>Junior (resident) doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/scenario.cpp" line="16"/>
        <source>Assumption: FY1 basic pay GBP 36,616 (NHS Employers pay circular 2024/25) plus 33% employer on-costs (NI and NHS Pension 23.7%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/scenario.cpp" line="18"/>
        <source>Nurse (Band 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/scenario.cpp" line="19"/>
        <source>Assumption: Agenda for Change Band 5 entry pay GBP 29,970 (2024/25) plus 33% employer on-costs (NI and NHS Pension 23.7%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/scenario.cpp" line="21"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/scenario.cpp" line="22"/>
        <source>Assumption: main pay range M1 outside London GBP 31,650 (STRB, September 2024) plus 38% employer on-costs (NI and Teachers&apos; Pension 28.68%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/scenario.cpp" line="24"/>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/scenario.cpp" line="25"/>
        <source>Assumption: typical local-government social worker pay GBP 37,000 (NJC scale, 2024/25) plus 27% employer on-costs (NI and LGPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/scenario.cpp" line="62"/>
        <source>All councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/scenario.cpp" line="63"/>
        <source>All NHS trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/scenario.cpp" line="64"/>
        <source>Other public bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/scenario.cpp" line="65"/>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <location filename="../core/layout/graphlayout.cpp" line="61"/>
        <source>Graphviz could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layout/graphlayout.cpp" line="109"/>
        <source>Graphviz could not lay the graph out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="307"/>
        <source>Usage: livedna-cli import KIND FILE... --out DIR [options]
Kinds:
  councils    current English councils from uk_local_authorities.csv (+ --similarity DIR for neighbours)
  spending    spending CSV by organisation and service, through a column mapping
  oruk        an Open Referral UK / HSDS service feed (JSON) as one organisation&apos;s services
  nhs-trusts  open NHS trusts from the ODS etr extract
  lgsl        the Local Government Service List: into the cache, and DIR/lgsl.json with --out
  rsx         Revenue Outturn Service Expenditure Summary (RSX): 13 service groups per council
  eric        NHS Estates Returns (ERIC): facility costs per trust as published bricks
  nhs-records medical-records cost and EPR supplier per trust
  systems     libraries|planning|street-reporting: which product each council runs
  catalogue   DIR/bricks.json for the real commons (capabilities and products)
  coverage    DIR: what a folder of imported documents holds, figures per source
  constituencies DIR: MPs, constituencies and the councils and trusts serving them (DIR/areas.json)
Run &apos;livedna-cli import KIND --help&apos; for the options of one kind.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommon</name>
    <message>
        <location filename="../core/importers/importcommon.cpp" line="97"/>
        <source>Cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importcommon.cpp" line="99"/>
        <source>The existing document is too large to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importcommon.cpp" line="91"/>
        <source>&apos;%1&apos; for %2 cannot name a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importcommon.cpp" line="104"/>
        <source>The existing document does not read as an organisation document; not overwriting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importcommon.cpp" line="110"/>
        <source>This build&apos;s commons reader does not read “%1” back, so merging into this document would lose it; not overwriting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importcommon.cpp" line="162"/>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importcommon.cpp" line="165"/>
        <location filename="../core/importers/importcommon.cpp" line="168"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importcommon.cpp" line="176"/>
        <source>The organisation code &apos;%1&apos; cannot name a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importcommon.cpp" line="178"/>
        <source>%1: the period &apos;%2&apos; is not a financial year such as 2023-24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importcommon.cpp" line="199"/>
        <source>Refusing to write an invalid document:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../core/importers/importreport.cpp" line="32"/>
        <source> (item %1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importreport.cpp" line="32"/>
        <source> (line %1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importreport.cpp" line="36"/>
        <source>  %1 × %2%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importreport.cpp" line="44"/>
        <source>Import %1 from %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importreport.cpp" line="45"/>
        <source>Rows read: %1; imported: %2; skipped: %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importreport.cpp" line="47"/>
        <source>Documents written: %1 (%2 new, %3 updated).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importreport.cpp" line="50"/>
        <source>Skipped:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importreport.cpp" line="52"/>
        <source>Notes:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Instances</name>
    <message>
        <location filename="../core/analysis/instances.cpp" line="123"/>
        <location filename="../core/analysis/instances.cpp" line="131"/>
        <source>cannot read instances: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/instances.cpp" line="167"/>
        <source>1 organisation runs its own %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/instances.cpp" line="168"/>
        <source>%1 organisations each run their own %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/instances.cpp" line="172"/>
        <source>%1 on a product not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/instances.cpp" line="173"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaRegister</name>
    <message>
        <location filename="../core/importers/laregister.cpp" line="45"/>
        <source>Not the local authority register: no column &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/laregister.cpp" line="142"/>
        <source>%1 is in %2, not England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/laregister.cpp" line="144"/>
        <source>%1 is a current council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/laregister.cpp" line="151"/>
        <source>%1 is no longer a council (ended %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/laregister.cpp" line="151"/>
        <location filename="../core/importers/laregister.cpp" line="153"/>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/laregister.cpp" line="152"/>
        <source>%1 is no longer a council: ended %2, replaced by %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LgslImporter</name>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="51"/>
        <source>The JSON is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="55"/>
        <source>Not JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="57"/>
        <source>Expected a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="60"/>
        <source>Expected &quot;livedna-lgsl/1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="62"/>
        <source>Expected an array of services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="76"/>
        <source>Expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="83"/>
        <source>Needs an integer id ≥ 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="88"/>
        <source>Needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="95"/>
        <source>Expected text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="102"/>
        <source>LGSL %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="123"/>
        <source>Cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="125"/>
        <source>The file is too large for a service list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="139"/>
        <source>Does not match the sha256 and length %1 lists for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="141"/>
        <source>sha256 and length verified against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="160"/>
        <source>Not the esd service list: needs columns Identifier and Label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="170"/>
        <source>Needs columns LGSL and Providing Tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="188"/>
        <source>identifier &apos;%1&apos; is not a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="193"/>
        <source>LGSL %1 has no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="197"/>
        <source>duplicate LGSL id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/lgslimporter.cpp" line="211"/>
        <source>the tier list names LGSL %1, which the service list lacks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveBrick</name>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="51"/>
        <source>Move “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalRollup</name>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="23"/>
        <source>Manifesto for Better Public Services: a published claim, quoted as published; not derived from this commons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="31"/>
        <location filename="../core/analysis/nationalrollup.cpp" line="92"/>
        <source>All councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="33"/>
        <location filename="../core/analysis/nationalrollup.cpp" line="93"/>
        <source>All NHS trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="35"/>
        <source>The whole public sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="94"/>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="148"/>
        <source>%1% of their reported spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="149"/>
        <source>an unknown share of their spend (none of it is reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="152"/>
        <source>This commons maps %1 of its %2 councils into bricks, and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="154"/>
        <source>This commons maps %1 of its %2 NHS trusts into bricks, and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="156"/>
        <source>This commons maps %1 of its %2 organisations into bricks, and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="159"/>
        <source>The published claim spreads over %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="161"/>
        <source>It has no estimate to set beside a national claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="163"/>
        <source>Its estimate covers the mapped part only: it is not a national figure and is never scaled up to one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NhsRecordsImporter</name>
    <message>
        <location filename="../core/importers/nhsrecordsimporter.cpp" line="36"/>
        <source>line 1 has no “%1” column for %2 (or no trust_code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/nhsrecordsimporter.cpp" line="49"/>
        <source>%1: %2 is blank: records cost unknown, no brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/nhsrecordsimporter.cpp" line="67"/>
        <source>%1: “%2”: no EPR system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/nhsrecordsimporter.cpp" line="81"/>
        <source>%1: supplier “%2” is not in the product table: system with no product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/nhsrecordsimporter.cpp" line="93"/>
        <source>%1: needs columns “Organisation Code” and “Supplier (Primary EPR)”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/nhsrecordsimporter.cpp" line="141"/>
        <source>--period (and --into) must be financial years such as 2023-24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/nhsrecordsimporter.cpp" line="165"/>
        <source>%1: no records cost and no EPR system published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NhsTrustImporter</name>
    <message>
        <location filename="../core/importers/nhstrustimporter.cpp" line="91"/>
        <source>Not an ODS trust extract: expected the 27-column etr layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/nhstrustimporter.cpp" line="116"/>
        <source>Needs columns &apos;Organisation Code&apos; and &apos;Trust Type&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/nhstrustimporter.cpp" line="133"/>
        <source>row has %1 fields, expected at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/nhstrustimporter.cpp" line="139"/>
        <source>closed (the ODS record has a close date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/nhstrustimporter.cpp" line="143"/>
        <source>no usable ODS code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/nhstrustimporter.cpp" line="147"/>
        <source>duplicate ODS code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/nhstrustimporter.cpp" line="160"/>
        <source>unknown national grouping &apos;%1&apos;: no region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrukImporter</name>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="80"/>
        <source>--org must be the organisation&apos;s code (e.g. E06000023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="83"/>
        <source>%1 has no document in the output folder yet: give --org-name (or import councils first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="96"/>
        <source>Cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="98"/>
        <source>The feed is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="101"/>
        <source>The JSON is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="105"/>
        <source>Not JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="116"/>
        <source>Not an Open Referral service feed: expected an array of services or a paged response with &apos;content&apos; or &apos;contents&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="127"/>
        <source>not a service object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="131"/>
        <source>service has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="136"/>
        <source>status &apos;%1&apos; (not active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="141"/>
        <source>service has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="141"/>
        <source>duplicate service id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessSimilarity</name>
    <message>
        <location filename="../core/analysis/similarity.cpp" line="15"/>
        <source>LGSL %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalCli</name>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="40"/>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="47"/>
        <location filename="../core/cli/proposalcommands.cpp" line="53"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="53"/>
        <source>livedna-cli: wrong number of arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="63"/>
        <source>unknown format &apos;%1&apos; (choose from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="69"/>
        <location filename="../core/cli/proposalcommands.cpp" line="197"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="76"/>
        <source>Usage: livedna-cli proposal validate FILE
       livedna-cli proposal export FILE --format pdf|archimate|graphml|csv|json --out OUT
       livedna-cli proposal new ORG SERVICE --out FILE
       livedna-cli proposal baseline FILE
       livedna-cli proposal compare FILE [OTHER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="98"/>
        <source>livedna-cli: unknown proposal command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="116"/>
        <source>Check a proposal file: schema, references and limits. Exit 0 when valid, 2 when not, listing every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="118"/>
        <location filename="../core/cli/proposalcommands.cpp" line="141"/>
        <location filename="../core/cli/proposalcommands.cpp" line="206"/>
        <location filename="../core/cli/proposalcommands.cpp" line="230"/>
        <source>A .livedna-proposal.json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="123"/>
        <location filename="../core/cli/proposalcommands.cpp" line="154"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/proposalcommands.cpp" line="128"/>
        <source>%1: invalid (%n problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/proposalcommands.cpp" line="131"/>
        <source>%1: valid proposal “%2” (%n brick(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="140"/>
        <source>Export a proposal file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="143"/>
        <location filename="../core/cli/proposalcommands.cpp" line="265"/>
        <source>pdf, archimate, graphml, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="144"/>
        <location filename="../core/cli/proposalcommands.cpp" line="172"/>
        <location filename="../core/cli/proposalcommands.cpp" line="266"/>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="151"/>
        <location filename="../core/cli/proposalcommands.cpp" line="275"/>
        <source>--format and --out are required
Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="169"/>
        <source>Start a proposal file from a published service in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="170"/>
        <location filename="../core/cli/proposalcommands.cpp" line="262"/>
        <source>Organisation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="171"/>
        <source>Service id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="173"/>
        <source>Title of the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="174"/>
        <source>Author of the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="182"/>
        <source>--out is required
Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="204"/>
        <source>Check whether a proposal&apos;s baseline is still what the cache publishes. Exit 0 when current, 2 when it changed or was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="228"/>
        <source>List what a proposal changes against its baseline, or what OTHER (a proposal for the same service) changes against FILE, with the cost effect of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="231"/>
        <source>Another proposal for the same service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="244"/>
        <source>%1 is a new service with no baseline to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="248"/>
        <source>the proposals are for different services (&apos;%1&apos; and &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="261"/>
        <source>Export published compositions from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="263"/>
        <source>Service id (default: every service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="267"/>
        <source>Commons id (default: the latest synced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="282"/>
        <source>the cache %1 holds no commons; run &apos;livedna-cli sync&apos; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="286"/>
        <source>commons %1 has no organisation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="288"/>
        <source>Commons %1 (%2), version %3, published %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="291"/>
        <source>Synced from %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="303"/>
        <source>Validate, start, check and export redesign proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="304"/>
        <source>Export published compositions (pdf, archimate, graphml, csv, json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalFile</name>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="472"/>
        <location filename="../core/proposal/proposal.cpp" line="525"/>
        <source>is %1 bytes, larger than the %2 bytes a proposal file may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="476"/>
        <source>is nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="480"/>
        <source>is not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="482"/>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="489"/>
        <source>&apos;%1&apos; is a proposal format this version does not read (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="490"/>
        <source>&apos;%1&apos; is not a LiveDNA proposal (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="505"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="522"/>
        <source>is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="529"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="538"/>
        <location filename="../core/proposal/proposal.cpp" line="541"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../core/publish/publisher.cpp" line="58"/>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="61"/>
        <location filename="../core/publish/publisher.cpp" line="63"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="186"/>
        <source>More than one areas document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="215"/>
        <source>%1 %2 is also the organisation and period of %3; a commons holds one document per organisation and period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="414"/>
        <source>The staged publication does not read back as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="458"/>
        <source>Published %1 &quot;%2&quot; version %3 (previous: %4).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="461"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="462"/>
        <source>Documents: bricks.json and %1 organisations; %2 extra file(s).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="463"/>
        <source>Changes: %1 added, %2 changed, %3 removed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="464"/>
        <source>Signed: index.json.sig with public key %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="465"/>
        <source>Not signed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="467"/>
        <source>Ignored (not a commons document): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="469"/>
        <source>Kept (not part of the commons): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="607"/>
        <source>The source folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="611"/>
        <source>The output exists and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="613"/>
        <source>Cannot create the folder that holds the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="132"/>
        <source>Cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="136"/>
        <source>Larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="141"/>
        <source>The JSON is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="148"/>
        <source>A second brick catalogue (the first is %1); a commons has exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="182"/>
        <source>No brick catalogue (a document with &quot;format&quot;: &quot;livedna-bricks/1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="184"/>
        <source>More than one LGSL list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="209"/>
        <source>The code &apos;%1&apos; cannot name a file in the commons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="269"/>
        <source>Cannot read the previous index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="275"/>
        <source>The output holds an index.json that is not valid, so the next version number is unknown; move it away to start a new commons.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="289"/>
        <source>No commons id: give --commons ID for a first publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="291"/>
        <source>The commons id &apos;%1&apos; must match [a-z0-9][a-z0-9.-]*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="294"/>
        <source>The output already holds the commons &apos;%1&apos;; refusing to publish &apos;%2&apos; over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="485"/>
        <source>Cannot create the lock file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="488"/>
        <source>Another publication into this folder is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="492"/>
        <source>Cannot create the staging folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="384"/>
        <source>Cannot keep %1 in the new publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="423"/>
        <location filename="../core/publish/publisher.cpp" line="439"/>
        <source>Cannot move the publication into place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="435"/>
        <source>Cannot move the previous publication aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="429"/>
        <source>Cannot swap the publication into place: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RealCatalogue</name>
    <message>
        <location filename="../core/importers/realcatalogue.cpp" line="47"/>
        <source>line %1: a capability needs an id, a layer (frontline or overhead) and work (digital or people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/realcatalogue.cpp" line="66"/>
        <source>line %1: a product needs an id, a name and one of the capabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/realcatalogue.cpp" line="80"/>
        <source>unknown source id &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceBrick</name>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="43"/>
        <source>Replace “%1” with %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RsxImporter</name>
    <message>
        <location filename="../core/importers/rsximporter.cpp" line="88"/>
        <source>%1: columns %2 and %3 are both %4 %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/rsximporter.cpp" line="128"/>
        <source>The layers table needs columns service_id, group and layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/rsximporter.cpp" line="138"/>
        <source>line %1: each group needs a service_id, its published name and a layer (frontline or overhead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/rsximporter.cpp" line="144"/>
        <source>The layers table lists no service group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/rsximporter.cpp" line="164"/>
        <source>No header row: no line has the “E-code” and “Local authority” columns, so this is not an RSX data table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/rsximporter.cpp" line="167"/>
        <source>line %1 (the header row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/rsximporter.cpp" line="172"/>
        <source>%1 has no “%2” column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/rsximporter.cpp" line="187"/>
        <source>%1 names none of the RSX service groups (e.g. “Education services - Employees (C1)”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/rsximporter.cpp" line="218"/>
        <source>%1 C%2: &apos;%3&apos; is not a number; kept as unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/rsximporter.cpp" line="247"/>
        <source>%1: income is %2 only; %3 is not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/rsximporter.cpp" line="288"/>
        <source>class O (police, fire, national park, waste, transport or combined authority): not a council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/rsximporter.cpp" line="290"/>
        <source>%1 (%2, %3) is not in the local authority register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/rsximporter.cpp" line="296"/>
        <source>%1: figures taken as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/rsximporter.cpp" line="340"/>
        <source>--period must be the financial year of the file, such as 2023-24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/rsximporter.cpp" line="363"/>
        <source>no column for %1 in this file: that figure is unknown for every council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/rsximporter.cpp" line="386"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <location filename="../core/publish/signature.cpp" line="51"/>
        <location filename="../core/publish/signature.cpp" line="125"/>
        <location filename="../core/publish/signature.cpp" line="140"/>
        <source>libsodium could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="64"/>
        <location filename="../core/publish/signature.cpp" line="69"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="79"/>
        <source>%1 already exists; not overwriting a key (use --force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="94"/>
        <source>Cannot read the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="96"/>
        <source>This is not a %1 (file too large).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="101"/>
        <source>This is not a %1: expected base64 or hex of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="108"/>
        <source>Ed25519 secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="109"/>
        <location filename="../core/publish/signature.cpp" line="119"/>
        <source>Ed25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="111"/>
        <source>This is a public key; signing needs the secret key file that keygen wrote beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="127"/>
        <source>The secret key must be %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="142"/>
        <source>The pinned public key is not an Ed25519 key (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="144"/>
        <source>index.json is not signed (no index.json.sig) but this commons&apos; key is pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="151"/>
        <source>index.json.sig is not an Ed25519 signature (expected base64 of 64 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="157"/>
        <source>index.json.sig does not match index.json under the pinned key %1: the index was altered or signed by another key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendingImportWizard</name>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="44"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendingImporter</name>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="142"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="143"/>
        <source>%1 &apos;%2&apos; names no column; the columns are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="153"/>
        <source>--period must be a financial year such as 2017-18 (or give --period-col).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="155"/>
        <source>--scale must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="172"/>
        <source>The filter column &apos;%1&apos; is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="178"/>
        <source>--org-key must be code, gss, ecode or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="180"/>
        <source>--org-key %1 needs --register uk_local_authorities.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="191"/>
        <source>the file starts with a UTF-8 byte-order mark (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="202"/>
        <source>row has %1 fields, the mapping needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="209"/>
        <source>not selected by --include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="218"/>
        <source>excluded by --exclude %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="237"/>
        <location filename="../core/importers/spendingimporter.cpp" line="251"/>
        <source>no organisation in this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="238"/>
        <source>%1 is not in the local authority register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="246"/>
        <source>%1 is a former GSS code of %2 (%3): matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="255"/>
        <source>&apos;%1&apos; is not a usable organisation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="263"/>
        <source>%1 has no organisation document in the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="269"/>
        <source>empty service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="274"/>
        <source>period &apos;%1&apos; is not a financial year such as 2017-18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="288"/>
        <source>%1 already has rows for %2; one document holds one period (this row: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="299"/>
        <source>line &apos;%1&apos; is not in the service-group table: no layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="318"/>
        <source>several rows for one service: amounts added together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="329"/>
        <source>negative amount kept as published (income above spending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="331"/>
        <source>blank or not-available amount &apos;%1&apos;: kept as unknown (no reported cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="333"/>
        <source>amount &apos;%1&apos; is not a number: kept as unknown (no reported cost)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <location filename="../ui/syncrunner.cpp" line="89"/>
        <source>%1 is up to date (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/syncrunner.cpp" line="90"/>
        <source>%1 synced to version %2: %3 added, %4 changed, %5 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemsImporter</name>
    <message>
        <location filename="../core/importers/systemsimporter.cpp" line="67"/>
        <source>Cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/systemsimporter.cpp" line="70"/>
        <source>Not the library catalogues list: no “LibraryServices” array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/systemsimporter.cpp" line="92"/>
        <source>line 1 needs columns “%1” and “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/systemsimporter.cpp" line="141"/>
        <source>&apos;%1&apos; matched through the aliases table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/systemsimporter.cpp" line="158"/>
        <source>&apos;%1&apos; taken as %2 (a department&apos;s configuration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/systemsimporter.cpp" line="180"/>
        <source>&apos;%1&apos; taken as %2: the only council whose name starts with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/systemsimporter.cpp" line="206"/>
        <source>unmatched: %1 has no GSS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/systemsimporter.cpp" line="207"/>
        <source>unmatched: no council in the register is &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/systemsimporter.cpp" line="222"/>
        <source>%1: recorded on %2 as the former %3 area&apos;s system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/systemsimporter.cpp" line="237"/>
        <source>&apos;%1&apos; is not a product in the catalogue table: system with no product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/systemsimporter.cpp" line="319"/>
        <source>The kind must be libraries, planning or street-reporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/systemsimporter.cpp" line="340"/>
        <source>%1: no product recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/systemsimporter.cpp" line="349"/>
        <source>%1 (%2) has no document in the output folder (import councils or rsx first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/systemsimporter.cpp" line="353"/>
        <source>%1: the site was not scraped in 2019 (disabled); its product is recorded as listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/systemsimporter.cpp" line="368"/>
        <source>(no product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/systemsimporter.cpp" line="374"/>
        <source>products recorded (catalogue ids): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Treemap</name>
    <message>
        <location filename="../core/analysis/treemap.cpp" line="107"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/treemap.cpp" line="128"/>
        <source>Unmapped reported spend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustLookup</name>
    <message>
        <location filename="../core/importers/trustlookup.cpp" line="23"/>
        <source>Not the ODS trust list with a header (etr_with_header.csv): needs organisation_code, name and close_date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/trustlookup.cpp" line="43"/>
        <source>&apos;%1&apos; is not an ODS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/trustlookup.cpp" line="57"/>
        <source>%1 closed on %2 (ODS): not a current trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/trustlookup.cpp" line="59"/>
        <source>%1 has no document in the output folder and is not open in the ODS list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna</name>
    <message>
        <location filename="../core/util/migrator.cpp" line="75"/>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="81"/>
        <source>The database %1 has schema version %2, newer than this version of LiveDNA understands (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="42"/>
        <source>Cannot start a migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="49"/>
        <source>Migration to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="58"/>
        <source>Migration to schema version %1 would break references between tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="66"/>
        <source>Cannot record schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="102"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="109"/>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="126"/>
        <source>Cannot configure the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="34"/>
        <location filename="../core/cli/importcommands.cpp" line="46"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="50"/>
        <source>The cache holds no areas: sync a commons that publishes areas.json, or run &apos;livedna-cli import constituencies DIR&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="52"/>
        <source>areas in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="68"/>
        <source>Several MPs match &apos;%1&apos; (%2); give more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="75"/>
        <source>area needs a constituency code (PCON24CD), --mp NAME or --council CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="78"/>
        <source>No constituency matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="85"/>
        <source>The councils and NHS acute trusts that serve a 2024 parliamentary constituency, with the share of its residents each covers, from the areas synced into the cache. A council&apos;s share is that of the constituency&apos;s population living in it (a county&apos;s is that of its districts); a trust&apos;s is that living in its catchment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="89"/>
        <source>Constituency code, e.g. E14001063.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="90"/>
        <source>Find the constituency by its MP&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="91"/>
        <source>Every constituency a council (GSS code) serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="92"/>
        <source>Print JSON (an array with --council).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="93"/>
        <source>Leave out trusts serving less than this share (default 0.01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="106"/>
        <source>--min-trust-share must be a number between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="116"/>
        <source>&apos;%1&apos; is not a 2024 constituency code in the areas data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="134"/>
        <source>The 2024 parliamentary constituencies, their MPs, and the councils and NHS acute trusts that serve them, from a folder holding current_mps.csv, lad24_to_pcon24.json and nhs_trust22_to_ltla21.csv. Writes DIR/areas.json (format livedna-areas/1), which publish lists in index.json&apos;s &quot;extras&quot; so it syncs with the commons, and loads it into the cache unless --no-cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="139"/>
        <source>The constituencies folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="140"/>
        <source>Folder to write areas.json into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="141"/>
        <source>uk_local_authorities.csv (default DIR/../local-authorities/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="142"/>
        <source>etr_with_header.csv for trust names (default DIR/../nhs-orgs/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="148"/>
        <source>import constituencies needs the constituencies folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="182"/>
        <source>The councils and NHS trusts serving a constituency (CODE, --mp NAME or --council CODE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="67"/>
        <source>Publish a folder of commons documents (bricks.json, organisation documents, optional lgsl.json) as a commons in OUT: validated, indexed with hashes, version one above OUT&apos;s previous one, swapped into place atomically, and signed with --sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="71"/>
        <source>Folder of documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="72"/>
        <source>Commons folder to publish into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="73"/>
        <source>Commons id (required the first time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="74"/>
        <source>Commons title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="75"/>
        <source>Sign index.json with this Ed25519 secret key (from keygen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="76"/>
        <source>Mark the publication stale after N days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="81"/>
        <source>publish needs SRC and OUT (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="92"/>
        <source>--expires-days needs a whole number of days ≥ 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="97"/>
        <source>Nothing was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="107"/>
        <source>Make an Ed25519 key pair for signing a commons: OUT (secret, mode 0600) and OUT.pub (public: give it to readers for sync --trust).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="109"/>
        <location filename="../core/cli/importcommands.cpp" line="110"/>
        <source>Secret key file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="111"/>
        <source>Overwrite existing key files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="119"/>
        <source>keygen needs OUT (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="126"/>
        <source>Secret key: %1 (keep it private)
Public key: %1.pub
%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="152"/>
        <source>%1 needs %2 file(s) and %3 (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="153"/>
        <source>nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="157"/>
        <source>--period must be a financial year such as 2023-24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="165"/>
        <source>MHCLG Revenue Outturn Service Expenditure Summary (RSX), worksheet 2 as published (CSV). Finds the header row (the line starting E-code) and the end of the first table itself and matches columns by their header text. For each current English council, one service per RS service group with a figure: reported employees (C1), running expenses (C2), income (C4 + C5) and net (C7), in £ (the file&apos;s £ thousand × 1000); reported_cost_gbp = net; the layer from --layers; every figure names its line, council and column. Police, fire and other class O bodies are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="172"/>
        <source>RSX_YYYY-YY_data_by_LA.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="174"/>
        <location filename="../core/cli/importcommands.cpp" line="245"/>
        <source>uk_local_authorities.csv (mySociety).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="175"/>
        <source>Layer of each service group (default: the built-in resources/real/rsx-layers.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="191"/>
        <source>NHS Estates Returns (ERIC) trust data ($-delimited; columns matched by name). Each trust with a document in --out, or open in --ods, gets an &quot;Estates and facilities&quot; service whose bricks are its published facility costs (estates maintenance, energy, water, sewerage, cleaning, inpatient food, laundry and linen, portering, waste). A blank cost is no brick. --into writes into that period&apos;s document, marking the service with the data&apos;s period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="197"/>
        <source>ERIC-YYYY-YY.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="199"/>
        <location filename="../core/cli/importcommands.cpp" line="221"/>
        <source>Write into this period&apos;s document instead (e.g. the trusts&apos; latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="200"/>
        <location filename="../core/cli/importcommands.cpp" line="222"/>
        <source>etr_with_header.csv: also accept open trusts with no document yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="215"/>
        <source>NHS trusts&apos; medical-records costs (trust_mrc_and_epr.csv, column mrc_total_YYYYyy for --period) and, with --epr, each trust&apos;s primary EPR supplier: a &quot;Health records&quot; service with the cost as a brick and the EPR as a system with its product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="218"/>
        <source>trust_mrc_and_epr.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="220"/>
        <source>secondary_trusts_primary_epr_suppliers_20241001.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="238"/>
        <source>Which product each council runs, with no cost, as systems on its latest document in --out: libraries (library_catalogues.json) on the cultural service, planning (planning_scraper_list_2019.csv) on planning and development, street-reporting (street_reporting_backends.csv) on environmental and regulatory. Names and slugs are matched through the register; what does not match is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="243"/>
        <source>libraries, planning or street-reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="244"/>
        <source>The list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="246"/>
        <source>Extra published names (default: the built-in resources/real/name-aliases.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="253"/>
        <source>import systems: WHAT must be libraries, planning or street-reporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="264"/>
        <source>Writes DIR/bricks.json, the real commons&apos; catalogue: the capabilities the real importers use (with their work: digital or people) and the products the published lists name, from the built-in tables or --capabilities/--products. Nothing is priced: no standard brick has a published price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="268"/>
        <source>capabilities.csv (id, name, layer, work, rationale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="269"/>
        <source>products.csv (id, name, vendor, capability, published_as, source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="283"/>
        <source>Wrote %1: %2 capabilities, %3 products, no priced bricks.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="290"/>
        <source>Counts what a folder of imported documents holds (read back with the commons reader): organisations, documents per period, services, published and estimated bricks, systems, and figures per source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="293"/>
        <source>The folder the imports wrote (holding orgs/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="334"/>
        <source>Output folder (organisation documents go to DIR/orgs/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="335"/>
        <source>Financial year of the costs, e.g. 2017-18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="340"/>
        <source>import %1 needs --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="347"/>
        <source>--period must be a financial year such as 2017-18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="370"/>
        <source>Current English councils (current-authority True, nation England) from mySociety&apos;s uk_local_authorities.csv, one document per GSS code; with --similarity, neighbours from the similarity clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="373"/>
        <source>uk_local_authorities.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="375"/>
        <source>Folder of mySociety *_la_labels.csv files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="376"/>
        <source>At most N neighbours (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="380"/>
        <source>import councils needs the register file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="391"/>
        <source>Spending by organisation and service from a CSV (delimiter and BOM detected). Each organisation+service becomes a service with reported_cost_gbp = sum of amount × scale and no bricks (unmapped). Blank and &apos;...&apos; amounts stay unknown; negative ones are kept. Columns are header names or 1-based numbers.
Revenue Outturn example:
  import spending RS_2017-18_by_LA_long.csv --org-col ons_code --org-key gss --register uk_local_authorities.csv --service-id-col rs_line --service-col rs_label --amount-col value_gbp_thousands --scale 1000 --period-col financial_year --include &apos;rs_section=Service Expenditure&apos; --exclude rs_line=699 --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="400"/>
        <source>The spending file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="403"/>
        <source>Column naming the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="404"/>
        <source>Column naming the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="405"/>
        <source>Column holding the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="406"/>
        <source>Column put before the service name in its id (e.g. a line number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="407"/>
        <source>Column giving the service category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="408"/>
        <source>Column giving the organisation name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="409"/>
        <source>Column giving the financial year of each row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="410"/>
        <source>Column giving the LGSL id of the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="411"/>
        <source>Multiply amounts by this (1000 for £ thousand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="412"/>
        <source>What the organisation column holds: code (default), gss, ecode or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="413"/>
        <source>uk_local_authorities.csv, for --org-key gss|ecode|name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="414"/>
        <source>Kind of organisations created: council (default), nhs-trust, other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="415"/>
        <source>Field delimiter (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="416"/>
        <source>Keep only rows where COL=VALUE (repeatable: any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="417"/>
        <source>Drop rows where COL=VALUE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="418"/>
        <source>Skip organisations that have no document in --out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="419"/>
        <source>The --service-id-col value is a Revenue Outturn line (190 … 698): give each service its RS service group&apos;s stable id and layer (the table of import rsx; --layers reads another copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="422"/>
        <source>The service-group table for --rs-groups (default: the built-in one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="423"/>
        <source>Id of the published source the file is (e.g. rs-2017-18): listed in each document&apos;s sources and named, with its rows, by each reported cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="430"/>
        <source>import spending needs one CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="447"/>
        <source>--scale needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="455"/>
        <location filename="../core/cli/importcommands.cpp" line="508"/>
        <source>--kind must be council, nhs-trust or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="463"/>
        <source>--delimiter must be one character (or &apos;tab&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="469"/>
        <source>--include needs COL=VALUE, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="475"/>
        <source>--exclude needs COL=VALUE, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="485"/>
        <source>An Open Referral UK / HSDS service feed (JSON array, paged response, or several page files) as the services of one organisation, with LGSL ids where the feed carries them and HTML stripped from descriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="488"/>
        <source>Feed files (pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="490"/>
        <source>Code of the organisation publishing the directory (e.g. E06000023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="491"/>
        <source>Its name, when it has no document in --out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="492"/>
        <source>Its kind: council (default), nhs-trust, other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="493"/>
        <source>Also import services whose status is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="497"/>
        <source>import oruk needs at least one feed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="514"/>
        <source>Open NHS trusts from the ODS etr extract (with or without header), one document per ODS code. --trust-types adds each trust&apos;s type and neighbours (same type, same NHS region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="517"/>
        <source>etr.csv or etr_with_header.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="519"/>
        <source>CSV with &apos;Organisation Code&apos; and &apos;Trust Type (Primary)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="523"/>
        <source>import nhs-trusts needs the etr file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="532"/>
        <source>The Local Government Service List (esd englishAndWelshServices CSV, or an lgsl.json). Loads it into the cache (unless --no-cache) so services are named and grouped by LGSL id, and with --out writes DIR/lgsl.json, which publish lists in index.json&apos;s &quot;extras&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="536"/>
        <source>englishAndWelshServices-all.csv, an lgsl.json, or a commons folder holding one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="537"/>
        <source>GOV.UK local_services.csv giving each service&apos;s providing tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="585"/>
        <source>Import published data: councils, spending, oruk, nhs-trusts, lgsl, rsx, eric, nhs-records, systems, catalogue, constituencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="143"/>
        <location filename="../core/cli/importcommands.cpp" line="538"/>
        <source>Only write --out; leave the cache alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="542"/>
        <source>import lgsl needs the service list file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="151"/>
        <location filename="../core/cli/importcommands.cpp" line="545"/>
        <source>--no-cache without --out would do nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="570"/>
        <source>Loaded %1 LGSL services into the cache %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="575"/>
        <source>Unknown import kind &apos;%1&apos;.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="583"/>
        <source>Publish a folder of documents as a commons (validated, indexed, atomic, signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="584"/>
        <source>Make an Ed25519 key pair for signing a commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="175"/>
        <source>has %1 bricks, more than the %2 a proposal may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="236"/>
        <source>must be 64 lowercase hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="239"/>
        <source>is &apos;%1&apos; but the baseline names service &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="254"/>
        <source>must be [x, y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="177"/>
        <source>has %1 flows, more than the %2 a proposal may hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::AddBrick</name>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="128"/>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::AddFlow</name>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="91"/>
        <source>Connect “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::BrickGraphView</name>
    <message>
        <location filename="../ui/graph/brickgraphview.cpp" line="105"/>
        <source>Service brick graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/graph/brickgraphview.cpp" line="106"/>
        <source>Bricks of the selected service; use the arrow keys or Tab to move between bricks, + and - to zoom, 0 to fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::BrickPalette</name>
    <message>
        <location filename="../ui/proposal/brickpalette.cpp" line="19"/>
        <source>Search commons bricks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/brickpalette.cpp" line="22"/>
        <source>Brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/brickpalette.cpp" line="22"/>
        <source>£ a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/brickpalette.cpp" line="25"/>
        <source>Double-click a brick to add it to the service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::CapabilityView</name>
    <message>
        <location filename="../ui/capabilityview.cpp" line="55"/>
        <source>&amp;Capability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="57"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="74"/>
        <source>Distribution of costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="82"/>
        <source>Instances of the capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="83"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="83"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="83"/>
        <source>Brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="83"/>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="83"/>
        <source>Annual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="175"/>
        <source>Standard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="175"/>
        <location filename="../ui/capabilityview.cpp" line="230"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="202"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="203"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="204"/>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="228"/>
        <source>Annual cost of each instance (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="231"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="270"/>
        <source> cheapest commons brick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="286"/>
        <source>No organisation publishes a cost for this capability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="287"/>
        <source>No organisation publishes a cost for this capability;
those that run it are listed with their products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="298"/>
        <source>no bespoke instance with a published cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="299"/>
        <source>%1 bespoke instances in %2 organisations (%3 a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="303"/>
        <source>&lt;span style=&apos;font-size:13pt;font-weight:600&apos;&gt;%1&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#4b5563&apos;&gt;%2 · %3 · %4 standard instances in %5 organisations&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capabilityview.cpp" line="319"/>
        <source>&lt;li&gt;None: the commons lacks a brick for this capability. %n organisation(s) running their own would benefit from one.&lt;/li&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="306"/>
        <source>frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="306"/>
        <source>overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="312"/>
        <source>&lt;b&gt;Commons bricks that could replace the bespoke instances&lt;/b&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::Checker</name>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="82"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="89"/>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="100"/>
        <location filename="../core/proposal/proposal.cpp" line="132"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="104"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="109"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="111"/>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="120"/>
        <source>&apos;%1&apos; is not an id ([a-z0-9][a-z0-9.-]*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="136"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="141"/>
        <source>must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="145"/>
        <source>must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="158"/>
        <source>&apos;%1&apos; is not an RFC 3339 date-time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::CompareView</name>
    <message>
        <location filename="../ui/proposal/compareview.cpp" line="25"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/compareview.cpp" line="25"/>
        <source>£ a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/compareview.cpp" line="43"/>
        <source>&lt;b&gt;%1&lt;/b&gt; compared with &lt;b&gt;%2&lt;/b&gt;: %3 → %4 a year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::DashboardView</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="169"/>
        <source>Select an organisation to see its dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="205"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="231"/>
        <source>%n other service(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="333"/>
        <source>&lt;span style=&apos;font-size:14pt;font-weight:600&apos;&gt;%1&lt;/span&gt;&lt;br/&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="353"/>
        <source>Spend by service, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="362"/>
        <source>Frontline, in bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="363"/>
        <source>Overhead, in bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="364"/>
        <source>Reported frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="365"/>
        <source>Reported overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="366"/>
        <source>Reported, unclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="367"/>
        <source>Net income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="369"/>
        <source>No service of this organisation has a published cost or a brick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="381"/>
        <source>Standard versus bespoke bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="383"/>
        <source>No service is mapped into bricks yet, so there is no standard or bespoke spend to compare. The reported split is in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="414"/>
        <source>Share of reported cost mapped into bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="426"/>
        <source>No service with a published cost is mapped into bricks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="472"/>
        <source>Compared with its peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="476"/>
        <source>%1
each organisation&apos;s latest year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="483"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="483"/>
        <source>In bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="483"/>
        <source>Bespoke share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="483"/>
        <source>Reported per head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="551"/>
        <source> not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="551"/>
        <source> unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="393"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="394"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="427"/>
        <source>No service of this organisation publishes a reported cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="440"/>
        <source>Mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="596"/>
        <source>Comparators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="623"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::DraftList</name>
    <message>
        <location filename="../ui/proposal/draftlist.cpp" line="24"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/draftlist.cpp" line="46"/>
        <source>new service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/draftlist.cpp" line="46"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/draftlist.cpp" line="47"/>
        <source>%1 — %2, saved %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/draftlist.cpp" line="48"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::DuplicationModel</name>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="17"/>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="26"/>
        <source>none: people&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="28"/>
        <source>unknown: units not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="30"/>
        <source>no commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="101"/>
        <source>The commons lacks a brick for %1: %2 organisations spending %3 would benefit from one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="104"/>
        <source>%1 is people&apos;s work: a brick can support it but never replace it, so no saving is claimed. Replacing it would be a frontline cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="112"/>
        <source>frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="112"/>
        <source>overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="113"/>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="113"/>
        <source>digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/analysismodels.cpp" line="121"/>
        <source>%1 + %n unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="128"/>
        <source>commons lacks one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="136"/>
        <source>n/a: %1 orgs would benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="146"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="147"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="148"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="149"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="150"/>
        <source>Standard instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="151"/>
        <source>Bespoke instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="152"/>
        <source>Bespoke spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="153"/>
        <source>Cheapest commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="154"/>
        <source>Brick cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="155"/>
        <source>Duplication index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="156"/>
        <source>Estimated saving (range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="157"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::DuplicationView</name>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="51"/>
        <source>Duplication by capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="54"/>
        <source>Saving by capability chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="55"/>
        <source>Select a capability to see the organisations behind its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="58"/>
        <source>Organisations implementing the capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="60"/>
        <source>Brick instances behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="93"/>
        <source>%1: the commons lacks a brick for this capability. %2 organisations spending %3 on bespoke instances would benefit from one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="98"/>
        <source>%1 is people&apos;s work: a brick can support it but never replace it, so no saving is claimed. Replacing it would cut the frontline by up to %2 a year. (Duplication index, for comparison: %3.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="102"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="104"/>
        <source>%1: estimated saving %2 = sum over organisations of max(0, bespoke spend - the cheapest brick priced at the organisation&apos;s scale)%3. Duplication index: %4 against %5 at %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/duplicationview.cpp" line="108"/>
        <source>, + %n unknown for want of units</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="166"/>
        <source>%1 organisations, %2 brick instances. Estimated saving if every organisation consumed the cheapest commons brick, priced at its scale, for its digital and back-office work: %3 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/duplicationview.cpp" line="171"/>
        <source>, + %n unknown (units not published)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/duplicationview.cpp" line="175"/>
        <source>People&apos;s work is not a saving: %n capabilities (%1 of bespoke spend) are left out; replacing them would cut the frontline.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="178"/>
        <source>Duplication index (version 1, for comparison): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="211"/>
        <source>Estimated saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="215"/>
        <source>Low to high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="223"/>
        <source>Estimated saving (central, low to high), £ thousand a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="267"/>
        <source>%1: %2 savings opportunities, an estimated %3 a year in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/duplicationview.cpp" line="270"/>
        <source> + %n unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="271"/>
        <source> (duplication index %1). Select one to see its instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="145"/>
        <source>Capabilities in use without a commons brick: %1 (%2 of bespoke spend would benefit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="278"/>
        <source>No analysis: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::EffectPanel</name>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="31"/>
        <source>&lt;b&gt;Effect&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="37"/>
        <source>Annual saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="40"/>
        <source>Frontline cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="49"/>
        <source>Cost before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="52"/>
        <location filename="../ui/proposal/effectpanel.cpp" line="95"/>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="53"/>
        <location filename="../ui/proposal/effectpanel.cpp" line="96"/>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="60"/>
        <location filename="../ui/proposal/effectpanel.cpp" line="93"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="61"/>
        <location filename="../ui/proposal/effectpanel.cpp" line="93"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="65"/>
        <source>£ thousand a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="77"/>
        <source>Saving: %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="78"/>
        <source>New service: %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="84"/>
        <source>Frontline cut: %1 a year, %2 FTE. Not a saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="93"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="94"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="97"/>
        <source>Frontline FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="98"/>
        <source>Overhead FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="99"/>
        <source>Bespoke bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="102"/>
        <source>Public Value Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="102"/>
        <location filename="../ui/proposal/effectpanel.cpp" line="103"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="108"/>
        <source>Moved to the frontline: %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="109"/>
        <source>FTE moved from overhead to frontline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="110"/>
        <source>Net change in total cost (frontline cut included): %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="112"/>
        <source>Bespoke bricks removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::FolderSource</name>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="127"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="129"/>
        <source>leads outside the commons folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="133"/>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="137"/>
        <source>is %1 bytes long but index.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="140"/>
        <source>is larger than the %1 bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="144"/>
        <source>could not be read completely: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::GraphLegend</name>
    <message>
        <location filename="../ui/views.cpp" line="23"/>
        <source>Graph legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::HttpSource</name>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="243"/>
        <source>was not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="313"/>
        <location filename="../core/sync/documentsource.cpp" line="373"/>
        <source>no data received for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="314"/>
        <source>no response within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="325"/>
        <source>redirected to another origin (%1); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="337"/>
        <location filename="../core/sync/documentsource.cpp" line="385"/>
        <source>is %1 bytes long but index.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="338"/>
        <location filename="../core/sync/documentsource.cpp" line="357"/>
        <source>is larger than the %1 bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="356"/>
        <source>is longer than the %1 bytes index.json says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="375"/>
        <source>cannot download: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="382"/>
        <source>is longer than the %1 bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="407"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::InstanceModel</name>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="309"/>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="309"/>
        <source>bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="312"/>
        <source>frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="312"/>
        <source>overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="323"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="324"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="325"/>
        <source>Brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="326"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="327"/>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="328"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="329"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="330"/>
        <source>Annual cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::InstancesModel</name>
    <message>
        <location filename="../core/models/instancestree.cpp" line="82"/>
        <location filename="../core/models/instancestree.cpp" line="88"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/instancestree.cpp" line="106"/>
        <source>Double-click to open this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/instancestree.cpp" line="129"/>
        <source>Capability, product, organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/instancestree.cpp" line="129"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::InstancesView</name>
    <message>
        <location filename="../ui/instancesview.cpp" line="27"/>
        <source>Separately run instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancesview.cpp" line="39"/>
        <source>No organisation in this commons states a system or a bespoke brick, so no separately run instance can be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instancesview.cpp" line="82"/>
        <source>&lt;b&gt;Separately run instances&lt;/b&gt; — organisations that each run their own instance of a capability (a bespoke brick or a system), by product. Double-click an organisation to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <source>LiveDNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>Syncing from %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>Sync from &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>Sync from &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>Sync from &amp;Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>Load the &amp;Demo Commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>&amp;Export View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>&amp;Services and Bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>Spend &amp;Treemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>DNA &amp;Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>&amp;Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>Separately Run &amp;Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>S&amp;ources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>&amp;Fit Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>&amp;About LiveDNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>Filter by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>Filter organisations by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>NHS trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>Filter organisations by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <location filename="../ui/mainwindow.cpp" line="484"/>
        <source>Select an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="257"/>
        <source>Financial year shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>Every year the commons holds for this organisation; the latest is shown first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>Services of the selected organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="298"/>
        <location filename="../ui/mainwindow.cpp" line="550"/>
        <source>Bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="307"/>
        <location filename="../ui/mainwindow.cpp" line="549"/>
        <source>Select a service to see its bricks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <source>Brick details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>Services &amp;&amp; Bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="337"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339"/>
        <source>Spend Treemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="341"/>
        <source>DNA Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="343"/>
        <location filename="../ui/mainwindow.cpp" line="600"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>Commons status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="441"/>
        <source>No commons synced yet — use File ▸ Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445"/>
        <source>Commons: %1 (%2) · version %3 · last synced %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="450"/>
        <source>Source: %1
Published: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="451"/>
        <source>LiveDNA — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="568"/>
        <source>This service is not mapped into bricks yet.
Reported %1: %2 (%3), from its published return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="570"/>
        <source>This service is not mapped into bricks yet, and no cost is published for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="549"/>
        <source>Select an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="559"/>
        <source>The graph could not be laid out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="520"/>
        <location filename="../ui/mainwindow.cpp" line="562"/>
        <source>%1 &lt;span style=&apos;font-weight:normal;color:#4b5563&apos;&gt;· %2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601"/>
        <location filename="../ui/mainwindow.cpp" line="638"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601"/>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601"/>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="602"/>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="602"/>
        <source>Standard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="602"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="604"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="604"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="605"/>
        <location filename="../ui/mainwindow.cpp" line="610"/>
        <source>Annual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="605"/>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="607"/>
        <source>&lt;p&gt;The service is known to run this system; no cost is published for it. It counts as one separately run instance of its capability.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="611"/>
        <source> &lt;b&gt;(estimated)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="612"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="614"/>
        <source>&lt;p&gt;&lt;b&gt;Cheapest commons alternative&lt;/b&gt;&lt;br/&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="616"/>
        <location filename="../ui/mainwindow.cpp" line="652"/>
        <source>&lt;p&gt;&lt;b&gt;Source&lt;/b&gt;&lt;br/&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="636"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="636"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="640"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="642"/>
        <source>In bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="642"/>
        <source>not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="644"/>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="644"/>
        <source>%n, cost not published</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="647"/>
        <source>&lt;p&gt;&lt;b&gt;Published breakdown&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="649"/>
        <source>&lt;p&gt;&lt;b&gt;Source of the breakdown&lt;/b&gt;&lt;br/&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="654"/>
        <source>&lt;p style=&apos;color:#4b5563&apos;&gt;Click a brick or system, or press an arrow key in the graph, to see its capability, cost, source and the cheapest commons alternative.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="776"/>
        <source>Welcome to LiveDNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="777"/>
        <source>&lt;p&gt;Your local cache is empty.&lt;/p&gt;&lt;p&gt;Load the bundled &lt;b&gt;demo commons&lt;/b&gt;? Its organisations are real names but its figures are &lt;b&gt;illustrative, not real&lt;/b&gt;. You can sync a real commons later from the File menu.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="789"/>
        <source>the demo commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="790"/>
        <source>Syncing from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="790"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="791"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="799"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="821"/>
        <source>Sync cancelled; the cache is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="824"/>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="825"/>
        <source>Nothing was changed: the cache holds what it held before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="834"/>
        <source>Sync from a commons folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="846"/>
        <location filename="../ui/mainwindow.cpp" line="855"/>
        <source>Sync from a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="847"/>
        <source>Address of the commons (its folder or its index.json):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="855"/>
        <source>“%1” is not an http, https or file URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="883"/>
        <location filename="../ui/mainwindow.cpp" line="890"/>
        <source>Export view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="884"/>
        <source>SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="892"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="919"/>
        <source>About LiveDNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="920"/>
        <source>&lt;h3&gt;LiveDNA %1&lt;/h3&gt;&lt;p&gt;What public services are made of: costs, standard commons bricks and bespoke duplication, from a published digital commons.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::MatrixCanvas</name>
    <message>
        <location filename="../ui/matrixview.cpp" line="29"/>
        <source>DNA matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="30"/>
        <source>Organisations as rows, capabilities as columns; arrow keys move, Enter opens the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="75"/>
        <source>No organisation matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="201"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="202"/>
        <source>runs its own system, cost not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="203"/>
        <source>standard and bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="204"/>
        <source>bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="204"/>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="208"/>
        <source>%1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="210"/>
        <source>, of which bespoke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="211"/>
        <source>&lt;br/&gt;&lt;i&gt;Click to see these bricks&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="217"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2 · %3 · %4&lt;br/&gt;%5 a year; bespoke in %6 capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="225"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;bespoke in %3 organisations, standard in %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::MatrixView</name>
    <message>
        <location filename="../ui/matrixview.cpp" line="245"/>
        <source>Filter organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="247"/>
        <source>Filter matrix rows by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="255"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="256"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="257"/>
        <source>Councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="258"/>
        <source>NHS trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="259"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="260"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="261"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="262"/>
        <source>Sort rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="263"/>
        <source>Rows by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="264"/>
        <source>Rows by total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="265"/>
        <source>Rows by bespoke capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="266"/>
        <source>Rows by kind and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="267"/>
        <source>Rows by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="268"/>
        <source>Sort columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="269"/>
        <source>Columns as catalogued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="270"/>
        <source>Columns by most bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="271"/>
        <source>Columns by layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="272"/>
        <source>Columns by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="273"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="274"/>
        <source>All layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="275"/>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="276"/>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="359"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="360"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="384"/>
        <source>No organisation in this commons is mapped into bricks or states a system yet, so every cell is absent. Their reported spend is in the organisation list and each header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="392"/>
        <source>%1 of %2 organisations × %3 capabilities, each organisation&apos;s latest year. Click a cell to see that organisation&apos;s bricks of that capability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="404"/>
        <source>DNA matrix — %1 organisations × %2 capabilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::OrgFigureModel</name>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="246"/>
        <source>no commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="256"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="257"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="258"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="259"/>
        <source>Standard instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="260"/>
        <source>Bespoke instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="261"/>
        <source>Bespoke spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="262"/>
        <source>Duplication index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="263"/>
        <source>Estimated saving (range)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::OrganisationListModel</name>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="65"/>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="67"/>
        <source>NHS trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="71"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="135"/>
        <source>%1 in bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="138"/>
        <source>not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="161"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="162"/>
        <source>type not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="162"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="164"/>
        <source>Year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/organisationlistmodel.cpp" line="165"/>
        <source>%n service(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="166"/>
        <source>Reported net spend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="169"/>
        <source>frontline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="171"/>
        <source>overhead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="173"/>
        <source>unclassified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="177"/>
        <source>Years held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/organisationlistmodel.cpp" line="178"/>
        <source>Mapped into %n brick(s): %1 a year</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="179"/>
        <source>Not mapped into bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="227"/>
        <source>Net expenditure published in official returns; services that publish nothing are counted as unknown. Where an organisation publishes no net expenditure, the published costs of its bricks are shown instead (“in bricks”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="231"/>
        <source>Spend mapped into bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="237"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="239"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="241"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="243"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="245"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="247"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="249"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="251"/>
        <source>In bricks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::ProposalCanvas</name>
    <message>
        <location filename="../ui/proposal/proposalcanvas.cpp" line="245"/>
        <source>Replace with commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalcanvas.cpp" line="249"/>
        <source>%1 — %2 a year (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalcanvas.cpp" line="256"/>
        <source>Connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalcanvas.cpp" line="257"/>
        <source>Disconnect from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalcanvas.cpp" line="274"/>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::ProposalWorkspace</name>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="66"/>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="72"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="72"/>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="74"/>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="80"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="80"/>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="86"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="90"/>
        <source>Briefing (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="90"/>
        <source>ArchiMate exchange file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="91"/>
        <source>GraphML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="91"/>
        <source>Spreadsheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="92"/>
        <source>Proposal file (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="99"/>
        <source>Compare with baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="100"/>
        <source>Compare with proposal file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="101"/>
        <source>Compare with proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="102"/>
        <source>LiveDNA proposals (*.livedna-proposal.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="111"/>
        <source>Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="112"/>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="279"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="117"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="118"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="126"/>
        <source>Selected brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="129"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="135"/>
        <source>Annual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="136"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="137"/>
        <source>FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="140"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="142"/>
        <source>Commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="143"/>
        <source>Remove brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="146"/>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="147"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="150"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="151"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="152"/>
        <source>Why this redesign? (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="153"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="154"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="193"/>
        <source>“%1” is not a number of FTE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="282"/>
        <source>Your last edit could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="316"/>
        <source>Export proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="322"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="331"/>
        <source>This is a new service: there is no baseline to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="334"/>
        <source>the published service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="345"/>
        <source>%1 proposes a change to service &apos;%2&apos;, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="415"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="416"/>
        <source>commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="416"/>
        <source>bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="426"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::PublishDialog</name>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="22"/>
        <source>Publish commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="24"/>
        <source>Folder with bricks.json and organisation documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="26"/>
        <source>Commons folder (served as is, or synced from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="28"/>
        <source>e.g. england-local (kept from the previous publication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="31"/>
        <source>Secret key file: leave empty to publish unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="34"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="35"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="44"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="51"/>
        <source>New key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="54"/>
        <source>&amp;Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="55"/>
        <source>&amp;Commons folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="56"/>
        <source>Commons &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="57"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="58"/>
        <source>&amp;Sign with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="59"/>
        <source>&amp;Expires after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="62"/>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="75"/>
        <source>Nothing was published.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="122"/>
        <source>Choose the documents folder and the commons folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="127"/>
        <source>Validating and publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="137"/>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="138"/>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="145"/>
        <location filename="../ui/import/publishdialog.cpp" line="151"/>
        <source>New signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="155"/>
        <source>Secret key: %1 (keep it private)
Public key: %1.pub — readers pin it with &apos;livedna-cli sync --trust %1.pub&apos;.
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::RemoveBrick</name>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="134"/>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::RemoveFlow</name>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="97"/>
        <source>Disconnect “%1” from “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::RollupModel</name>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="61"/>
        <source>no estimate: nothing mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/rollupmodel.cpp" line="64"/>
        <source>%1 + %n unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="71"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="74"/>
        <source>unknown: no reported spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="75"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="88"/>
        <source>%1 across %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="123"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="124"/>
        <source>This commons: estimated saving (range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="125"/>
        <source>Per mapped organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="126"/>
        <source>Organisations mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="127"/>
        <source>Reported spend mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="128"/>
        <source>Published claim, a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="129"/>
        <source>Claim per organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="130"/>
        <source>Source of the claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::ScenarioModel</name>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="602"/>
        <location filename="../core/analysis/analysismodels.cpp" line="607"/>
        <location filename="../core/analysis/analysismodels.cpp" line="616"/>
        <source>no estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/analysismodels.cpp" line="603"/>
        <source>%1 + %n unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="620"/>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="632"/>
        <source>%1 posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="637"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="638"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="639"/>
        <source>Estimated saving (range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="640"/>
        <source>Moved to the frontline (range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="641"/>
        <source>Duplication index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::ScenarioPanel</name>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="33"/>
        <source>No analysis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="41"/>
        <source>Assumptions (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="46"/>
        <source>Share of the saving moved to the frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="51"/>
        <source>Share of the saving moved to the frontline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="60"/>
        <source>Annual cost of one %1 post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="67"/>
        <source>%1, a year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="79"/>
        <source>National roll-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="91"/>
        <source>Beside the published national claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="98"/>
        <source>Coverage of this commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="100"/>
        <source>This commons beside the published claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="105"/>
        <source>Claims: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="151"/>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="158"/>
        <source>No saving can be estimated yet: nothing mapped into bricks has a capability for which this commons offers a standard brick to compare with, so nothing is moved to the frontline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/scenariopanel.cpp" line="161"/>
        <source>%n estimate(s) unknown for want of published units.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="164"/>
        <source>Moving %1% of an estimated %2 a year to the frontline would pay for %3 nurses or %4 teachers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/scenariopanel.cpp" line="169"/>
        <source>%n estimate(s) unknown for want of published units are not included.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="162"/>
        <location filename="../ui/analysis/scenariopanel.cpp" line="171"/>
        <source>People&apos;s work is never counted as a saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="185"/>
        <source>Edited by the user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::SearchBox</name>
    <message>
        <location filename="../ui/views.cpp" line="71"/>
        <source>Search organisations, services, bricks, capabilities  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views.cpp" line="74"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views.cpp" line="127"/>
        <source>%1 — organisation (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views.cpp" line="130"/>
        <source>%1 — capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views.cpp" line="132"/>
        <source>%1 — commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views.cpp" line="135"/>
        <source>%1 — service, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views.cpp" line="137"/>
        <source>%1 — brick in %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::ServiceTableModel</name>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="207"/>
        <source>Sum of the service&apos;s bricks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="230"/>
        <source>Share of the reported cost mapped into bricks; the rest is unmapped spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="311"/>
        <source>Bricks built or bought by this organisation rather than taken from the commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="322"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="332"/>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="334"/>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="324"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="165"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="169"/>
        <source>not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="171"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="179"/>
        <source>%1 (%2 est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="199"/>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="201"/>
        <source>Year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="208"/>
        <source>Not mapped into bricks yet: see the reported figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="211"/>
        <source>No cost published for this service: unknown, not £0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="212"/>
        <source>Reported net expenditure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="214"/>
        <source>Negative: income was above spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="220"/>
        <source>The layer of the service&apos;s reported spend as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="221"/>
        <source>The source does not say whether this spend is frontline or overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="224"/>
        <source>The commons holds no earlier year for this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="225"/>
        <source>No reported figure for this service in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="226"/>
        <source>Reported net %1: %2 → %3: %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="232"/>
        <source>Systems the service is known to run, with no published cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="300"/>
        <source>Net expenditure published in official returns for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="302"/>
        <source>Change in reported net spend from the previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="303"/>
        <source>Change in reported net spend from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="305"/>
        <source>Spend mapped into bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="307"/>
        <source>Mapped spend on people-centred work that should not be automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="309"/>
        <source>Mapped spend on back office, technology and management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="313"/>
        <source>Systems the service runs on, with no published cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="326"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="328"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="328"/>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="330"/>
        <source>In bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="336"/>
        <source>Mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="338"/>
        <source>Bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="340"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="342"/>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::SimilarityModel</name>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="513"/>
        <source>not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="519"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="535"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="536"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="537"/>
        <source>Standard playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="538"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="539"/>
        <source>Cost distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="540"/>
        <source>Mean Jaccard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="541"/>
        <source>Mean cost similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="542"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="543"/>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::SimilarityView</name>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="33"/>
        <source>No analysis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="40"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="44"/>
        <source>Capability-set Jaccard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="45"/>
        <source>Cost-weighted similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="46"/>
        <source>Similarity measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="51"/>
        <source>Organisations by distance from the standard playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="54"/>
        <source>Pairwise similarity heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="65"/>
        <source>similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="68"/>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="93"/>
        <source>%1 (%2 organisations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="129"/>
        <source>%1: %2 (%3 of %4 organisations have bricks in this service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="133"/>
        <source>Standard playlist, shared by %1 of %2 mapped organisations (%3 in all): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::SourcesView</name>
    <message>
        <location filename="../ui/sourcesview.cpp" line="55"/>
        <source>Retrieved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="74"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="76"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="76"/>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="76"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="76"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="76"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="76"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="105"/>
        <source>Select an organisation to see where its figures come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="117"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="123"/>
        <source>Brick catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="132"/>
        <source>%1&apos;s document lists no sources: its figures are not traced to a published row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="133"/>
        <source>&lt;b&gt;Sources of %1, %2&lt;/b&gt; — each figure&apos;s tooltip and detail panel name its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sourcesview.cpp" line="137"/>
        <source>%n reported figure(s) state no source.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>livedna::SpendingImportWizard</name>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="78"/>
        <source>Import spending CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="84"/>
        <source>Spending file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="85"/>
        <source>A CSV of spending by organisation and service, such as the MHCLG Revenue Outturn long form. Costs are never invented: each organisation&apos;s services get the published amount as their reported cost and stay unmapped until someone maps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="93"/>
        <source>CSV &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="94"/>
        <source>Spending CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="94"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="98"/>
        <source>&amp;Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="99"/>
        <source>Folder of organisation documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="108"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="109"/>
        <source>The first rows as read. Say which column holds what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="115"/>
        <source>Organisation code (GSS/ODS), used as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="116"/>
        <source>GSS code, matched to current councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="117"/>
        <source>Finance e-code, matched to current councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="118"/>
        <source>Council name, matched to current councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="120"/>
        <source>uk_local_authorities.csv (for matching)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="127"/>
        <source>e.g. 2017-18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="132"/>
        <source>1000 when amounts are in £ thousand (Revenue Outturn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="134"/>
        <source>COLUMN=VALUE; … (keep only these rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="136"/>
        <source>COLUMN=VALUE; … (drop these rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="137"/>
        <source>Only organisations that already have a document in the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="141"/>
        <source>O&amp;rganisation column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="142"/>
        <source>Organisation &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="143"/>
        <source>Re&amp;gister:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="144"/>
        <source>Local authority register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="144"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="148"/>
        <source>&amp;Service column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="149"/>
        <source>Service &amp;id column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="150"/>
        <source>Ca&amp;tegory column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="151"/>
        <source>&amp;Amount column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="152"/>
        <source>Amount &amp;multiplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="153"/>
        <source>&amp;Period column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="154"/>
        <source>Period (if no column):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="155"/>
        <source>&amp;Include rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="156"/>
        <source>E&amp;xclude rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="163"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="164"/>
        <source>What was imported, what was skipped and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="173"/>
        <source>Nothing was imported.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="227"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="232"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="233"/>
        <source>Delimiter: %1 · %2 · %3 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="234"/>
        <source>UTF-8 with byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="234"/>
        <source>no byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="237"/>
        <source>The first %1 rows as read (%2). Say which column holds what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="257"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="299"/>
        <source>Choose the output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="313"/>
        <source>Needed: a financial year such as 2017-18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="317"/>
        <source>Needed to match councils: uk_local_authorities.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="352"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::Syncer</name>
    <message>
        <location filename="../core/sync/syncer.cpp" line="244"/>
        <source>sync cancelled; the cache is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="253"/>
        <source>the cache is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="314"/>
        <source>unknown format &quot;%1&quot;; this LiveDNA reads %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="77"/>
        <location filename="../core/sync/syncer.cpp" line="326"/>
        <source>path &quot;%1&quot; is outside the commons: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="107"/>
        <source>expected an array of extra files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="117"/>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="123"/>
        <source>expected the type of the extra file as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="75"/>
        <source>expected a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="79"/>
        <source>path &quot;%1&quot; is also listed as a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="83"/>
        <source>expected 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="88"/>
        <source>expected a whole number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="130"/>
        <source>a second areas document; a commons carries at most one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="139"/>
        <source>a second LGSL list; a commons carries at most one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="328"/>
        <source>path &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="336"/>
        <source>organisation &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="337"/>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="345"/>
        <source>organisation &quot;%1&quot; has several documents, so each of its entries needs a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="348"/>
        <source>lists %1 bricks documents; exactly one is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="362"/>
        <source>index.json expired on %1; its data may be stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="365"/>
        <source> (refused in strict mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="389"/>
        <source>version %1 is lower than version %2 already accepted for commons &quot;%3&quot;; refusing a rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="397"/>
        <source>version %1 was already accepted with different content; a publisher must raise the version with every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="440"/>
        <source>lists %1 as organisation &quot;%2&quot; but that unchanged document is &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="490"/>
        <source>index.json says it is %1 bytes; LiveDNA accepts an LGSL list of at most %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="496"/>
        <source>index.json says it is %1 bytes; LiveDNA accepts an areas document of at most %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="503"/>
        <source>index.json says it is %1 bytes; LiveDNA accepts documents of at most %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="521"/>
        <source>downloading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::TreemapCanvas</name>
    <message>
        <location filename="../ui/treemapview.cpp" line="28"/>
        <source>Spend treemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="54"/>
        <source>Nothing to draw: no service of this organisation has a published cost above zero or a brick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="71"/>
        <source>&lt;br/&gt;%1 of this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="73"/>
        <source>Standard commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="73"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="75"/>
        <source>&lt;br/&gt;Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="77"/>
        <source>&lt;br/&gt;Reported in official returns but not yet mapped into bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="79"/>
        <source>&lt;br/&gt;&lt;b&gt;Source&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="81"/>
        <source>&lt;br/&gt;&lt;i&gt;Click to look inside&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::TreemapView</name>
    <message>
        <location filename="../ui/treemapview.cpp" line="170"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="190"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="196"/>
        <source>Net income, income above spending: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/treemapview.cpp" line="198"/>
        <source>%n service(s) reported £0.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/treemapview.cpp" line="200"/>
        <source>%n service(s) publish no cost (unknown).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="201"/>
        <source>Not drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="242"/>
        <source>Go up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="252"/>
        <source>Open its brick graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="261"/>
        <source>Area is annual cost. Services contain their bricks (colour = capability, hatched = bespoke); grey hatched areas are reported spend not yet mapped into bricks. Click a service to look inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="263"/>
        <source>Area is annual cost. Use the path above to go back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="273"/>
        <source>Spend treemap — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::ValueRankingModel</name>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="402"/>
        <source>This service publishes no value inputs, so it has no index (not zero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="404"/>
        <source>This service is neither mapped into bricks nor reports a cost: it is not ranked (its cost is unknown, not zero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="421"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="422"/>
        <source>%1 (reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="428"/>
        <source>no volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="446"/>
        <source>%1 of %2 scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="457"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="458"/>
        <source>PVI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="459"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="460"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="460"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="461"/>
        <source>Scored spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="461"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="462"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="462"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="463"/>
        <source>Cost per transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="464"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="465"/>
        <source>Economy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::ValueRankingView</name>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="32"/>
        <source>No analysis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="50"/>
        <source>Weights (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="52"/>
        <source>Weight of the outcome input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="53"/>
        <source>Weight of the satisfaction input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="54"/>
        <source>Weight of any other input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="55"/>
        <source>Weight of quality in the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="56"/>
        <source>Weight of cost per transaction in the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="57"/>
        <source>Outcome input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="58"/>
        <source>Satisfaction input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="59"/>
        <source>Any other input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="60"/>
        <source>Quality (Q):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="61"/>
        <source>Economy (E):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="62"/>
        <source>PVI = 100 × (wQ·Q + wE·E) / (wQ + wE). Q = weighted mean of the service&apos;s value inputs; E = m / (m + c), c its cost per transaction and m the median c of the same service elsewhere (0.5 at the median). Without a volume, PVI = 100 × Q. Without inputs: no index. An organisation&apos;s PVI is the cost-weighted mean over its scored services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="71"/>
        <source>Services by Public Value Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="73"/>
        <source>Organisations by Public Value Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="74"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="75"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::WorkspaceWiring</name>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="104"/>
        <source>Import &amp;Spending CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="107"/>
        <source>&amp;Publish Commons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="119"/>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="121"/>
        <source>&amp;Duplication and Savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="124"/>
        <source>&amp;Frontline Shift Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="127"/>
        <source>Public &amp;Value Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="130"/>
        <source>Process &amp;Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="134"/>
        <source>&amp;Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="136"/>
        <source>&amp;New Proposal from Selected Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="139"/>
        <source>New &amp;Blank Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="142"/>
        <source>&amp;Open/Import Proposal File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="145"/>
        <source>Open proposal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="146"/>
        <source>LiveDNA proposals (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="150"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="152"/>
        <source>&amp;PDF Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="153"/>
        <source>&amp;ArchiMate Exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="154"/>
        <source>&amp;GraphML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="155"/>
        <source>&amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="156"/>
        <source>&amp;JSON Proposal File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="166"/>
        <source>&amp;Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="169"/>
        <source>&amp;Close Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="189"/>
        <source>LiveDNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="206"/>
        <source>Drafts recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="220"/>
        <source>Close this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="221"/>
        <source>Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="302"/>
        <source>Duplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="316"/>
        <source>Frontline Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="321"/>
        <source>Public Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="326"/>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="340"/>
        <source>The drafts file could not be opened, so no proposal can be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="351"/>
        <location filename="../ui/workspacewiring.cpp" line="381"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="351"/>
        <location filename="../ui/workspacewiring.cpp" line="381"/>
        <source>Proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="416"/>
        <source>Select a service in the explorer first: a proposal starts from a published service. Use Proposal → New Blank Service to design one from scratch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="429"/>
        <source>Could not start a proposal from %1/%2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="436"/>
        <location filename="../ui/workspacewiring.cpp" line="453"/>
        <source>Could not save the new draft in %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="448"/>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="467"/>
        <source>Could not open the proposal %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="488"/>
        <source>Could not open draft %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="507"/>
        <location filename="../ui/workspacewiring.cpp" line="515"/>
        <source>No proposal is open in front: open one before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="518"/>
        <source>Export proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="519"/>
        <source>proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="524"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="526"/>
        <source>Could not export to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="549"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::edit</name>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="17"/>
        <source>The service has no brick &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="37"/>
        <location filename="../core/proposal/proposalcommands.cpp" line="59"/>
        <source>The commons has no brick &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="40"/>
        <source>%1 provides &apos;%2&apos;, not &apos;%3&apos; like the brick it would replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="44"/>
        <source>&apos;%1&apos; already uses %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="73"/>
        <source>The commons has no capability &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="75"/>
        <location filename="../core/proposal/proposalcommands.cpp" line="111"/>
        <source>A cost must be a number of pounds, zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="124"/>
        <source>FTE must be a number, zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="138"/>
        <source>&apos;%1&apos; already flows to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="147"/>
        <source>&apos;%1&apos; does not flow to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="157"/>
        <source>A position must be finite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
