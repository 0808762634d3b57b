#!/usr/bin/env python3
"""Writes the LiveDNA demo commons (resources/demo/) deterministically.

The demo is ILLUSTRATIVE: organisation names and codes (ONS GSS, NHS ODS) and Local
Government Service List ids are real, every figure (costs, staff, volumes, value scores) is
invented to show how LiveDNA presents compositions and duplication. Nothing here is a
real council's or trust's spending.

Run from anywhere:  python3 scripts/make-demo-commons.py [OUTPUT_DIR]
Running it twice gives byte-identical files: numbers come from SHA-256 of fixed keys, not
from a random generator, and JSON is written with sorted-free, fixed formatting.
"""

import hashlib
import json
import os
import sys

COMMONS_ID = "livedna-demo"
TITLE = "LiveDNA demo commons (illustrative figures, not real data)"
VERSION = 1
PUBLISHED = "2026-11-01T09:00:00Z"
PERIOD = "2025-26"

# --- deterministic numbers -------------------------------------------------------------

def unit(*key):
    """A number in [0, 1) fixed by `key`."""
    digest = hashlib.sha256("|".join(str(k) for k in key).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2.0 ** 64


def jitter(lo, hi, *key):
    return lo + (hi - lo) * unit(*key)


def round_to(x, step):
    return int(round(x / step)) * step


# --- catalogue ---------------------------------------------------------------------------

CAPABILITIES = [
    # overhead: back office, technology, management
    ("forms", "Collect information through online forms", "overhead"),
    ("identity", "Sign in and prove identity", "overhead"),
    ("payments", "Take payments", "overhead"),
    ("notifications", "Send emails, texts and letters", "overhead"),
    ("case-management", "Manage cases", "overhead"),
    ("workflow", "Route work between teams", "overhead"),
    ("crm", "Record contacts with residents (CRM)", "overhead"),
    ("booking", "Book appointments and slots", "overhead"),
    ("document-management", "Store and manage documents", "overhead"),
    ("data-storage", "Store structured data", "overhead"),
    ("analytics", "Analyse and report performance", "overhead"),
    ("gis", "Maps and location data", "overhead"),
    ("registration", "Keep statutory registers", "overhead"),
    ("contact-centre", "Answer calls and web chat", "overhead"),
    ("scheduling", "Plan rounds, rotas and routes", "overhead"),
    ("eligibility", "Check eligibility and calculate entitlements", "overhead"),
    ("hosting", "Host applications", "overhead"),
    ("finance", "Bill, collect and account for income", "overhead"),
    ("patient-records", "Keep electronic patient records", "overhead"),
    # frontline: people-centred work that should not be automated
    ("assessment", "Assess needs (frontline)", "frontline"),
    ("home-visits", "Casework and home visits (frontline)", "frontline"),
    ("advice", "Give advice in person (frontline)", "frontline"),
    ("in-person-service", "Serve people face to face (frontline)", "frontline"),
    ("inspection", "Inspect and enforce on site (frontline)", "frontline"),
    ("collection", "Collect waste on rounds (frontline)", "frontline"),
    ("clinical-care", "Clinical care (frontline)", "frontline"),
]

GDS = "Government Digital Service"
NHSE = "NHS England"
SAAS = "G-Cloud SaaS supplier (illustrative)"

# id, name, capability, provider, evolution, standard annual cost, description
BRICKS = [
    ("forms.govuk-forms", "GOV.UK Forms", "forms", GDS, "commodity", 3000,
     "Accessible online forms without code"),
    ("forms.localgov-webform", "LocalGov Drupal webforms", "forms", "LocalGov Drupal", "product", 6500,
     "Webforms shared by councils on LocalGov Drupal"),
    ("identity.govuk-one-login", "GOV.UK One Login", "identity", GDS, "commodity", 9000,
     "Sign-in and identity checks for public services"),
    ("identity.nhs-login", "NHS login", "identity", NHSE, "commodity", 15000,
     "Patient sign-in for NHS services"),
    ("payments.govuk-pay", "GOV.UK Pay", "payments", GDS, "commodity", 12000,
     "Card and wallet payments"),
    ("payments.card-gateway", "Card payment gateway", "payments", SAAS, "product", 18500,
     "Payment service provider with recurring payments"),
    ("notifications.govuk-notify", "GOV.UK Notify", "notifications", GDS, "commodity", 4500,
     "Emails, text messages and letters"),
    ("notifications.nhs-notify", "NHS Notify", "notifications", NHSE, "commodity", 8000,
     "Messages to patients by app, text, email and letter"),
    ("case-management.shared-case", "Shared case management platform", "case-management",
     "Local government shared service (illustrative)", "product", 42000,
     "Configurable casework for permits, badges and claims"),
    ("case-management.crm-case", "CRM case module", "case-management", SAAS, "product", 56000,
     "Case handling inside a commercial CRM"),
    ("workflow.bpmn-engine", "Hosted BPMN workflow engine", "workflow",
     "Open-source community, hosted (illustrative)", "product", 16000,
     "Standard process models for approvals and referrals"),
    ("workflow.low-code", "Low-code workflow platform", "workflow", SAAS, "product", 28000,
     "Workflow built by configuration"),
    ("crm.shared-crm", "Shared council CRM", "crm", "Local government shared service (illustrative)",
     "product", 38000, "One record of contacts across services"),
    ("booking.appointments", "Appointment booking", "booking", SAAS, "product", 9500,
     "Online booking of appointments and collection slots"),
    ("booking.nhs-e-referral", "NHS e-Referral Service", "booking", NHSE, "commodity", 6000,
     "Referral and booking of first outpatient appointments"),
    ("document-management.edrms", "Records and document management (EDRMS)", "document-management",
     SAAS, "product", 32000, "Retention, search and audit of records"),
    ("document-management.cloud-files", "Cloud document storage", "document-management", SAAS,
     "commodity", 14000, "Shared document storage with versioning"),
    ("data-storage.managed-db", "Managed database service", "data-storage", "Crown Hosting / cloud (illustrative)",
     "commodity", 11000, "Managed relational database with backups"),
    ("data-storage.data-platform", "Shared data platform", "data-storage",
     "Local government shared service (illustrative)", "product", 26000,
     "Shared data warehouse for services and returns"),
    ("analytics.dashboards", "Performance dashboards", "analytics", SAAS, "product", 15000,
     "Dashboards for service performance"),
    ("analytics.lg-inform", "LG Inform benchmarking", "analytics", "Local Government Association",
     "commodity", 3500, "Comparisons with similar councils"),
    ("gis.os-data-hub", "OS Data Hub (PSGA)", "gis", "Ordnance Survey", "commodity", 2000,
     "Public Sector Geospatial Agreement maps and data"),
    ("gis.web-mapping", "Web mapping service", "gis", SAAS, "product", 12000,
     "Maps on web pages and in case systems"),
    ("registration.addressbase", "AddressBase", "registration", "GeoPlace", "commodity", 6000,
     "Authoritative address and property register"),
    ("registration.ron", "Registration Online", "registration", "General Register Office",
     "commodity", 7000, "Statutory register of births, deaths and marriages"),
    ("contact-centre.cloud-telephony", "Cloud contact centre", "contact-centre", SAAS, "product", 24000,
     "Telephony, queues and call recording"),
    ("contact-centre.webchat", "Web chat", "contact-centre", SAAS, "product", 7000,
     "Chat with advisers on the website"),
    ("scheduling.route-optimiser", "Route and round optimisation", "scheduling", SAAS, "product", 21000,
     "Plans collection rounds and inspection routes"),
    ("scheduling.mobile-workforce", "Mobile workforce scheduling", "scheduling", SAAS, "product", 30000,
     "Rotas and visit lists for staff on the move"),
    ("eligibility.rules-engine", "Eligibility rules engine", "eligibility", "Open-source community, hosted (illustrative)",
     "product", 14000, "Published eligibility rules, testable and shared"),
    ("eligibility.benefits-calculator", "Benefits calculator", "eligibility", SAAS, "product", 8000,
     "Entitlement calculations for benefits and reductions"),
    ("hosting.crown-hosting", "Crown Hosting", "hosting", "Crown Hosting Data Centres", "commodity", 20000,
     "Government data-centre hosting"),
    ("hosting.public-cloud", "Public cloud hosting", "hosting", "Cloud provider (illustrative)", "commodity", 15000,
     "Hosting on a public cloud under a framework contract"),
    ("finance.income-management", "Income management", "finance", SAAS, "product", 22000,
     "Income reconciliation and ledger posting"),
    ("assessment.shared-framework", "Shared assessment framework", "assessment", "Skills for Care (illustrative)",
     "custom", 9000, "Common assessment questions, training and quality assurance"),
    ("advice.citizens-advice", "Advice partnership", "advice", "Citizens Advice (illustrative)", "product", 45000,
     "Commissioned face-to-face and phone advice"),
]

# --- pricing (spec 1.1 `pricing`) ---------------------------------------------------------
# Every brick's cost scales with the organisation: fixed_gbp + per_unit_gbp x units. These are
# DOCUMENTED ASSUMPTIONS, not any supplier's price list (source "demo-pricing"): the unit is
# chosen by capability (how such services are usually charged for), 40% of the former flat
# subscription is fixed, and the per-unit price is set so that a reference organisation pays
# exactly the flat subscription: 300,000 residents, 50,000 transactions a year, or 5 users
# (the fte of the in-house instances the brick replaces). A small council pays less, a county
# more, and a brick never looks cheap only because one flat price was assumed for everyone.
PRICING_UNIT = {
    "forms": "transaction", "identity": "transaction", "payments": "transaction",
    "notifications": "transaction", "booking": "transaction", "registration": "transaction",
    "eligibility": "transaction",
    "crm": "resident", "gis": "resident", "finance": "resident",
    "case-management": "user", "workflow": "user", "document-management": "user",
    "data-storage": "user", "analytics": "user", "contact-centre": "user", "scheduling": "user",
    "hosting": "user", "assessment": "user", "advice": "user",
}
REFERENCE_UNITS = {"resident": 300000, "transaction": 50000, "user": 5}
FIXED_SHARE = 0.4
PRICING_SOURCE = {
    "id": "demo-pricing",
    "title": "LiveDNA demo pricing assumptions (ILLUSTRATIVE: not any supplier's price list); "
             "the rule is documented in scripts/make-demo-commons.py and docs/analysis.md",
    "publisher": "LiveDNA (illustrative)",
    "period": "2025-26",
}


def pricing_of(brick_id, capability, standard):
    unit = PRICING_UNIT[capability]
    fixed = round_to(standard * FIXED_SHARE, 100)
    per_unit = round((standard - fixed) / REFERENCE_UNITS[unit], 4)
    return {"fixed_gbp": fixed, "per_unit_gbp": per_unit, "unit": unit,
            "source": "demo-pricing#%s" % brick_id}


CAP_LAYER = {c[0]: c[2] for c in CAPABILITIES}
BRICK_COST = {b[0]: b[5] for b in BRICKS}
BRICK_CAP = {b[0]: b[2] for b in BRICKS}

# --- organisations -----------------------------------------------------------------------
# Real names and codes; `scale` sizes the invented costs (population / 300,000 for councils).

ORGS = [
    # code, name, kind, type, region, population, tiers, neighbours
    ("E10000016", "Kent County Council", "council", "county", "South East", 1589057, "county",
     ["E10000020", "E10000034"]),
    ("E10000020", "Norfolk County Council", "council", "county", "East of England", 914039, "county",
     ["E10000016", "E10000029"]),
    ("E07000146", "King's Lynn and West Norfolk", "council", "district", "East of England", 151245, "district",
     ["E07000008", "E07000143"]),
    ("E07000008", "Cambridge City Council", "council", "district", "East of England", 125063, "district",
     ["E07000146", "E07000178"]),
    ("E06000043", "Brighton & Hove", "council", "unitary", "South East", 291738, "unitary",
     ["E06000023", "E06000045"]),
    ("E06000023", "Bristol, City of", "council", "unitary", "South West", 465866, "unitary",
     ["E06000043", "E08000003", "E08000035"]),
    ("E06000001", "Hartlepool Borough Council", "council", "unitary", "North East", 93836, "unitary",
     ["E06000002", "E06000003", "E06000004"]),
    ("E08000003", "Manchester City Council", "council", "metropolitan borough", "North West", 555741, "unitary",
     ["E08000035", "E06000023"]),
    ("E08000035", "Leeds City Council", "council", "metropolitan borough", "Yorkshire and The Humber", 798786,
     "unitary", ["E08000003", "E06000023"]),
    ("E09000007", "London Borough of Camden", "council", "London borough", "London", 279516, "unitary",
     ["E09000030", "E09000019"]),
    ("E09000030", "London Borough of Tower Hamlets", "council", "London borough", "London", 331969, "unitary",
     ["E09000007", "E09000012"]),
    ("W06000001", "Cyngor Sir Ynys Môn", "council", "unitary", "Wales", 70440, "unitary",
     ["W06000002", "W06000003"]),
    ("R0A", "Manchester University NHS Foundation Trust", "nhs-trust", "acute trust", "North West", None, "nhs",
     ["RRK", "RJ1"]),
    ("RJ1", "Guy's and St Thomas' NHS Foundation Trust", "nhs-trust", "acute trust", "London", None, "nhs",
     ["RYJ", "R0A"]),
    ("RRK", "University Hospitals Birmingham NHS Foundation Trust", "nhs-trust", "acute trust", "Midlands",
     None, "nhs", ["R0A", "RTH"]),
]

NHS_SCALE = {"R0A": 2.6, "RJ1": 2.4, "RRK": 2.7}

# --- service templates -------------------------------------------------------------------
# A slot is one brick instance of a service:
#   (id, name, capability, choice, base, fte)
# choice: a list of catalogue brick ids the organisation may use, or [] for always bespoke.
#   Which one (or bespoke) an organisation picks is fixed by hashing, weighted by `bespoke`
#   (the chance of building it in-house), unless a service lists explicit overrides.
# base: bespoke annual cost in pounds for a 300,000-person council (scaled by size).
# fte: staff for a 300,000-person council when the slot is people's work, else None.
# Costs of frontline slots are fte x a loaded salary.

FRONTLINE_FTE_COST = 46000
OVERHEAD_FTE_COST = 39000


def slot(sid, name, cap, choice=(), base=0, fte=None, bespoke=0.5, bespoke_name=None):
    return dict(id=sid, name=name, cap=cap, choice=list(choice), base=base, fte=fte, bespoke=bespoke,
                bespoke_name=bespoke_name or name)


SERVICES = [
    dict(id="blue-badge", name="Blue Badge applications", lgsl=279, category="Transport",
         tiers={"county", "unitary"}, volume=4200, reported=0.7,
         slots=[
             slot("apply", "Online application form", "forms", ["forms.govuk-forms", "forms.localgov-webform"],
                  base=14000, bespoke=0.3, bespoke_name="Locally built application form"),
             slot("identity", "Identity check", "identity", ["identity.govuk-one-login"], base=22000,
                  bespoke=0.4, bespoke_name="Council sign-in and document upload"),
             slot("pay", "Badge fee payment", "payments", ["payments.govuk-pay", "payments.card-gateway"],
                  base=9000, bespoke=0.2, bespoke_name="Payment pages on the council's legacy system"),
             slot("case", "Blue Badge case management", "case-management", ["case-management.shared-case"],
                  base=35000, fte=None, bespoke_name="In-house Blue Badge case system"),
             slot("assess", "Mobility assessment", "assessment", [], fte=3.0),
             slot("notify", "Decision letters and texts", "notifications", ["notifications.govuk-notify"],
                  base=11000, bespoke=0.5, bespoke_name="Bespoke letter printing and SMS gateway"),
         ],
         # The point of the demo: the same case system built again and again.
         overrides={"case": {"E06000001": "case-management.shared-case",
                             "E09000007": "case-management.shared-case",
                             "W06000001": "case-management.shared-case"}},
         flows=[("apply", "identity", None), ("identity", "case", None), ("apply", "pay", "fee"),
                ("case", "assess", "referral"), ("assess", "case", "decision"), ("case", "notify", None)]),
    dict(id="council-tax", name="Council Tax billing and accounts", lgsl=58, category="Revenues",
         tiers={"district", "unitary"}, volume=160000, reported=0.6,
         slots=[
             slot("portal", "Council Tax self-service", "forms", ["forms.localgov-webform", "forms.govuk-forms"],
                  base=30000, bespoke=0.6, bespoke_name="Revenues self-service portal"),
             slot("identity", "Sign-in", "identity", ["identity.govuk-one-login"], base=25000, bespoke=0.6,
                  bespoke_name="Portal accounts"),
             slot("billing", "Billing and recovery", "finance", ["finance.income-management"], base=180000,
                  bespoke=0.8, bespoke_name="Revenues and benefits system (local install)"),
             slot("pay", "Direct Debit and card payments", "payments", ["payments.govuk-pay", "payments.card-gateway"],
                  base=35000, bespoke=0.3, bespoke_name="Payment kiosk and phone payments"),
             slot("calls", "Council Tax phone line", "contact-centre", ["contact-centre.cloud-telephony"],
                  base=60000, fte=6.0, bespoke=0.5, bespoke_name="Revenues phone team"),
             slot("docs", "Evidence and correspondence", "document-management", ["document-management.edrms"],
                  base=28000, bespoke=0.5, bespoke_name="Scanned correspondence store"),
         ],
         flows=[("portal", "identity", None), ("portal", "billing", None), ("billing", "pay", None),
                ("calls", "billing", None), ("billing", "docs", None)]),
    dict(id="housing-benefit", name="Housing Benefit new claims", lgsl=69, category="Benefits",
         tiers={"district", "unitary"}, volume=6500, reported=0.5,
         slots=[
             slot("claim", "Online claim form", "forms", ["forms.govuk-forms", "forms.localgov-webform"], base=18000,
                  bespoke=0.4, bespoke_name="E-claim form"),
             slot("evidence", "Evidence upload", "document-management", ["document-management.cloud-files"],
                  base=21000, bespoke=0.6, bespoke_name="Evidence scanning and indexing"),
             slot("calc", "Entitlement calculation", "eligibility",
                  ["eligibility.benefits-calculator", "eligibility.rules-engine"], base=45000, bespoke=0.7,
                  bespoke_name="Benefit calculation module"),
             slot("case", "Claim processing", "case-management", ["case-management.shared-case"], base=70000,
                  bespoke=0.7, bespoke_name="In-house claims workflow"),
             slot("assess", "Claims assessment officers", "assessment", [], fte=8.0),
         ],
         flows=[("claim", "evidence", None), ("claim", "case", None), ("case", "calc", None),
                ("case", "assess", None)]),
    dict(id="waste-collection", name="Household waste collection", lgsl=524, category="Waste",
         tiers={"district", "unitary"}, volume=120000, reported=0.8,
         slots=[
             slot("report", "Report a missed bin", "forms", ["forms.localgov-webform", "forms.govuk-forms"],
                  base=12000, bespoke=0.5, bespoke_name="Missed bin web form"),
             slot("crm", "Customer contact record", "crm", ["crm.shared-crm"], base=55000, bespoke=0.6,
                  bespoke_name="Waste CRM (in-house)"),
             slot("rounds", "Round planning", "scheduling", ["scheduling.route-optimiser"], base=48000, bespoke=0.6,
                  bespoke_name="In-house round planner"),
             slot("crews", "Collection crews", "collection", [], fte=95.0),
             slot("notify", "Collection reminders", "notifications", ["notifications.govuk-notify"],
                  base=9000, bespoke=0.5, bespoke_name="Bespoke reminder app"),
         ],
         flows=[("report", "crm", None), ("crm", "rounds", None), ("rounds", "crews", "round sheets"),
                ("rounds", "notify", None)]),
    dict(id="bulky-waste", name="Bulky waste collections", lgsl=528, category="Waste",
         tiers={"district", "unitary"}, volume=9000, reported=0.5,
         slots=[
             slot("book", "Book a collection", "booking", ["booking.appointments"], base=16000, bespoke=0.6,
                  bespoke_name="Bulky waste booking pages"),
             slot("pay", "Collection fee", "payments", ["payments.govuk-pay", "payments.card-gateway"], base=9000,
                  bespoke=0.3, bespoke_name="Fee taken by phone"),
             slot("crews", "Bulky waste crew", "collection", [], fte=4.0),
         ],
         flows=[("book", "pay", None), ("book", "crews", None)]),
    dict(id="garden-waste", name="Garden waste subscriptions", lgsl=530, category="Waste",
         tiers={"district", "unitary"}, volume=35000, reported=0.6, negative=True,
         slots=[
             slot("signup", "Subscription sign-up", "forms", ["forms.govuk-forms", "forms.localgov-webform"],
                  base=15000, bespoke=0.5, bespoke_name="Subscription portal"),
             slot("pay", "Annual subscription payment", "payments", ["payments.govuk-pay", "payments.card-gateway"],
                  base=22000, bespoke=0.3, bespoke_name="Subscription billing (in-house)"),
             slot("rounds", "Garden round planning", "scheduling", ["scheduling.route-optimiser"], base=20000,
                  bespoke=0.6, bespoke_name="Spreadsheet round planning"),
             slot("crews", "Garden waste crews", "collection", [], fte=18.0),
         ],
         flows=[("signup", "pay", None), ("pay", "rounds", None), ("rounds", "crews", None)]),
    dict(id="planning-applications", name="Planning applications", lgsl=487, category="Planning",
         tiers={"district", "unitary"}, volume=2600, reported=0.8,
         slots=[
             slot("submit", "Application submission", "forms", ["forms.govuk-forms"], base=25000, bespoke=0.5,
                  bespoke_name="Planning submission portal"),
             slot("fee", "Planning fee", "payments", ["payments.govuk-pay"], base=10000, bespoke=0.3,
                  bespoke_name="Fee reconciliation spreadsheet"),
             slot("workflow", "Consultation and decision workflow", "workflow",
                  ["workflow.bpmn-engine", "workflow.low-code"], base=65000, bespoke=0.7,
                  bespoke_name="Planning back-office system"),
             slot("docs", "Plans and documents", "document-management", ["document-management.edrms"], base=40000,
                  bespoke=0.6, bespoke_name="Planning document store"),
             slot("maps", "Site maps and constraints", "gis", ["gis.os-data-hub", "gis.web-mapping"], base=30000,
                  bespoke=0.5, bespoke_name="In-house constraints map"),
             slot("officers", "Planning officers and site visits", "inspection", [], fte=14.0),
         ],
         flows=[("submit", "fee", None), ("submit", "workflow", None), ("workflow", "docs", None),
                ("workflow", "maps", None), ("workflow", "officers", "allocation"),
                ("officers", "workflow", "recommendation")]),
    dict(id="homelessness", name="Homelessness assessment and support", lgsl=1800, category="Housing",
         tiers={"district", "unitary"}, volume=1800, reported=0.7,
         slots=[
             slot("refer", "Duty to refer form", "forms", ["forms.govuk-forms"], base=9000, bespoke=0.5,
                  bespoke_name="Referral inbox"),
             slot("case", "Housing options case system", "case-management", ["case-management.shared-case"],
                  base=62000, bespoke=0.75, bespoke_name="In-house housing options system"),
             slot("assess", "Housing needs assessment", "assessment", ["assessment.shared-framework"], fte=7.0,
                  bespoke=1.0),
             slot("advice", "Housing advice", "advice", ["advice.citizens-advice"], fte=5.0, bespoke=0.7),
         ],
         flows=[("refer", "case", None), ("case", "assess", None), ("assess", "advice", "plan")]),
    dict(id="parking-permits", name="Residents' parking permits", lgsl=474, category="Transport",
         tiers={"district", "unitary"}, volume=22000, reported=0.8, negative=True,
         slots=[
             slot("apply", "Permit application", "forms", ["forms.govuk-forms", "forms.localgov-webform"],
                  base=15000, bespoke=0.5, bespoke_name="Permit portal"),
             slot("identity", "Proof of address", "identity", ["identity.govuk-one-login"], base=18000, bespoke=0.5,
                  bespoke_name="Manual proof-of-address checks"),
             slot("rules", "Zone and eligibility rules", "eligibility", ["eligibility.rules-engine"], base=20000,
                  bespoke=0.7, bespoke_name="Permit rules in the case system"),
             slot("case", "Permit case management", "case-management", ["case-management.shared-case",
                                                                          "case-management.crm-case"],
                  base=58000, bespoke=0.65, bespoke_name="In-house permit system"),
             slot("pay", "Permit payments", "payments", ["payments.govuk-pay", "payments.card-gateway"], base=16000,
                  bespoke=0.3, bespoke_name="Permit payment pages"),
         ],
         flows=[("apply", "identity", None), ("identity", "rules", None), ("rules", "case", None),
                ("case", "pay", None)]),
    dict(id="adult-social-care", name="Adult social care needs assessment", lgsl=209, category="Adult social care",
         tiers={"county", "unitary"}, volume=12000, reported=0.9,
         slots=[
             slot("contact", "Front door contact", "crm", ["crm.shared-crm"], base=70000, bespoke=0.6,
                  bespoke_name="Social care contact record"),
             slot("case", "Social care case record", "case-management", ["case-management.crm-case"],
                  base=240000, bespoke=0.85, bespoke_name="Social care case system (local configuration)"),
             slot("assess", "Care Act assessment", "assessment", ["assessment.shared-framework"], fte=40.0,
                  bespoke=1.0),
             slot("visits", "Social work home visits", "home-visits", [], fte=55.0),
             slot("rota", "Visit scheduling", "scheduling", ["scheduling.mobile-workforce"], base=45000, bespoke=0.6,
                  bespoke_name="Visit diary spreadsheets"),
             slot("docs", "Care plans and records", "document-management", ["document-management.edrms"],
                  base=50000, bespoke=0.6, bespoke_name="Care record scanning"),
         ],
         flows=[("contact", "case", "referral"), ("case", "assess", None), ("assess", "visits", None),
                ("visits", "case", "notes"), ("rota", "visits", None), ("case", "docs", None)]),
    dict(id="disabled-facilities-grant", name="Disabled facilities grants", lgsl=137, category="Housing",
         tiers={"district", "unitary"}, volume=350, reported=0.6,
         slots=[
             slot("case", "Grant case management", "case-management", ["case-management.shared-case"], base=38000,
                  bespoke=0.7, bespoke_name="In-house grants database"),
             slot("ot", "Occupational therapy assessment", "assessment", [], fte=4.0),
             slot("visits", "Home adaptation visits", "home-visits", [], fte=3.0),
         ],
         flows=[("case", "ot", None), ("ot", "visits", None)]),
    dict(id="birth-registration", name="Birth registration", lgsl=319, category="Registration",
         tiers={"county", "unitary"}, volume=5200, reported=0.7, negative_some=True,
         slots=[
             slot("book", "Appointment booking", "booking", ["booking.appointments"], base=14000, bespoke=0.5,
                  bespoke_name="Register office diary"),
             slot("register", "Statutory register", "registration", ["registration.ron"], bespoke=0.0),
             slot("pay", "Certificate fees", "payments", ["payments.govuk-pay"], base=8000, bespoke=0.4,
                  bespoke_name="Till at the register office"),
             slot("registrars", "Registrars", "in-person-service", [], fte=9.0),
         ],
         flows=[("book", "registrars", None), ("registrars", "register", None), ("registrars", "pay", None)]),
    dict(id="road-maintenance", name="Road maintenance and potholes", lgsl=557, category="Highways",
         tiers={"county", "unitary"}, volume=30000, reported=0.8,
         slots=[
             slot("report", "Report a pothole", "forms", ["forms.govuk-forms", "forms.localgov-webform"], base=20000,
                  bespoke=0.5, bespoke_name="Fault reporting app"),
             slot("maps", "Highway asset map", "gis", ["gis.os-data-hub", "gis.web-mapping"], base=45000,
                  bespoke=0.6, bespoke_name="Highway asset register (in-house)"),
             slot("jobs", "Works orders", "workflow", ["workflow.low-code"], base=80000, bespoke=0.7,
                  bespoke_name="Highways works management system"),
             slot("inspect", "Highway inspectors", "inspection", [], fte=20.0),
         ],
         flows=[("report", "maps", None), ("maps", "jobs", None), ("jobs", "inspect", None)]),
    dict(id="freedom-of-information", name="Freedom of Information requests", lgsl=722, category="Corporate",
         tiers={"county", "district", "unitary"}, volume=1500, reported=0.3,
         slots=[
             slot("request", "Request form", "forms", ["forms.govuk-forms"], base=6000, bespoke=0.5,
                  bespoke_name="FOI mailbox"),
             slot("case", "FOI case tracking", "case-management", ["case-management.shared-case"], base=26000,
                  bespoke=0.8, bespoke_name="FOI tracking database"),
             slot("workflow", "Approvals", "workflow", ["workflow.bpmn-engine"], base=12000, bespoke=0.6,
                  bespoke_name="Email approvals"),
             slot("officers", "Information governance officers", "advice", [], fte=2.0),
         ],
         flows=[("request", "case", None), ("case", "workflow", None), ("workflow", "officers", None)]),
    dict(id="libraries", name="Library membership and loans", lgsl=438, category="Culture",
         tiers={"county", "unitary"}, volume=250000, reported=1.0, unmapped={"E10000016", "E08000035"},
         per_head="libraries",
         slots=[
             slot("join", "Join online", "forms", ["forms.govuk-forms"], base=8000, bespoke=0.4,
                  bespoke_name="Library joining form"),
             slot("lms", "Library management system", "data-storage", ["data-storage.managed-db"], base=60000,
                  bespoke=0.7, bespoke_name="Library management system (local)"),
             slot("staff", "Library staff", "in-person-service", [], fte=36.0),
         ],
         flows=[("join", "lms", None), ("staff", "lms", None)]),
    # NHS trusts
    dict(id="outpatient-appointments", name="Outpatient appointments", lgsl=None, category="Planned care",
         tiers={"nhs"}, volume=900000, reported=0.0,
         slots=[
             slot("refer", "Referral and booking", "booking", ["booking.nhs-e-referral"], base=90000, bespoke=0.3,
                  bespoke_name="Trust booking system"),
             slot("login", "Patient sign-in", "identity", ["identity.nhs-login"], base=60000, bespoke=0.4,
                  bespoke_name="Trust patient portal accounts"),
             slot("remind", "Appointment reminders", "notifications", ["notifications.nhs-notify"], base=120000,
                  bespoke=0.7, bespoke_name="Bespoke SMS reminder service"),
             slot("epr", "Electronic patient record", "patient-records", [], base=1400000),
             slot("clinic", "Outpatient clinics", "clinical-care", [], fte=180.0),
         ],
         flows=[("refer", "epr", None), ("login", "refer", None), ("epr", "remind", None),
                ("epr", "clinic", "clinic list"), ("clinic", "epr", "outcome")]),
    dict(id="medical-records", name="Medical records management", lgsl=None, category="Corporate",
         tiers={"nhs"}, volume=40000, reported=0.0,
         slots=[
             slot("scan", "Scanning and indexing", "document-management", ["document-management.edrms"],
                  base=350000, bespoke=0.7, bespoke_name="In-house scanning bureau"),
             slot("store", "Records store", "data-storage", ["data-storage.managed-db"], base=90000, bespoke=0.6,
                  bespoke_name="On-premises records servers"),
             slot("stats", "Records reporting", "analytics", ["analytics.dashboards"], base=40000, bespoke=0.6,
                  bespoke_name="Records reporting team spreadsheets"),
             slot("hosting", "Hosting", "hosting", ["hosting.crown-hosting", "hosting.public-cloud"], base=110000,
                  bespoke=0.5, bespoke_name="Trust data centre"),
         ],
         flows=[("scan", "store", None), ("store", "stats", None)]),
    dict(id="community-nursing", name="District nursing visits", lgsl=None, category="Community care",
         tiers={"nhs"}, volume=120000, reported=0.0,
         slots=[
             slot("case", "Caseload management", "case-management", ["case-management.crm-case"], base=110000,
                  bespoke=0.8, bespoke_name="Community caseload system"),
             slot("rota", "Visit scheduling", "scheduling", ["scheduling.mobile-workforce"], base=70000,
                  bespoke=0.7, bespoke_name="In-house visit scheduler"),
             slot("visits", "District nurses", "clinical-care", [], fte=60.0),
             slot("remind", "Visit notifications", "notifications", ["notifications.nhs-notify"], base=40000,
                  bespoke=0.7, bespoke_name="Bespoke SMS visit alerts"),
         ],
         flows=[("case", "rota", None), ("rota", "visits", None), ("rota", "remind", None)]),
    dict(id="discharge-to-assess", name="Hospital discharge to assess", lgsl=None, category="Urgent care",
         tiers={"nhs"}, volume=14000, reported=0.0,
         slots=[
             slot("track", "Discharge tracking", "workflow", ["workflow.bpmn-engine", "workflow.low-code"],
                  base=85000, bespoke=0.75, bespoke_name="Discharge tracker (in-house)"),
             slot("case", "Transfer of care case record", "case-management", ["case-management.crm-case"],
                  base=95000, bespoke=0.8, bespoke_name="Transfer of care hub database"),
             slot("assess", "Discharge assessment", "assessment", ["assessment.shared-framework"], fte=25.0,
                  bespoke=1.0),
         ],
         flows=[("track", "case", None), ("case", "assess", None), ("assess", "track", "ready")]),
    dict(id="patient-feedback", name="Patient advice and complaints (PALS)", lgsl=None, category="Corporate",
         tiers={"nhs"}, volume=8000, reported=0.0,
         slots=[
             slot("form", "Feedback form", "forms", ["forms.govuk-forms"], base=15000, bespoke=0.6,
                  bespoke_name="Trust feedback pages"),
             slot("case", "Complaints case management", "case-management", ["case-management.shared-case"],
                  base=45000, bespoke=0.8, bespoke_name="Complaints database"),
             slot("pals", "PALS officers", "advice", [], fte=8.0),
             slot("stats", "Complaints reporting", "analytics", ["analytics.dashboards"], base=20000,
                  bespoke=0.5, bespoke_name="Monthly complaints spreadsheet"),
         ],
         flows=[("form", "case", None), ("case", "pals", None), ("case", "stats", None)]),
]


# Median net spend per head in 2024-25 by council class, from MHCLG Revenue Outturn (the
# peer benchmarks in ../shared/data/benchmarks/ro_per_head_distributions.csv): a service with
# `per_head` reports population x median x a jitter of +/-20%, so the demo's reported library
# spend is of the order real councils publish. Welsh unitaries take the English UA median.
PER_HEAD_MEDIAN = {"libraries": {"county": 10.34, "district": 0.0, "unitary": 10.39,
                                 "metropolitan borough": 11.96, "London borough": 14.66}}


def scale_of(org):
    code, _, kind, _, _, population, _, _ = org
    if kind == "nhs-trust":
        return NHS_SCALE[code]
    return population / 300000.0


def make_brick(org, service, s):
    code = org[0]
    scale = scale_of(org)
    key = (code, service["id"], s["id"])
    choice = s["choice"]
    chosen = None
    override = service.get("overrides", {}).get(s["id"])
    if override is not None:
        chosen = override.get(code)  # absent -> bespoke
    elif choice and unit("bespoke", *key) >= s["bespoke"]:
        chosen = choice[int(unit("pick", *key) * len(choice))]
    brick = {"id": s["id"], "name": s["name"]}
    if chosen:
        brick["uses"] = chosen
        if s["fte"] is not None:
            # People's work delivered through a commissioned standard brick.
            fte = round_to(s["fte"] * scale ** 0.9 * jitter(0.8, 1.2, "fte", *key), 0.5) or 0.5
            brick["annual_cost_gbp"] = BRICK_COST[chosen] + round_to(fte * FRONTLINE_FTE_COST, 100)
            brick["fte"] = fte
        else:
            # One subscription covers the organisation; services share it.
            brick["annual_cost_gbp"] = BRICK_COST[chosen]
        return brick
    brick["name"] = s["bespoke_name"]
    brick["capability"] = s["cap"]
    layer = CAP_LAYER[s["cap"]]
    if s["fte"] is not None:
        fte = round_to(s["fte"] * scale ** 0.9 * jitter(0.8, 1.2, "fte", *key), 0.5) or 0.5
        per_fte = FRONTLINE_FTE_COST if layer == "frontline" else OVERHEAD_FTE_COST
        cost = fte * per_fte + s["base"] * scale ** 0.6
        brick["annual_cost_gbp"] = round_to(cost, 100)
        brick["fte"] = fte
    else:
        cost = s["base"] * scale ** 0.6 * jitter(0.75, 1.35, "cost", *key)
        brick["annual_cost_gbp"] = round_to(cost, 100)
        # In-house systems need people to run them: at least half a post each.
        brick["fte"] = max(0.5, round_to(cost / 120000.0, 0.5))
    return brick


def make_service(org, service):
    code = org[0]
    scale = scale_of(org)
    out = {"id": service["id"], "name": service["name"]}
    if service["lgsl"] is not None:
        out["lgsl"] = service["lgsl"]
    out["category"] = service["category"]
    if service["volume"] and unit("volume", code, service["id"]) < 0.8:
        out["volume"] = int(round_to(service["volume"] * scale * jitter(0.8, 1.2, "vol", code, service["id"]), 10))
    if unit("value", code, service["id"]) < 0.45:
        out["value"] = {
            "satisfaction": round(jitter(0.45, 0.9, "sat", code, service["id"]), 2),
            "outcome": round(jitter(0.4, 0.85, "out", code, service["id"]), 2),
        }
    unmapped = code in service.get("unmapped", set())
    bricks = [] if unmapped else [make_brick(org, service, s) for s in service["slots"]]
    total = sum(b["annual_cost_gbp"] for b in bricks)
    per_head = PER_HEAD_MEDIAN.get(service.get("per_head"), {}).get(org[3])
    if per_head and org[5]:
        # Reported at the order of the real benchmark; the bricks map only part of it.
        out["reported_cost_gbp"] = round_to(org[5] * per_head * jitter(0.8, 1.2, "rep", code, service["id"]), 1000)
    elif unmapped:
        # Reported in official returns but not yet broken into bricks: all of it is unmapped.
        out["reported_cost_gbp"] = round_to(2400000 * scale * jitter(0.8, 1.2, "rep", code, service["id"]), 1000)
    elif unit("reported", code, service["id"]) < service["reported"]:
        if service.get("negative") and unit("neg", code, service["id"]) < 0.5:
            # Net expenditure: fees and charges above spending.
            out["reported_cost_gbp"] = -round_to(total * jitter(0.2, 0.7, "rep", code, service["id"]), 1000)
        else:
            out["reported_cost_gbp"] = round_to(total * jitter(1.05, 1.6, "rep", code, service["id"]), 1000)
    out["bricks"] = bricks
    ids = {b["id"] for b in bricks}
    flows = []
    for a, b, label in service["flows"]:
        if a in ids and b in ids:
            f = {"from": a, "to": b}
            if label:
                f["label"] = label
            flows.append(f)
    if flows:
        out["flows"] = flows
    return out


def make_org(org):
    code, name, kind, typ, region, population, tier, neighbours = org
    organisation = {"code": code, "name": name, "kind": kind, "type": typ, "region": region}
    if population is not None:
        organisation["population"] = population
    organisation["neighbours"] = neighbours
    services = [make_service(org, s) for s in SERVICES
                if tier in s["tiers"] or (tier == "unitary" and s["tiers"] & {"county", "district"})]
    return {"format": "livedna-org/1", "organisation": organisation, "period": PERIOD, "services": services}


def make_bricks():
    # Overhead capabilities are digital functions one organisation can consume from the
    # commons; frontline ones are people's work, which a brick supports but never replaces.
    return {
        "format": "livedna-bricks/1",
        "sources": [PRICING_SOURCE],
        "capabilities": [{"id": i, "name": n, "layer": l, "work": "digital" if l == "overhead" else "people"}
                         for i, n, l in CAPABILITIES],
        "bricks": [
            {"id": i, "name": n, "capability": c, "provider": p, "evolution": e,
             "standard_annual_cost_gbp": cost, "pricing": pricing_of(i, c, cost), "description": d}
            for i, n, c, p, e, cost, d in BRICKS
        ],
    }


def dump(obj):
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


README = """LiveDNA demo commons -- ILLUSTRATIVE, NOT REAL FIGURES
========================================================

This commons ("livedna-demo") ships inside LiveDNA so that the application can be tried
offline from its first start.

The organisation names and codes (ONS GSS codes for councils, NHS ODS codes for trusts)
and the Local Government Service List ids are real. EVERY FIGURE IS INVENTED: costs,
staff numbers (fte), volumes, value scores and reported costs are illustrative only and
say nothing about what any real council or NHS trust spends or how it runs its services.
The catalogue's prices (`pricing`, source "demo-pricing") are a documented assumption, not
any supplier's price list. Reported library spend is sized from the real 2024-25 median
spend per head of each council's class (MHCLG Revenue Outturn), so its order is realistic;
the figure for any one council is still invented.

The files are generated by scripts/make-demo-commons.py; edit that script, not the JSON.
"""


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "resources", "demo")
    os.makedirs(os.path.join(out_dir, "orgs"), exist_ok=True)

    files = [("bricks.json", "bricks", None, dump(make_bricks()))]
    for org in ORGS:
        files.append(("orgs/%s.json" % org[0], "organisation", org[0], dump(make_org(org))))

    documents = []
    for path, typ, code, data in files:
        with open(os.path.join(out_dir, path), "wb") as f:
            f.write(data)
        entry = {"path": path, "type": typ}
        if code:
            entry["org"] = code
        entry["sha256"] = hashlib.sha256(data).hexdigest()
        entry["bytes"] = len(data)
        documents.append(entry)

    index = {
        "format": "livedna-commons/1",
        "commons": COMMONS_ID,
        "title": TITLE,
        "version": VERSION,
        "published": PUBLISHED,
        "documents": documents,
    }
    with open(os.path.join(out_dir, "index.json"), "wb") as f:
        f.write(dump(index))
    with open(os.path.join(out_dir, "README.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README)


if __name__ == "__main__":
    main()
