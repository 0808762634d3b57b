#!/usr/bin/env python3
"""Fills translations/livedna_cy.ts with the project's Welsh translations.

Run after `cmake --build build --target update_translations` (lupdate), which adds new
source texts as unfinished. Texts listed here are filled in and marked finished; texts not
listed stay unfinished (English is shown for them) and are printed so a translator can add
them. Translations keep every %1/%n placeholder and every command, option and JSON field
name in English, because those are typed by people and read by scripts.
"""

import os
import sys
import xml.etree.ElementTree as ET

CY = {
    # --- livedna-cli framework (Cli) ---
    "Usage: livedna-cli [--cache FILE] COMMAND [ARGS...]":
        "Defnydd: livedna-cli [--cache FFEIL] GORCHYMYN [DADLEUON...]",
    "The cache is --cache FILE, else $LIVEDNA_CACHE, else %1.":
        "Y storfa yw --cache FFEIL, neu fel arall $LIVEDNA_CACHE, neu fel arall %1.",
    "Commands:": "Gorchmynion:",
    "Run 'livedna-cli COMMAND --help' for a command's options.":
        "Rhedwch 'livedna-cli GORCHYMYN --help' i weld opsiynau gorchymyn.",
    "Exit codes: 0 done, 1 usage error, 2 data invalid or refused, 3 I/O or network failure.":
        "Codau gadael: 0 wedi'i wneud, 1 gwall defnydd, 2 data annilys neu wedi'i wrthod, "
        "3 methiant darllen/ysgrifennu neu rwydwaith.",
    "livedna-cli: --cache needs a file": "livedna-cli: mae --cache angen ffeil",
    "livedna-cli: unknown command '%1'": "livedna-cli: gorchymyn anhysbys '%1'",

    # --- sync, validate, orgs, show (CommonsCli) ---
    "Show this help and exit.": "Dangos y cymorth hwn a gadael.",
    "Usage: %1": "Defnydd: %1",
    "livedna-cli: wrong number of arguments": "livedna-cli: nifer anghywir o ddadleuon",
    "Brings a commons into the cache, completely or not at all, and prints what changed.\n"
    "SOURCE is a folder, a file:// URL, an http:// or https:// URL of the folder or of its\n"
    "index.json, or 'demo' for the illustrative commons bundled with LiveDNA.\n"
    "Exit codes: 0 done (or nothing new), 1 usage error, 2 data invalid or refused\n"
    "(the cache is unchanged), 3 source or cache could not be read or reached.":
        "Yn dod â chomin i'r storfa, yn gyfan neu ddim o gwbl, ac yn dangos beth a newidiodd.\n"
        "SOURCE yw ffolder, URL file://, URL http:// neu https:// y ffolder neu ei\n"
        "index.json, neu 'demo' ar gyfer y comin enghreifftiol sy'n dod gyda LiveDNA.\n"
        "Codau gadael: 0 wedi'i wneud (neu ddim byd newydd), 1 gwall defnydd, 2 data annilys\n"
        "neu wedi'i wrthod (nid yw'r storfa wedi newid), 3 methu darllen na chyrraedd y\n"
        "ffynhonnell neu'r storfa.",
    "Folder, URL or 'demo'.": "Ffolder, URL neu 'demo'.",
    "Refuse an index whose expiry date has passed instead of warning.":
        "Gwrthod mynegai y mae ei ddyddiad dod i ben wedi mynd heibio, yn lle rhybuddio.",
    "Print no progress.": "Peidio â dangos cynnydd.",
    "livedna-cli sync [--strict] SOURCE": "livedna-cli sync [--strict] SOURCE",
    "%1: no such file or folder": "%1: nid oes ffeil na ffolder o'r fath",
    "%1: no index.json in this folder": "%1: nid oes index.json yn y ffolder hon",
    "%1: cannot be read": "%1: methu ei darllen",
    "%1: unsupported source; give a folder, a file://, http:// or https:// URL, or 'demo'":
        "%1: ffynhonnell heb ei chefnogi; rhowch ffolder, URL file://, http:// neu https://, neu 'demo'",
    "sync: %1% (%2 of %3) %4": "cysoni: %1% (%2 o %3) %4",
    "sync: %1 %2": "cysoni: %1 %2",
    "livedna-cli: sync from %1 failed; the cache is unchanged:":
        "livedna-cli: methodd cysoni o %1; nid yw'r storfa wedi newid:",
    "livedna-cli: sync from %1 refused; the cache is unchanged:":
        "livedna-cli: gwrthodwyd cysoni o %1; nid yw'r storfa wedi newid:",
    "warning: %1": "rhybudd: %1",
    'Commons: %1 "%2"': 'Comin: %1 "%2"',
    "Nothing new: version %1 is already in the cache.":
        "Dim byd newydd: mae fersiwn %1 yn y storfa eisoes.",
    "Version: %1 -> %2": "Fersiwn: %1 -> %2",
    "Version: new -> %1": "Fersiwn: newydd -> %1",
    "Added: %1": "Ychwanegwyd: %1",
    "Changed: %1": "Newidiwyd: %1",
    "Removed: %1": "Tynnwyd: %1",
    "Fetched %n document(s), %1.": ["Llwythwyd %n dogfen, %1."] * 6,
    "Warnings: %1 (see above)": "Rhybuddion: %1 (gweler uchod)",
    "Checks a commons folder (its index.json and every document it lists) or one document\n"
    "(index.json, bricks.json or an organisation) against the commons format, and lists\n"
    "every problem with its file and JSON location. 'demo' checks the bundled demo commons.\n"
    "Exit codes: 0 valid, 1 usage error, 2 problems found, 3 the path cannot be read.":
        "Yn gwirio ffolder comin (ei index.json a phob dogfen y mae'n ei rhestru) neu un ddogfen\n"
        "(index.json, bricks.json neu sefydliad) yn erbyn fformat y comin, ac yn rhestru\n"
        "pob problem gyda'i ffeil a'i lleoliad JSON. Mae 'demo' yn gwirio'r comin enghreifftiol.\n"
        "Codau gadael: 0 dilys, 1 gwall defnydd, 2 problemau wedi'u canfod, 3 methu darllen y llwybr.",
    "Commons folder or one JSON document.": "Ffolder comin neu un ddogfen JSON.",
    "livedna-cli validate PATH": "livedna-cli validate PATH",
    "%1: no readable index.json in this folder": "%1: nid oes index.json darllenadwy yn y ffolder hon",
    "%1: valid": "%1: dilys",
    "%n problem(s) found.": ["Canfuwyd %n problem."] * 6,
    "Lists the organisations in the cache with their service count and annual cost split\n"
    "into frontline and overhead (the sum of their services' bricks). With --json, prints an\n"
    "array of objects: code, name, kind, type, region, services, total_gbp, frontline_gbp,\n"
    "overhead_gbp, reported_gbp (null when no service reports a cost).":
        "Yn rhestru'r sefydliadau yn y storfa gyda nifer eu gwasanaethau a'u cost flynyddol wedi'i\n"
        "rhannu'n rheng flaen a gorbenion (swm brics eu gwasanaethau). Gyda --json, yn argraffu\n"
        "arae o wrthrychau: code, name, kind, type, region, services, total_gbp, frontline_gbp,\n"
        "overhead_gbp, reported_gbp (null pan nad oes gwasanaeth yn adrodd cost).",
    "Print JSON instead of a table.": "Argraffu JSON yn lle tabl.",
    "Which commons (default: the one synced most recently).":
        "Pa gomin (rhagosodiad: yr un a gysonwyd ddiwethaf).",
    "livedna-cli orgs [--json] [--commons ID]": "livedna-cli orgs [--json] [--commons ID]",
    "no commons '%1' in the cache %2": "nid oes comin '%1' yn y storfa %2",
    "The cache %1 holds no organisations yet; try 'livedna-cli sync demo'.":
        "Nid oes sefydliadau yn y storfa %1 eto; rhowch gynnig ar 'livedna-cli sync demo'.",
    "CODE": "COD",
    "NAME": "ENW",
    "KIND": "MATH",
    "SERVICES": "GWASANAETHAU",
    "TOTAL": "CYFANSWM",
    "FRONTLINE": "RHENG FLAEN",
    "OVERHEAD": "GORBENION",
    "Shows one organisation (by code, or by its exact name) and each of its services with\n"
    "total, frontline, overhead and reported cost, its number of bricks and how many are\n"
    "bespoke. With --json, prints one object: code, name, kind, total_gbp, frontline_gbp,\n"
    "overhead_gbp, reported_gbp and services [{id, name, total_gbp, frontline_gbp,\n"
    "overhead_gbp, reported_gbp, bricks, bespoke}]; reported_gbp is null where none.\n"
    "Exit code 1 when the organisation is not in the cache.":
        "Yn dangos un sefydliad (yn ôl ei god, neu ei union enw) a phob un o'i wasanaethau gyda'r\n"
        "gost gyfan, rheng flaen, gorbenion ac a adroddwyd, nifer y brics a faint sy'n\n"
        "bwrpasol. Gyda --json, yn argraffu un gwrthrych: code, name, kind, total_gbp, frontline_gbp,\n"
        "overhead_gbp, reported_gbp a services [{id, name, total_gbp, frontline_gbp,\n"
        "overhead_gbp, reported_gbp, bricks, bespoke}]; mae reported_gbp yn null lle nad oes un.\n"
        "Cod gadael 1 pan nad yw'r sefydliad yn y storfa.",
    "Organisation code (e.g. E06000023) or exact name.":
        "Cod y sefydliad (e.e. E06000023) neu ei union enw.",
    "Print JSON instead of text.": "Argraffu JSON yn lle testun.",
    "livedna-cli show [--json] [--commons ID] ORG": "livedna-cli show [--json] [--commons ID] ORG",
    "no organisation '%1' in the cache %2; 'livedna-cli orgs' lists them":
        "nid oes sefydliad '%1' yn y storfa %2; mae 'livedna-cli orgs' yn eu rhestru",
    "period %1": "cyfnod %1",
    "Total %1  frontline %2  overhead %3  reported %4":
        "Cyfanswm %1  rheng flaen %2  gorbenion %3  a adroddwyd %4",
    "none": "dim",
    "SERVICE": "GWASANAETH",
    "REPORTED": "ADRODDWYD",
    "BRICKS": "BRICS",
    "BESPOKE": "PWRPASOL",
    "Bring a commons (folder, URL or 'demo') into the cache":
        "Dod â chomin (ffolder, URL neu 'demo') i'r storfa",
    "Check a commons folder or document; list every problem":
        "Gwirio ffolder neu ddogfen comin; rhestru pob problem",
    "List organisations with their costs": "Rhestru sefydliadau a'u costau",
    "Show one organisation's services and costs": "Dangos gwasanaethau a chostau un sefydliad",

    # --- GUI ---
    "LiveDNA": "LiveDNA",

    # --- cache and migrations ---
    "Cannot use the cache %1: %2": "Methu defnyddio'r storfa %1: %2",
    "Cannot record the public key: %1": "Methu cofnodi'r allwedd gyhoeddus: %1",
    "The cache holds no commons named %1.": "Nid oes comin o'r enw %1 yn y storfa.",
    "Cannot write the cache (%1): %2": "Methu ysgrifennu'r storfa (%1): %2",
    "%1: organisation %2 is published by more than one document.":
        "%1: mae mwy nag un ddogfen yn cyhoeddi sefydliad %2.",
    "Cannot check references: %1": "Methu gwirio cyfeiriadau: %1",
    'the new bricks.json no longer has the brick "%1"': 'nid yw\'r bricks.json newydd yn cynnwys y fricsen "%1" mwyach',
    'the new bricks.json no longer has the capability "%1"':
        'nid yw\'r bricks.json newydd yn cynnwys y gallu "%1" mwyach',
    "Cannot read the schema version: %1": "Methu darllen fersiwn y sgema: %1",
    "The database %1 has schema version %2, newer than this version of LiveDNA understands (%3).":
        "Mae gan y gronfa ddata %1 fersiwn sgema %2, sy'n fwy newydd nag y mae'r fersiwn hon o "
        "LiveDNA yn ei deall (%3).",
    "Cannot start a migration: %1": "Methu dechrau mudo: %1",
    "Migration to schema version %1 failed: %2": "Methodd mudo i fersiwn sgema %1: %2",
    "Cannot record schema version %1.": "Methu cofnodi fersiwn sgema %1.",
    "Cannot create the folder %1.": "Methu creu'r ffolder %1.",
    "Cannot open the database %1: %2": "Methu agor y gronfa ddata %1: %2",
    "Cannot configure the database %1: %2": "Methu ffurfweddu'r gronfa ddata %1: %2",

    # --- sources and sync ---
    "this build of LiveDNA has no bundled demo commons":
        "nid oes comin enghreifftiol wedi'i gynnwys yn y fersiwn hon o LiveDNA",
    "not a valid URL": "nid yw'n URL dilys",
    "a commons URL names its folder or its index.json": "mae URL comin yn enwi ei ffolder neu ei index.json",
    "not a valid file:// URL": "nid yw'n URL file:// dilys",
    "unsupported kind of URL: use a folder, file://, http:// or https://":
        "math o URL heb ei gefnogi: defnyddiwch ffolder, file://, http:// neu https://",
    "a commons is a folder or its index.json": "ffolder neu ei index.json yw comin",
    "no such folder": "nid oes ffolder o'r fath",
    "no such file": "nid oes ffeil o'r fath",
    "leads outside the commons folder": "yn arwain y tu allan i ffolder y comin",
    "cannot read: %1": "methu darllen: %1",
    "is %1 bytes long but index.json says %2": "mae'n %1 beit o hyd ond mae index.json yn dweud %2",
    "is larger than the %1 bytes allowed": "mae'n fwy na'r %1 beit a ganiateir",
    "could not be read completely: %1": "methu ei darllen yn llawn: %1",
    "was not downloaded": "ni chafodd ei lawrlwytho",
    "no data received for %1 s": "ni chafwyd data am %1 eiliad",
    "no response within %1 s": "dim ymateb o fewn %1 eiliad",
    "redirected to another origin (%1); refused": "ailgyfeiriwyd i darddle arall (%1); gwrthodwyd",
    "is longer than the %1 bytes index.json says": "mae'n hirach na'r %1 beit y mae index.json yn ei ddweud",
    "cannot download: %1": "methu lawrlwytho: %1",
    "is longer than the %1 bytes allowed": "mae'n hirach na'r %1 beit a ganiateir",
    "cancelled": "wedi'i ganslo",
    "SHA-256 is %1 but index.json says %2": "SHA-256 yw %1 ond mae index.json yn dweud %2",
    "sync cancelled; the cache is unchanged": "canslwyd y cysoni; nid yw'r storfa wedi newid",
    "the cache is not open": "nid yw'r storfa ar agor",
    'unknown format "%1"; this LiveDNA reads %2': 'fformat anhysbys "%1"; mae\'r LiveDNA hwn yn darllen %2',
    'path "%1" is outside the commons: %2': 'mae\'r llwybr "%1" y tu allan i\'r comin: %2',
    'path "%1" is listed twice': 'mae\'r llwybr "%1" wedi\'i restru ddwywaith',
    'organisation "%1" is listed twice': 'mae\'r sefydliad "%1" wedi\'i restru ddwywaith',
    "lists %1 bricks documents; exactly one is required":
        "yn rhestru %1 dogfen brics; mae angen union un",
    "index.json expired on %1; its data may be stale":
        "daeth index.json i ben ar %1; gall ei ddata fod wedi dyddio",
    " (refused in strict mode)": " (gwrthodwyd yn y modd caeth)",
    'version %1 is lower than version %2 already accepted for commons "%3"; refusing a rollback':
        'mae fersiwn %1 yn is na fersiwn %2 a dderbyniwyd eisoes ar gyfer comin "%3"; '
        'gwrthod mynd yn ôl',
    "version %1 was already accepted with different content; a publisher must raise the version "
    "with every change":
        "derbyniwyd fersiwn %1 eisoes gyda chynnwys gwahanol; rhaid i gyhoeddwr godi'r fersiwn "
        "gyda phob newid",
    'lists %1 as organisation "%2" but that unchanged document is "%3"':
        'yn rhestru %1 fel sefydliad "%2" ond "%3" yw\'r ddogfen ddigyfnewid honno',
    "downloading": "yn lawrlwytho",

    # --- commons reader ---
    "null": "null",
    "true": "true",
    "false": "false",
    "the number %1": "y rhif %1",
    "the string %1": "y llinyn %1",
    "an array": "arae",
    "an object": "gwrthrych",
    "nothing": "dim byd",
    "“%1” must not be empty": "rhaid i “%1” beidio â bod yn wag",
    "a non-empty string": "llinyn nad yw'n wag",
    "a string": "llinyn",
    "“%1” must be an id of lower-case letters, digits, “.” and “-” that starts with a letter or "
    "digit ([a-z0-9][a-z0-9.-]*); found %2":
        "rhaid i “%1” fod yn ddynodydd o lythrennau bach, digidau, “.” a “-” sy'n dechrau gyda "
        "llythyren neu ddigid ([a-z0-9][a-z0-9.-]*); cafwyd %2",
    "an id ([a-z0-9][a-z0-9.-]*)": "dynodydd ([a-z0-9][a-z0-9.-]*)",
    "“%1” must be %2; found %3": "rhaid i “%1” fod yn %2; cafwyd %3",
    "“%1” must be one of %2; found %3": "rhaid i “%1” fod yn un o %2; cafwyd %3",
    "unsupported format version %1: this version of LiveDNA reads %2 only":
        "fersiwn fformat heb ei chefnogi %1: mae'r fersiwn hon o LiveDNA yn darllen %2 yn unig",
    "“format” must be “%1”; found %2": "rhaid i “format” fod yn “%1”; cafwyd %2",
    "required field “%1” is missing": "mae'r maes gofynnol “%1” ar goll",
    "a number ≥ 0": "rhif ≥ 0",
    "an integer ≥ 0": "cyfanrif ≥ 0",
    "an integer ≥ 1": "cyfanrif ≥ 1",
    "a number between 0 and 1": "rhif rhwng 0 ac 1",
    "a number": "rhif",
    "the file is empty; expected a JSON object": "mae'r ffeil yn wag; disgwylid gwrthrych JSON",
    "JSON nesting is deeper than %1 levels; refused before parsing":
        "mae nythu JSON yn ddyfnach na %1 lefel; gwrthodwyd cyn dosrannu",
    "not valid JSON: %1 at byte %2": "nid yw'n JSON dilys: %1 wrth feit %2",
    "the document must be a JSON object; found %1": "rhaid i'r ddogfen fod yn wrthrych JSON; cafwyd %1",
    "a scalar": "gwerth sengl",
    "“period” must be a financial year written YYYY-YY, such as 2025-26; found %1":
        "rhaid i “period” fod yn flwyddyn ariannol ar ffurf BBBB-BB, fel 2025-26; cafwyd %1",
    "“period” %1 must end with the year after %2 (%2-%3)":
        "rhaid i “period” %1 orffen gyda'r flwyddyn ar ôl %2 (%2-%3)",
    "“%1” must be an RFC 3339 date-time such as 2026-11-01T09:00:00Z; found %2":
        "rhaid i “%1” fod yn ddyddiad ac amser RFC 3339 fel 2026-11-01T09:00:00Z; cafwyd %2",
    "“%1” must be a UTC time ending in “Z”; found %2":
        "rhaid i “%1” fod yn amser UTC sy'n gorffen gyda “Z”; cafwyd %2",
    "a document entry must be an object; found %1": "rhaid i gofnod dogfen fod yn wrthrych; cafwyd %1",
    "unsafe path %1: %2": "llwybr anniogel %1: %2",
    "duplicate path %1 (also at %2)": "llwybr dyblyg %1 (hefyd yn %2)",
    "path %1 differs only in letter case from the path at %2":
        "mae'r llwybr %1 yn wahanol i'r llwybr yn %2 o ran priflythrennau yn unig",
    "an organisation entry must name its organisation code in “org”":
        "rhaid i gofnod sefydliad enwi cod ei sefydliad yn “org”",
    "organisation %1 is listed twice (also at %2)": "mae sefydliad %1 wedi'i restru ddwywaith (hefyd yn %2)",
    "64 lower-case hexadecimal digits (the SHA-256 of the file)":
        "64 digid hecsadegol llythrennau bach (SHA-256 y ffeil)",
    "the index must list exactly one document of type “bricks”; found %1":
        "rhaid i'r mynegai restru union un ddogfen o'r math “bricks”; cafwyd %1",
    "a capability must be an object; found %1": "rhaid i allu fod yn wrthrych; cafwyd %1",
    "duplicate capability id %1 (first at %2)": "dynodydd gallu dyblyg %1 (yn gyntaf yn %2)",
    "a brick must be an object; found %1": "rhaid i fricsen fod yn wrthrych; cafwyd %1",
    "duplicate brick id %1 (first at %2)": "dynodydd bricsen dyblyg %1 (yn gyntaf yn %2)",
    "capability %1 is not one of the capabilities in this file":
        "nid yw gallu %1 yn un o'r galluoedd yn y ffeil hon",
    "an integer ≥ 1 (a Local Government Service List id)":
        "cyfanrif ≥ 1 (dynodydd o Restr Gwasanaethau Llywodraeth Leol)",
    "duplicate brick id %1 in this service (first at %2)":
        "dynodydd bricsen dyblyg %1 yn y gwasanaeth hwn (yn gyntaf yn %2)",
    "“uses” must name a brick from bricks.json; found an empty string":
        "rhaid i “uses” enwi bricsen o bricks.json; cafwyd llinyn gwag",
    "“uses” names %1, which is not a brick in bricks.json":
        "mae “uses” yn enwi %1, nad yw'n fricsen yn bricks.json",
    "a bespoke brick (one without “uses”) must state its “capability”":
        "rhaid i fricsen bwrpasol (un heb “uses”) nodi ei “capability”",
    "“capability” must name a capability from bricks.json; found an empty string":
        "rhaid i “capability” enwi gallu o bricks.json; cafwyd llinyn gwag",
    "“capability” names %1, which is not a capability in bricks.json":
        "mae “capability” yn enwi %1, nad yw'n allu yn bricks.json",
    "a flow must be an object; found %1": "rhaid i lif fod yn wrthrych; cafwyd %1",
    "“from” names %1, which is not a brick of this service":
        "mae “from” yn enwi %1, nad yw'n fricsen yn y gwasanaeth hwn",
    "“to” names %1, which is not a brick of this service":
        "mae “to” yn enwi %1, nad yw'n fricsen yn y gwasanaeth hwn",
    "organisation code %1 does not match the index entry's “org” %2":
        "nid yw cod sefydliad %1 yn cyfateb i “org” %2 yng nghofnod y mynegai",
    "a neighbour must be an organisation code (a non-empty string); found %1":
        "rhaid i gymydog fod yn god sefydliad (llinyn nad yw'n wag); cafwyd %1",
    "a service must be an object; found %1": "rhaid i wasanaeth fod yn wrthrych; cafwyd %1",
    "duplicate service id %1 (first at %2)": "dynodydd gwasanaeth dyblyg %1 (yn gyntaf yn %2)",
    "could not be read": "methu ei darllen",
    "the index is %1 bytes, over the limit of %2 bytes (64 MiB); refused before parsing":
        "mae'r mynegai yn %1 beit, dros y terfyn o %2 beit (64 MiB); gwrthodwyd cyn dosrannu",
    "the path is empty": "mae'r llwybr yn wag",
    "it must be relative, not start with “/”": "rhaid iddo fod yn berthynol, nid dechrau gyda “/”",
    "it must use “/”, not a backslash": "rhaid iddo ddefnyddio “/”, nid ôl-slaes",
    "it must not contain a scheme or drive (“:”)": "rhaid iddo beidio â chynnwys cynllun na gyriant (“:”)",
    "it must not contain control characters": "rhaid iddo beidio â chynnwys nodau rheoli",
    "it must not contain “%”, “?” or “#”": "rhaid iddo beidio â chynnwys “%”, “?” na “#”",
    "it must not contain an empty segment (“//” or a trailing “/”)":
        "rhaid iddo beidio â chynnwys segment gwag (“//” neu “/” ar y diwedd)",
    "it must not contain “..”": "rhaid iddo beidio â chynnwys “..”",
    "it must not contain “.” segments": "rhaid iddo beidio â chynnwys segmentau “.”",
    "no index.json in this folder; a commons needs one": "nid oes index.json yn y ffolder hon; mae angen un ar gomin",
    "cannot be read: %1": "methu ei darllen: %1",
    "listed in index.json but missing": "wedi'i restru yn index.json ond ar goll",
    "resolves outside the commons folder": "yn arwain y tu allan i ffolder y comin",
    "is larger than the %1 bytes index.json gives for it": "mae'n fwy na'r %1 beit y mae index.json yn ei roi iddi",
    "the file is over the limit of %1 bytes (64 MiB)": "mae'r ffeil dros y terfyn o %1 beit (64 MiB)",
    "… and %n more problem(s) not listed": ["… a %n problem arall heb eu rhestru"] * 6,
    "references not checked: the catalogue %1 is not valid":
        "ni wiriwyd cyfeiriadau: nid yw'r catalog %1 yn ddilys",
    "no “format” field: expected livedna-commons/1, livedna-bricks/1 or livedna-org/1":
        "dim maes “format”: disgwylid livedna-commons/1, livedna-bricks/1 neu livedna-org/1",
    "unknown format %1: expected livedna-commons/1, livedna-bricks/1 or livedna-org/1":
        "fformat anhysbys %1: disgwylid livedna-commons/1, livedna-bricks/1 neu livedna-org/1",
}

