#!/usr/bin/env python3
"""Fills translations/livedna_cy.ts with the project's Welsh translations.

Run after `cmake --build build --target update_translations` (lupdate), which adds new
source texts as unfinished. Texts listed here are filled in and marked finished; texts not
listed stay unfinished (English is shown for them) and are printed so a translator can add
them. Translations keep every %1/%n placeholder and every command, option and JSON field
name in English, because those are typed by people and read by scripts.
"""

import copy
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


CY.update({
    # --- analysis off the GUI thread: summary tables, read-only cache, busy indicator (issue 10 item 8) ---
    "Cannot write the analysis summary: %1": "Methu ysgrifennu crynodeb y dadansoddiad: %1",
    "Cannot rebuild the analysis summary: %1": "Methu ailadeiladu crynodeb y dadansoddiad: %1",
    "schema version %1, not %2": "fersiwn sgema %1, nid %2",
    "Cannot read the cache %1: %2": "Methu darllen y storfa %1: %2",
    "Loading the analysis": "Yn llwytho'r dadansoddiad",
    "Loading the analysis… the window stays usable meanwhile.":
        "Yn llwytho'r dadansoddiad… gallwch barhau i ddefnyddio'r ffenestr yn y cyfamser.",
    # ValueRankStore, ValueRankingView: the ranking the sync stores
    "the stored ranking is damaged": "mae'r rhestr a gadwyd wedi'i difrodi",
    "Cannot rank the services for the Public Value view: %1":
        "Methu rhestru'r gwasanaethau ar gyfer golwg Gwerth Cyhoeddus: %1",
    "Showing the first %1 of %2 services, as ranked at the last sync; the full ranking is loading.":
        "Yn dangos y %1 cyntaf o %2 gwasanaeth, fel y'u rhestrwyd yn y cysoni diwethaf; mae'r rhestr lawn "
        "yn llwytho.",
})

CY.update({
    # --- analysis: cache loader and CLI (AnalysisCacheLoader, AnalysisCli) ---
    "cannot read the cache: %1": "methu darllen y storfa: %1",
    "the cache holds no commons; run 'livedna-cli sync' first":
        "nid oes comin yn y storfa; rhedwch 'livedna-cli sync' yn gyntaf",
    "the cache holds no commons '%1'": "nid oes comin '%1' yn y storfa",
    "Analyse commons ID (default: the last synced).":
        "Dadansoddi'r comin ID (rhagosodiad: yr un a gysonwyd ddiwethaf).",
    "too many arguments; see --help": "gormod o ddadleuon; gweler --help",
    "unknown organisation '%1'": "sefydliad anhysbys '%1'",
    "Duplication index: for every capability, bespoke spend and the saving from the cheapest commons brick (docs/analysis.md).":
        "Mynegai dyblygu: ar gyfer pob gallu, y gwariant pwrpasol a'r arbediad o'r fricsen comin rataf (docs/analysis.md).",
    "Only capability ID, with its organisations and instances.":
        "Y gallu ID yn unig, gyda'i sefydliadau a'i enghreifftiau.",
    "unknown capability '%1'": "gallu anhysbys '%1'",
    "organisations %1, standard instances %2, bespoke instances %3, bespoke spend %4":
        "sefydliadau %1, enghreifftiau safonol %2, enghreifftiau pwrpasol %3, gwariant pwrpasol %4",
    "The commons lacks a brick for this capability: %1 organisations spending %2 would benefit.":
        "Nid oes gan y comin fricsen ar gyfer y gallu hwn: byddai %1 sefydliad sy'n gwario %2 ar eu hennill.",
    "cheapest commons brick %1 at %2; saving %3": "bricsen comin rataf %1 am %2; arbediad %3",
    "bespoke %1 (%2 instances), saving %3": "pwrpasol %1 (%2 enghraifft), arbediad %3",
    "capability": "gallu",
    "orgs": "sefs",
    "std": "saf",
    "bespoke £": "£ pwrpasol",
    "cheapest brick": "bricsen rataf",
    "cost": "cost",
    "saving": "arbediad",
    "(commons lacks one)": "(dim un yn y comin)",
    "Total saving: %1": "Cyfanswm yr arbediad: %1",
    "An organisation's savings opportunities, largest first.":
        "Cyfleoedd arbed sefydliad, y mwyaf yn gyntaf.",
    "Organisation code.": "Cod y sefydliad.",
    "savings needs an organisation code; see --help": "mae savings angen cod sefydliad; gweler --help",
    "bespoke %1 in %2 instances": "pwrpasol %1 mewn %2 enghraifft",
    "no commons brick yet": "dim bricsen comin eto",
    "saving %1 with %2": "arbediad %1 gyda %2",
    "No bespoke instances: nothing to save.": "Dim enghreifftiau pwrpasol: dim byd i'w arbed.",
    "Frontline shift scenario: the saving as frontline posts, national roll-up.":
        "Senario symud i'r rheng flaen: yr arbediad fel swyddi rheng flaen, wedi'i grynhoi'n genedlaethol.",
    "Only this organisation (optional).": "Y sefydliad hwn yn unig (dewisol).",
    "Share of the saving realised, 0..1 (default 0.5).":
        "Cyfran yr arbediad a wireddir, 0..1 (rhagosodiad 0.5).",
    "Override a post's annual cost, e.g. nurse=41000 (repeatable).":
        "Disodli cost flynyddol swydd, e.e. nurse=41000 (gellir ei ailadrodd).",
    "--share must be a number from 0 to 1": "rhaid i --share fod yn rhif o 0 i 1",
    "Set on the command line.": "Wedi'i osod ar y llinell orchymyn.",
    "--post wants ID=GBP with a known post id and a cost above 0: '%1'":
        "mae --post eisiau ID=GBP gyda dynodydd swydd hysbys a chost uwch na 0: '%1'",
    "Realised share: %1%": "Cyfran a wireddir: %1%",
    "%1 organisations, saving %2, realised %3": "%1 sefydliad, arbediad %2, wedi'i wireddu %3",
    "%1 %2 posts at %3 a year": "%1 swydd %2 am %3 y flwyddyn",
    "Post costs are assumptions:": "Rhagdybiaethau yw costau'r swyddi:",
    "Public Value Index per service and organisation (docs/analysis.md).":
        "Mynegai Gwerth Cyhoeddus fesul gwasanaeth a sefydliad (docs/analysis.md).",
    "Weight of a value input, e.g. outcome=2 (repeatable).":
        "Pwysiad mewnbwn gwerth, e.e. outcome=2 (gellir ei ailadrodd).",
    "Weight of quality in the index (default 0.7).": "Pwysiad ansawdd yn y mynegai (rhagosodiad 0.7).",
    "Weight of cost per transaction in the index (default 0.3).":
        "Pwysiad cost fesul trafodiad yn y mynegai (rhagosodiad 0.3).",
    "--quality and --economy want a number of 0 or more":
        "mae --quality a --economy eisiau rhif 0 neu fwy",
    "--weight wants KEY=W with W of 0 or more: '%1'":
        "mae --weight eisiau KEY=W gyda W yn 0 neu fwy: '%1'",
    "(%1 of %2 services scored)": "(sgoriwyd %1 o %2 gwasanaeth)",
    "%1 per transaction": "%1 fesul trafodiad",
    "no volume": "dim nifer",
    "Process similarity of one service across organisations: capability-set Jaccard, cost-weighted similarity and the standard playlist.":
        "Tebygrwydd proses un gwasanaeth ar draws sefydliadau: Jaccard y set galluoedd, tebygrwydd wedi'i bwysoli yn ôl cost a'r rhestr chwarae safonol.",
    "LGSL id, service id or service name.": "Dynodydd LGSL, dynodydd gwasanaeth neu enw gwasanaeth.",
    "similarity needs a service (LGSL id, id or name); see --help":
        "mae similarity angen gwasanaeth (dynodydd LGSL, dynodydd neu enw); gweler --help",
    "no service matches '%1'": "nid oes gwasanaeth yn cyfateb i '%1'",
    "Standard playlist (%1 of %2 organisations): %3": "Rhestr chwarae safonol (%1 o %2 sefydliad): %3",
    "org": "sef",
    "distance": "pellter",
    "cost dist": "pell cost",
    "mean J": "J cym.",
    "mean cost": "cost cym.",
    "capabilities": "galluoedd",
    "Duplication index by capability, with savings": "Mynegai dyblygu yn ôl gallu, gydag arbedion",
    "An organisation's savings opportunities": "Cyfleoedd arbed sefydliad",
    "Savings as frontline posts, national roll-up": "Arbedion fel swyddi rheng flaen, wedi'u crynhoi'n genedlaethol",
    "Public Value Index by service and organisation": "Mynegai Gwerth Cyhoeddus yn ôl gwasanaeth a sefydliad",
    "Process similarity of one service across organisations":
        "Tebygrwydd proses un gwasanaeth ar draws sefydliadau",
    "No cache is open.": "Nid oes storfa ar agor.",

    # --- proposals: baselines, graph notes, edits (Baselines, BrickGraphBuilder, Change*) ---
    "The cache holds no commons; sync one first.": "Nid oes comin yn y storfa; cysonwch un yn gyntaf.",
    "Organisation %1 publishes no service '%2' in commons %3.":
        "Nid yw sefydliad %1 yn cyhoeddi gwasanaeth '%2' yng nghomin %3.",
    "Redesign of %1": "Ailgynllunio %1",
    "A new service: there is no published baseline.": "Gwasanaeth newydd: nid oes llinell sylfaen gyhoeddedig.",
    "The cache does not hold commons %1, so the baseline cannot be checked.":
        "Nid yw comin %1 yn y storfa, felly ni ellir gwirio'r llinell sylfaen.",
    "%1 no longer publishes service '%2' (commons version %3).":
        "Nid yw %1 yn cyhoeddi gwasanaeth '%2' mwyach (fersiwn comin %3).",
    "The baseline is up to date (commons version %1).": "Mae'r llinell sylfaen yn gyfredol (fersiwn comin %1).",
    "The published service changed since this draft started (version %1 → %2): %n change(s).":
        ["Mae'r gwasanaeth cyhoeddedig wedi newid ers dechrau'r drafft hwn (fersiwn %1 → %2): %n newid."] * 5,
    "None in the commons yet": "Dim un yn y comin eto",
    "Already the cheapest commons brick": "Eisoes y fricsen comin rataf",
    "cannot read instances of %1: %2": "methu darllen enghreifftiau o %1: %2",
    "cannot build the search index: %1": "methu adeiladu'r mynegai chwilio: %1",
    "Change cost of “%1” to %2": "Newid cost “%1” i %2",
    "Change FTE of “%1” to %2": "Newid CALl “%1” i %2",
    "Clear FTE of “%1”": "Clirio CALl “%1”",
    "Rename “%1” to “%2”": "Ailenwi “%1” yn “%2”",
    "Change title": "Newid y teitl",
    "Edit rationale": "Golygu'r rhesymeg",

    # --- render command (Cli) ---
    "Render a service's brick graph, an organisation's dashboard, or the DNA matrix to SVG, PNG or PDF (chosen by the --out file's extension).":
        "Llunio graff brics gwasanaeth, dangosfwrdd sefydliad, neu'r matrics DNA fel SVG, PNG neu PDF (yn ôl estyniad ffeil --out).",
    "Write to FILE (.svg, .png or .pdf).": "Ysgrifennu i FILE (.svg, .png neu .pdf).",
    "Render the DNA matrix of every organisation.": "Llunio matrics DNA pob sefydliad.",
    "Service id: render its brick graph.": "Dynodydd gwasanaeth: llunio ei graff brics.",
    "render needs --out FILE": "mae render angen --out FILE",
    "%1: use a .svg, .png or .pdf file name": "%1: defnyddiwch enw ffeil .svg, .png neu .pdf",
    "render needs the Qt GUI libraries to draw text": "mae render angen llyfrgelloedd GUI Qt i lunio testun",
    "usage: render ORG [SERVICE] --out FILE, or render --matrix --out FILE":
        "defnydd: render ORG [SERVICE] --out FILE, neu render --matrix --out FILE",
    "the cache holds no organisations; run 'livedna-cli sync' first":
        "nid oes sefydliadau yn y storfa; rhedwch 'livedna-cli sync' yn gyntaf",
    "no organisation '%1' in the cache": "nid oes sefydliad '%1' yn y storfa",
    "%1 has no service '%2'": "nid oes gan %1 wasanaeth '%2'",
    "Wrote %1": "Ysgrifennwyd %1",
    "Render a brick graph, an organisation dashboard or the DNA matrix":
        "Llunio graff brics, dangosfwrdd sefydliad neu'r matrics DNA",
    "Pin this Ed25519 public key (keygen's .pub file): index.json must be signed by it.":
        "Pinio'r allwedd gyhoeddus Ed25519 hon (ffeil .pub keygen): rhaid i index.json gael ei llofnodi ganddi.",

    # --- proposal comparison (Compare) ---
    "Added brick “%1” (%2 a year)": "Ychwanegwyd bricsen “%1” (%2 y flwyddyn)",
    "Removed brick “%1” (%2 a year)": "Tynnwyd bricsen “%1” (%2 y flwyddyn)",
    "Replaced “%1” with commons brick “%2” (%3 a year)":
        "Disodlwyd “%1” gan fricsen comin “%2” (%3 y flwyddyn)",
    "Changed brick “%1”: %2 (%3 a year)": "Newidiwyd bricsen “%1”: %2 (%3 y flwyddyn)",
    "Added flow %1 → %2": "Ychwanegwyd llif %1 → %2",
    "Removed flow %1 → %2": "Tynnwyd llif %1 → %2",
    "Relabelled flow %1 → %2 from “%3” to “%4”": "Ail-labelwyd llif %1 → %2 o “%3” i “%4”",
    "Service details changed: %1": "Newidiodd manylion y gwasanaeth: %1",
    "Total: %1 → %2 a year (%3)": "Cyfanswm: %1 → %2 y flwyddyn (%3)",

    # --- importers (CouncilImporter, CsvReader, ImportCommon, ImportReport, LaRegister, LgslImporter) ---
    "Not a similarity label file: needs columns local-authority-code and label.":
        "Nid yw'n ffeil labeli tebygrwydd: mae angen colofnau local-authority-code a label.",
    "not in England (%1)": "nid yn Lloegr (%1)",
    "nation not stated": "gwlad heb ei nodi",
    "%1 has no usable GSS code": "nid oes gan %1 god GSS y gellir ei ddefnyddio",
    "no neighbours: %1 is not in the similarity clusters":
        "dim cymdogion: nid yw %1 yn y clystyrau tebygrwydd",
    "no neighbours: no council of the same tier shares enough labels":
        "dim cymdogion: nid oes cyngor o'r un haen yn rhannu digon o labeli",
    "no population in the register": "dim poblogaeth yn y gofrestr",
    "Cannot read the file: %1": "Methu darllen y ffeil: %1",
    "The file is larger than %1 MiB.": "Mae'r ffeil yn fwy na %1 MiB.",
    'Line %1: a quoted field is never closed (missing ").':
        'Llinell %1: nid yw maes mewn dyfynodau byth yn cau (" ar goll).',
    "Cannot read: %1": "Methu darllen: %1",
    "The existing document is too large to merge into.":
        "Mae'r ddogfen bresennol yn rhy fawr i uno iddi.",
    "The existing file is not an organisation document (%1); not overwriting it.":
        "Nid dogfen sefydliad yw'r ffeil bresennol (%1); ni chaiff ei throsysgrifo.",
    "wrong format": "fformat anghywir",
    "Cannot create the folder for %1.": "Methu creu'r ffolder ar gyfer %1.",
    "The organisation code '%1' cannot name a file.": "Ni all cod y sefydliad '%1' enwi ffeil.",
    "Refusing to write an invalid document:\n%1": "Gwrthod ysgrifennu dogfen annilys:\n%1",
    " (item %1%2)": " (eitem %1%2)",
    " (line %1%2)": " (llinell %1%2)",
    "  %1 × %2%3\n": "  %1 × %2%3\n",
    "Import %1 from %2\n": "Mewnforio %1 o %2\n",
    "Rows read: %1; imported: %2; skipped: %3.\n":
        "Rhesi a ddarllenwyd: %1; a fewnforiwyd: %2; a hepgorwyd: %3.\n",
    "Documents written: %1 (%2 new, %3 updated).\n":
        "Dogfennau a ysgrifennwyd: %1 (%2 newydd, %3 wedi'u diweddaru).\n",
    "Skipped:\n": "Hepgorwyd:\n",
    "Notes:\n": "Nodiadau:\n",
    "Not the local authority register: no column '%1'.":
        "Nid cofrestr yr awdurdodau lleol yw hon: dim colofn '%1'.",
    "%1 is in %2, not England": "mae %1 yn %2, nid yn Lloegr",
    "%1 is a current council": "mae %1 yn gyngor cyfredol",
    "%1 is no longer a council (ended %2)": "nid yw %1 yn gyngor mwyach (daeth i ben %2)",
    "date unknown": "dyddiad anhysbys",
    "%1 is no longer a council: ended %2, replaced by %3":
        "nid yw %1 yn gyngor mwyach: daeth i ben %2, disodlwyd gan %3",
    "The JSON is nested too deeply.": "Mae'r JSON wedi'i nythu'n rhy ddwfn.",
    "Not JSON at byte %1: %2": "Nid JSON yw hyn ar feit %1: %2",
    "Expected a JSON object.": "Disgwylid gwrthrych JSON.",
    'Expected "livedna-lgsl/1".': 'Disgwylid "livedna-lgsl/1".',
    "Expected an array of services.": "Disgwylid arae o wasanaethau.",
    "Expected an object.": "Disgwylid gwrthrych.",
    "Needs an integer id ≥ 1.": "Mae angen dynodydd cyfanrif ≥ 1.",
    "Needs a label.": "Mae angen label.",
    "Expected text.": "Disgwylid testun.",
    "LGSL %1 is listed twice.": "Mae LGSL %1 wedi'i restru ddwywaith.",
    "The file is too large for a service list.": "Mae'r ffeil yn rhy fawr i fod yn rhestr gwasanaethau.",
    "Does not match the sha256 and length %1 lists for it.":
        "Nid yw'n cyfateb i'r sha256 a'r hyd y mae %1 yn eu rhestru ar ei chyfer.",
    "sha256 and length verified against %1": "sha256 a hyd wedi'u gwirio yn erbyn %1",
    "Not the esd service list: needs columns Identifier and Label.":
        "Nid rhestr gwasanaethau esd yw hon: mae angen colofnau Identifier a Label.",
    "Needs columns LGSL and Providing Tier.": "Mae angen colofnau LGSL a Providing Tier.",
    "identifier '%1' is not a positive integer": "nid yw'r dynodydd '%1' yn gyfanrif positif",
    "LGSL %1 has no label": "nid oes label gan LGSL %1",
    "duplicate LGSL id %1": "dynodydd LGSL dyblyg %1",
    "the tier list names LGSL %1, which the service list lacks":
        "mae'r rhestr haenau'n enwi LGSL %1, nad yw yn y rhestr gwasanaethau",
    "Move “%1”": "Symud “%1”",
})

CY.update({
    # --- peer benchmarks (issue 10 item 6): benchmarks.json, PeerBenchmarks, the dashboard tab, CLI ---
    "A council's spend per head by service (reported net cost over population) beside its class's published "
    "distribution (p10, p25, median, p75, p90) for the closest year, and beside its neighbours, every figure with "
    "its source. Reads the benchmarks and the organisations synced into the cache (offline).":
        "Gwariant cyngor y pen fesul gwasanaeth (cost net a adroddwyd dros y boblogaeth) wrth ochr dosbarthiad "
        "cyhoeddedig ei ddosbarth (p10, p25, canolrif, p75, p90) ar gyfer y flwyddyn agosaf, ac wrth ochr ei "
        "gymdogion, pob ffigur gyda'i ffynhonnell. Yn darllen y meincnodau a'r sefydliadau a gysonwyd i'r storfa "
        "(all-lein).",
    "The council's GSS code, e.g. E06000001.": "Cod GSS y cyngor, e.e. E06000001.",
    "Financial year (default: the latest).": "Blwyddyn ariannol (rhagosodiad: yr olaf).",
    "Print JSON.": "Argraffu JSON.",
    "benchmark needs an organisation code.": "mae benchmark angen cod sefydliad.",
    "Peer benchmarks of council spend per head from a folder holding ro_per_head_distributions.csv, "
    "library_spend_per_head_2024-25.csv and county_dispersion_gross.csv. Writes DIR/benchmarks.json (format "
    "livedna-benchmarks/1), which publish lists in index.json's \"extras\" so it syncs with the commons, and loads "
    "it into the cache unless --no-cache.":
        "Meincnodau cymheiriaid ar gyfer gwariant cynghorau y pen o ffolder sy'n cynnwys "
        "ro_per_head_distributions.csv, library_spend_per_head_2024-25.csv a county_dispersion_gross.csv. Yn "
        "ysgrifennu DIR/benchmarks.json (fformat livedna-benchmarks/1), y mae publish yn ei restru yn \"extras\" "
        "index.json fel ei fod yn cysoni gyda'r comin, ac yn ei lwytho i'r storfa oni bai am --no-cache.",
    "The benchmarks folder.": "Ffolder y meincnodau.",
    "Folder to write benchmarks.json into.": "Ffolder i ysgrifennu benchmarks.json iddi.",
    "import benchmarks needs the benchmarks folder.": "mae import benchmarks angen ffolder y meincnodau.",
    "A council's spend per head by service against its class and neighbours (ORG [--json])":
        "Gwariant cyngor y pen fesul gwasanaeth o'i gymharu â'i ddosbarth a'i gymdogion (ORG [--json])",
    "expected a number or null": "disgwyliwyd rhif neu null",
    "expected a whole number ≥ 0": "disgwyliwyd rhif cyfan ≥ 0",
    "expected a financial year YYYY-YY": "disgwyliwyd blwyddyn ariannol YYYY-YY",
    "expected \"<source id>#<row>\" naming a source of /sources":
        "disgwyliwyd \"<source id>#<row>\" sy'n enwi ffynhonnell o /sources",
    "expected an array": "disgwyliwyd arae",
    "expected at least one source": "disgwyliwyd o leiaf un ffynhonnell",
    "expected an id of [a-z0-9][a-z0-9.-]*": "disgwyliwyd dynodydd o [a-z0-9][a-z0-9.-]*",
    "a second source with the id \"%1\"": "ail ffynhonnell gyda'r dynodydd \"%1\"",
    "a second class with the code \"%1\"": "ail ddosbarth gyda'r cod \"%1\"",
    "\"%1\" is not a class of /classes": "nid yw \"%1\" yn ddosbarth o /classes",
    "less than %1": "llai na %1",
    "a second distribution for %1, %2, %3": "ail ddosbarthiad ar gyfer %1, %2, %3",
    "No column \"%1\".": "Dim colofn \"%1\".",
    "%1 is not a number: \"%2\"": "nid yw %1 yn rhif: \"%2\"",
    "%1 is not a whole number: \"%2\"": "nid yw %1 yn rhif cyfan: \"%2\"",
    "year is not a financial year YYYY-YY: \"%1\"": "nid yw'r flwyddyn yn flwyddyn ariannol YYYY-YY: \"%1\"",
    "unknown council class \"%1\"": "dosbarth cyngor anhysbys \"%1\"",
    "no service": "dim gwasanaeth",
    "percentiles decrease (p10 ≤ p25 ≤ median ≤ p75 ≤ p90 expected)":
        "mae'r canraddau'n gostwng (disgwyliwyd p10 ≤ p25 ≤ canolrif ≤ p75 ≤ p90)",
    "a second row for %1, %2, %3": "ail res ar gyfer %1, %2, %3",
    "a percentile is blank: kept as unknown": "mae canradd yn wag: fe'i cedwir yn anhysbys",
    "Council spend per head by service: distribution within each council class (p10, p25, median, p75, p90)":
        "Gwariant cynghorau y pen fesul gwasanaeth: dosbarthiad o fewn pob dosbarth cyngor (p10, p25, canolrif, p75, p90)",
    "not a GSS code: \"%1\"": "nid yw'n god GSS: \"%1\"",
    "%1: no figure, kept as unknown": "%1: dim ffigur, fe'i cedwir yn anhysbys",
    "Library spend per resident of each library authority": "Gwariant llyfrgell y preswylydd pob awdurdod llyfrgell",
    "no service or county": "dim gwasanaeth na sir",
    "Within each two-tier county, the cheapest and dearest district per head (gross spend)":
        "O fewn pob sir ddwy haen, yr ardal rataf a'r ddrutaf y pen (gwariant gros)",
    "No such folder.": "Dim ffolder o'r fath.",
    "Pounds per head as the source publishes them, built from MHCLG Revenue Outturn and ONS mid-year population, "
    "summarised within each council class (LB, MD, SC, SD, UA) as p10, p25, median, p75 and p90 for each year. "
    "Library figures are net spend per resident (the source's notes flag where income distorts them); the county "
    "dispersion is gross spend per head.":
        "Punnoedd y pen fel y mae'r ffynhonnell yn eu cyhoeddi, wedi'u llunio o Alldro Refeniw MHCLG a "
        "phoblogaeth canol blwyddyn ONS, wedi'u crynhoi o fewn pob dosbarth cyngor (LB, MD, SC, SD, UA) fel p10, "
        "p25, canolrif, p75 a p90 ar gyfer pob blwyddyn. Gwariant net y preswylydd yw ffigurau'r llyfrgelloedd "
        "(mae nodiadau'r ffynhonnell yn nodi lle mae incwm yn eu hystumio); gwariant gros y pen yw gwasgariad y siroedd.",
    "Usage: livedna-cli import KIND FILE... --out DIR [options]\nKinds:\n"
    "  councils    current English councils from uk_local_authorities.csv (+ --similarity DIR for neighbours)\n"
    "  spending    spending CSV by organisation and service, through a column mapping\n"
    "  oruk        an Open Referral UK / HSDS service feed (JSON) as one organisation's services\n"
    "  nhs-trusts  open NHS trusts from the ODS etr extract\n"
    "  lgsl        the Local Government Service List: into the cache, and DIR/lgsl.json with --out\n"
    "  rsx         Revenue Outturn Service Expenditure Summary (RSX): 13 service groups per council\n"
    "  eric        NHS Estates Returns (ERIC): facility costs per trust as published bricks\n"
    "  nhs-records medical-records cost and EPR supplier per trust\n"
    "  systems     libraries|planning|street-reporting: which product each council runs\n"
    "  catalogue   DIR/bricks.json for the real commons (capabilities and products)\n"
    "  coverage    DIR: what a folder of imported documents holds, figures per source\n"
    "  constituencies DIR: MPs, constituencies and the councils and trusts serving them (DIR/areas.json)\n"
    "  benchmarks DIR: council spend per head by service, class distributions (DIR/benchmarks.json)\n"
    "Run 'livedna-cli import KIND --help' for the options of one kind.\n":
        "Defnydd: livedna-cli import KIND FILE... --out DIR [opsiynau]\nMathau:\n"
        "  councils    cynghorau cyfredol Lloegr o uk_local_authorities.csv (+ --similarity DIR ar gyfer cymdogion)\n"
        "  spending    CSV gwariant fesul sefydliad a gwasanaeth, drwy fapio colofnau\n"
        "  oruk        ffrwd gwasanaethau Open Referral UK / HSDS (JSON) fel gwasanaethau un sefydliad\n"
        "  nhs-trusts  ymddiriedolaethau GIG agored o ddyfyniad etr ODS\n"
        "  lgsl        Rhestr Gwasanaethau Llywodraeth Leol: i'r storfa, a DIR/lgsl.json gyda --out\n"
        "  rsx         Crynodeb Gwariant Gwasanaethau Alldro Refeniw (RSX): 13 grŵp gwasanaeth i bob cyngor\n"
        "  eric        Ffurflenni Ystadau'r GIG (ERIC): costau cyfleusterau pob ymddiriedolaeth fel brics cyhoeddedig\n"
        "  nhs-records cost cofnodion meddygol a chyflenwr EPR pob ymddiriedolaeth\n"
        "  systems     libraries|planning|street-reporting: pa gynnyrch y mae pob cyngor yn ei redeg\n"
        "  catalogue   DIR/bricks.json ar gyfer y comin go iawn (galluoedd a chynhyrchion)\n"
        "  coverage    DIR: beth sydd mewn ffolder o ddogfennau a fewnforiwyd, ffigurau fesul ffynhonnell\n"
        "  constituencies DIR: ASau, etholaethau a'r cynghorau a'r ymddiriedolaethau sy'n eu gwasanaethu (DIR/areas.json)\n"
        "  benchmarks DIR: gwariant cynghorau y pen fesul gwasanaeth, dosbarthiadau fesul math o gyngor (DIR/benchmarks.json)\n"
        "Rhedwch 'livedna-cli import KIND --help' i weld opsiynau un math.\n",
    "Import published data: councils, spending, oruk, nhs-trusts, lgsl, rsx, eric, nhs-records, systems, catalogue, "
    "constituencies, benchmarks":
        "Mewnforio data cyhoeddedig: councils, spending, oruk, nhs-trusts, lgsl, rsx, eric, nhs-records, "
        "systems, catalogue, constituencies, benchmarks",
    "organisation document %1 %2: organisation.population (no source stated)":
        "dogfen sefydliad %1 %2: organisation.population (dim ffynhonnell wedi'i nodi)",
    "no such service in %1 %2": "dim gwasanaeth o'r fath yn %1 %2",
    "reported cost not published": "cost a adroddwyd heb ei chyhoeddi",
    "population unknown": "poblogaeth anhysbys",
    "not in the library spend per head file": "nid yw yn ffeil gwariant llyfrgell y pen",
    "no figure in the source": "dim ffigur yn y ffynhonnell",
    "%1 (%2; %3), file %4, %5": "%1 (%2; %3), ffeil %4, %5",
    "the benchmark source has no such service": "nid oes gan ffynhonnell y meincnodau wasanaeth o'r fath",
    "no benchmark class for this type of organisation": "dim dosbarth meincnod ar gyfer y math hwn o sefydliad",
    "no distribution for this class and service": "dim dosbarthiad ar gyfer y dosbarth a'r gwasanaeth hwn",
    "spend of %1 compared with the class distribution of %2, the closest published year":
        "gwariant %1 o'i gymharu â dosbarthiad y dosbarth ar gyfer %2, y flwyddyn gyhoeddedig agosaf",
    "the commons holds no document of %1 for %2": "nid oes gan y comin ddogfen %1 ar gyfer %2",
    "below p10": "islaw p10",
    "between p10 and p25": "rhwng p10 a p25",
    "between p25 and the median": "rhwng p25 a'r canolrif",
    "between the median and p75": "rhwng y canolrif a p75",
    "between p75 and p90": "rhwng p75 a p90",
    "above p90": "uwchlaw p90",
    "%1 has no benchmark class (type \"%2\"): no distribution to compare with":
        "nid oes gan %1 ddosbarth meincnod (math \"%2\"): dim dosbarthiad i gymharu ag ef",
    "population unknown: no spend per head can be computed":
        "poblogaeth anhysbys: ni ellir cyfrifo gwariant y pen",
    "spend per head divides spend of %1 by the population of %2; the class distributions use ONS mid-year population":
        "mae gwariant y pen yn rhannu gwariant %1 â phoblogaeth %2; mae'r dosbarthiadau fesul math o gyngor yn defnyddio "
        "poblogaeth canol blwyddyn ONS",
    "The cache holds no benchmarks: sync a commons that publishes benchmarks.json, or run "
    "'livedna-cli import benchmarks'.":
        "Nid oes meincnodau yn y storfa: cysonwch gomin sy'n cyhoeddi benchmarks.json, neu rhedwch "
        "'livedna-cli import benchmarks'.",
    "No organisation %1 in the cache.": "Dim sefydliad %1 yn y storfa.",
    "No organisation %1 for %2 in the cache.": "Dim sefydliad %1 ar gyfer %2 yn y storfa.",
    "  per head %1 (%2)": "  y pen %1 (%2)",
    "  cost: %1\n": "  cost: %1\n",
    "  per head: %1\n": "  y pen: %1\n",
    "  no benchmark: %1\n": "  dim meincnod: %1\n",
    "  class %1 %2 (n=%3): p10 %4, p25 %5, median %6, p75 %7, p90 %8 — %9\n":
        "  dosbarth %1 %2 (n=%3): p10 %4, p25 %5, canolrif %6, p75 %7, p90 %8 — %9\n",
    "  benchmark: %1\n": "  meincnod: %1\n",
    "%1 %2, %3 — class %4\n": "%1 %2, %3 — dosbarth %4\n",
    "Population: %1 (%2)\n": "Poblogaeth: %1 (%2)\n",
    "no source": "dim ffynhonnell",
    "Sources:\n": "Ffynonellau:\n",
    "More than one benchmarks document.": "Mwy nag un ddogfen meincnodau.",
    "Library service": "Gwasanaeth llyfrgell",
    "Peers": "Cymheiriaid",
    "Spend per head": "Gwariant y pen",
    "%1  %2": "%1  %2",
    "Spend per head against its class": "Gwariant y pen o'i gymharu â'i ddosbarth",
    "Select a council to compare its spend per head.": "Dewiswch gyngor i gymharu ei wariant y pen.",
    "Peer benchmarks cover councils only.": "Cynghorau yn unig sydd gan y meincnodau cymheiriaid.",
    "No benchmarks in this commons: sync one that publishes benchmarks.json.":
        "Dim meincnodau yn y comin hwn: cysonwch un sy'n cyhoeddi benchmarks.json.",
    "No benchmark for %1: %2": "Dim meincnod ar gyfer %1: %2",
    "%1 has no benchmark class.": "Nid oes gan %1 ddosbarth meincnod.",
    "No service of %1 has a benchmark.": "Nid oes gan unrhyw wasanaeth %1 feincnod.",
    "%1, %2\n◆ this council  ● neighbours  ▭ p25–p75  — p10–p90  | median":
        "%1, %2\n◆ y cyngor hwn  ● cymdogion  ▭ p25–p75  — p10–p90  | canolrif",
    "median": "canolrif",
    "neighbours": "cymdogion",
    "Benchmark: %1 (%2; %3), %4, %5.": "Meincnod: %1 (%2; %3), %4, %5.",
    "Source: %1, %2.": "Ffynhonnell: %1, %2.",
    "Spend: reported net cost (%1), %2.": "Gwariant: cost net a adroddwyd (%1), %2.",
    "Spend: %1 net, %2.": "Gwariant: %1 net, %2.",
    "Population: %1.": "Poblogaeth: %1.",
    "organisation document": "dogfen y sefydliad",
    "Years differ: hover for details.": "Mae'r blynyddoedd yn wahanol: hofranwch am fanylion.",
    "No benchmark: %1.": "Dim meincnod: %1.",
    "London borough": "Bwrdeistref yn Llundain",
    "Metropolitan district": "Dosbarth metropolitan",
    "Shire county": "Sir",
    "Shire district": "Dosbarth sirol",
    "Unitary authority": "Awdurdod unedol",
    "the benchmark source says of %1: %2": "mae ffynhonnell y meincnodau'n dweud am %1: %2",
    "a second benchmarks document; a commons carries at most one":
        "ail ddogfen meincnodau; mae comin yn cario un ar y mwyaf",
    "index.json says it is %1 bytes; LiveDNA accepts a benchmarks document of at most %2 bytes":
        "mae index.json yn dweud ei bod yn %1 beit; mae LiveDNA yn derbyn dogfen meincnodau o %2 beit ar y mwyaf",
})

