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
        <location filename="../core/cli/analysiscommands.cpp" line="35"/>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="36"/>
        <source>Analyse commons ID (default: the last synced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="49"/>
        <source>too many arguments; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="85"/>
        <source>unknown organisation &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="92"/>
        <source>Duplication index: for every capability, bespoke spend and the saving from the cheapest commons brick (docs/analysis.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="95"/>
        <source>Only capability ID, with its organisations and instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="108"/>
        <source>unknown capability &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="114"/>
        <source>organisations %1, standard instances %2, bespoke instances %3, bespoke spend %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="118"/>
        <source>The commons lacks a brick for this capability: %1 organisations spending %2 would benefit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="121"/>
        <source>cheapest commons brick %1 at %2; saving %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="126"/>
        <source>bespoke %1 (%2 instances), saving %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="131"/>
        <location filename="../core/cli/analysiscommands.cpp" line="142"/>
        <source>bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="141"/>
        <source>capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="141"/>
        <source>orgs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="141"/>
        <source>std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="142"/>
        <source>bespoke £</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="143"/>
        <source>cheapest brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="143"/>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="143"/>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="148"/>
        <source>(commons lacks one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="151"/>
        <location filename="../core/cli/analysiscommands.cpp" line="191"/>
        <source>Total saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="158"/>
        <source>An organisation&apos;s savings opportunities, largest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="160"/>
        <source>Organisation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="164"/>
        <source>savings needs an organisation code; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="183"/>
        <source>bespoke %1 in %2 instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="185"/>
        <source>no commons brick yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="187"/>
        <source>saving %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="190"/>
        <source>No bespoke instances: nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="198"/>
        <source>Frontline shift scenario: the saving as frontline posts, national roll-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="200"/>
        <location filename="../core/cli/analysiscommands.cpp" line="265"/>
        <source>Only this organisation (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="201"/>
        <source>Share of the saving realised, 0..1 (default 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="202"/>
        <source>Override a post&apos;s annual cost, e.g. nurse=41000 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="211"/>
        <source>--share must be a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="221"/>
        <source>Set on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="226"/>
        <source>--post wants ID=GBP with a known post id and a cost above 0: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="246"/>
        <source>Realised share: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="248"/>
        <source>%1 organisations, saving %2, realised %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="251"/>
        <source>%1 %2 posts at %3 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="254"/>
        <source>Post costs are assumptions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="263"/>
        <source>Public Value Index per service and organisation (docs/analysis.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="266"/>
        <source>Weight of a value input, e.g. outcome=2 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="268"/>
        <source>Weight of quality in the index (default 0.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="269"/>
        <source>Weight of cost per transaction in the index (default 0.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="282"/>
        <source>--quality and --economy want a number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="288"/>
        <source>--weight wants KEY=W with W of 0 or more: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="308"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="313"/>
        <source>(%1 of %2 services scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="316"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="323"/>
        <source>%1 per transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="324"/>
        <source>no volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="333"/>
        <source>Process similarity of one service across organisations: capability-set Jaccard, cost-weighted similarity and the standard playlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="336"/>
        <source>LGSL id, service id or service name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="340"/>
        <source>similarity needs a service (LGSL id, id or name); see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="347"/>
        <source>no service matches &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="355"/>
        <source>Standard playlist (%1 of %2 organisations): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="358"/>
        <source>org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="358"/>
        <source>distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="358"/>
        <source>cost dist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="359"/>
        <source>mean J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="359"/>
        <source>mean cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="359"/>
        <source>capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="375"/>
        <source>Duplication index by capability, with savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="376"/>
        <source>An organisation&apos;s savings opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="377"/>
        <source>Savings as frontline posts, national roll-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="378"/>
        <source>Public Value Index by service and organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/analysiscommands.cpp" line="379"/>
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
        <location filename="../ui/application.cpp" line="32"/>
        <source>LiveDNA: what public services are made of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="35"/>
        <source>Use this cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="38"/>
        <source>Do not offer the demo commons when the cache is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="48"/>
        <source>LiveDNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="49"/>
        <source>The cache %1 could not be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Baselines</name>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="27"/>
        <source>The cache holds no commons; sync one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="30"/>
        <source>Organisation %1 publishes no service &apos;%2&apos; in commons %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="34"/>
        <source>Redesign of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="68"/>
        <source>A new service: there is no published baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="75"/>
        <source>The cache does not hold commons %1, so the baseline cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="83"/>
        <source>%1 no longer publishes service &apos;%2&apos; (commons version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/baseline.cpp" line="89"/>
        <source>The baseline is up to date (commons version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proposal/baseline.cpp" line="92"/>
        <source>The published service changed since this draft started (version %1 → %2): %n change(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrickGraphBuilder</name>
    <message numerus="yes">
        <location filename="../core/render/brickgraph.cpp" line="105"/>
        <source>%n brick(s) · %1 a year · %2 bespoke</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="143"/>
        <source>None in the commons yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="145"/>
        <source>Already the cheapest commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="147"/>
        <source>%1 — %2 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="150"/>
        <source> (up to %1 less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="165"/>
        <source>Capability: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="166"/>
        <source>frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="166"/>
        <source>overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="168"/>
        <source>Standard: uses commons brick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="169"/>
        <source>Bespoke: built or bought by this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="170"/>
        <source>Annual cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="171"/>
        <source>Staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="172"/>
        <source>Cheapest commons alternative: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="228"/>
        <source>unknown capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="369"/>
        <source>Frontline (circle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="370"/>
        <source>Overhead (square)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="371"/>
        <source>Standard commons brick (solid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="372"/>
        <source>Bespoke (hatched, dashed edge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="373"/>
        <source>Area ∝ annual cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <location filename="../core/cache/cache.cpp" line="185"/>
        <source>Cannot use the cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cache.cpp" line="530"/>
        <source>Cannot record the public key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cache.cpp" line="532"/>
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
        <location filename="../core/cache/cachewriter.cpp" line="48"/>
        <source>Cannot write the cache (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="222"/>
        <source>%1: organisation %2 is published by more than one document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="306"/>
        <source>Cannot check references: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="314"/>
        <source>the new bricks.json no longer has the brick &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="317"/>
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
        <location filename="../core/cli/cli.cpp" line="54"/>
        <source>Usage: livedna-cli [--cache FILE] COMMAND [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="55"/>
        <source>The cache is --cache FILE, else $LIVEDNA_CACHE, else %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="58"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="62"/>
        <source>Run &apos;livedna-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="63"/>
        <source>Exit codes: 0 done, 1 usage error, 2 data invalid or refused, 3 I/O or network failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="80"/>
        <source>livedna-cli: --cache needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="126"/>
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
        <location filename="../core/cli/commonscommands.cpp" line="49"/>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="58"/>
        <location filename="../core/cli/commonscommands.cpp" line="66"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="64"/>
        <source>livedna-cli: wrong number of arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="128"/>
        <source>Brings a commons into the cache, completely or not at all, and prints what changed.
SOURCE is a folder, a file:// URL, an http:// or https:// URL of the folder or of its
index.json, or &apos;demo&apos; for the illustrative commons bundled with LiveDNA.
Exit codes: 0 done (or nothing new), 1 usage error, 2 data invalid or refused
(the cache is unchanged), 3 source or cache could not be read or reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="133"/>
        <source>Folder, URL or &apos;demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="135"/>
        <source>Refuse an index whose expiry date has passed instead of warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="138"/>
        <source>Pin this Ed25519 public key (keygen&apos;s .pub file): index.json must be signed by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="141"/>
        <source>Print no progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="143"/>
        <source>livedna-cli sync [--strict] SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="162"/>
        <location filename="../core/cli/commonscommands.cpp" line="291"/>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="164"/>
        <source>%1: no index.json in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="166"/>
        <location filename="../core/cli/commonscommands.cpp" line="288"/>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="168"/>
        <source>%1: unsupported source; give a folder, a file://, http:// or https:// URL, or &apos;demo&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="188"/>
        <source>sync: %1% (%2 of %3) %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="192"/>
        <source>sync: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="224"/>
        <source>livedna-cli: sync from %1 failed; the cache is unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="225"/>
        <source>livedna-cli: sync from %1 refused; the cache is unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="235"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="239"/>
        <source>Commons: %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="241"/>
        <source>Nothing new: version %1 is already in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="245"/>
        <source>Version: %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="247"/>
        <source>Version: new -&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="257"/>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="258"/>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="259"/>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/commonscommands.cpp" line="260"/>
        <source>Fetched %n document(s), %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="262"/>
        <source>Warnings: %1 (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="270"/>
        <source>Checks a commons folder (its index.json and every document it lists) or one document
(index.json, bricks.json or an organisation) against the commons format, and lists
every problem with its file and JSON location. &apos;demo&apos; checks the bundled demo commons.
Exit codes: 0 valid, 1 usage error, 2 problems found, 3 the path cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="274"/>
        <source>Commons folder or one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="275"/>
        <source>livedna-cli validate PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="284"/>
        <source>%1: no readable index.json in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="295"/>
        <source>%1: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/commonscommands.cpp" line="301"/>
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="309"/>
        <source>Lists the organisations in the cache with their service count and annual cost split
into frontline and overhead (the sum of their services&apos; bricks). With --json, prints an
array of objects: code, name, kind, type, region, services, total_gbp, frontline_gbp,
overhead_gbp, reported_gbp (null when no service reports a cost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="313"/>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="315"/>
        <location filename="../core/cli/commonscommands.cpp" line="403"/>
        <source>Which commons (default: the one synced most recently).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="319"/>
        <source>livedna-cli orgs [--json] [--commons ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="328"/>
        <location filename="../core/cli/commonscommands.cpp" line="416"/>
        <source>no commons &apos;%1&apos; in the cache %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="352"/>
        <source>The cache %1 holds no organisations yet; try &apos;livedna-cli sync demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="358"/>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="358"/>
        <location filename="../core/cli/commonscommands.cpp" line="483"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="358"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="358"/>
        <source>SERVICES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="358"/>
        <location filename="../core/cli/commonscommands.cpp" line="483"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="359"/>
        <location filename="../core/cli/commonscommands.cpp" line="483"/>
        <source>FRONTLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="359"/>
        <location filename="../core/cli/commonscommands.cpp" line="483"/>
        <source>OVERHEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="394"/>
        <source>Shows one organisation (by code, or by its exact name) and each of its services with
total, frontline, overhead and reported cost, its number of bricks and how many are
bespoke. With --json, prints one object: code, name, kind, total_gbp, frontline_gbp,
overhead_gbp, reported_gbp and services [{id, name, total_gbp, frontline_gbp,
overhead_gbp, reported_gbp, bricks, bespoke}]; reported_gbp is null where none.
Exit code 1 when the organisation is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="400"/>
        <source>Organisation code (e.g. E06000023) or exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="401"/>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="407"/>
        <source>livedna-cli show [--json] [--commons ID] ORG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="431"/>
        <source>no organisation &apos;%1&apos; in the cache %2; &apos;livedna-cli orgs&apos; lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="476"/>
        <source>period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="478"/>
        <source>Total %1  frontline %2  overhead %3  reported %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="480"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="483"/>
        <source>SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="484"/>
        <source>REPORTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="484"/>
        <source>BRICKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="484"/>
        <source>BESPOKE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="518"/>
        <source>Bring a commons (folder, URL or &apos;demo&apos;) into the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="520"/>
        <source>Check a commons folder or document; list every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="522"/>
        <source>List organisations with their costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="523"/>
        <source>Show one organisation&apos;s services and costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonsReader</name>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="54"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="56"/>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="56"/>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="58"/>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="60"/>
        <source>the string %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="62"/>
        <location filename="../core/commons/commonsreader.cpp" line="289"/>
        <location filename="../core/commons/commonsreader.cpp" line="504"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="64"/>
        <location filename="../core/commons/commonsreader.cpp" line="273"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="68"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commons/commonsreader.cpp" line="251"/>
        <source>… and %n more problem(s) not listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="304"/>
        <source>“%1” must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="314"/>
        <source>a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="314"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="325"/>
        <source>“%1” must be an id of lower-case letters, digits, “.” and “-” that starts with a letter or digit ([a-z0-9][a-z0-9.-]*); found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="335"/>
        <source>an id ([a-z0-9][a-z0-9.-]*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="365"/>
        <location filename="../core/commons/commonsreader.cpp" line="421"/>
        <source>“%1” must be %2; found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="388"/>
        <source>“%1” must be one of %2; found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="405"/>
        <source>unsupported format version %1: this version of LiveDNA reads %2 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="409"/>
        <source>“format” must be “%1”; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="416"/>
        <source>required field “%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="450"/>
        <source>a number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="452"/>
        <source>an integer ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="454"/>
        <source>an integer ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="456"/>
        <source>a number between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="458"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="486"/>
        <source>the file is empty; expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="491"/>
        <source>JSON nesting is deeper than %1 levels; refused before parsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="499"/>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="503"/>
        <source>the document must be a JSON object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="504"/>
        <source>a scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="518"/>
        <source>“period” must be a financial year written YYYY-YY, such as 2025-26; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="524"/>
        <source>“period” %1 must end with the year after %2 (%2-%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="539"/>
        <source>“%1” must be an RFC 3339 date-time such as 2026-11-01T09:00:00Z; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="545"/>
        <source>“%1” must be a UTC time ending in “Z”; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="591"/>
        <source>a document entry must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="600"/>
        <source>unsafe path %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="605"/>
        <source>duplicate path %1 (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="615"/>
        <source>path %1 differs only in letter case from the path at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="637"/>
        <source>an organisation entry must name its organisation code in “org”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="642"/>
        <source>organisation %1 is listed twice (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="662"/>
        <source>64 lower-case hexadecimal digits (the SHA-256 of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="674"/>
        <source>the index must list exactly one document of type “bricks”; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="698"/>
        <source>a capability must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="707"/>
        <source>duplicate capability id %1 (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="736"/>
        <location filename="../core/commons/commonsreader.cpp" line="818"/>
        <source>a brick must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="745"/>
        <source>duplicate brick id %1 (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="755"/>
        <source>capability %1 is not one of the capabilities in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="788"/>
        <source>an integer ≥ 1 (a Local Government Service List id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="837"/>
        <source>duplicate brick id %1 in this service (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="847"/>
        <source>“uses” must name a brick from bricks.json; found an empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="849"/>
        <source>“uses” names %1, which is not a brick in bricks.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="853"/>
        <source>a bespoke brick (one without “uses”) must state its “capability”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="857"/>
        <source>“capability” must name a capability from bricks.json; found an empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="863"/>
        <source>“capability” names %1, which is not a capability in bricks.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="893"/>
        <source>a flow must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="899"/>
        <source>“from” names %1, which is not a brick of this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="902"/>
        <source>“to” names %1, which is not a brick of this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="920"/>
        <source>organisation code %1 does not match the index entry&apos;s “org” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="943"/>
        <source>a neighbour must be an organisation code (a non-empty string); found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="965"/>
        <source>a service must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="973"/>
        <source>duplicate service id %1 (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1008"/>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1049"/>
        <source>the index is %1 bytes, over the limit of %2 bytes (64 MiB); refused before parsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1090"/>
        <source>the path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1092"/>
        <source>it must be relative, not start with “/”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1094"/>
        <source>it must use “/”, not a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1097"/>
        <source>it must not contain a scheme or drive (“:”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1101"/>
        <source>it must not contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1105"/>
        <source>it must not contain “%”, “?” or “#”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1115"/>
        <source>it must not contain an empty segment (“//” or a trailing “/”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1117"/>
        <source>it must not contain “..”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1119"/>
        <source>it must not contain “.” segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1165"/>
        <source>no index.json in this folder; a commons needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1171"/>
        <location filename="../core/commons/commonsreader.cpp" line="1195"/>
        <location filename="../core/commons/commonsreader.cpp" line="1251"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1185"/>
        <source>listed in index.json but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1191"/>
        <source>resolves outside the commons folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1201"/>
        <source>is larger than the %1 bytes index.json gives for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1202"/>
        <source>is %1 bytes long but index.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1208"/>
        <source>SHA-256 is %1 but index.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1249"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1253"/>
        <source>the file is over the limit of %1 bytes (64 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1278"/>
        <source>references not checked: the catalogue %1 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1284"/>
        <source>no “format” field: expected livedna-commons/1, livedna-bricks/1 or livedna-org/1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1285"/>
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
        <location filename="../core/importers/councilimporter.cpp" line="140"/>
        <source>no population in the register</source>
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
        <location filename="../core/render/matrixpaint.cpp" line="183"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/matrixpaint.cpp" line="186"/>
        <source>standard (commons), low → high cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/matrixpaint.cpp" line="189"/>
        <source>bespoke (dark corner), low → high cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/matrixpaint.cpp" line="192"/>
        <location filename="../core/render/matrixpaint.cpp" line="193"/>
        <source>frontline column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/matrixpaint.cpp" line="197"/>
        <source>overhead column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/dnamatrix.cpp" line="136"/>
        <source>cannot read the DNA matrix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="42"/>
        <source>this build of LiveDNA has no bundled demo commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="53"/>
        <source>not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="60"/>
        <source>a commons URL names its folder or its index.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="73"/>
        <source>not a valid file:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="77"/>
        <source>unsupported kind of URL: use a folder, file://, http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="86"/>
        <source>a commons is a folder or its index.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="91"/>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="78"/>
        <source>Cannot use the drafts file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proposal/draftstore.cpp" line="127"/>
        <source>LiveDNA did not close properly last time. Your %n draft(s) were reopened as of their last saved edit; nothing saved was lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="145"/>
        <source>Cannot create a draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="164"/>
        <source>Cannot save draft %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="166"/>
        <source>Draft %1 no longer exists in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="177"/>
        <source>There is no draft %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="178"/>
        <source>%1 (draft %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/draftstore.cpp" line="225"/>
        <source>Cannot delete draft %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <location filename="../core/render/export.cpp" line="36"/>
        <location filename="../core/render/export.cpp" line="39"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="69"/>
        <source>Made with LiveDNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="83"/>
        <source>%1: could not encode the PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="104"/>
        <location filename="../core/render/export.cpp" line="387"/>
        <source>%1: unknown picture format; use a .svg, .png or .pdf file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="265"/>
        <source>Standard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="265"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="269"/>
        <source>Cheapest commons alternative: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="340"/>
        <source>● circle = frontline   ■ square = overhead   area ∝ annual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="341"/>
        <source>solid = standard commons brick   hatched with dashed edge = bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="376"/>
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
        <location filename="../core/export/pdfexport.cpp" line="282"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="221"/>
        <location filename="../core/export/pdfexport.cpp" line="282"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="235"/>
        <location filename="../core/export/pdfexport.cpp" line="327"/>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="237"/>
        <location filename="../core/export/pdfexport.cpp" line="327"/>
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
        <location filename="../core/export/pdfexport.cpp" line="275"/>
        <location filename="../core/export/pdfexport.cpp" line="325"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="276"/>
        <source>Annual saving: %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="282"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="282"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="283"/>
        <source>Total annual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="284"/>
        <source>Frontline cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="285"/>
        <source>Overhead cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="286"/>
        <source>Frontline FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="287"/>
        <source>Overhead FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="288"/>
        <location filename="../core/export/pdfexport.cpp" line="327"/>
        <source>Bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="289"/>
        <source>Bespoke bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="291"/>
        <source>Public Value Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="291"/>
        <location filename="../core/export/pdfexport.cpp" line="292"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="296"/>
        <source>FTE moved from overhead to frontline: %1 · Bespoke bricks removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="304"/>
        <source>Before: the published service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="307"/>
        <source>After: the proposed service (changed bricks outlined in colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="309"/>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="315"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="327"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="327"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="327"/>
        <location filename="../core/export/pdfexport.cpp" line="335"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="341"/>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/pdfexport.cpp" line="344"/>
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
    <name>Format</name>
    <message>
        <location filename="../core/models/format.cpp" line="15"/>
        <source>%1£%2bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="17"/>
        <source>%1£%2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="19"/>
        <location filename="../core/models/format.cpp" line="21"/>
        <source>%1£%2k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="22"/>
        <location filename="../core/models/format.cpp" line="29"/>
        <source>%1£%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="40"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="46"/>
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
        <location filename="../core/analysis/scenario.cpp" line="51"/>
        <source>All councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/scenario.cpp" line="52"/>
        <source>All NHS trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/scenario.cpp" line="53"/>
        <source>Other public bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/scenario.cpp" line="54"/>
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
        <location filename="../core/cli/importcommands.cpp" line="127"/>
        <source>Usage: livedna-cli import KIND FILE... --out DIR [options]
Kinds:
  councils    current English councils from uk_local_authorities.csv (+ --similarity DIR for neighbours)
  spending    spending CSV by organisation and service, through a column mapping
  oruk        an Open Referral UK / HSDS service feed (JSON) as one organisation&apos;s services
  nhs-trusts  open NHS trusts from the ODS etr extract
  lgsl        the Local Government Service List: into the cache, and DIR/lgsl.json with --out
Run &apos;livedna-cli import KIND --help&apos; for the options of one kind.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommon</name>
    <message>
        <location filename="../core/importers/importcommon.cpp" line="37"/>
        <source>Cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importcommon.cpp" line="39"/>
        <source>The existing document is too large to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importcommon.cpp" line="44"/>
        <source>The existing file is not an organisation document (%1); not overwriting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importcommon.cpp" line="45"/>
        <source>wrong format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importcommon.cpp" line="63"/>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importcommon.cpp" line="66"/>
        <location filename="../core/importers/importcommon.cpp" line="69"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importcommon.cpp" line="77"/>
        <source>The organisation code &apos;%1&apos; cannot name a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/importcommon.cpp" line="83"/>
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
    <name>NhsTrustImporter</name>
    <message>
        <location filename="../core/importers/nhstrustimporter.cpp" line="90"/>
        <source>Not an ODS trust extract: expected the 27-column etr layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/nhstrustimporter.cpp" line="115"/>
        <source>Needs columns &apos;Organisation Code&apos; and &apos;Trust Type&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/nhstrustimporter.cpp" line="132"/>
        <source>row has %1 fields, expected at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/nhstrustimporter.cpp" line="138"/>
        <source>closed (the ODS record has a close date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/nhstrustimporter.cpp" line="142"/>
        <source>no usable ODS code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/nhstrustimporter.cpp" line="146"/>
        <source>duplicate ODS code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/nhstrustimporter.cpp" line="159"/>
        <source>unknown national grouping &apos;%1&apos;: no region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrukImporter</name>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="59"/>
        <source>--org must be the organisation&apos;s code (e.g. E06000023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="64"/>
        <source>%1 has no document in the output folder yet: give --org-name (or import councils first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="76"/>
        <source>Cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="78"/>
        <source>The feed is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="81"/>
        <source>The JSON is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="85"/>
        <source>Not JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="96"/>
        <source>Not an Open Referral service feed: expected an array of services or a paged response with &apos;content&apos; or &apos;contents&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="107"/>
        <source>not a service object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="111"/>
        <source>service has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="116"/>
        <source>status &apos;%1&apos; (not active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="121"/>
        <source>service has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/orukimporter.cpp" line="121"/>
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
        <location filename="../core/cli/proposalcommands.cpp" line="36"/>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="43"/>
        <location filename="../core/cli/proposalcommands.cpp" line="49"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="49"/>
        <source>livedna-cli: wrong number of arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="59"/>
        <source>unknown format &apos;%1&apos; (choose from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="65"/>
        <location filename="../core/cli/proposalcommands.cpp" line="180"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="72"/>
        <source>Usage: livedna-cli proposal validate FILE
       livedna-cli proposal export FILE --format pdf|archimate|graphml|csv|json --out OUT
       livedna-cli proposal new ORG SERVICE --out FILE
       livedna-cli proposal baseline FILE
       livedna-cli proposal compare FILE [OTHER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="94"/>
        <source>livedna-cli: unknown proposal command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="101"/>
        <source>Check a proposal file: schema, references and limits. Exit 0 when valid, 2 when not, listing every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="103"/>
        <location filename="../core/cli/proposalcommands.cpp" line="126"/>
        <location filename="../core/cli/proposalcommands.cpp" line="189"/>
        <location filename="../core/cli/proposalcommands.cpp" line="216"/>
        <source>A .livedna-proposal.json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="108"/>
        <location filename="../core/cli/proposalcommands.cpp" line="139"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/proposalcommands.cpp" line="113"/>
        <source>%1: invalid (%n problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/proposalcommands.cpp" line="116"/>
        <source>%1: valid proposal “%2” (%n brick(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="125"/>
        <source>Export a proposal file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="128"/>
        <location filename="../core/cli/proposalcommands.cpp" line="254"/>
        <source>pdf, archimate, graphml, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="129"/>
        <location filename="../core/cli/proposalcommands.cpp" line="155"/>
        <location filename="../core/cli/proposalcommands.cpp" line="255"/>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="136"/>
        <location filename="../core/cli/proposalcommands.cpp" line="264"/>
        <source>--format and --out are required
Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="152"/>
        <source>Start a proposal file from a published service in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="153"/>
        <location filename="../core/cli/proposalcommands.cpp" line="251"/>
        <source>Organisation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="154"/>
        <source>Service id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="156"/>
        <source>Title of the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="157"/>
        <source>Author of the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="165"/>
        <source>--out is required
Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="187"/>
        <source>Check whether a proposal&apos;s baseline is still what the cache publishes. Exit 0 when current, 2 when it changed or was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="214"/>
        <source>List what a proposal changes against its baseline, or what OTHER (a proposal for the same service) changes against FILE, with the cost effect of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="217"/>
        <source>Another proposal for the same service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="233"/>
        <source>%1 is a new service with no baseline to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="237"/>
        <source>the proposals are for different services (&apos;%1&apos; and &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="250"/>
        <source>Export published compositions from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="252"/>
        <source>Service id (default: every service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="256"/>
        <source>Commons id (default: the latest synced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="271"/>
        <source>the cache %1 holds no commons; run &apos;livedna-cli sync&apos; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="275"/>
        <source>commons %1 has no organisation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="277"/>
        <source>Commons %1 (%2), version %3, published %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="280"/>
        <source>Synced from %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="292"/>
        <source>Validate, start, check and export redesign proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/proposalcommands.cpp" line="293"/>
        <source>Export published compositions (pdf, archimate, graphml, csv, json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalFile</name>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="501"/>
        <location filename="../core/proposal/proposal.cpp" line="581"/>
        <source>is %1 bytes, larger than the %2 bytes a proposal file may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="505"/>
        <source>is nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="509"/>
        <source>is not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="511"/>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="518"/>
        <source>&apos;%1&apos; is a proposal format this version does not read (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="519"/>
        <source>&apos;%1&apos; is not a LiveDNA proposal (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="541"/>
        <source>must be 64 lowercase hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="544"/>
        <source>is &apos;%1&apos; but the baseline names service &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="548"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="559"/>
        <source>must be [x, y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="578"/>
        <source>is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="585"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="594"/>
        <location filename="../core/proposal/proposal.cpp" line="597"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../core/publish/publisher.cpp" line="69"/>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="72"/>
        <location filename="../core/publish/publisher.cpp" line="74"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="104"/>
        <source>Published %1 &quot;%2&quot; version %3 (previous: %4).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="107"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="108"/>
        <source>Documents: bricks.json and %1 organisations; %2 extra file(s).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="109"/>
        <source>Changes: %1 added, %2 changed, %3 removed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="110"/>
        <source>Signed: index.json.sig with public key %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="111"/>
        <source>Not signed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="113"/>
        <source>Ignored (not a commons document): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="115"/>
        <source>Kept (not part of the commons): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="132"/>
        <source>The source folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="141"/>
        <source>The output exists and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="145"/>
        <source>Cannot create the folder that holds the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="170"/>
        <source>Cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="174"/>
        <source>Larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="179"/>
        <source>The JSON is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="186"/>
        <source>A second brick catalogue (the first is %1); a commons has exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="201"/>
        <source>No brick catalogue (a document with &quot;format&quot;: &quot;livedna-bricks/1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="203"/>
        <source>More than one LGSL list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="224"/>
        <source>The code &apos;%1&apos; cannot name a file in the commons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="228"/>
        <source>%1 is also the code of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="249"/>
        <source>Cannot read the previous index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="253"/>
        <source>The output holds an index.json that is not valid, so the next version number is unknown; move it away to start a new commons.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="263"/>
        <source>No commons id: give --commons ID for a first publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="265"/>
        <source>The commons id &apos;%1&apos; must match [a-z0-9][a-z0-9.-]*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="268"/>
        <source>The output already holds the commons &apos;%1&apos;; refusing to publish &apos;%2&apos; over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="364"/>
        <source>Cannot create the lock file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="367"/>
        <source>Another publication into this folder is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="376"/>
        <source>Cannot create the staging folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="403"/>
        <source>Cannot keep %1 in the new publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="422"/>
        <location filename="../core/publish/publisher.cpp" line="435"/>
        <source>Cannot move the publication into place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="431"/>
        <source>Cannot move the previous publication aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/publish/publisher.cpp" line="439"/>
        <source>Cannot swap the publication into place: %1</source>
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
        <location filename="../core/importers/spendingimporter.cpp" line="75"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="76"/>
        <source>%1 &apos;%2&apos; names no column; the columns are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="86"/>
        <source>--period must be a financial year such as 2017-18 (or give --period-col).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="88"/>
        <source>--scale must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="105"/>
        <source>The filter column &apos;%1&apos; is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="111"/>
        <source>--org-key must be code, gss, ecode or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="113"/>
        <source>--org-key %1 needs --register uk_local_authorities.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="124"/>
        <source>the file starts with a UTF-8 byte-order mark (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="135"/>
        <source>row has %1 fields, the mapping needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="142"/>
        <source>not selected by --include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="151"/>
        <source>excluded by --exclude %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="170"/>
        <location filename="../core/importers/spendingimporter.cpp" line="184"/>
        <source>no organisation in this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="171"/>
        <source>%1 is not in the local authority register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="179"/>
        <source>%1 is a former GSS code of %2 (%3): matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="188"/>
        <source>&apos;%1&apos; is not a usable organisation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="196"/>
        <source>%1 has no organisation document in the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="202"/>
        <source>empty service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="207"/>
        <source>period &apos;%1&apos; is not a financial year such as 2017-18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="221"/>
        <source>%1 already has rows for %2; one document holds one period (this row: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="240"/>
        <source>several rows for one service: amounts added together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="250"/>
        <source>negative amount kept as published (income above spending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="252"/>
        <source>blank or not-available amount &apos;%1&apos;: kept as unknown (no reported cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="254"/>
        <source>amount &apos;%1&apos; is not a number: kept as unknown (no reported cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/importers/spendingimporter.cpp" line="270"/>
        <source>%1: period changed from %2 to %3</source>
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
    <name>Treemap</name>
    <message>
        <location filename="../core/analysis/treemap.cpp" line="123"/>
        <source>Unmapped reported spend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna</name>
    <message>
        <location filename="../core/util/migrator.cpp" line="22"/>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="28"/>
        <source>The database %1 has schema version %2, newer than this version of LiveDNA understands (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="38"/>
        <source>Cannot start a migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="44"/>
        <source>Migration to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="51"/>
        <source>Cannot record schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="62"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="69"/>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="86"/>
        <source>Cannot configure the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="39"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="60"/>
        <source>Publish a folder of commons documents (bricks.json, organisation documents, optional lgsl.json) as a commons in OUT: validated, indexed with hashes, version one above OUT&apos;s previous one, swapped into place atomically, and signed with --sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="64"/>
        <source>Folder of documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="65"/>
        <source>Commons folder to publish into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="66"/>
        <source>Commons id (required the first time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="67"/>
        <source>Commons title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="68"/>
        <source>Sign index.json with this Ed25519 secret key (from keygen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="69"/>
        <source>Mark the publication stale after N days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="74"/>
        <source>publish needs SRC and OUT (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="85"/>
        <source>--expires-days needs a whole number of days ≥ 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="90"/>
        <source>Nothing was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="100"/>
        <source>Make an Ed25519 key pair for signing a commons: OUT (secret, mode 0600) and OUT.pub (public: give it to readers for sync --trust).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="102"/>
        <location filename="../core/cli/importcommands.cpp" line="103"/>
        <source>Secret key file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="104"/>
        <source>Overwrite existing key files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="112"/>
        <source>keygen needs OUT (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="119"/>
        <source>Secret key: %1 (keep it private)
Public key: %1.pub
%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="147"/>
        <source>Output folder (organisation documents go to DIR/orgs/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="148"/>
        <source>Financial year of the costs, e.g. 2017-18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="153"/>
        <source>import %1 needs --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="160"/>
        <source>--period must be a financial year such as 2017-18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="168"/>
        <source>Current English councils (current-authority True, nation England) from mySociety&apos;s uk_local_authorities.csv, one document per GSS code; with --similarity, neighbours from the similarity clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="171"/>
        <source>uk_local_authorities.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="173"/>
        <source>Folder of mySociety *_la_labels.csv files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="174"/>
        <source>At most N neighbours (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="178"/>
        <source>import councils needs the register file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="189"/>
        <source>Spending by organisation and service from a CSV (delimiter and BOM detected). Each organisation+service becomes a service with reported_cost_gbp = sum of amount × scale and no bricks (unmapped). Blank and &apos;...&apos; amounts stay unknown; negative ones are kept. Columns are header names or 1-based numbers.
Revenue Outturn example:
  import spending RS_2017-18_by_LA_long.csv --org-col ons_code --org-key gss --register uk_local_authorities.csv --service-id-col rs_line --service-col rs_label --amount-col value_gbp_thousands --scale 1000 --period-col financial_year --include &apos;rs_section=Service Expenditure&apos; --exclude rs_line=699 --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="198"/>
        <source>The spending file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="201"/>
        <source>Column naming the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="202"/>
        <source>Column naming the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="203"/>
        <source>Column holding the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="204"/>
        <source>Column put before the service name in its id (e.g. a line number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="205"/>
        <source>Column giving the service category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="206"/>
        <source>Column giving the organisation name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="207"/>
        <source>Column giving the financial year of each row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="208"/>
        <source>Column giving the LGSL id of the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="209"/>
        <source>Multiply amounts by this (1000 for £ thousand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="210"/>
        <source>What the organisation column holds: code (default), gss, ecode or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="211"/>
        <source>uk_local_authorities.csv, for --org-key gss|ecode|name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="212"/>
        <source>Kind of organisations created: council (default), nhs-trust, other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="213"/>
        <source>Field delimiter (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="214"/>
        <source>Keep only rows where COL=VALUE (repeatable: any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="215"/>
        <source>Drop rows where COL=VALUE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="216"/>
        <source>Skip organisations that have no document in --out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="222"/>
        <source>import spending needs one CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="239"/>
        <source>--scale needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="247"/>
        <location filename="../core/cli/importcommands.cpp" line="297"/>
        <source>--kind must be council, nhs-trust or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="255"/>
        <source>--delimiter must be one character (or &apos;tab&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="261"/>
        <source>--include needs COL=VALUE, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="267"/>
        <source>--exclude needs COL=VALUE, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="274"/>
        <source>An Open Referral UK / HSDS service feed (JSON array, paged response, or several page files) as the services of one organisation, with LGSL ids where the feed carries them and HTML stripped from descriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="277"/>
        <source>Feed files (pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="279"/>
        <source>Code of the organisation publishing the directory (e.g. E06000023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="280"/>
        <source>Its name, when it has no document in --out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="281"/>
        <source>Its kind: council (default), nhs-trust, other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="282"/>
        <source>Also import services whose status is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="286"/>
        <source>import oruk needs at least one feed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="303"/>
        <source>Open NHS trusts from the ODS etr extract (with or without header), one document per ODS code. --trust-types adds each trust&apos;s type and neighbours (same type, same NHS region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="306"/>
        <source>etr.csv or etr_with_header.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="308"/>
        <source>CSV with &apos;Organisation Code&apos; and &apos;Trust Type (Primary)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="312"/>
        <source>import nhs-trusts needs the etr file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="321"/>
        <source>The Local Government Service List (esd englishAndWelshServices CSV, or an lgsl.json). Loads it into the cache (unless --no-cache) so services are named and grouped by LGSL id, and with --out writes DIR/lgsl.json, which publish lists in index.json&apos;s &quot;extras&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="325"/>
        <source>englishAndWelshServices-all.csv, an lgsl.json, or a commons folder holding one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="326"/>
        <source>GOV.UK local_services.csv giving each service&apos;s providing tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="327"/>
        <source>Only write --out; leave the cache alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="331"/>
        <source>import lgsl needs the service list file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="334"/>
        <source>--no-cache without --out would do nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="359"/>
        <source>Loaded %1 LGSL services into the cache %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="364"/>
        <source>Unknown import kind &apos;%1&apos;.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="372"/>
        <source>Publish a folder of documents as a commons (validated, indexed, atomic, signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="373"/>
        <source>Make an Ed25519 key pair for signing a commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/importcommands.cpp" line="374"/>
        <source>Import published data: councils, spending, oruk, nhs-trusts, lgsl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="192"/>
        <source>must be &apos;frontline&apos; or &apos;overhead&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="194"/>
        <source>capability &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="220"/>
        <source>&apos;%1&apos; is not an evolution stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="222"/>
        <source>capability &apos;%1&apos; is not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="224"/>
        <source>brick &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="258"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="262"/>
        <source>has %1 bricks, more than the %2 a proposal may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="276"/>
        <source>brick id &apos;%1&apos; is used twice in the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="279"/>
        <source>a bespoke brick (no &apos;uses&apos;) must state its &apos;capability&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="281"/>
        <source>standard brick &apos;%1&apos; is not in the proposal&apos;s catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="283"/>
        <source>capability &apos;%1&apos; is not in the proposal&apos;s catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="292"/>
        <source>has %1 flows, more than the %2 a proposal may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="303"/>
        <location filename="../core/proposal/proposal.cpp" line="305"/>
        <source>names brick &apos;%1&apos;, which is not in the service</source>
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
        <location filename="../ui/capabilityview.cpp" line="53"/>
        <source>&amp;Capability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="55"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="72"/>
        <source>Distribution of costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="80"/>
        <source>Instances of the capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="81"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="81"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="81"/>
        <source>Brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="81"/>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="81"/>
        <source>Annual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="170"/>
        <source>Standard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="170"/>
        <location filename="../ui/capabilityview.cpp" line="200"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="198"/>
        <source>Annual cost of each instance (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="201"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="240"/>
        <source> cheapest commons brick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="253"/>
        <source>&lt;span style=&apos;font-size:13pt;font-weight:600&apos;&gt;%1&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#4b5563&apos;&gt;%2 · %3 bespoke instances in %4 organisations (%5 a year) · %6 standard instances in %7 organisations&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="256"/>
        <source>frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="256"/>
        <source>overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="262"/>
        <source>&lt;b&gt;Commons bricks that could replace the bespoke instances&lt;/b&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capabilityview.cpp" line="269"/>
        <source>&lt;li&gt;None: the commons lacks a brick for this capability. %n organisation(s) building it bespoke would benefit from one.&lt;/li&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>livedna::Checker</name>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="85"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="92"/>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="103"/>
        <location filename="../core/proposal/proposal.cpp" line="135"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="107"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="112"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="114"/>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="123"/>
        <source>&apos;%1&apos; is not an id ([a-z0-9][a-z0-9.-]*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="139"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="144"/>
        <source>must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="148"/>
        <source>must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/proposal/proposal.cpp" line="161"/>
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
        <location filename="../ui/dashboardview.cpp" line="156"/>
        <source>Select an organisation to see its dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="182"/>
        <source>%n other service(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="207"/>
        <source>&lt;span style=&apos;font-size:14pt;font-weight:600&apos;&gt;%1&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#4b5563&apos;&gt;%2 a year · %3 frontline · %4 of spend on bespoke bricks · period %5&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="231"/>
        <source>Spend by service: frontline and overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="232"/>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="233"/>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="245"/>
        <source>Standard commons bricks versus bespoke, by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="246"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="247"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="262"/>
        <source>Mapping coverage: share of reported cost mapped into bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="280"/>
        <source>No service of this organisation publishes a reported cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="287"/>
        <source>Mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="313"/>
        <source>Compared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="318"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="318"/>
        <source>Overhead share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="318"/>
        <source>Bespoke share of bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="318"/>
        <source>Cost per resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="380"/>
        <source>Comparators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="406"/>
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
        <location filename="../core/analysis/analysismodels.cpp" line="77"/>
        <source>The commons lacks a brick for %1: %2 organisations spending %3 would benefit from one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="85"/>
        <source>frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="85"/>
        <source>overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="91"/>
        <source>commons lacks one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="99"/>
        <source>n/a: %1 orgs would benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="109"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="110"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="111"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="112"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="113"/>
        <source>Standard instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="114"/>
        <source>Bespoke instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="115"/>
        <source>Bespoke spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="116"/>
        <source>Cheapest commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="117"/>
        <source>Brick cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="118"/>
        <source>Saving</source>
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
        <source>%1: saving %2 = sum over organisations of max(0, bespoke spend - %3, the cost of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="132"/>
        <source>%1 organisations, %2 brick instances. Saving if every organisation consumed the cheapest commons brick instead of its bespoke ones: %3 a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="137"/>
        <source>Capabilities in use without a commons brick: %1 (%2 of bespoke spend would benefit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="161"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="169"/>
        <source>Saving, £ thousand a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="205"/>
        <source>%1: %2 savings opportunities, %3 a year in all. Select one to see its instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/duplicationview.cpp" line="213"/>
        <source>No analysis: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::EffectPanel</name>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="30"/>
        <source>&lt;b&gt;Effect&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="36"/>
        <source>Annual saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="43"/>
        <source>Cost before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="46"/>
        <location filename="../ui/proposal/effectpanel.cpp" line="79"/>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="47"/>
        <location filename="../ui/proposal/effectpanel.cpp" line="80"/>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="54"/>
        <location filename="../ui/proposal/effectpanel.cpp" line="77"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="55"/>
        <location filename="../ui/proposal/effectpanel.cpp" line="77"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="58"/>
        <source>£ a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="68"/>
        <source>Saving: %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="69"/>
        <source>New service: %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="77"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="78"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="81"/>
        <source>Frontline FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="82"/>
        <source>Overhead FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="83"/>
        <source>Bespoke bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="86"/>
        <source>Public Value Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="86"/>
        <location filename="../ui/proposal/effectpanel.cpp" line="87"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="92"/>
        <source>FTE moved from overhead to frontline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/effectpanel.cpp" line="93"/>
        <source>Bespoke bricks removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::FolderSource</name>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="124"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="126"/>
        <source>leads outside the commons folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="130"/>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="134"/>
        <source>is %1 bytes long but index.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="137"/>
        <source>is larger than the %1 bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="141"/>
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
        <location filename="../core/sync/documentsource.cpp" line="240"/>
        <source>was not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="310"/>
        <location filename="../core/sync/documentsource.cpp" line="370"/>
        <source>no data received for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="311"/>
        <source>no response within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="322"/>
        <source>redirected to another origin (%1); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="334"/>
        <location filename="../core/sync/documentsource.cpp" line="382"/>
        <source>is %1 bytes long but index.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="335"/>
        <location filename="../core/sync/documentsource.cpp" line="354"/>
        <source>is larger than the %1 bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="353"/>
        <source>is longer than the %1 bytes index.json says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="372"/>
        <source>cannot download: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="379"/>
        <source>is longer than the %1 bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="404"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::InstanceModel</name>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="265"/>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="265"/>
        <source>bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="268"/>
        <source>frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="268"/>
        <source>overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="279"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="280"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="281"/>
        <source>Brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="282"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="283"/>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="284"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="285"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="286"/>
        <source>Annual cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>LiveDNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>Syncing from %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>Sync from &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>Sync from &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>Load the &amp;Demo Commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>&amp;Export View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>&amp;Services and Bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>Spend &amp;Treemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>DNA &amp;Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>&amp;Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>&amp;Fit Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>&amp;About LiveDNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <source>Filter by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>Filter organisations by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>NHS trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>Filter organisations by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>Select an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>Services of the selected organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <location filename="../ui/mainwindow.cpp" line="432"/>
        <source>Bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <location filename="../ui/mainwindow.cpp" line="431"/>
        <source>Select a service to see its bricks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
        <source>Brick details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Services &amp;&amp; Bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>Spend Treemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>DNA Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="293"/>
        <location filename="../ui/mainwindow.cpp" line="471"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>Commons status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>No commons synced yet — use File ▸ Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361"/>
        <source>Commons: %1 (%2) · version %3 · last synced %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="365"/>
        <source>Source: %1
Published: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366"/>
        <source>LiveDNA — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="395"/>
        <source>%1 &lt;span style=&apos;font-weight:normal;color:#4b5563&apos;&gt;· %2 · %3 a year · %4 frontline · %5 bespoke bricks&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="431"/>
        <source>Select an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="439"/>
        <source>The graph could not be laid out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="442"/>
        <source>%1 &lt;span style=&apos;font-weight:normal;color:#4b5563&apos;&gt;· %2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445"/>
        <source>This service is not mapped into bricks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="463"/>
        <source>&lt;p&gt;Click a brick, or press an arrow key in the graph, to see its capability, cost, staff and the cheapest commons alternative.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="472"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="472"/>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="472"/>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="473"/>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="473"/>
        <source>Standard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="473"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="474"/>
        <source>Annual cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="477"/>
        <source>&lt;p&gt;&lt;b&gt;Cheapest commons alternative&lt;/b&gt;&lt;br/&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="598"/>
        <source>Welcome to LiveDNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="599"/>
        <source>&lt;p&gt;Your local cache is empty.&lt;/p&gt;&lt;p&gt;Load the bundled &lt;b&gt;demo commons&lt;/b&gt;? Its organisations are real names but its figures are &lt;b&gt;illustrative, not real&lt;/b&gt;. You can sync a real commons later from the File menu.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="611"/>
        <source>the demo commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="612"/>
        <source>Syncing from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="612"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="613"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="621"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="643"/>
        <source>Sync cancelled; the cache is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="646"/>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="647"/>
        <source>Nothing was changed: the cache holds what it held before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="656"/>
        <source>Sync from a commons folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="668"/>
        <location filename="../ui/mainwindow.cpp" line="677"/>
        <source>Sync from a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="669"/>
        <source>Address of the commons (its folder or its index.json):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="677"/>
        <source>“%1” is not an http, https or file URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="705"/>
        <location filename="../ui/mainwindow.cpp" line="712"/>
        <source>Export view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="706"/>
        <source>SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="714"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="741"/>
        <source>About LiveDNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="742"/>
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
        <source>standard and bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="203"/>
        <source>bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="203"/>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="207"/>
        <source>%1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="209"/>
        <source>, of which bespoke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="210"/>
        <source>&lt;br/&gt;&lt;i&gt;Click to see these bricks&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="216"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2 · %3 · %4&lt;br/&gt;%5 a year; bespoke in %6 capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="224"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;bespoke in %3 organisations, standard in %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::MatrixView</name>
    <message>
        <location filename="../ui/matrixview.cpp" line="244"/>
        <source>Filter organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="246"/>
        <source>Filter matrix rows by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="254"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="255"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="256"/>
        <source>Councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="257"/>
        <source>NHS trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="258"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="259"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="260"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="261"/>
        <source>Sort rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="262"/>
        <source>Rows by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="263"/>
        <source>Rows by total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="264"/>
        <source>Rows by bespoke capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="265"/>
        <source>Rows by kind and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="266"/>
        <source>Rows by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="267"/>
        <source>Sort columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="268"/>
        <source>Columns as catalogued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="269"/>
        <source>Columns by most bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="270"/>
        <source>Columns by layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="271"/>
        <source>Columns by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="272"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="273"/>
        <source>All layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="274"/>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="275"/>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="357"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="358"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="376"/>
        <source>%1 of %2 organisations × %3 capabilities. Click a cell to see that organisation&apos;s bricks of that capability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="388"/>
        <source>DNA matrix — %1 organisations × %2 capabilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::OrgFigureModel</name>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="203"/>
        <source>no commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="213"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="214"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="215"/>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="216"/>
        <source>Standard instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="217"/>
        <source>Bespoke instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="218"/>
        <source>Bespoke spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="219"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::OrganisationListModel</name>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="62"/>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="64"/>
        <source>NHS trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="68"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/organisationlistmodel.cpp" line="117"/>
        <source>%1 (%2)
%3 · %4
%n service(s), %5 a year</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="118"/>
        <source>type not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="140"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="142"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="144"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="146"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="148"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="150"/>
        <source>Total a year</source>
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
        <location filename="../ui/proposal/proposalworkspace.cpp" line="274"/>
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
        <location filename="../ui/proposal/proposalworkspace.cpp" line="277"/>
        <source>Your last edit could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="311"/>
        <source>Export proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="317"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="326"/>
        <source>This is a new service: there is no baseline to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="329"/>
        <source>the published service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="340"/>
        <source>%1 proposes a change to service &apos;%2&apos;, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="410"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="411"/>
        <source>commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="411"/>
        <source>bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proposal/proposalworkspace.cpp" line="421"/>
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
    <name>livedna::ScenarioModel</name>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="553"/>
        <source>%1 posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="558"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="559"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="560"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="561"/>
        <source>Realised</source>
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
        <source>Share of the saving realised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="51"/>
        <source>Share of the saving realised:</source>
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
        <location filename="../ui/analysis/scenariopanel.cpp" line="118"/>
        <source>Edited by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/scenariopanel.cpp" line="125"/>
        <source>Realising %1% of %2 a year would pay for %3 nurses or %4 teachers.</source>
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
        <location filename="../core/models/servicetablemodel.cpp" line="101"/>
        <source>%1
Category: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="103"/>
        <source>Sum of the service&apos;s bricks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="105"/>
        <source>Cost published in official returns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="106"/>
        <source>No reported cost published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="108"/>
        <source>Share of the reported cost mapped into bricks; the rest is unmapped spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="130"/>
        <source>People-centred work that should not be automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="132"/>
        <source>Back office, technology and management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="134"/>
        <source>Bricks built or bought by this organisation rather than taken from the commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="143"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="145"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="147"/>
        <source>Frontline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="149"/>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="151"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="153"/>
        <source>Mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="155"/>
        <source>Bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="157"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::SimilarityModel</name>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="456"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="472"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="473"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="474"/>
        <source>Standard playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="475"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="476"/>
        <source>Cost distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="477"/>
        <source>Mean Jaccard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="478"/>
        <source>Mean cost similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="479"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="480"/>
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
        <location filename="../ui/analysis/similarityview.cpp" line="127"/>
        <source>Standard playlist, shared by %1 of %2 organisations: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/similarityview.cpp" line="129"/>
        <source>(no bricks mapped)</source>
        <translation type="unfinished"></translation>
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
        <location filename="../core/sync/syncer.cpp" line="78"/>
        <source>is %1 bytes long but index.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="84"/>
        <source>SHA-256 is %1 but index.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="194"/>
        <source>sync cancelled; the cache is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="197"/>
        <source>the cache is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="241"/>
        <source>unknown format &quot;%1&quot;; this LiveDNA reads %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="134"/>
        <location filename="../core/sync/syncer.cpp" line="249"/>
        <source>path &quot;%1&quot; is outside the commons: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="105"/>
        <source>expected an array of extra files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="116"/>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="122"/>
        <source>expected the type of the extra file as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="132"/>
        <source>expected a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="136"/>
        <source>path &quot;%1&quot; is also listed as a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="140"/>
        <source>expected 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="145"/>
        <source>expected a whole number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="148"/>
        <source>a second LGSL list; a commons carries at most one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="251"/>
        <source>path &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="256"/>
        <source>organisation &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="262"/>
        <source>lists %1 bricks documents; exactly one is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="273"/>
        <source>index.json expired on %1; its data may be stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="276"/>
        <source> (refused in strict mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="296"/>
        <source>version %1 is lower than version %2 already accepted for commons &quot;%3&quot;; refusing a rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="305"/>
        <source>version %1 was already accepted with different content; a publisher must raise the version with every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="344"/>
        <source>lists %1 as organisation &quot;%2&quot; but that unchanged document is &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="383"/>
        <source>index.json says it is %1 bytes; LiveDNA accepts an LGSL list of at most %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="390"/>
        <source>index.json says it is %1 bytes; LiveDNA accepts documents of at most %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="408"/>
        <source>downloading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::TreemapCanvas</name>
    <message>
        <location filename="../ui/treemapview.cpp" line="26"/>
        <source>Spend treemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="50"/>
        <source>No spend to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="66"/>
        <source>&lt;br/&gt;%1 of this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="68"/>
        <source>Standard commons brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="68"/>
        <source>Bespoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="70"/>
        <source>&lt;br/&gt;Reported in official returns but not yet mapped into bricks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="72"/>
        <source>&lt;br/&gt;&lt;i&gt;Click to look inside&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::TreemapView</name>
    <message>
        <location filename="../ui/treemapview.cpp" line="199"/>
        <source>Go up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="209"/>
        <source>Open its brick graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="218"/>
        <source>Area is annual cost. Services contain their bricks (colour = capability, hatched = bespoke); grey hatched areas are reported spend not yet mapped into bricks. Click a service to look inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="220"/>
        <source>Area is annual cost. Use the path above to go back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="228"/>
        <source>Spend treemap — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::ValueRankingModel</name>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="358"/>
        <source>This service publishes no value inputs, so it has no index (not zero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="372"/>
        <source>no volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="390"/>
        <source>%1 of %2 scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="401"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="402"/>
        <source>PVI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="403"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="404"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="404"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="405"/>
        <source>Scored spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="405"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="406"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="406"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="407"/>
        <source>Cost per transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="408"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analysismodels.cpp" line="409"/>
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
