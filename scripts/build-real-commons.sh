#!/usr/bin/env bash
# Builds a real commons from the published UK data in ../shared/data (relative to the
# repository root): every current English council with its 2017-18 Revenue Outturn services
# (net current expenditure, £ thousand × 1000) and its neighbours, every open NHS trust, the
# LGSL list, and the demo catalogue of bricks. No costs are invented: every service has
# reported_cost_gbp and no bricks, so the explorer shows real spend at 0% mapping coverage.
#
#   scripts/build-real-commons.sh [OUT] [--sign KEYFILE] [--data DIR] [--cli PATH]
#
# OUT defaults to build/real-commons. Import reports go to OUT.reports/. Then:
#   livedna-cli sync OUT        (or File > Sync in the app)
# Republishing into the same OUT raises the version by one, atomically.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/build/real-commons"
data="$root/../shared/data"
cli="${LIVEDNA_CLI:-$root/build/app/livedna-cli}"
sign=()
positional=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sign) sign=(--sign "$2"); shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --cli) cli="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) if [ $positional -eq 0 ]; then out="$1"; positional=1; shift; else echo "unexpected argument: $1" >&2; exit 1; fi ;;
  esac
done
[ -x "$cli" ] || { echo "livedna-cli not found at $cli: build it (cmake --build build --target livedna-cli) or pass --cli" >&2; exit 3; }
[ -d "$data" ] || { echo "shared data not found at $data (pass --data DIR)" >&2; exit 3; }
data="$(cd "$data" && pwd)"
mkdir -p "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
reports="$out.reports"
stage="$(mktemp -d "${out}.src.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$reports"

la="$data/local-authorities/uk_local_authorities.csv"
echo "== councils" >&2
"$cli" import councils "$la" --similarity "$data/similarity/la-similarity-mysociety" \
  --period 2017-18 --out "$stage" > "$reports/councils.txt"
echo "== Revenue Outturn 2017-18 (service expenditure lines 190-698)" >&2
"$cli" import spending "$data/council-spending/RS_2017-18_by_LA_long.csv" \
  --org-col ons_code --org-key gss --register "$la" --require-existing --name-col local_authority \
  --service-id-col rs_line --service-col rs_label --category-col rs_section \
  --amount-col value_gbp_thousands --scale 1000 --period-col financial_year \
  --include "rs_section=Service Expenditure" --exclude rs_line=699 \
  --out "$stage" > "$reports/spending.txt"
echo "== NHS trusts" >&2
"$cli" import nhs-trusts "$data/nhs-orgs/etr_with_header.csv" \
  --trust-types "$data/nhs-costs/secondary_trusts_primary_epr_suppliers_20241001.csv" \
  --period 2024-25 --out "$stage" > "$reports/nhs-trusts.txt"
echo "== LGSL" >&2
"$cli" import lgsl "$data/lgsl/englishAndWelshServices-all.csv" \
  --tiers "$data/lgsl/govuk_publisher_local_services_providing_tier.csv" \
  --no-cache --out "$stage" > "$reports/lgsl.txt"
cp "$root/resources/demo/bricks.json" "$stage/bricks.json"
echo "== publish" >&2
"$cli" publish "$stage" "$out" --commons england-real --expires-days 365 \
  --title "England local public services (published data, 2017-18 Revenue Outturn)" \
  "${sign[@]}" | tee "$reports/publish.txt"
for f in councils spending nhs-trusts lgsl; do head -n 3 "$reports/$f.txt" | sed "s/^/  $f: /" >&2; done
echo "Commons: $out   Reports: $reports" >&2