CY.update({
    # --- dashboard, DNA matrix (DashboardPainter, DnaMatrix) ---
    "%1 a year · %2 frontline · %3 of spend on bespoke bricks · period %4":
        "%1 y flwyddyn · %2 rheng flaen · %3 o'r gwariant ar frics pwrpasol · cyfnod %4",
    "Nothing to show.": "Dim byd i'w ddangos.",
    "Bespoke share": "Cyfran bwrpasol",
    "Population not published.": "Poblogaeth heb ei chyhoeddi.",
    "bespoke (dark corner), low → high cost": "pwrpasol (cornel dywyll), cost isel → uchel",
    "cannot read the DNA matrix: %1": "methu darllen y matrics DNA: %1",

    # --- drafts (DraftStore) ---
    "Cannot use the drafts file %1: %2": "Methu defnyddio'r ffeil ddrafftiau %1: %2",
    "LiveDNA did not close properly last time. Your %n draft(s) were reopened as of their last saved edit; nothing saved was lost.":
        ["Ni chaeodd LiveDNA yn iawn y tro diwethaf. Ailagorwyd eich %n drafft fel yr oeddent ar ôl y golygiad "
         "diwethaf a gadwyd; ni chollwyd dim a gadwyd.",
         "Ni chaeodd LiveDNA yn iawn y tro diwethaf. Ailagorwyd eich %n drafft fel yr oedd ar ôl y golygiad "
         "diwethaf a gadwyd; ni chollwyd dim a gadwyd.",
         "Ni chaeodd LiveDNA yn iawn y tro diwethaf. Ailagorwyd eich %n drafft fel yr oeddent ar ôl y golygiad "
         "diwethaf a gadwyd; ni chollwyd dim a gadwyd.",
         "Ni chaeodd LiveDNA yn iawn y tro diwethaf. Ailagorwyd eich %n drafft fel yr oeddent ar ôl y golygiad "
         "diwethaf a gadwyd; ni chollwyd dim a gadwyd.",
         "Ni chaeodd LiveDNA yn iawn y tro diwethaf. Ailagorwyd eich %n drafft fel yr oeddent ar ôl y golygiad "
         "diwethaf a gadwyd; ni chollwyd dim a gadwyd."],
    "Cannot create a draft: %1": "Methu creu drafft: %1",
    "Cannot save draft %1 in %2: %3": "Methu cadw drafft %1 yn %2: %3",
    "Draft %1 no longer exists in %2.": "Nid yw drafft %1 yn bodoli yn %2 mwyach.",
    "There is no draft %1.": "Nid oes drafft %1.",
    "%1 (draft %2)": "%1 (drafft %2)",
    "Cannot delete draft %1: %2": "Methu dileu drafft %1: %2",

    # --- export of proposals and compositions (Exporter) ---
    "Baseline: service “%1” (%2) of %3 (%4)": "Llinell sylfaen: gwasanaeth “%1” (%2) %3 (%4)",
    "Commons %1, version %2": "Comin %1, fersiwn %2",
    "Organisation document SHA-256: %1": "SHA-256 dogfen y sefydliad: %1",
    "A new service: no published baseline.": "Gwasanaeth newydd: dim llinell sylfaen gyhoeddedig.",
    "Proposal created %1, last modified %2": "Crëwyd y cynnig %1, newidiwyd ddiwethaf %2",
    "Financial year %1": "Blwyddyn ariannol %1",
    "%1 publishes no service '%2'.": "Nid yw %1 yn cyhoeddi gwasanaeth '%2'.",
    "%1: %2": "%1: %2",
    "%1: published services": "%1: gwasanaethau cyhoeddedig",
    "Unknown export format.": "Fformat allforio anhysbys.",
    "Cannot write %1: %2": "Methu ysgrifennu %1: %2",
    " · commons": " · comin",
    " · bespoke": " · pwrpasol",
    "Annual cost before and after": "Cost flynyddol cyn ac ar ôl",
    "Before": "Cyn",
    "After": "Ar ôl",
    "PDF export needs the graphical toolkit (fonts), which is not running.":
        "Mae allforio PDF angen y pecyn cymorth graffigol (ffontiau), nad yw'n rhedeg.",
    "Cannot start the PDF.": "Methu dechrau'r PDF.",
    "By %1": "Gan %1",
    "Summary": "Crynodeb",
    "Annual saving: %1 a year": "Arbediad blynyddol: %1 y flwyddyn",
    "Measure": "Mesur",
    "Change": "Newid",
    "Total annual cost": "Cyfanswm y gost flynyddol",
    "Frontline cost": "Cost rheng flaen",
    "Overhead cost": "Cost gorbenion",
    "Frontline FTE": "CALl rheng flaen",
    "Overhead FTE": "CALl gorbenion",
    "Bespoke bricks": "Brics pwrpasol",
    "Public Value Index": "Mynegai Gwerth Cyhoeddus",
    "n/a": "amh",
    "FTE moved from overhead to frontline: %1 · Bespoke bricks removed: %2":
        "CALl a symudwyd o'r gorbenion i'r rheng flaen: %1 · Brics pwrpasol a dynnwyd: %2",
    "Before: the published service": "Cyn: y gwasanaeth cyhoeddedig",
    "After: the proposed service (changed bricks outlined in colour)":
        "Ar ôl: y gwasanaeth arfaethedig (brics a newidiwyd wedi'u hamlinellu mewn lliw)",
    "What changes": "Beth sy'n newid",
    "Rationale": "Rhesymeg",
    "Provenance": "Tarddiad",
    "Figures computed by LiveDNA with the commons measures: service cost is the sum of its bricks' annual costs, split into frontline and overhead by each brick's capability.":
        "Ffigurau a gyfrifwyd gan LiveDNA gyda mesurau'r comin: cost gwasanaeth yw swm costau blynyddol ei frics, "
        "wedi'i rannu'n rheng flaen a gorbenion yn ôl gallu pob bricsen.",
    "Proposed": "Arfaethedig",
    "Baseline": "Llinell sylfaen",

    # --- frontline scenario (FrontlineScenario) ---
    "Junior (resident) doctor": "Meddyg iau (preswyl)",
    "Assumption: FY1 basic pay GBP 36,616 (NHS Employers pay circular 2024/25) plus 33% employer on-costs (NI and NHS Pension 23.7%).":
        "Rhagdybiaeth: cyflog sylfaenol FY1 GBP 36,616 (cylchlythyr cyflog NHS Employers 2024/25) ynghyd â 33% o "
        "gostau ychwanegol cyflogwr (YG a Phensiwn GIG 23.7%).",
    "Nurse (Band 5)": "Nyrs (Band 5)",
    "Assumption: Agenda for Change Band 5 entry pay GBP 29,970 (2024/25) plus 33% employer on-costs (NI and NHS Pension 23.7%).":
        "Rhagdybiaeth: cyflog cychwynnol Band 5 Agenda for Change GBP 29,970 (2024/25) ynghyd â 33% o gostau "
        "ychwanegol cyflogwr (YG a Phensiwn GIG 23.7%).",
    "Teacher": "Athro",
    "Assumption: main pay range M1 outside London GBP 31,650 (STRB, September 2024) plus 38% employer on-costs (NI and Teachers' Pension 28.68%).":
        "Rhagdybiaeth: prif ystod gyflog M1 y tu allan i Lundain GBP 31,650 (STRB, Medi 2024) ynghyd â 38% o gostau "
        "ychwanegol cyflogwr (YG a Phensiwn Athrawon 28.68%).",
    "Social worker": "Gweithiwr cymdeithasol",
    "Assumption: typical local-government social worker pay GBP 37,000 (NJC scale, 2024/25) plus 27% employer on-costs (NI and LGPS).":
        "Rhagdybiaeth: cyflog nodweddiadol gweithiwr cymdeithasol llywodraeth leol GBP 37,000 (graddfa NJC, 2024/25) "
        "ynghyd â 27% o gostau ychwanegol cyflogwr (YG a CPLL).",
    "All councils": "Pob cyngor",
    "All NHS trusts": "Pob ymddiriedolaeth GIG",
    "Other public bodies": "Cyrff cyhoeddus eraill",
    "All organisations": "Pob sefydliad",

    # --- import command (ImportCommands) ---
    "Usage: livedna-cli import KIND FILE... --out DIR [options]\nKinds:\n"
    "  councils    current English councils from uk_local_authorities.csv (+ --similarity DIR for neighbours)\n"
    "  spending    spending CSV by organisation and service, through a column mapping\n"
    "  oruk        an Open Referral UK / HSDS service feed (JSON) as one organisation's services\n"
    "  nhs-trusts  open NHS trusts from the ODS etr extract\n"
    "  lgsl        the Local Government Service List: into the cache, and DIR/lgsl.json with --out\n"
    "Run 'livedna-cli import KIND --help' for the options of one kind.\n":
        "Defnydd: livedna-cli import KIND FILE... --out DIR [opsiynau]\nMathau:\n"
        "  councils    cynghorau cyfredol Lloegr o uk_local_authorities.csv (+ --similarity DIR ar gyfer cymdogion)\n"
        "  spending    CSV gwariant fesul sefydliad a gwasanaeth, drwy fapio colofnau\n"
        "  oruk        ffrwd gwasanaethau Open Referral UK / HSDS (JSON) fel gwasanaethau un sefydliad\n"
        "  nhs-trusts  ymddiriedolaethau GIG agored o ddyfyniad etr ODS\n"
        "  lgsl        Rhestr Gwasanaethau Llywodraeth Leol: i'r storfa, a DIR/lgsl.json gyda --out\n"
        "Rhedwch 'livedna-cli import KIND --help' i weld opsiynau un math.\n",

    # --- NHS trusts, Open Referral (NhsTrustImporter, OrukImporter) ---
    "Not an ODS trust extract: expected the 27-column etr layout.":
        "Nid dyfyniad ymddiriedolaethau ODS yw hwn: disgwylid cynllun etr 27 colofn.",
    "Needs columns 'Organisation Code' and 'Trust Type'.":
        "Mae angen colofnau 'Organisation Code' a 'Trust Type'.",
    "row has %1 fields, expected at least %2": "mae gan y rhes %1 maes, disgwylid o leiaf %2",
    "closed (the ODS record has a close date)": "wedi cau (mae gan gofnod ODS ddyddiad cau)",
    "no usable ODS code or name": "dim cod ODS nac enw y gellir eu defnyddio",
    "duplicate ODS code %1": "cod ODS dyblyg %1",
    "unknown national grouping '%1': no region": "grwpio cenedlaethol anhysbys '%1': dim rhanbarth",
    "--org must be the organisation's code (e.g. E06000023).":
        "rhaid i --org fod yn god y sefydliad (e.e. E06000023).",
    "%1 has no document in the output folder yet: give --org-name (or import councils first).":
        "nid oes gan %1 ddogfen yn y ffolder allbwn eto: rhowch --org-name (neu mewnforiwch gynghorau yn gyntaf).",
    "The feed is larger than %1 MiB.": "Mae'r ffrwd yn fwy na %1 MiB.",
    "Not an Open Referral service feed: expected an array of services or a paged response with 'content' or 'contents'.":
        "Nid ffrwd gwasanaethau Open Referral yw hon: disgwylid arae o wasanaethau neu ymateb tudalennog gyda "
        "'content' neu 'contents'.",
    "not a service object": "nid gwrthrych gwasanaeth",
    "service has no name": "nid oes enw gan y gwasanaeth",
    "status '%1' (not active)": "statws '%1' (nid gweithredol)",
    "service has no id": "nid oes dynodydd gan y gwasanaeth",
    "duplicate service id %1": "dynodydd gwasanaeth dyblyg %1",
    "LGSL %1: %2": "LGSL %1: %2",

    # --- proposal command (ProposalCli) ---
    "unknown format '%1' (choose from %2)": "fformat anhysbys '%1' (dewiswch o %2)",
    "Usage: livedna-cli proposal validate FILE\n"
    "       livedna-cli proposal export FILE --format pdf|archimate|graphml|csv|json --out OUT\n"
    "       livedna-cli proposal new ORG SERVICE --out FILE\n"
    "       livedna-cli proposal baseline FILE\n"
    "       livedna-cli proposal compare FILE [OTHER]":
        "Defnydd: livedna-cli proposal validate FILE\n"
        "         livedna-cli proposal export FILE --format pdf|archimate|graphml|csv|json --out OUT\n"
        "         livedna-cli proposal new ORG SERVICE --out FILE\n"
        "         livedna-cli proposal baseline FILE\n"
        "         livedna-cli proposal compare FILE [OTHER]",
    "livedna-cli: unknown proposal command '%1'": "livedna-cli: gorchymyn cynnig anhysbys '%1'",
    "Check a proposal file: schema, references and limits. Exit 0 when valid, 2 when not, listing every problem.":
        "Gwirio ffeil cynnig: sgema, cyfeiriadau a therfynau. Gadael gyda 0 pan fo'n ddilys, 2 pan nad yw, gan "
        "restru pob problem.",
    "A .livedna-proposal.json file.": "Ffeil .livedna-proposal.json.",
    "%1: no such file": "%1: nid oes ffeil o'r fath",
    "%1: invalid (%n problem(s))":
        ["%1: annilys (%n problem)", "%1: annilys (%n broblem)", "%1: annilys (%n problem)",
         "%1: annilys (%n phroblem)", "%1: annilys (%n problem)"],
    "%1: valid proposal “%2” (%n brick(s))":
        ["%1: cynnig dilys “%2” (%n bricsen)", "%1: cynnig dilys “%2” (%n fricsen)",
         "%1: cynnig dilys “%2” (%n bricsen)", "%1: cynnig dilys “%2” (%n bricsen)",
         "%1: cynnig dilys “%2” (%n bricsen)"],
    "Export a proposal file.": "Allforio ffeil cynnig.",
    "pdf, archimate, graphml, csv or json.": "pdf, archimate, graphml, csv neu json.",
    "Output file.": "Ffeil allbwn.",
    "--format and --out are required\nUsage: %1": "mae angen --format a --out\nDefnydd: %1",
    "Start a proposal file from a published service in the cache.":
        "Dechrau ffeil cynnig o wasanaeth cyhoeddedig yn y storfa.",
    "Service id.": "Dynodydd y gwasanaeth.",
    "Title of the proposal.": "Teitl y cynnig.",
    "Author of the proposal.": "Awdur y cynnig.",
    "--out is required\nUsage: %1": "mae angen --out\nDefnydd: %1",
    "Check whether a proposal's baseline is still what the cache publishes. Exit 0 when current, 2 when it changed or was withdrawn.":
        "Gwirio a yw llinell sylfaen cynnig yn dal i fod yr hyn y mae'r storfa'n ei gyhoeddi. Gadael gyda 0 pan "
        "fo'n gyfredol, 2 pan fo wedi newid neu wedi'i dynnu'n ôl.",
    "List what a proposal changes against its baseline, or what OTHER (a proposal for the same service) changes against FILE, with the cost effect of each.":
        "Rhestru beth y mae cynnig yn ei newid o'i gymharu â'i linell sylfaen, neu beth y mae OTHER (cynnig ar gyfer "
        "yr un gwasanaeth) yn ei newid o'i gymharu â FILE, gydag effaith pob un ar y gost.",
    "Another proposal for the same service.": "Cynnig arall ar gyfer yr un gwasanaeth.",
    "%1 is a new service with no baseline to compare with":
        "mae %1 yn wasanaeth newydd heb linell sylfaen i'w chymharu â hi",
    "the proposals are for different services ('%1' and '%2')":
        "mae'r cynigion ar gyfer gwasanaethau gwahanol ('%1' a '%2')",
    "Export published compositions from the cache.": "Allforio cyfansoddiadau cyhoeddedig o'r storfa.",
    "Service id (default: every service).": "Dynodydd gwasanaeth (rhagosodiad: pob gwasanaeth).",
    "Commons id (default: the latest synced).": "Dynodydd comin (rhagosodiad: yr un a gysonwyd ddiwethaf).",
    "the cache %1 holds no commons; run 'livedna-cli sync' first":
        "nid oes comin yn storfa %1; rhedwch 'livedna-cli sync' yn gyntaf",
    "commons %1 has no organisation %2": "nid oes sefydliad %2 yng nghomin %1",
    "Commons %1 (%2), version %3, published %4": "Comin %1 (%2), fersiwn %3, cyhoeddwyd %4",
    "Synced from %1 at %2": "Cysonwyd o %1 am %2",
    "Validate, start, check and export redesign proposals":
        "Dilysu, dechrau, gwirio ac allforio cynigion ailgynllunio",
    "Export published compositions (pdf, archimate, graphml, csv, json)":
        "Allforio cyfansoddiadau cyhoeddedig (pdf, archimate, graphml, csv, json)",

    # --- proposal file checks (ProposalFile); the subject is a JSON location printed before ---
    "is %1 bytes, larger than the %2 bytes a proposal file may be":
        "mae'n %1 beit, yn fwy na'r %2 beit a ganiateir i ffeil cynnig",
    "is nested more than %1 levels deep": "mae wedi'i nythu'n ddyfnach na %1 lefel",
    "is not valid JSON at byte %1: %2": "nid yw'n JSON dilys ar feit %1: %2",
    "must be a JSON object": "rhaid iddo fod yn wrthrych JSON",
    "'%1' is a proposal format this version does not read (expected %2)":
        "mae '%1' yn fformat cynnig nad yw'r fersiwn hon yn ei ddarllen (disgwylid %2)",
    "'%1' is not a LiveDNA proposal (expected %2)": "nid yw '%1' yn gynnig LiveDNA (disgwylid %2)",
    "must be 64 lowercase hex digits": "rhaid iddo fod yn 64 digid hecs llythrennau bach",
    "is '%1' but the baseline names service '%2'": "'%1' ydyw, ond mae'r llinell sylfaen yn enwi gwasanaeth '%2'",
    "is required": "mae'n ofynnol",
    "must be [x, y]": "rhaid iddo fod yn [x, y]",
    "is not a file": "nid yw'n ffeil",
})

# --- Area headline and constituency briefing (issue 11 item 3: AreaHeadlines, Briefing,
#     BriefingCommands, BriefingDialog) ---
CY.update({
    # What is unknown about an organisation (core/area/areaheadline.cpp)
    "Estimated saving on %1: the units its brick's price needs are not published.":
        "Arbediad a amcangyfrifwyd ar %1: nid yw'r unedau sydd eu hangen ar gyfer pris ei fricsen wedi'u cyhoeddi.",
    "Estimated saving on %1: the commons prices no standard brick to compare with.":
        "Arbediad a amcangyfrifwyd ar %1: nid yw'r comin yn prisio bricsen safonol i gymharu â hi.",
    "Estimated savings: nothing it runs is mapped into bricks, so nothing can be compared with the commons' bricks.":
        "Arbedion a amcangyfrifwyd: nid oes dim y mae'n ei redeg wedi'i fapio'n frics, felly nid oes modd cymharu "
        "dim â brics y comin.",
    "Net spend: no service reports one.": "Gwariant net: nid yw unrhyw wasanaeth yn adrodd un.",
    "Net spend: %n service(s) report no figure; the sum is over the others.":
        "Gwariant net: nid yw %n gwasanaeth yn adrodd ffigur; mae'r cyfanswm dros y lleill.",
    "Spend per head: no population from a named source for a trust's catchment.":
        "Gwariant y pen: dim poblogaeth o ffynhonnell a enwir ar gyfer dalgylch ymddiriedolaeth.",
    "Spend per head: no population from a named source.":
        "Gwariant y pen: dim poblogaeth o ffynhonnell a enwir.",
    "Spend per head: the net spend is unknown.": "Gwariant y pen: mae'r gwariant net yn anhysbys.",
    "Spend per head against peers: the commons holds no peer benchmarks.":
        "Gwariant y pen o'i gymharu â chymheiriaid: nid oes gan y comin feincnodau cymheiriaid.",
    "Spend per head against peers: the benchmarks have no distribution for councils of type '%1'.":
        "Gwariant y pen o'i gymharu â chymheiriaid: nid oes gan y meincnodau ddosbarthiad ar gyfer cynghorau o'r math '%1'.",
    "%1 councils": "Cynghorau %1",
    "peers' figures: total service expenditure per head of the ONS mid-year population":
        "ffigurau'r cymheiriaid: cyfanswm gwariant ar wasanaethau y pen o boblogaeth canol blwyddyn yr ONS",
    "peers' figures: total service expenditure per head of the ONS mid-year population, %1 (the published year closest to %2)":
        "ffigurau'r cymheiriaid: cyfanswm gwariant ar wasanaethau y pen o boblogaeth canol blwyddyn yr ONS, %1 "
        "(y flwyddyn gyhoeddedig agosaf at %2)",
    "benchmarks in the cache": "meincnodau yn y storfa",
    "%1 among %n peer(s) (%2, %3): median %4": "%1 ymhlith %n cymar (%2, %3): canolrif %4",
    ", middle half %1 to %2": ", yr hanner canol %1 i %2",
    "Reported frontline spend: no frontline service reports a figure.":
        "Gwariant rheng flaen a adroddwyd: nid yw unrhyw wasanaeth rheng flaen yn adrodd ffigur.",
    "Reported overhead spend: no overhead service reports a figure.":
        "Gwariant gorbenion a adroddwyd: nid yw unrhyw wasanaeth gorbenion yn adrodd ffigur.",
    "Mapped frontline / overhead: no service is mapped into bricks yet.":
        "Rheng flaen / gorbenion wedi'u mapio: nid oes unrhyw wasanaeth wedi'i fapio'n frics eto.",
    "Systems: none recorded in the commons (which is not the same as none run).":
        "Systemau: dim wedi'u cofnodi yn y comin (nad yw'r un peth â dim yn cael eu rhedeg).",
    "the commons lists it but its document could not be read from the cache":
        "mae'r comin yn ei restru ond nid oedd modd darllen ei ddogfen o'r storfa",

    # The briefing (core/area/briefing*.cpp)
    " (source not stated)": " (ffynhonnell heb ei nodi)",
    "Licence: %1": "Trwydded: %1",
    "Licence not stated": "Trwydded heb ei nodi",
    "Period: %1": "Cyfnod: %1",
    "Rows used: %1": "Rhesi a ddefnyddiwyd: %1",
    " Copy used: %1": " Copi a ddefnyddiwyd: %1",
    " Copy used: <%1>": " Copi a ddefnyddiwyd: <%1>",
    "district council": "cyngor dosbarth",
    "unitary council": "cyngor unedol",
    "county council": "cyngor sir",
    "NHS acute trust": "ymddiriedolaeth GIG acíwt",
    "%1 of the residents live in its catchment": "mae %1 o'r trigolion yn byw yn ei dalgylch",
    "%1 of the residents live in its area": "mae %1 o'r trigolion yn byw yn ei ardal",
    "year of the figures unknown": "blwyddyn y ffigurau yn anhysbys",
    "figures for %1": "ffigurau ar gyfer %1",
    "Net spend %1%2": "Gwariant net %1%2",
    " (%n service(s) not reported)": " (%n gwasanaeth heb ei adrodd)",
    "Net spend: unknown": "Gwariant net: anhysbys",
    "%1 per head (population %2%3)": "%1 y pen (poblogaeth %2%3)",
    "per head: unknown": "y pen: anhysbys",
    "peers' median %1 per head (%n peer(s): %2)": "canolrif y cymheiriaid %1 y pen (%n cymar: %2)",
    "Reported frontline / overhead: unknown": "Rheng flaen / gorbenion a adroddwyd: anhysbys",
    "Reported: frontline %1, overhead %2": "A adroddwyd: rheng flaen %1, gorbenion %2",
    ", unclassified %1": ", heb ei ddosbarthu %1",
    "Mapped into bricks: not yet": "Wedi'i fapio'n frics: ddim eto",
    "none mapped": "dim wedi'i fapio",
    "Mapped into bricks: frontline %1, overhead %2 (%n brick(s))":
        "Wedi'i fapio'n frics: rheng flaen %1, gorbenion %2 (%n bricsen)",
    "Separately run systems: none recorded": "Systemau a redir ar wahân: dim wedi'u cofnodi",
    "Separately run systems: %1": "Systemau a redir ar wahân: %1",
    "Largest estimated savings: none can be estimated from the commons":
        "Yr arbedion mwyaf a amcangyfrifwyd: nid oes modd amcangyfrif dim o'r comin",
    "%1 %2 (range %3 to %4)%5": "%1 %2 (ystod %3 i %4)%5",
    "Largest estimated savings: %1": "Yr arbedion mwyaf a amcangyfrifwyd: %1",
    "reported spend: frontline %1, overhead %2": "gwariant a adroddwyd: rheng flaen %1, gorbenion %2",
    "reported spend unknown": "gwariant a adroddwyd yn anhysbys",
    "mapped into bricks: frontline %1, overhead %2": "wedi'i fapio'n frics: rheng flaen %1, gorbenion %2",
    "Chart of %1: %2; %3.": "Siart %1: %2; %3.",
    "Unknown: %1": "Anhysbys: %1",
    "Data: the commons %1, published %2, synced %3. It holds no figures for the organisations serving this constituency.":
        "Data: y comin %1, a gyhoeddwyd %2, a gysonwyd %3. Nid oes ganddo ffigurau ar gyfer y sefydliadau sy'n "
        "gwasanaethu'r etholaeth hon.",
    "%1 to %2": "%1 i %2",
    "date not stated": "dyddiad heb ei nodi",
    "Data: the commons %1, published %2, synced %3. The figures are for %4; each organisation gives its own years.":
        "Data: y comin %1, a gyhoeddwyd %2, a gysonwyd %3. Mae'r ffigurau ar gyfer %4; mae pob sefydliad yn "
        "rhoi ei flynyddoedd ei hun.",
    "%1 (%2, %3 of the residents): %4": "%1 (%2, %3 o'r trigolion): %4",
    "%n more NHS trust(s) each serve under %1 of the residents and are not listed.":
        "Mae %n ymddiriedolaeth GIG arall yr un yn gwasanaethu llai na %1 o'r trigolion ac nid ydynt wedi'u rhestru.",
    "The commons in the cache holds none of the organisations serving this constituency.":
        "Nid oes gan y comin yn y storfa unrhyw un o'r sefydliadau sy'n gwasanaethu'r etholaeth hon.",
    "%1 is served by %n council(s)": "Caiff %1 ei gwasanaethu gan %n cyngor",
    " and %n NHS acute trust(s) listed here.": " a %n ymddiriedolaeth GIG acíwt a restrir yma.",
    "To suggest a better design for one of these services, open LiveDNA, find %1 in My area, press Suggest a "
    "redesign on an organisation's card and choose one of its services: the proposal starts from the service's "
    "reported composition (its cost lines and systems), and the exported proposal names the constituency. From "
    "the command line: livedna-cli proposal new %2 SERVICE --out proposal.json.":
        "I awgrymu gwell cynllun ar gyfer un o'r gwasanaethau hyn, agorwch LiveDNA, dewch o hyd i %1 yn Fy ardal, "
        "pwyswch Awgrymu ailgynllunio ar gerdyn sefydliad a dewiswch un o'i wasanaethau: mae'r cynnig yn dechrau "
        "o gyfansoddiad y gwasanaeth fel yr adroddwyd (ei linellau cost a'i systemau), ac mae'r cynnig a allforir "
        "yn enwi'r etholaeth. O'r llinell orchymyn: livedna-cli proposal new %2 SERVICE --out proposal.json.",
    "Briefing: %1 (%2)": "Briff: %1 (%2)",
    "MP: none in the data": "AS: dim un yn y data",
    "MP: %1 (%2)": "AS: %1 (%2)",
    "NHS acute trusts": "Ymddiriedolaethau GIG acíwt",
    "Each chart: the top bar is the reported spend and the bottom bar the spend mapped into bricks, to one scale "
    "per organisation; green is frontline, blue overhead, grey unclassified; an empty outline is unknown.":
        "Pob siart: y bar uchaf yw'r gwariant a adroddwyd a'r bar isaf y gwariant wedi'i fapio'n frics, ar un "
        "raddfa i bob sefydliad; gwyrdd yw rheng flaen, glas gorbenion, llwyd heb ei ddosbarthu; mae amlinell "
        "wag yn anhysbys.",
    "What is unknown": "Beth sy'n anhysbys",
    "Sources and licences": "Ffynonellau a thrwyddedau",
    "Constituencies, MPs, council areas and NHS catchments: %1.":
        "Etholaethau, ASau, ardaloedd cynghorau a dalgylchoedd GIG: %1.",
    "Suggest a redesign": "Awgrymu ailgynllunio",
    "Made with LiveDNA %1 on %2. An unknown figure is written as unknown, never as £0.":
        "Gwnaed gyda LiveDNA %1 ar %2. Caiff ffigur anhysbys ei ysgrifennu fel anhysbys, byth fel £0.",
    "Unknown briefing format.": "Fformat briff anhysbys.",
    "A briefing is written as .pdf, .html or .md, not %1.": "Caiff briff ei ysgrifennu fel .pdf, .html neu .md, nid %1.",
    "Writing a PDF needs fonts, and so a QGuiApplication.":
        "Mae ysgrifennu PDF angen ffontiau, ac felly QGuiApplication.",
    "The briefing does not fit on two pages even in small type: too many organisations serve this constituency.":
        "Nid yw'r briff yn ffitio ar ddwy dudalen hyd yn oed mewn teip bach: mae gormod o sefydliadau'n "
        "gwasanaethu'r etholaeth hon.",
    "en": "cy",

    # livedna-cli briefing (core/cli/briefingcommands.cpp)
    "No MP matches '%1'.": "Nid oes AS yn cyfateb i '%1'.",
    "briefing needs a constituency code (PCON24CD) or --mp NAME.":
        "mae briefing angen cod etholaeth (PCON24CD) neu --mp ENW.",
    "A briefing of at most two pages on a 2024 parliamentary constituency: its MP, the councils and NHS trusts "
    "that serve it with their figures, one chart each, what is unknown, and the sources and licences of every "
    "figure. The format follows the extension of --out: .pdf, .html or .md. --json prints the headline data instead.":
        "Briff o ddwy dudalen ar y mwyaf ar etholaeth seneddol 2024: ei AS, y cynghorau a'r ymddiriedolaethau GIG "
        "sy'n ei gwasanaethu gyda'u ffigurau, un siart yr un, beth sy'n anhysbys, a ffynonellau a thrwyddedau pob "
        "ffigur. Mae'r fformat yn dilyn estyniad --out: .pdf, .html neu .md. Mae --json yn argraffu'r prif ddata "
        "yn lle hynny.",
    "The file to write: FILE.pdf, FILE.html or FILE.md.": "Y ffeil i'w hysgrifennu: FFEIL.pdf, FFEIL.html neu FFEIL.md.",
    "Print the headline figures as JSON (unknown figures are null).":
        "Argraffu'r prif ffigurau fel JSON (mae ffigurau anhysbys yn null).",
    "briefing needs --out FILE.pdf|FILE.html|FILE.md (or --json).":
        "mae briefing angen --out FFEIL.pdf|FFEIL.html|FFEIL.md (neu --json).",
    "--out must end in .pdf, .html or .md: %1": "rhaid i --out orffen gyda .pdf, .html neu .md: %1",
    "Wrote the briefing on %1 (%2) to %3": "Ysgrifennwyd y briff ar %1 (%2) i %3",
    "A two-page briefing on a constituency (CODE or --mp NAME) --out FILE.pdf|.html|.md":
        "Briff dwy dudalen ar etholaeth (COD neu --mp ENW) --out FFEIL.pdf|.html|.md",

    # File > Export Briefing… (ui/briefingdialog.cpp, ui/mainwindow.cpp)
    "Export briefing": "Allforio briff",
    "no MP in the data": "dim AS yn y data",
    "Constituency (type its name, its code or its MP's name):":
        "Etholaeth (teipiwch ei henw, ei chod neu enw ei AS):",
    "e.g. Aldershot, E14001063 or Alex Baker": "e.e. Aldershot, E14001063 neu Alex Baker",
    "Choose where to save…": "Dewis ble i gadw…",
    "No constituency chosen yet.": "Dim etholaeth wedi'i dewis eto.",
    "The cache holds no constituencies yet: sync a commons that publishes them (the real commons does).":
        "Nid oes gan y storfa etholaethau eto: cysonwch gomin sy'n eu cyhoeddi (mae'r comin go iawn yn gwneud hynny).",
    "briefing-%1.pdf": "briff-%1.pdf",
    "PDF document (*.pdf);;Web page (*.html);;Markdown (*.md)":
        "Dogfen PDF (*.pdf);;Tudalen we (*.html);;Markdown (*.md)",
    "Export &Briefing…": "Allforio &Briff…",
})

