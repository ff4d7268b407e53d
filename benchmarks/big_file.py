"""Time and peak memory of ``sunting check`` on one 10 MB file (issue 11's closing figures).

The file is the dev articles of ``../shared/corpus/id-news/`` (the held-out ones listed in
``benchmarks/heldout.txt`` are left out, unread) joined as one Markdown document and
repeated until it is just under 10 MB (``max_file_size``'s default, so it is checked, not
refused). Each measured command is a fresh process: wall time and that process's peak
resident memory (``ru_maxrss`` of ``os.wait4``), median of ``--runs`` runs:

* ``check --format json`` (every finding of the default packs);
* ``check --fix`` on a fresh copy each run (the fixed-point fix under the file lock, then
  the verified write);
* ``check --diff`` (the same fixes, nothing written).

    .venv/bin/python benchmarks/big_file.py               # 3 runs each
    .venv/bin/python benchmarks/big_file.py --runs 1 --mb 2

The machine is shared while engineers work: paired runs on a quiet machine give the
figures to publish.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "id-news"
HELDOUT = ROOT / "benchmarks" / "heldout.txt"


def build(target_bytes: int) -> str:
    held = set(HELDOUT.read_text(encoding="utf-8").split()) if HELDOUT.is_file() else set()
    parts = [p.read_text(encoding="utf-8").strip() for p in sorted(CORPUS.glob("*.md")) if p.name not in held]
    if not parts:
        sys.exit(f"no articles in {CORPUS}")
    out: list[str] = []
    size = 0
    i = 0
    while True:
        piece = parts[i % len(parts)] + "\n\n"
        n = len(piece.encode("utf-8"))
        if size + n > target_bytes:
            break
        out.append(piece)
        size += n
        i += 1
    return "".join(out)


def run(cmd: list[str], cwd: Path) -> tuple[float, int, int]:
    """(seconds, peak RSS in MB, exit status) of one fresh process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - t0
    return took, usage.ru_maxrss // 1024, os.waitstatus_to_exitcode(status)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--mb", type=float, default=10.0, help="file size in MB (1 MB = 1,048,576 bytes)")
    args = ap.parse_args()
    exe = Path(sys.executable).parent / "sunting"
    sunting = [str(exe)] if exe.is_file() else [sys.executable, "-m", "sunting"]
    text = build(int(args.mb * 1024 * 1024) - 1)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        original = work / "original.md"
        original.write_text(text, encoding="utf-8")
        words = len(text.split())
        print(f"file: {original.stat().st_size:,} bytes, {words:,} words, {text.count(chr(10)):,} lines")
        for label, args_ in (("check --format json", ["check", "--format", "json", "-q"]),
                             ("check --fix", ["check", "--fix", "-q"]),
                             ("check --diff", ["check", "--diff", "-q"])):
            times, peaks, codes = [], [], set()
            for _ in range(args.runs):
                f = work / "big.md"
                shutil.copy(original, f)
                took, peak, code = run(sunting + args_ + ["big.md"], work)
                times.append(took)
                peaks.append(peak)
                codes.add(code)
            print(f"{label:22s} median {statistics.median(times):6.1f} s  (runs: "
                  f"{', '.join(f'{t:.1f}' for t in times)})  peak RSS median {statistics.median(peaks):,} MB  "
                  f"exit {sorted(codes)}  {words / statistics.median(times):,.0f} words/s")


if __name__ == "__main__":
    main()