# Main window and views (ui/). Menu accelerators (&) are chosen again for Welsh words.
CY.update({
    # Application
    "LiveDNA: what public services are made of.": "LiveDNA: o beth mae gwasanaethau cyhoeddus wedi'u gwneud.",
    "Use this cache file.": "Defnyddio'r ffeil storfa hon.",
    "Do not offer the demo commons when the cache is empty.":
        "Peidio â chynnig y comin enghreifftiol pan fydd y storfa'n wag.",
    "The cache %1 could not be opened:\n%2": "Methu agor y storfa %1:\n%2",
    # BrickGraphBuilder
    "%n brick(s) · %1 a year · %2 bespoke": ["%n bricsen · %1 y flwyddyn · %2 pwrpasol"] * 6,
    "none in the commons yet": "dim un yn y comin eto",
    "this is the cheapest commons brick": "dyma'r fricsen comin rataf",
    "%1 — %2 a year": "%1 — %2 y flwyddyn",
    " (up to %1 less)": " (hyd at %1 yn llai)",
    "Capability: %1 (%2)": "Gallu: %1 (%2)",
    "frontline": "rheng flaen",
    "overhead": "gorbenion",
    "Standard: uses commons brick %1": "Safonol: yn defnyddio bricsen comin %1",
    "Bespoke: built or bought by this organisation": "Pwrpasol: wedi'i hadeiladu neu ei phrynu gan y sefydliad hwn",
    "Annual cost: %1": "Cost flynyddol: %1",
    "Staff: %1": "Staff: %1",
    "Cheapest commons alternative: %1": "Dewis comin rhataf: %1",
    "unknown capability": "gallu anhysbys",
    "Frontline (circle)": "Rheng flaen (cylch)",
    "Overhead (square)": "Gorbenion (sgwâr)",
    "Standard commons brick (solid)": "Bricsen comin safonol (solet)",
    "Bespoke (hatched, dashed edge)": "Pwrpasol (croeslinellog, ymyl doredig)",
    "Area ∝ annual cost": "Arwynebedd ∝ cost flynyddol",
    # ComparatorText
    "its published neighbours": "ei gymdogion cyhoeddedig",
    "organisations of the same kind and type": "sefydliadau o'r un math a'r un is-fath",
    "organisations of the same kind": "sefydliadau o'r un math",
    "no comparable organisations": "dim sefydliadau tebyg",
    # DnaMatrix
    "absent": "absennol",
    "standard (commons), low → high cost": "safonol (comin), cost isel → uchel",
    "bespoke (notched), low → high cost": "pwrpasol (â rhic), cost isel → uchel",
    "frontline column": "colofn rheng flaen",
    "overhead column": "colofn gorbenion",
    # ExportText
    "%1: cannot write: %2": "%1: methu ysgrifennu: %2",
    "Made with LiveDNA": "Gwnaed gyda LiveDNA",
    "%1: could not encode the PNG image": "%1: methu amgodio'r ddelwedd PNG",
    "%1: unknown picture format; use a .svg, .png or .pdf file name":
        "%1: fformat llun anhysbys; defnyddiwch enw ffeil .svg, .png neu .pdf",
    "Standard: %1": "Safonol: %1",
    "Bespoke": "Pwrpasol",
    "● circle = frontline   ■ square = overhead   area ∝ annual cost":
        "● cylch = rheng flaen   ■ sgwâr = gorbenion   arwynebedd ∝ cost flynyddol",
    "solid = standard commons brick   hatched with dashed edge = bespoke":
        "solet = bricsen comin safonol   croeslinellog ag ymyl doredig = pwrpasol",
    "There is no service graph to save: select a service first.":
        "Nid oes graff gwasanaeth i'w gadw: dewiswch wasanaeth yn gyntaf.",
    # Format
    "%1£%2bn": "%1£%2bn",
    "%1£%2m": "%1£%2m",
    "%1£%2k": "%1£%2k",
    "%1£%2": "%1£%2",
    "%1%": "%1%",
    "%1 FTE": "%1 CALl",
    # GraphLayout
    "Graphviz could not start": "Methodd Graphviz gychwyn",
    "Graphviz could not lay the graph out": "Methodd Graphviz osod y graff",
    # SyncRunner
    "%1 is up to date (version %2).": "Mae %1 yn gyfredol (fersiwn %2).",
    "%1 synced to version %2: %3 added, %4 changed, %5 removed.":
        "Cysonwyd %1 i fersiwn %2: %3 wedi'u hychwanegu, %4 wedi'u newid, %5 wedi'u tynnu.",
    # Treemap
    "Unmapped reported spend": "Gwariant a adroddwyd heb ei fapio",
    # BrickGraphView, GraphLegend
    "Service brick graph": "Graff brics y gwasanaeth",
    "Bricks of the selected service; use the arrow keys or Tab to move between bricks, + and - to zoom, 0 to fit":
        "Brics y gwasanaeth a ddewiswyd; defnyddiwch y bysellau saeth neu Tab i symud rhwng brics, "
        "+ a - i chwyddo, 0 i ffitio",
    "Graph legend": "Allwedd y graff",
    # CapabilityView
    "&Capability:": "&Gallu:",
    "Capability": "Gallu",
    "Distribution of costs": "Dosbarthiad costau",
    "Instances of the capability": "Enghreifftiau o'r gallu",
    "Organisation": "Sefydliad",
    "Service": "Gwasanaeth",
    "Brick": "Bricsen",
    "Build": "Adeiladwaith",
    "Annual cost": "Cost flynyddol",
    "Annual cost of each instance (log scale)": "Cost flynyddol pob enghraifft (graddfa log)",
    "Standard": "Safonol",
    " cheapest commons brick %1": " bricsen comin rataf %1",
    "<span style='font-size:13pt;font-weight:600'>%1</span> &nbsp;<span style='color:#4b5563'>%2 · %3 bespoke "
    "instances in %4 organisations (%5 a year) · %6 standard instances in %7 organisations</span>":
        "<span style='font-size:13pt;font-weight:600'>%1</span> &nbsp;<span style='color:#4b5563'>%2 · %3 "
        "enghraifft bwrpasol mewn %4 sefydliad (%5 y flwyddyn) · %6 enghraifft safonol mewn %7 sefydliad</span>",
    "<b>Commons bricks that could replace the bespoke instances</b><ul>":
        "<b>Brics comin a allai gymryd lle'r enghreifftiau pwrpasol</b><ul>",
    "<li>None: the commons lacks a brick for this capability. %n organisation(s) building it bespoke would "
    "benefit from one.</li>":
        ["<li>Dim: nid oes gan y comin fricsen ar gyfer y gallu hwn. Byddai %n sefydliad sy'n ei adeiladu'n "
         "bwrpasol yn elwa o un.</li>"] * 6,
    # DashboardView
    "Select an organisation to see its dashboard.": "Dewiswch sefydliad i weld ei ddangosfwrdd.",
    "%n other service(s)": ["%n gwasanaeth arall"] * 6,
    "<span style='font-size:14pt;font-weight:600'>%1</span> &nbsp; <span style='color:#4b5563'>%2 a year · %3 "
    "frontline · %4 of spend on bespoke bricks · period %5</span>":
        "<span style='font-size:14pt;font-weight:600'>%1</span> &nbsp; <span style='color:#4b5563'>%2 y flwyddyn · "
        "%3 rheng flaen · %4 o'r gwariant ar frics pwrpasol · cyfnod %5</span>",
    "Spend by service: frontline and overhead": "Gwariant fesul gwasanaeth: rheng flaen a gorbenion",
    "Frontline": "Rheng flaen",
    "Overhead": "Gorbenion",
    "Standard commons bricks versus bespoke, by service": "Brics comin safonol o'u cymharu â rhai pwrpasol, fesul gwasanaeth",
    "Mapping coverage: share of reported cost mapped into bricks":
        "Cwmpas mapio: cyfran y gost a adroddwyd sydd wedi'i mapio'n frics",
    "No service of this organisation publishes a reported cost.":
        "Nid oes unrhyw wasanaeth gan y sefydliad hwn yn cyhoeddi cost a adroddwyd.",
    "Mapped": "Wedi'i fapio",
    "Compared with %1": "O'i gymharu â %1",
    "Total": "Cyfanswm",
    "Overhead share": "Cyfran gorbenion",
    "Bespoke share of bricks": "Cyfran y brics sy'n bwrpasol",
    "Cost per resident": "Cost fesul preswylydd",
    "Comparators": "Cymaryddion",
    "Dashboard": "Dangosfwrdd",
    # MainWindow
    "Syncing from %1\n%2": "Yn cysoni o %1\n%2",
    "&File": "&Ffeil",
    "Sync from &Folder…": "Cysoni o &Ffolder…",
    "Sync from &URL…": "Cysoni o &URL…",
    "Load the &Demo Commons": "Llwytho'r Comin &Enghreifftiol",
    "&Export View…": "&Allforio'r Olwg…",
    "&Quit": "&Gadael",
    "&Go": "&Mynd",
    "&Back": "&Yn ôl",
    "&Forward": "Y&mlaen",
    "&Search…": "&Chwilio…",
    "&Services and Bricks": "&Gwasanaethau a Brics",
    "&Dashboard": "&Dangosfwrdd",
    "Spend &Treemap": "&Map Coeden Gwariant",
    "DNA &Matrix": "Ma&trics DNA",
    "&Capability": "Ga&llu",
    "&View": "&Golwg",
    "&Fit Graph": "&Ffitio'r Graff",
    "Zoom &In": "C&hwyddo",
    "Zoom &Out": "&Lleihau",
    "&Help": "&Cymorth",
    "&About LiveDNA": "&Ynghylch LiveDNA",
    "Navigation": "Llywio",
    "Organisations": "Sefydliadau",
    "Filter by name or code": "Hidlo yn ôl enw neu god",
    "Filter organisations by name": "Hidlo sefydliadau yn ôl enw",
    "All kinds": "Pob math",
    "Councils": "Cynghorau",
    "NHS trusts": "Ymddiriedolaethau GIG",
    "Other": "Arall",
    "Filter organisations by kind": "Hidlo sefydliadau yn ôl math",
    "Select an organisation": "Dewiswch sefydliad",
    "Services of the selected organisation": "Gwasanaethau'r sefydliad a ddewiswyd",
    "Bricks": "Brics",
    "Select a service to see its bricks.": "Dewiswch wasanaeth i weld ei frics.",
    "Brick details": "Manylion y fricsen",
    "Services && Bricks": "Gwasanaethau a Brics",
    "Spend Treemap": "Map Coeden Gwariant",
    "DNA Matrix": "Matrics DNA",
    "Commons status": "Statws y comin",
    "No commons synced yet — use File ▸ Sync": "Dim comin wedi'i gysoni eto — defnyddiwch Ffeil ▸ Cysoni",
    "Commons: %1 (%2) · version %3 · last synced %4": "Comin: %1 (%2) · fersiwn %3 · cysonwyd ddiwethaf %4",
    "Source: %1\nPublished: %2": "Ffynhonnell: %1\nCyhoeddwyd: %2",
    "LiveDNA — %1": "LiveDNA — %1",
    "%1 <span style='font-weight:normal;color:#4b5563'>· %2 · %3 a year · %4 frontline · %5 bespoke bricks</span>":
        "%1 <span style='font-weight:normal;color:#4b5563'>· %2 · %3 y flwyddyn · %4 rheng flaen · %5 bricsen "
        "bwrpasol</span>",
    "Select an organisation.": "Dewiswch sefydliad.",
    "The graph could not be laid out: %1": "Methu gosod y graff: %1",
    "%1 <span style='font-weight:normal;color:#4b5563'>· %2</span>":
        "%1 <span style='font-weight:normal;color:#4b5563'>· %2</span>",
    "This service is not mapped into bricks yet.": "Nid yw'r gwasanaeth hwn wedi'i fapio'n frics eto.",
    "<p>Click a brick, or press an arrow key in the graph, to see its capability, cost, staff and the cheapest "
    "commons alternative.</p>":
        "<p>Cliciwch fricsen, neu pwyswch fysell saeth yn y graff, i weld ei gallu, ei chost, ei staff a'r dewis "
        "comin rhataf.</p>",
    "Layer": "Haen",
    "Staff": "Staff",
    "<p><b>Cheapest commons alternative</b><br/>%1</p>": "<p><b>Dewis comin rhataf</b><br/>%1</p>",
    "Welcome to LiveDNA": "Croeso i LiveDNA",
    "<p>Your local cache is empty.</p><p>Load the bundled <b>demo commons</b>? Its organisations are real names "
    "but its figures are <b>illustrative, not real</b>. You can sync a real commons later from the File menu.</p>":
        "<p>Mae eich storfa leol yn wag.</p><p>Llwytho'r <b>comin enghreifftiol</b> sy'n dod gyda'r rhaglen? Mae "
        "enwau ei sefydliadau'n go iawn ond mae ei ffigurau'n <b>enghreifftiol, nid yn rhai go iawn</b>. Gallwch "
        "gysoni comin go iawn yn nes ymlaen o'r ddewislen Ffeil.</p>",
    "the demo commons": "y comin enghreifftiol",
    "Syncing from %1": "Yn cysoni o %1",
    "Cancel": "Canslo",
    "Sync": "Cysoni",
    "Cancelling…": "Yn canslo…",
    "Sync cancelled; the cache is unchanged.": "Canslwyd y cysoni; nid yw'r storfa wedi newid.",
    "Sync failed": "Methodd y cysoni",
    "Nothing was changed: the cache holds what it held before.":
        "Ni newidiwyd dim: mae'r storfa'n dal yr hyn a oedd ynddi o'r blaen.",
    "Sync from a commons folder": "Cysoni o ffolder comin",
    "Sync from a URL": "Cysoni o URL",
    "Address of the commons (its folder or its index.json):": "Cyfeiriad y comin (ei ffolder neu ei index.json):",
    "“%1” is not an http, https or file URL.": "Nid yw “%1” yn URL http, https na file.",
    "Export view": "Allforio'r olwg",
    "SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)":
        "Delwedd SVG (*.svg);;Delwedd PNG (*.png);;Dogfen PDF (*.pdf)",
    "Saved %1": "Cadwyd %1",
    "About LiveDNA": "Ynghylch LiveDNA",
    "<h3>LiveDNA %1</h3><p>What public services are made of: costs, standard commons bricks and bespoke "
    "duplication, from a published digital commons.</p>":
        "<h3>LiveDNA %1</h3><p>O beth mae gwasanaethau cyhoeddus wedi'u gwneud: costau, brics comin safonol a "
        "dyblygu pwrpasol, o gomin digidol cyhoeddedig.</p>",
    # MatrixCanvas
    "DNA matrix": "Matrics DNA",
    "Organisations as rows, capabilities as columns; arrow keys move, Enter opens the cell":
        "Sefydliadau fel rhesi, galluoedd fel colofnau; mae'r bysellau saeth yn symud, mae Enter yn agor y gell",
    "No organisation matches the filter.": "Nid oes sefydliad yn cyfateb i'r hidlydd.",
    "standard and bespoke": "safonol a phwrpasol",
    "bespoke": "pwrpasol",
    "standard": "safonol",
    "%1 a year": "%1 y flwyddyn",
    ", of which bespoke %1": ", gyda %1 ohono'n bwrpasol",
    "<br/><i>Click to see these bricks</i>": "<br/><i>Cliciwch i weld y brics hyn</i>",
    "<b>%1</b><br/>%2 · %3 · %4<br/>%5 a year; bespoke in %6 capabilities":
        "<b>%1</b><br/>%2 · %3 · %4<br/>%5 y flwyddyn; pwrpasol mewn %6 gallu",
    "<b>%1</b> (%2)<br/>bespoke in %3 organisations, standard in %4":
        "<b>%1</b> (%2)<br/>pwrpasol mewn %3 sefydliad, safonol mewn %4",
    # MatrixView
    "Filter organisations": "Hidlo sefydliadau",
    "Filter matrix rows by name": "Hidlo rhesi'r matrics yn ôl enw",
    "Kind": "Math",
    "Type": "Is-fath",
    "Region": "Rhanbarth",
    "Sort rows": "Trefnu rhesi",
    "Rows by name": "Rhesi yn ôl enw",
    "Rows by total spend": "Rhesi yn ôl cyfanswm gwariant",
    "Rows by bespoke capabilities": "Rhesi yn ôl galluoedd pwrpasol",
    "Rows by kind and type": "Rhesi yn ôl math ac is-fath",
    "Rows by region": "Rhesi yn ôl rhanbarth",
    "Sort columns": "Trefnu colofnau",
    "Columns as catalogued": "Colofnau fel yn y catalog",
    "Columns by most bespoke": "Colofnau yn ôl y mwyaf pwrpasol",
    "Columns by layer": "Colofnau yn ôl haen",
    "Columns by name": "Colofnau yn ôl enw",
    "All layers": "Pob haen",
    "All types": "Pob is-fath",
    "All regions": "Pob rhanbarth",
    "%1 of %2 organisations × %3 capabilities. Click a cell to see that organisation's bricks of that capability.":
        "%1 o %2 sefydliad × %3 gallu. Cliciwch gell i weld brics y sefydliad hwnnw ar gyfer y gallu hwnnw.",
    "DNA matrix — %1 organisations × %2 capabilities": "Matrics DNA — %1 sefydliad × %2 gallu",
    # OrganisationListModel
    "Council": "Cyngor",
    "NHS trust": "Ymddiriedolaeth GIG",
    "%1 (%2)\n%3 · %4\n%n service(s), %5 a year": ["%1 (%2)\n%3 · %4\n%n gwasanaeth, %5 y flwyddyn"] * 6,
    "type not stated": "is-fath heb ei nodi",
    "Services": "Gwasanaethau",
    "Total a year": "Cyfanswm y flwyddyn",
    # SearchBox
    "Search organisations, services, bricks, capabilities  (Ctrl+F)":
        "Chwilio sefydliadau, gwasanaethau, brics, galluoedd  (Ctrl+F)",
    "Search": "Chwilio",
    "%1 — organisation (%2)": "%1 — sefydliad (%2)",
    "%1 — capability": "%1 — gallu",
    "%1 — commons brick": "%1 — bricsen comin",
    "%1 — service, %2": "%1 — gwasanaeth, %2",
    "%1 — brick in %2, %3": "%1 — bricsen yn %2, %3",
    # ServiceTableModel
    "%1\nCategory: %2": "%1\nCategori: %2",
    "Sum of the service's bricks: %1": "Swm brics y gwasanaeth: %1",
    "Cost published in official returns: %1": "Cost a gyhoeddwyd mewn ffurflenni swyddogol: %1",
    "No reported cost published": "Dim cost a adroddwyd wedi'i chyhoeddi",
    "Share of the reported cost mapped into bricks; the rest is unmapped spend":
        "Cyfran y gost a adroddwyd sydd wedi'i mapio'n frics; gwariant heb ei fapio yw'r gweddill",
    "People-centred work that should not be automated": "Gwaith sy'n canolbwyntio ar bobl na ddylid ei awtomeiddio",
    "Back office, technology and management": "Swyddfa gefn, technoleg a rheoli",
    "Bricks built or bought by this organisation rather than taken from the commons":
        "Brics a adeiladwyd neu a brynwyd gan y sefydliad hwn yn hytrach na'u cymryd o'r comin",
    "Reported": "A adroddwyd",
    # TreemapCanvas, TreemapView
    "Spend treemap": "Map coeden gwariant",
    "No spend to show.": "Dim gwariant i'w ddangos.",
    "<br/>%1 of this view": "<br/>%1 o'r olwg hon",
    "Standard commons brick": "Bricsen comin safonol",
    "<br/>Reported in official returns but not yet mapped into bricks":
        "<br/>Wedi'i adrodd mewn ffurflenni swyddogol ond heb ei fapio'n frics eto",
    "<br/><i>Click to look inside</i>": "<br/><i>Cliciwch i edrych y tu mewn</i>",
    "Go up to %1": "Mynd i fyny i %1",
    "Open its brick graph": "Agor ei graff brics",
    "Area is annual cost. Services contain their bricks (colour = capability, hatched = bespoke); grey hatched "
    "areas are reported spend not yet mapped into bricks. Click a service to look inside.":
        "Arwynebedd yw'r gost flynyddol. Mae gwasanaethau'n cynnwys eu brics (lliw = gallu, croeslinellog = "
        "pwrpasol); gwariant a adroddwyd heb ei fapio'n frics eto yw'r ardaloedd llwyd croeslinellog. Cliciwch "
        "wasanaeth i edrych y tu mewn.",
    "Area is annual cost. Use the path above to go back up.":
        "Arwynebedd yw'r gost flynyddol. Defnyddiwch y llwybr uchod i fynd yn ôl i fyny.",
    "Spend treemap — %1": "Map coeden gwariant — %1",
})


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "translations", "livedna_cy.ts")
    tree = ET.parse(path)
    missing = []
    for msg in tree.getroot().iter("message"):
        source = msg.find("source").text or ""
        tr = msg.find("translation")
        if tr.get("type") in ("vanished", "obsolete"):
            continue
        text = CY.get(source)
        if text is None:
            if tr.get("type") == "unfinished":
                missing.append(source)
            continue
        if msg.get("numerus") == "yes":
            forms = tr.findall("numerusform")
            values = text if isinstance(text, list) else [text] * len(forms)
            for form, value in zip(forms, values):
                form.text = value
        else:
            tr.text = text
        if "type" in tr.attrib:
            del tr.attrib["type"]
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    for s in missing:
        print("untranslated:", repr(s))
    print("%d untranslated" % len(missing))


if __name__ == "__main__":
    main()
