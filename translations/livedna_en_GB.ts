<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Cache</name>
    <message>
        <location filename="../core/cache/cache.cpp" line="185"/>
        <source>Cannot use the cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cache.cpp" line="527"/>
        <source>Cannot record the public key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cache.cpp" line="529"/>
        <source>The cache holds no commons named %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheWriter</name>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="40"/>
        <source>Cannot write the cache (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="191"/>
        <source>%1: organisation %2 is published by more than one document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="248"/>
        <source>Cannot check references: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="256"/>
        <source>the new bricks.json no longer has the brick &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/cachewriter.cpp" line="259"/>
        <source>the new bricks.json no longer has the capability &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../core/cli/cli.cpp" line="50"/>
        <source>Usage: livedna-cli [--cache FILE] COMMAND [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="51"/>
        <source>The cache is --cache FILE, else $LIVEDNA_CACHE, else %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="54"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="58"/>
        <source>Run &apos;livedna-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="59"/>
        <source>Exit codes: 0 done, 1 usage error, 2 data invalid or refused, 3 I/O or network failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="76"/>
        <source>livedna-cli: --cache needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp" line="122"/>
        <source>livedna-cli: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonsCli</name>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="48"/>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="57"/>
        <location filename="../core/cli/commonscommands.cpp" line="65"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="63"/>
        <source>livedna-cli: wrong number of arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="127"/>
        <source>Brings a commons into the cache, completely or not at all, and prints what changed.
SOURCE is a folder, a file:// URL, an http:// or https:// URL of the folder or of its
index.json, or &apos;demo&apos; for the illustrative commons bundled with LiveDNA.
Exit codes: 0 done (or nothing new), 1 usage error, 2 data invalid or refused
(the cache is unchanged), 3 source or cache could not be read or reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="132"/>
        <source>Folder, URL or &apos;demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="134"/>
        <source>Refuse an index whose expiry date has passed instead of warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="136"/>
        <source>Print no progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="138"/>
        <source>livedna-cli sync [--strict] SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="157"/>
        <location filename="../core/cli/commonscommands.cpp" line="280"/>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="159"/>
        <source>%1: no index.json in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="161"/>
        <location filename="../core/cli/commonscommands.cpp" line="277"/>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="163"/>
        <source>%1: unsupported source; give a folder, a file://, http:// or https:// URL, or &apos;demo&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="183"/>
        <source>sync: %1% (%2 of %3) %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="187"/>
        <source>sync: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="213"/>
        <source>livedna-cli: sync from %1 failed; the cache is unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="214"/>
        <source>livedna-cli: sync from %1 refused; the cache is unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="224"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="228"/>
        <source>Commons: %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="230"/>
        <source>Nothing new: version %1 is already in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="234"/>
        <source>Version: %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="236"/>
        <source>Version: new -&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="246"/>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="247"/>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="248"/>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/commonscommands.cpp" line="249"/>
        <source>Fetched %n document(s), %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="251"/>
        <source>Warnings: %1 (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="259"/>
        <source>Checks a commons folder (its index.json and every document it lists) or one document
(index.json, bricks.json or an organisation) against the commons format, and lists
every problem with its file and JSON location. &apos;demo&apos; checks the bundled demo commons.
Exit codes: 0 valid, 1 usage error, 2 problems found, 3 the path cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="263"/>
        <source>Commons folder or one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="264"/>
        <source>livedna-cli validate PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="273"/>
        <source>%1: no readable index.json in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="284"/>
        <source>%1: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/commonscommands.cpp" line="290"/>
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="298"/>
        <source>Lists the organisations in the cache with their service count and annual cost split
into frontline and overhead (the sum of their services&apos; bricks). With --json, prints an
array of objects: code, name, kind, type, region, services, total_gbp, frontline_gbp,
overhead_gbp, reported_gbp (null when no service reports a cost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="302"/>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="304"/>
        <location filename="../core/cli/commonscommands.cpp" line="392"/>
        <source>Which commons (default: the one synced most recently).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="308"/>
        <source>livedna-cli orgs [--json] [--commons ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="317"/>
        <location filename="../core/cli/commonscommands.cpp" line="405"/>
        <source>no commons &apos;%1&apos; in the cache %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="341"/>
        <source>The cache %1 holds no organisations yet; try &apos;livedna-cli sync demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="347"/>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="347"/>
        <location filename="../core/cli/commonscommands.cpp" line="472"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="347"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="347"/>
        <source>SERVICES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="347"/>
        <location filename="../core/cli/commonscommands.cpp" line="472"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="348"/>
        <location filename="../core/cli/commonscommands.cpp" line="472"/>
        <source>FRONTLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="348"/>
        <location filename="../core/cli/commonscommands.cpp" line="472"/>
        <source>OVERHEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="383"/>
        <source>Shows one organisation (by code, or by its exact name) and each of its services with
total, frontline, overhead and reported cost, its number of bricks and how many are
bespoke. With --json, prints one object: code, name, kind, total_gbp, frontline_gbp,
overhead_gbp, reported_gbp and services [{id, name, total_gbp, frontline_gbp,
overhead_gbp, reported_gbp, bricks, bespoke}]; reported_gbp is null where none.
Exit code 1 when the organisation is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="389"/>
        <source>Organisation code (e.g. E06000023) or exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="390"/>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="396"/>
        <source>livedna-cli show [--json] [--commons ID] ORG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="420"/>
        <source>no organisation &apos;%1&apos; in the cache %2; &apos;livedna-cli orgs&apos; lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="465"/>
        <source>period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="467"/>
        <source>Total %1  frontline %2  overhead %3  reported %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="469"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="472"/>
        <source>SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="473"/>
        <source>REPORTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="473"/>
        <source>BRICKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="473"/>
        <source>BESPOKE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="507"/>
        <source>Bring a commons (folder, URL or &apos;demo&apos;) into the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="509"/>
        <source>Check a commons folder or document; list every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="511"/>
        <source>List organisations with their costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commonscommands.cpp" line="512"/>
        <source>Show one organisation&apos;s services and costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonsReader</name>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="52"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="54"/>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="54"/>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="56"/>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="58"/>
        <source>the string %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="60"/>
        <location filename="../core/commons/commonsreader.cpp" line="267"/>
        <location filename="../core/commons/commonsreader.cpp" line="492"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="62"/>
        <location filename="../core/commons/commonsreader.cpp" line="251"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="66"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="278"/>
        <source>“%1” must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="288"/>
        <source>a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="288"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="299"/>
        <source>“%1” must be an id of lower-case letters, digits, “.” and “-” that starts with a letter or digit ([a-z0-9][a-z0-9.-]*); found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="309"/>
        <source>an id ([a-z0-9][a-z0-9.-]*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="339"/>
        <location filename="../core/commons/commonsreader.cpp" line="410"/>
        <source>“%1” must be %2; found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="362"/>
        <source>“%1” must be one of %2; found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="379"/>
        <source>unsupported format version %1: this version of LiveDNA reads %2 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="383"/>
        <source>“format” must be “%1”; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="405"/>
        <source>required field “%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="439"/>
        <source>a number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="441"/>
        <source>an integer ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="443"/>
        <source>an integer ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="445"/>
        <source>a number between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="447"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="474"/>
        <source>the file is empty; expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="479"/>
        <source>JSON nesting is deeper than %1 levels; refused before parsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="487"/>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="491"/>
        <source>the document must be a JSON object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="492"/>
        <source>a scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="506"/>
        <source>“period” must be a financial year written YYYY-YY, such as 2025-26; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="512"/>
        <source>“period” %1 must end with the year after %2 (%2-%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="527"/>
        <source>“%1” must be an RFC 3339 date-time such as 2026-11-01T09:00:00Z; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="533"/>
        <source>“%1” must be a UTC time ending in “Z”; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="579"/>
        <source>a document entry must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="588"/>
        <source>unsafe path %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="593"/>
        <source>duplicate path %1 (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="603"/>
        <source>path %1 differs only in letter case from the path at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="623"/>
        <source>an organisation entry must name its organisation code in “org”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="628"/>
        <source>organisation %1 is listed twice (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="648"/>
        <source>64 lower-case hexadecimal digits (the SHA-256 of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="660"/>
        <source>the index must list exactly one document of type “bricks”; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="684"/>
        <source>a capability must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="693"/>
        <source>duplicate capability id %1 (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="722"/>
        <location filename="../core/commons/commonsreader.cpp" line="804"/>
        <source>a brick must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="731"/>
        <source>duplicate brick id %1 (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="741"/>
        <source>capability %1 is not one of the capabilities in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="774"/>
        <source>an integer ≥ 1 (a Local Government Service List id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="823"/>
        <source>duplicate brick id %1 in this service (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="831"/>
        <source>“uses” must name a brick from bricks.json; found an empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="833"/>
        <source>“uses” names %1, which is not a brick in bricks.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="838"/>
        <source>a bespoke brick (one without “uses”) must state its “capability”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="845"/>
        <source>“capability” must name a capability from bricks.json; found an empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="848"/>
        <source>“capability” names %1, which is not a capability in bricks.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="878"/>
        <source>a flow must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="884"/>
        <source>“from” names %1, which is not a brick of this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="887"/>
        <source>“to” names %1, which is not a brick of this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="905"/>
        <source>organisation code %1 does not match the index entry&apos;s “org” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="928"/>
        <source>a neighbour must be an organisation code (a non-empty string); found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="950"/>
        <source>a service must be an object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="958"/>
        <source>duplicate service id %1 (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="993"/>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1034"/>
        <source>the index is %1 bytes, over the limit of %2 bytes (64 MiB); refused before parsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1075"/>
        <source>the path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1077"/>
        <source>it must be relative, not start with “/”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1079"/>
        <source>it must use “/”, not a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1082"/>
        <source>it must not contain a scheme or drive (“:”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1086"/>
        <source>it must not contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1090"/>
        <source>it must not contain “%”, “?” or “#”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1100"/>
        <source>it must not contain an empty segment (“//” or a trailing “/”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1102"/>
        <source>it must not contain “..”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1104"/>
        <source>it must not contain “.” segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1144"/>
        <source>no index.json in this folder; a commons needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1150"/>
        <location filename="../core/commons/commonsreader.cpp" line="1172"/>
        <location filename="../core/commons/commonsreader.cpp" line="1228"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1162"/>
        <source>listed in index.json but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1168"/>
        <source>resolves outside the commons folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1178"/>
        <source>is larger than the %1 bytes index.json gives for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1179"/>
        <source>is %1 bytes long but index.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1185"/>
        <source>SHA-256 is %1 but index.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1226"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1230"/>
        <source>the file is over the limit of %1 bytes (64 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1255"/>
        <source>references not checked: the catalogue %1 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1261"/>
        <source>no “format” field: expected livedna-commons/1, livedna-bricks/1 or livedna-org/1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commons/commonsreader.cpp" line="1262"/>
        <source>unknown format %1: expected livedna-commons/1, livedna-bricks/1 or livedna-org/1</source>
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
    <name>QObject</name>
    <message>
        <location filename="../ui/application.cpp" line="11"/>
        <source>LiveDNA</source>
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
        <location filename="../core/util/migrator.cpp" line="26"/>
        <source>The database %1 has schema version %2, newer than this version of LiveDNA understands (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="36"/>
        <source>Cannot start a migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="42"/>
        <source>Migration to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="49"/>
        <source>Cannot record schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="60"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="67"/>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/migrator.cpp" line="84"/>
        <source>Cannot configure the database %1: %2</source>
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
    <name>livedna::HttpSource</name>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="220"/>
        <source>was not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="290"/>
        <location filename="../core/sync/documentsource.cpp" line="350"/>
        <source>no data received for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="291"/>
        <source>no response within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="302"/>
        <source>redirected to another origin (%1); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="314"/>
        <location filename="../core/sync/documentsource.cpp" line="362"/>
        <source>is %1 bytes long but index.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="315"/>
        <location filename="../core/sync/documentsource.cpp" line="334"/>
        <source>is larger than the %1 bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="333"/>
        <source>is longer than the %1 bytes index.json says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="352"/>
        <source>cannot download: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="359"/>
        <source>is longer than the %1 bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/documentsource.cpp" line="384"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedna::Syncer</name>
    <message>
        <location filename="../core/sync/syncer.cpp" line="56"/>
        <source>is %1 bytes long but index.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="62"/>
        <source>SHA-256 is %1 but index.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="102"/>
        <source>sync cancelled; the cache is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="105"/>
        <source>the cache is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="128"/>
        <source>unknown format &quot;%1&quot;; this LiveDNA reads %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="136"/>
        <source>path &quot;%1&quot; is outside the commons: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="138"/>
        <source>path &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="143"/>
        <source>organisation &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="149"/>
        <source>lists %1 bricks documents; exactly one is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="160"/>
        <source>index.json expired on %1; its data may be stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="163"/>
        <source> (refused in strict mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="173"/>
        <source>version %1 is lower than version %2 already accepted for commons &quot;%3&quot;; refusing a rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="182"/>
        <source>version %1 was already accepted with different content; a publisher must raise the version with every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="221"/>
        <source>lists %1 as organisation &quot;%2&quot; but that unchanged document is &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/syncer.cpp" line="249"/>
        <source>downloading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
