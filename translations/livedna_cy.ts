<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>Application</name>
    <message>
        <location filename="../ui/application.cpp" line="37"/>
        <source>LiveDNA: what public services are made of.</source>
        <translation>LiveDNA: o beth mae gwasanaethau cyhoeddus wedi&apos;u gwneud.</translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="40"/>
        <source>Use this cache file.</source>
        <translation>Defnyddio&apos;r ffeil storfa hon.</translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="43"/>
        <source>Do not offer the demo commons when the cache is empty.</source>
        <translation>Peidio â chynnig y comin enghreifftiol pan fydd y storfa&apos;n wag.</translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="53"/>
        <source>LiveDNA</source>
        <translation>LiveDNA</translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="54"/>
        <source>The cache %1 could not be opened:
%2</source>
        <translation>Methu agor y storfa %1:
%2</translation>
    </message>
</context>
<context>
    <name>BrickGraphBuilder</name>
    <message numerus="yes">
        <location filename="../core/render/brickgraph.cpp" line="105"/>
        <source>%n brick(s) · %1 a year · %2 bespoke</source>
        <translation>
            <numerusform>%n bricsen · %1 y flwyddyn · %2 pwrpasol</numerusform>
            <numerusform>%n bricsen · %1 y flwyddyn · %2 pwrpasol</numerusform>
            <numerusform>%n bricsen · %1 y flwyddyn · %2 pwrpasol</numerusform>
            <numerusform>%n bricsen · %1 y flwyddyn · %2 pwrpasol</numerusform>
            <numerusform>%n bricsen · %1 y flwyddyn · %2 pwrpasol</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="143"/>
        <source>none in the commons yet</source>
        <translation>dim un yn y comin eto</translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="145"/>
        <source>this is the cheapest commons brick</source>
        <translation>dyma&apos;r fricsen comin rataf</translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="147"/>
        <source>%1 — %2 a year</source>
        <translation>%1 — %2 y flwyddyn</translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="150"/>
        <source> (up to %1 less)</source>
        <translation> (hyd at %1 yn llai)</translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="165"/>
        <source>Capability: %1 (%2)</source>
        <translation>Gallu: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="166"/>
        <source>frontline</source>
        <translation>rheng flaen</translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="166"/>
        <source>overhead</source>
        <translation>gorbenion</translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="168"/>
        <source>Standard: uses commons brick %1</source>
        <translation>Safonol: yn defnyddio bricsen comin %1</translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="169"/>
        <source>Bespoke: built or bought by this organisation</source>
        <translation>Pwrpasol: wedi&apos;i hadeiladu neu ei phrynu gan y sefydliad hwn</translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="170"/>
        <source>Annual cost: %1</source>
        <translation>Cost flynyddol: %1</translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="171"/>
        <source>Staff: %1</source>
        <translation>Staff: %1</translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="172"/>
        <source>Cheapest commons alternative: %1</source>
        <translation>Dewis comin rhataf: %1</translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="221"/>
        <source>unknown capability</source>
        <translation>gallu anhysbys</translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="362"/>
        <source>Frontline (circle)</source>
        <translation>Rheng flaen (cylch)</translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="363"/>
        <source>Overhead (square)</source>
        <translation>Gorbenion (sgwâr)</translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="364"/>
        <source>Standard commons brick (solid)</source>
        <translation>Bricsen comin safonol (solet)</translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="365"/>
        <source>Bespoke (hatched, dashed edge)</source>
        <translation>Pwrpasol (croeslinellog, ymyl doredig)</translation>
    </message>
    <message>
        <location filename="../core/render/brickgraph.cpp" line="366"/>
        <source>Area ∝ annual cost</source>
        <translation>Arwynebedd ∝ cost flynyddol</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <location filename="../core/cache/cache.cpp" line="185"/>
        <source>Cannot use the cache %1: %2</source>
        <translation>Methu defnyddio&apos;r storfa %1: %2</translation>
    </message>
    <message>
        <location filename="../core/cache/cache.cpp" line="527"/>
        <source>Cannot record the public key: %1</source>
        <translation>Methu cofnodi&apos;r allwedd gyhoeddus: %1</translation>
    </message>
    <message>
        <location filename="../core/cache/cache.cpp" line="529"/>
        <source>The cache holds no commons named %1.</source>
        <translation>Nid oes comin o&apos;r enw %1 yn y storfa.</translation>
    </message>
</context>
<context>
    <name>CacheWriter</name>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="40"/>
        <source>Cannot write the cache (%1): %2</source>
        <translation>Methu ysgrifennu&apos;r storfa (%1): %2</translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="205"/>
        <source>%1: organisation %2 is published by more than one document.</source>
        <translation>%1: mae mwy nag un ddogfen yn cyhoeddi sefydliad %2.</translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="288"/>
        <source>Cannot check references: %1</source>
        <translation>Methu gwirio cyfeiriadau: %1</translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="296"/>
        <source>the new bricks.json no longer has the brick &quot;%1&quot;</source>
        <translation>nid yw&apos;r bricks.json newydd yn cynnwys y fricsen &quot;%1&quot; mwyach</translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="299"/>
        <source>the new bricks.json no longer has the capability &quot;%1&quot;</source>
        <translation>nid yw&apos;r bricks.json newydd yn cynnwys y gallu &quot;%1&quot; mwyach</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../core/cli/cli.cpp" line="50"/>
        <source>Usage: livedna-cli [--cache FILE] COMMAND [ARGS...]</source>
        <translation>Defnydd: livedna-cli [--cache FFEIL] GORCHYMYN [DADLEUON...]</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="51"/>
        <source>The cache is --cache FILE, else $LIVEDNA_CACHE, else %1.</source>
        <translation>Y storfa yw --cache FFEIL, neu fel arall $LIVEDNA_CACHE, neu fel arall %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="54"/>
        <source>Commands:</source>
        <translation>Gorchmynion:</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="58"/>
        <source>Run &apos;livedna-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Rhedwch &apos;livedna-cli GORCHYMYN --help&apos; i weld opsiynau gorchymyn.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="59"/>
        <source>Exit codes: 0 done, 1 usage error, 2 data invalid or refused, 3 I/O or network failure.</source>
        <translation>Codau gadael: 0 wedi&apos;i wneud, 1 gwall defnydd, 2 data annilys neu wedi&apos;i wrthod, 3 methiant darllen/ysgrifennu neu rwydwaith.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="76"/>
        <source>livedna-cli: --cache needs a file</source>
        <translation>livedna-cli: mae --cache angen ffeil</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="122"/>
        <source>livedna-cli: unknown command &apos;%1&apos;</source>
        <translation>livedna-cli: gorchymyn anhysbys &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CommonsCli</name>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="48"/>
        <source>Show this help and exit.</source>
        <translation>Dangos y cymorth hwn a gadael.</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="57"/>
        <location filename="../core/cli/commonscommands.cpp" line="65"/>
        <source>Usage: %1</source>
        <translation>Defnydd: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="63"/>
        <source>livedna-cli: wrong number of arguments</source>
        <translation>livedna-cli: nifer anghywir o ddadleuon</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="127"/>
        <source>Brings a commons into the cache, completely or not at all, and prints what changed.
SOURCE is a folder, a file:// URL, an http:// or https:// URL of the folder or of its
index.json, or &apos;demo&apos; for the illustrative commons bundled with LiveDNA.
Exit codes: 0 done (or nothing new), 1 usage error, 2 data invalid or refused
(the cache is unchanged), 3 source or cache could not be read or reached.</source>
        <translation>Yn dod â chomin i&apos;r storfa, yn gyfan neu ddim o gwbl, ac yn dangos beth a newidiodd.