CY.update({
    # --- publishing a commons (Publisher) ---
    'Published %1 "%2" version %3 (previous: %4).\n': 'Cyhoeddwyd %1 "%2" fersiwn %3 (blaenorol: %4).\n',
    "Documents: bricks.json and %1 organisations; %2 extra file(s).\n":
        "Dogfennau: bricks.json a %1 sefydliad; %2 ffeil ychwanegol.\n",
    "Changes: %1 added, %2 changed, %3 removed.\n":
        "Newidiadau: %1 wedi'u hychwanegu, %2 wedi'u newid, %3 wedi'u tynnu.\n",
    "Signed: index.json.sig with public key %1\n": "Llofnodwyd: index.json.sig gydag allwedd gyhoeddus %1\n",
    "Not signed.\n": "Heb ei lofnodi.\n",
    "Ignored (not a commons document): %1\n": "Anwybyddwyd (nid dogfen comin): %1\n",
    "Kept (not part of the commons): %1\n": "Cadwyd (nid yw'n rhan o'r comin): %1\n",
    "The source folder does not exist.": "Nid yw'r ffolder ffynhonnell yn bodoli.",
    "The output exists and is not a folder.": "Mae'r allbwn yn bodoli ac nid yw'n ffolder.",
    "Cannot create the folder that holds the output.": "Methu creu'r ffolder sy'n dal yr allbwn.",
    "Larger than %1 MiB.": "Yn fwy na %1 MiB.",
    "A second brick catalogue (the first is %1); a commons has exactly one.":
        "Ail gatalog brics (%1 yw'r cyntaf); mae gan gomin union un.",
    'No brick catalogue (a document with "format": "livedna-bricks/1").':
        'Dim catalog brics (dogfen gyda "format": "livedna-bricks/1").',
    "More than one LGSL list.": "Mwy nag un rhestr LGSL.",
    "The code '%1' cannot name a file in the commons.": "Ni all y cod '%1' enwi ffeil yn y comin.",
    "%1 is also the code of %2.": "%1 hefyd yw cod %2.",
    "Cannot read the previous index: %1": "Methu darllen y mynegai blaenorol: %1",
    "The output holds an index.json that is not valid, so the next version number is unknown; move it away to start a new commons.\n%1":
        "Mae'r allbwn yn dal index.json nad yw'n ddilys, felly nid yw rhif y fersiwn nesaf yn hysbys; symudwch ef "
        "o'r ffordd i ddechrau comin newydd.\n%1",
    "No commons id: give --commons ID for a first publication.":
        "Dim dynodydd comin: rhowch --commons ID ar gyfer cyhoeddiad cyntaf.",
    "The commons id '%1' must match [a-z0-9][a-z0-9.-]*.":
        "Rhaid i ddynodydd y comin '%1' gyfateb i [a-z0-9][a-z0-9.-]*.",
    "The output already holds the commons '%1'; refusing to publish '%2' over it.":
        "Mae'r allbwn eisoes yn dal y comin '%1'; gwrthod cyhoeddi '%2' drosto.",
    "Cannot create the lock file: %1": "Methu creu'r ffeil gloi: %1",
    "Another publication into this folder is in progress.": "Mae cyhoeddiad arall i'r ffolder hon ar y gweill.",
    "Cannot create the staging folder.": "Methu creu'r ffolder lwyfannu.",
    "Cannot keep %1 in the new publication.": "Methu cadw %1 yn y cyhoeddiad newydd.",
    "Cannot move the publication into place: %1": "Methu symud y cyhoeddiad i'w le: %1",
    "Cannot move the previous publication aside: %1": "Methu symud y cyhoeddiad blaenorol o'r neilltu: %1",
    "Cannot swap the publication into place: %1": "Methu cyfnewid y cyhoeddiad i'w le: %1",
    "Replace “%1” with %2": "Disodli “%1” gyda %2",

    # --- signing (Signature) ---
    "libsodium could not be initialised.": "Methwyd cychwyn libsodium.",
    "%1 already exists; not overwriting a key (use --force).":
        "Mae %1 yn bodoli eisoes; ni chaiff allwedd ei throsysgrifo (defnyddiwch --force).",
    "Cannot read the %1: %2": "Methu darllen y %1: %2",
    "This is not a %1 (file too large).": "Nid %1 yw hwn (ffeil rhy fawr).",
    "This is not a %1: expected base64 or hex of %2 bytes.": "Nid %1 yw hwn: disgwylid base64 neu hecs o %2 beit.",
    "Ed25519 secret key": "allwedd gyfrinachol Ed25519",
    "Ed25519 public key": "allwedd gyhoeddus Ed25519",
    "This is a public key; signing needs the secret key file that keygen wrote beside it.":
        "Allwedd gyhoeddus yw hon; mae llofnodi angen y ffeil allwedd gyfrinachol a ysgrifennodd keygen wrth ei hymyl.",
    "The secret key must be %1 bytes.": "Rhaid i'r allwedd gyfrinachol fod yn %1 beit.",
    "The pinned public key is not an Ed25519 key (%1 bytes).":
        "Nid allwedd Ed25519 yw'r allwedd gyhoeddus a biniwyd (%1 beit).",
    "index.json is not signed (no index.json.sig) but this commons' key is pinned.":
        "Nid yw index.json wedi'i llofnodi (dim index.json.sig) ond mae allwedd y comin hwn wedi'i phinio.",
    "index.json.sig is not an Ed25519 signature (expected base64 of 64 bytes).":
        "Nid llofnod Ed25519 yw index.json.sig (disgwylid base64 o 64 beit).",
    "index.json.sig does not match index.json under the pinned key %1: the index was altered or signed by another key.":
        "Nid yw index.json.sig yn cyfateb i index.json dan yr allwedd a biniwyd %1: newidiwyd y mynegai neu fe'i "
        "llofnodwyd gan allwedd arall.",

    # --- spending import (SpendingImporter) ---
    "Browse…": "Pori…",
    "%1 is required.": "Mae angen %1.",
    "%1 '%2' names no column; the columns are: %3": "Nid yw %1 '%2' yn enwi colofn; y colofnau yw: %3",
    "--period must be a financial year such as 2017-18 (or give --period-col).":
        "Rhaid i --period fod yn flwyddyn ariannol fel 2017-18 (neu rhowch --period-col).",
    "--scale must be a positive number.": "Rhaid i --scale fod yn rhif positif.",
    "The filter column '%1' is not in the file.": "Nid yw'r golofn hidlo '%1' yn y ffeil.",
    "--org-key must be code, gss, ecode or name.": "Rhaid i --org-key fod yn code, gss, ecode neu name.",
    "--org-key %1 needs --register uk_local_authorities.csv.":
        "Mae --org-key %1 angen --register uk_local_authorities.csv.",
    "the file starts with a UTF-8 byte-order mark (removed)":
        "mae'r ffeil yn dechrau gyda nod trefn beitiau UTF-8 (wedi'i dynnu)",
    "row has %1 fields, the mapping needs %2": "mae gan y rhes %1 maes, mae'r mapio angen %2",
    "not selected by --include": "heb ei dewis gan --include",
    "excluded by --exclude %1": "wedi'i hepgor gan --exclude %1",
    "no organisation in this row": "dim sefydliad yn y rhes hon",
    "%1 is not in the local authority register": "nid yw %1 yng nghofrestr yr awdurdodau lleol",
    "%1 is a former GSS code of %2 (%3): matched": "mae %1 yn hen god GSS %2 (%3): wedi'i baru",
    "'%1' is not a usable organisation code": "nid yw '%1' yn god sefydliad y gellir ei ddefnyddio",
    "%1 has no organisation document in the output folder":
        "nid oes gan %1 ddogfen sefydliad yn y ffolder allbwn",
    "empty service name": "enw gwasanaeth gwag",
    "period '%1' is not a financial year such as 2017-18":
        "nid yw'r cyfnod '%1' yn flwyddyn ariannol fel 2017-18",
    "%1 already has rows for %2; one document holds one period (this row: %3)":
        "mae gan %1 resi ar gyfer %2 eisoes; mae un ddogfen yn dal un cyfnod (y rhes hon: %3)",
    "several rows for one service: amounts added together":
        "sawl rhes ar gyfer un gwasanaeth: adiwyd y symiau at ei gilydd",
    "negative amount kept as published (income above spending)":
        "swm negyddol wedi'i gadw fel y'i cyhoeddwyd (incwm yn uwch na gwariant)",
    "blank or not-available amount '%1': kept as unknown (no reported cost)":
        "swm gwag neu ddim ar gael '%1': wedi'i gadw'n anhysbys (dim cost a adroddwyd)",
    "amount '%1' is not a number: kept as unknown (no reported cost)":
        "nid yw'r swm '%1' yn rhif: wedi'i gadw'n anhysbys (dim cost a adroddwyd)",
    "%1: period changed from %2 to %3": "%1: newidiwyd y cyfnod o %2 i %3",

    # --- publish, keygen and import commands (livedna) ---
    "Publish a folder of commons documents (bricks.json, organisation documents, optional lgsl.json) as a commons in OUT: validated, indexed with hashes, version one above OUT's previous one, swapped into place atomically, and signed with --sign.":
        "Cyhoeddi ffolder o ddogfennau comin (bricks.json, dogfennau sefydliadau, lgsl.json dewisol) fel comin yn OUT: "
        "wedi'i ddilysu, ei fynegeio gyda stwnshiau, fersiwn un yn uwch na'r un blaenorol yn OUT, wedi'i gyfnewid i'w "
        "le yn atomig, a'i lofnodi gyda --sign.",
    "Folder of documents.": "Ffolder o ddogfennau.",
    "Commons folder to publish into.": "Ffolder comin i gyhoeddi iddi.",
    "Commons id (required the first time).": "Dynodydd y comin (yn ofynnol y tro cyntaf).",
    "Commons title.": "Teitl y comin.",
    "Sign index.json with this Ed25519 secret key (from keygen).":
        "Llofnodi index.json gyda'r allwedd gyfrinachol Ed25519 hon (o keygen).",
    "Mark the publication stale after N days.": "Marcio'r cyhoeddiad yn hen ar ôl N diwrnod.",
    "publish needs SRC and OUT (see --help).": "mae publish angen SRC ac OUT (gweler --help).",
    "--expires-days needs a whole number of days ≥ 1.": "mae --expires-days angen nifer cyfan o ddyddiau ≥ 1.",
    "Nothing was published.": "Ni chyhoeddwyd dim.",
    "Make an Ed25519 key pair for signing a commons: OUT (secret, mode 0600) and OUT.pub (public: give it to readers for sync --trust).":
        "Creu pâr allweddi Ed25519 i lofnodi comin: OUT (cyfrinachol, modd 0600) ac OUT.pub (cyhoeddus: rhowch hi "
        "i ddarllenwyr ar gyfer sync --trust).",
    "Secret key file to write.": "Ffeil allwedd gyfrinachol i'w hysgrifennu.",
    "Overwrite existing key files.": "Trosysgrifo ffeiliau allweddi presennol.",
    "keygen needs OUT (see --help).": "mae keygen angen OUT (gweler --help).",
    "Secret key: %1 (keep it private)\nPublic key: %1.pub\n%2\n":
        "Allwedd gyfrinachol: %1 (cadwch hi'n breifat)\nAllwedd gyhoeddus: %1.pub\n%2\n",
    "Output folder (organisation documents go to DIR/orgs/).":
        "Ffolder allbwn (mae dogfennau sefydliadau'n mynd i DIR/orgs/).",
    "Financial year of the costs, e.g. 2017-18.": "Blwyddyn ariannol y costau, e.e. 2017-18.",
    "import %1 needs --out DIR.": "mae import %1 angen --out DIR.",
    "--period must be a financial year such as 2017-18.": "Rhaid i --period fod yn flwyddyn ariannol fel 2017-18.",
    "Current English councils (current-authority True, nation England) from mySociety's uk_local_authorities.csv, one document per GSS code; with --similarity, neighbours from the similarity clusters.":
        "Cynghorau cyfredol Lloegr (current-authority True, nation England) o uk_local_authorities.csv mySociety, un "
        "ddogfen i bob cod GSS; gyda --similarity, cymdogion o'r clystyrau tebygrwydd.",
    "uk_local_authorities.csv": "uk_local_authorities.csv",
    "Folder of mySociety *_la_labels.csv files.": "Ffolder o ffeiliau *_la_labels.csv mySociety.",
    "At most N neighbours (default 10).": "Dim mwy na N cymydog (rhagosodiad 10).",
    "import councils needs the register file.": "mae import councils angen ffeil y gofrestr.",
    "Spending by organisation and service from a CSV (delimiter and BOM detected). Each organisation+service becomes a service with reported_cost_gbp = sum of amount × scale and no bricks (unmapped). Blank and '...' amounts stay unknown; negative ones are kept. Columns are header names or 1-based numbers.\n"
    "Revenue Outturn example:\n"
    "  import spending RS_2017-18_by_LA_long.csv --org-col ons_code --org-key gss --register uk_local_authorities.csv --service-id-col rs_line --service-col rs_label --amount-col value_gbp_thousands --scale 1000 --period-col financial_year --include 'rs_section=Service Expenditure' --exclude rs_line=699 --out DIR":
        "Gwariant fesul sefydliad a gwasanaeth o CSV (canfyddir yr amffinydd a'r BOM). Daw pob sefydliad+gwasanaeth "
        "yn wasanaeth gyda reported_cost_gbp = swm amount × scale a dim brics (heb ei fapio). Mae symiau gwag a '...' "
        "yn aros yn anhysbys; cedwir rhai negyddol. Enwau penawdau neu rifau sy'n dechrau o 1 yw'r colofnau.\n"
        "Enghraifft Revenue Outturn:\n"
        "  import spending RS_2017-18_by_LA_long.csv --org-col ons_code --org-key gss --register uk_local_authorities.csv --service-id-col rs_line --service-col rs_label --amount-col value_gbp_thousands --scale 1000 --period-col financial_year --include 'rs_section=Service Expenditure' --exclude rs_line=699 --out DIR",
    "The spending file.": "Y ffeil wariant.",
    "Column naming the organisation.": "Colofn sy'n enwi'r sefydliad.",
    "Column naming the service.": "Colofn sy'n enwi'r gwasanaeth.",
    "Column holding the amount.": "Colofn sy'n dal y swm.",
    "Column put before the service name in its id (e.g. a line number).":
        "Colofn a roddir o flaen enw'r gwasanaeth yn ei ddynodydd (e.e. rhif llinell).",
    "Column giving the service category.": "Colofn sy'n rhoi categori'r gwasanaeth.",
    "Column giving the organisation name.": "Colofn sy'n rhoi enw'r sefydliad.",
    "Column giving the financial year of each row.": "Colofn sy'n rhoi blwyddyn ariannol pob rhes.",
    "Column giving the LGSL id of the service.": "Colofn sy'n rhoi dynodydd LGSL y gwasanaeth.",
    "Multiply amounts by this (1000 for £ thousand).": "Lluosi'r symiau â hyn (1000 ar gyfer £ mil).",
    "What the organisation column holds: code (default), gss, ecode or name.":
        "Beth sydd yng ngholofn y sefydliad: code (rhagosodiad), gss, ecode neu name.",
    "uk_local_authorities.csv, for --org-key gss|ecode|name.": "uk_local_authorities.csv, ar gyfer --org-key gss|ecode|name.",
    "Kind of organisations created: council (default), nhs-trust, other.":
        "Math y sefydliadau a grëir: council (rhagosodiad), nhs-trust, other.",
    "Field delimiter (default: detected).": "Amffinydd meysydd (rhagosodiad: wedi'i ganfod).",
    "Keep only rows where COL=VALUE (repeatable: any).":
        "Cadw dim ond rhesi lle mae COL=VALUE (gellir ei ailadrodd: unrhyw un).",
    "Drop rows where COL=VALUE (repeatable).": "Hepgor rhesi lle mae COL=VALUE (gellir ei ailadrodd).",
    "Skip organisations that have no document in --out yet.": "Hepgor sefydliadau heb ddogfen yn --out eto.",
    "import spending needs one CSV file.": "mae import spending angen un ffeil CSV.",
    "--scale needs a positive number.": "mae --scale angen rhif positif.",
    "--kind must be council, nhs-trust or other.": "Rhaid i --kind fod yn council, nhs-trust neu other.",
    "--delimiter must be one character (or 'tab').": "Rhaid i --delimiter fod yn un nod (neu 'tab').",
    "--include needs COL=VALUE, not '%1'.": "mae --include angen COL=VALUE, nid '%1'.",
    "--exclude needs COL=VALUE, not '%1'.": "mae --exclude angen COL=VALUE, nid '%1'.",
    "An Open Referral UK / HSDS service feed (JSON array, paged response, or several page files) as the services of one organisation, with LGSL ids where the feed carries them and HTML stripped from descriptions.":
        "Ffrwd gwasanaethau Open Referral UK / HSDS (arae JSON, ymateb tudalennog, neu sawl ffeil tudalen) fel "
        "gwasanaethau un sefydliad, gyda dynodyddion LGSL lle mae'r ffrwd yn eu cynnwys a HTML wedi'i dynnu o'r "
        "disgrifiadau.",
    "Feed files (pages).": "Ffeiliau'r ffrwd (tudalennau).",
    "Code of the organisation publishing the directory (e.g. E06000023).":
        "Cod y sefydliad sy'n cyhoeddi'r cyfeiriadur (e.e. E06000023).",
    "Its name, when it has no document in --out yet.": "Ei enw, pan nad oes ganddo ddogfen yn --out eto.",
    "Its kind: council (default), nhs-trust, other.": "Ei fath: council (rhagosodiad), nhs-trust, other.",
    "Also import services whose status is not active.": "Mewnforio hefyd wasanaethau nad yw eu statws yn weithredol.",
    "import oruk needs at least one feed file.": "mae import oruk angen o leiaf un ffeil ffrwd.",
    "Open NHS trusts from the ODS etr extract (with or without header), one document per ODS code. --trust-types adds each trust's type and neighbours (same type, same NHS region).":
        "Ymddiriedolaethau GIG agored o ddyfyniad etr ODS (gyda phennawd neu hebddo), un ddogfen i bob cod ODS. Mae "
        "--trust-types yn ychwanegu math a chymdogion pob ymddiriedolaeth (yr un math, yr un rhanbarth GIG).",
    "etr.csv or etr_with_header.csv": "etr.csv neu etr_with_header.csv",
    "CSV with 'Organisation Code' and 'Trust Type (Primary)'.": "CSV gydag 'Organisation Code' a 'Trust Type (Primary)'.",
    "import nhs-trusts needs the etr file.": "mae import nhs-trusts angen y ffeil etr.",
    "The Local Government Service List (esd englishAndWelshServices CSV, or an lgsl.json). Loads it into the cache (unless --no-cache) so services are named and grouped by LGSL id, and with --out writes DIR/lgsl.json, which publish lists in index.json's \"extras\".":
        "Rhestr Gwasanaethau Llywodraeth Leol (CSV englishAndWelshServices esd, neu lgsl.json). Yn ei llwytho i'r "
        "storfa (oni roddir --no-cache) fel bod gwasanaethau'n cael eu henwi a'u grwpio yn ôl dynodydd LGSL, a gyda "
        "--out yn ysgrifennu DIR/lgsl.json, y mae publish yn ei rhestru yn \"extras\" index.json.",
    "englishAndWelshServices-all.csv, an lgsl.json, or a commons folder holding one":
        "englishAndWelshServices-all.csv, lgsl.json, neu ffolder comin sy'n dal un",
    "GOV.UK local_services.csv giving each service's providing tier.":
        "local_services.csv GOV.UK sy'n rhoi haen ddarparu pob gwasanaeth.",
    "Only write --out; leave the cache alone.": "Ysgrifennu --out yn unig; gadael llonydd i'r storfa.",
    "import lgsl needs the service list file.": "mae import lgsl angen ffeil y rhestr gwasanaethau.",
    "--no-cache without --out would do nothing.": "Ni fyddai --no-cache heb --out yn gwneud dim.",
    "Loaded %1 LGSL services into the cache %2.\n": "Llwythwyd %1 gwasanaeth LGSL i'r storfa %2.\n",
    "Unknown import kind '%1'.\n%2": "Math mewnforio anhysbys '%1'.\n%2",
    "Publish a folder of documents as a commons (validated, indexed, atomic, signed)":
        "Cyhoeddi ffolder o ddogfennau fel comin (wedi'i ddilysu, ei fynegeio, yn atomig, wedi'i lofnodi)",
    "Make an Ed25519 key pair for signing a commons": "Creu pâr allweddi Ed25519 i lofnodi comin",
    "Import published data: councils, spending, oruk, nhs-trusts, lgsl":
        "Mewnforio data cyhoeddedig: councils, spending, oruk, nhs-trusts, lgsl",

    # --- proposal document checks (livedna); the subject is the JSON location printed before ---
    "must be 'frontline' or 'overhead', not '%1'": "rhaid iddo fod yn 'frontline' neu 'overhead', nid '%1'",
    "capability '%1' appears twice": "mae'r gallu '%1' yn ymddangos ddwywaith",
    "'%1' is not an evolution stage": "nid yw '%1' yn gam esblygiad",
    "capability '%1' is not in the catalogue": "nid yw'r gallu '%1' yn y catalog",
    "brick '%1' appears twice": "mae'r fricsen '%1' yn ymddangos ddwywaith",
    "has %1 bricks, more than the %2 a proposal may hold":
        "mae ganddo %1 bricsen, mwy na'r %2 y caiff cynnig eu dal",
    "brick id '%1' is used twice in the service": "defnyddir dynodydd bricsen '%1' ddwywaith yn y gwasanaeth",
    "a bespoke brick (no 'uses') must state its 'capability'":
        "rhaid i fricsen bwrpasol (dim 'uses') nodi ei 'capability'",
    "standard brick '%1' is not in the proposal's catalogue":
        "nid yw'r fricsen safonol '%1' yng nghatalog y cynnig",
    "capability '%1' is not in the proposal's catalogue": "nid yw'r gallu '%1' yng nghatalog y cynnig",
    "has %1 flows, more than the %2 a proposal may hold":
        "mae ganddo %1 llif, mwy na'r %2 y caiff cynnig eu dal",
    "names brick '%1', which is not in the service": "mae'n enwi bricsen '%1', nad yw yn y gwasanaeth",
})

