<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AnalysisCacheLoader</name>
    <message>
        <location filename="../core/analysis/analysiscacheloader.cpp" line="42"/>
        <location filename="../core/analysis/analysiscacheloader.cpp" line="234"/>
        <location filename="../core/analysis/analysiscacheloader.cpp" line="329"/>
        <source>cannot read the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysiscacheloader.cpp" line="48"/>
        <source>the cache is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysiscacheloader.cpp" line="53"/>
        <source>the cache holds no commons; run &apos;livedna-cli sync&apos; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysiscacheloader.cpp" line="54"/>
        <source>the cache holds no commons &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisCli</name>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="37"/>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="44"/>
        <source>estimated saving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="46"/>
        <source>people work: no saving (replacing it would cut the frontline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="48"/>
        <source>estimated saving unknown (the brick&apos;s price needs units not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="60"/>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="61"/>
        <source>Analyse commons ID (default: the last synced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="74"/>
        <source>too many arguments; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="110"/>
        <source>unknown organisation &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="117"/>
        <source>Duplication index: for every capability, bespoke spend and the saving from the cheapest commons brick (docs/analysis.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="120"/>
        <source>Only capability ID, with its organisations and instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="133"/>
        <source>unknown capability &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="139"/>
        <source>organisations %1, standard instances %2, bespoke instances %3, bespoke spend %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="143"/>
        <source>The commons lacks a brick for this capability: %1 organisations spending %2 would benefit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="146"/>
        <source>cheapest commons brick %1 at %2; saving %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="151"/>
        <source>bespoke %1 (%2 instances), saving %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="159"/>
        <location filename="../core/cli/analysiscommands.cpp" line="170"/>
        <source>bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="169"/>
        <source>capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="169"/>
        <source>orgs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="169"/>
        <source>std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="170"/>
        <source>bespoke £</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="171"/>
        <source>cheapest brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="171"/>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="171"/>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="172"/>
        <source>estimated saving (low to high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="175"/>
        <source>none: people&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/analysiscommands.cpp" line="177"/>
        <location filename="../core/cli/analysiscommands.cpp" line="190"/>
        <location filename="../core/cli/analysiscommands.cpp" line="237"/>
        <location filename="../core/cli/analysiscommands.cpp" line="324"/>
        <source> + %n unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="185"/>
        <location filename="../core/cli/analysiscommands.cpp" line="232"/>
        <source>Total saving (duplication index): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="188"/>
        <location filename="../core/cli/analysiscommands.cpp" line="235"/>
        <source>Estimated saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="271"/>
        <source>Share of the estimated saving moved to the frontline, 0..1 (default 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="318"/>
        <source>Share moved to the frontline: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="321"/>
        <source>%1 organisations, estimated saving %2, moved to the frontline %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="325"/>
        <source> (duplication index %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="328"/>
        <source>%1 (%2 to %3) %4 posts at %5 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="442"/>
        <source>%1 (%2 of %3 organisations have bricks in this service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="448"/>
        <source>Standard playlist (%1 of %2 mapped organisations): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="181"/>
        <source>(commons lacks one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="198"/>
        <source>An organisation&apos;s savings opportunities, largest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="200"/>
        <source>Organisation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="204"/>
        <source>savings needs an organisation code; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="223"/>
        <source>bespoke %1 in %2 instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="225"/>
        <source>no commons brick yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="227"/>
        <source>saving %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="231"/>
        <source>No bespoke instances: nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="245"/>
        <source>Beside the published claims (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="247"/>
        <source>this commons %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="249"/>
        <source>no estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="251"/>
        <source>%1 per mapped organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="253"/>
        <source>claimed %1 across %2 (%3 each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="261"/>
        <source>claimed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="268"/>
        <source>Frontline shift scenario: the saving as frontline posts, national roll-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="270"/>
        <location filename="../core/cli/analysiscommands.cpp" line="346"/>
        <source>Only this organisation (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="272"/>
        <source>Override a post&apos;s annual cost, e.g. nurse=41000 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="281"/>
        <source>--share must be a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="291"/>
        <source>Set on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="296"/>
        <source>--post wants ID=GBP with a known post id and a cost above 0: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="333"/>
        <source>Post costs are assumptions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="344"/>
        <source>Public Value Index per service and organisation (docs/analysis.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="347"/>
        <source>Weight of a value input, e.g. outcome=2 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="349"/>
        <source>Weight of quality in the index (default 0.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="350"/>
        <source>Weight of cost per transaction in the index (default 0.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="363"/>
        <source>--quality and --economy want a number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="369"/>
        <source>--weight wants KEY=W with W of 0 or more: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="389"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="394"/>
        <source>(%1 of %2 services scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="397"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="404"/>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="405"/>
        <source>%1 reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="406"/>
        <source>%1 mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="409"/>
        <source>%1 per transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="410"/>
        <source>no volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="419"/>
        <source>Process similarity of one service across organisations: capability-set Jaccard, cost-weighted similarity and the standard playlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="422"/>
        <source>LGSL id, service id or service name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="426"/>
        <source>similarity needs a service (LGSL id, id or name); see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="433"/>
        <source>no service matches &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="451"/>
        <source>org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="451"/>
        <source>distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="451"/>
        <source>cost dist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="452"/>
        <source>mean J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="452"/>
        <source>mean cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="452"/>
        <source>capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="455"/>
        <source>not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="472"/>
        <source>Duplication index by capability, with savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="473"/>
        <source>An organisation&apos;s savings opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="474"/>
        <source>Savings as frontline posts, national roll-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="475"/>
        <source>Public Value Index by service and organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="476"/>
        <source>Process similarity of one service across organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <location filename="../ui/analysis/analysisviewsupport.cpp" line="20"/>
        <source>No cache is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysisviewsupport.cpp" line="73"/>
        <source>Loading the analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysisviewsupport.cpp" line="74"/>
        <source>Loading the analysis… the window stays usable meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../ui/application.cpp" line="41"/>
        <source>LiveDNA: what public services are made of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="44"/>
        <source>Use this cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="47"/>
        <source>Do not offer the demo commons when the cache is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="57"/>
        <source>LiveDNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="58"/>
        <source>The cache %1 could not be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaCommands</name>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="36"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="52"/>
        <source>The cache holds no areas: sync a commons that publishes areas.json, or run &apos;livedna-cli import constituencies DIR&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="54"/>
        <source>areas in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="70"/>
        <source>Several MPs match &apos;%1&apos; (%2); give more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="77"/>
        <source>area needs a constituency code (PCON24CD), --mp NAME or --council CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="80"/>
        <source>No constituency matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="87"/>
        <source>The councils and NHS acute trusts that serve a 2024 parliamentary constituency, with the share of its residents each covers, from the areas synced into the cache. A council&apos;s share is that of the constituency&apos;s population living in it (a county&apos;s is that of its districts); a trust&apos;s is that living in its catchment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="91"/>
        <source>Constituency code, e.g. E14001063.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="92"/>
        <source>Find the constituency by its MP&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="93"/>
        <source>Every constituency a council (GSS code) serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="94"/>
        <source>Print JSON (an array with --council).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="95"/>
        <source>Leave out trusts serving less than this share (default 0.01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="108"/>
        <source>--min-trust-share must be a number between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="118"/>
        <source>&apos;%1&apos; is not a 2024 constituency code in the areas data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="136"/>
        <source>The 2024 parliamentary constituencies, their MPs, and the councils and NHS acute trusts that serve them, from a folder holding current_mps.csv, lad24_to_pcon24.json and nhs_trust22_to_ltla21.csv. Writes DIR/areas.json (format livedna-areas/1), which publish lists in index.json&apos;s &quot;extras&quot; so it syncs with the commons, and loads it into the cache unless --no-cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="141"/>
        <source>The constituencies folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="142"/>
        <source>Folder to write areas.json into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="143"/>
        <source>uk_local_authorities.csv (default DIR/../local-authorities/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="144"/>
        <source>etr_with_header.csv for trust names (default DIR/../nhs-orgs/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="145"/>
        <source>Only write --out; leave the cache alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="150"/>
        <source>import constituencies needs the constituencies folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="153"/>
        <source>--no-cache without --out would do nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/areacommands.cpp" line="184"/>
        <source>The councils and NHS trusts serving a constituency (CODE, --mp NAME or --council CODE)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaData</name>
    <message>
        <location filename="../core/area/areadata.cpp" line="56"/>
        <source>expected a share between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaFinder</name>
    <message>
        <location filename="../core/area/areafinder.cpp" line="32"/>
        <source>Constituency · no MP in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areafinder.cpp" line="32"/>
        <source>Constituency · MP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areafinder.cpp" line="35"/>
        <source>MP for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areafinder.cpp" line="35"/>
        <source>MP for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areafinder.cpp" line="45"/>
        <source>Council · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areafinder.cpp" line="45"/>
        <source>NHS trust · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areafinder.cpp" line="52"/>
        <source>Council · %1 · not in this commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areafinder.cpp" line="56"/>
        <source>NHS trust · %1 · not in this commons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaHeadlines</name>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="150"/>
        <source>Estimated saving on %1: the units its brick&apos;s price needs are not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="153"/>
        <source>Estimated saving on %1: the commons prices no standard brick to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="156"/>
        <source>Estimated savings: nothing it runs is mapped into bricks, so nothing can be compared with the commons&apos; bricks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="168"/>
        <source>Spend per head against peers: the commons holds no peer benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="176"/>
        <source>Spend per head against peers: the benchmarks have no distribution for councils of type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="181"/>
        <source>%1 councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="192"/>
        <source>peers&apos; figures: total service expenditure per head of the ONS mid-year population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="193"/>
        <source>peers&apos; figures: total service expenditure per head of the ONS mid-year population, %1 (the published year closest to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="204"/>
        <source>Net spend: no service reports one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/area/areaheadline.cpp" line="206"/>
        <source>Net spend: %n service(s) report no figure; the sum is over the others.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="210"/>
        <source>Spend per head: no population from a named source for a trust&apos;s catchment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="211"/>
        <source>Spend per head: no population from a named source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="213"/>
        <source>Spend per head: the net spend is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="215"/>
        <source>Reported frontline spend: no frontline service reports a figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="217"/>
        <source>Reported overhead spend: no overhead service reports a figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="219"/>
        <source>Mapped frontline / overhead: no service is mapped into bricks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="221"/>
        <source>Systems: none recorded in the commons (which is not the same as none run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="404"/>
        <source>The cache holds no areas: sync a commons that publishes areas.json, or run &apos;livedna-cli import constituencies DIR&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="406"/>
        <source>areas in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="421"/>
        <source>benchmarks in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="469"/>
        <source>&apos;%1&apos; is not a 2024 constituency code in the areas data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/areaheadline.cpp" line="491"/>
        <source>the commons lists it but its document could not be read from the cache</source>
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
        <location filename="../core/proposal/baseline.cpp" line="44"/>
        <source>Reported frontline spend, not yet mapped into bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="45"/>
        <source>Reported overhead spend, not yet mapped into bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="74"/>
        <source>Employees (reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="76"/>
        <source>Running costs (reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="88"/>
        <source>The cache holds no commons; sync one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="91"/>
        <source>Organisation %1 publishes no service &apos;%2&apos; in commons %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="95"/>
        <source>Redesign of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="136"/>
        <source>A new service: there is no published baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="143"/>
        <source>The cache does not hold commons %1, so the baseline cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="163"/>
        <source>%1 no longer publishes service &apos;%2&apos; (commons version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="169"/>
        <source>The baseline is up to date (commons version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proposal/baseline.cpp" line="172"/>
        <source>The published service changed since this draft started (version %1 → %2): %n change(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BenchmarkCommands</name>
    <message>
        <location filename="../core/cli/benchmarkcommands.cpp" line="42"/>
        <source>A council&apos;s spend per head by service (reported net cost over population) beside its class&apos;s published distribution (p10, p25, median, p75, p90) for the closest year, and beside its neighbours, every figure with its source. Reads the benchmarks and the organisations synced into the cache (offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/benchmarkcommands.cpp" line="46"/>
        <source>The council&apos;s GSS code, e.g. E06000001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/benchmarkcommands.cpp" line="47"/>
        <source>Financial year (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/benchmarkcommands.cpp" line="48"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/benchmarkcommands.cpp" line="53"/>
        <source>benchmark needs an organisation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/benchmarkcommands.cpp" line="73"/>
        <source>Peer benchmarks of council spend per head from a folder holding ro_per_head_distributions.csv, library_spend_per_head_2024-25.csv and county_dispersion_gross.csv. Writes DIR/benchmarks.json (format livedna-benchmarks/1), which publish lists in index.json&apos;s &quot;extras&quot; so it syncs with the commons, and loads it into the cache unless --no-cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/benchmarkcommands.cpp" line="78"/>
        <source>The benchmarks folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/benchmarkcommands.cpp" line="79"/>
        <source>Folder to write benchmarks.json into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/benchmarkcommands.cpp" line="80"/>
        <source>Only write --out; leave the cache alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/benchmarkcommands.cpp" line="85"/>
        <source>import benchmarks needs the benchmarks folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/benchmarkcommands.cpp" line="88"/>
        <source>--no-cache without --out would do nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/benchmarkcommands.cpp" line="119"/>
        <source>A council&apos;s spend per head by service against its class and neighbours (ORG [--json])</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchmarkData</name>
    <message>
        <location filename="../core/commons/benchmarkdata.cpp" line="74"/>
        <source>expected a financial year YYYY-YY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/benchmarkdata.cpp" line="85"/>
        <source>expected &quot;&lt;source id&gt;#&lt;row&gt;&quot; naming a source of /sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/benchmarkdata.cpp" line="95"/>
        <source>expected at least one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/benchmarkdata.cpp" line="103"/>
        <source>expected an id of [a-z0-9][a-z0-9.-]*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/benchmarkdata.cpp" line="105"/>
        <source>a second source with the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/benchmarkdata.cpp" line="119"/>
        <source>a second class with the code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/benchmarkdata.cpp" line="129"/>
        <source>&quot;%1&quot; is not a class of /classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/benchmarkdata.cpp" line="158"/>
        <source>less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/benchmarkdata.cpp" line="162"/>
        <source>a second distribution for %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchmarkImporter</name>
    <message>
        <location filename="../core/importers/benchmarkimporter.cpp" line="53"/>
        <source>No column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/benchmarkimporter.cpp" line="65"/>
        <source>%1 is not a number: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/benchmarkimporter.cpp" line="78"/>
        <source>%1 is not a whole number: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/benchmarkimporter.cpp" line="128"/>
        <source>year is not a financial year YYYY-YY: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/benchmarkimporter.cpp" line="132"/>
        <location filename="../core/importers/benchmarkimporter.cpp" line="212"/>
        <source>unknown council class &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/benchmarkimporter.cpp" line="136"/>
        <source>no service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/benchmarkimporter.cpp" line="146"/>
        <source>percentiles decrease (p10 ≤ p25 ≤ median ≤ p75 ≤ p90 expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/benchmarkimporter.cpp" line="174"/>
        <source>a second row for %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/benchmarkimporter.cpp" line="180"/>
        <source>a percentile is blank: kept as unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/benchmarkimporter.cpp" line="187"/>
        <source>Council spend per head by service: distribution within each council class (p10, p25, median, p75, p90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/benchmarkimporter.cpp" line="210"/>
        <source>not a GSS code: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/benchmarkimporter.cpp" line="218"/>
        <source>%1: no figure, kept as unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/benchmarkimporter.cpp" line="222"/>
        <source>Library spend per resident of each library authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/benchmarkimporter.cpp" line="248"/>
        <source>no service or county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/benchmarkimporter.cpp" line="260"/>
        <source>Within each two-tier county, the cheapest and dearest district per head (gross spend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/benchmarkimporter.cpp" line="273"/>
        <source>No such folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/benchmarkimporter.cpp" line="278"/>
        <source>Pounds per head as the source publishes them, built from MHCLG Revenue Outturn and ONS mid-year population, summarised within each council class (LB, MD, SC, SD, UA) as p10, p25, median, p75 and p90 for each year. Library figures are net spend per resident (the source&apos;s notes flag where income distorts them); the county dispersion is gross spend per head.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../core/render/brickgraph.cpp" line="279"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="333"/>
        <source>unknown capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="536"/>
        <source>Frontline (circle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="537"/>
        <source>Overhead (square)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="538"/>
        <source>Standard commons brick (solid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="539"/>
        <source>Bespoke (hatched, dashed edge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="547"/>
        <source>System: cost not published (no fill, fixed size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="549"/>
        <source>Estimated cost (dotted ring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="550"/>
        <source>Area ∝ annual cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <location filename="../core/area/briefing.cpp" line="44"/>
        <source> (source not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="70"/>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="71"/>
        <source>Licence not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="73"/>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="76"/>
        <source>Rows used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="85"/>
        <source>district council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="87"/>
        <source>unitary council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="89"/>
        <source>county council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="90"/>
        <source>NHS acute trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="96"/>
        <source>%1 of the residents live in its catchment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="97"/>
        <source>%1 of the residents live in its area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="98"/>
        <source>year of the figures unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="99"/>
        <source>figures for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="107"/>
        <source>Net spend %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/area/briefing.cpp" line="109"/>
        <source> (%n service(s) not reported)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="112"/>
        <source>Net spend: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="115"/>
        <source>%1 per head (population %2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="119"/>
        <source>per head: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/area/briefing.cpp" line="122"/>
        <source>%1 among %n peer(s) (%2, %3): median %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="125"/>
        <source>, middle half %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="133"/>
        <location filename="../core/area/briefing.cpp" line="237"/>
        <location filename="../core/area/briefingtext.cpp" line="56"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="140"/>
        <source>Reported frontline / overhead: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="142"/>
        <source>Reported: frontline %1, overhead %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="145"/>
        <source>, unclassified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="150"/>
        <source>Mapped into bricks: not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="153"/>
        <source>none mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/area/briefing.cpp" line="154"/>
        <source>Mapped into bricks: frontline %1, overhead %2 (%n brick(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="165"/>
        <source>Separately run systems: none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="170"/>
        <source>Separately run systems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="176"/>
        <source>Largest estimated savings: none can be estimated from the commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="179"/>
        <source>%1 %2 (range %3 to %4)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="182"/>
        <source>Largest estimated savings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="187"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="195"/>
        <source>Mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="206"/>
        <source>reported spend: frontline %1, overhead %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="208"/>
        <source>reported spend unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="209"/>
        <source>mapped into bricks: frontline %1, overhead %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="211"/>
        <source>not mapped into bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="212"/>
        <source>Chart of %1: %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="224"/>
        <source>Unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="236"/>
        <source>date not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="240"/>
        <source>Data: the commons %1, published %2, synced %3. It holds no figures for the organisations serving this constituency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="244"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="245"/>
        <source>Data: the commons %1, published %2, synced %3. The figures are for %4; each organisation gives its own years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="254"/>
        <source>%1 (%2, %3 of the residents): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/area/briefing.cpp" line="256"/>
        <source>%n more NHS trust(s) each serve under %1 of the residents and are not listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="259"/>
        <source>The commons in the cache holds none of the organisations serving this constituency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/area/briefing.cpp" line="265"/>
        <source>%1 is served by %n council(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/area/briefing.cpp" line="266"/>
        <source> and %n NHS acute trust(s) listed here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="273"/>
        <source>To suggest a better design for one of these services, open LiveDNA, find %1 in My area, press Suggest a redesign on an organisation&apos;s card and choose one of its services: the proposal starts from the service&apos;s reported composition (its cost lines and systems), and the exported proposal names the constituency. From the command line: livedna-cli proposal new %2 SERVICE --out proposal.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="315"/>
        <source>Briefing: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="316"/>
        <source>MP: none in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="317"/>
        <source>MP: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="317"/>
        <source>party unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="320"/>
        <source>Councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="321"/>
        <source>NHS acute trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="326"/>
        <source>Each chart: the top bar is the reported spend and the bottom bar the spend mapped into bricks, to one scale per organisation; green is frontline, blue overhead, grey unclassified; an empty outline is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="329"/>
        <source>What is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="331"/>
        <source>Sources and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="333"/>
        <source>Constituencies, MPs, council areas and NHS catchments: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="334"/>
        <source>Suggest a redesign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="336"/>
        <source>Made with LiveDNA %1 on %2. An unknown figure is written as unknown, never as £0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="352"/>
        <source>Unknown briefing format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="359"/>
        <location filename="../core/area/briefing.cpp" line="375"/>
        <source>A briefing is written as .pdf, .html or .md, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefing.cpp" line="365"/>
        <location filename="../core/area/briefing.cpp" line="368"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefingpdf.cpp" line="210"/>
        <location filename="../core/area/briefingtext.cpp" line="213"/>
        <source> Copy used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefingpdf.cpp" line="246"/>
        <source>Writing a PDF needs fonts, and so a QGuiApplication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefingpdf.cpp" line="255"/>
        <source>The briefing does not fit on two pages even in small type: too many organisations serve this constituency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefingtext.cpp" line="152"/>
        <source>en</source>
        <comment>language code of the briefing (BCP 47)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/area/briefingtext.cpp" line="190"/>
        <source> Copy used: &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingCommands</name>
    <message>
        <location filename="../core/cli/briefingcommands.cpp" line="26"/>
        <source>No MP matches &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/briefingcommands.cpp" line="28"/>
        <source>Several MPs match &apos;%1&apos; (%2); give more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/briefingcommands.cpp" line="34"/>
        <source>briefing needs a constituency code (PCON24CD) or --mp NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/briefingcommands.cpp" line="51"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/briefingcommands.cpp" line="63"/>
        <source>A briefing of at most two pages on a 2024 parliamentary constituency: its MP, the councils and NHS trusts that serve it with their figures, one chart each, what is unknown, and the sources and licences of every figure. The format follows the extension of --out: .pdf, .html or .md. --json prints the headline data instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/briefingcommands.cpp" line="67"/>
        <source>Constituency code, e.g. E14001063.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/briefingcommands.cpp" line="68"/>
        <source>Find the constituency by its MP&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/briefingcommands.cpp" line="69"/>
        <source>The file to write: FILE.pdf, FILE.html or FILE.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/briefingcommands.cpp" line="70"/>
        <source>Print the headline figures as JSON (unknown figures are null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/briefingcommands.cpp" line="76"/>
        <source>briefing needs --out FILE.pdf|FILE.html|FILE.md (or --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/briefingcommands.cpp" line="78"/>
        <source>--out must end in .pdf, .html or .md: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/briefingcommands.cpp" line="97"/>
        <source>Wrote the briefing on %1 (%2) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/briefingcommands.cpp" line="107"/>
        <source>A two-page briefing on a constituency (CODE or --mp NAME) --out FILE.pdf|.html|.md</source>
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
        <location filename="../core/cache/cache.cpp" line="298"/>
        <source>schema version %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cache.cpp" line="305"/>
        <source>Cannot read the cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cache.cpp" line="746"/>
        <source>Cannot record the public key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cache.cpp" line="748"/>
        <source>The cache holds no commons named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cache.cpp" line="761"/>
        <source>Cannot record the default commons: %1</source>
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
        <location filename="../core/cache/cachewriter.cpp" line="74"/>
        <source>Cannot write the cache (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="331"/>
        <source>%1: organisation %2 is published by more than one document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="332"/>
        <source>%1: organisation %2 is published by more than one document for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="544"/>
        <source>Cannot check references: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="551"/>
        <source>the new bricks.json no longer has the brick &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="554"/>
        <source>the new bricks.json no longer has the capability &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeBrickCost</name>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="24"/>
        <source>Change cost of “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeBrickFte</name>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="30"/>
        <source>Change FTE of “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="31"/>
        <source>Clear FTE of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeBrickName</name>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="18"/>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeProposalText</name>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="155"/>
        <source>Change title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="155"/>
        <source>Edit rationale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../core/cli/cli.cpp" line="61"/>
        <source>Usage: livedna-cli [--cache FILE] COMMAND [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="62"/>
        <source>The cache is --cache FILE, else $LIVEDNA_CACHE, else %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="65"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="69"/>
        <source>Run &apos;livedna-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="70"/>
        <source>Exit codes: 0 done, 1 usage error, 2 data invalid or refused, 3 I/O or network failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="95"/>
        <source>livedna-cli: --cache needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="141"/>
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
        <location filename="../core/cli/commonscommands.cpp" line="82"/>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="91"/>
        <location filename="../core/cli/commonscommands.cpp" line="99"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="97"/>
        <source>livedna-cli: wrong number of arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="186"/>
        <source>No organisation runs its own instance of that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="193"/>
        <source>product not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="262"/>
        <source>Refuse an index whose expiry date has passed instead of warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="265"/>
        <source>Pin this Ed25519 public key (keygen&apos;s .pub file): index.json must be signed by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="286"/>
        <source>Print no progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="310"/>
        <location filename="../core/cli/commonscommands.cpp" line="452"/>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="312"/>
        <source>%1: no index.json in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="314"/>
        <location filename="../core/cli/commonscommands.cpp" line="449"/>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="316"/>
        <source>%1: unsupported source; give a folder, a file://, http:// or https:// URL, or &apos;demo&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="336"/>
        <source>sync: %1% (%2 of %3) %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="340"/>
        <source>sync: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="384"/>
        <source>livedna-cli: sync from %1 failed; the cache is unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="385"/>
        <source>livedna-cli: sync from %1 refused; the cache is unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="395"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="400"/>
        <source>Commons: %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="402"/>
        <source>Nothing new: version %1 is already in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="406"/>
        <source>Version: %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="408"/>
        <source>Version: new -&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="418"/>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="419"/>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="420"/>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/commonscommands.cpp" line="421"/>
        <source>Fetched %n document(s), %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="423"/>
        <source>Warnings: %1 (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="431"/>
        <source>Checks a commons folder (its index.json and every document it lists) or one document
(index.json, bricks.json or an organisation) against the commons format, and lists
every problem with its file and JSON location. &apos;demo&apos; checks the bundled demo commons.
Exit codes: 0 valid, 1 usage error, 2 problems found, 3 the path cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="435"/>
        <source>Commons folder or one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="436"/>
        <source>livedna-cli validate PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="445"/>
        <source>%1: no readable index.json in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="456"/>
        <source>%1: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/commonscommands.cpp" line="462"/>
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="882"/>
        <source>Bring a commons (folder, bundle, URL or &apos;demo&apos;) into the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="888"/>
        <source>Count separately run instances of each capability, by product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="501"/>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="468"/>
        <source>Which commons (default: the one synced most recently).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="505"/>
        <source>livedna-cli orgs [--json] [--commons ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="480"/>
        <source>no commons &apos;%1&apos; in the cache %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="225"/>
        <source>Pinned the commons&apos; signing key on first use: %1
  Compare it with the key the publisher announced; later versions must be signed by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="231"/>
        <source>Pinned the signing key given with --trust: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="234"/>
        <source>Replaced the pinned signing key %1 with %2 (--replace-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="242"/>
        <source>Not the default commons: orgs, show and the application still show %1 &quot;%2&quot; (use --commons %3, or sync again with --make-default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="253"/>
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
        <location filename="../core/cli/commonscommands.cpp" line="260"/>
        <source>Folder, bundle, URL or &apos;demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="269"/>
        <source>Let --trust replace a different key already pinned for this commons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="272"/>
        <source>Make this commons the one shown when none is named (the first commons synced into a cache is the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="276"/>
        <source>Abandon a download slower than this many bytes a second over %1 s (default %2; 0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="282"/>
        <source>Abandon the sync after this many seconds (default %1; 0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="288"/>
        <source>livedna-cli sync [--strict] [--trust KEYFILE [--replace-key]] [--make-default] SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="292"/>
        <source>--replace-key needs --trust KEYFILE: the key that replaces the pinned one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="371"/>
        <source>--%1 needs a whole number ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="490"/>
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
        <location filename="../core/cli/commonscommands.cpp" line="498"/>
        <source>mapped_share: the share of reported spend mapped into bricks, in [0, 1], each service counting
its bricks up to its reported spend (over-allocation is not counted; see &apos;coverage&apos;); null
where no service reports a positive spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="533"/>
        <source>The cache %1 holds no organisations yet; try &apos;livedna-cli sync demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="541"/>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="541"/>
        <location filename="../core/cli/commonscommands.cpp" line="817"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="541"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="541"/>
        <source>SERVICES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="541"/>
        <source>PERIOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="542"/>
        <source>REP. FRONTLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="542"/>
        <source>REP. OVERHEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="542"/>
        <source>UNCLASSIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="542"/>
        <source>MAPPED FRONTLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="543"/>
        <source>MAPPED OVERHEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="559"/>
        <source>Commons %1 &quot;%2&quot;, version %3 from %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="564"/>
        <source>Expired on %1: the publisher has not renewed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/commonscommands.cpp" line="571"/>
        <source>unknown (%n service(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="574"/>
        <source>%1 + %2 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="585"/>
        <source>not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="614"/>
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
        <location filename="../core/cli/commonscommands.cpp" line="628"/>
        <source>Which period (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="633"/>
        <source>livedna-cli show [--json] [--commons ID] [--period YYYY-YY] ORG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="664"/>
        <source>no period %1 for &apos;%2&apos; in the cache; it holds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="792"/>
        <source>periods held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="796"/>
        <source>Reported %1: %2 (frontline %3, overhead %4, unclassified %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="801"/>
        <location filename="../core/cli/commonscommands.cpp" line="803"/>
        <source>Reported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="805"/>
        <source>Mapped into bricks: total %1, frontline %2, overhead %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="809"/>
        <source>Mapped into bricks: nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="812"/>
        <source>Source %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="817"/>
        <source>LAYER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="819"/>
        <source>SINCE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="820"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="820"/>
        <source>FRONTLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="820"/>
        <source>OVERHEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="625"/>
        <source>Organisation code (e.g. E06000023) or exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="626"/>
        <location filename="../core/cli/commonscommands.cpp" line="849"/>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="658"/>
        <source>no organisation &apos;%1&apos; in the cache %2; &apos;livedna-cli orgs&apos; lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="790"/>
        <source>period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="571"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="817"/>
        <source>SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="541"/>
        <location filename="../core/cli/commonscommands.cpp" line="817"/>
        <source>REPORTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="820"/>
        <source>BRICKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="820"/>
        <source>BESPOKE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="820"/>
        <source>SYSTEMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="823"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="840"/>
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
        <location filename="../core/cli/commonscommands.cpp" line="847"/>
        <source>A capability id (default: every capability).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="851"/>
        <source>List the organisations behind each number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="856"/>
        <source>livedna-cli instances [--json] [--verbose] [--commons ID] [CAPABILITY]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="867"/>
        <source>no capability &apos;%1&apos; in the commons&apos; catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="884"/>
        <source>Check a commons folder or document; list every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="886"/>
        <source>List organisations with their costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="887"/>
        <source>Show one organisation&apos;s services and costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonsReader</name>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="60"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="62"/>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="62"/>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="64"/>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="66"/>
        <source>the string %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="68"/>
        <location filename="../core/commons/commonsreader.cpp" line="295"/>
        <location filename="../core/commons/commonsreader.cpp" line="671"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="70"/>
        <location filename="../core/commons/commonsreader.cpp" line="279"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="74"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commons/commonsreader.cpp" line="257"/>
        <source>… and %n more problem(s) not listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="310"/>
        <source>“%1” must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="320"/>
        <source>a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="320"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="361"/>
        <source>“%1” must be an id of lower-case letters, digits, “.” and “-” that starts with a letter or digit ([a-z0-9][a-z0-9.-]*); found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="371"/>
        <source>an id ([a-z0-9][a-z0-9.-]*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="416"/>
        <location filename="../core/commons/commonsreader.cpp" line="478"/>
        <source>“%1” must be %2; found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="439"/>
        <source>“%1” must be one of %2; found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="456"/>
        <source>unsupported format version %1: this version of LiveDNA reads %2 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="460"/>
        <source>“format” must be “%1”; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="467"/>
        <source>required field “%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="495"/>
        <source>a number, or null when not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="515"/>
        <source>“source” must be “&lt;source id&gt;#&lt;locator&gt;”, such as “rsx-2023-24#line 25: E06000001, C7”; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="521"/>
        <source>“source” names the source %1, which is not listed in this document&apos;s “sources”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="602"/>
        <source>a number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="604"/>
        <source>an integer ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="607"/>
        <source>an integer ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="609"/>
        <source>a number between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="616"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="648"/>
        <source>the file is empty; expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="653"/>
        <source>JSON nesting is deeper than %1 levels; refused before parsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="661"/>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="670"/>
        <source>the document must be a JSON object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="671"/>
        <source>a scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="714"/>
        <source>“%1” must be an RFC 3339 date-time such as 2026-11-01T09:00:00Z; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="720"/>
        <source>“%1” must be a UTC time ending in “Z”; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="955"/>
        <source>a document entry must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="826"/>
        <source>unsafe path %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="831"/>
        <source>duplicate path %1 (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="841"/>
        <source>path %1 differs only in letter case from the path at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="853"/>
        <source>an organisation entry must name its organisation code in “org”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="907"/>
        <source>64 lower-case hexadecimal digits (the SHA-256 of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="968"/>
        <source>the index must list exactly one document of type “bricks”; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1017"/>
        <source>a capability must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="989"/>
        <source>duplicate capability id %1 (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1119"/>
        <location filename="../core/commons/commonsreader.cpp" line="1265"/>
        <source>a brick must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1090"/>
        <source>duplicate brick id %1 (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1032"/>
        <source>capability %1 is not one of the capabilities in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1177"/>
        <source>an integer ≥ 1 (a Local Government Service List id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1284"/>
        <source>duplicate brick id %1 in this service (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1210"/>
        <source>“uses” must name a brick from bricks.json; found an empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1216"/>
        <source>a bespoke brick (one without “uses”) must state its “capability”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1220"/>
        <source>“capability” must name a capability from bricks.json; found an empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1360"/>
        <source>a flow must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1366"/>
        <source>“from” names %1, which is not a brick of this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1369"/>
        <source>“to” names %1, which is not a brick of this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1419"/>
        <location filename="../core/commons/commonsreader.cpp" line="1635"/>
        <source>organisation code %1 does not match the index entry&apos;s “org” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1401"/>
        <source>a neighbour must be an organisation code (a non-empty string); found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="339"/>
        <source>“%1” must not contain control characters; found U+%2 at character %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="472"/>
        <source>“%1” must be %2 (the format&apos;s upper bound); found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="585"/>
        <source>at most %1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="587"/>
        <source>at most %1 (2^53 − 1, the largest version; a commons that reaches it is published again under a new commons id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="592"/>
        <source>between -%1 and %1 pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="593"/>
        <source>at most %1 pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="665"/>
        <source>this member name appears twice in its object; a reader would keep only one of the two values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="684"/>
        <source>“%1” must be a financial year written YYYY-YY, such as 2025-26; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="690"/>
        <source>“%1” %2 must end with the year after %3 (%3-%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="738"/>
        <source>“%1” must be an RFC 3339 date such as 2026-11-01; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="795"/>
        <source>a source must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="801"/>
        <source>duplicate source id %1 (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="864"/>
        <source>organisation %1 is listed twice (also at %2); several documents of one organisation each need their own “period”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="868"/>
        <source>organisation %1 is listed twice for the period %2 (also at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="924"/>
        <source>organisation %1 has %2 documents in this index, so each of its entries must carry “period”, equal to its document&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1049"/>
        <source>a product must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1055"/>
        <source>duplicate product id %1 (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1160"/>
        <source>“net_gbp” %1 must equal the service&apos;s “reported_cost_gbp” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1212"/>
        <source>“uses” names %1, which is not a brick in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1226"/>
        <location filename="../core/commons/commonsreader.cpp" line="1300"/>
        <source>“capability” names %1, which is not a capability in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1245"/>
        <source>an estimated brick must name its method and inputs in “source”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1304"/>
        <source>“product” must name a product from bricks.json; found an empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1306"/>
        <source>“product” names %1, which is not a product in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1323"/>
        <source>a system must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1329"/>
        <source>duplicate system id %1 in this service (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1331"/>
        <source>system id %1 is also the id of a brick of this service; a system&apos;s id must differ from its bricks&apos; ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1455"/>
        <source>a service must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1461"/>
        <source>duplicate service id %1 (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1492"/>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1548"/>
        <location filename="../core/commons/commonsreader.cpp" line="1794"/>
        <source>leads outside the commons folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1552"/>
        <source>index.json says it is %1 bytes; LiveDNA accepts documents of at most %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1581"/>
        <source>the index is %1 bytes, over the limit of %2 bytes (64 MiB); refused before parsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1640"/>
        <source>“period” %1 does not match the index entry&apos;s “period” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1650"/>
        <source>the document&apos;s catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1716"/>
        <source>the path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1718"/>
        <source>it must be relative, not start with “/”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1720"/>
        <source>it must use “/”, not a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1723"/>
        <source>it must not contain a scheme or drive (“:”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1727"/>
        <source>it must not contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1731"/>
        <source>it must not contain “%”, “?” or “#”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1741"/>
        <source>it must not contain an empty segment (“//” or a trailing “/”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1743"/>
        <source>it must not contain “..”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1745"/>
        <source>it must not contain “.” segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1789"/>
        <source>no index.json in this folder; a commons needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1560"/>
        <location filename="../core/commons/commonsreader.cpp" line="1798"/>
        <location filename="../core/commons/commonsreader.cpp" line="1838"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1543"/>
        <source>listed in index.json but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1699"/>
        <source>is larger than the %1 bytes index.json gives for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1701"/>
        <source>is %1 bytes long but index.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1704"/>
        <source>SHA-256 is %1 but index.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1836"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1840"/>
        <source>the file is over the limit of %1 bytes (64 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1865"/>
        <source>references not checked: the catalogue %1 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1871"/>
        <source>no “format” field: expected livedna-commons/1, livedna-bricks/1 or livedna-org/1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1872"/>
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
        <location filename="../core/proposal/compare.cpp" line="102"/>
        <source>Added brick “%1” (%2 a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/compare.cpp" line="105"/>
        <source>Removed brick “%1” (%2 a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/compare.cpp" line="109"/>
        <source>Replaced “%1” with commons brick “%2” (%3 a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/compare.cpp" line="111"/>
        <source>Changed brick “%1”: %2 (%3 a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/compare.cpp" line="118"/>
        <source>Added flow %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/compare.cpp" line="121"/>
        <source>Removed flow %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/compare.cpp" line="124"/>
        <source>Relabelled flow %1 → %2 from “%3” to “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/compare.cpp" line="129"/>
        <source>Service details changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/compare.cpp" line="130"/>
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
        <location filename="../core/sync/documentsource.cpp" line="44"/>
        <source>this build of LiveDNA has no bundled demo commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="55"/>
        <source>not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="62"/>
        <source>a commons URL names its folder or its index.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="77"/>
        <source>not a valid file:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="81"/>
        <source>unsupported kind of URL: use a folder, file://, http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="92"/>
        <source>a commons is a folder or its index.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="97"/>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="63"/>
        <source>Cannot use the drafts file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proposal/draftstore.cpp" line="75"/>
        <source>LiveDNA did not close properly last time. Your %n draft(s) were reopened as of their last saved edit; nothing saved was lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="93"/>
        <source>Cannot create a draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="112"/>
        <source>Cannot save draft %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="114"/>
        <source>Draft %1 no longer exists in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="125"/>
        <source>There is no draft %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="126"/>
        <source>%1 (draft %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="173"/>
        <source>Cannot delete draft %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Effect</name>
    <message>
        <location filename="../core/proposal/effect.cpp" line="72"/>
        <source>%1 a year of frontline spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/effect.cpp" line="75"/>
        <source>%1 frontline FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/effect.cpp" line="76"/>
        <source>Frontline cut: this proposal removes %1. This is a cut to the frontline, not a saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/effect.cpp" line="78"/>
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
        <location filename="../core/render/export.cpp" line="394"/>
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
        <location filename="../core/render/export.cpp" line="347"/>
        <source>● circle = frontline   ■ square = overhead   area ∝ annual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="348"/>
        <source>solid = standard commons brick   hatched with dashed edge = bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="383"/>
        <source>There is no service graph to save: select a service first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../core/export/exporter.cpp" line="51"/>
        <source>Started from My area: the constituency of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="52"/>
        <source>Started from My area: the constituency of %1 (%2), MP %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="70"/>
        <source>Baseline: service “%1” (%2) of %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="72"/>
        <source>Commons %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="73"/>
        <source>Organisation document SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="75"/>
        <source>A new service: no published baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="79"/>
        <source>Proposal created %1, last modified %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="93"/>
        <source>Financial year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="100"/>
        <source>%1 publishes no service &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="102"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="103"/>
        <source>%1: published services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="119"/>
        <source>Unknown export format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="129"/>
        <location filename="../core/export/exporter.cpp" line="132"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="200"/>
        <source>Saving on overhead and digital capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="202"/>
        <source>Moved to the frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="204"/>
        <source>Frontline cut (not a saving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/exporter.cpp" line="207"/>
        <source>Net change in total cost, frontline cut included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="193"/>
        <source> · commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="193"/>
        <source> · bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="203"/>
        <source>Annual cost before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="217"/>
        <location filename="../core/export/pdfexport.cpp" line="290"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="217"/>
        <location filename="../core/export/pdfexport.cpp" line="290"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="231"/>
        <location filename="../core/export/pdfexport.cpp" line="335"/>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="233"/>
        <location filename="../core/export/pdfexport.cpp" line="335"/>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="242"/>
        <source>PDF export needs the graphical toolkit (fonts), which is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="255"/>
        <source>Cannot start the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="262"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="277"/>
        <location filename="../core/export/pdfexport.cpp" line="333"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="278"/>
        <source>Annual saving: %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="281"/>
        <source>Moved to the frontline: %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="283"/>
        <source>Frontline cut: %1 a year, %2 FTE (not a saving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="290"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="290"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="291"/>
        <source>Total annual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="292"/>
        <source>Frontline cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="293"/>
        <source>Overhead cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="294"/>
        <source>Frontline FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="295"/>
        <source>Overhead FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="296"/>
        <location filename="../core/export/pdfexport.cpp" line="335"/>
        <source>Bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="297"/>
        <source>Bespoke bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="299"/>
        <source>Public Value Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="299"/>
        <location filename="../core/export/pdfexport.cpp" line="300"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="304"/>
        <source>FTE moved from overhead to frontline: %1 · Bespoke bricks removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="312"/>
        <source>Before: the published service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="315"/>
        <source>After: the proposed service (changed bricks outlined in colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="317"/>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="323"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="335"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="335"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="335"/>
        <location filename="../core/export/pdfexport.cpp" line="343"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="349"/>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="352"/>
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
    <name>ExtraReader</name>
    <message>
        <location filename="../core/commons/extrareader.cpp" line="25"/>
        <source>Not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/extrareader.cpp" line="27"/>
        <source>this member name appears twice in its object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/extrareader.cpp" line="30"/>
        <source>expected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/extrareader.cpp" line="41"/>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/extrareader.cpp" line="51"/>
        <source>expected a number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/extrareader.cpp" line="59"/>
        <source>expected a whole number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/extrareader.cpp" line="71"/>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/extrareader.cpp" line="78"/>
        <source>expected an object</source>
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
        <source>&lt;span style=&apos;color:#92400e&apos;&gt;No source stated&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/figures.cpp" line="147"/>
        <source>%1 &lt;span style=&apos;color:#92400e&apos;&gt;(not listed in the document&apos;s sources)&lt;/span&gt;</source>
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
        <location filename="../core/models/format.cpp" line="69"/>
        <source>%1£%2bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="70"/>
        <source>%1£%2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="71"/>
        <source>%1£%2k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="74"/>
        <location filename="../core/models/format.cpp" line="117"/>
        <location filename="../core/models/format.cpp" line="155"/>
        <source>%1£%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="136"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="160"/>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="167"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="175"/>
        <source>%1 FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="181"/>
        <source>publication date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="184"/>
        <source>published in the future (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="186"/>
        <source>published today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="189"/>
        <source>published yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="191"/>
        <source>published %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="192"/>
        <source>published %1 months ago</source>
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
    <name>HeadlineText</name>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="21"/>
        <location filename="../ui/area/headlinetext.cpp" line="50"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/area/headlinetext.cpp" line="41"/>
        <source>+ %n service(s) reporting nothing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="42"/>
        <source>Net spend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="45"/>
        <source>%1 per resident (population %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="49"/>
        <source>unknown: no population from a named source for a trust&apos;s catchment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="52"/>
        <source>Spend per head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="63"/>
        <location filename="../ui/area/headlinetext.cpp" line="76"/>
        <source>Against its peers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="63"/>
        <source>no comparison (see what is unknown below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/area/headlinetext.cpp" line="66"/>
        <source>median %1 per resident among %n peer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="68"/>
        <source>, middle half %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="70"/>
        <source>, 10th to 90th percentile %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="72"/>
        <source>; ranked %1 (1 = the lowest spend per head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="81"/>
        <source>frontline %1 · overhead %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="83"/>
        <source> · unclassified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/area/headlinetext.cpp" line="85"/>
        <source>+ %n unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="86"/>
        <source>Reported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/area/headlinetext.cpp" line="88"/>
        <source>frontline %1 · overhead %2 (%n brick(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/area/headlinetext.cpp" line="90"/>
        <source>, %n bespoke)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="91"/>
        <source>not mapped into bricks yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="92"/>
        <source>Mapped into bricks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="98"/>
        <location filename="../ui/area/headlinetext.cpp" line="104"/>
        <source>Separately run systems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="98"/>
        <source>none recorded in the commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="102"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="111"/>
        <location filename="../ui/area/headlinetext.cpp" line="118"/>
        <source>Largest estimated savings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="111"/>
        <source>none estimated (see what is unknown below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="114"/>
        <source>%1: %2–%3 a year (central %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="123"/>
        <source>Figures for %1 (latest document %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="126"/>
        <source>Unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/headlinetext.cpp" line="132"/>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="49"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="70"/>
        <source>Publish a folder of commons documents (bricks.json, organisation documents, optional lgsl.json) as a commons in OUT: validated, indexed with hashes, version one above OUT&apos;s previous one, swapped into place atomically, and signed with --sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="74"/>
        <source>Folder of documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="75"/>
        <source>Commons folder to publish into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="76"/>
        <source>Commons id (required the first time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="77"/>
        <source>Commons title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="78"/>
        <source>Sign index.json with this Ed25519 secret key (from keygen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="80"/>
        <source>Mark the publication stale after N days (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="82"/>
        <source>Publish with no expiry date (readers cannot tell a replayed old index from a current one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="88"/>
        <source>publish needs SRC and OUT (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="96"/>
        <source>--no-expiry and --expires-days cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="103"/>
        <source>--expires-days needs a whole number of days ≥ 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="108"/>
        <source>Nothing was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="118"/>
        <source>Make an Ed25519 key pair for signing a commons: OUT (secret, mode 0600) and OUT.pub (public: give it to readers for sync --trust).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="120"/>
        <location filename="../core/cli/importcommands.cpp" line="121"/>
        <source>Secret key file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="122"/>
        <source>Overwrite existing key files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="130"/>
        <source>keygen needs OUT (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="137"/>
        <source>Secret key: %1 (keep it private)
Public key: %1.pub
%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="163"/>
        <source>%1 needs %2 file(s) and %3 (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="164"/>
        <source>nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="168"/>
        <source>--period must be a financial year such as 2023-24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="176"/>
        <source>MHCLG Revenue Outturn Service Expenditure Summary (RSX), worksheet 2 as published (CSV). Finds the header row (the line starting E-code) and the end of the first table itself and matches columns by their header text. For each current English council, one service per RS service group with a figure: reported employees (C1), running expenses (C2), income (C4 + C5) and net (C7), in £ (the file&apos;s £ thousand × 1000); reported_cost_gbp = net; the layer from --layers; every figure names its line, council and column. Police, fire and other class O bodies are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="183"/>
        <source>RSX_YYYY-YY_data_by_LA.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="185"/>
        <location filename="../core/cli/importcommands.cpp" line="256"/>
        <source>uk_local_authorities.csv (mySociety).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="186"/>
        <source>Layer of each service group (default: the built-in resources/real/rsx-layers.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="202"/>
        <source>NHS Estates Returns (ERIC) trust data ($-delimited; columns matched by name). Each trust with a document in --out, or open in --ods, gets an &quot;Estates and facilities&quot; service whose bricks are its published facility costs (estates maintenance, energy, water, sewerage, cleaning, inpatient food, laundry and linen, portering, waste). A blank cost is no brick. --into writes into that period&apos;s document, marking the service with the data&apos;s period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="208"/>
        <source>ERIC-YYYY-YY.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="210"/>
        <location filename="../core/cli/importcommands.cpp" line="232"/>
        <source>Write into this period&apos;s document instead (e.g. the trusts&apos; latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="211"/>
        <location filename="../core/cli/importcommands.cpp" line="233"/>
        <source>etr_with_header.csv: also accept open trusts with no document yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="226"/>
        <source>NHS trusts&apos; medical-records costs (trust_mrc_and_epr.csv, column mrc_total_YYYYyy for --period) and, with --epr, each trust&apos;s primary EPR supplier: a &quot;Health records&quot; service with the cost as a brick and the EPR as a system with its product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="229"/>
        <source>trust_mrc_and_epr.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="231"/>
        <source>secondary_trusts_primary_epr_suppliers_20241001.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="249"/>
        <source>Which product each council runs, with no cost, as systems on its latest document in --out: libraries (library_catalogues.json) on the cultural service, planning (planning_scraper_list_2019.csv) on planning and development, street-reporting (street_reporting_backends.csv) on environmental and regulatory. Names and slugs are matched through the register; what does not match is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="254"/>
        <source>libraries, planning or street-reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="255"/>
        <source>The list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="257"/>
        <source>Extra published names (default: the built-in resources/real/name-aliases.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="264"/>
        <source>import systems: WHAT must be libraries, planning or street-reporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="275"/>
        <source>Writes DIR/bricks.json, the real commons&apos; catalogue: the capabilities the real importers use (with their work: digital or people) and the products the published lists name, from the built-in tables or --capabilities/--products. Nothing is priced: no standard brick has a published price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="279"/>
        <source>capabilities.csv (id, name, layer, work, rationale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="280"/>
        <source>products.csv (id, name, vendor, capability, published_as, source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="294"/>
        <source>Wrote %1: %2 capabilities, %3 products, no priced bricks.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="301"/>
        <source>Counts what a folder of imported documents holds (read back with the commons reader): organisations, documents per period, services, published and estimated bricks, systems, and figures per source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="304"/>
        <source>The folder the imports wrote (holding orgs/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="318"/>
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
  benchmarks DIR: council spend per head by service, class distributions (DIR/benchmarks.json)
Run &apos;livedna-cli import KIND --help&apos; for the options of one kind.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="346"/>
        <source>Output folder (organisation documents go to DIR/orgs/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="347"/>
        <source>Financial year of the costs, e.g. 2017-18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="352"/>
        <source>import %1 needs --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="359"/>
        <source>--period must be a financial year such as 2017-18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="384"/>
        <source>Current English councils (current-authority True, nation England) from mySociety&apos;s uk_local_authorities.csv, one document per GSS code; with --similarity, neighbours from the similarity clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="387"/>
        <source>uk_local_authorities.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="389"/>
        <source>Folder of mySociety *_la_labels.csv files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="390"/>
        <source>At most N neighbours (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="394"/>
        <source>import councils needs the register file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="405"/>
        <source>Spending by organisation and service from a CSV (delimiter and BOM detected). Each organisation+service becomes a service with reported_cost_gbp = sum of amount × scale and no bricks (unmapped). Blank and &apos;...&apos; amounts stay unknown; negative ones are kept. Columns are header names or 1-based numbers.
Revenue Outturn example:
  import spending RS_2017-18_by_LA_long.csv --org-col ons_code --org-key gss --register uk_local_authorities.csv --service-id-col rs_line --service-col rs_label --amount-col value_gbp_thousands --scale 1000 --period-col financial_year --include &apos;rs_section=Service Expenditure&apos; --exclude rs_line=699 --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="414"/>
        <source>The spending file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="417"/>
        <source>Column naming the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="418"/>
        <source>Column naming the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="419"/>
        <source>Column holding the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="420"/>
        <source>Column put before the service name in its id (e.g. a line number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="421"/>
        <source>Column giving the service category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="422"/>
        <source>Column giving the organisation name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="423"/>
        <source>Column giving the financial year of each row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="424"/>
        <source>Column giving the LGSL id of the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="425"/>
        <source>Multiply amounts by this (1000 for £ thousand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="426"/>
        <source>What the organisation column holds: code (default), gss, ecode or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="427"/>
        <source>uk_local_authorities.csv, for --org-key gss|ecode|name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="428"/>
        <source>Kind of organisations created: council (default), nhs-trust, other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="429"/>
        <source>Field delimiter (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="430"/>
        <source>Keep only rows where COL=VALUE (repeatable: any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="431"/>
        <source>Drop rows where COL=VALUE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="432"/>
        <source>Skip organisations that have no document in --out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="433"/>
        <source>The --service-id-col value is a Revenue Outturn line (190 … 698): give each service its RS service group&apos;s stable id and layer (the table of import rsx; --layers reads another copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="436"/>
        <source>The service-group table for --rs-groups (default: the built-in one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="437"/>
        <source>Id of the published source the file is (e.g. rs-2017-18): listed in each document&apos;s sources and named, with its rows, by each reported cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="444"/>
        <source>import spending needs one CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="461"/>
        <source>--scale needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="469"/>
        <location filename="../core/cli/importcommands.cpp" line="522"/>
        <source>--kind must be council, nhs-trust or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="477"/>
        <source>--delimiter must be one character (or &apos;tab&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="483"/>
        <source>--include needs COL=VALUE, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="489"/>
        <source>--exclude needs COL=VALUE, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="499"/>
        <source>An Open Referral UK / HSDS service feed (JSON array, paged response, or several page files) as the services of one organisation, with LGSL ids where the feed carries them and HTML stripped from descriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="502"/>
        <source>Feed files (pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="504"/>
        <source>Code of the organisation publishing the directory (e.g. E06000023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="505"/>
        <source>Its name, when it has no document in --out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="506"/>
        <source>Its kind: council (default), nhs-trust, other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="507"/>
        <source>Also import services whose status is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="511"/>
        <source>import oruk needs at least one feed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="528"/>
        <source>Open NHS trusts from the ODS etr extract (with or without header), one document per ODS code. --trust-types adds each trust&apos;s type and neighbours (same type, same NHS region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="531"/>
        <source>etr.csv or etr_with_header.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="533"/>
        <source>CSV with &apos;Organisation Code&apos; and &apos;Trust Type (Primary)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="537"/>
        <source>import nhs-trusts needs the etr file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="546"/>
        <source>The Local Government Service List (esd englishAndWelshServices CSV, or an lgsl.json). Loads it into the cache (unless --no-cache) so services are named and grouped by LGSL id, and with --out writes DIR/lgsl.json, which publish lists in index.json&apos;s &quot;extras&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="550"/>
        <source>englishAndWelshServices-all.csv, an lgsl.json, or a commons folder holding one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="551"/>
        <source>GOV.UK local_services.csv giving each service&apos;s providing tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="552"/>
        <source>Only write --out; leave the cache alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="556"/>
        <source>import lgsl needs the service list file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="559"/>
        <source>--no-cache without --out would do nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="584"/>
        <source>Loaded %1 LGSL services into the cache %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="589"/>
        <source>Unknown import kind &apos;%1&apos;.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="597"/>
        <source>Publish a folder of documents as a commons (validated, indexed, atomic, signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="598"/>
        <source>Make an Ed25519 key pair for signing a commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="599"/>
        <source>Import published data: councils, spending, oruk, nhs-trusts, lgsl, rsx, eric, nhs-records, systems, catalogue, constituencies, benchmarks</source>
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
    <name>MappingAddBrick</name>
    <message>
        <location filename="../core/mapping/mappingundo.cpp" line="107"/>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingAddFlow</name>
    <message>
        <location filename="../core/mapping/mappingundo.cpp" line="77"/>
        <source>Connect “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingCli</name>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="64"/>
        <source>Usage: %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/mappingcommands.cpp" line="69"/>
        <source>%1 needs %n argument(s) (see --help).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="75"/>
        <source>Which commons of the cache (default: the one synced most recently).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="80"/>
        <source>Which period (default: the organisation&apos;s latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="91"/>
        <source>the cache %1 holds no commons; sync one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="92"/>
        <source>no commons &apos;%1&apos; in the cache %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="102"/>
        <source>%1: cannot be read (or larger than %2 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/mappingcommands.cpp" line="107"/>
        <source>%1 is not a valid organisation document (%n problem(s)):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="129"/>
        <source>--source needs ID=TITLE with ID in [a-z0-9][a-z0-9.-]*, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="163"/>
        <source>no catalogue to validate against: give --bricks FILE, publish into a commons folder, or sync the commons into the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="171"/>
        <source>Writes an organisation&apos;s bricks from the cache as a CSV with the columns service,brick,name,capability,uses,annual_cost_gbp,fte,basis,source (one row per brick; a service with no bricks gets one row with only its id), and with --flows its flows as service,from,to,label. Cells a spreadsheet would run as formulas are written with a leading apostrophe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="176"/>
        <location filename="../core/cli/mappingcommands.cpp" line="217"/>
        <location filename="../core/cli/mappingcommands.cpp" line="268"/>
        <source>Organisation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="177"/>
        <source>The CSV to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="178"/>
        <source>Also write the flows CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="184"/>
        <source>mapping export needs --out FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="192"/>
        <source>no organisation &apos;%1&apos; (period %2) in the cache %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="193"/>
        <source>latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="202"/>
        <source>Wrote %1 (%2 %3): %4 bricks of %5 services.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="210"/>
        <source>Reads a mapping CSV (see mapping export) onto the organisation&apos;s document in the cache and writes the result to DIR/orgs/CODE/PERIOD.json, validated. Its services, reported figures and systems are kept; the bricks of every service an imported row names are replaced by the file&apos;s. Rows that cannot be imported are skipped and listed with their line; --strict writes nothing when any row is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="215"/>
        <source>The mapping CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="216"/>
        <source>The flows CSV (service,from,to,label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="218"/>
        <source>Folder to write the document into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="219"/>
        <source>List a source in the document so rows may name it (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="220"/>
        <source>Write nothing when any row is skipped (exit 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="228"/>
        <source>mapping import needs --org ORG and --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="241"/>
        <source>no organisation &apos;%1&apos; in the cache %2 to import onto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="244"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/mappingcommands.cpp" line="250"/>
        <source>--strict: %n row(s) skipped, nothing written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="265"/>
        <source>Shows what an organisation document changes against the version in the cache (same organisation and period): services and bricks added, changed and removed, and the change in mapped, frontline and overhead spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="269"/>
        <location filename="../core/cli/mappingcommands.cpp" line="300"/>
        <source>The organisation document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="270"/>
        <location filename="../core/cli/mappingcommands.cpp" line="418"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="284"/>
        <source>the document is %1&apos;s, not %2&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="295"/>
        <source>Validates an organisation document (every problem with its JSON pointer), shows its diff against the version in the cache, and publishes it: into a commons folder with --commons DIR (replacing the organisation&apos;s document for that period; version + 1; index.json signed with --key), or as one file with --export FILE (signed with --key into FILE.sig) for a central commons to take in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="301"/>
        <source>The commons folder to publish into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="302"/>
        <source>Write the one document here instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="303"/>
        <source>The organisation&apos;s Ed25519 secret key (from keygen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="304"/>
        <source>Commons id, for a first publication into an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="305"/>
        <source>Commons title, for a first publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="306"/>
        <source>The catalogue (bricks.json) to validate against and start a commons with (default: the folder&apos;s, else the cache&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="308"/>
        <source>Which commons of the cache to diff against (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="309"/>
        <source>Mark the publication stale after N days (an expiry is not carried over).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="322"/>
        <source>mapping publish needs either --commons DIR or --export FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="330"/>
        <source>--expires-days needs a whole number of days ≥ 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="342"/>
        <source>%1 is valid.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="346"/>
        <source>No commons in the cache to compare with: no diff shown.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="350"/>
        <source>Nothing was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="357"/>
        <source>Exported %1 (not signed).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="358"/>
        <source>Exported %1, signed in %2 with public key %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="365"/>
        <source>Checks an exported organisation document against its FILE.sig with the organisation&apos;s public key (what a central commons runs before taking it in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="367"/>
        <source>The exported document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="368"/>
        <source>The organisation&apos;s public key file (SECRET.key.pub).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="372"/>
        <source>mapping verify needs --key KEY.pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="376"/>
        <source>%1: the signature does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="377"/>
        <source>%1: signature good.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="384"/>
        <source>Usage: livedna-cli mapping export|import|diff|publish|verify ... (each has --help)
  export ORG [--period P] --out FILE.csv [--flows FILE.csv]
  import FILE.csv [--flows F] --org ORG --out DIR [--source ID=TITLE] [--strict]
  diff ORG FILE.json [--json]
  publish FILE.json (--commons DIR | --export ONE.json) [--key SECRET.key]
  verify ONE.json --key KEY.pub
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="407"/>
        <source>unknown mapping command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="413"/>
        <source>Mapping coverage: the share of reported spend mapped into bricks, nationally and per organisation (latest period), by service and by layer of the reported spend. A service counts its bricks up to its reported spend: over-allocation is shown separately, never counted; a service with no positive reported spend is outside the share, which is null where nothing is reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="419"/>
        <source>Only this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="420"/>
        <source>Also list every organisation and its services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="431"/>
        <source>no organisation &apos;%1&apos; in the cache %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="444"/>
        <source>Map an organisation into bricks: CSV export/import, diff, publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/mappingcommands.cpp" line="445"/>
        <source>Share of reported spend mapped into bricks, by service and layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingCsv</name>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="130"/>
        <source>Save it from the spreadsheet as “CSV UTF-8 (comma delimited)”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="132"/>
        <source>Line 1: the file is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="136"/>
        <source>Line %1: the file holds NUL bytes: it is UTF-16 or not text at all, not UTF-8. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="154"/>
        <source>Line %1: the file is not UTF-8 (byte 0x%2 at offset %3; Latin-1 or Windows-1252, perhaps). %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDraftFile</name>
    <message>
        <location filename="../core/mapping/mappingdraft.cpp" line="35"/>
        <source>%1: the organisation&apos;s own records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingdraft.cpp" line="45"/>
        <source>Estimates made while mapping the organisation in LiveDNA (each locator states the method, its inputs and the reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingdraft.cpp" line="137"/>
        <source>is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingdraft.cpp" line="139"/>
        <source>is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingdraft.cpp" line="143"/>
        <source>is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingdraft.cpp" line="146"/>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDraftStore</name>
    <message>
        <location filename="../core/mapping/mappingdraftstore.cpp" line="45"/>
        <source>The cache holds no organisation %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingdraftstore.cpp" line="67"/>
        <source>%1 has no service &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingdraftstore.cpp" line="97"/>
        <source>Cannot use the mapping drafts file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingdraftstore.cpp" line="119"/>
        <source>Cannot create a mapping draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingdraftstore.cpp" line="136"/>
        <source>Cannot save mapping draft %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingdraftstore.cpp" line="138"/>
        <source>Mapping draft %1 no longer exists in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingdraftstore.cpp" line="148"/>
        <source>There is no mapping draft %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingdraftstore.cpp" line="149"/>
        <source>%1 (mapping draft %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingdraftstore.cpp" line="193"/>
        <source>Cannot delete mapping draft %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingEdit</name>
    <message numerus="yes">
        <location filename="../core/mapping/mappingcommands.cpp" line="287"/>
        <source>Import %n service(s) from a spreadsheet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingImporter</name>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="192"/>
        <source>column %1 starts with “%2”, which a spreadsheet runs as a formula (formula injection): refused; write the text without it, or start the cell with an apostrophe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="198"/>
        <source>column %1 holds a control character (a line break or tab inside a cell): refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="222"/>
        <source>column %1 holds a control or text-direction character, which an id must not: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="257"/>
        <source>column %1 is “%2”, not a number of pounds or staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="261"/>
        <source>column %1 is negative (%2): it must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="264"/>
        <source>column %1 is %2, above the bound of %3: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="309"/>
        <location filename="../core/mapping/mappingcsv.cpp" line="313"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="349"/>
        <source>uses names “%1”, which is not a brick of the commons&apos; catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="351"/>
        <source>uses “%1” is a brick of the capability “%2”, but the capability column says “%3”: leave it empty or write “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="357"/>
        <source>a brick needs either a catalogue brick in uses (standard) or a capability (bespoke); both are empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="360"/>
        <source>capability “%1” is not a capability of the commons&apos; catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="368"/>
        <source>an estimated brick must say how it was estimated: write its method and inputs in source, as “&lt;source id&gt;#&lt;method and inputs&gt;”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="375"/>
        <source>source “%1” must be “&lt;source id&gt;#&lt;locator&gt;” (for an estimate, the locator states the method and its inputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="381"/>
        <source>source “%1” is not listed in the document&apos;s sources (%2); add it with --source %1=TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="383"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="418"/>
        <source>column service is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="420"/>
        <source>column brick (the brick&apos;s id) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="423"/>
        <location filename="../core/mapping/mappingcsv.cpp" line="497"/>
        <location filename="../core/mapping/mappingcsv.cpp" line="573"/>
        <source>service “%1” is not a service of %2&apos;s %3 document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="427"/>
        <source>brick id “%1” is already the id of a system of service “%2”; give the brick another id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="443"/>
        <source>no cost: a brick&apos;s cost is never invented; give the published cost, or an estimate with basis “estimated” and its method in source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="453"/>
        <source>basis is “%1”; it must be “published”, “estimated” or empty (published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="463"/>
        <source>duplicate brick id “%1” in service “%2” (first at line %3): refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="476"/>
        <source>Line 1: the header lacks the column(s) %1; a mapping CSV has the columns %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="484"/>
        <source>the row has %1 fields, the header %2 (an unquoted comma in a name?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="537"/>
        <source>service “%1”: the flow %2 → %3 was dropped: one of its bricks is no longer in the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="551"/>
        <source>Line 1: the header lacks the column(s) %1; a flows CSV has the columns %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="576"/>
        <source>the flow %1 → %2 names a brick that service “%3” does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="606"/>
        <source>over-allocated: the bricks of service “%1” cost %2, more than its reported spend of %3 (by %4); imported, and coverage counts it as fully mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="609"/>
        <source>over-allocated: the bricks of service “%1” cost %2, but its reported net spend is %3 (income covers it); imported, and it has no coverage share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="634"/>
        <source>Line 1: the file is empty; it needs a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="642"/>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcsv.cpp" line="644"/>
        <source>The file is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPeers</name>
    <message>
        <location filename="../core/mapping/mappingpeers.cpp" line="102"/>
        <source>%1 has no positive reported spend to scale by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingpeers.cpp" line="104"/>
        <source>%1 publishes no positive reported spend for %2 to scale by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingpeers.cpp" line="111"/>
        <location filename="../core/mapping/mappingpeers.cpp" line="113"/>
        <source>The population of %1 is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingpeers.cpp" line="157"/>
        <source>The cache no longer holds %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingRemoveBrick</name>
    <message>
        <location filename="../core/mapping/mappingundo.cpp" line="113"/>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingRemoveFlow</name>
    <message>
        <location filename="../core/mapping/mappingundo.cpp" line="83"/>
        <source>Disconnect “%1” from “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../core/util/migrator.cpp" line="44"/>
        <source>Cannot start a migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="51"/>
        <location filename="../core/util/migrator.cpp" line="58"/>
        <source>Migration to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="67"/>
        <source>Migration to schema version %1 would break references between tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="75"/>
        <source>Cannot record schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="84"/>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="90"/>
        <source>The database %1 has schema version %2, newer than this version of LiveDNA understands (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="111"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="118"/>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="135"/>
        <source>Cannot configure the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveBrick</name>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="46"/>
        <source>Move “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalCoverage</name>
    <message>
        <location filename="../core/mapping/mappingcoverage.cpp" line="212"/>
        <source>n/a (nothing reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/mapping/mappingcoverage.cpp" line="223"/>
        <source>%1: nothing reported (%n service(s) with no positive reported spend)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcoverage.cpp" line="226"/>
        <source>; %1 mapped outside the share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcoverage.cpp" line="229"/>
        <source>%1: %2 mapped of %3 reported (%4 unmapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcoverage.cpp" line="233"/>
        <source>; over-allocated %1 (not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcoverage.cpp" line="235"/>
        <source>; %1 mapped on services with no positive reported spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcoverage.cpp" line="241"/>
        <source>Mapping coverage: the share of reported spend mapped into bricks (%1 organisations).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcoverage.cpp" line="242"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcoverage.cpp" line="243"/>
        <source>By layer of the reported spend:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcoverage.cpp" line="246"/>
        <source>By service:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcoverage.cpp" line="251"/>
        <source>By organisation:
</source>
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
        <location filename="../core/analysis/nationalrollup.cpp" line="111"/>
        <source>All councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="33"/>
        <location filename="../core/analysis/nationalrollup.cpp" line="112"/>
        <source>All NHS trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="35"/>
        <source>The whole public sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="113"/>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="157"/>
        <source>%1% of their reported spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="158"/>
        <source>an unknown share of their spend (none of it is reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="161"/>
        <source>This commons maps %1 of its %2 councils into bricks, and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="163"/>
        <source>This commons maps %1 of its %2 NHS trusts into bricks, and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="165"/>
        <source>This commons maps %1 of its %2 organisations into bricks, and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="168"/>
        <source>The published claim spreads over %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="170"/>
        <source>It has no estimate to set beside a national claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/nationalrollup.cpp" line="172"/>
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
    <name>OrgDiff</name>
    <message>
        <location filename="../core/mapping/orgdiff.cpp" line="187"/>
        <source>%1 %2 (%3): a new document; the cache holds none for this period.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/orgdiff.cpp" line="188"/>
        <source>%1 %2 (%3) against the version in the cache:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/orgdiff.cpp" line="190"/>
        <source>No change.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/orgdiff.cpp" line="191"/>
        <source>Services: %1 added, %2 changed, %3 removed. Bricks: %4 added, %5 changed, %6 removed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/orgdiff.cpp" line="194"/>
        <source>Mapped spend: %1 → %2 (%3); frontline %4 → %5 (%6); overhead %7 → %8 (%9).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/orgdiff.cpp" line="199"/>
        <source>Organisation fields changed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/orgdiff.cpp" line="201"/>
        <source>Sources added: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/orgdiff.cpp" line="203"/>
        <source>Sources removed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/orgdiff.cpp" line="205"/>
        <source>  %1 service %2 (%3): mapped %4 → %5%6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/orgdiff.cpp" line="207"/>
        <source>; fields changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/orgdiff.cpp" line="211"/>
        <source>    %1 brick %2: %3 → %4%5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/orgdiff.cpp" line="214"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgPublisher</name>
    <message>
        <location filename="../core/mapping/orgpublish.cpp" line="25"/>
        <source>Cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/orgpublish.cpp" line="27"/>
        <source>Larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/orgpublish.cpp" line="35"/>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/orgpublish.cpp" line="38"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/orgpublish.cpp" line="79"/>
        <source>Cannot copy this document of the commons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/orgpublish.cpp" line="134"/>
        <source>The JSON is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/orgpublish.cpp" line="148"/>
        <source>The code &apos;%1&apos; or period &apos;%2&apos; cannot name a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/orgpublish.cpp" line="152"/>
        <source>Cannot create a staging folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/orgpublish.cpp" line="158"/>
        <source>The folder holds no commons yet, and no catalogue was given to start one with (--bricks FILE, or a commons in the cache).</source>
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
    <name>PeerBenchmarks</name>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="55"/>
        <source>organisation document %1 %2: organisation.population (no source stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="70"/>
        <source>no such service in %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="78"/>
        <source>reported cost not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="80"/>
        <source>population unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="92"/>
        <source>not in the library spend per head file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="99"/>
        <source>no figure in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="113"/>
        <source>%1 (%2; %3), file %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="130"/>
        <source>Library service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="137"/>
        <source>the benchmark source has no such service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="141"/>
        <source>no benchmark class for this type of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="148"/>
        <source>no distribution for this class and service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="155"/>
        <source>spend of %1 compared with the class distribution of %2, the closest published year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="176"/>
        <source>the commons holds no document of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="294"/>
        <source>London borough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="296"/>
        <source>Metropolitan district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="298"/>
        <source>Shire county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="300"/>
        <source>Shire district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="302"/>
        <source>Unitary authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="355"/>
        <source>below p10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="356"/>
        <source>between p10 and p25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="357"/>
        <source>between p25 and the median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="358"/>
        <source>between the median and p75</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="359"/>
        <source>between p75 and p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="360"/>
        <source>above p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="363"/>
        <location filename="../core/analysis/peerbenchmark.cpp" line="489"/>
        <location filename="../core/analysis/peerbenchmark.cpp" line="509"/>
        <location filename="../core/analysis/peerbenchmark.cpp" line="529"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="383"/>
        <source>%1 has no benchmark class (type &quot;%2&quot;): no distribution to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="384"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="386"/>
        <source>population unknown: no spend per head can be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="388"/>
        <source>spend per head divides spend of %1 by the population of %2; the class distributions use ONS mid-year population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="396"/>
        <source>the benchmark source says of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="429"/>
        <source>No organisation %1 in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="430"/>
        <source>No organisation %1 for %2 in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="440"/>
        <source>The cache holds no benchmarks: sync a commons that publishes benchmarks.json, or run &apos;livedna-cli import benchmarks&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="495"/>
        <source>  per head %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="500"/>
        <source>  cost: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="502"/>
        <source>  per head: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="504"/>
        <source>  no benchmark: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="508"/>
        <source>  class %1 %2 (n=%3): p10 %4, p25 %5, median %6, p75 %7, p90 %8 — %9
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="513"/>
        <source>  benchmark: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="527"/>
        <source>%1 %2, %3 — class %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="527"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="528"/>
        <source>Population: %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="530"/>
        <source>no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/peerbenchmark.cpp" line="535"/>
        <source>Sources:
</source>
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
    <name>ProposalEdit</name>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="19"/>
        <source>The service has no brick &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="39"/>
        <location filename="../core/proposal/proposalcommands.cpp" line="61"/>
        <source>The commons has no brick &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="42"/>
        <source>%1 provides &apos;%2&apos;, not &apos;%3&apos; like the brick it would replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="46"/>
        <source>&apos;%1&apos; already uses %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="75"/>
        <source>The commons has no capability &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="77"/>
        <location filename="../core/proposal/proposalcommands.cpp" line="113"/>
        <source>A cost must be a number of pounds, zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="126"/>
        <source>FTE must be a number, zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="140"/>
        <source>&apos;%1&apos; already flows to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="149"/>
        <source>&apos;%1&apos; does not flow to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposalcommands.cpp" line="159"/>
        <source>A position must be finite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalFile</name>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="504"/>
        <location filename="../core/proposal/proposal.cpp" line="560"/>
        <source>is %1 bytes, larger than the %2 bytes a proposal file may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="508"/>
        <source>is nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="512"/>
        <source>is not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="514"/>
        <source>this member name appears twice in its object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="516"/>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="523"/>
        <source>&apos;%1&apos; is a proposal format this version does not read (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="524"/>
        <source>&apos;%1&apos; is not a LiveDNA proposal (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="98"/>
        <location filename="../core/proposal/proposal.cpp" line="130"/>
        <location filename="../core/proposal/proposal.cpp" line="539"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="80"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="87"/>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="102"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="107"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="109"/>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="118"/>
        <source>&apos;%1&apos; is not an id ([a-z0-9][a-z0-9.-]*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="134"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="139"/>
        <source>must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="143"/>
        <source>must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="156"/>
        <source>&apos;%1&apos; is not an RFC 3339 date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="173"/>
        <source>has %1 bricks, more than the %2 a proposal may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="175"/>
        <source>has %1 flows, more than the %2 a proposal may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="234"/>
        <source>must be 64 lowercase hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="237"/>
        <source>is &apos;%1&apos; but the baseline names service &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="240"/>
        <source>must be &quot;published&quot; or &quot;reported&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="282"/>
        <source>must be [x, y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="557"/>
        <source>is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="564"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="573"/>
        <location filename="../core/proposal/proposal.cpp" line="576"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../core/publish/publisher.cpp" line="59"/>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="62"/>
        <location filename="../core/publish/publisher.cpp" line="64"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="190"/>
        <source>More than one areas document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="192"/>
        <source>More than one benchmarks document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="221"/>
        <source>%1 %2 is also the organisation and period of %3; a commons holds one document per organisation and period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="427"/>
        <source>The staged publication does not read back as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="471"/>
        <source>Published %1 &quot;%2&quot; version %3 (previous: %4).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="474"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="475"/>
        <source>Documents: bricks.json and %1 organisations; %2 extra file(s).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="476"/>
        <source>Changes: %1 added, %2 changed, %3 removed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="477"/>
        <source>Signed: index.json.sig with public key %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="478"/>
        <source>Not signed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="480"/>
        <source>Ignored (not a commons document): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="482"/>
        <source>Kept (not part of the commons): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="570"/>
        <source>version %1 is the largest a commons can have; publish into a new folder under a new commons id (--commons NEW-ID) and ask readers to sync it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="627"/>
        <source>The source folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="631"/>
        <source>The output exists and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="633"/>
        <source>Cannot create the folder that holds the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="134"/>
        <source>Cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="138"/>
        <source>Larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="143"/>
        <source>The JSON is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="150"/>
        <source>A second brick catalogue (the first is %1); a commons has exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="186"/>
        <source>No brick catalogue (a document with &quot;format&quot;: &quot;livedna-bricks/1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="188"/>
        <source>More than one LGSL list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="215"/>
        <source>The code &apos;%1&apos; cannot name a file in the commons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="282"/>
        <source>Cannot read the previous index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="288"/>
        <source>The output holds an index.json that is not valid, so the next version number is unknown; move it away to start a new commons.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="302"/>
        <source>No commons id: give --commons ID for a first publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="304"/>
        <source>The commons id &apos;%1&apos; must match [a-z0-9][a-z0-9.-]*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="307"/>
        <source>The output already holds the commons &apos;%1&apos;; refusing to publish &apos;%2&apos; over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="498"/>
        <source>Cannot create the lock file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="501"/>
        <source>Another publication into this folder is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="505"/>
        <source>Cannot create the staging folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="397"/>
        <source>Cannot keep %1 in the new publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="436"/>
        <location filename="../core/publish/publisher.cpp" line="452"/>
        <source>Cannot move the publication into place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="448"/>
        <source>Cannot move the previous publication aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="442"/>
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
        <location filename="../core/proposal/proposalundo.cpp" line="38"/>
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
        <location filename="../core/publish/signature.cpp" line="52"/>
        <location filename="../core/publish/signature.cpp" line="126"/>
        <location filename="../core/publish/signature.cpp" line="141"/>
        <source>libsodium could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="65"/>
        <location filename="../core/publish/signature.cpp" line="70"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="80"/>
        <source>%1 already exists; not overwriting a key (use --force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="95"/>
        <source>Cannot read the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="97"/>
        <source>This is not a %1 (file too large).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="102"/>
        <source>This is not a %1: expected base64 or hex of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="109"/>
        <source>Ed25519 secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="110"/>
        <location filename="../core/publish/signature.cpp" line="120"/>
        <source>Ed25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="112"/>
        <source>This is a public key; signing needs the secret key file that keygen wrote beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="128"/>
        <source>The secret key must be %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="143"/>
        <source>The pinned public key is not an Ed25519 key (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="145"/>
        <source>index.json is not signed (no index.json.sig) but this commons&apos; key is pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="152"/>
        <source>index.json.sig is not an Ed25519 signature (expected base64 of 64 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="158"/>
        <source>index.json.sig does not match index.json under the pinned key %1: the index was altered or signed by another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/signature.cpp" line="191"/>
        <source>this commons is pinned to key %1; --trust names another key, %2. Run again with --replace-key to replace the pinned key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendingImportWizard</name>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="46"/>
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
    <name>SummaryWriter</name>
    <message>
        <location filename="../core/cache/cachesummary.cpp" line="69"/>
        <location filename="../core/cache/cachesummary.cpp" line="82"/>
        <source>Cannot write the analysis summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cachesummary.cpp" line="203"/>
        <location filename="../core/cache/cachesummary.cpp" line="206"/>
        <location filename="../core/cache/cachesummary.cpp" line="211"/>
        <location filename="../core/cache/cachesummary.cpp" line="234"/>
        <location filename="../core/cache/cachesummary.cpp" line="255"/>
        <source>Cannot rebuild the analysis summary: %1</source>
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
        <location filename="../core/analysis/treemap.cpp" line="109"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/treemap.cpp" line="130"/>
        <source>Unmapped reported spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/treemap.cpp" line="178"/>
        <source>%1 drawn, all of it mapped into bricks (no service publishes a cost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/treemap.cpp" line="182"/>
        <source>%1 of bricks in services that publish no cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/treemap.cpp" line="185"/>
        <source>%1 of bricks above their service&apos;s reported figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/treemap.cpp" line="188"/>
        <source>%1 of net income, not subtracted (an area cannot be negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/treemap.cpp" line="192"/>
        <source>%1 drawn: the reported total, as in the list and the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/treemap.cpp" line="194"/>
        <source>%1 drawn: the reported %2 (the list&apos;s and the dashboard&apos;s figure) + %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/treemap.cpp" line="198"/>
        <source>Of it, %1 is mapped into bricks and %2 is reported spend not mapped into bricks (grey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/treemap.cpp" line="202"/>
        <source>All of it is mapped into bricks.</source>
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
    <name>ValueRankStore</name>
    <message>
        <location filename="../core/analysis/valuerankstore.cpp" line="27"/>
        <source>Cannot rank the services for the Public Value view: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/valuerankstore.cpp" line="190"/>
        <source>the stored ranking is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/valuerankstore.cpp" line="267"/>
        <location filename="../core/analysis/valuerankstore.cpp" line="273"/>
        <source>cannot read the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::AddBrick</name>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="123"/>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::AddBrickDialog</name>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="45"/>
        <source>Add a brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="49"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="55"/>
        <source>&amp;Capability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="59"/>
        <source>required, in pounds a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="60"/>
        <source>Annual &amp;cost (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="61"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="62"/>
        <source>&amp;FTE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="63"/>
        <source>Published: from our own records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="64"/>
        <source>Estimated: derived by a method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="65"/>
        <source>&amp;Basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="68"/>
        <source>why this cost is estimated, e.g. the contract is not itemised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="69"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="95"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="95"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="84"/>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="96"/>
        <source>how the cost was derived, from which figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="85"/>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="97"/>
        <source>where in your records, e.g. contract register row 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="102"/>
        <source>Type the annual cost in pounds (0 or more): a cost is never assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="104"/>
        <source>FTE must be a number, 0 or more, or empty when not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="106"/>
        <source>An estimate must state its method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/addbrickdialog.cpp" line="108"/>
        <source>Give the brick a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::AddFlow</name>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="86"/>
        <source>Connect “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::AllocationBar</name>
    <message>
        <location filename="../ui/mapping/allocationbar.cpp" line="34"/>
        <source>Reported spend against mapped spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/allocationbar.cpp" line="41"/>
        <source>Mapped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/allocationbar.cpp" line="43"/>
        <source> (published %1, estimated %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/allocationbar.cpp" line="45"/>
        <source>Reported spend: not published, so there is nothing to allocate against. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/allocationbar.cpp" line="46"/>
        <source>Reported %1 · %2 · Unmapped %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/allocationbar.cpp" line="48"/>
        <source>Warning: the bricks exceed the reported spend by %1. Check the costs, or say why in each brick&apos;s source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/allocationbar.cpp" line="51"/>
        <source>The reported net spend is not positive (income covers spending).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::BrickGraphView</name>
    <message>
        <location filename="../ui/graph/brickgraphview.cpp" line="108"/>
        <source>Service brick graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/graph/brickgraphview.cpp" line="109"/>
        <source>Bricks of the selected service; use the arrow keys or Tab to move between bricks, + and - to zoom, 0 to fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::BrickPalette</name>
    <message>
        <location filename="../ui/proposal/brickpalette.cpp" line="20"/>
        <source>Search commons bricks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/brickpalette.cpp" line="23"/>
        <source>Brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/brickpalette.cpp" line="23"/>
        <source>£ a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/brickpalette.cpp" line="29"/>
        <source>Double-click a brick to add it to the service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::BriefingDialog</name>
    <message>
        <location filename="../ui/briefingdialog.cpp" line="25"/>
        <location filename="../ui/briefingdialog.cpp" line="91"/>
        <source>Export briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/briefingdialog.cpp" line="28"/>
        <source>no MP in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/briefingdialog.cpp" line="37"/>
        <source>Constituency (type its name, its code or its MP&apos;s name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/briefingdialog.cpp" line="40"/>
        <source>e.g. Aldershot, E14001063 or Alex Baker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/briefingdialog.cpp" line="49"/>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/briefingdialog.cpp" line="85"/>
        <source>No constituency chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/briefingdialog.cpp" line="93"/>
        <source>areas in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/briefingdialog.cpp" line="97"/>
        <source>The cache holds no constituencies yet: sync a commons that publishes them (the real commons does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/briefingdialog.cpp" line="108"/>
        <source>briefing-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/briefingdialog.cpp" line="110"/>
        <source>PDF document (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
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
        <location filename="../ui/capabilityview.cpp" line="173"/>
        <source>Standard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="173"/>
        <location filename="../ui/capabilityview.cpp" line="228"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="200"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="201"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="202"/>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="226"/>
        <source>Annual cost of each instance (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="229"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="268"/>
        <source> cheapest commons brick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="284"/>
        <source>No organisation publishes a cost for this capability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="285"/>
        <source>No organisation publishes a cost for this capability;
those that run it are listed with their products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="296"/>
        <source>no bespoke instance with a published cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="297"/>
        <source>%1 bespoke instances in %2 organisations (%3 a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="301"/>
        <source>&lt;span style=&apos;font-size:13pt;font-weight:600&apos;&gt;%1&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#4b5563&apos;&gt;%2 · %3 · %4 standard instances in %5 organisations&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capabilityview.cpp" line="317"/>
        <source>&lt;li&gt;None: the commons lacks a brick for this capability. %n organisation(s) running their own would benefit from one.&lt;/li&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="304"/>
        <source>frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="304"/>
        <source>overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="310"/>
        <source>&lt;b&gt;Commons bricks that could replace the bespoke instances&lt;/b&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::CompareView</name>
    <message>
        <location filename="../ui/proposal/compareview.cpp" line="27"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/compareview.cpp" line="27"/>
        <source>£ a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/compareview.cpp" line="48"/>
        <source>&lt;b&gt;%1&lt;/b&gt; compared with &lt;b&gt;%2&lt;/b&gt;: %3 → %4 a year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::DashboardView</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="189"/>
        <source>Select an organisation to see its dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="226"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="252"/>
        <source>%n other service(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="364"/>
        <source>&lt;span style=&apos;font-size:14pt;font-weight:600&apos;&gt;%1&lt;/span&gt;&lt;br/&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="385"/>
        <source>Spend by service, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="394"/>
        <source>Frontline, in bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="395"/>
        <source>Overhead, in bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="396"/>
        <source>Reported frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="397"/>
        <source>Reported overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="398"/>
        <source>Reported, unclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="399"/>
        <source>Net income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="401"/>
        <source>No service of this organisation has a published cost or a brick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="413"/>
        <source>Standard versus bespoke bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="415"/>
        <source>No service is mapped into bricks yet, so there is no standard or bespoke spend to compare. The reported split is in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="446"/>
        <source>Share of reported cost mapped into bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="458"/>
        <source>No service with a published cost is mapped into bricks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="508"/>
        <source>Compared with its peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="512"/>
        <source>%1
each organisation&apos;s latest year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="519"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="519"/>
        <source>In bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="519"/>
        <source>Bespoke share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="519"/>
        <source>Reported per head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="587"/>
        <source> not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="587"/>
        <source> unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="425"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="118"/>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="119"/>
        <source>Spend per head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="426"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="459"/>
        <source>No service of this organisation publishes a reported cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="477"/>
        <source>Mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="650"/>
        <source>Comparators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="677"/>
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
        <location filename="../core/analysis/analysismodels.cpp" line="28"/>
        <source>none: people&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="30"/>
        <source>unknown: units not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="32"/>
        <source>no commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="114"/>
        <source>The commons lacks a brick for %1: %2 organisations spending %3 would benefit from one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="117"/>
        <source>%1 is people&apos;s work: a brick can support it but never replace it, so no saving is claimed. Replacing it would be a frontline cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="125"/>
        <source>frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="125"/>
        <source>overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="126"/>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="126"/>
        <source>digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/analysismodels.cpp" line="134"/>
        <source>%1 + %n unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="141"/>
        <source>commons lacks one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="149"/>
        <source>n/a: %1 orgs would benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="159"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="160"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="161"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="162"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="163"/>
        <source>Standard instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="164"/>
        <source>Bespoke instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="165"/>
        <source>Bespoke spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="166"/>
        <source>Cheapest commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="167"/>
        <source>Brick cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="168"/>
        <source>Duplication index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="169"/>
        <source>Estimated saving (range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="170"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::DuplicationView</name>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="53"/>
        <source>Duplication by capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="68"/>
        <source>Saving by capability chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="71"/>
        <source>Select a capability to see the organisations behind its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="74"/>
        <source>Organisations implementing the capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="79"/>
        <source>Brick instances behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="114"/>
        <source>%1: the commons lacks a brick for this capability. %2 organisations spending %3 on bespoke instances would benefit from one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="119"/>
        <source>%1 is people&apos;s work: a brick can support it but never replace it, so no saving is claimed. Replacing it would cut the frontline by up to %2 a year. (Duplication index, for comparison: %3.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="123"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="125"/>
        <source>%1: estimated saving %2 = sum over organisations of max(0, bespoke spend - the cheapest brick priced at the organisation&apos;s scale)%3. Duplication index: %4 against %5 at %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/duplicationview.cpp" line="129"/>
        <source>, + %n unknown for want of units</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="245"/>
        <source>%1 organisations, %2 brick instances. Estimated saving if every organisation consumed the cheapest commons brick, priced at its scale, for its digital and back-office work: %3 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/duplicationview.cpp" line="250"/>
        <source>, + %n unknown (units not published)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/duplicationview.cpp" line="254"/>
        <source>People&apos;s work is not a saving: %n capabilities (%1 of bespoke spend) are left out; replacing them would cut the frontline.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="257"/>
        <source>Duplication index (version 1, for comparison): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="299"/>
        <source>Estimated saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="303"/>
        <source>Low to high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="367"/>
        <source>%1: %2 savings opportunities, an estimated %3 a year in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/duplicationview.cpp" line="370"/>
        <source> + %n unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="371"/>
        <source> (duplication index %1). Select one to see its instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="224"/>
        <source>Capabilities in use without a commons brick: %1 (%2 of bespoke spend would benefit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="313"/>
        <source>Estimated saving a year (central, low to high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="378"/>
        <source>No analysis: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::EffectPanel</name>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="29"/>
        <source>&lt;b&gt;Effect&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="35"/>
        <source>Annual saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="38"/>
        <source>Frontline cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="50"/>
        <source>Cost before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="53"/>
        <location filename="../ui/proposal/effectpanel.cpp" line="98"/>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="54"/>
        <location filename="../ui/proposal/effectpanel.cpp" line="99"/>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="62"/>
        <location filename="../ui/proposal/effectpanel.cpp" line="96"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="63"/>
        <location filename="../ui/proposal/effectpanel.cpp" line="96"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="68"/>
        <source>a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="80"/>
        <source>Saving: %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="81"/>
        <source>New service: %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="87"/>
        <source>Frontline cut: %1 a year, %2 FTE. Not a saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="96"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="97"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="100"/>
        <source>Frontline FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="101"/>
        <source>Overhead FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="102"/>
        <source>Bespoke bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="105"/>
        <source>Public Value Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="105"/>
        <location filename="../ui/proposal/effectpanel.cpp" line="106"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="111"/>
        <source>Moved to the frontline: %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="112"/>
        <source>FTE moved from overhead to frontline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="113"/>
        <source>Net change in total cost (frontline cut included): %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="115"/>
        <source>Bespoke bricks removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::FolderSource</name>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="132"/>
        <source>listed in index.json but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="134"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="136"/>
        <source>leads outside the commons folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="140"/>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="144"/>
        <source>is %1 bytes long but index.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="147"/>
        <source>is larger than the %1 bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="151"/>
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
        <location filename="../core/sync/documentsource.cpp" line="258"/>
        <source>was not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="288"/>
        <location filename="../core/sync/documentsource.cpp" line="400"/>
        <source>no data received for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="290"/>
        <location filename="../core/sync/documentsource.cpp" line="410"/>
        <source>too many redirects (more than %1; a redirect loop?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="298"/>
        <source>the compressed reply expands far beyond its size (a compression bomb?), so it was not unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="300"/>
        <location filename="../core/sync/documentsource.cpp" line="313"/>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="310"/>
        <source>HTTP %1: no document (an interim reply, or a redirect loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="312"/>
        <source>HTTP %1: a redirect that was not followed (a redirect loop?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="329"/>
        <location filename="../core/sync/documentsource.cpp" line="520"/>
        <source>the sync took longer than its deadline of %1 s (sync --deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="339"/>
        <source>slower than %1 bytes/s: %2 bytes in %3 s (sync --min-rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="401"/>
        <source>no response within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="419"/>
        <source>redirected to another origin (%1); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="433"/>
        <location filename="../core/sync/documentsource.cpp" line="488"/>
        <source>is %1 bytes long but index.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="434"/>
        <location filename="../core/sync/documentsource.cpp" line="456"/>
        <source>is larger than the %1 bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="455"/>
        <source>is longer than the %1 bytes index.json says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="473"/>
        <location filename="../core/sync/documentsource.cpp" line="478"/>
        <source>cannot download: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="485"/>
        <source>is longer than the %1 bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="511"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::InstanceModel</name>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="333"/>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="333"/>
        <source>bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="336"/>
        <source>frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="336"/>
        <source>overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="359"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="360"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="361"/>
        <source>Brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="362"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="363"/>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="364"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="365"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="366"/>
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
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>LiveDNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>Syncing from %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>Sync from &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Sync from &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>Sync from &amp;Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>Load the &amp;Demo Commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>&amp;Export View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;Services and Bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>Spend &amp;Treemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>DNA &amp;Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&amp;Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>Separately Run &amp;Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>S&amp;ources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>&amp;Fit Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="183"/>
        <source>&amp;About LiveDNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>Filter by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>Filter organisations by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>Councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>NHS trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>Filter organisations by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
        <location filename="../ui/mainwindow.cpp" line="549"/>
        <source>Select an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="274"/>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>Financial year shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278"/>
        <source>Every year the commons holds for this organisation; the latest is shown first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>Services of the selected organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <location filename="../ui/mainwindow.cpp" line="615"/>
        <source>Bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328"/>
        <location filename="../ui/mainwindow.cpp" line="614"/>
        <source>Select a service to see its bricks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>Brick details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>Services &amp;&amp; Bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="359"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361"/>
        <source>Spend Treemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363"/>
        <source>DNA Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="365"/>
        <location filename="../ui/mainwindow.cpp" line="665"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="369"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="401"/>
        <source>Commons status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="498"/>
        <source>No commons synced yet — use File ▸ Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>LiveDNA — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="633"/>
        <source>This service is not mapped into bricks yet.
Reported %1: %2 (%3), from its published return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>This service is not mapped into bricks yet, and no cost is published for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="614"/>
        <source>Select an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="624"/>
        <source>The graph could not be laid out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="585"/>
        <location filename="../ui/mainwindow.cpp" line="627"/>
        <source>%1 &lt;span style=&apos;font-weight:normal;color:#4b5563&apos;&gt;· %2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>Export B&amp;riefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>Sea&amp;rch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="505"/>
        <source>Commons: %1 (%2) · version %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <source>Source: %1
Published: %2
Last synced: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="666"/>
        <location filename="../ui/mainwindow.cpp" line="703"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="666"/>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="666"/>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="667"/>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="667"/>
        <source>Standard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="667"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="669"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="669"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="670"/>
        <location filename="../ui/mainwindow.cpp" line="675"/>
        <source>Annual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="670"/>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="672"/>
        <source>&lt;p&gt;The service is known to run this system; no cost is published for it. It counts as one separately run instance of its capability.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="676"/>
        <source> &lt;b&gt;(estimated)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="677"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="679"/>
        <source>&lt;p&gt;&lt;b&gt;Cheapest commons alternative&lt;/b&gt;&lt;br/&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="681"/>
        <location filename="../ui/mainwindow.cpp" line="717"/>
        <source>&lt;p&gt;&lt;b&gt;Source&lt;/b&gt;&lt;br/&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="700"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="701"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="701"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="705"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="707"/>
        <source>In bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="707"/>
        <source>not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="709"/>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="709"/>
        <source>%n, cost not published</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="712"/>
        <source>&lt;p&gt;&lt;b&gt;Published breakdown&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="714"/>
        <source>&lt;p&gt;&lt;b&gt;Source of the breakdown&lt;/b&gt;&lt;br/&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="719"/>
        <source>&lt;p style=&apos;color:#4b5563&apos;&gt;Click a brick or system, or press an arrow key in the graph, to see its capability, cost, source and the cheapest commons alternative.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="841"/>
        <source>Welcome to LiveDNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="842"/>
        <source>&lt;p&gt;Your local cache is empty.&lt;/p&gt;&lt;p&gt;Load the bundled &lt;b&gt;demo commons&lt;/b&gt;? Its organisations are real names but its figures are &lt;b&gt;illustrative, not real&lt;/b&gt;. You can sync a real commons later from the File menu.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="854"/>
        <source>the demo commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="856"/>
        <source>Syncing from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="856"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="857"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="867"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="890"/>
        <source>Sync cancelled; the cache is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="893"/>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="894"/>
        <source>Nothing was changed: the cache holds what it held before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="903"/>
        <source>Sync from a commons folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="915"/>
        <location filename="../ui/mainwindow.cpp" line="924"/>
        <source>Sync from a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="916"/>
        <source>Address of the commons (its folder or its index.json):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="924"/>
        <source>“%1” is not an http, https or file URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="937"/>
        <source>Nothing to export: select a service with bricks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="940"/>
        <source>Nothing to export: select an organisation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="944"/>
        <source>Nothing to export: pick a capability first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="946"/>
        <source>This tab has no picture to export with Ctrl+E; its own menu or buttons export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="976"/>
        <location filename="../ui/mainwindow.cpp" line="983"/>
        <source>Export view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="977"/>
        <source>SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <location filename="../ui/mainwindow.cpp" line="985"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1012"/>
        <source>About LiveDNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1013"/>
        <source>&lt;h3&gt;LiveDNA %1&lt;/h3&gt;&lt;p&gt;What public services are made of: costs, standard commons bricks and bespoke duplication, from a published digital commons.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::MappingBrickTable</name>
    <message>
        <location filename="../ui/mapping/mappingbricktable.cpp" line="66"/>
        <source>Brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingbricktable.cpp" line="67"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingbricktable.cpp" line="68"/>
        <source>Annual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingbricktable.cpp" line="69"/>
        <source>FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingbricktable.cpp" line="70"/>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingbricktable.cpp" line="71"/>
        <source>Source or method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingbricktable.cpp" line="72"/>
        <source>Reason for the estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingbricktable.cpp" line="92"/>
        <source>%1 (standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingbricktable.cpp" line="96"/>
        <location filename="../ui/mapping/mappingbricktable.cpp" line="195"/>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="62"/>
        <source>Estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingbricktable.cpp" line="96"/>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="61"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingbricktable.cpp" line="97"/>
        <source>no source yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingbricktable.cpp" line="186"/>
        <source>Type a cost in pounds; a brick&apos;s cost is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingbricktable.cpp" line="191"/>
        <source>Type FTE as a number, or leave it empty when not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingbricktable.cpp" line="205"/>
        <source>An estimate needs its method: type it in “Source or method” first, then choose Estimated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingbricktable.cpp" line="220"/>
        <source>State the method in “Source or method” before its reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::MappingImportWizard</name>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="32"/>
        <source>Import a Mapping Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="45"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="48"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="60"/>
        <source>Choose the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="61"/>
        <source>One row per brick, saved from Excel or another spreadsheet as CSV (UTF-8). Export CSV gives a template with every service of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="65"/>
        <source>optional: service,from,to,label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="67"/>
        <source>&amp;Bricks CSV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="67"/>
        <source>Bricks CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="68"/>
        <source>&amp;Flows CSV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="68"/>
        <source>Flows CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="75"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="76"/>
        <source>Which column of your spreadsheet holds each field. A field left as “(none)” is empty for every row; a row without a cost is skipped, never given one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="106"/>
        <source>What the import does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="107"/>
        <source>Nothing changes until you press Finish; Undo takes the import back afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="138"/>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="276"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="143"/>
        <source>%1 is larger than %2 MB; split it by service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="199"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="205"/>
        <source>%n row(s), delimiter “%1”%2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="206"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="207"/>
        <source>, with a byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="236"/>
        <source>Choose the column that names the service of each row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="286"/>
        <source>Nothing can be imported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="291"/>
        <source>Warning: the bricks exceed the reported spend of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="294"/>
        <source>No service was mapped: there is nothing to take in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingimportwizard.cpp" line="315"/>
        <source>Choose the bricks CSV first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::MappingPublishDialog</name>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="31"/>
        <source>Publish %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="31"/>
        <source>Changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="51"/>
        <source>The document is valid (commons format 1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="52"/>
        <source>The document is not valid yet; fix these first:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="53"/>
        <source>It changes nothing against the version in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="57"/>
        <source>Document check and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="67"/>
        <source>optional: the organisation&apos;s Ed25519 secret key file, to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="68"/>
        <source>Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="70"/>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="74"/>
        <source>Signing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="80"/>
        <source>Save Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="81"/>
        <source>One file for a central commons to take in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="82"/>
        <source>Publish into Commons Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="86"/>
        <source>The document must be valid first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="98"/>
        <source>The document is not valid; it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="106"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="107"/>
        <source>Saved %1, signed in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="114"/>
        <source>Save the organisation document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="116"/>
        <source>JSON documents (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="126"/>
        <source>The document is not valid; nothing was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="137"/>
        <source>Published into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingpublishdialog.cpp" line="143"/>
        <source>Commons folder to publish into</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::MappingWiring</name>
    <message>
        <location filename="../ui/mapping/mappingwiring.cpp" line="64"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingwiring.cpp" line="68"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingwiring.cpp" line="71"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingwiring.cpp" line="77"/>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingwiring.cpp" line="79"/>
        <source>&amp;Map an Organisation&apos;s Spend into Bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingwiring.cpp" line="84"/>
        <source>&amp;Import Mapping CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingwiring.cpp" line="85"/>
        <source>&amp;Export Mapping CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingwiring.cpp" line="86"/>
        <source>Show &amp;Changes Against the Cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingwiring.cpp" line="87"/>
        <source>&amp;Publish Organisation Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingwiring.cpp" line="111"/>
        <source>Open the Map tab (Ctrl+M) first: these act on the mapping in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingwiring.cpp" line="135"/>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingwiring.cpp" line="136"/>
        <source>The mapping drafts file could not be opened, so no mapping can be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingwiring.cpp" line="143"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingwiring.cpp" line="147"/>
        <source>Close the Map tab (the draft is already saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingwiring.cpp" line="148"/>
        <source>Close tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::MappingWorkspace</name>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="92"/>
        <source>by reported spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="93"/>
        <source>by population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="94"/>
        <source>&amp;Copy Composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="106"/>
        <source>Add Bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="107"/>
        <source>Copy from a Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="109"/>
        <source>Mapped share of reported spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="109"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="110"/>
        <source>Mapping coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="114"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="146"/>
        <source>Organisation to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="150"/>
        <source>Service to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="153"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="155"/>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="173"/>
        <source>Bricks of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="229"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="231"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="236"/>
        <source>Remove Brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="239"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="241"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="243"/>
        <source>Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="245"/>
        <source>What this mapping changes against the organisation&apos;s document in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="246"/>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="248"/>
        <source>Validate the organisation document, then save it for a central commons or publish it into a commons folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="263"/>
        <source>Bricks, systems and products to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="267"/>
        <source>&amp;Add to Service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="284"/>
        <source>Peers that have mapped this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="291"/>
        <source>Scale to this organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="318"/>
        <source>Type to find your organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="325"/>
        <source>The mapping drafts file is not open, so no mapping can be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="348"/>
        <source>The mapping drafts file is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="365"/>
        <source>All changes saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="368"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="369"/>
        <source>The last edit could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="372"/>
        <source>Mapping draft %1 of %2, saved after every edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="373"/>
        <source>Kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="385"/>
        <source>Map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="398"/>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="409"/>
        <source>nothing reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="416"/>
        <source>%1 of %2 reported is mapped into bricks; %3 unmapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="419"/>
        <source>Bricks exceed the reported spend by %1 (not counted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="428"/>
        <source>Frontline reported spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="430"/>
        <source>Overhead reported spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="431"/>
        <source>Reported spend with no layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="439"/>
        <source>%1 (this draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mappingworkspace.cpp" line="453"/>
        <source>Nationally (%n organisation(s) in the cache)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="472"/>
        <source>Reported spend from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mappingworkspace.cpp" line="474"/>
        <source>%n system(s) known to run it, with no published cost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="483"/>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="496"/>
        <source>Systems known for this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="500"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="503"/>
        <source>Give this system its cost as a bespoke brick; the system stays, naming its product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="506"/>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="507"/>
        <source>Standard bricks of the commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="509"/>
        <source>%1 — %2 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="514"/>
        <source>none in this commons yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="515"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="517"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="521"/>
        <source>Bespoke brick (any capability)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="537"/>
        <source>New brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="564"/>
        <source>Choose a brick, system or product to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="576"/>
        <source>Select the brick to remove in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mappingworkspace.cpp" line="603"/>
        <source>%1 — %n brick(s), %2 mapped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="605"/>
        <source>Neighbour: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="607"/>
        <source> (similarity %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="611"/>
        <source>No neighbour or similar organisation has mapped “%1” into bricks yet, so there is no composition to copy. Add bricks from the palette instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="613"/>
        <source>Neighbours first, then the most similar organisations. Copied bricks are estimates: each states the peer, its cost and the scaling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="619"/>
        <source>This service&apos;s reported spend is not known or not positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="620"/>
        <source>This organisation&apos;s population is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="625"/>
        <source>Neither this service&apos;s reported spend nor this organisation&apos;s population is known, so no copy can be scaled to it: add bricks from the palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="627"/>
        <source>Nothing known to scale by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="634"/>
        <source>Choose a peer to copy from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="646"/>
        <source>Replace the bricks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mappingworkspace.cpp" line="647"/>
        <source>%1 already has %n brick(s). Replace them with the copied composition? (Undo brings them back.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mappingworkspace.cpp" line="669"/>
        <source>Imported %n service(s) from the spreadsheet; Undo takes the import back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="679"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="701"/>
        <source>Export the mapping as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="703"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworkspace.cpp" line="709"/>
        <source>Exported %1 (flows, if any, beside it in …-flows.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::MatrixCanvas</name>
    <message>
        <location filename="../ui/matrixview.cpp" line="30"/>
        <source>DNA matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="31"/>
        <source>Organisations as rows, capabilities as columns; arrow keys move, Enter opens the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="76"/>
        <source>No organisation matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="199"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="200"/>
        <source>runs its own system, cost not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="201"/>
        <source>standard and bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="202"/>
        <source>bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="202"/>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="218"/>
        <source>%1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="220"/>
        <source>, of which bespoke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="221"/>
        <source>&lt;br/&gt;&lt;i&gt;Click to see these bricks&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="227"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2 · %3 · %4&lt;br/&gt;%5 a year; bespoke in %6 capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="235"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;bespoke in %3 organisations, standard in %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::MatrixView</name>
    <message>
        <location filename="../ui/matrixview.cpp" line="255"/>
        <source>Filter organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="257"/>
        <source>Filter matrix rows by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="269"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="270"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="271"/>
        <source>Councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="272"/>
        <source>NHS trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="273"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="274"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="275"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="276"/>
        <source>Sort rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="277"/>
        <source>Rows by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="278"/>
        <source>Rows by total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="279"/>
        <source>Rows by bespoke capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="280"/>
        <source>Rows by kind and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="281"/>
        <source>Rows by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="282"/>
        <source>Sort columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="283"/>
        <source>Columns as catalogued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="284"/>
        <source>Columns by most bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="285"/>
        <source>Columns by layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="286"/>
        <source>Columns by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="287"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="288"/>
        <source>All layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="289"/>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="290"/>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="382"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="383"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="407"/>
        <source>No organisation in this commons is mapped into bricks or states a system yet, so every cell is absent. Their reported spend is in the organisation list and each header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="415"/>
        <source>%1 of %2 organisations × %3 capabilities, each organisation&apos;s latest year. Click a cell to see that organisation&apos;s bricks of that capability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="427"/>
        <source>DNA matrix — %1 organisations × %2 capabilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::MyArea</name>
    <message>
        <location filename="../ui/area/myarea.cpp" line="24"/>
        <source>My &amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myarea.cpp" line="27"/>
        <source>My area: find your constituency, council or NHS trust (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myarea.cpp" line="54"/>
        <source>My Area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::MyAreaView</name>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="76"/>
        <location filename="../ui/area/myareaview.cpp" line="77"/>
        <source>Find your constituency, council or NHS trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="78"/>
        <source>Type part of a constituency&apos;s name, its MP&apos;s name, or a council&apos;s or NHS trust&apos;s name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="84"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="98"/>
        <source>Figures for the chosen area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="124"/>
        <source>areas in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="140"/>
        <source>The cache holds no commons yet: sync one from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="142"/>
        <source>This commons publishes no areas (constituencies, their MPs and who serves them), so constituencies and MPs cannot be found here. You can still find its councils and NHS trusts by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="207"/>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="245"/>
        <source>My area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="246"/>
        <source>Type the name of your constituency, your MP, your council or your NHS trust above. You will see who serves the area, with the share of its residents each covers, what each spends and where every figure comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="249"/>
        <source>Type the name or code of a council or NHS trust above to see its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="284"/>
        <source>No MP in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="285"/>
        <source>MP: &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="286"/>
        <source>party unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="287"/>
        <source>Export briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="289"/>
        <source>A briefing of at most two pages on %1: PDF, web page or Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="297"/>
        <source>NHS acute trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="299"/>
        <source>NHS acute trust · serves an estimated %1 of the constituency&apos;s residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/area/myareaview.cpp" line="301"/>
        <source>%n more trust(s) each serve under 1% of the residents.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="314"/>
        <source>Councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="316"/>
        <source>County council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="317"/>
        <source>District council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="318"/>
        <source>Unitary council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="320"/>
        <source>%1 · above the districts of %2 of the constituency&apos;s residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="321"/>
        <source>%1 · %2 of the constituency&apos;s residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="345"/>
        <source>This commons holds no councils in %1, so it has no figures for this council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="346"/>
        <source>This commons holds no document for this organisation, so it has no figures for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="364"/>
        <source>Constituencies it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="395"/>
        <source>Open in the explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="397"/>
        <source>Show %1 in the explorer: its services, bricks and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="412"/>
        <source>Suggest a redesign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="413"/>
        <source>Start a proposal from one of its real services, its reported composition as the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="424"/>
        <source>cost not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="425"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="440"/>
        <source>Not in this commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="443"/>
        <source>%1 (%2, %3 of the residents): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="456"/>
        <source>Who serves the area, and the shares, come from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="457"/>
        <source>Shares are of population, estimated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="466"/>
        <location filename="../ui/area/myareaview.cpp" line="474"/>
        <source>Export briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="467"/>
        <source>briefing-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/area/myareaview.cpp" line="468"/>
        <source>PDF document (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::OrgFigureModel</name>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="263"/>
        <source>no commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="273"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="274"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="275"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="276"/>
        <source>Standard instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="277"/>
        <source>Bespoke instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="278"/>
        <source>Bespoke spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="279"/>
        <source>Duplication index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="280"/>
        <source>Estimated saving (range)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::OrganisationListModel</name>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="66"/>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="68"/>
        <source>NHS trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="72"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="136"/>
        <source>%1 in bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="139"/>
        <source>not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="162"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="163"/>
        <source>type not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="163"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="165"/>
        <source>Year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/organisationlistmodel.cpp" line="166"/>
        <source>%n service(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="167"/>
        <source>Reported net spend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="170"/>
        <source>frontline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="172"/>
        <source>overhead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="174"/>
        <source>unclassified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="178"/>
        <source>Years held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/organisationlistmodel.cpp" line="179"/>
        <source>Mapped into %n brick(s): %1 a year</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="180"/>
        <source>Not mapped into bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="228"/>
        <source>Net expenditure published in official returns; services that publish nothing are counted as unknown. Where an organisation publishes no net expenditure, the published costs of its bricks are shown instead (“in bricks”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="232"/>
        <source>Spend mapped into bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="238"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="240"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="242"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="244"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="246"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="248"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="250"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="252"/>
        <source>In bricks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::PeerBenchmarkView</name>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="46"/>
        <location filename="../ui/peerbenchmarkview.cpp" line="285"/>
        <location filename="../ui/peerbenchmarkview.cpp" line="287"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="47"/>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="112"/>
        <location filename="../ui/peerbenchmarkview.cpp" line="202"/>
        <source>Spend per head against its class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="146"/>
        <source>Select a council to compare its spend per head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="159"/>
        <source>Peer benchmarks cover councils only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="166"/>
        <source>No benchmarks in this commons: sync one that publishes benchmarks.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="167"/>
        <source>No benchmark for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="184"/>
        <source>%1 has no benchmark class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="185"/>
        <source>No service of %1 has a benchmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="206"/>
        <source>%1, %2
◆ this council  ● neighbours  ▭ p25–p75  — p10–p90  | median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="220"/>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="241"/>
        <source>neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="266"/>
        <source>Benchmark: %1 (%2; %3), %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="267"/>
        <source>Source: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="282"/>
        <source>Spend: reported net cost (%1), %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="283"/>
        <source>Spend: %1 net, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="285"/>
        <location filename="../ui/peerbenchmarkview.cpp" line="287"/>
        <location filename="../ui/peerbenchmarkview.cpp" line="288"/>
        <source>Population: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="287"/>
        <source>organisation document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="290"/>
        <source>Years differ: hover for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/peerbenchmarkview.cpp" line="294"/>
        <source>No benchmark: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::ProposalCanvas</name>
    <message>
        <location filename="../ui/proposal/proposalcanvas.cpp" line="126"/>
        <source>Proposal canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalcanvas.cpp" line="127"/>
        <source>Arrow keys choose a brick, Enter opens its menu, Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalcanvas.cpp" line="300"/>
        <source>Replace with commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalcanvas.cpp" line="304"/>
        <source>%1 — %2 a year (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalcanvas.cpp" line="311"/>
        <source>Connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalcanvas.cpp" line="312"/>
        <source>Disconnect from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalcanvas.cpp" line="329"/>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::ProposalLegend</name>
    <message>
        <location filename="../ui/proposal/proposallegend.cpp" line="16"/>
        <source>Proposal legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::ProposalWorkspace</name>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="69"/>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="75"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="75"/>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="77"/>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="83"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="83"/>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="89"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="93"/>
        <source>Briefing (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="93"/>
        <source>ArchiMate exchange file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="94"/>
        <source>GraphML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="94"/>
        <source>Spreadsheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="95"/>
        <source>Proposal file (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="105"/>
        <source>Compare with baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="106"/>
        <source>Compare with proposal file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="107"/>
        <source>Compare with proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="108"/>
        <source>LiveDNA proposals (*.livedna-proposal.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="117"/>
        <source>Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="118"/>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="300"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="123"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="124"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="138"/>
        <source>Selected brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="141"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="145"/>
        <source>Annual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="146"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="147"/>
        <source>FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="150"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="152"/>
        <source>Commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="153"/>
        <source>Remove brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="159"/>
        <source>Effect of the proposal, scrollable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="163"/>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="164"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="167"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="168"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="169"/>
        <source>Why this redesign? (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="170"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="171"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="214"/>
        <source>“%1” is not a number of FTE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="303"/>
        <source>Your last edit could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="337"/>
        <source>Export proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="343"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="352"/>
        <source>This is a new service: there is no baseline to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="360"/>
        <source>This is a new service: there is no published service to compare it with. Use “Compare with proposal file…” to compare it with another proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="364"/>
        <source>the published service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="375"/>
        <source>%1 proposes a change to service &apos;%2&apos;, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="446"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="447"/>
        <source>commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="447"/>
        <source>bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="457"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::PublishDialog</name>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="24"/>
        <source>Publish commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="26"/>
        <source>Folder with bricks.json and organisation documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="28"/>
        <source>Commons folder (served as is, or synced from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="30"/>
        <source>e.g. england-local (kept from the previous publication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="33"/>
        <source>Secret key file: leave empty to publish unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="36"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="37"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="46"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="53"/>
        <source>New key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="56"/>
        <source>&amp;Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="57"/>
        <source>&amp;Commons folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="58"/>
        <source>Commons &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="59"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="60"/>
        <source>&amp;Sign with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="61"/>
        <source>&amp;Expires after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="64"/>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="77"/>
        <source>Nothing was published.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="82"/>
        <source>Publication report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="126"/>
        <source>Choose the documents folder and the commons folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="131"/>
        <source>Validating and publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="141"/>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="142"/>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="149"/>
        <location filename="../ui/import/publishdialog.cpp" line="155"/>
        <source>New signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/publishdialog.cpp" line="159"/>
        <source>Secret key: %1 (keep it private)
Public key: %1.pub — readers pin it with &apos;livedna-cli sync --trust %1.pub&apos;.
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::RemoveBrick</name>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="129"/>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::RemoveFlow</name>
    <message>
        <location filename="../core/proposal/proposalundo.cpp" line="92"/>
        <source>Disconnect “%1” from “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::RollupModel</name>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="69"/>
        <source>no estimate: nothing mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/rollupmodel.cpp" line="72"/>
        <source>%1 + %n unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="79"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="82"/>
        <source>unknown: no reported spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="83"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="96"/>
        <source>%1 across %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="131"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="132"/>
        <source>This commons: estimated saving (range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="133"/>
        <source>Per mapped organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="134"/>
        <source>Organisations mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="135"/>
        <source>Reported spend mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="136"/>
        <source>Published claim, a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="137"/>
        <source>Claim per organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/rollupmodel.cpp" line="138"/>
        <source>Source of the claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::ScenarioModel</name>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="640"/>
        <location filename="../core/analysis/analysismodels.cpp" line="645"/>
        <location filename="../core/analysis/analysismodels.cpp" line="654"/>
        <source>no estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/analysismodels.cpp" line="641"/>
        <source>%1 + %n unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="658"/>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="670"/>
        <source>%1 posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="675"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="676"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="677"/>
        <source>Estimated saving (range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="678"/>
        <source>Moved to the frontline (range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="679"/>
        <source>Duplication index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::ScenarioPanel</name>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="35"/>
        <source>No analysis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="43"/>
        <source>Assumptions (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="48"/>
        <source>Share of the saving moved to the frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="53"/>
        <source>Share of the saving moved to the frontline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="61"/>
        <source>Annual cost of one %1 post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="72"/>
        <source>%1, a year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="84"/>
        <source>National roll-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="91"/>
        <source>Frontline shift scenario, scrollable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="110"/>
        <source>Beside the published national claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="117"/>
        <source>Coverage of this commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="119"/>
        <source>This commons beside the published claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="124"/>
        <source>Claims: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="194"/>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="201"/>
        <source>No saving can be estimated yet: nothing mapped into bricks has a capability for which this commons offers a standard brick to compare with, so nothing is moved to the frontline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/scenariopanel.cpp" line="204"/>
        <source>%n estimate(s) unknown for want of published units.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="207"/>
        <source>Moving %1% of an estimated %2 a year to the frontline would pay for %3 nurses or %4 teachers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/scenariopanel.cpp" line="212"/>
        <source>%n estimate(s) unknown for want of published units are not included.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="205"/>
        <location filename="../ui/analysis/scenariopanel.cpp" line="214"/>
        <source>People&apos;s work is never counted as a saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="228"/>
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
        <location filename="../core/models/servicetablemodel.cpp" line="210"/>
        <source>Sum of the service&apos;s bricks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="217"/>
        <source>Negative: the source publishes net expenditure, spending less income (sales, fees, charges and other income), and income was above spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="234"/>
        <source>Share of the reported cost mapped into bricks; the rest is unmapped spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="315"/>
        <source>Bricks built or bought by this organisation rather than taken from the commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="326"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="336"/>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="338"/>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="328"/>
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
        <location filename="../core/models/servicetablemodel.cpp" line="173"/>
        <source>%1 net income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="174"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="182"/>
        <source>%1 (%2 est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="202"/>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="204"/>
        <source>Year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="211"/>
        <source>Not mapped into bricks yet: see the reported figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="214"/>
        <source>No cost published for this service: unknown, not £0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="215"/>
        <source>Reported net expenditure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="224"/>
        <source>The layer of the service&apos;s reported spend as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="225"/>
        <source>The source does not say whether this spend is frontline or overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="228"/>
        <source>The commons holds no earlier year for this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="229"/>
        <source>No reported figure for this service in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="230"/>
        <source>Reported net %1: %2 → %3: %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="236"/>
        <source>Systems the service is known to run, with no published cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="304"/>
        <source>Net expenditure published in official returns for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="306"/>
        <source>Change in reported net spend from the previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="307"/>
        <source>Change in reported net spend from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="309"/>
        <source>Spend mapped into bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="311"/>
        <source>Mapped spend on people-centred work that should not be automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="313"/>
        <source>Mapped spend on back office, technology and management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="317"/>
        <source>Systems the service runs on, with no published cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="330"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="332"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="332"/>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="334"/>
        <source>In bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="340"/>
        <source>Mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="342"/>
        <source>Bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="344"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="346"/>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::SimilarityModel</name>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="551"/>
        <source>not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="557"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="573"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="574"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="575"/>
        <source>Standard playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="576"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="577"/>
        <source>Cost distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="578"/>
        <source>Mean Jaccard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="579"/>
        <source>Mean cost similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="580"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="581"/>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::SimilarityView</name>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="86"/>
        <source>No analysis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="93"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="97"/>
        <source>Capability-set Jaccard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="98"/>
        <source>Cost-weighted similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="99"/>
        <source>Similarity measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="104"/>
        <source>Organisations by distance from the standard playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="112"/>
        <source>Pairwise similarity heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="128"/>
        <location filename="../ui/analysis/similarityview.cpp" line="238"/>
        <source>similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="134"/>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="162"/>
        <source>%1 (%2 organisations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="208"/>
        <source>%1: %2 (%3 of %4 organisations have bricks in this service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="212"/>
        <source>Standard playlist, shared by %1 of %2 mapped organisations (%3 in all): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="235"/>
        <source>similarity (scale from %1, the lowest pair, to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::SourcesView</name>
    <message>
        <location filename="../ui/sourcesview.cpp" line="56"/>
        <source>Retrieved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="75"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="77"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="77"/>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="77"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="77"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="77"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="77"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="107"/>
        <source>Select an organisation to see where its figures come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="119"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="125"/>
        <source>Brick catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="134"/>
        <source>%1&apos;s document lists no sources: its figures are not traced to a published row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcesview.cpp" line="135"/>
        <source>&lt;b&gt;Sources of %1, %2&lt;/b&gt; — each figure&apos;s tooltip and detail panel name its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sourcesview.cpp" line="139"/>
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
        <location filename="../ui/import/spendingimportwizard.cpp" line="80"/>
        <source>Import spending CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="86"/>
        <source>Spending file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="87"/>
        <source>A CSV of spending by organisation and service, such as the MHCLG Revenue Outturn long form. Costs are never invented: each organisation&apos;s services get the published amount as their reported cost and stay unmapped until someone maps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="95"/>
        <source>CSV &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="96"/>
        <source>Spending CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="96"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="100"/>
        <source>&amp;Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="101"/>
        <source>Folder of organisation documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="110"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="111"/>
        <source>The first rows as read. Say which column holds what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="118"/>
        <source>Organisation code (GSS/ODS), used as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="119"/>
        <source>GSS code, matched to current councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="120"/>
        <source>Finance e-code, matched to current councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="121"/>
        <source>Council name, matched to current councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="123"/>
        <source>uk_local_authorities.csv (for matching)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="130"/>
        <source>e.g. 2017-18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="135"/>
        <source>1000 when amounts are in £ thousand (Revenue Outturn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="137"/>
        <source>COLUMN=VALUE; … (keep only these rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="139"/>
        <source>COLUMN=VALUE; … (drop these rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="140"/>
        <source>Only organisations that already have a document in the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="144"/>
        <source>O&amp;rganisation column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="145"/>
        <source>Organisation &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="146"/>
        <source>Re&amp;gister:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="147"/>
        <source>Local authority register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="147"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="151"/>
        <source>&amp;Service column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="152"/>
        <source>Service &amp;id column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="153"/>
        <source>Ca&amp;tegory column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="154"/>
        <source>&amp;Amount column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="155"/>
        <source>Amount &amp;multiplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="156"/>
        <source>&amp;Period column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="157"/>
        <source>Period (if no column):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="158"/>
        <source>&amp;Include rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="159"/>
        <source>E&amp;xclude rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="166"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="167"/>
        <source>What was imported, what was skipped and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="176"/>
        <source>Nothing was imported.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="231"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="236"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="237"/>
        <source>Delimiter: %1 · %2 · %3 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="238"/>
        <source>UTF-8 with byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="238"/>
        <source>no byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="241"/>
        <source>The first %1 rows as read (%2). Say which column holds what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="261"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="303"/>
        <source>Choose the output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="317"/>
        <source>Needed: a financial year such as 2017-18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="321"/>
        <source>Needed to match councils: uk_local_authorities.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/spendingimportwizard.cpp" line="356"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::Syncer</name>
    <message>
        <location filename="../core/sync/syncer.cpp" line="272"/>
        <source>sync cancelled; the cache is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="281"/>
        <source>the cache is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="353"/>
        <source>unknown format &quot;%1&quot;; this LiveDNA reads %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="89"/>
        <location filename="../core/sync/syncer.cpp" line="365"/>
        <source>path &quot;%1&quot; is outside the commons: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="120"/>
        <source>expected an array of extra files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="130"/>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="136"/>
        <source>expected the type of the extra file as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="87"/>
        <source>expected a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="91"/>
        <source>path &quot;%1&quot; is also listed as a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="95"/>
        <source>expected 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="100"/>
        <source>expected a whole number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="143"/>
        <source>a second areas document; a commons carries at most one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="152"/>
        <source>a second benchmarks document; a commons carries at most one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="161"/>
        <source>a second LGSL list; a commons carries at most one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="367"/>
        <source>path &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="375"/>
        <source>organisation &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="376"/>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="384"/>
        <source>organisation &quot;%1&quot; has several documents, so each of its entries needs a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="387"/>
        <source>lists %1 bricks documents; exactly one is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="401"/>
        <source>index.json expired on %1; its data may be stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="404"/>
        <source> (refused in strict mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="428"/>
        <source>version %1 is lower than version %2 already accepted for commons &quot;%3&quot;; refusing a rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="436"/>
        <source>version %1 was already accepted with different content; a publisher must raise the version with every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="482"/>
        <source>lists %1 as organisation &quot;%2&quot; but that unchanged document is &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="534"/>
        <source>index.json says it is %1 bytes; LiveDNA accepts an LGSL list of at most %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="540"/>
        <source>index.json says it is %1 bytes; LiveDNA accepts an areas document of at most %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="546"/>
        <source>index.json says it is %1 bytes; LiveDNA accepts a benchmarks document of at most %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="553"/>
        <source>index.json says it is %1 bytes; LiveDNA accepts documents of at most %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="571"/>
        <source>downloading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::TreemapCanvas</name>
    <message>
        <location filename="../ui/treemapview.cpp" line="32"/>
        <source>Spend treemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="61"/>
        <source>Nothing to draw: no service of this organisation has a published cost above zero or a brick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="78"/>
        <source>&lt;br/&gt;%1 of this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="80"/>
        <source>Standard commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="80"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="82"/>
        <source>&lt;br/&gt;Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="84"/>
        <source>&lt;br/&gt;Reported in official returns but not yet mapped into bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="86"/>
        <source>&lt;br/&gt;&lt;b&gt;Source&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="88"/>
        <source>&lt;br/&gt;&lt;i&gt;Click to look inside&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::TreemapView</name>
    <message>
        <location filename="../ui/treemapview.cpp" line="264"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="286"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="298"/>
        <source>Net income, income above spending: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="299"/>
        <source>Net income, income above spending (net expenditure as published in %1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/treemapview.cpp" line="302"/>
        <source>%n service(s) reported £0.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/treemapview.cpp" line="304"/>
        <source>%n service(s) publish no cost (unknown).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="305"/>
        <source>Not drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="346"/>
        <source>Go up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="356"/>
        <source>Open its brick graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="365"/>
        <source>Area is annual cost. Services contain their bricks (colour = capability, hatched = bespoke); grey hatched areas are reported spend not yet mapped into bricks. Click a service to look inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="367"/>
        <source>Area is annual cost. Use the path above to go back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="369"/>
        <source>A dashed inner border marks an estimated cost. Keys: arrows choose, Enter looks inside, Backspace goes back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="383"/>
        <source>Spend treemap — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::ValueRankingModel</name>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="438"/>
        <source>This service publishes no value inputs, so it has no index (not zero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="440"/>
        <source>This service is neither mapped into bricks nor reports a cost: it is not ranked (its cost is unknown, not zero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="457"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="458"/>
        <source>%1 (reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="464"/>
        <source>no volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="482"/>
        <source>%1 of %2 scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="493"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="494"/>
        <source>PVI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="495"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="496"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="496"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="497"/>
        <source>Scored spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="497"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="498"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="498"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="499"/>
        <source>Cost per transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="500"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="501"/>
        <source>Economy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::ValueRankingView</name>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="34"/>
        <source>No analysis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="52"/>
        <source>Weights (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="54"/>
        <source>Weight of the outcome input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="55"/>
        <source>Weight of the satisfaction input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="56"/>
        <source>Weight of any other input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="57"/>
        <source>Weight of quality in the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="58"/>
        <source>Weight of cost per transaction in the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="59"/>
        <source>Outcome input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="60"/>
        <source>Satisfaction input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="61"/>
        <source>Any other input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="62"/>
        <source>Quality (Q):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="63"/>
        <source>Economy (E):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="64"/>
        <source>PVI = 100 × (wQ·Q + wE·E) / (wQ + wE). Q = weighted mean of the service&apos;s value inputs; E = m / (m + c), c its cost per transaction and m the median c of the same service elsewhere (0.5 at the median). Without a volume, PVI = 100 × Q. Without inputs: no index. An organisation&apos;s PVI is the cost-weighted mean over its scored services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="73"/>
        <source>Services by Public Value Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="75"/>
        <source>Organisations by Public Value Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="76"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="77"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/valuerankingview.cpp" line="127"/>
        <source>Showing the first %1 of %2 services, as ranked at the last sync; the full ranking is loading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::WorkspaceWiring</name>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="114"/>
        <source>Import &amp;Spending CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="117"/>
        <source>&amp;Publish Commons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="129"/>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="131"/>
        <source>&amp;Duplication and Savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="134"/>
        <source>&amp;Frontline Shift Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="137"/>
        <source>Public &amp;Value Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="140"/>
        <source>Process &amp;Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="144"/>
        <source>&amp;Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="146"/>
        <source>&amp;New Proposal from Selected Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="149"/>
        <source>New &amp;Blank Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="152"/>
        <source>&amp;Open/Import Proposal File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="155"/>
        <source>Open proposal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="156"/>
        <source>LiveDNA proposals (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="160"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="162"/>
        <source>&amp;PDF Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="163"/>
        <source>&amp;ArchiMate Exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="164"/>
        <source>&amp;GraphML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="165"/>
        <source>&amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="166"/>
        <source>&amp;JSON Proposal File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="176"/>
        <source>&amp;Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="179"/>
        <source>&amp;Close Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="199"/>
        <source>LiveDNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="216"/>
        <source>Drafts recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="230"/>
        <source>Close this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="231"/>
        <source>Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="319"/>
        <source>No analysis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="391"/>
        <source>Duplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="405"/>
        <source>Frontline Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="410"/>
        <source>Public Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="415"/>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="430"/>
        <source>The drafts file could not be opened, so no proposal can be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="441"/>
        <location filename="../ui/workspacewiring.cpp" line="471"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="441"/>
        <location filename="../ui/workspacewiring.cpp" line="471"/>
        <source>Proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="506"/>
        <source>Select a service in the explorer first: a proposal starts from a published service. Use Proposal → New Blank Service to design one from scratch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="522"/>
        <source>Could not start a proposal from %1/%2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="529"/>
        <location filename="../ui/workspacewiring.cpp" line="546"/>
        <source>Could not save the new draft in %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="541"/>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="560"/>
        <source>Could not open the proposal %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="581"/>
        <source>Could not open draft %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="602"/>
        <location filename="../ui/workspacewiring.cpp" line="610"/>
        <source>No proposal is open in front: open one before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="613"/>
        <source>Export proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="614"/>
        <source>proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="619"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="621"/>
        <source>Could not export to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacewiring.cpp" line="644"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::mapedit</name>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="25"/>
        <source>The service &apos;%1&apos; has no brick &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="39"/>
        <source>A cost must be a number of pounds, zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="41"/>
        <source>A cost above %1 is not a public service&apos;s spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="48"/>
        <source>FTE must be a number of staff, zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="56"/>
        <source>An estimated cost must state its method and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="60"/>
        <source>A source must be one line of at most 1000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="63"/>
        <source>A source must name a source and a row: “source-id#reference”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="66"/>
        <source>The organisation&apos;s document lists no source &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="74"/>
        <location filename="../core/mapping/mappingcommands.cpp" line="149"/>
        <location filename="../core/mapping/mappingcommands.cpp" line="262"/>
        <location filename="../core/mapping/mappingcommands.cpp" line="292"/>
        <source>The organisation has no service &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="76"/>
        <source>The service already has a brick &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="78"/>
        <source>A name must be one line of at most 1000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="80"/>
        <source>The commons has no brick &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="82"/>
        <source>The commons has no capability &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="191"/>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="204"/>
        <source>Change cost of “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="217"/>
        <source>Change FTE of “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="217"/>
        <source>Clear FTE of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="231"/>
        <source>Change the evidence of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="242"/>
        <source>&apos;%1&apos; already flows to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="252"/>
        <source>&apos;%1&apos; does not flow to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="264"/>
        <source>An organisation cannot copy its own composition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="266"/>
        <source>%1 already has bricks; copying would replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="268"/>
        <source>%1 has no bricks in %2 to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="274"/>
        <source>Cannot copy “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="277"/>
        <source>Copy %1&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="284"/>
        <source>The import is of %1, not of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/mapping/mappingcommands.cpp" line="286"/>
        <source>The spreadsheet mapped no service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
