"""Throughput of ``sunting check`` against textlint + textlint-rule-prh, side by side.

    .venv/bin/python benchmarks/throughput.py [--runs 3] [--cold-runs 10] [--min-words 1000000]

What it does (everything it writes goes to benchmarks/.work/, which git ignores):

1. Builds a corpus of at least ``--min-words`` words (whitespace-separated) by copying the
   shared articles (../shared/corpus/id-news/*.md) as many times as needed.
2. Loads the same substitution entries into both tools: every unambiguous pair of
   ../shared/reference/baku.tsv (877 today), topped up with synthetic pairs if fewer than
   ``--entries``. sunting gets them as a project pack (``Bench/Substitutions.yml``) on
   top of all the default packs; textlint gets them as a prh YAML dictionary
   (case-insensitive, word boundaries, as sunting matches).
3. Runs ``sunting check --format json`` over the corpus (the default parallel processes,
   and ``-j 1``), and ``textlint --format json`` over the same files, ``--runs`` times
   each, and reports the median words per second of each and their ratio.
   sunting's per-paragraph cache is switched off for these runs, so repeated copies of an
   article are checked afresh every time (a conservative figure).
4. Times a cold ``sunting check`` of a 2,000-word file (a fresh process each time,
   default packs, text output): the median of ``--cold-runs``.

textlint is installed with npm into benchmarks/.work/ on first use (``--no-textlint``
skips it). Results are printed and written to benchmarks/.work/throughput.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORK = HERE / ".work"
TEXTLINT_PACKAGES = ["textlint@15", "textlint-rule-prh@6"]

# sunting's CLI with the per-paragraph cache off (fork-started workers inherit it)
NO_CACHE_MAIN = (
    "import sys, sunting.engine as e; e.BLOCK_CACHE_SIZE = 0; "
    "from sunting.cli import main; sys.exit(main(sys.argv[1:]))"
)


def shared_dir(arg: str | None) -> Path:
    for cand in [Path(arg)] if arg else [REPO.parent / "shared", REPO / "shared"]:
        if (cand / "corpus" / "id-news").is_dir():
            return cand.resolve()
    sys.exit("benchmarks/throughput.py: ../shared (corpus/id-news) not found; pass --shared")


# ------------------------------------------------------------------ inputs
def load_entries(shared: Path, minimum: int) -> tuple[list[tuple[str, str]], int]:
    entries: list[tuple[str, str]] = []
    seen = set()
    with open(shared / "reference" / "baku.tsv", encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        col = {name: i for i, name in enumerate(header)}
        for line in fh:
            row = line.rstrip("\n").split("\t")
            if len(row) < 2 or not row[0] or not row[1]:
                continue
            if len(row) > col.get("ambiguous", 99) and row[col["ambiguous"]].strip() == "yes":
                continue
            wrong, right = row[0].strip(), row[1].strip()
            if wrong.lower() in seen or wrong == right:
                continue
            seen.add(wrong.lower())
            entries.append((wrong, right))
    real = len(entries)
    i = 0
    while len(entries) < minimum:  # synthetic pairs that never occur in the corpus
        entries.append((f"zqxsalah{i}", f"zqxbenar{i}"))
        i += 1
    return entries, real


def build_corpus(shared: Path, min_words: int) -> tuple[Path, list[Path], int, int]:
    articles = sorted((shared / "corpus" / "id-news").glob("*.md"))
    texts = [(a.name, a.read_text(encoding="utf-8")) for a in articles]
    per_copy = sum(len(t.split()) for _, t in texts)
    copies = max(1, -(-min_words // per_copy))
    root = WORK / "corpus"
    stamp = root / f".built-{copies}x-{len(texts)}"
    if not stamp.exists():
        shutil.rmtree(root, ignore_errors=True)
        for c in range(copies):
            d = root / f"copy{c:02d}"
            d.mkdir(parents=True)
            for name, text in texts:
                (d / name).write_text(text, encoding="utf-8")
        stamp.write_text("")
    files = sorted(root.glob("copy*/*.md"))
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in files)
    return root, files, words, copies


def write_sunting_config(entries) -> Path:
    import yaml

    d = WORK / "sunting-bench"
    pack = d / "styles" / "Bench"
    pack.mkdir(parents=True, exist_ok=True)
    rule = {
        "type": "substitution",
        "level": "warning",
        "message": "Bentuk baku: ‘{suggestion}’, bukan ‘{match}’.",
        "swap": {w: r for w, r in entries},
    }
    (pack / "Substitutions.yml").write_text(yaml.safe_dump(rule, allow_unicode=True, sort_keys=False), encoding="utf-8")
    cfg = d / "sunting.yaml"
    cfg.write_text("# all built-in packs, plus the benchmark's substitution pack\npaths: [styles]\n", encoding="utf-8")
    return cfg


def write_textlint_config(entries) -> Path:
    import yaml

    d = WORK
    rules = []
    for wrong, right in entries:
        pattern = "/" + _js_escape(wrong).replace(" ", "\\s+") + "/i"
        rules.append({"expected": right, "pattern": pattern, "options": {"wordBoundary": True}})
    (d / "prh.yml").write_text(yaml.safe_dump({"version": 1, "rules": rules}, allow_unicode=True, sort_keys=False),
                               encoding="utf-8")
    rc = d / ".textlintrc.json"
    rc.write_text(json.dumps({"rules": {"prh": {"rulePaths": [str(d / "prh.yml")]}}}, indent=2), encoding="utf-8")
    return rc


def _js_escape(s: str) -> str:
    out = []
    for ch in s:
        out.append("\\" + ch if ch in "\\^$.*+?()[]{}|/" else ch)
    return "".join(out)


def ensure_textlint() -> Path | None:
    bin_ = WORK / "node_modules" / "textlint" / "bin" / "textlint.js"
    if bin_.is_file() and (WORK / "node_modules" / "textlint-rule-prh").is_dir():
        return bin_
    if not shutil.which("npm") or not shutil.which("node"):
        print("textlint: node/npm not found; skipping the peer", file=sys.stderr)
        return None
    WORK.mkdir(parents=True, exist_ok=True)
    pkg = WORK / "package.json"
    if not pkg.exists():
        pkg.write_text('{"name": "sunting-bench-peers", "private": true}\n')
    print(f"installing {' '.join(TEXTLINT_PACKAGES)} into {WORK} …", file=sys.stderr)
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent", *TEXTLINT_PACKAGES], cwd=WORK, check=True)
    return bin_ if bin_.is_file() else None


# ------------------------------------------------------------------ runs
def _child_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


LAST_CPU = [0.0]


def timed(cmd: list[str], cwd: Path, out: Path | None = None, env: dict | None = None) -> tuple[float, int]:
    """Wall seconds (and, in LAST_CPU, the CPU seconds of the process and its children)."""
    c0 = _child_cpu()
    t0 = time.perf_counter()
    with open(out or os.devnull, "wb") as fh:
        proc = subprocess.run(cmd, cwd=cwd, stdout=fh, stderr=subprocess.PIPE, env=env)
    dt = time.perf_counter() - t0
    LAST_CPU[0] = _child_cpu() - c0
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd[:4])} … failed ({proc.returncode}):\n{proc.stderr.decode(errors='replace')[-3000:]}")
    return dt, proc.returncode


def sunting_cmd(args: list[str]) -> list[str]:
    return [sys.executable, "-c", NO_CACHE_MAIN, *args]


def count_sunting(path: Path) -> int:
    return len(json.loads(path.read_text(encoding="utf-8")))


def count_textlint(path: Path) -> int:
    return sum(len(f["messages"]) for f in json.loads(path.read_text(encoding="utf-8")))


def make_2000_word_file(shared: Path) -> Path:
    paras: list[str] = []
    words = 0
    for a in sorted((shared / "corpus" / "id-news").glob("*.md")):
        for para in a.read_text(encoding="utf-8").split("\n\n"):
            if para.startswith("#") or not para.strip():
                continue
            n = len(para.split())
            if words + n > 2000:
                para = " ".join(para.split()[: 2000 - words])
                n = 2000 - words
            paras.append(para.strip())
            words += n
            if words >= 2000:
                break
        if words >= 2000:
            break
    d = WORK / "cold"
    d.mkdir(parents=True, exist_ok=True)
    f = d / "artikel-2000.md"
    f.write_text("# Artikel uji\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
    return f


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=None, help="the shared folder (default ../shared)")
    ap.add_argument("--min-words", type=int, default=1_000_000)
    ap.add_argument("--entries", type=int, default=500, help="at least this many substitution entries")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cold-runs", type=int, default=10)
    ap.add_argument("--no-textlint", action="store_true")
    ap.add_argument("--no-single", action="store_true", help="skip the sunting -j 1 runs")
    ap.add_argument("--cold-only", action="store_true", help="only the cold 2,000-word check")
    args = ap.parse_args()

    shared = shared_dir(args.shared)
    WORK.mkdir(parents=True, exist_ok=True)
    entries, real_entries = load_entries(shared, args.entries)
    corpus, files, words, copies = build_corpus(shared, args.min_words)
    cfg = write_sunting_config(entries)
    print(f"corpus: {len(files)} files, {words:,} words ({copies} copies of the shared articles)")
    print(f"entries: {len(entries)} substitution pairs ({real_entries} from baku.tsv, "
          f"{len(entries) - real_entries} synthetic)")
    cpus = os.cpu_count() or 1
    results: dict = {"words": words, "files": len(files), "entries": len(entries), "entries_real": real_entries,
                     "cpus": cpus, "python": platform.python_version()}

    if args.cold_only:
        results["cold_2000_words"] = cold_check(shared, cfg, args.cold_runs)
        report_cold(results, len(entries))
        return 0

    # ---- sunting, default parallelism and one process
    variants = [("sunting", [])] + ([] if args.no_single else [("sunting -j1", ["-j", "1"])])
    for label, extra in variants:
        times, cpu = [], []
        out = WORK / "sunting.json"
        for i in range(args.runs):
            dt, _ = timed(sunting_cmd(["check", "--config", str(cfg), "--format", "json", "-q", *extra, str(corpus)]),
                          REPO, out)
            times.append(dt)
            cpu.append(LAST_CPU[0])
            print(f"  {label:<12} run {i + 1}: {dt:7.2f} s  {words / dt:>12,.0f} words/s  (CPU {LAST_CPU[0]:.2f} s)",
                  flush=True)
        med = statistics.median(times)
        results[label] = {"seconds": times, "median_s": med, "words_per_s": words / med,
                          "cpu_seconds": cpu, "words_per_cpu_s": words / statistics.median(cpu),
                          "findings": count_sunting(out)}

    # one copy only (every word form new to the process: no help from per-word caches)
    one = corpus / "copy00"
    one_words = sum(len(p.read_text(encoding="utf-8").split()) for p in one.glob("*.md"))
    times = []
    for _ in range(args.runs):
        dt, _ = timed(sunting_cmd(["check", "--config", str(cfg), "--format", "json", "-q", "-j", "1", str(one)]),
                      REPO, WORK / "sunting-copy00.json")
        times.append(LAST_CPU[0])
    results["sunting one copy -j1"] = {"words": one_words, "cpu_seconds": times,
                                       "words_per_cpu_s": one_words / statistics.median(times)}
    print(f"  sunting, one copy ({one_words:,} words), -j1: {one_words / statistics.median(times):,.0f} words/CPU-s",
          flush=True)

    # the substitution pack alone, for comparing what the two tools find
    dt, _ = timed(sunting_cmd(["check", "--config", str(cfg), "--format", "json", "-q", "--select", "Bench",
                               str(corpus / "copy00")]), REPO, WORK / "sunting-bench-only.json")
    results["sunting_bench_pack_findings_copy00"] = count_sunting(WORK / "sunting-bench-only.json")

    # ---- textlint + prh
    textlint = None if args.no_textlint else ensure_textlint()
    if textlint:
        rc = write_textlint_config(entries)
        version = subprocess.run(["node", str(textlint), "--version"], capture_output=True, text=True).stdout.strip()
        results["textlint_version"] = version
        times, cpu = [], []
        out = WORK / "textlint.json"
        cmd = ["node", str(textlint), "--config", str(rc), "--format", "json", "-o", str(out), str(corpus)]
        for i in range(args.runs):
            dt, _ = timed(cmd, WORK)
            times.append(dt)
            cpu.append(LAST_CPU[0])
            print(f"  {'textlint+prh':<12} run {i + 1}: {dt:7.2f} s  {words / dt:>12,.0f} words/s  "
                  f"(CPU {LAST_CPU[0]:.2f} s)", flush=True)
        med = statistics.median(times)
        results["textlint+prh"] = {"seconds": times, "median_s": med, "words_per_s": words / med,
                                   "cpu_seconds": cpu, "words_per_cpu_s": words / statistics.median(cpu),
                                   "findings": count_textlint(out)}
        timed(["node", str(textlint), "--config", str(rc), "--format", "json", "-o",
               str(WORK / "textlint-copy00.json"), str(corpus / "copy00")], WORK)
        results["textlint one copy"] = {"words": one_words, "cpu_seconds": [LAST_CPU[0]],
                                        "words_per_cpu_s": one_words / LAST_CPU[0]}
        results["textlint_findings_copy00"] = count_textlint(WORK / "textlint-copy00.json")

    results["cold_2000_words"] = cold_check(shared, cfg, args.cold_runs)

    # ---- report
    print()
    load = os.getloadavg()[0]
    print(f"{'':<14}{'median s':>10}{'words/s':>14}{'words/CPU-s':>14}{'findings':>10}")
    for label in ("sunting", "sunting -j1", "textlint+prh"):
        if label in results:
            r = results[label]
            print(f"{label:<14}{r['median_s']:>10.2f}{r['words_per_s']:>14,.0f}{r['words_per_cpu_s']:>14,.0f}"
                  f"{r['findings']:>10,}")
    if "textlint+prh" in results:
        tl = results["textlint+prh"]["words_per_s"]
        results["ratio"] = results["sunting"]["words_per_s"] / tl
        print(f"ratio sunting / textlint+prh (words/s): {results['ratio']:.2f}x  (goal ≥ 3x)")
        if "sunting -j1" in results:
            results["ratio_j1"] = results["sunting -j1"]["words_per_s"] / tl
            print(f"ratio sunting -j1 / textlint+prh (one process each): {results['ratio_j1']:.2f}x")
        results["ratio_cpu"] = results["sunting"]["words_per_cpu_s"] / results["textlint+prh"]["words_per_cpu_s"]
        print(f"ratio of words per CPU-second: {results['ratio_cpu']:.2f}x")
        results["ratio_one_copy_cpu"] = (results["sunting one copy -j1"]["words_per_cpu_s"]
                                         / results["textlint one copy"]["words_per_cpu_s"])
        print(f"one copy only ({results['sunting one copy -j1']['words']:,} words, every word form new): "
              f"{results['sunting one copy -j1']['words_per_cpu_s']:,.0f} vs "
              f"{results['textlint one copy']['words_per_cpu_s']:,.0f} words/CPU-s, "
              f"ratio {results['ratio_one_copy_cpu']:.2f}x")
        print(f"substitution findings on one copy: sunting Bench pack {results['sunting_bench_pack_findings_copy00']}, "
              f"textlint+prh {results['textlint_findings_copy00']}")
    results["loadavg_1min_at_end"] = load
    print(f"{cpus} CPUs; 1-minute load average at the end: {load:.2f} (other work on the machine slows wall times)")
    report_cold(results, len(entries))
    (WORK / "throughput.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


def cold_check(shared: Path, cfg: Path, runs: int) -> dict:
    """A fresh ``sunting check`` process on a 2,000-word Markdown file, ``runs`` times.

    A pip install compiles bytecode; a machine with PYTHONDONTWRITEBYTECODE=1 (this one)
    may have none, so it is compiled first (into __pycache__, which git ignores). The
    figure without bytecode (every module compiled from source on each start) is shown too.
    """
    import compileall
    import sysconfig
    import tempfile

    import sunting

    compileall.compile_dir(str(Path(sunting.__file__).parent), quiet=1)
    compileall.compile_dir(sysconfig.get_paths()["purelib"], quiet=1, workers=0)
    f = make_2000_word_file(shared)
    words = len(f.read_text(encoding="utf-8").split())
    exe = Path(sys.executable).parent / "sunting"
    base = [str(exe)] if exe.is_file() else [sys.executable, "-m", "sunting"]
    timed(base + ["check", f.name], f.parent)  # warm the OS file cache

    def series(cmd, env=None):
        times, cpu = [], []
        for _ in range(runs):
            dt, _ = timed(cmd, f.parent, env=env)
            times.append(dt)
            cpu.append(LAST_CPU[0])
        return times, cpu

    wall, cpu = series(base + ["check", f.name])
    bench_wall, _ = series(base + ["check", "--config", str(cfg), f.name])
    with tempfile.TemporaryDirectory() as empty:
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=empty)
        src_wall, _ = series(base + ["check", f.name], env)
    return {"words": words, "seconds": wall, "median_s": statistics.median(wall),
            "cpu_median_s": statistics.median(cpu),
            "with_bench_pack_median_s": statistics.median(bench_wall),
            "without_bytecode_median_s": statistics.median(src_wall)}


def report_cold(results: dict, n_entries: int) -> None:
    c = results["cold_2000_words"]
    print(f"cold `sunting check` of a {c['words']:,}-word file (default packs): median {c['median_s']:.3f} s wall, "
          f"{c['cpu_median_s']:.3f} s CPU, over {len(c['seconds'])} runs (goal < 0.4 s)")
    print(f"  with the {n_entries}-entry pack too: {c['with_bench_pack_median_s']:.3f} s; "
          f"without compiled bytecode: {c['without_bytecode_median_s']:.3f} s")


if __name__ == "__main__":
    sys.exit(main())