CY.update({
    # --- mapping an organisation: CSV round trip, diff, publish, coverage (MappingCli, MappingCsv,
    # MappingImporter, OrgDiff, NationalCoverage, OrgPublisher; issue 14) ---
    "mapped_share: the share of reported spend mapped into bricks, in [0, 1], each service counting\n"
    "its bricks up to its reported spend (over-allocation is not counted; see 'coverage'); null\n"
    "where no service reports a positive spend.":
        "mapped_share: y gyfran o'r gwariant a adroddwyd sydd wedi'i mapio'n frics, yn [0, 1], pob gwasanaeth yn\n"
        "cyfrif ei frics hyd at ei wariant a adroddwyd (nid yw gor-ddyrannu'n cyfrif; gweler 'coverage'); null\n"
        "lle nad oes gwasanaeth yn adrodd gwariant positif.",
    "Usage: %1 [options]": "Defnydd: %1 [opsiynau]",
    "%1 needs %n argument(s) (see --help).": ["Mae %1 angen %n dadl (gweler --help)."] * 6,
    "Which commons of the cache (default: the one synced most recently).":
        "Pa gomin o'r storfa (rhagosodiad: yr un a gysonwyd ddiwethaf).",
    "Which period (default: the organisation's latest).": "Pa gyfnod (rhagosodiad: un diweddaraf y sefydliad).",
    "the cache %1 holds no commons; sync one first": "nid oes comin yn y storfa %1; cysonwch un yn gyntaf",
    "%1: cannot be read (or larger than %2 MiB)": "%1: methu ei darllen (neu'n fwy na %2 MiB)",
    "%1 is not a valid organisation document (%n problem(s)):":
        ["Nid yw %1 yn ddogfen sefydliad ddilys (%n problem):"] * 6,
    "--source needs ID=TITLE with ID in [a-z0-9][a-z0-9.-]*, not '%1'.":
        "Mae --source angen ID=TITLE gydag ID yn [a-z0-9][a-z0-9.-]*, nid '%1'.",
    "Writes an organisation's bricks from the cache as a CSV with the columns "
    "service,brick,name,capability,uses,annual_cost_gbp,fte,basis,source (one row per brick; a service with no "
    "bricks gets one row with only its id), and with --flows its flows as service,from,to,label. Cells a "
    "spreadsheet would run as formulas are written with a leading apostrophe.":
        "Yn ysgrifennu brics sefydliad o'r storfa fel CSV gyda'r colofnau "
        "service,brick,name,capability,uses,annual_cost_gbp,fte,basis,source (un rhes i bob bricsen; mae "
        "gwasanaeth heb frics yn cael un rhes gyda'i ddynodydd yn unig), a chyda --flows ei lifoedd fel "
        "service,from,to,label. Mae celloedd y byddai taenlen yn eu rhedeg fel fformiwlâu yn cael eu "
        "hysgrifennu gydag collnod o'u blaen.",
    "The CSV to write.": "Y CSV i'w ysgrifennu.",
    "Also write the flows CSV.": "Ysgrifennu CSV y llifoedd hefyd.",
    "mapping export needs --out FILE.csv.": "Mae mapping export angen --out FFEIL.csv.",
    "no organisation '%1' (period %2) in the cache %3": "nid oes sefydliad '%1' (cyfnod %2) yn y storfa %3",
    "latest": "diweddaraf",
    "Wrote %1 (%2 %3): %4 bricks of %5 services.\n": "Ysgrifennwyd %1 (%2 %3): %4 bricsen o %5 gwasanaeth.\n",
    "Reads a mapping CSV (see mapping export) onto the organisation's document in the cache and writes the "
    "result to DIR/orgs/CODE/PERIOD.json, validated. Its services, reported figures and systems are kept; the "
    "bricks of every service an imported row names are replaced by the file's. Rows that cannot be imported "
    "are skipped and listed with their line; --strict writes nothing when any row is skipped.":
        "Yn darllen CSV mapio (gweler mapping export) ar ddogfen y sefydliad yn y storfa ac yn ysgrifennu'r "
        "canlyniad i DIR/orgs/CODE/PERIOD.json, wedi'i ddilysu. Cedwir ei wasanaethau, ei ffigurau a adroddwyd "
        "a'i systemau; mae brics pob gwasanaeth a enwir gan res a fewnforiwyd yn cael eu disodli gan rai'r "
        "ffeil. Caiff rhesi na ellir eu mewnforio eu hepgor a'u rhestru gyda'u llinell; nid yw --strict yn "
        "ysgrifennu dim pan gaiff unrhyw res ei hepgor.",
    "The mapping CSV.": "Y CSV mapio.",
    "The flows CSV (service,from,to,label).": "CSV y llifoedd (service,from,to,label).",
    "Folder to write the document into.": "Ffolder i ysgrifennu'r ddogfen iddi.",
    "List a source in the document so rows may name it (repeatable).":
        "Rhestru ffynhonnell yn y ddogfen fel y gall rhesi ei henwi (gellir ailadrodd).",
    "Write nothing when any row is skipped (exit 2).": "Peidio ag ysgrifennu dim pan gaiff unrhyw res ei hepgor (gadael 2).",
    "mapping import needs --org ORG and --out DIR.": "Mae mapping import angen --org ORG a --out DIR.",
    "no organisation '%1' in the cache %2 to import onto": "nid oes sefydliad '%1' yn y storfa %2 i fewnforio arno",
    "Nothing was imported.": "Ni fewnforiwyd dim.",
    "--strict: %n row(s) skipped, nothing written.": ["--strict: hepgorwyd %n rhes, ni ysgrifennwyd dim."] * 6,
    "Shows what an organisation document changes against the version in the cache (same organisation and "
    "period): services and bricks added, changed and removed, and the change in mapped, frontline and overhead "
    "spend.":
        "Yn dangos beth mae dogfen sefydliad yn ei newid o'i chymharu â'r fersiwn yn y storfa (yr un sefydliad "
        "a chyfnod): gwasanaethau a brics a ychwanegwyd, a newidiwyd ac a dynnwyd, a'r newid yn y gwariant "
        "wedi'i fapio, rheng flaen a gorbenion.",
    "The organisation document.": "Dogfen y sefydliad.",
    "Print JSON.": "Argraffu JSON.",
    "the document is %1's, not %2's": "dogfen %1 yw hon, nid un %2",
    "Validates an organisation document (every problem with its JSON pointer), shows its diff against the "
    "version in the cache, and publishes it: into a commons folder with --commons DIR (replacing the "
    "organisation's document for that period; version + 1; index.json signed with --key), or as one file with "
    "--export FILE (signed with --key into FILE.sig) for a central commons to take in.":
        "Yn dilysu dogfen sefydliad (pob problem gyda'i phwyntydd JSON), yn dangos y gwahaniaeth rhyngddi a'r "
        "fersiwn yn y storfa, ac yn ei chyhoeddi: i ffolder comin gyda --commons DIR (yn disodli dogfen y "
        "sefydliad ar gyfer y cyfnod hwnnw; fersiwn + 1; index.json wedi'i lofnodi gyda --key), neu fel un "
        "ffeil gyda --export FFEIL (wedi'i llofnodi gyda --key yn FFEIL.sig) i gomin canolog ei derbyn.",
    "The commons folder to publish into.": "Y ffolder comin i gyhoeddi iddi.",
    "Write the one document here instead.": "Ysgrifennu'r un ddogfen yma yn lle hynny.",
    "The organisation's Ed25519 secret key (from keygen).": "Allwedd gyfrinachol Ed25519 y sefydliad (o keygen).",
    "Commons id, for a first publication into an empty folder.": "Dynodydd y comin, ar gyfer y cyhoeddiad cyntaf i ffolder wag.",
    "Commons title, for a first publication.": "Teitl y comin, ar gyfer y cyhoeddiad cyntaf.",
    "The catalogue (bricks.json) to validate against and start a commons with (default: the folder's, else the "
    "cache's).":
        "Y catalog (bricks.json) i ddilysu yn ei erbyn ac i ddechrau comin ag ef (rhagosodiad: un y ffolder, "
        "neu fel arall un y storfa).",
    "Which commons of the cache to diff against (default: the latest).":
        "Pa gomin o'r storfa i gymharu yn ei erbyn (rhagosodiad: y diweddaraf).",
    "mapping publish needs either --commons DIR or --export FILE.": "Mae mapping publish angen naill ai --commons DIR neu --export FFEIL.",
    "no catalogue to validate against: give --bricks FILE, publish into a commons folder, or sync the commons "
    "into the cache.":
        "dim catalog i ddilysu yn ei erbyn: rhowch --bricks FFEIL, cyhoeddwch i ffolder comin, neu cysonwch y "
        "comin i'r storfa.",
    "%1 is valid.\n": "Mae %1 yn ddilys.\n",
    "Exported %1 (not signed).\n": "Allforiwyd %1 (heb ei llofnodi).\n",
    "Exported %1, signed in %2 with public key %3\n": "Allforiwyd %1, wedi'i llofnodi yn %2 gydag allwedd gyhoeddus %3\n",
    "Checks an exported organisation document against its FILE.sig with the organisation's public key (what a "
    "central commons runs before taking it in).":
        "Yn gwirio dogfen sefydliad a allforiwyd yn erbyn ei FFEIL.sig gydag allwedd gyhoeddus y sefydliad "
        "(yr hyn y mae comin canolog yn ei redeg cyn ei derbyn).",
    "The exported document.": "Y ddogfen a allforiwyd.",
    "The organisation's public key file (SECRET.key.pub).": "Ffeil allwedd gyhoeddus y sefydliad (SECRET.key.pub).",
    "mapping verify needs --key KEY.pub.": "Mae mapping verify angen --key KEY.pub.",
    "%1: the signature does not verify: %2": "%1: nid yw'r llofnod yn dilysu: %2",
    "%1: signature good.\n": "%1: llofnod da.\n",
    "Usage: livedna-cli mapping export|import|diff|publish|verify ... (each has --help)\n"
    "  export ORG [--period P] --out FILE.csv [--flows FILE.csv]\n"
    "  import FILE.csv [--flows F] --org ORG --out DIR [--source ID=TITLE] [--strict]\n"
    "  diff ORG FILE.json [--json]\n"
    "  publish FILE.json (--commons DIR | --export ONE.json) [--key SECRET.key]\n"
    "  verify ONE.json --key KEY.pub\n":
        "Defnydd: livedna-cli mapping export|import|diff|publish|verify ... (mae gan bob un --help)\n"
        "  export ORG [--period P] --out FILE.csv [--flows FILE.csv]\n"
        "  import FILE.csv [--flows F] --org ORG --out DIR [--source ID=TITLE] [--strict]\n"
        "  diff ORG FILE.json [--json]\n"
        "  publish FILE.json (--commons DIR | --export ONE.json) [--key SECRET.key]\n"
        "  verify ONE.json --key KEY.pub\n",
    "unknown mapping command '%1'": "gorchymyn mapio anhysbys '%1'",
    "Mapping coverage: the share of reported spend mapped into bricks, nationally and per organisation (latest "
    "period), by service and by layer of the reported spend. A service counts its bricks up to its reported "
    "spend: over-allocation is shown separately, never counted; a service with no positive reported spend is "
    "outside the share, which is null where nothing is reported.":
        "Cwmpas mapio: y gyfran o'r gwariant a adroddwyd sydd wedi'i mapio'n frics, yn genedlaethol ac i bob "
        "sefydliad (y cyfnod diweddaraf), fesul gwasanaeth a fesul haen y gwariant a adroddwyd. Mae gwasanaeth "
        "yn cyfrif ei frics hyd at ei wariant a adroddwyd: dangosir gor-ddyrannu ar wahân, ac ni chaiff byth ei "
        "gyfrif; mae gwasanaeth heb wariant positif a adroddwyd y tu allan i'r gyfran, sy'n null lle nad "
        "adroddir dim.",
    "Only this organisation.": "Y sefydliad hwn yn unig.",
    "Also list every organisation and its services.": "Rhestru pob sefydliad a'i wasanaethau hefyd.",
    "no organisation '%1' in the cache %2": "nid oes sefydliad '%1' yn y storfa %2",
    "Map an organisation into bricks: CSV export/import, diff, publish":
        "Mapio sefydliad yn frics: allforio/mewnforio CSV, gwahaniaeth, cyhoeddi",
    "Share of reported spend mapped into bricks, by service and layer":
        "Cyfran y gwariant a adroddwyd sydd wedi'i mapio'n frics, fesul gwasanaeth a haen",
    "Save it from the spreadsheet as “CSV UTF-8 (comma delimited)”.":
        "Cadwch hi o'r daenlen fel “CSV UTF-8 (comma delimited)”.",
    "Line 1: the file is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8. %1":
        "Llinell 1: mae'r ffeil yn UTF-16 (mae'n dechrau gyda nod trefn beit UTF-16), nid UTF-8. %1",
    "Line %1: the file holds NUL bytes: it is UTF-16 or not text at all, not UTF-8. %2":
        "Llinell %1: mae beitiau NUL yn y ffeil: mae'n UTF-16 neu ddim yn destun o gwbl, nid UTF-8. %2",
    "Line %1: the file is not UTF-8 (byte 0x%2 at offset %3; Latin-1 or Windows-1252, perhaps). %4":
        "Llinell %1: nid yw'r ffeil yn UTF-8 (beit 0x%2 yn safle %3; Latin-1 neu Windows-1252, efallai). %4",
    "column %1 starts with “%2”, which a spreadsheet runs as a formula (formula injection): refused; write the "
    "text without it, or start the cell with an apostrophe":
        "mae colofn %1 yn dechrau gyda “%2”, y mae taenlen yn ei redeg fel fformiwla (chwistrellu fformiwla): "
        "gwrthodwyd; ysgrifennwch y testun hebddo, neu dechreuwch y gell gyda collnod",
    "column %1 holds a control character (a line break or tab inside a cell): refused":
        "mae nod rheoli yng ngholofn %1 (toriad llinell neu dab mewn cell): gwrthodwyd",
    "column %1 is “%2”, not a number of pounds or staff": "mae colofn %1 yn “%2”, nid nifer o bunnoedd na staff",
    "column %1 is negative (%2): it must be 0 or more": "mae colofn %1 yn negatif (%2): rhaid iddi fod yn 0 neu fwy",
    "column %1 is %2, above the bound of %3: refused": "mae colofn %1 yn %2, uwchlaw'r terfyn o %3: gwrthodwyd",
    "uses names “%1”, which is not a brick of the commons' catalogue":
        "mae uses yn enwi “%1”, nad yw'n fricsen yng nghatalog y comin",
    "uses “%1” is a brick of the capability “%2”, but the capability column says “%3”: leave it empty or write "
    "“%2”":
        "mae uses “%1” yn fricsen o'r gallu “%2”, ond mae'r golofn capability yn dweud “%3”: gadewch hi'n wag "
        "neu ysgrifennwch “%2”",
    "a brick needs either a catalogue brick in uses (standard) or a capability (bespoke); both are empty":
        "mae bricsen angen naill ai fricsen gatalog yn uses (safonol) neu allu (pwrpasol); mae'r ddau'n wag",
    "capability “%1” is not a capability of the commons' catalogue": "nid yw'r gallu “%1” yn allu yng nghatalog y comin",
    "an estimated brick must say how it was estimated: write its method and inputs in source, as "
    "“<source id>#<method and inputs>”":
        "rhaid i fricsen amcangyfrifedig ddweud sut yr amcangyfrifwyd hi: ysgrifennwch ei dull a'i mewnbynnau "
        "yn source, fel “<source id>#<dull a mewnbynnau>”",
    "source “%1” must be “<source id>#<locator>” (for an estimate, the locator states the method and its "
    "inputs)":
        "rhaid i source “%1” fod yn “<source id>#<lleolydd>” (ar gyfer amcangyfrif, mae'r lleolydd yn nodi'r "
        "dull a'i fewnbynnau)",
    "source “%1” is not listed in the document's sources (%2); add it with --source %1=TITLE":
        "nid yw'r ffynhonnell “%1” wedi'i rhestru yn ffynonellau'r ddogfen (%2); ychwanegwch hi gyda "
        "--source %1=TITLE",
    "column service is empty": "mae'r golofn service yn wag",
    "column brick (the brick's id) is empty": "mae'r golofn brick (dynodydd y fricsen) yn wag",
    "service “%1” is not a service of %2's %3 document": "nid yw “%1” yn wasanaeth yn nogfen %3 %2",
    "brick id “%1” is already the id of a system of service “%2”; give the brick another id":
        "mae'r dynodydd bricsen “%1” eisoes yn ddynodydd system o'r gwasanaeth “%2”; rhowch ddynodydd arall "
        "i'r fricsen",
    "no cost: a brick's cost is never invented; give the published cost, or an estimate with basis "
    "“estimated” and its method in source":
        "dim cost: ni chaiff cost bricsen byth ei dyfeisio; rhowch y gost a gyhoeddwyd, neu amcangyfrif gyda "
        "basis “estimated” a'i ddull yn source",
    "basis is “%1”; it must be “published”, “estimated” or empty (published)":
        "mae basis yn “%1”; rhaid iddo fod yn “published”, “estimated” neu'n wag (published)",
    "duplicate brick id “%1” in service “%2” (first at line %3): refused":
        "dynodydd bricsen dyblyg “%1” yn y gwasanaeth “%2” (y cyntaf ar linell %3): gwrthodwyd",
    "Line 1: the header lacks the column(s) %1; a mapping CSV has the columns %2":
        "Llinell 1: nid oes gan y pennawd y golofn/colofnau %1; mae gan CSV mapio y colofnau %2",
    "the row has %1 fields, the header %2 (an unquoted comma in a name?)":
        "mae gan y rhes %1 maes, a'r pennawd %2 (coma heb ddyfynodau mewn enw?)",
    "service “%1”: the flow %2 → %3 was dropped: one of its bricks is no longer in the service":
        "gwasanaeth “%1”: gollyngwyd y llif %2 → %3: nid yw un o'i frics yn y gwasanaeth mwyach",
    "Line 1: the header lacks the column(s) %1; a flows CSV has the columns %2":
        "Llinell 1: nid oes gan y pennawd y golofn/colofnau %1; mae gan CSV llifoedd y colofnau %2",
    "the flow %1 → %2 names a brick that service “%3” does not have":
        "mae'r llif %1 → %2 yn enwi bricsen nad yw gan y gwasanaeth “%3”",
    "over-allocated: the bricks of service “%1” cost %2, more than its reported spend of %3 (by %4); imported, "
    "and coverage counts it as fully mapped":
        "gor-ddyrannu: mae brics y gwasanaeth “%1” yn costio %2, mwy na'i wariant a adroddwyd o %3 (o %4); "
        "mewnforiwyd, ac mae'r cwmpas yn ei gyfrif fel un wedi'i fapio'n llawn",
    "over-allocated: the bricks of service “%1” cost %2, but its reported net spend is %3 (income covers it); "
    "imported, and it has no coverage share":
        "gor-ddyrannu: mae brics y gwasanaeth “%1” yn costio %2, ond ei wariant net a adroddwyd yw %3 (mae "
        "incwm yn ei dalu); mewnforiwyd, ac nid oes ganddo gyfran gwmpas",
    "Line 1: the file is empty; it needs a header row.": "Llinell 1: mae'r ffeil yn wag; mae angen rhes bennawd.",
    "n/a (nothing reported)": "amh. (dim wedi'i adrodd)",
    "%1: nothing reported (%n service(s) with no positive reported spend)":
        ["%1: dim wedi'i adrodd (%n gwasanaeth heb wariant positif a adroddwyd)"] * 6,
    "; %1 mapped outside the share": "; %1 wedi'i fapio y tu allan i'r gyfran",
    "%1: %2 mapped of %3 reported (%4 unmapped)": "%1: %2 wedi'i fapio o %3 a adroddwyd (%4 heb ei fapio)",
    "; over-allocated %1 (not counted)": "; gor-ddyrannwyd %1 (heb ei gyfrif)",
    "; %1 mapped on services with no positive reported spend":
        "; %1 wedi'i fapio ar wasanaethau heb wariant positif a adroddwyd",
    "Mapping coverage: the share of reported spend mapped into bricks (%1 organisations).\n":
        "Cwmpas mapio: y gyfran o'r gwariant a adroddwyd sydd wedi'i mapio'n frics (%1 sefydliad).\n",
    "All": "Y cyfan",
    "By layer of the reported spend:\n": "Fesul haen y gwariant a adroddwyd:\n",
    "By service:\n": "Fesul gwasanaeth:\n",
    "By organisation:\n": "Fesul sefydliad:\n",
    "%1 %2 (%3): a new document; the cache holds none for this period.\n":
        "%1 %2 (%3): dogfen newydd; nid oes un yn y storfa ar gyfer y cyfnod hwn.\n",
    "%1 %2 (%3) against the version in the cache:\n": "%1 %2 (%3) o'i gymharu â'r fersiwn yn y storfa:\n",
    "No change.\n": "Dim newid.\n",
    "Services: %1 added, %2 changed, %3 removed. Bricks: %4 added, %5 changed, %6 removed.\n":
        "Gwasanaethau: %1 wedi'u hychwanegu, %2 wedi'u newid, %3 wedi'u tynnu. Brics: %4 wedi'u hychwanegu, "
        "%5 wedi'u newid, %6 wedi'u tynnu.\n",
    "Mapped spend: %1 → %2 (%3); frontline %4 → %5 (%6); overhead %7 → %8 (%9).\n":
        "Gwariant wedi'i fapio: %1 → %2 (%3); rheng flaen %4 → %5 (%6); gorbenion %7 → %8 (%9).\n",
    "Organisation fields changed: %1\n": "Meysydd y sefydliad a newidiwyd: %1\n",
    "Sources added: %1\n": "Ffynonellau a ychwanegwyd: %1\n",
    "Sources removed: %1\n": "Ffynonellau a dynnwyd: %1\n",
    "  %1 service %2 (%3): mapped %4 → %5%6\n": "  %1 gwasanaeth %2 (%3): wedi'i fapio %4 → %5%6\n",
    "; fields changed: %1": "; meysydd a newidiwyd: %1",
    "    %1 brick %2: %3 → %4%5\n": "    %1 bricsen %2: %3 → %4%5\n",
    "Cannot copy this document of the commons.": "Methu copïo'r ddogfen hon o'r comin.",
    "The code '%1' or period '%2' cannot name a file.": "Ni all y cod '%1' na'r cyfnod '%2' enwi ffeil.",
    "Cannot create a staging folder: %1": "Methu creu ffolder lwyfannu: %1",
    "Mark the publication stale after N days (an expiry is not carried over).":
        "Nodi bod y cyhoeddiad yn hen ar ôl N diwrnod (nid yw dyddiad dod i ben yn cael ei gario drosodd).",
    "No commons in the cache to compare with: no diff shown.\n":
        "Dim comin yn y storfa i gymharu ag ef: ni ddangosir gwahaniaeth.\n",
    "column %1 holds a control or text-direction character, which an id must not: refused":
        "mae nod rheoli neu nod cyfeiriad testun yng ngholofn %1, na chaiff dynodydd ei gynnwys: gwrthodwyd",
    "The folder holds no commons yet, and no catalogue was given to start one with (--bricks FILE, or a "
    "commons in the cache).":
        "Nid oes comin yn y ffolder eto, ac ni roddwyd catalog i ddechrau un ag ef (--bricks FFEIL, neu gomin "
        "yn y storfa).",
})

CY.update({
    # --- proposal editing (livedna::AddBrick, AddFlow, RemoveFlow, BrickPalette, edit) ---
    "Add “%1”": "Ychwanegu “%1”",
    "Connect “%1” to “%2”": "Cysylltu “%1” â “%2”",
    "Disconnect “%1” from “%2”": "Datgysylltu “%1” oddi wrth “%2”",
    "Search commons bricks…": "Chwilio brics y comin…",
    "£ a year": "£ y flwyddyn",
    "Double-click a brick to add it to the service.": "Cliciwch fricsen ddwywaith i'w hychwanegu at y gwasanaeth.",
    "The service has no brick '%1'.": "Nid oes gan y gwasanaeth fricsen '%1'.",
    "The commons has no brick '%1'.": "Nid oes gan y comin fricsen '%1'.",
    "%1 provides '%2', not '%3' like the brick it would replace.":
        "Mae %1 yn darparu '%2', nid '%3' fel y fricsen y byddai'n ei disodli.",
    "'%1' already uses %2.": "Mae '%1' eisoes yn defnyddio %2.",
    "The commons has no capability '%1'.": "Nid oes gan y comin allu '%1'.",
    "A cost must be a number of pounds, zero or more.": "Rhaid i gost fod yn nifer o bunnoedd, sero neu fwy.",
    "FTE must be a number, zero or more.": "Rhaid i CALl fod yn rhif, sero neu fwy.",
    "'%1' already flows to '%2'.": "Mae '%1' eisoes yn llifo i '%2'.",
    "'%1' does not flow to '%2'.": "Nid yw '%1' yn llifo i '%2'.",
    "A position must be finite.": "Rhaid i safle fod yn feidraidd.",

    # --- document checks (livedna::Checker); the subject is the JSON location printed before ---
    "must be an object": "rhaid iddo fod yn wrthrych",
    "must be an array": "rhaid iddo fod yn arae",
    "must be a string": "rhaid iddo fod yn llinyn",
    "must not be empty": "rhaid iddo beidio â bod yn wag",
    "is longer than %1 characters": "mae'n hirach na %1 nod",
    "'%1' is not an id ([a-z0-9][a-z0-9.-]*)": "nid yw '%1' yn ddynodydd ([a-z0-9][a-z0-9.-]*)",
    "must be a number": "rhaid iddo fod yn rhif",
    "must be at least %1": "rhaid iddo fod yn %1 o leiaf",
    "must be at most %1": "rhaid iddo fod yn %1 ar y mwyaf",
    "'%1' is not an RFC 3339 date-time": "nid yw '%1' yn ddyddiad-amser RFC 3339",

    # --- comparing, drafts (livedna::CompareView, DraftList) ---
    "<b>%1</b> compared with <b>%2</b>: %3 → %4 a year": "<b>%1</b> o'i gymharu â <b>%2</b>: %3 → %4 y flwyddyn",
    "Drafts": "Drafftiau",
    "new service": "gwasanaeth newydd",
    "%1 / %2": "%1 / %2",
    "%1 — %2, saved %3": "%1 — %2, cadwyd %3",
    "(untitled)": "(dideitl)",

    # --- duplication (livedna::DuplicationModel, DuplicationView, InstanceModel, OrgFigureModel) ---
    "The commons lacks a brick for %1: %2 organisations spending %3 would benefit from one.":
        "Nid oes gan y comin fricsen ar gyfer %1: byddai %2 sefydliad sy'n gwario %3 ar eu hennill o gael un.",
    "commons lacks one": "dim un yn y comin",
    "n/a: %1 orgs would benefit": "amh: byddai %1 sefydliad ar eu hennill",
    "Name": "Enw",
    "Standard instances": "Enghreifftiau safonol",
    "Bespoke instances": "Enghreifftiau pwrpasol",
    "Bespoke spend": "Gwariant pwrpasol",
    "Cheapest commons brick": "Bricsen comin rataf",
    "Brick cost": "Cost y fricsen",
    "Saving": "Arbediad",
    "Duplication by capability": "Dyblygu yn ôl gallu",
    "Saving by capability chart": "Siart arbediad yn ôl gallu",
    "Select a capability to see the organisations behind its figures.":
        "Dewiswch allu i weld y sefydliadau y tu ôl i'w ffigurau.",
    "Organisations implementing the capability": "Sefydliadau sy'n gweithredu'r gallu",
    "Brick instances behind the figure": "Enghreifftiau brics y tu ôl i'r ffigur",
    "%1: the commons lacks a brick for this capability. %2 organisations spending %3 on bespoke instances would benefit from one.":
        "%1: nid oes gan y comin fricsen ar gyfer y gallu hwn. Byddai %2 sefydliad sy'n gwario %3 ar enghreifftiau "
        "pwrpasol ar eu hennill o gael un.",
    "%1: saving %2 = sum over organisations of max(0, bespoke spend - %3, the cost of %4).":
        "%1: arbediad %2 = swm dros y sefydliadau o max(0, gwariant pwrpasol - %3, cost %4).",
    "%1 organisations, %2 brick instances. Saving if every organisation consumed the cheapest commons brick instead of its bespoke ones: %3 a year.":
        "%1 sefydliad, %2 enghraifft o frics. Yr arbediad pe bai pob sefydliad yn defnyddio'r fricsen comin rataf yn "
        "lle ei rai pwrpasol: %3 y flwyddyn.",
    "Capabilities in use without a commons brick: %1 (%2 of bespoke spend would benefit).":
        "Galluoedd a ddefnyddir heb fricsen comin: %1 (byddai %2 o wariant pwrpasol ar ei ennill).",
    "Saving, £ thousand a year": "Arbediad, £ mil y flwyddyn",
    "%1: %2 savings opportunities, %3 a year in all. Select one to see its instances.":
        "%1: %2 cyfle i arbed, %3 y flwyddyn i gyd. Dewiswch un i weld ei enghreifftiau.",
    "No analysis: %1": "Dim dadansoddiad: %1",
    "Uses": "Yn defnyddio",
    "no commons brick": "dim bricsen comin",
    "Code": "Cod",

    # --- proposal workspace (livedna::EffectPanel, ProposalCanvas, ProposalWorkspace) ---
    "<b>Effect</b>": "<b>Effaith</b>",
    "Annual saving": "Arbediad blynyddol",
    "Cost before and after": "Cost cyn ac ar ôl",
    "Saving: %1 a year": "Arbediad: %1 y flwyddyn",
    "New service: %1 a year": "Gwasanaeth newydd: %1 y flwyddyn",
    "FTE moved from overhead to frontline: %1": "CALl a symudwyd o'r gorbenion i'r rheng flaen: %1",
    "Bespoke bricks removed: %1": "Brics pwrpasol a dynnwyd: %1",
    "&Import Spending CSV…": "&Mewnforio CSV Gwariant…",
    "&Publish a Commons…": "&Cyhoeddi Comin…",
    "Replace with commons brick": "Disodli gyda bricsen comin",
    "%1 — %2 a year (%3)": "%1 — %2 y flwyddyn (%3)",
    "Connect to": "Cysylltu â",
    "Disconnect from": "Datgysylltu oddi wrth",
    "Remove “%1”": "Tynnu “%1”",
    "Undo": "Dadwneud",
    "Undo %1": "Dadwneud %1",
    "Redo": "Ailwneud",
    "Redo %1": "Ailwneud %1",
    "Export": "Allforio",
    "Briefing (PDF)…": "Papur briffio (PDF)…",
    "ArchiMate exchange file…": "Ffeil gyfnewid ArchiMate…",
    "GraphML…": "GraphML…",
    "Spreadsheet (CSV)…": "Taenlen (CSV)…",
    "Proposal file (JSON)…": "Ffeil cynnig (JSON)…",
    "Compare with baseline": "Cymharu â'r llinell sylfaen",
    "Compare with proposal file…": "Cymharu â ffeil cynnig…",
    "Compare with proposal": "Cymharu â chynnig",
    "LiveDNA proposals (*.livedna-proposal.json *.json)": "Cynigion LiveDNA (*.livedna-proposal.json *.json)",
    "Draft saved": "Cadwyd y drafft",
    "Compare": "Cymharu",
    "Selected brick": "Bricsen a ddewiswyd",
    "FTE": "CALl",
    "Replace": "Disodli",
    "Commons brick": "Bricsen comin",
    "Remove brick": "Tynnu'r fricsen",
    "Effect": "Effaith",
    "Palette": "Palet",
    "Title": "Teitl",
    "Author": "Awdur",
    "Why this redesign? (Markdown)": "Pam yr ailgynllunio hwn? (Markdown)",
    "Proposal": "Cynnig",
    "“%1” is not a number of FTE.": "Nid yw “%1” yn nifer o CALl.",
    "Your last edit could not be saved: %1": "Nid oedd modd cadw eich golygiad diwethaf: %1",
    "Export proposal": "Allforio'r cynnig",
    "Exported %1": "Allforiwyd %1",
    "This is a new service: there is no baseline to compare with.":
        "Gwasanaeth newydd yw hwn: nid oes llinell sylfaen i gymharu â hi.",
    "the published service": "y gwasanaeth cyhoeddedig",
    "%1 proposes a change to service '%2', not '%3'.": "Mae %1 yn cynnig newid i wasanaeth '%2', nid '%3'.",
    "%1 · %2 · %3": "%1 · %2 · %3",
    "commons brick": "bricsen comin",
    "%1 (%2)": "%1 (%2)",

    # --- publish dialog (livedna::PublishDialog) ---
    "Publish commons": "Cyhoeddi comin",
    "Folder with bricks.json and organisation documents": "Ffolder gyda bricks.json a dogfennau sefydliadau",
    "Commons folder (served as is, or synced from)": "Ffolder y comin (yn cael ei weini fel y mae, neu'n cael ei gysoni ohono)",
    "e.g. england-local (kept from the previous publication)": "e.e. england-local (wedi'i gadw o'r cyhoeddiad blaenorol)",
    "Secret key file: leave empty to publish unsigned":
        "Ffeil allwedd gyfrinachol: gadewch yn wag i gyhoeddi heb lofnod",
    "never": "byth",
    " days": " diwrnod",
    "New key…": "Allwedd newydd…",
    "&Documents:": "&Dogfennau:",
    "&Commons folder:": "&Ffolder y comin:",
    "Commons &id:": "Dynodydd y c&omin:",
    "&Title:": "&Teitl:",
    "&Sign with:": "&Llofnodi gyda:",
    "&Expires after:": "Yn dod i &ben ar ôl:",
    "&Publish": "&Cyhoeddi",
    "Nothing was published.\n%1": "Ni chyhoeddwyd dim.\n%1",
    "Choose the documents folder and the commons folder.": "Dewiswch ffolder y dogfennau a ffolder y comin.",
    "Validating and publishing…": "Yn dilysu ac yn cyhoeddi…",
    "Choose a folder": "Dewiswch ffolder",
    "Secret key": "Allwedd gyfrinachol",
    "New signing key": "Allwedd lofnodi newydd",
    "Secret key: %1 (keep it private)\nPublic key: %1.pub — readers pin it with 'livedna-cli sync --trust %1.pub'.\n%2":
        "Allwedd gyfrinachol: %1 (cadwch hi'n breifat)\nAllwedd gyhoeddus: %1.pub — mae darllenwyr yn ei phinio "
        "gyda 'livedna-cli sync --trust %1.pub'.\n%2",

    # --- frontline scenario view (livedna::ScenarioModel, ScenarioPanel) ---
    "%1 posts": "Swyddi %1",
    "Group": "Grŵp",
    "Realised": "Wedi'i wireddu",
    "Assumptions (editable)": "Rhagdybiaethau (gellir eu golygu)",
    "Share of the saving realised": "Cyfran yr arbediad a wireddir",
    "Share of the saving realised:": "Cyfran yr arbediad a wireddir:",
    "Annual cost of one %1 post": "Cost flynyddol un swydd %1",
    "%1, a year:": "%1, y flwyddyn:",
    "National roll-up": "Crynhoad cenedlaethol",
    "Edited by the user.": "Wedi'i olygu gan y defnyddiwr.",
    "Realising %1% of %2 a year would pay for %3 nurses or %4 teachers.":
        "Byddai gwireddu %1% o %2 y flwyddyn yn talu am %3 nyrs neu %4 athro.",

    # --- similarity (livedna::SimilarityModel, SimilarityView) ---
    "yes": "ie",
    "Standard playlist": "Rhestr chwarae safonol",
    "Distance": "Pellter",
    "Cost distance": "Pellter cost",
    "Mean Jaccard": "Jaccard cymedrig",
    "Mean cost similarity": "Tebygrwydd cost cymedrig",
    "Cost": "Cost",
    "Capabilities": "Galluoedd",
    "Capability-set Jaccard": "Jaccard y set galluoedd",
    "Cost-weighted similarity": "Tebygrwydd wedi'i bwysoli yn ôl cost",
    "Similarity measure": "Mesur tebygrwydd",
    "Organisations by distance from the standard playlist": "Sefydliadau yn ôl pellter o'r rhestr chwarae safonol",
    "Pairwise similarity heat map": "Map gwres tebygrwydd fesul pâr",
    "similarity": "tebygrwydd",
    "Service:": "Gwasanaeth:",
    "%1 (%2 organisations)": "%1 (%2 sefydliad)",
    "Standard playlist, shared by %1 of %2 organisations: %3":
        "Rhestr chwarae safonol, a rennir gan %1 o %2 sefydliad: %3",
    "(no bricks mapped)": "(dim brics wedi'u mapio)",
})

CY.update({
    # --- spending import wizard (livedna::SpendingImportWizard) ---
    "Import spending CSV": "Mewnforio CSV gwariant",
    "Spending file": "Ffeil wariant",
    "A CSV of spending by organisation and service, such as the MHCLG Revenue Outturn long form. Costs are never invented: each organisation's services get the published amount as their reported cost and stay unmapped until someone maps them.":
        "CSV o wariant fesul sefydliad a gwasanaeth, fel ffurf hir Revenue Outturn MHCLG. Ni chaiff costau byth eu "
        "dyfeisio: mae gwasanaethau pob sefydliad yn cael y swm cyhoeddedig fel eu cost a adroddwyd ac yn aros heb eu "
        "mapio nes i rywun eu mapio.",
    "CSV &file:": "&Ffeil CSV:",
    "Spending CSV": "CSV gwariant",
    "CSV files (*.csv *.tsv *.txt);;All files (*)": "Ffeiliau CSV (*.csv *.tsv *.txt);;Pob ffeil (*)",
    "&Output folder:": "Ffolder &allbwn:",
    "Folder of organisation documents": "Ffolder o ddogfennau sefydliadau",
    "Columns": "Colofnau",
    "The first rows as read. Say which column holds what.":
        "Y rhesi cyntaf fel y'u darllenwyd. Dywedwch pa golofn sy'n dal beth.",
    "Organisation code (GSS/ODS), used as is": "Cod sefydliad (GSS/ODS), wedi'i ddefnyddio fel y mae",
    "GSS code, matched to current councils": "Cod GSS, wedi'i baru â chynghorau cyfredol",
    "Finance e-code, matched to current councils": "E-god cyllid, wedi'i baru â chynghorau cyfredol",
    "Council name, matched to current councils": "Enw cyngor, wedi'i baru â chynghorau cyfredol",
    "uk_local_authorities.csv (for matching)": "uk_local_authorities.csv (ar gyfer paru)",
    "e.g. 2017-18": "e.e. 2017-18",
    "1000 when amounts are in £ thousand (Revenue Outturn).": "1000 pan fo'r symiau mewn £ mil (Revenue Outturn).",
    "COLUMN=VALUE; … (keep only these rows)": "COLOFN=GWERTH; … (cadw'r rhesi hyn yn unig)",
    "COLUMN=VALUE; … (drop these rows)": "COLOFN=GWERTH; … (hepgor y rhesi hyn)",
    "Only organisations that already have a document in the output folder":
        "Dim ond sefydliadau sydd eisoes â dogfen yn y ffolder allbwn",
    "O&rganisation column:": "Colofn y s&efydliad:",
    "Organisation &key:": "&Allwedd y sefydliad:",
    "Re&gister:": "&Cofrestr:",
    "Local authority register": "Cofrestr awdurdodau lleol",
    "CSV files (*.csv)": "Ffeiliau CSV (*.csv)",
    "&Service column:": "Colofn y &gwasanaeth:",
    "Service &id column:": "Colofn &dynodydd y gwasanaeth:",
    "Ca&tegory column:": "Colofn y ca&tegori:",
    "&Amount column:": "Colofn y s&wm:",
    "Amount &multiplier:": "&Lluosydd y swm:",
    "&Period column:": "Colofn y c&yfnod:",
    "Period (if no column):": "Cyfnod (os nad oes colofn):",
    "&Include rows:": "Cynnwys &rhesi:",
    "E&xclude rows:": "&Hepgor rhesi:",
    "Report": "Adroddiad",
    "What was imported, what was skipped and why.": "Beth a fewnforiwyd, beth a hepgorwyd a pham.",
    "Nothing was imported.\n%1": "Ni fewnforiwyd dim.\n%1",
    "%1 is empty.": "Mae %1 yn wag.",
    "tab": "tab",
    "Delimiter: %1 · %2 · %3 columns": "Amffinydd: %1 · %2 · %3 colofn",
    "UTF-8 with byte-order mark": "UTF-8 gyda nod trefn beitiau",
    "no byte-order mark": "dim nod trefn beitiau",
    "The first %1 rows as read (%2). Say which column holds what.":
        "Y %1 rhes gyntaf fel y'u darllenwyd (%2). Dywedwch pa golofn sy'n dal beth.",
    "(none)": "(dim)",
    "Choose the output folder.": "Dewiswch y ffolder allbwn.",
    "Needed: a financial year such as 2017-18": "Angen: blwyddyn ariannol fel 2017-18",
    "Needed to match councils: uk_local_authorities.csv": "Angen i baru cynghorau: uk_local_authorities.csv",
    "Importing %1…": "Yn mewnforio %1…",

    # --- sync of extra files (livedna::Syncer) ---
    "expected an array of extra files": "disgwylid arae o ffeiliau ychwanegol",
    "expected an object": "disgwylid gwrthrych",
    "expected the type of the extra file as text": "disgwylid math y ffeil ychwanegol fel testun",
    "expected a path": "disgwylid llwybr",
    'path "%1" is also listed as a document': 'mae llwybr "%1" hefyd wedi\'i restru fel dogfen',
    "expected 64 hexadecimal digits": "disgwylid 64 digid hecsadegol",
    "expected a whole number of bytes": "disgwylid nifer cyfan o feitiau",
    "a second LGSL list; a commons carries at most one": "ail restr LGSL; mae comin yn cario un ar y mwyaf",
    "index.json says it is %1 bytes; LiveDNA accepts an LGSL list of at most %2 bytes":
        "mae index.json yn dweud ei bod yn %1 beit; mae LiveDNA yn derbyn rhestr LGSL o %2 beit ar y mwyaf",
    "index.json says it is %1 bytes; LiveDNA accepts documents of at most %2 bytes":
        "mae index.json yn dweud ei bod yn %1 beit; mae LiveDNA yn derbyn dogfennau o %2 beit ar y mwyaf",

    # --- public value (livedna::ValueRankingModel, ValueRankingView) ---
    "This service publishes no value inputs, so it has no index (not zero).":
        "Nid yw'r gwasanaeth hwn yn cyhoeddi mewnbynnau gwerth, felly nid oes ganddo fynegai (nid sero).",
    "%1 of %2 scored": "sgoriwyd %1 o %2",
    "Rank": "Safle",
    "PVI": "MGC",
    "Scored spend": "Gwariant a sgoriwyd",
    "Volume": "Nifer",
    "Cost per transaction": "Cost fesul trafodiad",
    "Quality": "Ansawdd",
    "Economy": "Darbodusrwydd",
    "Weights (editable)": "Pwysiadau (gellir eu golygu)",
    "Weight of the outcome input": "Pwysiad y mewnbwn canlyniad",
    "Weight of the satisfaction input": "Pwysiad y mewnbwn boddhad",
    "Weight of any other input": "Pwysiad unrhyw fewnbwn arall",
    "Weight of quality in the index": "Pwysiad ansawdd yn y mynegai",
    "Weight of cost per transaction in the index": "Pwysiad cost fesul trafodiad yn y mynegai",
    "Outcome input:": "Mewnbwn canlyniad:",
    "Satisfaction input:": "Mewnbwn boddhad:",
    "Any other input:": "Unrhyw fewnbwn arall:",
    "Quality (Q):": "Ansawdd (Q):",
    "Economy (E):": "Darbodusrwydd (E):",
    "PVI = 100 × (wQ·Q + wE·E) / (wQ + wE). Q = weighted mean of the service's value inputs; E = m / (m + c), c its cost per transaction and m the median c of the same service elsewhere (0.5 at the median). Without a volume, PVI = 100 × Q. Without inputs: no index. An organisation's PVI is the cost-weighted mean over its scored services.":
        "MGC = 100 × (wQ·Q + wE·E) / (wQ + wE). Q = cymedr pwysol mewnbynnau gwerth y gwasanaeth; E = m / (m + c), "
        "c yw ei gost fesul trafodiad ac m yw canolrif c yr un gwasanaeth mewn mannau eraill (0.5 ar y canolrif). Heb "
        "nifer, MGC = 100 × Q. Heb fewnbynnau: dim mynegai. MGC sefydliad yw'r cymedr wedi'i bwysoli yn ôl cost dros "
        "ei wasanaethau a sgoriwyd.",
    "Services by Public Value Index": "Gwasanaethau yn ôl Mynegai Gwerth Cyhoeddus",
    "Organisations by Public Value Index": "Sefydliadau yn ôl Mynegai Gwerth Cyhoeddus",
})


