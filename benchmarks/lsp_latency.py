"""Language-server latency, measured the way an editor sees it (issues 12 and 11).

    .venv/bin/python benchmarks/lsp_latency.py                  # 5,000 and 20,000 words, quiet and busy
    .venv/bin/python benchmarks/lsp_latency.py --words 5000 --no-busy
    .venv/bin/python benchmarks/lsp_latency.py --huge-mb 10     # also: a 10 MB document, exit mid-check
    .venv/bin/python benchmarks/lsp_latency.py --json

Starts ``python -m sunting serve`` over stdio with its own minimal JSON-RPC client
(standard library only), in a temporary folder without ``sunting.yaml`` (all built-in
packs, as for a writer without configuration), and measures for each document size:

* **first diagnostics after open**: ``didOpen`` → first ``publishDiagnostics``, and →
  the complete one (the second publish, when the engine has phases after the paragraph
  phase), plus the server's CPU time up to then;
* **typing a typo**: at the end of the article the benchmark types 30 different
  misspelt words (``--typos``), each after a pasted "Kami melihat", one keystroke (a
  one-character incremental ``didChange``) every ``--interval`` ms, and measures from
  the ``didChange`` of each word's last letter to the *first* publish whose diagnostics
  cover that word: median and p95. Goal on the 2-core machine: p95 ≤ 25 ms quiet, ≤ 50 ms
  with one core busy. The report says how many typos were in the first publish of their
  version (spelling is a paragraph-phase check, so all of them should be);
* **busy**: the same again while a CPU burner (``python -c 'while True: pass'``, started
  and stopped by this script) keeps one core busy (``--no-busy`` skips it);
* **a burst**: ``--burst`` one-character edits spread over the article, sent back to back:
  time from the last one to the first and to the complete publish of the last version;
* **memory**: the server's resident memory (VmRSS) and its peak (VmHWM) at the end.

``--in-process`` measures instead, without a server, the CPU time of what the server does
for each of those keystrokes before its first publish (the prose map of the whole text, the
paragraph phase, the diagnostics): median and p95 per stage. CPU time hardly moves with
the machine's load, so this is the figure to compare before and after a change while the
machine is busy (run it with each checkout's interpreter, same script)::

    .venv/bin/python benchmarks/lsp_latency.py --in-process --words 5000 20000

``--huge-mb N`` adds the closing figures of issue 11: a generated N MB Markdown document
(distinct paragraphs, so no cache helps) — time to its diagnostics and the server's peak
memory — and the time from ``exit`` to the end of the process while a check of that
document is running.

The articles come from ``../shared/corpus/id-news`` (never the held-out ones listed in
``benchmarks/heldout.txt``), concatenated until the word count is reached. The machine
is shared: every wall-clock figure comes with the load average, and the figures that
matter are paired runs (same command, before and after a change) and a re-run on a quiet
machine.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "id-news"
HELDOUT = ROOT / "benchmarks" / "heldout.txt"

#: misspelt common words (one edit each), typed at the end of the article; the ones
#: the engine does not flag in isolation are left out (and reported)
TYPOS = (
    "kebakarn pemerintha masyarakt pembangnan kepolisain menteru presidne ekonmoi anggarn sekolha "
    "rumha petugsa wartwan keteranagn kegiatn pendudku informsai pertemaun kebijkaan bantaun "
    "perekonmian kabupatn provinis nasionla pelayaann kesehtan pendidkan keamaann perdagangna "
    "transportsai lingkungna pertanain perikanna kemiskinn"
).split()


# ---------------------------------------------------------------------- a tiny LSP client
class Client:
    def __init__(self, cmd: list[str], cwd: str, stderr_path: str):
        self.stderr = open(stderr_path, "wb")
        self.t_spawn = time.perf_counter()
        self.proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr)
        self.inbox: queue.Queue = queue.Queue()
        self._id = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put((time.perf_counter(), None))
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            body = out.read(length)
            now = time.perf_counter()
            msg = json.loads(body)
            if "method" in msg and "id" in msg:  # a request from the server: answer it
                items = msg.get("params", {}).get("items", [])
                self._write({"jsonrpc": "2.0", "id": msg["id"], "result": [None] * len(items) if items else None})
                continue
            self.inbox.put((now, msg))

    def _write(self, msg: dict) -> None:
        body = json.dumps(msg, ensure_ascii=False).encode("utf-8")
        with self._lock:
            self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.proc.stdin.flush()

    def request(self, method: str, params) -> int:
        self._id += 1
        self._write({"jsonrpc": "2.0", "id": self._id, "method": method, "params": params})
        return self._id

    def notify(self, method: str, params) -> float:
        """Send a notification; the time it was sent."""
        self._write({"jsonrpc": "2.0", "method": method, "params": params})
        return time.perf_counter()

    def wait(self, pred, timeout: float = 120.0):
        deadline = time.perf_counter() + timeout
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError("no answer from the server")
            t, msg = self.inbox.get(timeout=left)
            if msg is None:
                raise RuntimeError("the server exited")
            if pred(msg):
                return t, msg

    def drain(self) -> None:
        while True:
            try:
                self.inbox.get_nowait()
            except queue.Empty:
                return

    def memory_mb(self) -> tuple[float, float]:
        """(VmRSS, VmHWM) of the server in MB."""
        rss = hwm = 0
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
        except OSError:
            pass
        return round(rss / 1024, 1), round(hwm / 1024, 1)

    def cpu_seconds(self) -> float:
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            return float("nan")

    def close(self) -> int | None:
        try:
            rid = self.request("shutdown", None)
            self.wait(lambda m: m.get("id") == rid, 20)
            self.notify("exit", None)
            return self.proc.wait(20)
        except Exception:
            self.proc.kill()
            self.proc.wait(10)
            return None
        finally:
            self.stderr.close()


def start_server(ws: Path, log: Path) -> Client:
    c = Client([sys.executable, "-m", "sunting", "serve"], str(ws), str(log))
    rid = c.request(
        "initialize",
        {
            "processId": os.getpid(),
            "rootUri": ws.as_uri(),
            "workspaceFolders": [{"uri": ws.as_uri(), "name": ws.name}],
            "capabilities": {
                "general": {"positionEncodings": ["utf-16"]},
                "textDocument": {"publishDiagnostics": {"versionSupport": True}, "synchronization": {}},
                "workspace": {},
            },
        },
    )
    c.wait(lambda m: m.get("id") == rid)
    c.notify("initialized", {})
    return c


# ---------------------------------------------------------------------- documents
def build_document(words: int) -> str:
    """Articles of the shared corpus (not the held-out ones), until ``words`` words."""
    held = set()
    if HELDOUT.exists():
        held = {ln.strip() for ln in HELDOUT.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")}
    if not CORPUS.is_dir():
        raise SystemExit(f"{CORPUS} is not there: the benchmark reads the shared corpus")
    parts: list[str] = []
    count = 0
    for f in sorted(CORPUS.glob("*.md")):
        if f.name in held:
            continue
        text = f.read_text(encoding="utf-8").strip() + "\n"
        parts.append(text)
        count += len(text.split())
        if count >= words:
            break
    return "\n".join(parts)


def generated_document(n_bytes: int) -> str:
    """Distinct paragraphs (no two alike, so no cache helps), at most ``n_bytes`` bytes
    (``max_file_size`` is inclusive: a 10 MB document is checked by default)."""
    parts, size, i = [], 0, 0
    while True:
        p = (
            f"Paragraf {i}: pemerintah kota merubah jadwal rapat anggaran ke-{i} bersama warga desa, "
            f"kata juru bicara Dinas Perhubungan (Dishub) kepada wartawan pada Senin ({i % 28 + 1}/6/2025).\n\n"
        )
        if size + len(p.encode("utf-8")) > n_bytes:
            return "".join(parts)
        parts.append(p)
        size += len(p.encode("utf-8"))
        i += 1


#: pasted before each typed typo
PASTED = " Kami melihat"


def flagged_typos(n: int, rule: str) -> tuple[list[str], list[str]]:
    """The first ``n`` words of TYPOS that the default engine flags (as ``rule``) in a sentence."""
    from sunting.config import Config
    from sunting.engine import Engine
    from sunting.text.document import Document

    engine = Engine(Config())
    ok, not_flagged = [], []
    for w in TYPOS:
        text = f"Kami melihat {w} di sana.\n"
        start = text.index(w)
        found = engine.check(Document(text, None, "markdown"))
        if any(f.rule == rule and f.start == start and f.end == start + len(w) for f in found):
            ok.append(w)
        else:
            not_flagged.append(w)
        if len(ok) == n:
            break
    return ok, not_flagged


# ---------------------------------------------------------------------- measuring
def percentile(values: list[float], p: float) -> float:
    s = sorted(values)
    k = max(0, min(len(s) - 1, round(p / 100 * (len(s) - 1))))
    return s[k]


def publishes_of(uri: str, version: int):
    return lambda m: (
        m.get("method") == "textDocument/publishDiagnostics"
        and m["params"]["uri"] == uri
        and m["params"].get("version") == version
    )


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def covers(diagnostics: list, line: int, start: int, end: int, rule: str) -> bool:
    """Is the typed word flagged as a misspelling: a diagnostic of ``rule`` on exactly its
    range?"""
    for d in diagnostics:
        r = d["range"]
        if d.get("code") == rule and r["start"] == {"line": line, "character": start} and r["end"] == {"line": line, "character": end}:
            return True
    return False


class Burner:
    """One core kept busy for the length of a ``with`` block."""

    def __enter__(self):
        self.proc = subprocess.Popen([sys.executable, "-c", "while True: pass"])
        time.sleep(0.3)
        return self

    def __exit__(self, *exc):
        self.proc.kill()
        self.proc.wait(10)


def run_session(text: str, typos: list[str], interval: float, burst: int, tmp: Path, rule: str = "EYD.Spelling") -> dict:
    ws = tmp / "ws"
    ws.mkdir(exist_ok=True)
    doc_path = ws / "artikel.md"
    doc_path.write_text(text, encoding="utf-8")
    uri = doc_path.as_uri()
    c = start_server(ws, tmp / "server.log")
    out: dict = {"document_words": len(text.split()), "document_chars": len(text)}
    try:
        # -- open: the first publish, and the complete one
        t_open = c.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
        t_first, first = c.wait(publishes_of(uri, 1))
        out["open_to_first_publish_ms"] = round((t_first - t_open) * 1000, 1)
        out["server_cpu_at_first_publish_ms"] = round(c.cpu_seconds() * 1000)
        try:
            t_complete, complete = c.wait(publishes_of(uri, 1), timeout=10)
            out["open_to_complete_publish_ms"] = round((t_complete - t_open) * 1000, 1)
            out["findings_after_open"] = len(complete["params"]["diagnostics"])
        except (TimeoutError, queue.Empty):
            out["open_to_complete_publish_ms"] = out["open_to_first_publish_ms"]
            out["findings_after_open"] = len(first["params"]["diagnostics"])
        time.sleep(0.5)
        c.drain()

        # -- typing typos at the end of the article, before its last full stop (inside a
        #    sentence: no other rule has a reason to flag the typed word)
        lines = text.split("\n")
        line = len(lines) - 1
        while line > 0 and not lines[line].rstrip().endswith("."):
            line -= 1
        col = utf16_len(lines[line].rstrip()[:-1])
        version = 1
        latencies: list[float] = []
        which: list[int] = []  # 1: the typo was in the first publish of its version, 2: in a later one
        misses = 0
        for word in typos:
            # each typo after a pasted "Kami melihat" (as in flagged_typos): thirty unknown
            # words in a row would be a run of foreign text, which spelling rightly skips
            version += 1
            pos = {"line": line, "character": col}
            c.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": {"start": pos, "end": pos}, "text": PASTED}],
            })
            col += len(PASTED)
            time.sleep(interval)
            typed = " " + word
            for k, ch in enumerate(typed):
                version += 1
                pos = {"line": line, "character": col}
                t0 = c.notify("textDocument/didChange", {
                    "textDocument": {"uri": uri, "version": version},
                    "contentChanges": [{"range": {"start": pos, "end": pos}, "text": ch}],
                })
                col += 1
                if k < len(typed) - 1:
                    time.sleep(max(0.0, t0 + interval - time.perf_counter()))
                    continue
                start, end = col - len(word), col
                n = 0
                try:
                    while True:
                        t1, msg = c.wait(publishes_of(uri, version), timeout=5)
                        n += 1
                        if covers(msg["params"]["diagnostics"], line, start, end, rule):
                            latencies.append((t1 - t0) * 1000)
                            which.append(n)
                            break
                except (TimeoutError, queue.Empty):
                    misses += 1
                time.sleep(max(0.0, t0 + interval - time.perf_counter()))
            time.sleep(0.3)  # the writer pauses after the word
            c.drain()
        if latencies:
            out["typo_n"] = len(latencies)
            out["typo_median_ms"] = round(statistics.median(latencies), 1)
            out["typo_p95_ms"] = round(percentile(latencies, 95), 1)
            out["typo_max_ms"] = round(max(latencies), 1)
            out["typo_in_first_publish"] = sum(1 for w in which if w == 1)
        out["typo_not_seen"] = misses

        # -- a burst of edits spread over the article
        if burst:
            prose = [i for i, l in enumerate(lines) if len(l) > 80 and not l.startswith(("#", "|", "-", "*", ">"))]
            data = []
            for k in range(burst):
                version += 1
                li = prose[k % len(prose)]
                pos = {"line": li, "character": 0}
                data.append({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                    "textDocument": {"uri": uri, "version": version},
                    "contentChanges": [{"range": {"start": pos, "end": pos}, "text": "x"}],
                }})
            blob = b"".join(
                b"Content-Length: %d\r\n\r\n" % len(b) + b for b in (json.dumps(m).encode() for m in data)
            )
            with c._lock:
                c.proc.stdin.write(blob)
                c.proc.stdin.flush()
            t_sent = time.perf_counter()
            t_b1, _ = c.wait(publishes_of(uri, version))
            out["burst_edits"] = burst
            out["burst_to_first_publish_ms"] = round((t_b1 - t_sent) * 1000, 1)
            try:
                t_b2, _ = c.wait(publishes_of(uri, version), timeout=30)
                out["burst_to_complete_publish_ms"] = round((t_b2 - t_sent) * 1000, 1)
            except (TimeoutError, queue.Empty):
                out["burst_to_complete_publish_ms"] = None
        out["rss_mb"], out["peak_rss_mb"] = c.memory_mb()
    finally:
        out["exit_status"] = c.close()
    return out


def run_huge(mb: float, tmp: Path) -> dict:
    """A generated ``mb`` MB document: time to its diagnostics, peak memory; then the time
    from ``exit`` to the end of the process while a check of it runs."""
    text = generated_document(int(mb * 1024 * 1024))
    ws = tmp / "huge"
    ws.mkdir(exist_ok=True)
    uri = (ws / "besar.md").as_uri()
    out: dict = {"huge_mb": round(len(text.encode()) / 1048576, 2)}
    c = start_server(ws, tmp / "huge.log")
    try:
        t_open = c.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
        t1, first = c.wait(publishes_of(uri, 1), timeout=1800)
        out["huge_open_to_first_publish_s"] = round(t1 - t_open, 1)
        out["huge_first_publish_diagnostics"] = len(first["params"]["diagnostics"])
        if not first["params"]["diagnostics"]:
            raise SystemExit("the huge document was not checked (larger than max_file_size?)")
        try:
            t2, _ = c.wait(publishes_of(uri, 1), timeout=1800)
            out["huge_open_to_complete_publish_s"] = round(t2 - t_open, 1)
        except (TimeoutError, queue.Empty):
            pass
        out["huge_rss_mb"], out["huge_peak_rss_mb"] = c.memory_mb()
        # a long check again (the whole text replaced by another), then exit in its middle
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                            "contentChanges": [{"text": text.replace("Paragraf", "Bagian")}]})
        time.sleep(3)
        rid = c.request("shutdown", None)
        c.wait(lambda m: m.get("id") == rid, 30)
        t_exit = c.notify("exit", None)
        c.proc.wait(60)
        out["exit_to_process_end_ms"] = round((time.perf_counter() - t_exit) * 1000, 1)
    finally:
        if c.proc.poll() is None:
            c.proc.kill()
            c.proc.wait(10)
        c.stderr.close()
    return out


def run_in_process(text: str, typos: list[str]) -> dict:
    """CPU milliseconds per keystroke of the server's first phase, by stage (see the module
    docstring): the typos typed one character at a time at the end of ``text``, in a process
    that does what the server does around them — the warm-up and its collection, the open
    (all phases) and the idle collection after it, the other phases in the writer's pause
    after each word, the collector settled after each publish — so that the collector and the corrector meet what they meet there
    (the typos were chosen in another process: this one has never seen them)."""
    from sunting.config import Config
    from sunting.engine import Engine, Phase
    from sunting.lsp.diagnostics import to_diagnostics
    from sunting.lsp.positions import LineIndex
    from sunting.lsp.scheduler import WARM_UP_TEXT
    from sunting.text.document import Document

    try:
        from sunting.lsp.collector import IdleCollector
    except ImportError:  # an older checkout (a "before" run): a freeze after the warm-up only
        IdleCollector = None
    engine = Engine(Config())
    engine.check(Document(WARM_UP_TEXT, None, "markdown"))  # the server's warm-up
    collector = IdleCollector() if IdleCollector else None
    if collector:
        collector.collect()
    else:
        gc.collect()
        gc.freeze()
    keep = Document(text, None, "markdown")
    engine.check(keep)  # the open: every phase
    if collector:
        collector.collect()  # idle after the open
    rest_phases = tuple(p for p in engine.phases if p is not Phase.PARAGRAPH)
    in_gc = [0.0, 0.0]  # CPU seconds in the collector, start of the running one
    full: list[float] = []  # CPU ms of each full collection while typing

    def watch(phase: str, info: dict) -> None:
        if phase == "start":
            in_gc[1] = time.process_time()
        else:
            took = time.process_time() - in_gc[1]
            in_gc[0] += took
            if info.get("generation") == 2:
                full.append(took * 1000)

    gc.callbacks.append(watch)
    stages: dict[str, list[float]] = {"prose_map": [], "paragraph_phase": [], "diagnostics": [], "total": [],
                                      "collector": [], "last_key_total": []}
    base = text.rstrip("\n") + "\n\n"
    try:
        for word in typos:
            base += PASTED.strip() + " "
            for k in range(1, len(word) + 1):
                t = base + word[:k] + "\n"
                gc0 = in_gc[0]
                c0 = time.process_time()
                doc = Document(t, None, "markdown")
                _ = doc.blocks
                c1 = time.process_time()
                found = engine.check(doc, phases=(Phase.PARAGRAPH,))
                c2 = time.process_time()
                to_diagnostics(found, LineIndex(t), "utf-16")
                c3 = time.process_time()
                keep = doc  # the server keeps the last result's document
                if collector:
                    collector.settle()  # as the server does after a publish
                for name, v in (("prose_map", c1 - c0), ("paragraph_phase", c2 - c1), ("diagnostics", c3 - c2),
                                ("total", c3 - c0), ("collector", in_gc[0] - gc0)):
                    stages[name].append(v * 1000)
            stages["last_key_total"].append(stages["total"][-1])
            if rest_phases:
                engine.check(keep, phases=rest_phases)  # the writer's pause after the word
                if collector:
                    collector.settle()
            base = base + word + " "
    finally:
        gc.callbacks.remove(watch)
    out: dict = {"document_words": len(text.split()), "keystrokes": len(stages["total"]),
                 "full_collections": len(full), "full_collection_max_ms": round(max(full, default=0), 1)}
    for name, values in stages.items():
        out[f"{name}_median_ms"] = round(statistics.median(values), 2)
        out[f"{name}_p95_ms"] = round(percentile(values, 95), 2)
    return out


def typos_from_another_process(n: int, rule: str) -> tuple[list[str], list[str]]:
    """:func:`flagged_typos`, computed in a child process: the verdicts it caches would
    make the typos known words to this one."""
    code = ("import json, sys; sys.path.insert(0, %r); import lsp_latency as L; "
            "print(json.dumps(L.flagged_typos(%d, %r)))" % (str(Path(__file__).parent), n, rule))
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    ok, not_flagged = json.loads(out.strip().splitlines()[-1])
    return ok, not_flagged


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, nargs="+", default=[5000, 20000])
    ap.add_argument("--typos", type=int, default=30)
    ap.add_argument("--typo-rule", default="EYD.Spelling", help="the rule that flags the typed typos")
    ap.add_argument("--interval", type=int, default=120, help="ms between keystrokes (default 120)")
    ap.add_argument("--burst", type=int, default=1000, help="edits in the burst (0: none)")
    ap.add_argument("--no-busy", action="store_true", help="skip the runs with one core kept busy")
    ap.add_argument("--huge-mb", type=float, default=0, help="also check a generated document of this many MB")
    ap.add_argument("--in-process", action="store_true",
                    help="CPU time per keystroke of the server's first phase, by stage, without a server")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    if args.in_process:
        typos, skipped = typos_from_another_process(args.typos, args.typo_rule)
        load0 = os.getloadavg()[0]
        runs = [run_in_process(build_document(words), typos) for words in args.words]
        if args.json:
            print(json.dumps({"load": [round(load0, 2), round(os.getloadavg()[0], 2)], "runs": runs}, indent=2))
        for r in runs if not args.json else ():
            print(f"{r['document_words']} words, {r['keystrokes']} keystrokes, CPU ms median / p95 (load {load0:.2f} → "
                  f"{os.getloadavg()[0]:.2f}): prose map {r['prose_map_median_ms']} / {r['prose_map_p95_ms']}, "
                  f"paragraph phase {r['paragraph_phase_median_ms']} / {r['paragraph_phase_p95_ms']}, "
                  f"diagnostics {r['diagnostics_median_ms']} / {r['diagnostics_p95_ms']}, "
                  f"total {r['total_median_ms']} / {r['total_p95_ms']}; a word's last key "
                  f"{r['last_key_total_median_ms']} / {r['last_key_total_p95_ms']}; in the collector "
                  f"{r['collector_median_ms']} / {r['collector_p95_ms']} ({r['full_collections']} full collections, the longest {r['full_collection_max_ms']} ms)")
        return 0
    typos, skipped = flagged_typos(args.typos, args.typo_rule)
    results: dict = {"cpus": os.cpu_count(), "typos": len(typos), "typos_not_flagged": skipped, "runs": []}
    tmp = Path(tempfile.mkdtemp(prefix="sunting-lsp-bench-"))
    try:
        for words in args.words:
            text = build_document(words)
            for busy in ([False] if args.no_busy else [False, True]):
                load0 = os.getloadavg()[0]
                if busy:
                    with Burner():
                        r = run_session(text, typos, args.interval / 1000, args.burst, tmp, args.typo_rule)
                else:
                    r = run_session(text, typos, args.interval / 1000, args.burst, tmp, args.typo_rule)
                r.update(busy=busy, load_before=round(load0, 2), load_after=round(os.getloadavg()[0], 2))
                results["runs"].append(r)
                if not args.json:
                    report(r)
        if args.huge_mb:
            h = run_huge(args.huge_mb, tmp)
            results["huge"] = h
            if not args.json:
                print(f"{h['huge_mb']} MB generated document: first publish {h['huge_open_to_first_publish_s']} s "
                      f"({h['huge_first_publish_diagnostics']} diagnostics), complete "
                      f"{h.get('huge_open_to_complete_publish_s')} s; server RSS {h['huge_rss_mb']} MB, "
                      f"peak {h['huge_peak_rss_mb']} MB; exit during a check → process end "
                      f"{h['exit_to_process_end_ms']} ms")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        print(json.dumps(results, indent=2))
    elif skipped:
        print(f"typos not flagged in isolation (left out): {' '.join(skipped)}")
    return 0


def report(r: dict) -> None:
    head = f"{r['document_words']} words, {'one core busy' if r['busy'] else 'quiet'} (load {r['load_before']} → {r['load_after']})"
    print(head)
    print(f"  open → first publish {r['open_to_first_publish_ms']} ms (server CPU {r['server_cpu_at_first_publish_ms']} ms), "
          f"→ complete {r['open_to_complete_publish_ms']} ms, {r['findings_after_open']} findings")
    if "typo_n" in r:
        print(f"  typo typed → first publish covering it: median {r['typo_median_ms']} ms, p95 {r['typo_p95_ms']} ms, "
              f"max {r['typo_max_ms']} ms (n={r['typo_n']}; in the first publish of its version: "
              f"{r['typo_in_first_publish']}; not seen within 5 s: {r['typo_not_seen']})")
    if "burst_edits" in r:
        print(f"  burst of {r['burst_edits']} edits → first publish {r['burst_to_first_publish_ms']} ms, "
              f"complete {r['burst_to_complete_publish_ms']} ms after the last edit")
    print(f"  server memory: RSS {r['rss_mb']} MB, peak {r['peak_rss_mb']} MB; exit status {r['exit_status']}")


if __name__ == "__main__":
    sys.exit(main())
