"""Load on ``sunting serve --http`` over loopback: latency, errors and memory at 1, 2, 4 workers.

    .venv/bin/python benchmarks/http_load.py [--workers 1,2,4] [--clients 8] [--requests 25]
                                              [--max-seconds 120] [--json]

For each worker count a fresh ``sunting serve --http 127.0.0.1:PORT --workers W`` starts in a
temporary folder without a ``sunting.yaml`` (all built-in packs, as for a newsroom without
configuration). Each worker is warmed up (the first check of a process loads the lexicon),
then ``--clients`` threads post real articles — the Markdown news articles of
``../shared/corpus/id-news`` as plain text, never the held-out ones listed in
``benchmarks/heldout.txt`` — one after another over a kept-alive connection, ``--requests``
each, as LanguageTool clients do (``POST /v2/check``, form fields ``text`` and
``language=id-ID``). Every run is bounded: it stops after ``--max-seconds`` whatever is left,
and the server is stopped after it.

Reported per worker count: requests, errors (any answer but 200, or a connection failure),
median and p95 latency, requests and words per second, and the resident memory of the server
(the parent and its workers: VmRSS summed at the end, VmHWM peak summed).

Only loopback is used (127.0.0.1). The machine's other load changes every wall-clock figure:
compare runs made under the same conditions, and re-run final figures on a quiet machine.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = REPO.parent / "shared" / "corpus" / "id-news"


def articles(limit: int = 200, seed: int = 7) -> list[str]:
    held = set()
    listing = HERE / "heldout.txt"
    if listing.is_file():
        held = {ln.strip() for ln in listing.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")}
    files = sorted(p for p in CORPUS.glob("*.md") if p.name not in held and p.stem not in held)
    if not files:
        raise SystemExit(f"no articles in {CORPUS}")
    random.Random(seed).shuffle(files)
    return [p.read_text(encoding="utf-8") for p in files[:limit]]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tree_memory(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) in kB summed over ``pid`` and its children."""
    pids = [pid]
    try:
        pids += [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        pass
    rss = hwm = 0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    rss += int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm += int(line.split()[1])
        except OSError:
            pass
    return rss, hwm


def post(conn: http.client.HTTPConnection, text: str) -> int:
    body = urllib.parse.urlencode({"text": text, "language": "id-ID"})
    conn.request("POST", "/v2/check", body, {"Content-Type": "application/x-www-form-urlencoded"})
    resp = conn.getresponse()
    resp.read()
    return resp.status


def run(workers: int, clients: int, requests: int, max_seconds: float, texts: list[str]) -> dict:
    port = free_port()
    folder = tempfile.mkdtemp(prefix="sunting-http-load-")
    proc = subprocess.Popen(
        [sys.executable, "-m", "sunting", "serve", "--http", f"127.0.0.1:{port}", "--workers", str(workers),
         "--max-queue", str(clients * 2), "--time-limit", "60", "--access-log", "off"],
        cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 180
        while True:
            if proc.poll() is not None:
                raise SystemExit(f"the server exited: {proc.stderr.read()}")
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                c.request("GET", "/healthz")
                if c.getresponse().status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("the server did not start")
            time.sleep(0.2)
        # warm every worker: each new connection may land on any of them
        for _ in range(workers * 4):
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            post(c, texts[0])
            c.close()
        latencies: list[float] = []
        errors: list[str] = []
        words = [0]
        lock = threading.Lock()
        stop_at = time.monotonic() + max_seconds

        def client(k: int) -> None:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            for i in range(requests):
                if time.monotonic() > stop_at:
                    break
                text = texts[(k * requests + i) % len(texts)]
                t0 = time.perf_counter()
                try:
                    status = post(conn, text)
                except (OSError, http.client.HTTPException) as e:
                    status = 0
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                    with lock:
                        errors.append(type(e).__name__)
                dt = time.perf_counter() - t0
                with lock:
                    if status == 200:
                        latencies.append(dt)
                        words[0] += len(text.split())
                    elif status:
                        errors.append(str(status))
            conn.close()

        threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        rss, hwm = tree_memory(proc.pid)
        lat = sorted(latencies)
        return {
            "workers": workers,
            "clients": clients,
            "requests": len(lat) + len(errors),
            "errors": len(errors),
            "error_kinds": sorted(set(errors)),
            "p50_ms": round(statistics.median(lat) * 1000, 1) if lat else None,
            "p95_ms": round(lat[min(len(lat) - 1, int(0.95 * len(lat)))] * 1000, 1) if lat else None,
            "requests_per_s": round(len(lat) / wall, 2),
            "words_per_s": round(words[0] / wall),
            "rss_mb": round(rss / 1024),
            "peak_rss_mb": round(hwm / 1024),
            "wall_s": round(wall, 1),
        }
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", default="1,2,4")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=25, help="requests per client")
    ap.add_argument("--max-seconds", type=float, default=120, help="a run stops after this, whatever is left")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    texts = articles()
    mean_words = statistics.mean(len(t.split()) for t in texts)
    results = [run(int(w), args.clients, args.requests, args.max_seconds, texts) for w in args.workers.split(",")]
    load = os.getloadavg()[0]
    if args.json:
        print(json.dumps({"articles": len(texts), "mean_words": round(mean_words), "load_1min": load, "runs": results}, indent=2))
        return 0
    print(f"{len(texts)} articles, {mean_words:.0f} words on average; {args.clients} clients; load average {load:.2f}")
    print(f"{'workers':>7} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>7} {'words/s':>8} {'RSS MB':>7} {'peak MB':>8}")
    for r in results:
        print(f"{r['workers']:>7} {r['requests']:>8} {r['errors']:>6} {r['p50_ms']:>8} {r['p95_ms']:>8} "
              f"{r['requests_per_s']:>7} {r['words_per_s']:>8} {r['rss_mb']:>7} {r['peak_rss_mb']:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