CY.update({
    # --- My area view (issue 11 items 2, 5 and 6: ui/area, AreaFinder, reported baselines) ---
    "Constituency · no MP in the data": "Etholaeth · dim AS yn y data",
    "Constituency · MP %1": "Etholaeth · AS %1",
    "MP for %1": "AS dros %1",
    "MP for %1 (%2)": "AS dros %1 (%2)",
    "Council · %1": "Cyngor · %1",
    "NHS trust · %1": "Ymddiriedolaeth GIG · %1",
    "Council · %1 · not in this commons": "Cyngor · %1 · nid yw yn y comin hwn",
    "NHS trust · %1 · not in this commons": "Ymddiriedolaeth GIG · %1 · nid yw yn y comin hwn",
    "Reported frontline spend, not yet mapped into bricks": "Gwariant rheng flaen a adroddwyd, heb ei fapio'n frics eto",
    "Reported overhead spend, not yet mapped into bricks": "Gwariant gorbenion a adroddwyd, heb ei fapio'n frics eto",
    "Employees (reported)": "Cyflogeion (a adroddwyd)",
    "Running costs (reported)": "Costau rhedeg (a adroddwyd)",
    'must be "published" or "reported"': 'rhaid iddo fod yn "published" neu\'n "reported"',
    "Started from My area: the constituency of %1 (%2)": "Dechreuwyd o Fy ardal: etholaeth %1 (%2)",
    "Started from My area: the constituency of %1 (%2), MP %3": "Dechreuwyd o Fy ardal: etholaeth %1 (%2), AS %3",
    "My &Area": "Fy &Ardal",
    "My area: find your constituency, council or NHS trust (%1)":
        "Fy ardal: dewch o hyd i'ch etholaeth, eich cyngor neu'ch ymddiriedolaeth GIG (%1)",
    "My Area": "Fy Ardal",
    "My area": "Fy ardal",
    "Find your constituency, council or NHS trust": "Dewch o hyd i'ch etholaeth, eich cyngor neu'ch ymddiriedolaeth GIG",
    "Type part of a constituency's name, its MP's name, or a council's or NHS trust's name or code":
        "Teipiwch ran o enw etholaeth, enw ei AS, neu enw neu god cyngor neu ymddiriedolaeth GIG",
    "Matches": "Cyfatebiaethau",
    "The cache holds no commons yet: sync one from the File menu.":
        "Nid oes comin yn y storfa eto: cysonwch un o'r ddewislen Ffeil.",
    "This commons publishes no areas (constituencies, their MPs and who serves them), so constituencies and MPs cannot be found here. You can still find its councils and NHS trusts by name.":
        "Nid yw'r comin hwn yn cyhoeddi ardaloedd (etholaethau, eu ASau a phwy sy'n eu gwasanaethu), felly ni ellir "
        "dod o hyd i etholaethau nac ASau yma. Gallwch ddal i ddod o hyd i'w gynghorau a'i ymddiriedolaethau GIG "
        "yn ôl eu henwau.",
    "Nothing matches “%1”.": "Nid oes dim yn cyfateb i “%1”.",
    "Type the name of your constituency, your MP, your council or your NHS trust above. You will see who serves the area, with the share of its residents each covers, what each spends and where every figure comes from.":
        "Teipiwch enw eich etholaeth, eich AS, eich cyngor neu eich ymddiriedolaeth GIG uchod. Fe welwch pwy sy'n "
        "gwasanaethu'r ardal, gyda chyfran ei thrigolion y mae pob un yn ei chwmpasu, beth mae pob un yn ei wario ac "
        "o ble y daw pob ffigur.",
    "Type the name or code of a council or NHS trust above to see its figures.":
        "Teipiwch enw neu god cyngor neu ymddiriedolaeth GIG uchod i weld ei ffigurau.",
    "No MP in the data.": "Dim AS yn y data.",
    "MP: <b>%1</b> · %2": "AS: <b>%1</b> · %2",
    "NHS acute trusts": "Ymddiriedolaethau acíwt GIG",
    "NHS acute trust · serves an estimated %1 of the constituency's residents":
        "Ymddiriedolaeth acíwt GIG · yn gwasanaethu tua %1 o drigolion yr etholaeth",
    "%n more trust(s) each serve under 1% of the residents.":
        ["Mae %n ymddiriedolaeth arall yn gwasanaethu llai nag 1% o'r trigolion yr un."] * 6,
    "County council": "Cyngor sir",
    "District council": "Cyngor dosbarth",
    "Unitary council": "Cyngor unedol",
    "%1 · above the districts of %2 of the constituency's residents":
        "%1 · uwchben dosbarthau %2 o drigolion yr etholaeth",
    "%1 · %2 of the constituency's residents": "%1 · %2 o drigolion yr etholaeth",
    "This commons holds no councils in %1, so it has no figures for this council.":
        "Nid oes gan y comin hwn gynghorau yn %1, felly nid oes ganddo ffigurau ar gyfer y cyngor hwn.",
    "This commons holds no document for this organisation, so it has no figures for it.":
        "Nid oes gan y comin hwn ddogfen ar gyfer y sefydliad hwn, felly nid oes ganddo ffigurau ar ei gyfer.",
    "Constituencies it serves": "Etholaethau y mae'n eu gwasanaethu",
    "Open in the explorer": "Agor yn y porwr",
    "Show %1 in the explorer: its services, bricks and sources": "Dangos %1 yn y porwr: ei wasanaethau, ei frics a'i ffynonellau",
    "Suggest a redesign": "Awgrymu ailgynllunio",
    "Start a proposal from one of its real services, its reported composition as the baseline":
        "Dechrau cynnig o un o'i wasanaethau go iawn, gyda'i gyfansoddiad a adroddwyd yn waelodlin",
    "cost not published": "cost heb ei chyhoeddi",
    "Not in this commons": "Nid ydynt yn y comin hwn",
    "%1 (%2, %3 of the residents): %4": "%1 (%2, %3 o'r trigolion): %4",
    "Who serves the area, and the shares, come from: %1": "Daw pwy sy'n gwasanaethu'r ardal, a'r cyfrannau, o: %1",
    "Shares are of population, estimated: %1": "Cyfrannau o'r boblogaeth yw'r rhain, wedi'u hamcangyfrif: %1",
    # headline of a card (HeadlineText)
    "+ %n service(s) reporting nothing": ["+ %n gwasanaeth heb adrodd dim"] * 6,
    "Net spend:": "Gwariant net:",
    "%1 per resident (population %2)": "%1 y preswylydd (poblogaeth %2)",
    "unknown: no population from a named source for a trust's catchment":
        "anhysbys: dim poblogaeth o ffynhonnell a enwir ar gyfer dalgylch ymddiriedolaeth",
    "Spend per head:": "Gwariant y pen:",
    "Against its peers:": "O'i gymharu â'i gymheiriaid:",
    "Export briefing…": "Allforio briff…",
    "A briefing of at most two pages on %1: PDF, web page or Markdown":
        "Briff o ddwy dudalen ar y mwyaf ar %1: PDF, tudalen we neu Markdown",
    "no comparison (see what is unknown below)": "dim cymhariaeth (gweler beth sy'n anhysbys isod)",
    ", 10th to 90th percentile %1–%2": ", canradd 10 i 90 %1–%2",
    "median %1 per resident among %n peer(s)": ["canolrif %1 y preswylydd ymhlith %n cymar"] * 6,
    ", middle half %1–%2": ", hanner canol %1–%2",
    "; ranked %1 (1 = the lowest spend per head)": "; safle %1 (1 = y gwariant isaf y pen)",
    "frontline %1 · overhead %2": "rheng flaen %1 · gorbenion %2",
    " · unclassified %1": " · heb ddosbarthu %1",
    "Reported:": "A adroddwyd:",
    "frontline %1 · overhead %2 (%n brick(s)": ["rheng flaen %1 · gorbenion %2 (%n bricsen"] * 6,
    ", %n bespoke)": [", %n pwrpasol)"] * 6,
    "not mapped into bricks yet": "heb ei fapio'n frics eto",
    "Mapped into bricks:": "Wedi'i fapio'n frics:",
    "Separately run systems:": "Systemau a redir ar wahân:",
    "none recorded in the commons": "dim un wedi'i gofnodi yn y comin",
    "Largest estimated savings:": "Arbedion amcangyfrifedig mwyaf:",
    "none estimated (see what is unknown below)": "dim un wedi'i amcangyfrif (gweler beth sy'n anhysbys isod)",
    "%1: %2–%3 a year (central %4)": "%1: %2–%3 y flwyddyn (canolog %4)",
    "Figures for %1 (latest document %2).": "Ffigurau ar gyfer %1 (dogfen ddiweddaraf %2).",
    "Unknown: %1": "Anhysbys: %1",
    "Sources: %1": "Ffynonellau: %1",
    # what AreaHeadlines says is unknown, shown on the My area cards (also brief11's strings)
    "Estimated saving on %1: the units its brick's price needs are not published.":
        "Arbediad amcangyfrifedig ar %1: nid yw'r unedau sydd eu hangen ar bris ei fricsen wedi'u cyhoeddi.",
    "Estimated saving on %1: the commons prices no standard brick to compare with.":
        "Arbediad amcangyfrifedig ar %1: nid yw'r comin yn prisio bricsen safonol i gymharu â hi.",
    "Net spend: no service reports one.": "Gwariant net: nid oes gwasanaeth yn adrodd un.",
    "Net spend: %n service(s) report no figure; the sum is over the others.":
        ["Gwariant net: nid yw %n gwasanaeth yn adrodd ffigur; mae'r swm dros y lleill."] * 6,
    "Spend per head: no population from a named source for a trust's catchment.":
        "Gwariant y pen: dim poblogaeth o ffynhonnell a enwir ar gyfer dalgylch ymddiriedolaeth.",
    "Spend per head: no population from a named source.": "Gwariant y pen: dim poblogaeth o ffynhonnell a enwir.",
    "Spend per head: the net spend is unknown.": "Gwariant y pen: mae'r gwariant net yn anhysbys.",
    "Spend per head against peers: not computed.": "Gwariant y pen o'i gymharu â chymheiriaid: heb ei gyfrifo.",
    "Reported frontline spend: no frontline service reports a figure.":
        "Gwariant rheng flaen a adroddwyd: nid oes gwasanaeth rheng flaen yn adrodd ffigur.",
    "Reported overhead spend: no overhead service reports a figure.":
        "Gwariant gorbenion a adroddwyd: nid oes gwasanaeth gorbenion yn adrodd ffigur.",
    "Mapped frontline / overhead: no service is mapped into bricks yet.":
        "Rheng flaen / gorbenion wedi'u mapio: nid oes gwasanaeth wedi'i fapio'n frics eto.",
    "Systems: none recorded in the commons (which is not the same as none run).":
        "Systemau: dim un wedi'i gofnodi yn y comin (nid yw hynny'r un peth â dim un yn cael ei redeg).",
    "the commons lists it but its document could not be read from the cache":
        "mae'r comin yn ei restru ond ni ellid darllen ei ddogfen o'r storfa",
})


CY.update({
    # --- main window wiring of analysis, proposals, import and publish (WorkspaceWiring) ---
    "no inputs": "dim mewnbynnau",
    "Import &Spending CSV…": "&Mewnforio CSV Gwariant…",
    "&Publish Commons…": "&Cyhoeddi Comin…",
    "&Analysis": "Dadan&soddi",
    "&Duplication and Savings": "&Dyblygu ac Arbedion",
    "&Frontline Shift Scenario": "Senario Symud i'r &Rheng Flaen",
    "Public &Value Ranking": "Safle &Gwerth Cyhoeddus",
    "Process &Similarity": "&Tebygrwydd Prosesau",
    "&Proposal": "Cy&nnig",
    "&New Proposal from Selected Service": "Cynnig &Newydd o'r Gwasanaeth a Ddewiswyd",
    "New &Blank Service": "&Gwasanaeth Gwag Newydd",
    "&Open/Import Proposal File…": "&Agor/Mewnforio Ffeil Cynnig…",
    "Open proposal file": "Agor ffeil cynnig",
    "LiveDNA proposals (*.json);;All files (*)": "Cynigion LiveDNA (*.json);;Pob ffeil (*)",
    "&Export": "A&llforio",
    "&PDF Report…": "Adroddiad &PDF…",
    "&ArchiMate Exchange…": "Cyfnewid &ArchiMate…",
    "&GraphML…": "&GraphML…",
    "&CSV…": "&CSV…",
    "&JSON Proposal File…": "Ffeil Cynnig &JSON…",
    "&Drafts": "&Drafftiau",
    "&Close Proposal": "&Cau'r Cynnig",
    "Drafts recovered": "Adferwyd drafftiau",
    "Duplication": "Dyblygu",
    "Frontline Shift": "Symud i'r Rheng Flaen",
    "Public Value": "Gwerth Cyhoeddus",
    "Similarity": "Tebygrwydd",
    "The drafts file could not be opened, so no proposal can be kept: %1":
        "Nid oedd modd agor y ffeil ddrafftiau, felly ni ellir cadw unrhyw gynnig: %1",
    "Proposal: %1": "Cynnig: %1",
    "Select a service in the explorer first: a proposal starts from a published service. Use Proposal → New Blank Service to design one from scratch.":
        "Dewiswch wasanaeth yn yr archwiliwr yn gyntaf: mae cynnig yn dechrau o wasanaeth cyhoeddedig. Defnyddiwch "
        "Cynnig → Gwasanaeth Gwag Newydd i gynllunio un o'r dechrau.",
    "Could not start a proposal from %1/%2:\n%3": "Methu dechrau cynnig o %1/%2:\n%3",
    "Could not save the new draft in %1:\n%2": "Methu cadw'r drafft newydd yn %1:\n%2",
    "New service": "Gwasanaeth newydd",
    "Could not open the proposal %1:\n%2": "Methu agor y cynnig %1:\n%2",
    "Could not open draft %1:\n%2": "Methu agor drafft %1:\n%2",
    "No proposal is open in front: open one before exporting.":
        "Nid oes cynnig ar agor o'ch blaen: agorwch un cyn allforio.",
    "proposal": "cynnig",
    "Could not export to %1:\n%2": "Methu allforio i %1:\n%2",
    "Close this tab": "Cau'r tab hwn",
    "Close tab": "Cau'r tab",
})


# --- Reported spend, unknown counts, years, sources, systems, instances, estimated savings ---
# --- Map mode (issue 14): mapping drafts, allocation, peers, workspace, import, publish ---
CY.update({
    # core/mapping (MappingDraftFile, MappingDraftStore, MappingPeers, MappingEdit)
    "%1: the organisation's own records": "%1: cofnodion y sefydliad ei hun",
    'Estimates made while mapping the organisation in LiveDNA (each locator states the method, its inputs and the reason)':
        "Amcangyfrifon a wnaed wrth fapio'r sefydliad yn LiveDNA (mae pob lleolydd yn nodi'r dull, ei fewnbynnau a'r rheswm)",
    'is larger than %1 bytes': "yn fwy na %1 beit",
    'is nested too deeply': "wedi'i nythu'n rhy ddwfn",
    'is not a JSON object: %1': "nid yw'n wrthrych JSON: %1",
    'must be %1': "rhaid iddo fod yn %1",
    'The cache holds no organisation %1%2.': "Nid oes sefydliad %1%2 yn y storfa.",
    "%1 has no service '%2'.": "Nid oes gan %1 wasanaeth '%2'.",
    'Cannot use the mapping drafts file %1: %2': "Methu defnyddio'r ffeil drafftiau mapio %1: %2",
    'Cannot create a mapping draft: %1': "Methu creu drafft mapio: %1",
    'Cannot save mapping draft %1 in %2: %3': "Methu cadw drafft mapio %1 yn %2: %3",
    'Mapping draft %1 no longer exists in %2.': "Nid yw drafft mapio %1 yn bodoli yn %2 mwyach.",
    'There is no mapping draft %1.': "Nid oes drafft mapio %1.",
    '%1 (mapping draft %2)': "%1 (drafft mapio %2)",
    'Cannot delete mapping draft %1: %2': "Methu dileu drafft mapio %1: %2",
    'Import %n service(s) from a spreadsheet': "Mewnforio %n gwasanaeth o daenlen",
    '%1 has no positive reported spend to scale by.': "Nid oes gan %1 wariant a adroddwyd positif i raddio yn ei ôl.",
    '%1 publishes no positive reported spend for %2 to scale by.':
        "Nid yw %1 yn cyhoeddi gwariant a adroddwyd positif ar gyfer %2 i raddio yn ei ôl.",
    'The population of %1 is not known.': "Nid yw poblogaeth %1 yn hysbys.",
    'The cache no longer holds %1 of %2.': "Nid yw %1 %2 yn y storfa mwyach.",
    "The service '%1' has no brick '%2'.": "Nid oes gan y gwasanaeth '%1' fricsen '%2'.",
    "A cost above %1 is not a public service's spend.": "Nid yw cost uwch na %1 yn wariant gwasanaeth cyhoeddus.",
    'FTE must be a number of staff, zero or more.': "Rhaid i CALl fod yn nifer o staff, sero neu fwy.",
    'An estimated cost must state its method and reason.': "Rhaid i gost a amcangyfrifwyd nodi ei dull a'i rheswm.",
    'A source must be one line of at most 1000 characters.': "Rhaid i ffynhonnell fod yn un llinell o 1000 nod ar y mwyaf.",
    'A source must name a source and a row: “source-id#reference”.':
        "Rhaid i ffynhonnell enwi ffynhonnell a rhes: “source-id#cyfeirnod”.",
    "The organisation's document lists no source '%1'.": "Nid yw dogfen y sefydliad yn rhestru ffynhonnell '%1'.",
    "The organisation has no service '%1'.": "Nid oes gan y sefydliad wasanaeth '%1'.",
    "The service already has a brick '%1'.": "Mae gan y gwasanaeth fricsen '%1' yn barod.",
    'A name must be one line of at most 1000 characters.': "Rhaid i enw fod yn un llinell o 1000 nod ar y mwyaf.",
    'Change the evidence of “%1”': "Newid tystiolaeth “%1”",
    'An organisation cannot copy its own composition.': "Ni all sefydliad gopïo ei gyfansoddiad ei hun.",
    '%1 already has bricks; copying would replace them.': "Mae gan %1 frics yn barod; byddai copïo yn cymryd eu lle.",
    '%1 has no bricks in %2 to copy.': "Nid oes gan %1 frics yn %2 i'w copïo.",
    'Cannot copy “%1”: %2': "Methu copïo “%1”: %2",
    "Copy %1's %2": "Copïo %2 %1",
    'The import is of %1, not of %2.': "Mae'r mewnforio ar gyfer %1, nid %2.",
    'The spreadsheet mapped no service.': "Ni fapiodd y daenlen unrhyw wasanaeth.",

    # Add a brick (AddBrickDialog)
    'Add a brick': "Ychwanegu bricsen",
    '&Name:': "&Enw:",
    'required, in pounds a year': "gofynnol, mewn punnoedd y flwyddyn",
    'Annual &cost (£):': "&Cost flynyddol (£):",
    'optional': "dewisol",
    '&FTE:': "&CALl:",
    'Published: from our own records': "Cyhoeddedig: o'n cofnodion ein hunain",
    'Estimated: derived by a method': "Amcangyfrif: wedi'i gyfrifo drwy ddull",
    '&Basis:': "&Sail:",
    'why this cost is estimated, e.g. the contract is not itemised':
        "pam mae'r gost hon yn amcangyfrif, e.e. nid yw'r contract wedi'i eitemeiddio",
    '&Reason:': "&Rheswm:",
    '&Method:': "&Dull:",
    '&Reference:': "C&yfeirnod:",
    'how the cost was derived, from which figures': "sut y cyfrifwyd y gost, o ba ffigurau",
    'where in your records, e.g. contract register row 14': "ble yn eich cofnodion, e.e. rhes 14 y gofrestr contractau",
    'Type the annual cost in pounds (0 or more): a cost is never assumed.':
        "Teipiwch y gost flynyddol mewn punnoedd (0 neu fwy): ni thybir cost byth.",
    'FTE must be a number, 0 or more, or empty when not known.':
        "Rhaid i CALl fod yn rhif, 0 neu fwy, neu'n wag pan nad yw'n hysbys.",
    'An estimate must state its method.': "Rhaid i amcangyfrif nodi ei ddull.",
    'Give the brick a name.': "Rhowch enw i'r fricsen.",

    # Allocation bar (AllocationBar)
    'Reported spend against mapped spend': "Gwariant a adroddwyd yn erbyn gwariant wedi'i fapio",
    'Mapped %1': "Wedi'i fapio %1",
    ' (published %1, estimated %2)': " (cyhoeddedig %1, amcangyfrif %2)",
    'Reported spend: not published, so there is nothing to allocate against. %1.':
        "Gwariant a adroddwyd: heb ei gyhoeddi, felly nid oes dim i'w ddyrannu yn ei erbyn. %1.",
    'Reported %1 · %2 · Unmapped %3': "A adroddwyd %1 · %2 · Heb ei fapio %3",
    "Warning: the bricks exceed the reported spend by %1. Check the costs, or say why in each brick's source.":
        "Rhybudd: mae'r brics yn fwy na'r gwariant a adroddwyd o %1. Gwiriwch y costau, neu nodwch pam yn "
        "ffynhonnell pob bricsen.",
    'The reported net spend is not positive (income covers spending).':
        "Nid yw'r gwariant net a adroddwyd yn bositif (mae incwm yn talu am y gwariant).",

    # Brick table (MappingBrickTable)
    'Basis': "Sail",
    'Source or method': "Ffynhonnell neu ddull",
    'Reason for the estimate': "Rheswm dros yr amcangyfrif",
    '%1 (standard)': "%1 (safonol)",
    'Estimated': "Amcangyfrif",
    'Published': "Cyhoeddedig",
    'no source yet': "dim ffynhonnell eto",
    "Type a cost in pounds; a brick's cost is required.": "Teipiwch gost mewn punnoedd; mae angen cost bricsen.",
    'Type FTE as a number, or leave it empty when not known.':
        "Teipiwch CALl fel rhif, neu gadewch ef yn wag pan nad yw'n hysbys.",
    'An estimate needs its method: type it in “Source or method” first, then choose Estimated.':
        "Mae angen dull ar amcangyfrif: teipiwch ef yn “Ffynhonnell neu ddull” yn gyntaf, yna dewiswch Amcangyfrif.",
    'State the method in “Source or method” before its reason.':
        "Nodwch y dull yn “Ffynhonnell neu ddull” cyn ei reswm.",

    # Import wizard (MappingImportWizard)
    'Import a Mapping Spreadsheet': "Mewnforio Taenlen Fapio",
    'CSV files (*.csv *.txt);;All files (*)': "Ffeiliau CSV (*.csv *.txt);;Pob ffeil (*)",
    'Choose the spreadsheet': "Dewiswch y daenlen",
    'One row per brick, saved from Excel or another spreadsheet as CSV (UTF-8). Export CSV gives a template with every service of %1.':
        "Un rhes i bob bricsen, wedi'i chadw o Excel neu daenlen arall fel CSV (UTF-8). Mae Allforio CSV yn rhoi "
        "templed gyda phob gwasanaeth %1.",
    'optional: service,from,to,label': "dewisol: service,from,to,label",
    '&Bricks CSV:': "CSV y &brics:",
    'Bricks CSV': "CSV y brics",
    '&Flows CSV:': "CSV y &llifoedd:",
    'Flows CSV': "CSV y llifoedd",
    'Match the columns': "Paru'r colofnau",
    'Which column of your spreadsheet holds each field. A field left as “(none)” is empty for every row; a row without a cost is skipped, never given one.':
        "Pa golofn yn eich taenlen sy'n dal pob maes. Mae maes a adewir fel “(dim)” yn wag ym mhob rhes; mae rhes "
        "heb gost yn cael ei hepgor, ni roddir cost iddi byth.",
    'What the import does': "Beth mae'r mewnforio yn ei wneud",
    'Nothing changes until you press Finish; Undo takes the import back afterwards.':
        "Nid oes dim yn newid nes i chi bwyso Gorffen; mae Dadwneud yn tynnu'r mewnforio yn ôl wedyn.",
    '%1 is larger than %2 MB; split it by service.': "Mae %1 yn fwy na %2 MB; rhannwch ef fesul gwasanaeth.",
    '%n row(s), delimiter “%1”%2.': "%n rhes, amffinydd “%1”%2.",
    ', with a byte-order mark': ", gyda nod trefn beitiau",
    'Choose the column that names the service of each row.': "Dewiswch y golofn sy'n enwi gwasanaeth pob rhes.",
    'Nothing can be imported:\n%1': "Ni ellir mewnforio dim:\n%1",
    'Warning: the bricks exceed the reported spend of %1.': "Rhybudd: mae'r brics yn fwy na gwariant a adroddwyd %1.",
    'No service was mapped: there is nothing to take in.': "Ni fapiwyd unrhyw wasanaeth: nid oes dim i'w dderbyn.",
    'Choose the bricks CSV first.': "Dewiswch CSV y brics yn gyntaf.",

    # Publish and changes (MappingPublishDialog)
    'Publish %1': "Cyhoeddi %1",
    'Changes to %1': "Newidiadau i %1",
    'The document is valid (commons format 1.1).': "Mae'r ddogfen yn ddilys (fformat comin 1.1).",
    'The document is not valid yet; fix these first:\n%1': "Nid yw'r ddogfen yn ddilys eto; cywirwch y rhain yn gyntaf:\n%1",
    'It changes nothing against the version in the cache.': "Nid yw'n newid dim o'i chymharu â'r fersiwn yn y storfa.",
    "optional: the organisation's Ed25519 secret key file, to sign":
        "dewisol: ffeil allwedd gyfrinachol Ed25519 y sefydliad, i lofnodi",
    'Key…': "Allwedd…",
    'Signing key:': "Allwedd lofnodi:",
    'Save Document…': "Cadw'r Ddogfen…",
    'One file for a central commons to take in': "Un ffeil i gomin canolog ei derbyn",
    'Publish into Commons Folder…': "Cyhoeddi i Ffolder Comin…",
    'The document must be valid first.': "Rhaid i'r ddogfen fod yn ddilys yn gyntaf.",
    'The document is not valid; it was not saved.': "Nid yw'r ddogfen yn ddilys; ni chafodd ei chadw.",
    'Save the organisation document': "Cadw dogfen y sefydliad",
    'JSON documents (*.json)': "Dogfennau JSON (*.json)",
    'Saved %1.': "Cadwyd %1.",
    'The document is not valid; nothing was published.': "Nid yw'r ddogfen yn ddilys; ni chyhoeddwyd dim.",
    'Cannot make a staging folder: %1': "Methu gwneud ffolder llwyfannu: %1",
    'Cannot stage %1.': "Methu llwyfannu %1.",
    'Cannot stage the document: %1': "Methu llwyfannu'r ddogfen: %1",
    'Commons folder to publish into': "Ffolder comin i gyhoeddi iddo",

    # Menus (MappingWiring)
    '&Edit': "Gol&ygu",
    '&Undo': "&Dadwneud",
    '&Redo': "&Ailwneud",
    '&Map': "Ma&pio",
    "&Map an Organisation's Spend into Bricks": "&Mapio Gwariant Sefydliad yn Frics",
    '&Import Mapping CSV…': "&Mewnforio CSV Mapio…",
    '&Export Mapping CSV…': "&Allforio CSV Mapio…",
    'Show &Changes Against the Cache…': "Dangos y &Newidiadau o'u Cymharu â'r Storfa…",
    '&Publish Organisation Document…': "&Cyhoeddi Dogfen y Sefydliad…",
    'Open the Map tab (Ctrl+M) first: these act on the mapping in front.':
        "Agorwch y tab Mapio (Ctrl+M) yn gyntaf: mae'r rhain yn gweithredu ar y mapio o'ch blaen.",
    'Mapping': "Mapio",
    'The mapping drafts file could not be opened, so no mapping can be kept: %1':
        "Nid oedd modd agor y ffeil drafftiau mapio, felly ni ellir cadw unrhyw fapio: %1",
    'Map': "Mapio",
    'Close the Map tab (the draft is already saved)': "Cau'r tab Mapio (mae'r drafft wedi'i gadw yn barod)",

    # Workspace (MappingWorkspace)
    'by reported spend': "yn ôl gwariant a adroddwyd",
    'by population': "yn ôl poblogaeth",
    '&Copy Composition': "&Copïo'r Cyfansoddiad",
    'Organisation to map': "Sefydliad i'w fapio",
    'Service to map': "Gwasanaeth i'w fapio",
    '&Organisation:': "&Sefydliad:",
    '&Service:': "Gwasa&naeth:",
    'Bricks of the service': "Brics y gwasanaeth",
    'Add Bricks': "Ychwanegu Brics",
    'Copy from a Peer': "Copïo gan Gymar",
    'Remove Brick': "Tynnu Bricsen",
    'Import CSV…': "Mewnforio CSV…",
    'Export CSV…': "Allforio CSV…",
    'Changes…': "Newidiadau…",
    "What this mapping changes against the organisation's document in the cache":
        "Beth mae'r mapio hwn yn ei newid o'i gymharu â dogfen y sefydliad yn y storfa",
    'Publish…': "Cyhoeddi…",
    'Validate the organisation document, then save it for a central commons or publish it into a commons folder':
        "Dilysu dogfen y sefydliad, yna ei chadw ar gyfer comin canolog neu ei chyhoeddi i ffolder comin",
    'Bricks, systems and products to add': "Brics, systemau a chynhyrchion i'w hychwanegu",
    '&Add to Service…': "&Ychwanegu at y Gwasanaeth…",
    'Peers that have mapped this service': "Cymheiriaid sydd wedi mapio'r gwasanaeth hwn",
    'Scale to this organisation:': "Graddio i'r sefydliad hwn:",
    'Type to find your organisation…': "Teipiwch i ddod o hyd i'ch sefydliad…",
    'The mapping drafts file is not open, so no mapping can be kept.':
        "Nid yw'r ffeil drafftiau mapio ar agor, felly ni ellir cadw unrhyw fapio.",
    'The mapping drafts file is not open.': "Nid yw'r ffeil drafftiau mapio ar agor.",
    'All changes saved (%1).': "Cadwyd pob newid (%1).",
    'Not saved: %1': "Heb ei gadw: %1",
    'The last edit could not be saved: %1': "Nid oedd modd cadw'r golygiad diwethaf: %1",
    'Mapping draft %1 of %2, saved after every edit.': "Drafft mapio %1 ar gyfer %2, yn cael ei gadw ar ôl pob golygiad.",
    'Kept in %1': "Wedi'i gadw yn %1",
    'Map: %1': "Mapio: %1",
    'not reported': "heb ei adrodd",
    'Reported spend from %1.': "Gwariant a adroddwyd o %1.",
    '%n system(s) known to run it, with no published cost.':
        "%n system y gwyddys ei bod yn ei redeg, heb gost gyhoeddedig.",
    'Systems known for this service': "Systemau hysbys ar gyfer y gwasanaeth hwn",
    '%1 — %2': "%1 — %2",
    'Give this system its cost as a bespoke brick; the system stays, naming its product.':
        "Rhowch ei chost i'r system hon fel bricsen bwrpasol; mae'r system yn aros, gan enwi ei chynnyrch.",
    'none recorded': "dim wedi'u cofnodi",
    'Standard bricks of the commons': "Brics safonol y comin",
    'none in this commons yet': "dim yn y comin hwn eto",
    'Products': "Cynhyrchion",
    'Bespoke brick (any capability)…': "Bricsen bwrpasol (unrhyw allu)…",
    'New brick': "Bricsen newydd",
    'Choose a brick, system or product to add.': "Dewiswch fricsen, system neu gynnyrch i'w ychwanegu.",
    'Select the brick to remove in the table first.': "Dewiswch y fricsen i'w thynnu yn y tabl yn gyntaf.",
    '%1 — %n brick(s), %2 mapped': "%1 — %n bricsen, %2 wedi'i fapio",
    'Neighbour: %1': "Cymydog: %1",
    ' (similarity %1)': " (tebygrwydd %1)",
    'No neighbour or similar organisation has mapped “%1” into bricks yet, so there is no composition to copy. Add bricks from the palette instead.':
        "Nid oes unrhyw gymydog na sefydliad tebyg wedi mapio “%1” yn frics eto, felly nid oes cyfansoddiad i'w "
        "gopïo. Ychwanegwch frics o'r palet yn lle hynny.",
    'Neighbours first, then the most similar organisations. Copied bricks are estimates: each states the peer, its cost and the scaling.':
        "Cymdogion yn gyntaf, yna'r sefydliadau mwyaf tebyg. Amcangyfrifon yw brics a gopïwyd: mae pob un yn nodi'r "
        "cymar, ei gost a'r graddio.",
    "This service's reported spend is not known or not positive.":
        "Nid yw gwariant a adroddwyd y gwasanaeth hwn yn hysbys neu nid yw'n bositif.",
    "This organisation's population is not known.": "Nid yw poblogaeth y sefydliad hwn yn hysbys.",
    'Choose a peer to copy from.': "Dewiswch gymar i gopïo ganddo.",
    'Replace the bricks?': "Disodli'r brics?",
    '%1 already has %n brick(s). Replace them with the copied composition? (Undo brings them back.)':
        "Mae gan %1 %n bricsen yn barod. Rhoi'r cyfansoddiad a gopïwyd yn eu lle? (Mae Dadwneud yn dod â nhw'n ôl.)",
    'Imported %n service(s) from the spreadsheet; Undo takes the import back.':
        "Mewnforiwyd %n gwasanaeth o'r daenlen; mae Dadwneud yn tynnu'r mewnforio yn ôl.",
    'Export the mapping as CSV': "Allforio'r mapio fel CSV",
    'Exported %1 (flows, if any, beside it in …-flows.csv)': "Allforiwyd %1 (llifoedd, os oes rhai, wrth ei ymyl yn …-flows.csv)",
    "Neither this service's reported spend nor this organisation's population is known, so no copy can be scaled to it: add bricks from the palette.":
        "Nid yw gwariant a adroddwyd y gwasanaeth hwn na phoblogaeth y sefydliad hwn yn hysbys, felly ni ellir graddio "
        "copi iddo: ychwanegwch frics o'r palet.",
    'Nothing known to scale by.': "Dim byd hysbys i raddio yn ei ôl.",
    'Saved %1, signed in %2.': "Cadwyd %1, wedi'i llofnodi yn %2.",
    'Published into %1.': "Cyhoeddwyd i %1.",
    'Mapped share of reported spend': "Cyfran y gwariant a adroddwyd sydd wedi'i mapio",
    'Share': "Cyfran",
    'Mapping coverage': "Cwmpas y mapio",
    'Coverage': "Cwmpas",
    'nothing reported': "dim wedi'i adrodd",
    '%1 of %2 reported is mapped into bricks; %3 unmapped.':
        "Mae %1 o'r %2 a adroddwyd wedi'i fapio'n frics; %3 heb ei fapio.",
    'Bricks exceed the reported spend by %1 (not counted).':
        "Mae'r brics yn fwy na'r gwariant a adroddwyd o %1 (heb ei gyfrif).",
    'Frontline reported spend': "Gwariant rheng flaen a adroddwyd",
    'Overhead reported spend': "Gwariant gorbenion a adroddwyd",
    'Reported spend with no layer': "Gwariant a adroddwyd heb haen",
    '%1 (this draft)': "%1 (y drafft hwn)",
    'Nationally (%n organisation(s) in the cache)': "Yn genedlaethol (%n sefydliad yn y storfa)",
})


