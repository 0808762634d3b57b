#!/usr/bin/env python3
"""Soak: SIGKILL `livedna-cli sync` at random moments and check the cache each time.

    bench/soak-sync.py [--kills N] [--cli PATH] [--work DIR] [--mode folder|http|both]

Not a test (not in ctest): it runs for minutes. Two versions of the real commons (built from
../shared/data by scripts/build-real-commons.sh; version 2 drops a tenth of the organisation
documents and renames another tenth) are published from one source. The cache is synced to
version 1 (state A), and one clean sync gives state B. Then, N times per mode: restore A,
start the sync to version 2, SIGKILL it after a random delay (half the time uniform over
1.2 times the clean sync's duration, half over its last part, where it writes), and check that
  - PRAGMA integrity_check says ok, and
  - the cache's content equals A or B exactly (every table, every row; the columns that
    differ between two clean syncs, such as timestamps, are left out of the comparison);
every fifth kill, a sync run to the end afterwards must then reach B. The folder mode syncs
from a directory, the http mode from python3 -m http.server on 127.0.0.1.
Prints the counts; exits 1 on any corrupt, mixed or unrecoverable cache.
"""
import argparse
import hashlib
import json
import os
import pathlib
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]


def sh(*args, **kw):
    return subprocess.run([str(a) for a in args], check=True, **kw)


