#!/usr/bin/env python3
"""Builds the fuzzers' seed corpus at run time (docs/fuzzing.md), never into the repository.

    tests/fuzz/make-corpus.py OUT [--real COMMONS] [--data DIR] [--cli LIVEDNA_CLI]

OUT/fuzz_<name>/ gets seeds for each harness, from:
  - the demo commons (resources/demo): index, bricks, organisations, and a proposal and a
    signed index made from it (the signature with `livedna-cli keygen` / `publish --sign`);
  - a real commons built from ../shared/data (COMMONS, made by scripts/build-real-commons.sh):
    a slice of its index, its bricks, a sample of its organisation documents (the small and
    middling ones: libFuzzer mutates small inputs far faster), slices of areas.json;
  - the first lines of every CSV file in ../shared/data.
The committed hand-made seeds in tests/fuzz/seeds/ are used beside it.
"""
import argparse
import hashlib
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
MAX_SEED = 64 * 1024  # keep every seed under libFuzzer's -max_len in scripts/test-fuzz.sh


def put(out, harness, name, data):
    d = out / harness
    d.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    if len(data) <= MAX_SEED:
        (d / name).write_bytes(data)


def dumps(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=True)


def index_slices(out, index, label):
    docs = index.get("documents", [])
    for n in (1, 3, 12):
        put(out, "fuzz_index", f"{label}-{n}.json", dumps(dict(index, documents=docs[:n])))


def commons_docs(out, folder, label, sample):
    folder = pathlib.Path(folder)
    index = json.loads((folder / "index.json").read_bytes())
    put(out, "fuzz_index", f"{label}-index.json", (folder / "index.json").read_bytes())
    index_slices(out, index, label)
    put(out, "fuzz_bricks", f"{label}-bricks.json", (folder / "bricks.json").read_bytes())
    orgs = sorted((p for p in (folder / "orgs").rglob("*.json")), key=lambda p: p.stat().st_size)
    orgs = [p for p in orgs if p.stat().st_size <= MAX_SEED]
    step = max(1, len(orgs) // sample)
    for p in orgs[::step][:sample]:
        put(out, "fuzz_organisation", f"{label}-{p.parent.name}-{p.name}", p.read_bytes())
    return index, orgs


def areas_slices(out, areas_path):
    areas = json.loads(pathlib.Path(areas_path).read_bytes())
    for n in (1, 2, 5):
        sliced = dict(areas)
        for key in ("constituencies", "councils", "trusts", "unmapped"):
            if isinstance(areas.get(key), list):
                sliced[key] = areas[key][:n]
        put(out, "fuzz_areas", f"real-areas-{n}.json", dumps(sliced))


def csv_heads(out, data):
    for p in sorted(pathlib.Path(data).rglob("*.csv")):
        head = p.read_bytes()[:6000]
        if len(head) == 6000:
            head = head[: head.rfind(b"\n") + 1] or head
        # First byte: the harness's options (0 = detect the delimiter, with a header; 8 = no header).
        put(out, "fuzz_csv", f"{p.parent.name}-{p.stem}.csv", b"\x00" + head)
        put(out, "fuzz_csv", f"{p.parent.name}-{p.stem}-noheader.csv", b"\x08" + head)


def proposal_from(out, folder):
    folder = pathlib.Path(folder)
    catalogue = json.loads((folder / "bricks.json").read_bytes())
    catalogue.pop("format", None)
    for p in sorted((folder / "orgs").rglob("*.json"))[:4]:
        org = json.loads(p.read_bytes())
        for i, service in enumerate(org.get("services", [])[:2]):
            proposal = {
                "format": "livedna-proposal/1",
                "title": f"Redesign of {service.get('name', 'a service')}",
                "author": "fuzz seed",
                "created": "2026-01-01T00:00:00Z",
                "modified": "2026-01-02T00:00:00Z",
                "rationale": "Made by tests/fuzz/make-corpus.py from the demo commons.",
                "service": service,
                "catalogue": catalogue,
            }
            if "sources" in org:
                proposal["sources"] = org["sources"]
            put(out, "fuzz_proposal", f"demo-{p.stem}-{i}.livedna-proposal.json", dumps(proposal))


def signature_seed(index, sig, key):
    # FuzzedDataProvider's ConsumeRandomLengthString ends a string at a backslash followed by
    # any other byte: pinned key, trusted key, signature, then the index as the rest.
    return key + b"\\n" + b"\\n" + sig + b"\\n" + index


def signed_demo(out, cli):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        key = tmp / "key"
        run = lambda *a: subprocess.run([cli, *a], check=True, capture_output=True)
        run("keygen", str(key))
        run("publish", str(ROOT / "resources/demo"), str(tmp / "signed"), "--commons", "fuzz-demo", "--sign", str(key))
        index = (tmp / "signed/index.json").read_bytes()
        sig = (tmp / "signed/index.json.sig").read_bytes().strip()
        pub = pathlib.Path(str(key) + ".pub").read_bytes().strip()
        put(out, "fuzz_signature", "demo-signed", signature_seed(index, sig, pub))
        put(out, "fuzz_signature", "demo-signed-trusted", b"\\n" + pub + b"\\n" + sig + b"\\n" + index)
        put(out, "fuzz_signature", "demo-unpinned", b"\\n\\n" + sig + b"\\n" + index)
        put(out, "fuzz_index", "demo-signed-index.json", index)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--real", help="a real commons folder (scripts/build-real-commons.sh)")
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data"))
    ap.add_argument("--cli", help="livedna-cli, to sign the demo commons")
    ap.add_argument("--sample", type=int, default=40, help="organisation documents taken from the real commons")
    args = ap.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    commons_docs(out, ROOT / "resources/demo", "demo", sample=100)
    proposal_from(out, ROOT / "resources/demo")
    if args.cli:
        signed_demo(out, args.cli)
    if args.real and pathlib.Path(args.real, "index.json").exists():
        commons_docs(out, args.real, "real", sample=args.sample)
        if pathlib.Path(args.real, "areas.json").exists():
            areas_slices(out, pathlib.Path(args.real, "areas.json"))
    else:
        print("make-corpus: no real commons given; demo seeds only", file=sys.stderr)
    if pathlib.Path(args.data).is_dir():
        csv_heads(out, args.data)
    else:
        print(f"make-corpus: {args.data} not found; no CSV seeds from the real data", file=sys.stderr)
    for d in sorted(out.iterdir()):
        print(f"{d.name}: {len(list(d.iterdir()))} seeds")


if __name__ == "__main__":
    main()