CY.update({
    # Figures (core/models/figures.cpp)
    '%n unknown': ['%n anhysbys'] * 5,
    '%1 + %n unknown': ['%1 + %n anhysbys'] * 5,
    'Unclassified': 'Heb ei ddosbarthu',
    '%1%2%': '%1%2%',
    '%1 on %2': "%1 o'i gymharu â %2",
    'not published': 'heb ei gyhoeddi',
    'Employees': 'Cyflogeion',
    'Running costs': 'Costau rhedeg',
    'Income': 'Incwm',
    'Net expenditure': 'Gwariant net',
    "<p style='color:#4b5563'>Income is sales, fees and charges and other income, as published.</p>":
        "<p style='color:#4b5563'>Incwm yw gwerthiannau, ffioedd a thaliadau ac incwm arall, fel y'u cyhoeddwyd.</p>",
    '<p>Net expenditure is negative: income was above spending.</p>':
        "<p>Mae'r gwariant net yn negyddol: roedd yr incwm yn uwch na'r gwariant.</p>",
    'licence %1': 'trwydded %1',
    'This document lists no sources: its figures are not traced to a published row.':
        "Nid yw'r ddogfen hon yn rhestru unrhyw ffynonellau: nid yw ei ffigurau wedi'u holrhain i res gyhoeddedig.",
    "Figures from (each figure's own row is in its tooltip and detail panel):":
        "Ffigurau o (mae rhes pob ffigur yn ei gyngor offer a'i banel manylion):",
    "Source: %1 (not listed in the document's sources)":
        "Ffynhonnell: %1 (heb ei rhestru yn ffynonellau'r ddogfen)",
    'Source: %1\nRow: %2': 'Ffynhonnell: %1\nRhes: %2',
    "<span style='color:#b45309'>No source stated</span>":
        "<span style='color:#b45309'>Dim ffynhonnell wedi'i nodi</span>",
    "%1 <span style='color:#b45309'>(not listed in the document's sources)</span>":
        "%1 <span style='color:#b45309'>(heb ei rhestru yn ffynonellau'r ddogfen)</span>",
    "%1<br/><span style='color:#4b5563'>%2</span><br/>Row: %3":
        "%1<br/><span style='color:#4b5563'>%2</span><br/>Rhes: %3",
    'frontline %1': 'rheng flaen %1',
    'overhead %1': 'gorbenion %1',
    'unclassified %1': 'heb ei ddosbarthu %1',
    '+ %n unknown': ['+ %n anhysbys'] * 5,
    '<b>Reported %1</b> %2': "<b>A adroddwyd %1</b> %2",
    "<span style='color:#047857'>net income: income above spending</span>":
        "<span style='color:#047857'>incwm net: incwm yn uwch na gwariant</span>",
    '<b>Reported %1</b> unknown': '<b>A adroddwyd %1</b> anhysbys',
    '(%n service(s) publish no cost)':
        ['(nid yw %n gwasanaeth yn cyhoeddi cost)', '(nid yw %n gwasanaeth yn cyhoeddi cost)',
         '(nid yw %n gwasanaeth yn cyhoeddi cost)', '(nid yw %n gwasanaeth yn cyhoeddi cost)',
         '(nid yw %n gwasanaeth yn cyhoeddi cost)'],
    '<b>In bricks</b> %1': '<b>Mewn brics</b> %1',
    '%1 frontline': '%1 rheng flaen',
    '%n bespoke brick(s)': ['%n bricsen bwrpasol'] * 5,
    '%n estimated': ["%n wedi'u hamcangyfrif", "%n wedi'i hamcangyfrif", "%n wedi'u hamcangyfrif",
                     "%n wedi'u hamcangyfrif", "%n wedi'u hamcangyfrif"],
    'not mapped yet': "heb ei fapio eto",
    "some services' figures are of %1 (shown beside them)":
        "mae ffigurau rhai gwasanaethau yn perthyn i %1 (fe'u dangosir wrth eu hymyl)",

    # Organisation list (core/models/organisationlistmodel.cpp)
    '%1 in bricks': '%1 mewn brics',
    '%1 · %2': '%1 · %2',
    'Year: %1': 'Blwyddyn: %1',
    '%n service(s)': ['%n gwasanaeth'] * 5,
    'Reported net spend: %1': 'Gwariant net a adroddwyd: %1',
    'Years held: %1': "Blynyddoedd sydd ar gael: %1",
    'Mapped into %n brick(s): %1 a year': ["Wedi'i fapio'n %n bricsen: %1 y flwyddyn"] * 5,
    'Not mapped into bricks': "Heb ei fapio'n frics",
    'Net expenditure published in official returns; services that publish nothing are counted as unknown. Where an organisation publishes no net expenditure, the published costs of its bricks are shown instead (“in bricks”)':
        "Gwariant net a gyhoeddwyd mewn ffurflenni swyddogol; caiff gwasanaethau nad ydynt yn cyhoeddi dim eu "
        "cyfrif yn anhysbys. Lle nad yw sefydliad yn cyhoeddi gwariant net, dangosir costau cyhoeddedig ei frics "
        "yn lle hynny (“mewn brics”)",
    'Spend mapped into bricks': "Gwariant wedi'i fapio'n frics",

    # Service table (core/models/servicetablemodel.cpp)
    '%1 (%2 est.)': '%1 (%2 amcan.)',
    'Category: %1': 'Categori: %1',
    'Not mapped into bricks yet: see the reported figure': "Heb ei fapio'n frics eto: gweler y ffigur a adroddwyd",
    'No cost published for this service: unknown, not £0':
        "Dim cost wedi'i chyhoeddi ar gyfer y gwasanaeth hwn: anhysbys, nid £0",
    'Reported net expenditure %1: %2': 'Gwariant net a adroddwyd %1: %2',
    'Negative: income was above spending': "Negyddol: roedd yr incwm yn uwch na'r gwariant",
    "The layer of the service's reported spend as a whole": "Haen gwariant a adroddwyd y gwasanaeth yn ei gyfanrwydd",
    'The source does not say whether this spend is frontline or overhead':
        "Nid yw'r ffynhonnell yn dweud ai rheng flaen ynteu gorbenion yw'r gwariant hwn",
    'The commons holds no earlier year for this organisation':
        "Nid oes gan y comin flwyddyn gynharach ar gyfer y sefydliad hwn",
    'No reported figure for this service in %1': "Dim ffigur a adroddwyd ar gyfer y gwasanaeth hwn yn %1",
    'Reported net %1: %2 → %3: %4 (%5)': 'Net a adroddwyd %1: %2 → %3: %4 (%5)',
    'Systems the service is known to run, with no published cost':
        "Systemau y gwyddys bod y gwasanaeth yn eu rhedeg, heb gost gyhoeddedig",
    'Net expenditure published in official returns for %1': "Gwariant net a gyhoeddwyd mewn ffurflenni swyddogol ar gyfer %1",
    'Change in reported net spend from the previous year': "Newid yn y gwariant net a adroddwyd o'r flwyddyn flaenorol",
    'Change in reported net spend from %1': "Newid yn y gwariant net a adroddwyd o %1",
    'Mapped spend on people-centred work that should not be automated':
        "Gwariant wedi'i fapio ar waith sy'n canolbwyntio ar bobl na ddylid ei awtomeiddio",
    'Mapped spend on back office, technology and management':
        "Gwariant wedi'i fapio ar y swyddfa gefn, technoleg a rheoli",
    'Systems the service runs on, with no published cost': "Systemau y mae'r gwasanaeth yn rhedeg arnynt, heb gost gyhoeddedig",
    'On %1': 'Ar %1',

    # DNA matrix, instances tree
    'cannot read the systems of the DNA matrix: %1': "methu darllen systemau'r matrics DNA: %1",
    'Double-click to open this organisation': "Cliciwch ddwywaith i agor y sefydliad hwn",
    'Capability, product, organisation': 'Gallu, cynnyrch, sefydliad',

    # Brick graph (core/render/brickgraph.cpp)
    'cost not published': 'cost heb ei chyhoeddi',
    'est. %1': 'amcan. %1',
    'not mapped into bricks': "heb ei fapio'n frics",
    '%n system(s), cost not published': ['%n system, cost heb ei chyhoeddi'] * 5,
    'Annual cost: %1 (estimated)': 'Cost flynyddol: %1 (amcangyfrif)',
    ' (%1)': ' (%1)',
    'Capability: %1': 'Gallu: %1',
    'Product: not stated': "Cynnyrch: heb ei nodi",
    'Product: %1': 'Cynnyrch: %1',
    'Annual cost: not published': "Cost flynyddol: heb ei chyhoeddi",
    'Source: %1': 'Ffynhonnell: %1',
    'System: cost not published (no fill, fixed size)': "System: cost heb ei chyhoeddi (dim llenwad, maint sefydlog)",
    'Estimated cost (dotted ring)': "Cost wedi'i hamcangyfrif (cylch dotiog)",

    # Analysis models (core/analysis/*)
    'unknown: units not published': "anhysbys: unedau heb eu cyhoeddi",
    "%1 is people's work: a brick can support it but never replace it, so no saving is claimed. Replacing it would be a frontline cut.":
        "Gwaith pobl yw %1: gall bricsen ei gefnogi ond byth gymryd ei le, felly ni hawlir unrhyw arbediad. "
        "Byddai cymryd ei le yn doriad i'r rheng flaen.",
    'people': 'pobl',
    'digital': 'digidol',
    'Duplication index': 'Mynegai dyblygu',
    'Estimated saving (range)': "Arbediad a amcangyfrifwyd (ystod)",
    'Work': 'Gwaith',
    'Moved to the frontline (range)': "Wedi'i symud i'r rheng flaen (ystod)",
    'This service is neither mapped into bricks nor reports a cost: it is not ranked (its cost is unknown, not zero).':
        "Nid yw'r gwasanaeth hwn wedi'i fapio'n frics nac yn adrodd cost: nid yw wedi'i restru (mae ei gost "
        "yn anhysbys, nid sero).",
    '%1 (reported)': "%1 (a adroddwyd)",
    'cannot read instances: %1': "methu darllen enghreifftiau: %1",
    '1 organisation runs its own %1': "Mae 1 sefydliad yn rhedeg ei %1 ei hun",
    '%1 organisations each run their own %2': "Mae %1 sefydliad yr un yn rhedeg eu %2 eu hunain",
    '%1 on a product not known': "%1 ar gynnyrch anhysbys",

    # Effect of a proposal, export
    '%1 a year of frontline spend': "%1 y flwyddyn o wariant rheng flaen",
    '%1 frontline FTE': '%1 CALl rheng flaen',
    'Frontline cut: this proposal removes %1. This is a cut to the frontline, not a saving.':
        "Toriad i'r rheng flaen: mae'r cynnig hwn yn dileu %1. Toriad i'r rheng flaen yw hwn, nid arbediad.",
    ' and ': ' a ',
    'Saving on overhead and digital capabilities': "Arbediad ar alluoedd gorbenion a digidol",
    'Moved to the frontline': "Wedi'i symud i'r rheng flaen",
    'Frontline cut (not a saving)': "Toriad i'r rheng flaen (nid arbediad)",
    'Net change in total cost, frontline cut included': "Newid net yn y gost gyfan, gan gynnwys y toriad i'r rheng flaen",
    'Moved to the frontline: %1 a year': "Wedi'i symud i'r rheng flaen: %1 y flwyddyn",
    'Frontline cut: %1 a year, %2 FTE (not a saving)': "Toriad i'r rheng flaen: %1 y flwyddyn, %2 CALl (nid arbediad)",

    # ui/proposal/effectpanel.cpp
    'Frontline cut': "Toriad i'r rheng flaen",
    '£ thousand a year': "£ mil y flwyddyn",
    'Frontline cut: %1 a year, %2 FTE. Not a saving.': "Toriad i'r rheng flaen: %1 y flwyddyn, %2 CALl. Nid arbediad.",
    'Net change in total cost (frontline cut included): %1 a year':
        "Newid net yn y gost gyfan (gan gynnwys y toriad i'r rheng flaen): %1 y flwyddyn",

    # ui/analysis/duplicationview.cpp
    "%1 is people's work: a brick can support it but never replace it, so no saving is claimed. Replacing it would cut the frontline by up to %2 a year. (Duplication index, for comparison: %3.)":
        "Gwaith pobl yw %1: gall bricsen ei gefnogi ond byth gymryd ei le, felly ni hawlir unrhyw arbediad. "
        "Byddai cymryd ei le yn torri'r rheng flaen hyd at %2 y flwyddyn. (Mynegai dyblygu, er cymhariaeth: %3.)",
    "%1: estimated saving %2 = sum over organisations of max(0, bespoke spend - the cheapest brick priced at the organisation's scale)%3. Duplication index: %4 against %5 at %6.":
        "%1: arbediad a amcangyfrifwyd %2 = swm dros y sefydliadau o max(0, gwariant pwrpasol - y fricsen rataf "
        "wedi'i phrisio ar raddfa'r sefydliad)%3. Mynegai dyblygu: %4 yn erbyn %5 am %6.",
    ', + %n unknown for want of units': [', + %n anhysbys am nad oes unedau'] * 5,
    '%1 organisations, %2 brick instances. Estimated saving if every organisation consumed the cheapest commons brick, priced at its scale, for its digital and back-office work: %3 a year':
        "%1 sefydliad, %2 enghraifft bricsen. Arbediad a amcangyfrifwyd pe bai pob sefydliad yn defnyddio'r fricsen "
        "comin rataf, wedi'i phrisio ar ei raddfa, ar gyfer ei waith digidol a swyddfa gefn: %3 y flwyddyn",
    ', + %n unknown (units not published)': [', + %n anhysbys (unedau heb eu cyhoeddi)'] * 5,
    "People's work is not a saving: %n capabilities (%1 of bespoke spend) are left out; replacing them would cut the frontline.":
        ["Nid arbediad yw gwaith pobl: gadawyd %n gallu (%1 o'r gwariant pwrpasol) allan; byddai cymryd eu lle "
         "yn torri'r rheng flaen.",
         "Nid arbediad yw gwaith pobl: gadawyd %n gallu (%1 o'r gwariant pwrpasol) allan; byddai cymryd ei le "
         "yn torri'r rheng flaen.",
         "Nid arbediad yw gwaith pobl: gadawyd %n gallu (%1 o'r gwariant pwrpasol) allan; byddai cymryd eu lle "
         "yn torri'r rheng flaen.",
         "Nid arbediad yw gwaith pobl: gadawyd %n gallu (%1 o'r gwariant pwrpasol) allan; byddai cymryd eu lle "
         "yn torri'r rheng flaen.",
         "Nid arbediad yw gwaith pobl: gadawyd %n gallu (%1 o'r gwariant pwrpasol) allan; byddai cymryd eu lle "
         "yn torri'r rheng flaen."],
    'Duplication index (version 1, for comparison): %1.': "Mynegai dyblygu (fersiwn 1, er cymhariaeth): %1.",
    'Estimated saving': "Arbediad a amcangyfrifwyd",
    'Low to high': "Isel i uchel",
    'Estimated saving (central, low to high), £ thousand a year':
        "Arbediad a amcangyfrifwyd (canolog, isel i uchel), £ mil y flwyddyn",
    '%1: %2 savings opportunities, an estimated %3 a year in all':
        "%1: %2 cyfle i arbed, amcangyfrif o %3 y flwyddyn i gyd",
    ' (duplication index %1). Select one to see its instances.':
        " (mynegai dyblygu %1). Dewiswch un i weld ei enghreifftiau.",

    # ui/analysis/scenariopanel.cpp, similarityview.cpp
    'Share of the saving moved to the frontline': "Cyfran yr arbediad a symudir i'r rheng flaen",
    'Share of the saving moved to the frontline:': "Cyfran yr arbediad a symudir i'r rheng flaen:",
    'Moving %1% of an estimated %2 a year to the frontline would pay for %3 nurses or %4 teachers.':
        "Byddai symud %1% o amcangyfrif o %2 y flwyddyn i'r rheng flaen yn talu am %3 nyrs neu %4 athro.",
    '%n estimate(s) unknown for want of published units are not included.':
        ["Nid yw %n amcangyfrif sy'n anhysbys am nad oes unedau cyhoeddedig wedi'u cynnwys.",
         "Nid yw %n amcangyfrif sy'n anhysbys am nad oes unedau cyhoeddedig wedi'i gynnwys.",
         "Nid yw %n amcangyfrif sy'n anhysbys am nad oes unedau cyhoeddedig wedi'u cynnwys.",
         "Nid yw %n amcangyfrif sy'n anhysbys am nad oes unedau cyhoeddedig wedi'u cynnwys.",
         "Nid yw %n amcangyfrif sy'n anhysbys am nad oes unedau cyhoeddedig wedi'u cynnwys."],
    "People's work is never counted as a saving.": "Nid yw gwaith pobl byth yn cael ei gyfrif yn arbediad.",
    'No saving can be estimated yet: nothing mapped into bricks has a capability for which this commons offers a standard brick to compare with, so nothing is moved to the frontline.':
        "Nid oes modd amcangyfrif arbediad eto: nid oes gan ddim a fapiwyd yn frics allu y mae'r comin hwn yn "
        "cynnig bricsen safonol i'w gymharu ag ef, felly ni symudir dim i'r rheng flaen.",
    '%n estimate(s) unknown for want of published units.':
        ["%n amcangyfrif yn anhysbys am nad oes unedau cyhoeddedig.",
         "%n amcangyfrif yn anhysbys am nad oes unedau cyhoeddedig.",
         "%n amcangyfrif yn anhysbys am nad oes unedau cyhoeddedig.",
         "%n amcangyfrif yn anhysbys am nad oes unedau cyhoeddedig.",
         "%n amcangyfrif yn anhysbys am nad oes unedau cyhoeddedig."],
    '%1: %2 (%3 of %4 organisations have bricks in this service).':
        "%1: %2 (mae gan %3 o %4 sefydliad frics yn y gwasanaeth hwn).",
    'Standard playlist, shared by %1 of %2 mapped organisations (%3 in all): %4':
        "Rhestr chwarae safonol, a rennir gan %1 o %2 sefydliad wedi'u mapio (%3 i gyd): %4",

    # ui/capabilityview.cpp
    'System': 'System',
    'No organisation publishes a cost for this capability.': "Nid oes unrhyw sefydliad yn cyhoeddi cost ar gyfer y gallu hwn.",
    'No organisation publishes a cost for this capability;\nthose that run it are listed with their products.':
        "Nid oes unrhyw sefydliad yn cyhoeddi cost ar gyfer y gallu hwn;\nrhestrir y rhai sy'n ei redeg gyda'u cynhyrchion.",
    'no bespoke instance with a published cost': "dim enghraifft bwrpasol â chost gyhoeddedig",
    '%1 bespoke instances in %2 organisations (%3 a year)': "%1 enghraifft bwrpasol mewn %2 sefydliad (%3 y flwyddyn)",
    "<span style='font-size:13pt;font-weight:600'>%1</span> &nbsp;<span style='color:#4b5563'>%2 · %3 · %4 standard instances in %5 organisations</span>":
        "<span style='font-size:13pt;font-weight:600'>%1</span> &nbsp;<span style='color:#4b5563'>%2 · %3 · %4 "
        "enghraifft safonol mewn %5 sefydliad</span>",
    '<li>None: the commons lacks a brick for this capability. %n organisation(s) running their own would benefit from one.</li>':
        ["<li>Dim: nid oes gan y comin fricsen ar gyfer y gallu hwn. Byddai %n sefydliad sy'n rhedeg eu rhai eu "
         "hunain yn elwa o un.</li>",
         "<li>Dim: nid oes gan y comin fricsen ar gyfer y gallu hwn. Byddai %n sefydliad sy'n rhedeg ei un ei "
         "hun yn elwa o un.</li>",
         "<li>Dim: nid oes gan y comin fricsen ar gyfer y gallu hwn. Byddai %n sefydliad sy'n rhedeg eu rhai eu "
         "hunain yn elwa o un.</li>",
         "<li>Dim: nid oes gan y comin fricsen ar gyfer y gallu hwn. Byddai %n sefydliad sy'n rhedeg eu rhai eu "
         "hunain yn elwa o un.</li>",
         "<li>Dim: nid oes gan y comin fricsen ar gyfer y gallu hwn. Byddai %n sefydliad sy'n rhedeg eu rhai eu "
         "hunain yn elwa o un.</li>"],

    # ui/dashboardview.cpp
    "<span style='font-size:14pt;font-weight:600'>%1</span><br/>%2":
        "<span style='font-size:14pt;font-weight:600'>%1</span><br/>%2",
    'Spend by service, %1': "Gwariant fesul gwasanaeth, %1",
    'Frontline, in bricks': "Rheng flaen, mewn brics",
    'Overhead, in bricks': "Gorbenion, mewn brics",
    'Reported frontline': "Rheng flaen a adroddwyd",
    'Reported overhead': "Gorbenion a adroddwyd",
    'Reported, unclassified': "A adroddwyd, heb ei ddosbarthu",
    'Net income': "Incwm net",
    'No service of this organisation has a published cost or a brick.':
        "Nid oes gan unrhyw wasanaeth gan y sefydliad hwn gost gyhoeddedig na bricsen.",
    'Standard versus bespoke bricks': "Brics safonol o'u cymharu â rhai pwrpasol",
    'No service is mapped into bricks yet, so there is no standard or bespoke spend to compare. The reported split is in the header.':
        "Nid oes unrhyw wasanaeth wedi'i fapio'n frics eto, felly nid oes gwariant safonol na phwrpasol i'w "
        "gymharu. Mae'r rhaniad a adroddwyd yn y pennawd.",
    'Share of reported cost mapped into bricks': "Cyfran y gost a adroddwyd sydd wedi'i mapio'n frics",
    'No service with a published cost is mapped into bricks yet.':
        "Nid oes unrhyw wasanaeth â chost gyhoeddedig wedi'i fapio'n frics eto.",
    "each organisation's latest year": "blwyddyn ddiweddaraf pob sefydliad",
    "Compared with its peers": "O'i gymharu â'i gymheiriaid",
    "%1\neach organisation's latest year": "%1\nblwyddyn ddiweddaraf pob sefydliad",
    'In bricks': 'Mewn brics',
    'Reported per head': "A adroddwyd y pen",
    ' not mapped': " heb ei fapio",
    ' unknown': ' anhysbys',

    # ui/instancesview.cpp
    'Separately run instances': "Enghreifftiau a redir ar wahân",
    'No organisation in this commons states a system or a bespoke brick, so no separately run instance can be counted.':
        "Nid oes unrhyw sefydliad yn y comin hwn yn nodi system na bricsen bwrpasol, felly ni ellir cyfrif "
        "unrhyw enghraifft a redir ar wahân.",
    '<b>Separately run instances</b> — organisations that each run their own instance of a capability (a bespoke brick or a system), by product. Double-click an organisation to open it.':
        "<b>Enghreifftiau a redir ar wahân</b> — sefydliadau sydd yr un yn rhedeg eu henghraifft eu hunain o "
        "allu (bricsen bwrpasol neu system), yn ôl cynnyrch. Cliciwch ddwywaith ar sefydliad i'w agor.",

    # ui/mainwindow.cpp
    'Separately Run &Instances': "Enghreifftiau a Redir ar &Wahân",
    'S&ources': "&Ffynonellau",
    '&Year:': "&Blwyddyn:",
    'Financial year shown': "Y flwyddyn ariannol a ddangosir",
    'Every year the commons holds for this organisation; the latest is shown first':
        "Pob blwyddyn sydd gan y comin ar gyfer y sefydliad hwn; dangosir y ddiweddaraf yn gyntaf",
    'Instances': 'Enghreifftiau',
    'Sources': 'Ffynonellau',
    'This service is not mapped into bricks yet.\nReported %1: %2 (%3), from its published return.':
        "Nid yw'r gwasanaeth hwn wedi'i fapio'n frics eto.\nA adroddwyd %1: %2 (%3), o'i ffurflen gyhoeddedig.",
    'This service is not mapped into bricks yet, and no cost is published for it.':
        "Nid yw'r gwasanaeth hwn wedi'i fapio'n frics eto, ac nid oes cost wedi'i chyhoeddi ar ei gyfer.",
    'Product': 'Cynnyrch',
    'not stated': "heb ei nodi",
    '<p>The service is known to run this system; no cost is published for it. It counts as one separately run instance of its capability.</p>':
        "<p>Gwyddys bod y gwasanaeth yn rhedeg y system hon; nid oes cost wedi'i chyhoeddi ar ei chyfer. Mae'n "
        "cyfrif fel un enghraifft a redir ar wahân o'i gallu.</p>",
    ' <b>(estimated)</b>': " <b>(amcangyfrif)</b>",
    '<p><b>Source</b><br/>%1</p>': '<p><b>Ffynhonnell</b><br/>%1</p>',
    'Year': 'Blwyddyn',
    'Systems': 'Systemau',
    '%n, cost not published': ['%n, cost heb ei chyhoeddi'] * 5,
    '<p><b>Published breakdown</b></p>': "<p><b>Dadansoddiad cyhoeddedig</b></p>",
    '<p><b>Source of the breakdown</b><br/>%1</p>': "<p><b>Ffynhonnell y dadansoddiad</b><br/>%1</p>",
    "<p style='color:#4b5563'>Click a brick or system, or press an arrow key in the graph, to see its capability, cost, source and the cheapest commons alternative.</p>":
        "<p style='color:#4b5563'>Cliciwch ar fricsen neu system, neu pwyswch fysell saeth yn y graff, i weld ei "
        "gallu, ei chost, ei ffynhonnell a'r dewis arall rataf yn y comin.</p>",

    # ui/matrixview.cpp
    'runs its own system, cost not published': "yn rhedeg ei system ei hun, cost heb ei chyhoeddi",
    'No organisation in this commons is mapped into bricks or states a system yet, so every cell is absent. Their reported spend is in the organisation list and each header.':
        "Nid oes unrhyw sefydliad yn y comin hwn wedi'i fapio'n frics nac yn nodi system eto, felly mae pob cell "
        "yn absennol. Mae eu gwariant a adroddwyd yn y rhestr sefydliadau ac ym mhob pennawd.",
    "%1 of %2 organisations × %3 capabilities, each organisation's latest year. Click a cell to see that organisation's bricks of that capability.":
        "%1 o %2 sefydliad × %3 gallu, blwyddyn ddiweddaraf pob sefydliad. Cliciwch ar gell i weld brics y "
        "sefydliad hwnnw o'r gallu hwnnw.",

    # ui/sourcesview.cpp
    'Retrieved %1': "Adalwyd %1",
    'Source': 'Ffynhonnell',
    'Publisher': 'Cyhoeddwr',
    'Licence': 'Trwydded',
    'Figures': 'Ffigurau',
    'Id': 'Id',
    'Select an organisation to see where its figures come from.':
        "Dewiswch sefydliad i weld o ble mae ei ffigurau'n dod.",
    '%1, %2': '%1, %2',
    'Brick catalogue': "Catalog brics",
    "%1's document lists no sources: its figures are not traced to a published row.":
        "Nid yw dogfen %1 yn rhestru unrhyw ffynonellau: nid yw ei ffigurau wedi'u holrhain i res gyhoeddedig.",
    "<b>Sources of %1, %2</b> — each figure's tooltip and detail panel name its row.":
        "<b>Ffynonellau %1, %2</b> — mae cyngor offer a phanel manylion pob ffigur yn enwi ei res.",
    '%n reported figure(s) state no source.':
        ["Nid yw %n ffigur a adroddwyd yn nodi ffynhonnell."] * 5,

    # ui/treemapview.cpp
    'Nothing to draw: no service of this organisation has a published cost above zero or a brick.':
        "Dim i'w lunio: nid oes gan unrhyw wasanaeth gan y sefydliad hwn gost gyhoeddedig uwchlaw sero na bricsen.",
    '<br/>Estimated cost': "<br/>Cost wedi'i hamcangyfrif",
    '<br/><b>Source</b> %1': '<br/><b>Ffynhonnell</b> %1',
    'Net income, income above spending: %1.': "Incwm net, incwm yn uwch na gwariant: %1.",
    '%n service(s) reported £0.':
        ["Adroddodd %n gwasanaeth £0."] * 5,
    '%n service(s) publish no cost (unknown).':
        ["Nid yw %n gwasanaeth yn cyhoeddi cost (anhysbys)."] * 5,
    'Not drawn: %1': "Heb eu llunio: %1",
})