def cli_sync(cli, cache, source, timeout=600):
    return subprocess.run([str(cli), "--cache", str(cache), "sync", "-q", str(source)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)


def cache_files(cache):
    return [pathlib.Path(str(cache) + s) for s in ("", "-wal", "-shm", "-journal")]


def snapshot(cache, to):
    for src, dst in zip(cache_files(cache), cache_files(to)):
        if dst.exists():
            dst.unlink()
        if src.exists():
            shutil.copy2(src, dst)


def integrity(cache):
    con = sqlite3.connect(str(cache))
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def dump(cache):
    """{table: {column names, sorted rows}} of every table."""
    con = sqlite3.connect(str(cache))
    try:
        out = {}
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for t in tables:
            cur = con.execute(f'SELECT * FROM "{t}"')
            cols = [d[0] for d in cur.description]
            out[t] = (cols, cur.fetchall())
        out["__user_version__"] = (["v"], [con.execute("PRAGMA user_version").fetchone()])
        return out
    finally:
        con.close()


def volatile(d1, d2):
    """(table, column) pairs that differ between two dumps of the same state."""
    ignore = set()
    for t in d1:
        cols, rows1 = d1[t]
        rows2 = d2.get(t, (cols, []))[1]
        if len(rows1) != len(rows2):
            continue
        for i, c in enumerate(cols):
            if sorted(map(repr, (r[i] for r in rows1))) != sorted(map(repr, (r[i] for r in rows2))):
                ignore.add((t, c))
    return ignore


def digest(d, ignore):
    h = hashlib.sha256()
    for t in sorted(d):
        cols, rows = d[t]
        keep = [i for i, c in enumerate(cols) if (t, c) not in ignore]
        h.update(repr((t, [cols[i] for i in keep])).encode())
        for r in sorted(repr(tuple(r[i] for i in keep)) for r in rows):
            h.update(r.encode())
    return h.hexdigest()


def make_versions(cli, work, data):
    """Two versions of the real commons under one id, in work/v1 and work/v2."""
    v1, v2, stage = work / "v1", work / "v2", work / "stage"
    if (v2 / "index.json").exists():
        return v1, v2
    for p in (v1, v2, stage):
        shutil.rmtree(p, ignore_errors=True)
    sh(ROOT / "scripts/build-real-commons.sh", v1, "--cli", cli, "--data", data, "--stage", stage,
       stdout=subprocess.DEVNULL)
    orgs = sorted((stage / "orgs").rglob("*.json"))
    for i, p in enumerate(orgs):
        if i % 10 == 0:
            p.unlink()
        elif i % 10 == 5:
            doc = json.loads(p.read_bytes())
            doc["organisation"]["name"] += " (soak)"
            p.write_text(json.dumps(doc, indent=2, ensure_ascii=False))
    shutil.copytree(v1, v2)
    sh(cli, "publish", stage, v2, stdout=subprocess.DEVNULL)
    return v1, v2


class Server:
    def __init__(self, directory):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        self.port = s.getsockname()[1]
        s.close()
        self.proc = subprocess.Popen([sys.executable, "-m", "http.server", str(self.port), "--bind", "127.0.0.1",
                                      "--directory", str(directory)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("http.server did not start")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)


def soak(mode, args, cli, work, v1, v2):
    site = work / f"site-{mode}"
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(v1, site)
    server = Server(site) if mode == "http" else None
    source = f"http://127.0.0.1:{server.port}/" if server else site
    try:
        a, b, cache = work / f"{mode}-A.sqlite", work / f"{mode}-B.sqlite", work / f"{mode}-cache.sqlite"
        for f in cache_files(a):
            f.unlink(missing_ok=True)
        r = cli_sync(cli, a, source)
        if r.returncode:
            raise RuntimeError(f"first sync failed: {r.stderr.decode()[-500:]}")
        # Version 2 replaces version 1 at the same place.
        shutil.rmtree(site)
        shutil.copytree(v2, site)
        durations, dumps = [], []
        for _ in range(2):
            snapshot(a, b)
            t0 = time.monotonic()
            r = cli_sync(cli, b, source)
            durations.append(time.monotonic() - t0)
            if r.returncode:
                raise RuntimeError(f"sync to version 2 failed: {r.stderr.decode()[-500:]}")
            dumps.append(dump(b))
        ignore = volatile(*dumps)
        da = digest(dump(a), ignore)
        db = digest(dumps[0], ignore)
        if da == db:
            raise RuntimeError("versions 1 and 2 give the same cache: nothing to test")
        t_sync = min(durations)
        counts = {"kills": 0, "before": 0, "after": 0, "finished": 0, "corrupt": 0, "mixed": 0,
                  "resumed": 0, "unrecovered": 0}
        rng = random.Random(args.seed)
        for i in range(args.kills):
            snapshot(a, cache)
            # Half the kills anywhere, half in the last part of the sync, where it writes.
            delay = rng.uniform(0, 1.2 * t_sync) if i % 2 else rng.uniform(0.6 * t_sync, 1.1 * t_sync)
            p = subprocess.Popen([str(cli), "--cache", str(cache), "sync", "-q", str(source)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                p.wait(delay)
                counts["finished"] += 1  # it ended before the kill: must be B
            except subprocess.TimeoutExpired:
                p.send_signal(signal.SIGKILL)
                p.wait()
                counts["kills"] += 1
            ok = integrity(cache)
            if ok != "ok":
                counts["corrupt"] += 1
                print(f"[{mode} {i}] CORRUPT after {delay:.2f}s: {ok}", file=sys.stderr)
                keep = work / f"corrupt-{mode}-{i}.sqlite"
                snapshot(cache, keep)
                continue
            d = digest(dump(cache), ignore)
            if d == da:
                counts["before"] += 1
            elif d == db:
                counts["after"] += 1
            else:
                counts["mixed"] += 1
                print(f"[{mode} {i}] MIXED after {delay:.2f}s", file=sys.stderr)
                snapshot(cache, work / f"mixed-{mode}-{i}.sqlite")
                continue
            if i % 5 == 0:
                r = cli_sync(cli, cache, source)
                if r.returncode == 0 and digest(dump(cache), ignore) == db:
                    counts["resumed"] += 1
                else:
                    counts["unrecovered"] += 1
                    print(f"[{mode} {i}] the next sync did not reach version 2: {r.stderr.decode()[-300:]}",
                          file=sys.stderr)
        counts["clean_sync_s"] = round(t_sync, 2)
        counts["ignored_columns"] = ";".join(sorted(f"{t}.{c}" for t, c in ignore)) or "none"
        return counts
    finally:
        if server:
            server.stop()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kills", type=int, default=50, help="kills per mode (default 50)")
    ap.add_argument("--cli", default=str(ROOT / "build/app/livedna-cli"))
    ap.add_argument("--work", default=str(ROOT / "build/soak-sync"))
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data"))
    ap.add_argument("--mode", choices=["folder", "http", "both"], default="both")
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()
    cli = pathlib.Path(args.cli).resolve()
    work = pathlib.Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    if not pathlib.Path(args.data).is_dir():
        sys.exit(f"soak-sync: {args.data} not found (the real data)")
    t0 = time.monotonic()
    v1, v2 = make_versions(cli, work, args.data)
    failed = False
    for mode in (["folder", "http"] if args.mode == "both" else [args.mode]):
        c = soak(mode, args, cli, work, v1, v2)
        print(f"soak-sync {mode}: " + ", ".join(f"{k}={v}" for k, v in c.items()))
        failed |= c["corrupt"] + c["mixed"] + c["unrecovered"] > 0
    print(f"soak-sync: {'FAILED' if failed else 'ok'} in {time.monotonic() - t0:.0f} s")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