SOURCE yw ffolder, URL file://, URL http:// neu https:// y ffolder neu ei
index.json, neu &apos;demo&apos; ar gyfer y comin enghreifftiol sy&apos;n dod gyda LiveDNA.
Codau gadael: 0 wedi&apos;i wneud (neu ddim byd newydd), 1 gwall defnydd, 2 data annilys
neu wedi&apos;i wrthod (nid yw&apos;r storfa wedi newid), 3 methu darllen na chyrraedd y
ffynhonnell neu&apos;r storfa.</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="132"/>
        <source>Folder, URL or &apos;demo&apos;.</source>
        <translation>Ffolder, URL neu &apos;demo&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="134"/>
        <source>Refuse an index whose expiry date has passed instead of warning.</source>
        <translation>Gwrthod mynegai y mae ei ddyddiad dod i ben wedi mynd heibio, yn lle rhybuddio.</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="136"/>
        <source>Print no progress.</source>
        <translation>Peidio â dangos cynnydd.</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="138"/>
        <source>livedna-cli sync [--strict] SOURCE</source>
        <translation>livedna-cli sync [--strict] SOURCE</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="157"/>
        <location filename="../core/cli/commonscommands.cpp" line="280"/>
        <source>%1: no such file or folder</source>
        <translation>%1: nid oes ffeil na ffolder o&apos;r fath</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="159"/>
        <source>%1: no index.json in this folder</source>
        <translation>%1: nid oes index.json yn y ffolder hon</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="161"/>
        <location filename="../core/cli/commonscommands.cpp" line="277"/>
        <source>%1: cannot be read</source>
        <translation>%1: methu ei darllen</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="163"/>
        <source>%1: unsupported source; give a folder, a file://, http:// or https:// URL, or &apos;demo&apos;</source>
        <translation>%1: ffynhonnell heb ei chefnogi; rhowch ffolder, URL file://, http:// neu https://, neu &apos;demo&apos;</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="183"/>
        <source>sync: %1% (%2 of %3) %4</source>
        <translation>cysoni: %1% (%2 o %3) %4</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="187"/>
        <source>sync: %1 %2</source>
        <translation>cysoni: %1 %2</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="213"/>
        <source>livedna-cli: sync from %1 failed; the cache is unchanged:</source>
        <translation>livedna-cli: methodd cysoni o %1; nid yw&apos;r storfa wedi newid:</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="214"/>
        <source>livedna-cli: sync from %1 refused; the cache is unchanged:</source>
        <translation>livedna-cli: gwrthodwyd cysoni o %1; nid yw&apos;r storfa wedi newid:</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="224"/>
        <source>warning: %1</source>
        <translation>rhybudd: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="228"/>
        <source>Commons: %1 &quot;%2&quot;</source>
        <translation>Comin: %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="230"/>
        <source>Nothing new: version %1 is already in the cache.</source>
        <translation>Dim byd newydd: mae fersiwn %1 yn y storfa eisoes.</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="234"/>
        <source>Version: %1 -&gt; %2</source>
        <translation>Fersiwn: %1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="236"/>
        <source>Version: new -&gt; %1</source>
        <translation>Fersiwn: newydd -&gt; %1</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="246"/>
        <source>Added: %1</source>
        <translation>Ychwanegwyd: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="247"/>
        <source>Changed: %1</source>
        <translation>Newidiwyd: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="248"/>
        <source>Removed: %1</source>
        <translation>Tynnwyd: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/commonscommands.cpp" line="249"/>
        <source>Fetched %n document(s), %1.</source>
        <translation>
            <numerusform>Llwythwyd %n dogfen, %1.</numerusform>
            <numerusform>Llwythwyd %n dogfen, %1.</numerusform>
            <numerusform>Llwythwyd %n dogfen, %1.</numerusform>
            <numerusform>Llwythwyd %n dogfen, %1.</numerusform>
            <numerusform>Llwythwyd %n dogfen, %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="251"/>
        <source>Warnings: %1 (see above)</source>
        <translation>Rhybuddion: %1 (gweler uchod)</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="259"/>
        <source>Checks a commons folder (its index.json and every document it lists) or one document
(index.json, bricks.json or an organisation) against the commons format, and lists
every problem with its file and JSON location. &apos;demo&apos; checks the bundled demo commons.
Exit codes: 0 valid, 1 usage error, 2 problems found, 3 the path cannot be read.</source>
        <translation>Yn gwirio ffolder comin (ei index.json a phob dogfen y mae&apos;n ei rhestru) neu un ddogfen
(index.json, bricks.json neu sefydliad) yn erbyn fformat y comin, ac yn rhestru
pob problem gyda&apos;i ffeil a&apos;i lleoliad JSON. Mae &apos;demo&apos; yn gwirio&apos;r comin enghreifftiol.
Codau gadael: 0 dilys, 1 gwall defnydd, 2 problemau wedi&apos;u canfod, 3 methu darllen y llwybr.</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="263"/>
        <source>Commons folder or one JSON document.</source>
        <translation>Ffolder comin neu un ddogfen JSON.</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="264"/>
        <source>livedna-cli validate PATH</source>
        <translation>livedna-cli validate PATH</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="273"/>
        <source>%1: no readable index.json in this folder</source>
        <translation>%1: nid oes index.json darllenadwy yn y ffolder hon</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="284"/>
        <source>%1: valid</source>
        <translation>%1: dilys</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/commonscommands.cpp" line="290"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Canfuwyd %n problem.</numerusform>
            <numerusform>Canfuwyd %n problem.</numerusform>
            <numerusform>Canfuwyd %n problem.</numerusform>
            <numerusform>Canfuwyd %n problem.</numerusform>
            <numerusform>Canfuwyd %n problem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="298"/>
        <source>Lists the organisations in the cache with their service count and annual cost split
into frontline and overhead (the sum of their services&apos; bricks). With --json, prints an
array of objects: code, name, kind, type, region, services, total_gbp, frontline_gbp,
overhead_gbp, reported_gbp (null when no service reports a cost).</source>
        <translation>Yn rhestru&apos;r sefydliadau yn y storfa gyda nifer eu gwasanaethau a&apos;u cost flynyddol wedi&apos;i
rhannu&apos;n rheng flaen a gorbenion (swm brics eu gwasanaethau). Gyda --json, yn argraffu
arae o wrthrychau: code, name, kind, type, region, services, total_gbp, frontline_gbp,
overhead_gbp, reported_gbp (null pan nad oes gwasanaeth yn adrodd cost).</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="302"/>
        <source>Print JSON instead of a table.</source>
        <translation>Argraffu JSON yn lle tabl.</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="304"/>
        <location filename="../core/cli/commonscommands.cpp" line="392"/>
        <source>Which commons (default: the one synced most recently).</source>
        <translation>Pa gomin (rhagosodiad: yr un a gysonwyd ddiwethaf).</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="308"/>
        <source>livedna-cli orgs [--json] [--commons ID]</source>
        <translation>livedna-cli orgs [--json] [--commons ID]</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="317"/>
        <location filename="../core/cli/commonscommands.cpp" line="405"/>
        <source>no commons &apos;%1&apos; in the cache %2</source>
        <translation>nid oes comin &apos;%1&apos; yn y storfa %2</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="341"/>
        <source>The cache %1 holds no organisations yet; try &apos;livedna-cli sync demo&apos;.</source>
        <translation>Nid oes sefydliadau yn y storfa %1 eto; rhowch gynnig ar &apos;livedna-cli sync demo&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="347"/>
        <source>CODE</source>
        <translation>COD</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="347"/>
        <location filename="../core/cli/commonscommands.cpp" line="472"/>
        <source>NAME</source>
        <translation>ENW</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="347"/>
        <source>KIND</source>
        <translation>MATH</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="347"/>
        <source>SERVICES</source>
        <translation>GWASANAETHAU</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="347"/>
        <location filename="../core/cli/commonscommands.cpp" line="472"/>
        <source>TOTAL</source>
        <translation>CYFANSWM</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="348"/>
        <location filename="../core/cli/commonscommands.cpp" line="472"/>
        <source>FRONTLINE</source>
        <translation>RHENG FLAEN</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="348"/>
        <location filename="../core/cli/commonscommands.cpp" line="472"/>
        <source>OVERHEAD</source>
        <translation>GORBENION</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="383"/>
        <source>Shows one organisation (by code, or by its exact name) and each of its services with
total, frontline, overhead and reported cost, its number of bricks and how many are
bespoke. With --json, prints one object: code, name, kind, total_gbp, frontline_gbp,
overhead_gbp, reported_gbp and services [{id, name, total_gbp, frontline_gbp,
overhead_gbp, reported_gbp, bricks, bespoke}]; reported_gbp is null where none.
Exit code 1 when the organisation is not in the cache.</source>
        <translation>Yn dangos un sefydliad (yn ôl ei god, neu ei union enw) a phob un o&apos;i wasanaethau gyda&apos;r
gost gyfan, rheng flaen, gorbenion ac a adroddwyd, nifer y brics a faint sy&apos;n
bwrpasol. Gyda --json, yn argraffu un gwrthrych: code, name, kind, total_gbp, frontline_gbp,
overhead_gbp, reported_gbp a services [{id, name, total_gbp, frontline_gbp,
overhead_gbp, reported_gbp, bricks, bespoke}]; mae reported_gbp yn null lle nad oes un.
Cod gadael 1 pan nad yw&apos;r sefydliad yn y storfa.</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="389"/>
        <source>Organisation code (e.g. E06000023) or exact name.</source>
        <translation>Cod y sefydliad (e.e. E06000023) neu ei union enw.</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="390"/>
        <source>Print JSON instead of text.</source>
        <translation>Argraffu JSON yn lle testun.</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="396"/>
        <source>livedna-cli show [--json] [--commons ID] ORG</source>
        <translation>livedna-cli show [--json] [--commons ID] ORG</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="420"/>
        <source>no organisation &apos;%1&apos; in the cache %2; &apos;livedna-cli orgs&apos; lists them</source>
        <translation>nid oes sefydliad &apos;%1&apos; yn y storfa %2; mae &apos;livedna-cli orgs&apos; yn eu rhestru</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="465"/>
        <source>period %1</source>
        <translation>cyfnod %1</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="467"/>
        <source>Total %1  frontline %2  overhead %3  reported %4</source>
        <translation>Cyfanswm %1  rheng flaen %2  gorbenion %3  a adroddwyd %4</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="469"/>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="472"/>
        <source>SERVICE</source>
        <translation>GWASANAETH</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="473"/>
        <source>REPORTED</source>
        <translation>ADRODDWYD</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="473"/>
        <source>BRICKS</source>
        <translation>BRICS</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="473"/>
        <source>BESPOKE</source>
        <translation>PWRPASOL</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="507"/>
        <source>Bring a commons (folder, URL or &apos;demo&apos;) into the cache</source>
        <translation>Dod â chomin (ffolder, URL neu &apos;demo&apos;) i&apos;r storfa</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="509"/>
        <source>Check a commons folder or document; list every problem</source>
        <translation>Gwirio ffolder neu ddogfen comin; rhestru pob problem</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="511"/>
        <source>List organisations with their costs</source>
        <translation>Rhestru sefydliadau a&apos;u costau</translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="512"/>
        <source>Show one organisation&apos;s services and costs</source>
        <translation>Dangos gwasanaethau a chostau un sefydliad</translation>
    </message>