# --- livedna-cli: reported spend, periods, sources, instances, estimated savings ---
# --- issue 13 items 5 and 6: offline hand-over (bundle), Sync from Bundle ---
CY.update({
    # File ▸ Sync from Bundle… (BundleChooser, MainWindow)
    'Sync from &Bundle…': "Cysoni o &Fwndel…",
    'Commons bundles (*.tar.zst *.tzst *.tar.xz *.txz *.tar.gz *.tgz *.tar)':
        "Bwndeli comin (*.tar.zst *.tzst *.tar.xz *.txz *.tar.gz *.tgz *.tar)",
    'All files (*)': "Pob ffeil (*)",
    'Sync from a commons bundle': "Cysoni o fwndel comin",
    # livedna-cli bundle (BundleCli)
    "Packs a commons folder into one file for a hand-over with no network: index.json, its\n"
    "signature and every document it lists, each checked against the index first. The\n"
    "compression follows OUT's name: .tar.zst (best), .tar.xz, .tar.gz or .tar. The receiver\n"
    "runs 'livedna-cli sync OUT', which checks the bundle as it checks a folder.\n"
    "Exit codes: 0 written, 1 usage error, 2 the commons is invalid (nothing written),\n"
    "3 a file could not be read or written.":
        "Yn pacio ffolder comin yn un ffeil i'w throsglwyddo heb rwydwaith: index.json, ei\n"
        "lofnod a phob dogfen y mae'n ei rhestru, pob un wedi'i gwirio yn erbyn y mynegai yn\n"
        "gyntaf. Mae'r cywasgu'n dilyn enw OUT: .tar.zst (gorau), .tar.xz, .tar.gz neu .tar.\n"
        "Mae'r derbynnydd yn rhedeg 'livedna-cli sync OUT', sy'n gwirio'r bwndel fel y mae'n\n"
        "gwirio ffolder.\n"
        "Codau gadael: 0 wedi'i ysgrifennu, 1 gwall defnydd, 2 mae'r comin yn annilys (dim\n"
        "wedi'i ysgrifennu), 3 methu darllen nac ysgrifennu ffeil.",
    'The commons folder (holding index.json).': "Ffolder y comin (sy'n dal index.json).",
    'The bundle to write, e.g. commons.tar.zst.': "Y bwndel i'w ysgrifennu, e.e. commons.tar.zst.",
    'livedna-cli bundle COMMONS_DIR OUT.tar.zst': "livedna-cli bundle COMMONS_DIR OUT.tar.zst",
    'wrong number of arguments; usage: %1': "nifer anghywir o ddadleuon; defnydd: %1",
    '%1: no such folder': "%1: nid oes ffolder o'r fath",
    '%1: name the bundle .tar.zst, .tar.xz, .tar.gz or .tar':
        "%1: rhowch enw .tar.zst, .tar.xz, .tar.gz neu .tar i'r bwndel",
    'livedna-cli: bundle of %1 not written:': "livedna-cli: ni ysgrifennwyd bwndel %1:",
    'Wrote %1: %n file(s), %2 packed into %3 (%4).':
        ["Ysgrifennwyd %1: %n ffeil, %2 wedi'u pacio yn %3 (%4)."] * 6,
    'Pack a commons folder into one .tar.zst file for an offline hand-over':
        "Pacio ffolder comin yn un ffeil .tar.zst i'w throsglwyddo all-lein",
    # reading a bundle (BundleSource)
    'unknown error': "gwall anhysbys",
    'has an absolute path; a bundle holds only relative paths':
        "mae ganddo lwybr absoliwt; dim ond llwybrau cymharol sydd mewn bwndel",
    'leads outside the bundle (“..”)': "mae'n arwain y tu allan i'r bwndel (“..”)",
    'is not a plain relative path': "nid yw'n llwybr cymharol plaen",
    'has an unsafe path: %1': "mae ganddo lwybr anniogel: %1",
    'cannot be read': "ni ellir ei ddarllen",
    'no room to unpack it: %1': "dim lle i'w ddadbacio: %1",
    'is damaged, truncated or not a bundle: %1': "mae wedi'i ddifrodi, wedi'i dorri'n fyr neu nid yw'n fwndel: %1",
    'holds more than %1 entries; refused': "mae'n dal mwy na %1 o gofnodion; gwrthodwyd",
    'holds an entry whose name is not UTF-8': "mae'n dal cofnod nad yw ei enw'n UTF-8",
    'is a hard link; a bundle holds only files and folders':
        "mae'n ddolen galed; dim ond ffeiliau a ffolderi sydd mewn bwndel",
    'is a symbolic link; a bundle holds only files and folders':
        "mae'n ddolen symbolaidd; dim ond ffeiliau a ffolderi sydd mewn bwndel",
    'is a device, pipe or socket; a bundle holds only files and folders':
        "mae'n ddyfais, pibell neu soced; dim ond ffeiliau a ffolderi sydd mewn bwndel",
    'cannot be unpacked as a folder': "ni ellir ei ddadbacio fel ffolder",
    'appears twice in the bundle': "mae'n ymddangos ddwywaith yn y bwndel",
    'is %1 bytes; a bundle entry may be at most %2 bytes':
        "mae'n %1 beit; gall cofnod bwndel fod yn %2 beit ar y mwyaf",
    'unpacks to more than %1 bytes; refused': "mae'n dadbacio i fwy na %1 beit; gwrthodwyd",
    'cannot be unpacked: %1': "ni ellir ei ddadbacio: %1",
    'is damaged or truncated: %1': "mae wedi'i ddifrodi neu wedi'i dorri'n fyr: %1",
    'unpacks to more than %1 bytes; a bundle entry may be at most that':
        "mae'n dadbacio i fwy na %1 beit; dyna'r mwyaf y caiff cofnod bwndel fod",
    "unpacks to more than %1 times the bundle's size: a decompression bomb; refused":
        "mae'n dadbacio i fwy na %1 gwaith maint y bwndel: bom datgywasgu; gwrthodwyd",
    'holds no index.json (at its top or in its one top-level folder); not a commons bundle':
        "nid yw'n dal index.json (ar ei frig nac yn ei un ffolder uchaf); nid yw'n fwndel comin",
    'was not unpacked': "ni chafodd ei ddadbacio",
    # writing a bundle (BundleWriter)
    'cannot write %1 into it: %2': "ni ellir ysgrifennu %1 iddo: %2",
    'name it .tar.zst, .tar.xz, .tar.gz or .tar to say how to compress it':
        "rhowch enw .tar.zst, .tar.xz, .tar.gz neu .tar iddo i ddweud sut i'w gywasgu",
    'cannot write: %1': "ni ellir ysgrifennu: %1",
    'this libarchive cannot write %1: %2': "ni all y libarchive hwn ysgrifennu %1: %2",
    'the extra file "%1" has an unsafe path or no byte count':
        "mae gan y ffeil ychwanegol \"%1\" lwybr anniogel neu ddim cyfrif beitiau",
    # sync of a bundle (CommonsCli)
    "Bring a commons (folder, bundle, URL or 'demo') into the cache":
        "Dod â chomin (ffolder, bwndel, URL neu 'demo') i'r storfa",
    "Folder, bundle, URL or 'demo'.": "Ffolder, bwndel, URL neu 'demo'.",
    "Brings a commons into the cache, completely or not at all, and prints what changed.\n"
    "SOURCE is a folder, a file:// URL, an http:// or https:// URL of the folder or of its\n"
    "index.json, 'demo' for the illustrative commons bundled with LiveDNA, or a bundle file\n"
    "from 'livedna-cli bundle' (.tar.zst), checked as a folder is: a bundle with paths\n"
    "outside it, links, devices or too much to unpack is refused (2).\n"
    "Exit codes: 0 done (or nothing new), 1 usage error, 2 data invalid or refused\n"
    "(the cache is unchanged), 3 source or cache could not be read or reached.":
        "Yn dod â chomin i'r storfa, yn gyfan neu ddim o gwbl, ac yn dangos beth a newidiodd.\n"
        "SOURCE yw ffolder, URL file://, URL http:// neu https:// y ffolder neu ei\n"
        "index.json, 'demo' ar gyfer y comin enghreifftiol sy'n dod gyda LiveDNA, neu ffeil\n"
        "bwndel o 'livedna-cli bundle' (.tar.zst), wedi'i gwirio fel ffolder: gwrthodir\n"
        "bwndel â llwybrau y tu allan iddo, dolenni, dyfeisiau neu ormod i'w ddadbacio (2).\n"
        "Codau gadael: 0 wedi'i wneud (neu ddim byd newydd), 1 gwall defnydd, 2 data annilys\n"
        "neu wedi'i wrthod (nid yw'r storfa wedi newid), 3 methu darllen na chyrraedd y\n"
        "ffynhonnell neu'r storfa.",
})

CY.update({
    # analysis (AnalysisCli)
    '%1 (%2 to %3)': '%1 (%2 i %3)',
    'estimated saving %1': "arbediad a amcangyfrifwyd %1",
    'people work: no saving (replacing it would cut the frontline)':
        "gwaith pobl: dim arbediad (byddai cymryd ei le yn torri'r rheng flaen)",
    "estimated saving unknown (the brick's price needs units not published)":
        "arbediad a amcangyfrifwyd yn anhysbys (mae pris y fricsen angen unedau heb eu cyhoeddi)",
    'index': 'mynegai',
    'estimated saving (low to high)': "arbediad a amcangyfrifwyd (isel i uchel)",
    "none: people's work": "dim: gwaith pobl",
    ' + %n unknown': [' + %n anhysbys'] * 5,
    'Total saving (duplication index): %1': "Cyfanswm yr arbediad (mynegai dyblygu): %1",
    'Estimated saving: %1': "Arbediad a amcangyfrifwyd: %1",
    'Share of the estimated saving moved to the frontline, 0..1 (default 0.5).':
        "Cyfran yr arbediad a amcangyfrifwyd a symudir i'r rheng flaen, 0..1 (rhagosodiad 0.5).",
    'Share moved to the frontline: %1%': "Cyfran a symudir i'r rheng flaen: %1%",
    '%1 organisations, estimated saving %2, moved to the frontline %3':
        "%1 sefydliad, arbediad a amcangyfrifwyd %2, wedi'i symud i'r rheng flaen %3",
    ' (duplication index %1)': ' (mynegai dyblygu %1)',
    '%1 (%2 to %3) %4 posts at %5 a year': "%1 (%2 i %3) swydd %4 am %5 y flwyddyn",
    '%1 (%2 of %3 organisations have bricks in this service)':
        "%1 (mae gan %2 o %3 sefydliad frics yn y gwasanaeth hwn)",
    'Standard playlist (%1 of %2 mapped organisations): %3':
        "Rhestr chwarae safonol (%1 o %2 sefydliad wedi'u mapio): %3",
    'cost unknown': 'cost anhysbys',
    '%1 reported': '%1 a adroddwyd',
    '%1 mapped': "%1 wedi'i fapio",
    'not mapped': "heb ei fapio",

    # orgs, show, instances (CommonsCli)
    'No organisation runs its own instance of that.': "Nid oes unrhyw sefydliad yn rhedeg ei enghraifft ei hun o hynny.",
    'product not known': 'cynnyrch anhysbys',
    'Count separately run instances of each capability, by product':
        "Cyfrif enghreifftiau a redir ar wahân o bob gallu, yn ôl cynnyrch",
    "Lists the organisations in the cache with their service count and annual cost split\ninto frontline and overhead (the sum of their services' bricks), beside the spend they\nreported split by layer, for each organisation's latest period. With --json, prints an\narray of objects: code, name, kind, type, region, services, total_gbp, frontline_gbp,\noverhead_gbp, reported_gbp (null when no service reports a cost), reported_frontline_gbp,\nreported_overhead_gbp, reported_unclassified_gbp (each null when no service is in it),\nreported_unknown (services with no reported cost), period and periods.":
        "Yn rhestru'r sefydliadau yn y storfa gyda nifer eu gwasanaethau a'u cost flynyddol wedi'i\n"
        "rhannu'n rheng flaen a gorbenion (swm brics eu gwasanaethau), wrth ymyl y gwariant a\n"
        "adroddwyd ganddynt wedi'i rannu yn ôl haen, ar gyfer cyfnod diweddaraf pob sefydliad. Gyda\n"
        "--json, yn argraffu arae o wrthrychau: code, name, kind, type, region, services, total_gbp,\n"
        "frontline_gbp, overhead_gbp, reported_gbp (null pan nad oes gwasanaeth yn adrodd cost),\n"
        "reported_frontline_gbp, reported_overhead_gbp, reported_unclassified_gbp (pob un yn null\n"
        "pan nad oes gwasanaeth ynddo), reported_unknown (gwasanaethau heb gost a adroddwyd), period\n"
        "a periods.",
    'PERIOD': 'CYFNOD',
    'REP. FRONTLINE': 'RHENG FLAEN ADR.',
    'REP. OVERHEAD': 'GORBENION ADR.',
    'UNCLASSIFIED': 'HEB DDOSBARTHU',
    'MAPPED FRONTLINE': 'RHENG FLAEN MAP.',
    'MAPPED OVERHEAD': 'GORBENION MAP.',
    'unknown (%n service(s))': ['anhysbys (%n gwasanaeth)'] * 5,
    '%1 + %2 unknown': '%1 + %2 anhysbys',
    'Shows one organisation (by code, or by its exact name) for one period (default: the\nlatest) and each of its services with its reported spend and layer, and the total,\nfrontline and overhead cost mapped into bricks, its number of bricks and how many are\nbespoke. With --json, prints one object: code, name, kind, period, periods, sources,\ntotal_gbp, frontline_gbp, overhead_gbp, reported_gbp, reported_frontline_gbp,\nreported_overhead_gbp, reported_unclassified_gbp, reported_unknown and services [{id,\nname, period, layer, total_gbp, frontline_gbp, overhead_gbp, reported_gbp, reported\n{employees_gbp, running_gbp, income_gbp, net_gbp, source}, source, bricks, bespoke,\ninstances [{id, name, capability, uses, annual_cost_gbp, basis, source}], systems [{id,\nname, capability, product}]}]; an unknown figure is null, never 0.\nExit code 1 when the organisation (or the period) is not in the cache.':
        "Yn dangos un sefydliad (yn ôl cod, neu yn ôl ei union enw) ar gyfer un cyfnod (rhagosodiad:\n"
        "y diweddaraf) a phob un o'i wasanaethau gyda'i wariant a adroddwyd a'i haen, a'r gost gyfan,\n"
        "rheng flaen a gorbenion wedi'i mapio'n frics, nifer ei frics a faint sy'n bwrpasol. Gyda\n"
        "--json, yn argraffu un gwrthrych: code, name, kind, period, periods, sources,\n"
        "total_gbp, frontline_gbp, overhead_gbp, reported_gbp, reported_frontline_gbp,\n"
        "reported_overhead_gbp, reported_unclassified_gbp, reported_unknown a services [{id,\n"
        "name, period, layer, total_gbp, frontline_gbp, overhead_gbp, reported_gbp, reported\n"
        "{employees_gbp, running_gbp, income_gbp, net_gbp, source}, source, bricks, bespoke,\n"
        "instances [{id, name, capability, uses, annual_cost_gbp, basis, source}], systems [{id,\n"
        "name, capability, product}]}]; mae ffigur anhysbys yn null, byth yn 0.\n"
        "Cod gadael 1 pan nad yw'r sefydliad (neu'r cyfnod) yn y storfa.",
    'Which period (default: the latest).': "Pa gyfnod (rhagosodiad: y diweddaraf).",
    'livedna-cli show [--json] [--commons ID] [--period YYYY-YY] ORG':
        'livedna-cli show [--json] [--commons ID] [--period YYYY-YY] ORG',
    "no period %1 for '%2' in the cache; it holds %3": "dim cyfnod %1 ar gyfer '%2' yn y storfa; mae'n cynnwys %3",
    'periods held: %1': "cyfnodau sydd ar gael: %1",
    'Reported %1: %2 (frontline %3, overhead %4, unclassified %5)':
        "A adroddwyd %1: %2 (rheng flaen %3, gorbenion %4, heb ei ddosbarthu %5)",
    'Reported %1: %2': 'A adroddwyd %1: %2',
    'Mapped into bricks: total %1, frontline %2, overhead %3':
        "Wedi'i fapio'n frics: cyfanswm %1, rheng flaen %2, gorbenion %3",
    'Mapped into bricks: nothing yet': "Wedi'i fapio'n frics: dim byd eto",
    'Source %1: %2': 'Ffynhonnell %1: %2',
    'LAYER': 'HAEN',
    'SINCE %1': 'ERS %1',
    'SYSTEMS': 'SYSTEMAU',
    'unknown': 'anhysbys',
    'Separately run instances: for each capability (or the one given), how many organisations\nrun their own instance of it (a bespoke brick or a system of that capability, in their\nlatest period) and on which product, e.g. "152 organisations each run their own library\nmanagement system: 45 on Spydus, 36 on Arena, ...". --verbose lists the organisations.\nWith --json, prints an array of {capability, name, organisations, by_product: [{product,\nname, vendor, organisations}]}, where each organisations is an array of {code, name}\n(its length is the count) and product is null for instances of unknown product.':
        "Enghreifftiau a redir ar wahân: ar gyfer pob gallu (neu'r un a roddir), faint o sefydliadau\n"
        "sy'n rhedeg eu henghraifft eu hunain ohono (bricsen bwrpasol neu system o'r gallu hwnnw, yn eu\n"
        "cyfnod diweddaraf) ac ar ba gynnyrch, e.e. \"Mae 152 sefydliad yr un yn rhedeg eu system\n"
        "rheoli llyfrgell eu hunain: 45 ar Spydus, 36 ar Arena, ...\". Mae --verbose yn rhestru'r\n"
        "sefydliadau. Gyda --json, yn argraffu arae o {capability, name, organisations, by_product:\n"
        "[{product, name, vendor, organisations}]}, lle mae pob organisations yn arae o {code, name}\n"
        "(ei hyd yw'r cyfrif) ac mae product yn null ar gyfer enghreifftiau o gynnyrch anhysbys.",
    'A capability id (default: every capability).': "Id gallu (rhagosodiad: pob gallu).",
    'List the organisations behind each number.': "Rhestru'r sefydliadau y tu ôl i bob rhif.",
    'livedna-cli instances [--json] [--verbose] [--commons ID] [CAPABILITY]':
        'livedna-cli instances [--json] [--verbose] [--commons ID] [CAPABILITY]',
    "no capability '%1' in the commons' catalogue": "dim gallu '%1' yng nghatalog y comin",

    # cache, sync, publish
    '%1: organisation %2 is published by more than one document for %3.':
        "%1: mae sefydliad %2 wedi'i gyhoeddi gan fwy nag un ddogfen ar gyfer %3.",
    'for %1': 'ar gyfer %1',
    'organisation "%1" has several documents, so each of its entries needs a period':
        "mae gan sefydliad \"%1\" sawl dogfen, felly mae angen cyfnod ar bob un o'i gofnodion",
    '%1 %2 is also the organisation and period of %3; a commons holds one document per organisation and period.':
        "%1 %2 hefyd yw sefydliad a chyfnod %3; mae comin yn cynnwys un ddogfen fesul sefydliad a chyfnod.",
    'The staged publication does not read back as written.':
        "Nid yw'r cyhoeddiad a baratowyd yn darllen yn ôl fel y'i hysgrifennwyd.",
    'Migration to schema version %1 would break references between tables.':
        "Byddai mudo i fersiwn sgema %1 yn torri cyfeiriadau rhwng tablau.",

    # commons reader (CommonsReader): JSON field names stay in English
    'a number, or null when not published': "rhif, neu null pan nad yw wedi'i gyhoeddi",
    '“source” must be “<source id>#<locator>”, such as “rsx-2023-24#line 25: E06000001, C7”; found %1':
        "rhaid i “source” fod yn “<source id>#<locator>”, fel “rsx-2023-24#line 25: E06000001, C7”; canfuwyd %1",
    "“source” names the source %1, which is not listed in this document's “sources”":
        "mae “source” yn enwi'r ffynhonnell %1, nad yw wedi'i rhestru yn “sources” y ddogfen hon",
    '“%1” must be a financial year written YYYY-YY, such as 2025-26; found %2':
        "rhaid i “%1” fod yn flwyddyn ariannol ar y ffurf YYYY-YY, fel 2025-26; canfuwyd %2",
    '“%1” %2 must end with the year after %3 (%3-%4)':
        "rhaid i “%1” %2 orffen gyda'r flwyddyn ar ôl %3 (%3-%4)",
    '“%1” must be an RFC 3339 date such as 2026-11-01; found %2':
        "rhaid i “%1” fod yn ddyddiad RFC 3339 fel 2026-11-01; canfuwyd %2",
    'a source must be an object; found %1': "rhaid i ffynhonnell fod yn wrthrych; canfuwyd %1",
    'duplicate source id %1 (first at %2)': "id ffynhonnell dyblyg %1 (y cyntaf yn %2)",
    'organisation %1 is listed twice (also at %2); several documents of one organisation each need their own “period”':
        "mae sefydliad %1 wedi'i restru ddwywaith (hefyd yn %2); mae angen “period” ei hun ar bob un o sawl "
        "dogfen un sefydliad",
    'organisation %1 is listed twice for the period %2 (also at %3)':
        "mae sefydliad %1 wedi'i restru ddwywaith ar gyfer y cyfnod %2 (hefyd yn %3)",
    "organisation %1 has %2 documents in this index, so each of its entries must carry “period”, equal to its document's own":
        "mae gan sefydliad %1 %2 dogfen yn y mynegai hwn, felly rhaid i bob un o'i gofnodion gynnwys “period”, "
        "yn hafal i un ei ddogfen",
    'a product must be an object; found %1': "rhaid i gynnyrch fod yn wrthrych; canfuwyd %1",
    'duplicate product id %1 (first at %2)': "id cynnyrch dyblyg %1 (y cyntaf yn %2)",
    "“net_gbp” %1 must equal the service's “reported_cost_gbp” %2":
        "rhaid i “net_gbp” %1 fod yn hafal i “reported_cost_gbp” %2 y gwasanaeth",
    '“uses” names %1, which is not a brick in %2': "mae “uses” yn enwi %1, nad yw'n fricsen yn %2",
    '“capability” names %1, which is not a capability in %2': "mae “capability” yn enwi %1, nad yw'n allu yn %2",
    'an estimated brick must name its method and inputs in “source”':
        "rhaid i fricsen wedi'i hamcangyfrif enwi ei dull a'i mewnbynnau yn “source”",
    '“product” must name a product from bricks.json; found an empty string':
        "rhaid i “product” enwi cynnyrch o bricks.json; canfuwyd llinyn gwag",
    '“product” names %1, which is not a product in %2': "mae “product” yn enwi %1, nad yw'n gynnyrch yn %2",
    'a system must be an object; found %1': "rhaid i system fod yn wrthrych; canfuwyd %1",
    'duplicate system id %1 in this service (first at %2)': "id system dyblyg %1 yn y gwasanaeth hwn (y cyntaf yn %2)",
    "system id %1 is also the id of a brick of this service; a system's id must differ from its bricks' ids":
        "mae id system %1 hefyd yn id bricsen yn y gwasanaeth hwn; rhaid i id system fod yn wahanol i ids ei frics",
    "“period” %1 does not match the index entry's “period” %2":
        "nid yw “period” %1 yn cyfateb i “period” %2 cofnod y mynegai",
    "the document's catalogue": "catalog y ddogfen",
})

# --- livedna-cli import: RSX, ERIC, NHS records, systems, catalogue, coverage (ImportCommands and importers) ---
CY.update({
    '%1 needs %2 file(s) and %3 (see --help).': "Mae %1 angen %2 ffeil a %3 (gweler --help).",
    'nothing else': "dim byd arall",
    '--period must be a financial year such as 2023-24.': "Rhaid i --period fod yn flwyddyn ariannol fel 2023-24.",
    'Counts what a folder of imported documents holds (read back with the commons reader): organisations, documents per period, services, published and estimated bricks, systems, and figures per source.':
        "Yn cyfrif beth sydd mewn ffolder o ddogfennau a fewnforiwyd (wedi'u darllen yn ôl gyda darllenydd y comin): "
        "sefydliadau, dogfennau fesul cyfnod, gwasanaethau, brics cyhoeddedig a brics wedi'u hamcangyfrif, systemau, "
        "a ffigurau fesul ffynhonnell.",
    'ERIC-YYYY-YY.csv': 'ERIC-YYYY-YY.csv',
    'RSX_YYYY-YY_data_by_LA.csv': 'RSX_YYYY-YY_data_by_LA.csv',
    'trust_mrc_and_epr.csv': 'trust_mrc_and_epr.csv',
    'secondary_trusts_primary_epr_suppliers_20241001.csv': 'secondary_trusts_primary_epr_suppliers_20241001.csv',
    'uk_local_authorities.csv (mySociety).': 'uk_local_authorities.csv (mySociety).',
    'Extra published names (default: the built-in resources/real/name-aliases.csv).':
        "Enwau cyhoeddedig ychwanegol (rhagosodiad: resources/real/name-aliases.csv sydd wedi'i gynnwys).",
    "Id of the published source the file is (e.g. rs-2017-18): listed in each document's sources and named, with its rows, by each reported cost.":
        "Id y ffynhonnell gyhoeddedig yw'r ffeil (e.e. rs-2017-18): wedi'i rhestru yn ffynonellau pob dogfen ac "
        "wedi'i henwi, gyda'i rhesi, gan bob cost a adroddwyd.",
    'Import published data: councils, spending, oruk, nhs-trusts, lgsl, rsx, eric, nhs-records, systems, catalogue':
        "Mewnforio data cyhoeddedig: councils, spending, oruk, nhs-trusts, lgsl, rsx, eric, nhs-records, systems, catalogue",
    'Layer of each service group (default: the built-in resources/real/rsx-layers.csv).':
        "Haen pob grŵp gwasanaeth (rhagosodiad: resources/real/rsx-layers.csv sydd wedi'i gynnwys).",
    "MHCLG Revenue Outturn Service Expenditure Summary (RSX), worksheet 2 as published (CSV). Finds the header row (the line starting E-code) and the end of the first table itself and matches columns by their header text. For each current English council, one service per RS service group with a figure: reported employees (C1), running expenses (C2), income (C4 + C5) and net (C7), in £ (the file's £ thousand × 1000); reported_cost_gbp = net; the layer from --layers; every figure names its line, council and column. Police, fire and other class O bodies are skipped.":
        "Crynodeb Gwariant Gwasanaethau Alldro Refeniw MHCLG (RSX), taflen waith 2 fel y'i cyhoeddwyd (CSV). Mae'n "
        "canfod y rhes bennawd (y llinell sy'n dechrau ag E-code) a diwedd y tabl cyntaf ei hun ac yn paru colofnau "
        "yn ôl testun eu pennawd. Ar gyfer pob cyngor cyfredol yn Lloegr, un gwasanaeth i bob grŵp gwasanaeth RS â "
        "ffigur: cyflogeion a adroddwyd (C1), costau rhedeg (C2), incwm (C4 + C5) a net (C7), mewn £ (£ mil y ffeil "
        "× 1000); reported_cost_gbp = net; yr haen o --layers; mae pob ffigur yn enwi ei linell, ei gyngor a'i "
        "golofn. Hepgorir cyrff heddlu, tân a chyrff dosbarth O eraill.",
    'NHS Estates Returns (ERIC) trust data ($-delimited; columns matched by name). Each trust with a document in --out, or open in --ods, gets an "Estates and facilities" service whose bricks are its published facility costs (estates maintenance, energy, water, sewerage, cleaning, inpatient food, laundry and linen, portering, waste). A blank cost is no brick. --into writes into that period\'s document, marking the service with the data\'s period.':
        "Data ymddiriedolaethau Ffurflenni Ystadau'r GIG (ERIC) (wedi'u hamffinio gan $; colofnau wedi'u paru yn ôl "
        "enw). Mae pob ymddiriedolaeth sydd â dogfen yn --out, neu sydd ar agor yn --ods, yn cael gwasanaeth "
        "\"Estates and facilities\" a'i frics yw ei chostau cyfleusterau cyhoeddedig (cynnal a chadw ystadau, ynni, "
        "dŵr, carthffosiaeth, glanhau, bwyd cleifion mewnol, golchi dillad a llieiniau, porthora, gwastraff). Nid yw "
        "cost wag yn fricsen. Mae --into yn ysgrifennu i ddogfen y cyfnod hwnnw, gan nodi cyfnod y data ar y "
        "gwasanaeth.",
    'NHS trusts\' medical-records costs (trust_mrc_and_epr.csv, column mrc_total_YYYYyy for --period) and, with --epr, each trust\'s primary EPR supplier: a "Health records" service with the cost as a brick and the EPR as a system with its product.':
        "Costau cofnodion meddygol ymddiriedolaethau'r GIG (trust_mrc_and_epr.csv, colofn mrc_total_YYYYyy ar gyfer "
        "--period) a, gyda --epr, prif gyflenwr EPR pob ymddiriedolaeth: gwasanaeth \"Health records\" gyda'r gost "
        "fel bricsen a'r EPR fel system gyda'i gynnyrch.",
    "The --service-id-col value is a Revenue Outturn line (190 … 698): give each service its RS service group's stable id and layer (the table of import rsx; --layers reads another copy).":
        "Mae gwerth --service-id-col yn llinell Alldro Refeniw (190 … 698): rhoi i bob gwasanaeth id sefydlog a "
        "haen ei grŵp gwasanaeth RS (tabl import rsx; mae --layers yn darllen copi arall).",
    'The folder the imports wrote (holding orgs/).': "Y ffolder a ysgrifennwyd gan y mewnforion (sy'n cynnwys orgs/).",
    'The list.': "Y rhestr.",
    'The service-group table for --rs-groups (default: the built-in one).':
        "Y tabl grwpiau gwasanaeth ar gyfer --rs-groups (rhagosodiad: yr un sydd wedi'i gynnwys).",
    'Which product each council runs, with no cost, as systems on its latest document in --out: libraries (library_catalogues.json) on the cultural service, planning (planning_scraper_list_2019.csv) on planning and development, street-reporting (street_reporting_backends.csv) on environmental and regulatory. Names and slugs are matched through the register; what does not match is listed.':
        "Pa gynnyrch y mae pob cyngor yn ei redeg, heb gost, fel systemau ar ei ddogfen ddiweddaraf yn --out: "
        "libraries (library_catalogues.json) ar y gwasanaeth diwylliannol, planning (planning_scraper_list_2019.csv) "
        "ar gynllunio a datblygu, street-reporting (street_reporting_backends.csv) ar wasanaethau amgylcheddol a "
        "rheoleiddio. Caiff enwau a slugs eu paru drwy'r gofrestr; rhestrir yr hyn nad yw'n cyfateb.",
    "Write into this period's document instead (e.g. the trusts' latest).":
        "Ysgrifennu i ddogfen y cyfnod hwn yn lle hynny (e.e. un ddiweddaraf yr ymddiriedolaethau).",
    "Writes DIR/bricks.json, the real commons' catalogue: the capabilities the real importers use (with their work: digital or people) and the products the published lists name, from the built-in tables or --capabilities/--products. Nothing is priced: no standard brick has a published price.":
        "Yn ysgrifennu DIR/bricks.json, catalog y comin go iawn: y galluoedd y mae'r mewnforwyr go iawn yn eu "
        "defnyddio (gyda'u gwaith: digidol neu bobl) a'r cynhyrchion a enwir gan y rhestrau cyhoeddedig, o'r "
        "tablau sydd wedi'u cynnwys neu --capabilities/--products. Nid oes dim wedi'i brisio: nid oes gan unrhyw "
        "fricsen safonol bris cyhoeddedig.",
    'Wrote %1: %2 capabilities, %3 products, no priced bricks.\n':
        "Ysgrifennwyd %1: %2 gallu, %3 cynnyrch, dim brics wedi'u prisio.\n",
    'capabilities.csv (id, name, layer, work, rationale).': 'capabilities.csv (id, name, layer, work, rationale).',
    'etr_with_header.csv: also accept open trusts with no document yet.':
        "etr_with_header.csv: derbyn hefyd ymddiriedolaethau agored sydd heb ddogfen eto.",
    'import systems: WHAT must be libraries, planning or street-reporting.':
        "import systems: rhaid i WHAT fod yn libraries, planning neu street-reporting.",
    'libraries, planning or street-reporting': "libraries, planning neu street-reporting",
    'products.csv (id, name, vendor, capability, published_as, source).':
        'products.csv (id, name, vendor, capability, published_as, source).',
    "Usage: livedna-cli import KIND FILE... --out DIR [options]\nKinds:\n  councils    current English councils from uk_local_authorities.csv (+ --similarity DIR for neighbours)\n  spending    spending CSV by organisation and service, through a column mapping\n  oruk        an Open Referral UK / HSDS service feed (JSON) as one organisation's services\n  nhs-trusts  open NHS trusts from the ODS etr extract\n  lgsl        the Local Government Service List: into the cache, and DIR/lgsl.json with --out\n  rsx         Revenue Outturn Service Expenditure Summary (RSX): 13 service groups per council\n  eric        NHS Estates Returns (ERIC): facility costs per trust as published bricks\n  nhs-records medical-records cost and EPR supplier per trust\n  systems     libraries|planning|street-reporting: which product each council runs\n  catalogue   DIR/bricks.json for the real commons (capabilities and products)\n  coverage    DIR: what a folder of imported documents holds, figures per source\nRun 'livedna-cli import KIND --help' for the options of one kind.\n":
        "Defnydd: livedna-cli import KIND FILE... --out DIR [opsiynau]\nMathau:\n"
        "  councils    cynghorau cyfredol Lloegr o uk_local_authorities.csv (+ --similarity DIR ar gyfer cymdogion)\n"
        "  spending    CSV gwariant fesul sefydliad a gwasanaeth, drwy fapio colofnau\n"
        "  oruk        ffrwd gwasanaethau Open Referral UK / HSDS (JSON) fel gwasanaethau un sefydliad\n"
        "  nhs-trusts  ymddiriedolaethau GIG agored o ddyfyniad etr ODS\n"
        "  lgsl        Rhestr Gwasanaethau Llywodraeth Leol: i'r storfa, a DIR/lgsl.json gyda --out\n"
        "  rsx         Crynodeb Gwariant Gwasanaethau Alldro Refeniw (RSX): 13 grŵp gwasanaeth i bob cyngor\n"
        "  eric        Ffurflenni Ystadau'r GIG (ERIC): costau cyfleusterau pob ymddiriedolaeth fel brics cyhoeddedig\n"
        "  nhs-records cost cofnodion meddygol a chyflenwr EPR pob ymddiriedolaeth\n"
        "  systems     libraries|planning|street-reporting: pa gynnyrch y mae pob cyngor yn ei redeg\n"
        "  catalogue   DIR/bricks.json ar gyfer y comin go iawn (galluoedd a chynhyrchion)\n"
        "  coverage    DIR: beth sydd mewn ffolder o ddogfennau a fewnforiwyd, ffigurau fesul ffynhonnell\n"
        "Rhedwch 'livedna-cli import KIND --help' i weld opsiynau un math.\n",

    # coverage
    'Organisations: %1 (%2 councils, %3 NHS trusts, %4 other)\n':
        "Sefydliadau: %1 (%2 cyngor, %3 ymddiriedolaeth GIG, %4 arall)\n",
    'Documents: %1 (%2)\n': "Dogfennau: %1 (%2)\n",
    'Services: %1 (%2 with a reported cost, %3 with a layer)\n':
        "Gwasanaethau: %1 (%2 â chost a adroddwyd, %3 â haen)\n",
    'Bricks: %1 published, %2 estimated\n': "Brics: %1 wedi'u cyhoeddi, %2 wedi'u hamcangyfrif\n",
    'Systems: %1 (%2 with a known product)\n': "Systemau: %1 (%2 â chynnyrch hysbys)\n",
    'Figures per source:\n': "Ffigurau fesul ffynhonnell:\n",
    'Figures with no source: %1; sources not listed in their document: %2\n':
        "Ffigurau heb ffynhonnell: %1; ffynonellau heb eu rhestru yn eu dogfen: %2\n",

    # ERIC
    'No line among the first ten has an “Organisation Code” column: not an ERIC trust file.':
        "Nid oes gan unrhyw un o'r deg llinell gyntaf golofn “Organisation Code”: nid ffeil ymddiriedolaethau ERIC yw hon.",
    'line %1 names none of the facility cost columns (e.g. “Cleaning service cost (£)”).':
        "nid yw llinell %1 yn enwi unrhyw un o golofnau costau cyfleusterau (e.e. “Cleaning service cost (£)”).",
    '%1 blank: not published, no brick': "%1 yn wag: heb ei gyhoeddi, dim bricsen",
    "%1 published as '%2': no brick": "%1 wedi'i gyhoeddi fel '%2': dim bricsen",
    'waste: %1 not published, so no waste brick (the streams are summed only when all are published)':
        "gwastraff: %1 heb ei gyhoeddi, felly dim bricsen wastraff (dim ond pan fydd pob ffrwd wedi'i chyhoeddi "
        "y cânt eu symio)",
    '--period (and --into) must be financial years such as 2016-17.':
        "Rhaid i --period (a --into) fod yn flynyddoedd ariannol fel 2016-17.",
    '--period (and --into) must be financial years such as 2023-24.':
        "Rhaid i --period (a --into) fod yn flynyddoedd ariannol fel 2023-24.",
    'line %1: %2': 'llinell %1: %2',

    # importers' shared checks
    "'%1' for %2 cannot name a document.": "Ni all '%1' ar gyfer %2 enwi dogfen.",
    'The existing document does not read as an organisation document; not overwriting it.':
        "Nid yw'r ddogfen bresennol yn darllen fel dogfen sefydliad; nid yw'n cael ei throsysgrifo.",
    "This build's commons reader does not read “%1” back, so merging into this document would lose it; not overwriting it.":
        "Nid yw darllenydd comin yr adeiliad hwn yn darllen “%1” yn ôl, felly byddai uno i'r ddogfen hon yn ei "
        "golli; nid yw'n cael ei throsysgrifo.",
    "%1: the period '%2' is not a financial year such as 2023-24.":
        "%1: nid yw'r cyfnod '%2' yn flwyddyn ariannol fel 2023-24.",

    # NHS records
    'line 1 has no “%1” column for %2 (or no trust_code).':
        "nid oes gan linell 1 golofn “%1” ar gyfer %2 (neu dim trust_code).",
    '%1: %2 is blank: records cost unknown, no brick': "%1: mae %2 yn wag: cost cofnodion yn anhysbys, dim bricsen",
    '%1: “%2”: no EPR system': "%1: “%2”: dim system EPR",
    '%1: supplier “%2” is not in the product table: system with no product':
        "%1: nid yw'r cyflenwr “%2” yn y tabl cynhyrchion: system heb gynnyrch",
    '%1: needs columns “Organisation Code” and “Supplier (Primary EPR)”.':
        "%1: angen y colofnau “Organisation Code” a “Supplier (Primary EPR)”.",
    '%1: no records cost and no EPR system published': "%1: dim cost cofnodion a dim system EPR wedi'u cyhoeddi",

    # real catalogue
    'line %1: a capability needs an id, a layer (frontline or overhead) and work (digital or people).':
        "llinell %1: mae gallu angen id, haen (frontline neu overhead) a gwaith (digital neu people).",
    'line %1: a product needs an id, a name and one of the capabilities.':
        "llinell %1: mae cynnyrch angen id, enw ac un o'r galluoedd.",
    "unknown source id '%1'.": "id ffynhonnell anhysbys '%1'.",

    # RSX
    '%1: columns %2 and %3 are both %4 %5.': "%1: mae colofnau %2 a %3 ill dwy yn %4 %5.",
    'The layers table needs columns service_id, group and layer.':
        "Mae'r tabl haenau angen y colofnau service_id, group a layer.",
    'line %1: each group needs a service_id, its published name and a layer (frontline or overhead).':
        "llinell %1: mae pob grŵp angen service_id, ei enw cyhoeddedig a haen (frontline neu overhead).",
    'The layers table lists no service group.': "Nid yw'r tabl haenau yn rhestru unrhyw grŵp gwasanaeth.",
    'No header row: no line has the “E-code” and “Local authority” columns, so this is not an RSX data table.':
        "Dim rhes bennawd: nid oes gan unrhyw linell y colofnau “E-code” a “Local authority”, felly nid tabl data "
        "RSX yw hwn.",
    'line %1 (the header row)': "llinell %1 (y rhes bennawd)",
    '%1 has no “%2” column.': "Nid oes gan %1 golofn “%2”.",
    '%1 names none of the RSX service groups (e.g. “Education services - Employees (C1)”).':
        "Nid yw %1 yn enwi unrhyw un o grwpiau gwasanaeth RSX (e.e. “Education services - Employees (C1)”).",
    "%1 C%2: '%3' is not a number; kept as unknown": "%1 C%2: nid yw '%3' yn rhif; wedi'i gadw'n anhysbys",
    '%1: income is %2 only; %3 is not published': "%1: dim ond %2 yw'r incwm; nid yw %3 wedi'i gyhoeddi",
    'class O (police, fire, national park, waste, transport or combined authority): not a council':
        "dosbarth O (heddlu, tân, parc cenedlaethol, gwastraff, trafnidiaeth neu awdurdod cyfun): nid cyngor",
    '%1 (%2, %3) is not in the local authority register': "Nid yw %1 (%2, %3) yng nghofrestr yr awdurdodau lleol",
    '%1: figures taken as %2 (%3)': "%1: ffigurau wedi'u cymryd fel %2 (%3)",
    '--period must be the financial year of the file, such as 2023-24.':
        "Rhaid i --period fod yn flwyddyn ariannol y ffeil, fel 2023-24.",
    'no column for %1 in this file: that figure is unknown for every council':
        "dim colofn ar gyfer %1 yn y ffeil hon: mae'r ffigur hwnnw'n anhysbys i bob cyngor",

    # spending
    "line '%1' is not in the service-group table: no layer":
        "nid yw llinell '%1' yn y tabl grwpiau gwasanaeth: dim haen",

    # systems
    'Not the library catalogues list: no “LibraryServices” array.':
        "Nid rhestr catalogau'r llyfrgelloedd yw hon: dim arae “LibraryServices”.",
    'line 1 needs columns “%1” and “%2”.': "mae llinell 1 angen y colofnau “%1” a “%2”.",
    "'%1' matched through the aliases table": "'%1' wedi'i baru drwy'r tabl enwau amgen",
    "'%1' taken as %2 (a department's configuration)": "'%1' wedi'i gymryd fel %2 (ffurfweddiad adran)",
    "'%1' taken as %2: the only council whose name starts with it":
        "'%1' wedi'i gymryd fel %2: yr unig gyngor y mae ei enw'n dechrau ag ef",
    'unmatched: %1 has no GSS code': "heb ei baru: nid oes gan %1 god GSS",
    "unmatched: no council in the register is '%1'": "heb ei baru: nid oes cyngor yn y gofrestr o'r enw '%1'",
    "%1: recorded on %2 as the former %3 area's system": "%1: wedi'i gofnodi ar %2 fel system hen ardal %3",
    "'%1' is not a product in the catalogue table: system with no product":
        "nid yw '%1' yn gynnyrch yn y tabl catalog: system heb gynnyrch",
    'The kind must be libraries, planning or street-reporting.':
        "Rhaid i'r math fod yn libraries, planning neu street-reporting.",
    '%1: no product recorded': "%1: dim cynnyrch wedi'i gofnodi",
    '%1 (%2) has no document in the output folder (import councils or rsx first)':
        "Nid oes gan %1 (%2) ddogfen yn y ffolder allbwn (mewnforiwch councils neu rsx yn gyntaf)",
    '%1: the site was not scraped in 2019 (disabled); its product is recorded as listed':
        "%1: ni chafodd y wefan ei chrafu yn 2019 (wedi'i hanalluogi); cofnodir ei chynnyrch fel y'i rhestrwyd",
    '(no product)': "(dim cynnyrch)",
    'products recorded (catalogue ids): %1': "cynhyrchion a gofnodwyd (ids catalog): %1",

    # trust lookup
    'Not the ODS trust list with a header (etr_with_header.csv): needs organisation_code, name and close_date.':
        "Nid rhestr ymddiriedolaethau ODS gyda phennawd (etr_with_header.csv) yw hon: angen organisation_code, "
        "name a close_date.",
    "'%1' is not an ODS code": "Nid yw '%1' yn god ODS",
    '%1 closed on %2 (ODS): not a current trust': "Caeodd %1 ar %2 (ODS): nid yw'n ymddiriedolaeth gyfredol",
    '%1 has no document in the output folder and is not open in the ODS list':
        "Nid oes gan %1 ddogfen yn y ffolder allbwn ac nid yw ar agor yn rhestr ODS",
})

