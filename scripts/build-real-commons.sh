#!/usr/bin/env bash
# Builds the real commons from the published UK data in ../shared/data (relative to the
# repository root), every figure traced to the row it came from:
#   - every current English council: its register header and neighbours, Revenue Outturn
#     2017-18 (RS, net current expenditure by line) in orgs/CODE/2017-18.json, and RSX
#     2022-23 and 2023-24 (employees, running costs, income and net for 13 service groups,
#     with their layer) in orgs/CODE/2022-23.json and 2023-24.json;
#   - the systems councils run (library management, planning website, street-fault back
#     office) on their latest document;
#   - every open NHS trust (ODS) with its ERIC estates and facilities costs for 2015-16 and
#     2016-17 (and the 2016-17 figures also in its latest document, marked 2016-17), its
#     medical-records cost for 2017-18 … 2023-24, and in its latest (2024-25) document the
#     2023-24 records cost (marked 2023-24) with its EPR supplier of October 2024;
#   - the LGSL list, and the real catalogue (capabilities and products; nothing priced);
#   - areas.json: the 650 constituencies of 2024 with their MPs, and the councils and acute NHS
#     trusts serving each, with population shares (docs/areas.md);
#   - benchmarks.json: published class distributions of council spend per head by service
#     (p10 … p90, 2013-14, 2018-19, 2024-25) and library spend per resident (docs/benchmarks.md).
# No cost is invented: what is not published is absent or null, never 0.
#
#   scripts/build-real-commons.sh [OUT] [--sign KEYFILE] [--data DIR] [--cli PATH] [--stage DIR]
#
# OUT defaults to build/real-commons. Import reports go to OUT.reports/; the documents
# before publishing go to a temporary folder (or --stage DIR, kept). Then:
#   livedna-cli sync OUT        (or File > Sync in the app)
# Republishing into the same OUT raises the version by one, atomically.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/build/real-commons"
data="$root/../shared/data"
cli="${LIVEDNA_CLI:-$root/build/app/livedna-cli}"
sign=()
stage=""
positional=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sign) sign=(--sign "$2"); shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --cli) cli="$2"; shift 2 ;;
    --stage) stage="$2"; shift 2 ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) if [ $positional -eq 0 ]; then out="$1"; positional=1; shift; else echo "unexpected argument: $1" >&2; exit 1; fi ;;
  esac
done
[ -x "$cli" ] || { echo "livedna-cli not found at $cli: build it (cmake --build build --target livedna-cli) or pass --cli" >&2; exit 3; }
[ -d "$data" ] || { echo "shared data not found at $data (pass --data DIR)" >&2; exit 3; }
data="$(cd "$data" && pwd)"
mkdir -p "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
reports="$out.reports"
if [ -z "$stage" ]; then
  stage="$(mktemp -d "${out}.src.XXXXXX")"
  trap 'rm -rf "$stage"' EXIT
else
  rm -rf "$stage" && mkdir -p "$stage"
fi
mkdir -p "$reports"

la="$data/local-authorities/uk_local_authorities.csv"
ods="$data/nhs-orgs/etr_with_header.csv"
step() { echo "== $1" >&2; }
run() { local name="$1"; shift; "$cli" import "$@" --out "$stage" > "$reports/$name.txt"; }

step "catalogue"
run catalogue catalogue
step "councils"
run councils councils "$la" --similarity "$data/similarity/la-similarity-mysociety" --period 2017-18
step "Revenue Outturn 2017-18 (RS service expenditure lines 190-698)"
run rs-2017-18 spending "$data/council-spending/RS_2017-18_by_LA_long.csv" \
  --org-col ons_code --org-key gss --register "$la" --require-existing --name-col local_authority \
  --service-id-col rs_line --service-col rs_label --category-col rs_section \
  --amount-col value_gbp_thousands --scale 1000 --period-col financial_year \
  --include "rs_section=Service Expenditure" --exclude rs_line=699 --source-id rs-2017-18 --rs-groups
for year in 2022-23 2023-24; do
  step "RSX $year"
  run "rsx-$year" rsx "$data/council-finance-rsx/RSX_${year}_data_by_LA.csv" --period "$year" --register "$la"
done
step "council systems"
run systems-libraries systems libraries "$data/council-systems/library_catalogues.json" --register "$la"
run systems-planning systems planning "$data/council-systems/planning_scraper_list_2019.csv" --register "$la"
run systems-street-reporting systems street-reporting "$data/council-systems/street_reporting_backends.csv" --register "$la"
step "NHS trusts"
run nhs-trusts nhs-trusts "$ods" --trust-types "$data/nhs-costs/secondary_trusts_primary_epr_suppliers_20241001.csv" --period 2024-25
for year in 2015-16 2016-17; do
  step "ERIC $year"
  run "eric-$year" eric "$data/nhs-estates-eric/ERIC-$year.csv" --period "$year"
done
run eric-2016-17-latest eric "$data/nhs-estates-eric/ERIC-2016-17.csv" --period 2016-17 --into 2024-25
step "medical records 2017-18 … 2023-24 and EPR suppliers"
for year in 2017-18 2018-19 2019-20 2020-21 2021-22 2022-23 2023-24; do
  run "nhs-records-$year" nhs-records "$data/nhs-costs/trust_mrc_and_epr.csv" --period "$year"
done
# The EPR list is of 1 October 2024: it goes into the trusts' 2024-25 documents, beside the
# latest records cost (2023-24, marked with its year).
run nhs-records-latest nhs-records "$data/nhs-costs/trust_mrc_and_epr.csv" --period 2023-24 --into 2024-25 \
  --epr "$data/nhs-costs/secondary_trusts_primary_epr_suppliers_20241001.csv"
step "LGSL"
run lgsl lgsl "$data/lgsl/englishAndWelshServices-all.csv" \
  --tiers "$data/lgsl/govuk_publisher_local_services_providing_tier.csv" --no-cache
step "constituencies: MPs, and the councils and acute trusts that serve each (areas.json)"
run constituencies constituencies "$data/constituencies" --register "$la" --ods "$ods" --no-cache
step "benchmarks: spend per head by service, class distributions (benchmarks.json)"
run benchmarks benchmarks "$data/benchmarks" --no-cache

step "coverage"
"$cli" import coverage "$stage" | tee "$reports/coverage.txt"

step "publish"
"$cli" publish "$stage" "$out" --commons england-real --expires-days 365 \
  --title "England local public services (published data: RS 2017-18, RSX 2022-23 and 2023-24, ERIC, NHS records)" \
  "${sign[@]}" | tee "$reports/publish.txt"
for f in "$reports"/*.txt; do
  case "$f" in *coverage.txt|*publish.txt) continue ;; esac
  sed -n 2p "$f" | sed "s/^/  $(basename "$f" .txt): /" >&2
done
echo "Commons: $out   Reports: $reports" >&2