</context>
<context>
    <name>CommonsReader</name>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="53"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="55"/>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="55"/>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="57"/>
        <source>the number %1</source>
        <translation>y rhif %1</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="59"/>
        <source>the string %1</source>
        <translation>y llinyn %1</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="61"/>
        <location filename="../core/commons/commonsreader.cpp" line="288"/>
        <location filename="../core/commons/commonsreader.cpp" line="503"/>
        <source>an array</source>
        <translation>arae</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="63"/>
        <location filename="../core/commons/commonsreader.cpp" line="272"/>
        <source>an object</source>
        <translation>gwrthrych</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="67"/>
        <source>nothing</source>
        <translation>dim byd</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commons/commonsreader.cpp" line="250"/>
        <source>… and %n more problem(s) not listed</source>
        <translation>
            <numerusform>… a %n problem arall heb eu rhestru</numerusform>
            <numerusform>… a %n problem arall heb eu rhestru</numerusform>
            <numerusform>… a %n problem arall heb eu rhestru</numerusform>
            <numerusform>… a %n problem arall heb eu rhestru</numerusform>
            <numerusform>… a %n problem arall heb eu rhestru</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="303"/>
        <source>“%1” must not be empty</source>
        <translation>rhaid i “%1” beidio â bod yn wag</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="313"/>
        <source>a non-empty string</source>
        <translation>llinyn nad yw&apos;n wag</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="313"/>
        <source>a string</source>
        <translation>llinyn</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="324"/>
        <source>“%1” must be an id of lower-case letters, digits, “.” and “-” that starts with a letter or digit ([a-z0-9][a-z0-9.-]*); found %2</source>
        <translation>rhaid i “%1” fod yn ddynodydd o lythrennau bach, digidau, “.” a “-” sy&apos;n dechrau gyda llythyren neu ddigid ([a-z0-9][a-z0-9.-]*); cafwyd %2</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="334"/>
        <source>an id ([a-z0-9][a-z0-9.-]*)</source>
        <translation>dynodydd ([a-z0-9][a-z0-9.-]*)</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="364"/>
        <location filename="../core/commons/commonsreader.cpp" line="420"/>
        <source>“%1” must be %2; found %3</source>
        <translation>rhaid i “%1” fod yn %2; cafwyd %3</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="387"/>
        <source>“%1” must be one of %2; found %3</source>
        <translation>rhaid i “%1” fod yn un o %2; cafwyd %3</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="404"/>
        <source>unsupported format version %1: this version of LiveDNA reads %2 only</source>
        <translation>fersiwn fformat heb ei chefnogi %1: mae&apos;r fersiwn hon o LiveDNA yn darllen %2 yn unig</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="408"/>
        <source>“format” must be “%1”; found %2</source>
        <translation>rhaid i “format” fod yn “%1”; cafwyd %2</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="415"/>
        <source>required field “%1” is missing</source>
        <translation>mae&apos;r maes gofynnol “%1” ar goll</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="449"/>
        <source>a number ≥ 0</source>
        <translation>rhif ≥ 0</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="451"/>
        <source>an integer ≥ 0</source>
        <translation>cyfanrif ≥ 0</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="453"/>
        <source>an integer ≥ 1</source>
        <translation>cyfanrif ≥ 1</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="455"/>
        <source>a number between 0 and 1</source>
        <translation>rhif rhwng 0 ac 1</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="457"/>
        <source>a number</source>
        <translation>rhif</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="485"/>
        <source>the file is empty; expected a JSON object</source>
        <translation>mae&apos;r ffeil yn wag; disgwylid gwrthrych JSON</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="490"/>
        <source>JSON nesting is deeper than %1 levels; refused before parsing</source>
        <translation>mae nythu JSON yn ddyfnach na %1 lefel; gwrthodwyd cyn dosrannu</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="498"/>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>nid yw&apos;n JSON dilys: %1 wrth feit %2</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="502"/>
        <source>the document must be a JSON object; found %1</source>
        <translation>rhaid i&apos;r ddogfen fod yn wrthrych JSON; cafwyd %1</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="503"/>
        <source>a scalar</source>
        <translation>gwerth sengl</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="517"/>
        <source>“period” must be a financial year written YYYY-YY, such as 2025-26; found %1</source>
        <translation>rhaid i “period” fod yn flwyddyn ariannol ar ffurf BBBB-BB, fel 2025-26; cafwyd %1</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="523"/>
        <source>“period” %1 must end with the year after %2 (%2-%3)</source>
        <translation>rhaid i “period” %1 orffen gyda&apos;r flwyddyn ar ôl %2 (%2-%3)</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="538"/>
        <source>“%1” must be an RFC 3339 date-time such as 2026-11-01T09:00:00Z; found %2</source>
        <translation>rhaid i “%1” fod yn ddyddiad ac amser RFC 3339 fel 2026-11-01T09:00:00Z; cafwyd %2</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="544"/>
        <source>“%1” must be a UTC time ending in “Z”; found %2</source>
        <translation>rhaid i “%1” fod yn amser UTC sy&apos;n gorffen gyda “Z”; cafwyd %2</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="590"/>
        <source>a document entry must be an object; found %1</source>
        <translation>rhaid i gofnod dogfen fod yn wrthrych; cafwyd %1</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="599"/>
        <source>unsafe path %1: %2</source>
        <translation>llwybr anniogel %1: %2</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="604"/>
        <source>duplicate path %1 (also at %2)</source>
        <translation>llwybr dyblyg %1 (hefyd yn %2)</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="614"/>
        <source>path %1 differs only in letter case from the path at %2</source>
        <translation>mae&apos;r llwybr %1 yn wahanol i&apos;r llwybr yn %2 o ran priflythrennau yn unig</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="636"/>
        <source>an organisation entry must name its organisation code in “org”</source>
        <translation>rhaid i gofnod sefydliad enwi cod ei sefydliad yn “org”</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="641"/>
        <source>organisation %1 is listed twice (also at %2)</source>
        <translation>mae sefydliad %1 wedi&apos;i restru ddwywaith (hefyd yn %2)</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="661"/>
        <source>64 lower-case hexadecimal digits (the SHA-256 of the file)</source>
        <translation>64 digid hecsadegol llythrennau bach (SHA-256 y ffeil)</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="673"/>
        <source>the index must list exactly one document of type “bricks”; found %1</source>
        <translation>rhaid i&apos;r mynegai restru union un ddogfen o&apos;r math “bricks”; cafwyd %1</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="697"/>
        <source>a capability must be an object; found %1</source>
        <translation>rhaid i allu fod yn wrthrych; cafwyd %1</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="706"/>
        <source>duplicate capability id %1 (first at %2)</source>
        <translation>dynodydd gallu dyblyg %1 (yn gyntaf yn %2)</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="735"/>
        <location filename="../core/commons/commonsreader.cpp" line="817"/>
        <source>a brick must be an object; found %1</source>
        <translation>rhaid i fricsen fod yn wrthrych; cafwyd %1</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="744"/>
        <source>duplicate brick id %1 (first at %2)</source>
        <translation>dynodydd bricsen dyblyg %1 (yn gyntaf yn %2)</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="754"/>
        <source>capability %1 is not one of the capabilities in this file</source>
        <translation>nid yw gallu %1 yn un o&apos;r galluoedd yn y ffeil hon</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="787"/>
        <source>an integer ≥ 1 (a Local Government Service List id)</source>
        <translation>cyfanrif ≥ 1 (dynodydd o Restr Gwasanaethau Llywodraeth Leol)</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="836"/>
        <source>duplicate brick id %1 in this service (first at %2)</source>
        <translation>dynodydd bricsen dyblyg %1 yn y gwasanaeth hwn (yn gyntaf yn %2)</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="846"/>
        <source>“uses” must name a brick from bricks.json; found an empty string</source>
        <translation>rhaid i “uses” enwi bricsen o bricks.json; cafwyd llinyn gwag</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="848"/>
        <source>“uses” names %1, which is not a brick in bricks.json</source>
        <translation>mae “uses” yn enwi %1, nad yw&apos;n fricsen yn bricks.json</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="852"/>
        <source>a bespoke brick (one without “uses”) must state its “capability”</source>
        <translation>rhaid i fricsen bwrpasol (un heb “uses”) nodi ei “capability”</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="856"/>
        <source>“capability” must name a capability from bricks.json; found an empty string</source>
        <translation>rhaid i “capability” enwi gallu o bricks.json; cafwyd llinyn gwag</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="862"/>
        <source>“capability” names %1, which is not a capability in bricks.json</source>
        <translation>mae “capability” yn enwi %1, nad yw&apos;n allu yn bricks.json</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="892"/>
        <source>a flow must be an object; found %1</source>
        <translation>rhaid i lif fod yn wrthrych; cafwyd %1</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="898"/>
        <source>“from” names %1, which is not a brick of this service</source>
        <translation>mae “from” yn enwi %1, nad yw&apos;n fricsen yn y gwasanaeth hwn</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="901"/>
        <source>“to” names %1, which is not a brick of this service</source>
        <translation>mae “to” yn enwi %1, nad yw&apos;n fricsen yn y gwasanaeth hwn</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="919"/>
        <source>organisation code %1 does not match the index entry&apos;s “org” %2</source>
        <translation>nid yw cod sefydliad %1 yn cyfateb i “org” %2 yng nghofnod y mynegai</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="942"/>
        <source>a neighbour must be an organisation code (a non-empty string); found %1</source>
        <translation>rhaid i gymydog fod yn god sefydliad (llinyn nad yw&apos;n wag); cafwyd %1</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="964"/>
        <source>a service must be an object; found %1</source>
        <translation>rhaid i wasanaeth fod yn wrthrych; cafwyd %1</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="972"/>
        <source>duplicate service id %1 (first at %2)</source>
        <translation>dynodydd gwasanaeth dyblyg %1 (yn gyntaf yn %2)</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1007"/>
        <source>could not be read</source>
        <translation>methu ei darllen</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1048"/>
        <source>the index is %1 bytes, over the limit of %2 bytes (64 MiB); refused before parsing</source>
        <translation>mae&apos;r mynegai yn %1 beit, dros y terfyn o %2 beit (64 MiB); gwrthodwyd cyn dosrannu</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1089"/>
        <source>the path is empty</source>
        <translation>mae&apos;r llwybr yn wag</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1091"/>
        <source>it must be relative, not start with “/”</source>
        <translation>rhaid iddo fod yn berthynol, nid dechrau gyda “/”</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1093"/>
        <source>it must use “/”, not a backslash</source>
        <translation>rhaid iddo ddefnyddio “/”, nid ôl-slaes</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1096"/>
        <source>it must not contain a scheme or drive (“:”)</source>
        <translation>rhaid iddo beidio â chynnwys cynllun na gyriant (“:”)</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1100"/>
        <source>it must not contain control characters</source>
        <translation>rhaid iddo beidio â chynnwys nodau rheoli</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1104"/>
        <source>it must not contain “%”, “?” or “#”</source>
        <translation>rhaid iddo beidio â chynnwys “%”, “?” na “#”</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1114"/>
        <source>it must not contain an empty segment (“//” or a trailing “/”)</source>
        <translation>rhaid iddo beidio â chynnwys segment gwag (“//” neu “/” ar y diwedd)</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1116"/>
        <source>it must not contain “..”</source>
        <translation>rhaid iddo beidio â chynnwys “..”</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1118"/>
        <source>it must not contain “.” segments</source>
        <translation>rhaid iddo beidio â chynnwys segmentau “.”</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1158"/>
        <source>no index.json in this folder; a commons needs one</source>
        <translation>nid oes index.json yn y ffolder hon; mae angen un ar gomin</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1164"/>
        <location filename="../core/commons/commonsreader.cpp" line="1188"/>
        <location filename="../core/commons/commonsreader.cpp" line="1244"/>
        <source>cannot be read: %1</source>
        <translation>methu ei darllen: %1</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1178"/>
        <source>listed in index.json but missing</source>
        <translation>wedi&apos;i restru yn index.json ond ar goll</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1184"/>
        <source>resolves outside the commons folder</source>
        <translation>yn arwain y tu allan i ffolder y comin</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1194"/>
        <source>is larger than the %1 bytes index.json gives for it</source>
        <translation>mae&apos;n fwy na&apos;r %1 beit y mae index.json yn ei roi iddi</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1195"/>
        <source>is %1 bytes long but index.json says %2</source>
        <translation>mae&apos;n %1 beit o hyd ond mae index.json yn dweud %2</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1201"/>
        <source>SHA-256 is %1 but index.json says %2</source>
        <translation>SHA-256 yw %1 ond mae index.json yn dweud %2</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1242"/>
        <source>no such file</source>
        <translation>nid oes ffeil o&apos;r fath</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1246"/>
        <source>the file is over the limit of %1 bytes (64 MiB)</source>
        <translation>mae&apos;r ffeil dros y terfyn o %1 beit (64 MiB)</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1271"/>
        <source>references not checked: the catalogue %1 is not valid</source>
        <translation>ni wiriwyd cyfeiriadau: nid yw&apos;r catalog %1 yn ddilys</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1277"/>
        <source>no “format” field: expected livedna-commons/1, livedna-bricks/1 or livedna-org/1</source>
        <translation>dim maes “format”: disgwylid livedna-commons/1, livedna-bricks/1 neu livedna-org/1</translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1278"/>
        <source>unknown format %1: expected livedna-commons/1, livedna-bricks/1 or livedna-org/1</source>
        <translation>fformat anhysbys %1: disgwylid livedna-commons/1, livedna-bricks/1 neu livedna-org/1</translation>
    </message>
</context>
<context>
    <name>ComparatorText</name>
    <message>
        <location filename="../core/analysis/comparators.cpp" line="13"/>
        <source>its published neighbours</source>
        <translation>ei gymdogion cyhoeddedig</translation>
    </message>
    <message>
        <location filename="../core/analysis/comparators.cpp" line="15"/>
        <source>organisations of the same kind and type</source>
        <translation>sefydliadau o&apos;r un math a&apos;r un is-fath</translation>
    </message>
    <message>
        <location filename="../core/analysis/comparators.cpp" line="17"/>
        <source>organisations of the same kind</source>
        <translation>sefydliadau o&apos;r un math</translation>
    </message>
    <message>
        <location filename="../core/analysis/comparators.cpp" line="21"/>
        <source>no comparable organisations</source>
        <translation>dim sefydliadau tebyg</translation>
    </message>
</context>
<context>
    <name>DnaMatrix</name>
    <message>
        <location filename="../core/render/matrixpaint.cpp" line="157"/>
        <source>absent</source>
        <translation>absennol</translation>
    </message>
    <message>
        <location filename="../core/render/matrixpaint.cpp" line="160"/>
        <source>standard (commons), low → high cost</source>
        <translation>safonol (comin), cost isel → uchel</translation>
    </message>
    <message>
        <location filename="../core/render/matrixpaint.cpp" line="163"/>
        <source>bespoke (notched), low → high cost</source>
        <translation>pwrpasol (â rhic), cost isel → uchel</translation>
    </message>
    <message>
        <location filename="../core/render/matrixpaint.cpp" line="166"/>
        <location filename="../core/render/matrixpaint.cpp" line="167"/>
        <source>frontline column</source>
        <translation>colofn rheng flaen</translation>
    </message>
    <message>
        <location filename="../core/render/matrixpaint.cpp" line="171"/>
        <source>overhead column</source>
        <translation>colofn gorbenion</translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="42"/>
        <source>this build of LiveDNA has no bundled demo commons</source>
        <translation>nid oes comin enghreifftiol wedi&apos;i gynnwys yn y fersiwn hon o LiveDNA</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="53"/>
        <source>not a valid URL</source>
        <translation>nid yw&apos;n URL dilys</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="60"/>
        <source>a commons URL names its folder or its index.json</source>
        <translation>mae URL comin yn enwi ei ffolder neu ei index.json</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="73"/>
        <source>not a valid file:// URL</source>
        <translation>nid yw&apos;n URL file:// dilys</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="77"/>
        <source>unsupported kind of URL: use a folder, file://, http:// or https://</source>
        <translation>math o URL heb ei gefnogi: defnyddiwch ffolder, file://, http:// neu https://</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="86"/>
        <source>a commons is a folder or its index.json</source>
        <translation>ffolder neu ei index.json yw comin</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="91"/>
        <source>no such folder</source>
        <translation>nid oes ffolder o&apos;r fath</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <location filename="../core/render/export.cpp" line="35"/>
        <location filename="../core/render/export.cpp" line="38"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: methu ysgrifennu: %2</translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="67"/>
        <source>Made with LiveDNA</source>
        <translation>Gwnaed gyda LiveDNA</translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="81"/>
        <source>%1: could not encode the PNG image</source>
        <translation>%1: methu amgodio&apos;r ddelwedd PNG</translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="102"/>
        <location filename="../core/render/export.cpp" line="379"/>
        <source>%1: unknown picture format; use a .svg, .png or .pdf file name</source>
        <translation>%1: fformat llun anhysbys; defnyddiwch enw ffeil .svg, .png neu .pdf</translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="281"/>
        <source>Standard: %1</source>
        <translation>Safonol: %1</translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="281"/>
        <source>Bespoke</source>
        <translation>Pwrpasol</translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="285"/>
        <source>Cheapest commons alternative: %1</source>
        <translation>Dewis comin rhataf: %1</translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="332"/>
        <source>● circle = frontline   ■ square = overhead   area ∝ annual cost</source>
        <translation>● cylch = rheng flaen   ■ sgwâr = gorbenion   arwynebedd ∝ cost flynyddol</translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="333"/>
        <source>solid = standard commons brick   hatched with dashed edge = bespoke</source>
        <translation>solet = bricsen comin safonol   croeslinellog ag ymyl doredig = pwrpasol</translation>
    </message>
    <message>
        <location filename="../core/render/export.cpp" line="368"/>
        <source>There is no service graph to save: select a service first.</source>
        <translation>Nid oes graff gwasanaeth i&apos;w gadw: dewiswch wasanaeth yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../core/models/format.cpp" line="15"/>
        <source>%1£%2bn</source>
        <translation>%1£%2bn</translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="17"/>
        <source>%1£%2m</source>
        <translation>%1£%2m</translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="19"/>
        <location filename="../core/models/format.cpp" line="21"/>
        <source>%1£%2k</source>
        <translation>%1£%2k</translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="22"/>
        <location filename="../core/models/format.cpp" line="29"/>
        <source>%1£%2</source>
        <translation>%1£%2</translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="40"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../core/models/format.cpp" line="46"/>
        <source>%1 FTE</source>
        <translation>%1 CALl</translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <location filename="../core/layout/graphlayout.cpp" line="61"/>
        <source>Graphviz could not start</source>
        <translation>Methodd Graphviz gychwyn</translation>
    </message>
    <message>
        <location filename="../core/layout/graphlayout.cpp" line="109"/>
        <source>Graphviz could not lay the graph out</source>
        <translation>Methodd Graphviz osod y graff</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>LiveDNA</source>
        <translation type="vanished">LiveDNA</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <location filename="../ui/syncrunner.cpp" line="89"/>
        <source>%1 is up to date (version %2).</source>
        <translation>Mae %1 yn gyfredol (fersiwn %2).</translation>
    </message>
    <message>
        <location filename="../ui/syncrunner.cpp" line="90"/>
        <source>%1 synced to version %2: %3 added, %4 changed, %5 removed.</source>
        <translation>Cysonwyd %1 i fersiwn %2: %3 wedi&apos;u hychwanegu, %4 wedi&apos;u newid, %5 wedi&apos;u tynnu.</translation>
    </message>
</context>
<context>
    <name>Treemap</name>
    <message>
        <location filename="../core/analysis/treemap.cpp" line="123"/>
        <location filename="../core/analysis/treemap.cpp" line="135"/>
        <source>Unmapped reported spend</source>
        <translation>Gwariant a adroddwyd heb ei fapio</translation>
    </message>
</context>
<context>
    <name>livedna</name>
    <message>
        <location filename="../core/util/migrator.cpp" line="22"/>
        <source>Cannot read the schema version: %1</source>
        <translation>Methu darllen fersiwn y sgema: %1</translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="26"/>
        <source>The database %1 has schema version %2, newer than this version of LiveDNA understands (%3).</source>
        <translation>Mae gan y gronfa ddata %1 fersiwn sgema %2, sy&apos;n fwy newydd nag y mae&apos;r fersiwn hon o LiveDNA yn ei deall (%3).</translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="36"/>
        <source>Cannot start a migration: %1</source>
        <translation>Methu dechrau mudo: %1</translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="42"/>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>Methodd mudo i fersiwn sgema %1: %2</translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="49"/>
        <source>Cannot record schema version %1.</source>
        <translation>Methu cofnodi fersiwn sgema %1.</translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="60"/>
        <source>Cannot create the folder %1.</source>
        <translation>Methu creu&apos;r ffolder %1.</translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="67"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Methu agor y gronfa ddata %1: %2</translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="84"/>
        <source>Cannot configure the database %1: %2</source>
        <translation>Methu ffurfweddu&apos;r gronfa ddata %1: %2</translation>
    </message>
</context>
<context>
    <name>livedna::BrickGraphView</name>
    <message>
        <location filename="../ui/graph/brickgraphview.cpp" line="105"/>
        <source>Service brick graph</source>
        <translation>Graff brics y gwasanaeth</translation>
    </message>
    <message>
        <location filename="../ui/graph/brickgraphview.cpp" line="106"/>
        <source>Bricks of the selected service; use the arrow keys or Tab to move between bricks, + and - to zoom, 0 to fit</source>
        <translation>Brics y gwasanaeth a ddewiswyd; defnyddiwch y bysellau saeth neu Tab i symud rhwng brics, + a - i chwyddo, 0 i ffitio</translation>
    </message>
</context>
<context>
    <name>livedna::CapabilityView</name>
    <message>
        <location filename="../ui/capabilityview.cpp" line="52"/>
        <source>&amp;Capability:</source>
        <translation>&amp;Gallu:</translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="54"/>
        <source>Capability</source>
        <translation>Gallu</translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="71"/>
        <source>Distribution of costs</source>
        <translation>Dosbarthiad costau</translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="79"/>
        <source>Instances of the capability</source>
        <translation>Enghreifftiau o&apos;r gallu</translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="80"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="80"/>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="80"/>
        <source>Brick</source>
        <translation>Bricsen</translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="80"/>
        <source>Build</source>
        <translation>Adeiladwaith</translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="80"/>
        <source>Annual cost</source>
        <translation>Cost flynyddol</translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="153"/>
        <source>Standard: %1</source>
        <translation>Safonol: %1</translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="153"/>
        <location filename="../ui/capabilityview.cpp" line="184"/>
        <source>Bespoke</source>
        <translation>Pwrpasol</translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="182"/>
        <source>Annual cost of each instance (log scale)</source>
        <translation>Cost flynyddol pob enghraifft (graddfa log)</translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="185"/>
        <source>Standard</source>
        <translation>Safonol</translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="219"/>
        <source> cheapest commons brick %1</source>
        <translation> bricsen comin rataf %1</translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="230"/>
        <source>&lt;span style=&apos;font-size:13pt;font-weight:600&apos;&gt;%1&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#4b5563&apos;&gt;%2 · %3 bespoke instances in %4 organisations (%5 a year) · %6 standard instances in %7 organisations&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:13pt;font-weight:600&apos;&gt;%1&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#4b5563&apos;&gt;%2 · %3 enghraifft bwrpasol mewn %4 sefydliad (%5 y flwyddyn) · %6 enghraifft safonol mewn %7 sefydliad&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="233"/>
        <source>frontline</source>
        <translation>rheng flaen</translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="233"/>
        <source>overhead</source>
        <translation>gorbenion</translation>
    </message>
    <message>
        <location filename="../ui/capabilityview.cpp" line="239"/>
        <source>&lt;b&gt;Commons bricks that could replace the bespoke instances&lt;/b&gt;&lt;ul&gt;</source>
        <translation>&lt;b&gt;Brics comin a allai gymryd lle&apos;r enghreifftiau pwrpasol&lt;/b&gt;&lt;ul&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/capabilityview.cpp" line="246"/>
        <source>&lt;li&gt;None: the commons lacks a brick for this capability. %n organisation(s) building it bespoke would benefit from one.&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;Dim: nid oes gan y comin fricsen ar gyfer y gallu hwn. Byddai %n sefydliad sy&apos;n ei adeiladu&apos;n bwrpasol yn elwa o un.&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;Dim: nid oes gan y comin fricsen ar gyfer y gallu hwn. Byddai %n sefydliad sy&apos;n ei adeiladu&apos;n bwrpasol yn elwa o un.&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;Dim: nid oes gan y comin fricsen ar gyfer y gallu hwn. Byddai %n sefydliad sy&apos;n ei adeiladu&apos;n bwrpasol yn elwa o un.&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;Dim: nid oes gan y comin fricsen ar gyfer y gallu hwn. Byddai %n sefydliad sy&apos;n ei adeiladu&apos;n bwrpasol yn elwa o un.&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;Dim: nid oes gan y comin fricsen ar gyfer y gallu hwn. Byddai %n sefydliad sy&apos;n ei adeiladu&apos;n bwrpasol yn elwa o un.&lt;/li&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>livedna::DashboardView</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="144"/>
        <source>Select an organisation to see its dashboard.</source>
        <translation>Dewiswch sefydliad i weld ei ddangosfwrdd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="170"/>
        <source>%n other service(s)</source>
        <translation>
            <numerusform>%n gwasanaeth arall</numerusform>
            <numerusform>%n gwasanaeth arall</numerusform>
            <numerusform>%n gwasanaeth arall</numerusform>
            <numerusform>%n gwasanaeth arall</numerusform>
            <numerusform>%n gwasanaeth arall</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="195"/>
        <source>&lt;span style=&apos;font-size:14pt;font-weight:600&apos;&gt;%1&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#4b5563&apos;&gt;%2 a year · %3 frontline · %4 of spend on bespoke bricks · period %5&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:14pt;font-weight:600&apos;&gt;%1&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#4b5563&apos;&gt;%2 y flwyddyn · %3 rheng flaen · %4 o&apos;r gwariant ar frics pwrpasol · cyfnod %5&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="219"/>
        <source>Spend by service: frontline and overhead</source>
        <translation>Gwariant fesul gwasanaeth: rheng flaen a gorbenion</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="220"/>
        <source>Frontline</source>
        <translation>Rheng flaen</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="221"/>
        <source>Overhead</source>
        <translation>Gorbenion</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="233"/>
        <source>Standard commons bricks versus bespoke, by service</source>
        <translation>Brics comin safonol o&apos;u cymharu â rhai pwrpasol, fesul gwasanaeth</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="234"/>
        <source>Standard</source>
        <translation>Safonol</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="235"/>
        <source>Bespoke</source>
        <translation>Pwrpasol</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="250"/>
        <source>Mapping coverage: share of reported cost mapped into bricks</source>
        <translation>Cwmpas mapio: cyfran y gost a adroddwyd sydd wedi&apos;i mapio&apos;n frics</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="264"/>
        <source>No service of this organisation publishes a reported cost.</source>
        <translation>Nid oes unrhyw wasanaeth gan y sefydliad hwn yn cyhoeddi cost a adroddwyd.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="271"/>
        <source>Mapped</source>
        <translation>Wedi&apos;i fapio</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="297"/>
        <source>Compared with %1</source>
        <translation>O&apos;i gymharu â %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="302"/>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="302"/>
        <source>Overhead share</source>
        <translation>Cyfran gorbenion</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="302"/>
        <source>Bespoke share of bricks</source>
        <translation>Cyfran y brics sy&apos;n bwrpasol</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="302"/>
        <source>Cost per resident</source>
        <translation>Cost fesul preswylydd</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="363"/>
        <source>Comparators</source>
        <translation>Cymaryddion</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="389"/>
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
</context>
<context>
    <name>livedna::FolderSource</name>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="124"/>
        <source>no such file</source>
        <translation>nid oes ffeil o&apos;r fath</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="126"/>
        <source>leads outside the commons folder</source>
        <translation>yn arwain y tu allan i ffolder y comin</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="130"/>
        <source>cannot read: %1</source>
        <translation>methu darllen: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="134"/>
        <source>is %1 bytes long but index.json says %2</source>
        <translation>mae&apos;n %1 beit o hyd ond mae index.json yn dweud %2</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="137"/>
        <source>is larger than the %1 bytes allowed</source>
        <translation>mae&apos;n fwy na&apos;r %1 beit a ganiateir</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="141"/>
        <source>could not be read completely: %1</source>
        <translation>methu ei darllen yn llawn: %1</translation>
    </message>
</context>
<context>
    <name>livedna::GraphLegend</name>
    <message>
        <location filename="../ui/views.cpp" line="50"/>
        <source>Graph legend</source>
        <translation>Allwedd y graff</translation>
    </message>
</context>
<context>
    <name>livedna::HttpSource</name>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="220"/>
        <source>was not downloaded</source>
        <translation>ni chafodd ei lawrlwytho</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="290"/>
        <location filename="../core/sync/documentsource.cpp" line="350"/>
        <source>no data received for %1 s</source>
        <translation>ni chafwyd data am %1 eiliad</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="291"/>
        <source>no response within %1 s</source>
        <translation>dim ymateb o fewn %1 eiliad</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="302"/>
        <source>redirected to another origin (%1); refused</source>
        <translation>ailgyfeiriwyd i darddle arall (%1); gwrthodwyd</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="314"/>
        <location filename="../core/sync/documentsource.cpp" line="362"/>
        <source>is %1 bytes long but index.json says %2</source>
        <translation>mae&apos;n %1 beit o hyd ond mae index.json yn dweud %2</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="315"/>
        <location filename="../core/sync/documentsource.cpp" line="334"/>
        <source>is larger than the %1 bytes allowed</source>
        <translation>mae&apos;n fwy na&apos;r %1 beit a ganiateir</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="333"/>
        <source>is longer than the %1 bytes index.json says</source>
        <translation>mae&apos;n hirach na&apos;r %1 beit y mae index.json yn ei ddweud</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="352"/>
        <source>cannot download: %1</source>
        <translation>methu lawrlwytho: %1</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="359"/>
        <source>is longer than the %1 bytes allowed</source>
        <translation>mae&apos;n hirach na&apos;r %1 beit a ganiateir</translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="384"/>
        <source>cancelled</source>
        <translation>wedi&apos;i ganslo</translation>
    </message>
</context>
<context>
    <name>livedna::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>LiveDNA</source>
        <translation>LiveDNA</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>Syncing from %1
%2</source>
        <translation>Yn cysoni o %1
%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>Sync from &amp;Folder…</source>
        <translation>Cysoni o &amp;Ffolder…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Sync from &amp;URL…</source>
        <translation>Cysoni o &amp;URL…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>Load the &amp;Demo Commons</source>
        <translation>Llwytho&apos;r Comin &amp;Enghreifftiol</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>&amp;Export View…</source>
        <translation>&amp;Allforio&apos;r Olwg…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>&amp;Forward</source>
        <translation>Y&amp;mlaen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>&amp;Search…</source>
        <translation>&amp;Chwilio…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>&amp;Services and Bricks</source>
        <translation>&amp;Gwasanaethau a Brics</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dangosfwrdd</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>Spend &amp;Treemap</source>
        <translation>&amp;Map Coeden Gwariant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>DNA &amp;Matrix</source>
        <translation>Ma&amp;trics DNA</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>&amp;Capability</source>
        <translation>Ga&amp;llu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>&amp;View</source>
        <translation>&amp;Golwg</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>&amp;Fit Graph</source>
        <translation>&amp;Ffitio&apos;r Graff</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>Zoom &amp;In</source>
        <translation>C&amp;hwyddo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Lleihau</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>&amp;About LiveDNA</source>
        <translation>&amp;Ynghylch LiveDNA</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Navigation</source>
        <translation>Llywio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>Organisations</source>
        <translation>Sefydliadau</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>Filter by name or code</source>
        <translation>Hidlo yn ôl enw neu god</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>Filter organisations by name</source>
        <translation>Hidlo sefydliadau yn ôl enw</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>All kinds</source>
        <translation>Pob math</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>Councils</source>
        <translation>Cynghorau</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="183"/>
        <source>NHS trusts</source>
        <translation>Ymddiriedolaethau GIG</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <source>Filter organisations by kind</source>
        <translation>Hidlo sefydliadau yn ôl math</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <location filename="../ui/mainwindow.cpp" line="378"/>
        <source>Select an organisation</source>
        <translation>Dewiswch sefydliad</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>Services of the selected organisation</source>
        <translation>Gwasanaethau&apos;r sefydliad a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>Bricks</source>
        <translation>Brics</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>Select a service to see its bricks.</source>
        <translation>Dewiswch wasanaeth i weld ei frics.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Brick details</source>
        <translation>Manylion y fricsen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>Services &amp;&amp; Bricks</source>
        <translation>Gwasanaethau a Brics</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="281"/>
        <source>Spend Treemap</source>
        <translation>Map Coeden Gwariant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>DNA Matrix</source>
        <translation>Matrics DNA</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <location filename="../ui/mainwindow.cpp" line="463"/>
        <source>Capability</source>
        <translation>Gallu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <source>Commons status</source>
        <translation>Statws y comin</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>No commons synced yet — use File ▸ Sync</source>
        <translation>Dim comin wedi&apos;i gysoni eto — defnyddiwch Ffeil ▸ Cysoni</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>Commons: %1 (%2) · version %3 · last synced %4</source>
        <translation>Comin: %1 (%2) · fersiwn %3 · cysonwyd ddiwethaf %4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>Source: %1
Published: %2</source>
        <translation>Ffynhonnell: %1
Cyhoeddwyd: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="358"/>
        <source>LiveDNA — %1</source>
        <translation>LiveDNA — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="387"/>
        <source>%1 &lt;span style=&apos;font-weight:normal;color:#4b5563&apos;&gt;· %2 · %3 a year · %4 frontline · %5 bespoke bricks&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&apos;font-weight:normal;color:#4b5563&apos;&gt;· %2 · %3 y flwyddyn · %4 rheng flaen · %5 bricsen bwrpasol&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>Select an organisation.</source>
        <translation>Dewiswch sefydliad.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="431"/>
        <source>The graph could not be laid out: %1</source>
        <translation>Methu gosod y graff: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="434"/>
        <source>%1 &lt;span style=&apos;font-weight:normal;color:#4b5563&apos;&gt;· %2&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&apos;font-weight:normal;color:#4b5563&apos;&gt;· %2&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="437"/>
        <source>This service is not mapped into bricks yet.</source>
        <translation>Nid yw&apos;r gwasanaeth hwn wedi&apos;i fapio&apos;n frics eto.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="455"/>
        <source>&lt;p&gt;Click a brick, or press an arrow key in the graph, to see its capability, cost, staff and the cheapest commons alternative.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cliciwch fricsen, neu pwyswch fysell saeth yn y graff, i weld ei gallu, ei chost, ei staff a&apos;r dewis comin rhataf.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="464"/>
        <source>Layer</source>
        <translation>Haen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="464"/>
        <source>Frontline</source>
        <translation>Rheng flaen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="464"/>
        <source>Overhead</source>
        <translation>Gorbenion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="465"/>
        <source>Build</source>
        <translation>Adeiladwaith</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="465"/>
        <source>Standard: %1</source>
        <translation>Safonol: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="465"/>
        <source>Bespoke</source>
        <translation>Pwrpasol</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="466"/>
        <source>Annual cost</source>
        <translation>Cost flynyddol</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source>&lt;p&gt;&lt;b&gt;Cheapest commons alternative&lt;/b&gt;&lt;br/&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dewis comin rhataf&lt;/b&gt;&lt;br/&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="582"/>
        <source>Welcome to LiveDNA</source>
        <translation>Croeso i LiveDNA</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="583"/>
        <source>&lt;p&gt;Your local cache is empty.&lt;/p&gt;&lt;p&gt;Load the bundled &lt;b&gt;demo commons&lt;/b&gt;? Its organisations are real names but its figures are &lt;b&gt;illustrative, not real&lt;/b&gt;. You can sync a real commons later from the File menu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mae eich storfa leol yn wag.&lt;/p&gt;&lt;p&gt;Llwytho&apos;r &lt;b&gt;comin enghreifftiol&lt;/b&gt; sy&apos;n dod gyda&apos;r rhaglen? Mae enwau ei sefydliadau&apos;n go iawn ond mae ei ffigurau&apos;n &lt;b&gt;enghreifftiol, nid yn rhai go iawn&lt;/b&gt;. Gallwch gysoni comin go iawn yn nes ymlaen o&apos;r ddewislen Ffeil.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="595"/>
        <source>the demo commons</source>
        <translation>y comin enghreifftiol</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="596"/>
        <source>Syncing from %1</source>
        <translation>Yn cysoni o %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="596"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="597"/>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="605"/>
        <source>Cancelling…</source>
        <translation>Yn canslo…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="627"/>
        <source>Sync cancelled; the cache is unchanged.</source>
        <translation>Canslwyd y cysoni; nid yw&apos;r storfa wedi newid.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630"/>
        <source>Sync failed</source>
        <translation>Methodd y cysoni</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="631"/>
        <source>Nothing was changed: the cache holds what it held before.</source>
        <translation>Ni newidiwyd dim: mae&apos;r storfa&apos;n dal yr hyn a oedd ynddi o&apos;r blaen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="640"/>
        <source>Sync from a commons folder</source>
        <translation>Cysoni o ffolder comin</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="652"/>
        <location filename="../ui/mainwindow.cpp" line="661"/>
        <source>Sync from a URL</source>
        <translation>Cysoni o URL</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="653"/>
        <source>Address of the commons (its folder or its index.json):</source>
        <translation>Cyfeiriad y comin (ei ffolder neu ei index.json):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="661"/>
        <source>“%1” is not an http, https or file URL.</source>
        <translation>Nid yw “%1” yn URL http, https na file.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="689"/>
        <location filename="../ui/mainwindow.cpp" line="712"/>
        <source>Export view</source>
        <translation>Allforio&apos;r olwg</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="690"/>
        <source>SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Delwedd SVG (*.svg);;Delwedd PNG (*.png);;Dogfen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="714"/>
        <source>Saved %1</source>
        <translation>Cadwyd %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="719"/>
        <source>About LiveDNA</source>
        <translation>Ynghylch LiveDNA</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="720"/>
        <source>&lt;h3&gt;LiveDNA %1&lt;/h3&gt;&lt;p&gt;What public services are made of: costs, standard commons bricks and bespoke duplication, from a published digital commons.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LiveDNA %1&lt;/h3&gt;&lt;p&gt;O beth mae gwasanaethau cyhoeddus wedi&apos;u gwneud: costau, brics comin safonol a dyblygu pwrpasol, o gomin digidol cyhoeddedig.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>livedna::MatrixCanvas</name>
    <message>
        <location filename="../ui/matrixview.cpp" line="26"/>
        <source>DNA matrix</source>
        <translation>Matrics DNA</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="27"/>
        <source>Organisations as rows, capabilities as columns; arrow keys move, Enter opens the cell</source>
        <translation>Sefydliadau fel rhesi, galluoedd fel colofnau; mae&apos;r bysellau saeth yn symud, mae Enter yn agor y gell</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="66"/>
        <source>No organisation matches the filter.</source>
        <translation>Nid oes sefydliad yn cyfateb i&apos;r hidlydd.</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="192"/>
        <source>absent</source>
        <translation>absennol</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="193"/>
        <source>standard and bespoke</source>
        <translation>safonol a phwrpasol</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="194"/>
        <source>bespoke</source>
        <translation>pwrpasol</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="194"/>
        <source>standard</source>
        <translation>safonol</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="198"/>
        <source>%1 a year</source>
        <translation>%1 y flwyddyn</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="200"/>
        <source>, of which bespoke %1</source>
        <translation>, gyda %1 ohono&apos;n bwrpasol</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="201"/>
        <source>&lt;br/&gt;&lt;i&gt;Click to see these bricks&lt;/i&gt;</source>
        <translation>&lt;br/&gt;&lt;i&gt;Cliciwch i weld y brics hyn&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="207"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2 · %3 · %4&lt;br/&gt;%5 a year; bespoke in %6 capabilities</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2 · %3 · %4&lt;br/&gt;%5 y flwyddyn; pwrpasol mewn %6 gallu</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="215"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;bespoke in %3 organisations, standard in %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;pwrpasol mewn %3 sefydliad, safonol mewn %4</translation>
    </message>
</context>
<context>
    <name>livedna::MatrixView</name>
    <message>
        <location filename="../ui/matrixview.cpp" line="235"/>
        <source>Filter organisations</source>
        <translation>Hidlo sefydliadau</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="237"/>
        <source>Filter matrix rows by name</source>
        <translation>Hidlo rhesi&apos;r matrics yn ôl enw</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="244"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="245"/>
        <source>All kinds</source>
        <translation>Pob math</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="246"/>
        <source>Councils</source>
        <translation>Cynghorau</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="247"/>
        <source>NHS trusts</source>
        <translation>Ymddiriedolaethau GIG</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="248"/>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="249"/>
        <source>Type</source>
        <translation>Is-fath</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="250"/>
        <source>Region</source>
        <translation>Rhanbarth</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="251"/>
        <source>Sort rows</source>
        <translation>Trefnu rhesi</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="252"/>
        <source>Rows by name</source>
        <translation>Rhesi yn ôl enw</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="253"/>
        <source>Rows by total spend</source>
        <translation>Rhesi yn ôl cyfanswm gwariant</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="254"/>
        <source>Rows by bespoke capabilities</source>
        <translation>Rhesi yn ôl galluoedd pwrpasol</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="255"/>
        <source>Rows by kind and type</source>
        <translation>Rhesi yn ôl math ac is-fath</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="256"/>
        <source>Rows by region</source>
        <translation>Rhesi yn ôl rhanbarth</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="257"/>
        <source>Sort columns</source>
        <translation>Trefnu colofnau</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="258"/>
        <source>Columns as catalogued</source>
        <translation>Colofnau fel yn y catalog</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="259"/>
        <source>Columns by most bespoke</source>
        <translation>Colofnau yn ôl y mwyaf pwrpasol</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="260"/>
        <source>Columns by layer</source>
        <translation>Colofnau yn ôl haen</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="261"/>
        <source>Columns by name</source>
        <translation>Colofnau yn ôl enw</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="262"/>
        <source>Layer</source>
        <translation>Haen</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="263"/>
        <source>All layers</source>
        <translation>Pob haen</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="264"/>
        <source>Frontline</source>
        <translation>Rheng flaen</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="265"/>
        <source>Overhead</source>
        <translation>Gorbenion</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="342"/>
        <source>All types</source>
        <translation>Pob is-fath</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="343"/>
        <source>All regions</source>
        <translation>Pob rhanbarth</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="361"/>
        <source>%1 of %2 organisations × %3 capabilities. Click a cell to see that organisation&apos;s bricks of that capability.</source>
        <translation>%1 o %2 sefydliad × %3 gallu. Cliciwch gell i weld brics y sefydliad hwnnw ar gyfer y gallu hwnnw.</translation>
    </message>
    <message>
        <location filename="../ui/matrixview.cpp" line="373"/>
        <source>DNA matrix — %1 organisations × %2 capabilities</source>
        <translation>Matrics DNA — %1 sefydliad × %2 gallu</translation>
    </message>
</context>
<context>
    <name>livedna::OrganisationListModel</name>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="62"/>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="64"/>
        <source>NHS trust</source>
        <translation>Ymddiriedolaeth GIG</translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="68"/>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/organisationlistmodel.cpp" line="117"/>
        <source>%1 (%2)
%3 · %4
%n service(s), %5 a year</source>
        <translation>
            <numerusform>%1 (%2)
%3 · %4
%n gwasanaeth, %5 y flwyddyn</numerusform>
            <numerusform>%1 (%2)
%3 · %4
%n gwasanaeth, %5 y flwyddyn</numerusform>
            <numerusform>%1 (%2)
%3 · %4
%n gwasanaeth, %5 y flwyddyn</numerusform>
            <numerusform>%1 (%2)
%3 · %4
%n gwasanaeth, %5 y flwyddyn</numerusform>
            <numerusform>%1 (%2)
%3 · %4
%n gwasanaeth, %5 y flwyddyn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="118"/>
        <source>type not stated</source>
        <translation>is-fath heb ei nodi</translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="140"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="142"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="144"/>
        <source>Type</source>
        <translation>Is-fath</translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="146"/>
        <source>Region</source>
        <translation>Rhanbarth</translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="148"/>
        <source>Services</source>
        <translation>Gwasanaethau</translation>
    </message>
    <message>
        <location filename="../core/models/organisationlistmodel.cpp" line="150"/>
        <source>Total a year</source>
        <translation>Cyfanswm y flwyddyn</translation>
    </message>
</context>
<context>
    <name>livedna::SearchBox</name>
    <message>
        <location filename="../ui/views.cpp" line="82"/>
        <source>Search organisations, services, bricks, capabilities  (Ctrl+F)</source>
        <translation>Chwilio sefydliadau, gwasanaethau, brics, galluoedd  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/views.cpp" line="85"/>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <location filename="../ui/views.cpp" line="133"/>
        <source>%1 — organisation (%2)</source>
        <translation>%1 — sefydliad (%2)</translation>
    </message>
    <message>
        <location filename="../ui/views.cpp" line="135"/>
        <source>%1 — capability</source>
        <translation>%1 — gallu</translation>
    </message>
    <message>
        <location filename="../ui/views.cpp" line="137"/>
        <source>%1 — commons brick</source>
        <translation>%1 — bricsen comin</translation>
    </message>
    <message>
        <location filename="../ui/views.cpp" line="140"/>
        <source>%1 — service, %2</source>
        <translation>%1 — gwasanaeth, %2</translation>
    </message>
    <message>
        <location filename="../ui/views.cpp" line="143"/>
        <source>%1 — brick in %2, %3</source>
        <translation>%1 — bricsen yn %2, %3</translation>
    </message>
</context>
<context>
    <name>livedna::ServiceTableModel</name>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="101"/>
        <source>%1
Category: %2</source>
        <translation>%1
Categori: %2</translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="103"/>
        <source>Sum of the service&apos;s bricks: %1</source>
        <translation>Swm brics y gwasanaeth: %1</translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="105"/>
        <source>Cost published in official returns: %1</source>
        <translation>Cost a gyhoeddwyd mewn ffurflenni swyddogol: %1</translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="106"/>
        <source>No reported cost published</source>
        <translation>Dim cost a adroddwyd wedi&apos;i chyhoeddi</translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="108"/>
        <source>Share of the reported cost mapped into bricks; the rest is unmapped spend</source>
        <translation>Cyfran y gost a adroddwyd sydd wedi&apos;i mapio&apos;n frics; gwariant heb ei fapio yw&apos;r gweddill</translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="130"/>
        <source>People-centred work that should not be automated</source>
        <translation>Gwaith sy&apos;n canolbwyntio ar bobl na ddylid ei awtomeiddio</translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="132"/>
        <source>Back office, technology and management</source>
        <translation>Swyddfa gefn, technoleg a rheoli</translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="134"/>
        <source>Bricks built or bought by this organisation rather than taken from the commons</source>
        <translation>Brics a adeiladwyd neu a brynwyd gan y sefydliad hwn yn hytrach na&apos;u cymryd o&apos;r comin</translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="143"/>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="145"/>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="147"/>
        <source>Frontline</source>
        <translation>Rheng flaen</translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="149"/>
        <source>Overhead</source>
        <translation>Gorbenion</translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="151"/>
        <source>Reported</source>
        <translation>A adroddwyd</translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="153"/>
        <source>Mapped</source>
        <translation>Wedi&apos;i fapio</translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="155"/>
        <source>Bricks</source>
        <translation>Brics</translation>
    </message>
    <message>
        <location filename="../core/models/servicetablemodel.cpp" line="157"/>
        <source>Bespoke</source>
        <translation>Pwrpasol</translation>
    </message>
</context>
<context>
    <name>livedna::Syncer</name>
    <message>
        <location filename="../core/sync/syncer.cpp" line="56"/>
        <source>is %1 bytes long but index.json says %2</source>
        <translation>mae&apos;n %1 beit o hyd ond mae index.json yn dweud %2</translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="62"/>
        <source>SHA-256 is %1 but index.json says %2</source>
        <translation>SHA-256 yw %1 ond mae index.json yn dweud %2</translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="102"/>
        <source>sync cancelled; the cache is unchanged</source>
        <translation>canslwyd y cysoni; nid yw&apos;r storfa wedi newid</translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="105"/>
        <source>the cache is not open</source>
        <translation>nid yw&apos;r storfa ar agor</translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="128"/>
        <source>unknown format &quot;%1&quot;; this LiveDNA reads %2</source>
        <translation>fformat anhysbys &quot;%1&quot;; mae&apos;r LiveDNA hwn yn darllen %2</translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="136"/>
        <source>path &quot;%1&quot; is outside the commons: %2</source>
        <translation>mae&apos;r llwybr &quot;%1&quot; y tu allan i&apos;r comin: %2</translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="138"/>
        <source>path &quot;%1&quot; is listed twice</source>
        <translation>mae&apos;r llwybr &quot;%1&quot; wedi&apos;i restru ddwywaith</translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="143"/>
        <source>organisation &quot;%1&quot; is listed twice</source>
        <translation>mae&apos;r sefydliad &quot;%1&quot; wedi&apos;i restru ddwywaith</translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="149"/>
        <source>lists %1 bricks documents; exactly one is required</source>
        <translation>yn rhestru %1 dogfen brics; mae angen union un</translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="160"/>
        <source>index.json expired on %1; its data may be stale</source>
        <translation>daeth index.json i ben ar %1; gall ei ddata fod wedi dyddio</translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="163"/>
        <source> (refused in strict mode)</source>
        <translation> (gwrthodwyd yn y modd caeth)</translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="173"/>
        <source>version %1 is lower than version %2 already accepted for commons &quot;%3&quot;; refusing a rollback</source>
        <translation>mae fersiwn %1 yn is na fersiwn %2 a dderbyniwyd eisoes ar gyfer comin &quot;%3&quot;; gwrthod mynd yn ôl</translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="182"/>
        <source>version %1 was already accepted with different content; a publisher must raise the version with every change</source>
        <translation>derbyniwyd fersiwn %1 eisoes gyda chynnwys gwahanol; rhaid i gyhoeddwr godi&apos;r fersiwn gyda phob newid</translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="221"/>
        <source>lists %1 as organisation &quot;%2&quot; but that unchanged document is &quot;%3&quot;</source>
        <translation>yn rhestru %1 fel sefydliad &quot;%2&quot; ond &quot;%3&quot; yw&apos;r ddogfen ddigyfnewid honno</translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="249"/>
        <source>downloading</source>
        <translation>yn lawrlwytho</translation>
    </message>
</context>
<context>
    <name>livedna::TreemapCanvas</name>
    <message>
        <location filename="../ui/treemapview.cpp" line="26"/>
        <source>Spend treemap</source>
        <translation>Map coeden gwariant</translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="50"/>
        <source>No spend to show.</source>
        <translation>Dim gwariant i&apos;w ddangos.</translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="66"/>
        <source>&lt;br/&gt;%1 of this view</source>
        <translation>&lt;br/&gt;%1 o&apos;r olwg hon</translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="68"/>
        <source>Standard commons brick</source>
        <translation>Bricsen comin safonol</translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="68"/>
        <source>Bespoke</source>
        <translation>Pwrpasol</translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="70"/>
        <source>&lt;br/&gt;Reported in official returns but not yet mapped into bricks</source>
        <translation>&lt;br/&gt;Wedi&apos;i adrodd mewn ffurflenni swyddogol ond heb ei fapio&apos;n frics eto</translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="72"/>
        <source>&lt;br/&gt;&lt;i&gt;Click to look inside&lt;/i&gt;</source>
        <translation>&lt;br/&gt;&lt;i&gt;Cliciwch i edrych y tu mewn&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>livedna::TreemapView</name>
    <message>
        <location filename="../ui/treemapview.cpp" line="197"/>
        <source>Go up to %1</source>
        <translation>Mynd i fyny i %1</translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="207"/>
        <source>Open its brick graph</source>
        <translation>Agor ei graff brics</translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="216"/>
        <source>Area is annual cost. Services contain their bricks (colour = capability, hatched = bespoke); grey hatched areas are reported spend not yet mapped into bricks. Click a service to look inside.</source>
        <translation>Arwynebedd yw&apos;r gost flynyddol. Mae gwasanaethau&apos;n cynnwys eu brics (lliw = gallu, croeslinellog = pwrpasol); gwariant a adroddwyd heb ei fapio&apos;n frics eto yw&apos;r ardaloedd llwyd croeslinellog. Cliciwch wasanaeth i edrych y tu mewn.</translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="218"/>
        <source>Area is annual cost. Use the path above to go back up.</source>
        <translation>Arwynebedd yw&apos;r gost flynyddol. Defnyddiwch y llwybr uchod i fynd yn ôl i fyny.</translation>
    </message>
    <message>
        <location filename="../ui/treemapview.cpp" line="226"/>
        <source>Spend treemap — %1</source>
        <translation>Map coeden gwariant — %1</translation>
    </message>
</context>
</TS>