# Names the importers write into the documents they produce (service, brick and system names):
# they are data of the commons, which is published in English, so they stay English whatever
# language the importer runs in (marked finished so they are not listed as still to translate).
CY.update({s: s for s in (
    'Libraries',
    'Planning and development services',
    'Environmental and regulatory services',
    'Library management system (%1)',
    'Planning application website (%1)',
    'Street fault back office (%1)',
    ', former %1 area',
    'Estates and facilities',
    'Waste disposal (sum of %1 streams)',
    'Health records',
    'Medical records service (on and off site)',
    'Electronic patient record (generic or in-house)',
    'Electronic patient record (%1)',
)})


# --- national roll-up beside the Manifesto's claims; areas (constituencies); reader limits ---
CY.update({
    # scenario view (GUI)
    "Scope": "Cwmpas",
    "This commons: estimated saving (range)": "Y comin hwn: arbediad a amcangyfrifwyd (ystod)",
    "Per mapped organisation": "Fesul sefydliad wedi'i fapio",
    "Organisations mapped": "Sefydliadau wedi'u mapio",
    "Reported spend mapped": "Gwariant a adroddwyd wedi'i fapio",
    "Published claim, a year": "Honiad cyhoeddedig, y flwyddyn",
    "Claim per organisation": "Honiad fesul sefydliad",
    "Source of the claim": "Ffynhonnell yr honiad",
    "Beside the published national claims": "Wrth ochr yr honiadau cenedlaethol cyhoeddedig",
    "Coverage of this commons": "Cwmpas y comin hwn",
    "This commons beside the published claims": "Y comin hwn wrth ochr yr honiadau cyhoeddedig",
    "Claims: %1": "Honiadau: %1",
    "no estimate: nothing mapped": "dim amcangyfrif: dim byd wedi'i fapio",
    "%1 of %2": "%1 o %2",
    "unknown: no reported spend": "anhysbys: dim gwariant a adroddwyd",
    "%1 across %2": "%1 ar draws %2",
    "Manifesto for Better Public Services: a published claim, quoted as published; not derived from this commons.":
        "Manifesto for Better Public Services: honiad cyhoeddedig, wedi'i ddyfynnu fel y'i cyhoeddwyd; "
        "nid yw'n deillio o'r comin hwn.",
    "The whole public sector": "Y sector cyhoeddus cyfan",
    "%1% of their reported spend": "%1% o'u gwariant a adroddwyd",
    "an unknown share of their spend (none of it is reported)":
        "cyfran anhysbys o'u gwariant (nid oes dim ohono wedi'i adrodd)",
    "This commons maps %1 of its %2 councils into bricks, and %3.":
        "Mae'r comin hwn yn mapio %1 o'i %2 cyngor yn frics, a %3.",
    "This commons maps %1 of its %2 NHS trusts into bricks, and %3.":
        "Mae'r comin hwn yn mapio %1 o'i %2 ymddiriedolaeth GIG yn frics, a %3.",
    "This commons maps %1 of its %2 organisations into bricks, and %3.":
        "Mae'r comin hwn yn mapio %1 o'i %2 sefydliad yn frics, a %3.",
    "The published claim spreads over %1.": "Mae'r honiad cyhoeddedig yn ymestyn dros %1.",
    "It has no estimate to set beside a national claim.":
        "Nid oes ganddo amcangyfrif i'w osod wrth ochr honiad cenedlaethol.",
    "Its estimate covers the mapped part only: it is not a national figure and is never scaled up to one.":
        "Mae ei amcangyfrif yn cwmpasu'r rhan sydd wedi'i mapio yn unig: nid yw'n ffigur cenedlaethol "
        "ac ni chaiff byth ei raddio i fyny i un.",

    # national roll-up (CLI)
    "Beside the published claims (%1)": "Wrth ochr yr honiadau cyhoeddedig (%1)",
    "this commons %1": "y comin hwn %1",
    "no estimate": "dim amcangyfrif",
    "%1 per mapped organisation": "%1 fesul sefydliad wedi'i fapio",
    "claimed %1 across %2 (%3 each)": "honnwyd %1 ar draws %2 (%3 yr un)",
    "claimed %1": "honnwyd %1",

    # reader: areas document and limits
    "expected text": "disgwylid testun",
    "expected a share between 0 and 1": "disgwylid cyfran rhwng 0 ac 1",
    "Not a JSON object: %1": "Nid gwrthrych JSON: %1",
    'expected "%1"': 'disgwylid "%1"',
    "a second areas document; a commons carries at most one":
        "ail ddogfen ardaloedd; mae comin yn cario un ar y mwyaf",
    "index.json says it is %1 bytes; LiveDNA accepts an areas document of at most %2 bytes":
        "mae index.json yn dweud ei bod yn %1 beit; mae LiveDNA yn derbyn dogfen ardaloedd o %2 beit ar y mwyaf",
    "More than one areas document.": "Mwy nag un ddogfen ardaloedd.",
    "“%1” must not contain control characters; found U+%2 at character %3":
        "rhaid i “%1” beidio â chynnwys nodau rheoli; canfuwyd U+%2 yn nod %3",
    "“%1” must be %2 (the format's upper bound); found %3":
        "rhaid i “%1” fod yn %2 (terfyn uchaf y fformat); canfuwyd %3",
    "at most %1 people": "%1 o bobl ar y mwyaf",
    "between -%1 and %1 pounds": "rhwng -%1 a %1 o bunnoedd",
    "at most %1 pounds": "%1 o bunnoedd ar y mwyaf",

    # area (CLI)
    "MP: none in the data\n": "AS: dim un yn y data\n",
    "MP: %1 (%2)\n": "AS: %1 (%2)\n",
    "party unknown": "plaid anhysbys",
    "Councils (share of the constituency's residents):\n": "Cynghorau (cyfran o drigolion yr etholaeth):\n",
    "  none in this commons\n": "  dim un yn y comin hwn\n",
    "NHS acute trusts (share of residents in the catchment):\n":
        "Ymddiriedolaethau acíwt GIG (cyfran o'r trigolion yn y dalgylch):\n",
    "  and %n more trust(s) each serving under 1%\n":
        ["  a %n ymddiriedolaeth arall, pob un yn gwasanaethu llai nag 1%\n"] * 6,
    "Not resolved:\n": "Heb eu datrys:\n",
    "no commons with organisations is synced into the cache":
        "nid oes comin â sefydliadau wedi'i gysoni i'r storfa",
    "this commons holds no document for this council": "nid oes gan y comin hwn ddogfen ar gyfer y cyngor hwn",
    "this commons holds no councils in %1": "nid oes gan y comin hwn gynghorau yn %1",
    "this commons holds no document for this trust (it may have closed or merged since the 2022 catchments)":
        "nid oes gan y comin hwn ddogfen ar gyfer yr ymddiriedolaeth hon (efallai ei bod wedi cau neu uno "
        "ers dalgylchoedd 2022)",
    "the data gives no district for this constituency": "nid yw'r data'n rhoi dosbarth ar gyfer yr etholaeth hon",
    "the NHS catchments in the data cover England only": "mae dalgylchoedd y GIG yn y data'n cwmpasu Lloegr yn unig",
    "The cache holds no areas: sync a commons that publishes areas.json, or run 'livedna-cli import constituencies DIR'.":
        "Nid oes ardaloedd yn y storfa: cysonwch gomin sy'n cyhoeddi areas.json, neu rhedwch "
        "'livedna-cli import constituencies DIR'.",
    "areas in the cache": "ardaloedd yn y storfa",
    "Several MPs match '%1' (%2); give more of the name.":
        "Mae sawl AS yn cyfateb i '%1' (%2); rhowch fwy o'r enw.",
    "area needs a constituency code (PCON24CD), --mp NAME or --council CODE.":
        "mae area angen cod etholaeth (PCON24CD), --mp NAME neu --council CODE.",
    "No constituency matches.": "Nid oes etholaeth yn cyfateb.",
    "The councils and NHS acute trusts that serve a 2024 parliamentary constituency, with the share of its residents each covers, from the areas synced into the cache. A council's share is that of the constituency's population living in it (a county's is that of its districts); a trust's is that living in its catchment.":
        "Y cynghorau a'r ymddiriedolaethau acíwt GIG sy'n gwasanaethu etholaeth seneddol 2024, gyda'r gyfran "
        "o'i thrigolion y mae pob un yn ei chwmpasu, o'r ardaloedd a gysonwyd i'r storfa. Cyfran cyngor yw "
        "cyfran poblogaeth yr etholaeth sy'n byw ynddo (cyfran sir yw cyfran ei dosbarthau); cyfran "
        "ymddiriedolaeth yw'r gyfran sy'n byw yn ei dalgylch.",
    "Constituency code, e.g. E14001063.": "Cod etholaeth, e.e. E14001063.",
    "Find the constituency by its MP's name.": "Canfod yr etholaeth yn ôl enw ei AS.",
    "Every constituency a council (GSS code) serves.": "Pob etholaeth y mae cyngor (cod GSS) yn ei gwasanaethu.",
    "Print JSON (an array with --council).": "Argraffu JSON (arae gyda --council).",
    "Leave out trusts serving less than this share (default 0.01).":
        "Hepgor ymddiriedolaethau sy'n gwasanaethu llai na'r gyfran hon (rhagosodiad 0.01).",
    "--min-trust-share must be a number between 0 and 1.":
        "Rhaid i --min-trust-share fod yn rhif rhwng 0 ac 1.",
    "'%1' is not a 2024 constituency code in the areas data.":
        "Nid yw '%1' yn god etholaeth 2024 yn y data ardaloedd.",
    "The councils and NHS trusts serving a constituency (CODE, --mp NAME or --council CODE)":
        "Y cynghorau a'r ymddiriedolaethau GIG sy'n gwasanaethu etholaeth (CODE, --mp NAME neu --council CODE)",

    # import constituencies
    "%1: district %2 is not in the council register": "%1: nid yw dosbarth %2 yng nghofrestr y cynghorau",
    "not in the council register": "nid yw yng nghofrestr y cynghorau",
    "%1: %2 (%3) is now %4 (%5)": "%1: %2 (%3) yw %4 (%5) bellach",
    "%1: its county %2 is not a current council in the register":
        "%1: nid yw ei sir %2 yn gyngor cyfredol yn y gofrestr",
    "%1: no column %2": "%1: dim colofn %2",
    "%1: no constituency code or name": "%1: dim cod nac enw etholaeth",
    "%1: %2 listed twice": "%1: %2 wedi'i restru ddwywaith",
    "Cannot read %1: %2": "Methu darllen %1: %2",
    "%1: not a JSON object of districts": "%1: nid gwrthrych JSON o ddosbarthau",
    "%1: constituency %2 has no MP row": "%1: nid oes gan etholaeth %2 res AS",
    "%1: the register gives no population for %2, so its share of the constituency is unknown":
        "%1: nid yw'r gofrestr yn rhoi poblogaeth ar gyfer %2, felly mae ei gyfran o'r etholaeth yn anhysbys",
    "%1: no trust code or no proportion between 0 and 1":
        "%1: dim cod ymddiriedolaeth neu ddim cyfran rhwng 0 ac 1",
    "No trust names (%1); trusts are named by their codes":
        "Dim enwau ymddiriedolaethau (%1); enwir ymddiriedolaethau yn ôl eu codau",
    "%1 (%2) overlaps no district in %3": "Nid yw %1 (%2) yn gorgyffwrdd ag unrhyw ddosbarth yn %3",
    "Council shares: each district's share of a constituency is its population (pop-2020) times the share of the district in the constituency, over the constituency's total. Trust shares: catchment populations fitted so that trusts' residents add up to each district's population (largest district error %1%), then shared by the catchment proportions.":
        "Cyfrannau cynghorau: cyfran pob dosbarth o etholaeth yw ei boblogaeth (pop-2020) wedi'i lluosi â "
        "chyfran y dosbarth yn yr etholaeth, dros gyfanswm yr etholaeth. Cyfrannau ymddiriedolaethau: "
        "poblogaethau dalgylchoedd wedi'u ffitio fel bod trigolion yr ymddiriedolaethau'n adio i boblogaeth "
        "pob dosbarth (gwall dosbarth mwyaf %1%), yna wedi'u rhannu yn ôl cyfrannau'r dalgylchoedd.",
    "Missing: the constituency folder must hold %1.": "Ar goll: rhaid i ffolder yr etholaethau gynnwys %1.",
    "The 2024 parliamentary constituencies, their MPs, and the councils and NHS acute trusts that serve them, from a folder holding current_mps.csv, lad24_to_pcon24.json and nhs_trust22_to_ltla21.csv. Writes DIR/areas.json (format livedna-areas/1), which publish lists in index.json's \"extras\" so it syncs with the commons, and loads it into the cache unless --no-cache.":
        "Etholaethau seneddol 2024, eu ASau, a'r cynghorau a'r ymddiriedolaethau acíwt GIG sy'n eu gwasanaethu, "
        "o ffolder sy'n cynnwys current_mps.csv, lad24_to_pcon24.json a nhs_trust22_to_ltla21.csv. Yn ysgrifennu "
        "DIR/areas.json (fformat livedna-areas/1), y mae publish yn ei restru yn \"extras\" index.json fel ei "
        "fod yn cysoni gyda'r comin, ac yn ei lwytho i'r storfa oni bai am --no-cache.",
    "The constituencies folder.": "Ffolder yr etholaethau.",
    "Folder to write areas.json into.": "Ffolder i ysgrifennu areas.json iddi.",
    "uk_local_authorities.csv (default DIR/../local-authorities/).":
        "uk_local_authorities.csv (rhagosodiad DIR/../local-authorities/).",
    "etr_with_header.csv for trust names (default DIR/../nhs-orgs/).":
        "etr_with_header.csv ar gyfer enwau ymddiriedolaethau (rhagosodiad DIR/../nhs-orgs/).",
    "import constituencies needs the constituencies folder.":
        "mae import constituencies angen ffolder yr etholaethau.",
    "Import published data: councils, spending, oruk, nhs-trusts, lgsl, rsx, eric, nhs-records, systems, catalogue, constituencies":
        "Mewnforio data cyhoeddedig: councils, spending, oruk, nhs-trusts, lgsl, rsx, eric, nhs-records, "
        "systems, catalogue, constituencies",
})

# --- issue 12: trust changes, limits, HTTP messages, data age (Signature, Syncer, HttpSource, CommonsCli, Format) ---
CY.update({
    "this member name appears twice in its object": "mae enw'r aelod hwn yn ymddangos ddwywaith yn ei wrthrych",
    "this member name appears twice in its object; a reader would keep only one of the two values":
        "mae enw'r aelod hwn yn ymddangos ddwywaith yn ei wrthrych; byddai darllenydd yn cadw un o'r ddau werth yn unig",
    "Cannot record the default commons: %1": "Methu cofnodi'r comin diofyn: %1",
    "Pinned the commons' signing key on first use: %1\n"
    "  Compare it with the key the publisher announced; later versions must be signed by it.":
        "Wedi pinio allwedd lofnodi'r comin ar y defnydd cyntaf: %1\n"
        "  Cymharwch hi â'r allwedd a gyhoeddodd y cyhoeddwr; rhaid i fersiynau diweddarach gael eu llofnodi ganddi.",
    "Pinned the signing key given with --trust: %1": "Wedi pinio'r allwedd lofnodi a roddwyd gyda --trust: %1",
    "Replaced the pinned signing key %1 with %2 (--replace-key).":
        "Wedi disodli'r allwedd lofnodi wedi'i phinio %1 â %2 (--replace-key).",
    "Not the default commons: orgs, show and the application still show %1 \"%2\" "
    "(use --commons %3, or sync again with --make-default).":
        "Nid dyma'r comin diofyn: mae orgs, show a'r rhaglen yn dal i ddangos %1 \"%2\" "
        "(defnyddiwch --commons %3, neu cysonwch eto gyda --make-default).",
    "Let --trust replace a different key already pinned for this commons.":
        "Gadael i --trust ddisodli allwedd wahanol sydd eisoes wedi'i phinio ar gyfer y comin hwn.",
    "Make this commons the one shown when none is named (the first commons synced into a cache is the default).":
        "Gwneud y comin hwn yr un a ddangosir pan na enwir un (y comin cyntaf a gysonir i storfa yw'r diofyn).",
    "Abandon a download slower than this many bytes a second over %1 s (default %2; 0: never).":
        "Rhoi'r gorau i lwytho i lawr sy'n arafach na hyn o feitiau yr eiliad dros %1 e (diofyn %2; 0: byth).",
    "Abandon the sync after this many seconds (default %1; 0: never).":
        "Rhoi'r gorau i'r cysoni ar ôl hyn o eiliadau (diofyn %1; 0: byth).",
    "livedna-cli sync [--strict] [--trust KEYFILE [--replace-key]] [--make-default] SOURCE":
        "livedna-cli sync [--strict] [--trust FFEILALLWEDD [--replace-key]] [--make-default] FFYNHONNELL",
    "--replace-key needs --trust KEYFILE: the key that replaces the pinned one.":
        "Mae --replace-key angen --trust FFEILALLWEDD: yr allwedd sy'n disodli'r un wedi'i phinio.",
    "--%1 needs a whole number ≥ 0.": "Mae --%1 angen rhif cyfan ≥ 0.",
    "Commons %1 \"%2\", version %3 from %4, %5.": "Comin %1 \"%2\", fersiwn %3 o %4, %5.",
    "Expired on %1: the publisher has not renewed it.": "Daeth i ben ar %1: nid yw'r cyhoeddwr wedi'i adnewyddu.",
    "at most %1 (2^53 − 1, the largest version; a commons that reaches it is published again under a new commons id)":
        "%1 ar y mwyaf (2^53 − 1, y fersiwn fwyaf; caiff comin sy'n ei chyrraedd ei gyhoeddi eto dan id comin newydd)",
    "publication date unknown": "dyddiad cyhoeddi yn anhysbys",
    "published in the future (%1)": "wedi'i gyhoeddi yn y dyfodol (%1)",
    "published today": "cyhoeddwyd heddiw",
    "published yesterday": "cyhoeddwyd ddoe",
    "published %1 days ago": "cyhoeddwyd %1 diwrnod yn ôl",
    "published %1 months ago": "cyhoeddwyd %1 mis yn ôl",
    "--no-expiry and --expires-days cannot be combined.": "Ni ellir cyfuno --no-expiry a --expires-days.",
    "Mark the publication stale after N days (default %1).": "Nodi bod y cyhoeddiad yn hen ar ôl N diwrnod (diofyn %1).",
    "Publish with no expiry date (readers cannot tell a replayed old index from a current one).":
        "Cyhoeddi heb ddyddiad dod i ben (ni all darllenwyr wahaniaethu rhwng hen fynegai a ail-chwaraewyd ac un cyfredol).",
    "version %1 is the largest a commons can have; publish into a new folder under a new commons id "
    "(--commons NEW-ID) and ask readers to sync it":
        "fersiwn %1 yw'r fwyaf y gall comin ei chael; cyhoeddwch i ffolder newydd dan id comin newydd "
        "(--commons ID-NEWYDD) a gofynnwch i ddarllenwyr ei gysoni",
    "this commons is pinned to key %1; --trust names another key, %2. Run again with --replace-key to replace the pinned key.":
        "mae'r comin hwn wedi'i binio i allwedd %1; mae --trust yn enwi allwedd arall, %2. Rhedwch eto gyda --replace-key "
        "i ddisodli'r allwedd wedi'i phinio.",
    "too many redirects (more than %1; a redirect loop?)": "gormod o ailgyfeiriadau (mwy na %1; dolen ailgyfeirio?)",
    "the compressed reply expands far beyond its size (a compression bomb?), so it was not unpacked":
        "mae'r ateb cywasgedig yn ehangu ymhell y tu hwnt i'w faint (bom cywasgu?), felly ni chafodd ei ddadbacio",
    "HTTP %1 %2": "HTTP %1 %2",
    "HTTP %1: no document (an interim reply, or a redirect loop)": "HTTP %1: dim dogfen (ateb interim, neu ddolen ailgyfeirio)",
    "HTTP %1: a redirect that was not followed (a redirect loop?)": "HTTP %1: ailgyfeiriad na chafodd ei ddilyn (dolen ailgyfeirio?)",
    "the sync took longer than its deadline of %1 s (sync --deadline)":
        "cymerodd y cysoni fwy o amser na'i derfyn o %1 e (sync --deadline)",
    "slower than %1 bytes/s: %2 bytes in %3 s (sync --min-rate)": "arafach na %1 beit/e: %2 beit mewn %3 e (sync --min-rate)",
    "Commons: %1 (%2) · version %3 · %4": "Comin: %1 (%2) · fersiwn %3 · %4",
    "expired": "wedi dod i ben",
    "Source: %1\nPublished: %2\nLast synced: %3": "Ffynhonnell: %1\nCyhoeddwyd: %2\nCysonwyd ddiwethaf: %3",
    "listed in index.json but missing": "wedi'i restru yn index.json ond ar goll",
    "leads outside the commons folder": "yn arwain y tu allan i ffolder y comin",
    "index.json says it is %1 bytes; LiveDNA accepts documents of at most %2 bytes":
        "mae index.json yn dweud ei bod yn %1 beit; mae LiveDNA yn derbyn dogfennau o %2 beit ar y mwyaf",
})

_OLD_USAGE = ("Usage: livedna-cli import KIND FILE... --out DIR [options]\nKinds:\n  councils    current English councils from uk_local_authorities.csv (+ --similarity DIR for neighbours)\n  spending    spending CSV by organisation and service, through a column mapping\n  oruk        an Open Referral UK / HSDS service feed (JSON) as one organisation's services\n  nhs-trusts  open NHS trusts from the ODS etr extract\n  lgsl        the Local Government Service List: into the cache, and DIR/lgsl.json with --out\n  rsx         Revenue Outturn Service Expenditure Summary (RSX): 13 service groups per council\n  eric        NHS Estates Returns (ERIC): facility costs per trust as published bricks\n  nhs-records medical-records cost and EPR supplier per trust\n  systems     libraries|planning|street-reporting: which product each council runs\n  catalogue   DIR/bricks.json for the real commons (capabilities and products)\n  coverage    DIR: what a folder of imported documents holds, figures per source\n")
_OLD_TAIL = "Run 'livedna-cli import KIND --help' for the options of one kind.\n"
_CY_TAIL = "Rhedwch 'livedna-cli import KIND --help' i weld opsiynau un math.\n"
CY[_OLD_USAGE + "  constituencies DIR: MPs, constituencies and the councils and trusts serving them (DIR/areas.json)\n"
   + _OLD_TAIL] = (
    CY[_OLD_USAGE + _OLD_TAIL][: -len(_CY_TAIL)]
    + "  constituencies DIR: ASau, etholaethau a'r cynghorau a'r ymddiriedolaethau sy'n eu gwasanaethu (DIR/areas.json)\n"
    + _CY_TAIL)

# Some files translate through a file-local tr() wrapper with a fixed context, which lupdate
# cannot see: it files those strings under the enclosing namespace ("livedna", "livedna::edit"),
# so at run time the catalogue has no message in the context the code asks for and English is
# shown. Until the wrappers use the context lupdate gives them, each such message is copied
# (without a location, so lupdate's next run marks only the copy vanished and this script
# renews it) into the context the wrapper names.
RUNTIME_CONTEXTS = {
    "core/cli/importcommands.cpp": "ImportCommands",
    "core/proposal/proposal.cpp": "ProposalFile",
    "core/proposal/proposalcommands.cpp": "ProposalEdit",
    "core/util/migrator.cpp": "Migrator",
}


def copy_to_runtime_contexts(root):
    contexts = {c.find("name").text: c for c in root.findall("context")}
    wanted = {}  # runtime context -> {source: message}
    for name, ctx in contexts.items():
        for msg in ctx.findall("message"):
            if msg.find("translation").get("type") in ("vanished", "obsolete"):
                continue
            for loc in msg.findall("location"):
                target = RUNTIME_CONTEXTS.get(loc.get("filename", "").lstrip("./"))
                if target and target != name:
                    wanted.setdefault(target, {})[msg.find("source").text] = msg
    for target in sorted(set(RUNTIME_CONTEXTS.values())):
        ctx = contexts.get(target)
        if ctx is None:
            if target not in wanted:
                continue
            ctx = ET.Element("context")
            ET.SubElement(ctx, "name").text = target
            names = [c.find("name").text for c in root.findall("context")]
            position = sum(1 for n in names if n < target)
            root.insert(position, ctx)
        for msg in ctx.findall("message"):
            if msg.find("location") is None:
                ctx.remove(msg)
        present = {m.find("source").text for m in ctx.findall("message")}
        for source, original in sorted(wanted.get(target, {}).items()):
            if source in present:
                continue
            msg = ET.SubElement(ctx, "message")
            if original.get("numerus") == "yes":
                msg.set("numerus", "yes")
            msg.append(copy.deepcopy(original.find("source")))
            msg.append(copy.deepcopy(original.find("translation")))
        if not ctx.findall("message"):
            root.remove(ctx)
        else:
            ET.indent(ctx, space="    ")  # lupdate's layout: <context> at column 0
            ctx.tail = "\n"


# Qt ships no Welsh catalogue for its own strings, and livedna-cli's --help is laid out by
# QCommandLineParser, so its headings would stay English. The LiveDNA catalogue carries them in
# Qt's context (any installed translator is asked for any context); lupdate never sees them in
# our sources, so like the copies above they have no location and are renewed on every run.
# "[options]" stays English: importcommands.cpp finds it in the help text to reword the usage line.
QT_MESSAGES = {
    "QCommandLineParser": {
        "Usage: %1": "Defnydd: %1",
        "Options:": "Opsiynau:",
        "Arguments:": "Dadleuon:",
        "Displays help on commandline options.": "Dangos cymorth am opsiynau'r llinell orchymyn.",
        "Displays help including Qt specific options.": "Dangos cymorth gan gynnwys opsiynau sy'n benodol i Qt.",
        "Displays version information.": "Dangos gwybodaeth am y fersiwn.",
        "Unknown option '%1'.": "Opsiwn anhysbys '%1'.",
        "Unknown options: %1.": "Opsiynau anhysbys: %1.",
        "Missing value after '%1'.": "Gwerth ar goll ar ôl '%1'.",
        "Unexpected value after '%1'.": "Gwerth annisgwyl ar ôl '%1'.",
    },
}


def add_qt_messages(root):
    contexts = {c.find("name").text: c for c in root.findall("context")}
    for target, messages in sorted(QT_MESSAGES.items()):
        ctx = contexts.get(target)
        if ctx is None:
            ctx = ET.Element("context")
            ET.SubElement(ctx, "name").text = target
            names = [c.find("name").text for c in root.findall("context")]
            root.insert(sum(1 for n in names if n < target), ctx)
        for msg in ctx.findall("message"):
            if msg.find("location") is None:
                ctx.remove(msg)
        for source, text in messages.items():
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = source
            ET.SubElement(msg, "translation").text = text
        ET.indent(ctx, space="    ")
        ctx.tail = "\n"


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
    copy_to_runtime_contexts(tree.getroot())
    add_qt_messages(tree.getroot())
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    for s in missing:
        print("untranslated:", repr(s))
    print("%d untranslated" % len(missing))


if __name__ == "__main__":
    main()
