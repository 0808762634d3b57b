#!/usr/bin/env python3
"""Soak: SIGKILL a proposal editor at random moments and check that no persisted edit is lost.

    bench/soak-drafts.py [--kills N] [--editor PATH] [--cli PATH] [--work DIR]

Not a test (not in ctest). bench/soak_drafteditor (built with the benchmarks) edits one
draft through the proposal workspace's own path (undo commands on a ProposalModel, saved by
a DraftAutosaver into the DraftStore) and logs each edit once the store has saved it. The
proposal starts from a real service: the demo commons is synced and `livedna-cli proposal
new` starts a proposal from its first organisation's first service. N times: run the editor
for a random time (0 to 0.5 s), SIGKILL it, then `soak_drafteditor check` opens the store
(integrity_check ok, one draft) and requires the draft to hold the last logged edit and the
one before it, and counts how often the store reported the crash (the workspace's
"did not close properly" banner). Prints the counts; exits 1 when an edit was lost or the store is damaged.
"""
import argparse
import json
import pathlib
import random
import shutil
import signal
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kills", type=int, default=200)
    ap.add_argument("--editor", default=str(ROOT / "build/bench/soak_drafteditor"))
    ap.add_argument("--cli", default=str(ROOT / "build/app/livedna-cli"))
    ap.add_argument("--work", default=str(ROOT / "build/soak-drafts"))
    ap.add_argument("--max-delay", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()
    work = pathlib.Path(args.work).resolve()
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    cache, drafts, log, proposal = (work / "cache.sqlite", work / "drafts.sqlite", work / "edits.log",
                                    work / "soak.livedna-proposal.json")
    subprocess.run([args.cli, "--cache", str(cache), "sync", "-q", "demo"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    orgs = json.loads(subprocess.run([args.cli, "--cache", str(cache), "orgs", "--json"], check=True,
                                     capture_output=True).stdout)
    org = orgs[0]["code"]
    show = json.loads(subprocess.run([args.cli, "--cache", str(cache), "show", org, "--json"], check=True,
                                     capture_output=True).stdout)
    service = show["services"][0]["id"]
    subprocess.run([args.cli, "--cache", str(cache), "proposal", "new", org, service, "--out", str(proposal)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    rng = random.Random(args.seed)
    counts = {"kills": 0, "ok": 0, "lost": 0, "crash_announced": 0, "edits_logged": 0}
    t0 = time.monotonic()
    for i in range(args.kills):
        p = subprocess.Popen([args.editor, "edit", str(drafts), str(proposal), str(log)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0, args.max_delay))
        if p.poll() is not None:
            sys.exit(f"soak-drafts: the editor stopped by itself: {p.stderr.read().decode()[-500:]}")
        p.send_signal(signal.SIGKILL)
        p.wait()
        counts["kills"] += 1
        r = subprocess.run([args.editor, "check", str(drafts), str(log)], capture_output=True, text=True)
        if r.returncode == 0:
            counts["ok"] += 1
            # The store knows the editor did not close it: the workspace says so on reopening.
            counts["crash_announced"] += "recovered=1" in r.stdout
        else:
            counts["lost"] += 1
            print(f"[{i}] {r.stdout.strip()} {r.stderr.strip()}", file=sys.stderr)
            shutil.copy2(drafts, work / f"lost-{i}.sqlite")
    text = log.read_text() if log.exists() else ""
    counts["edits_logged"] = sum(1 for line in text.splitlines() if line.strip().isdigit())
    print("soak-drafts: " + ", ".join(f"{k}={v}" for k, v in counts.items()) +
          f" in {time.monotonic() - t0:.0f} s")
    sys.exit(1 if counts["lost"] else 0)


if __name__ == "__main__":
    main()
