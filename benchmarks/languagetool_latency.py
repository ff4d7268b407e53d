"""What the real LanguageTool costs sunting: its start-up, and the latency it adds per 1,000
English words.

    .venv/bin/python benchmarks/languagetool_latency.py [--lt-home DIR] [--runs 5] [--words 1000] [--json]

``--lt-home`` is the ``LanguageTool-<version>`` folder ``scripts/install-languagetool.sh``
installs (default: the newest one in ``~/.cache/sunting/languagetool``). The script measures:

* **start-up**, ``--runs`` times: sunting's local start (the backend, through
  language-tool-python's server command) from spawning Java to the first answer of
  ``/v2/languages``, and then the first check (LanguageTool loads its English rules on the
  first request);
* **added latency**: the same English text of ``--words`` words (made up here from a fixed set
  of sentences of this script's own, a few with errors LanguageTool flags) checked by
  ``Engine.check`` with LanguageTool on (``language: en-US``) and off, the backend's answer
  cache cleared before every run; the median difference, scaled to 1,000 words; and the bare
  ``/v2/check`` time of the same text, for comparison, with the CPU time the Java process
  spent on it (from ``/proc``: steadier than wall time on a busy machine).

The machine's other load changes every figure: re-run final figures on a quiet machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

SENTENCES = [
    "The minister said the new budget would reach the provinces before the end of the year.",
    "Officials in the capital confirmed that the road project had been delayed by heavy rain.",
    "Local traders told reporters that prices at the market rose sharply last week.",
    "It was a honest mistake, the spokesperson said when asked about the figures.",
    "The committee will meets again on Thursday to discuss the final report.",
    "Several schools in the district closed early because of the flooding.",
    "Police said they had recieved dozens of complaints about the scheme.",
    "The agency plans to publish its findings in a report next month.",
    "Farmers say the dry season has lasted longer than in previous years.",
    "Their was no official comment from the ministry on Tuesday evening.",
    "The mayor promised that the new hospital would open on schedule.",
    "Analysts expect the central bank to keep interest rates unchanged.",
]


def english_text(words: int, seed: int = 3) -> str:
    rnd = random.Random(seed)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        para = [rnd.choice(SENTENCES) for _ in range(4)]
        count += sum(len(s.split()) for s in para)
        paragraphs.append(" ".join(para))
    return "\n\n".join(paragraphs) + "\n"


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (from /proc): steadier than wall time on a busy machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def default_home() -> Path | None:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sunting" / "languagetool"
    found = sorted(base.glob("LanguageTool-*/languagetool-server.jar"))
    return found[-1].parent if found else None


def startup(home: Path) -> tuple[float, float]:
    from sunting.backends import ltserver

    ltserver.reset()
    server = ltserver.local(str(home), False, None, 180)
    t0 = time.perf_counter()
    server.base_url()  # spawns Java and waits for /v2/languages
    t1 = time.perf_counter()
    server.check({"language": "en-US", "text": "This is a first sentence."}, 120)
    t2 = time.perf_counter()
    ltserver.reset()  # stops it
    return t1 - t0, t2 - t1


def added_latency(home: Path, text: str, runs: int) -> dict:
    from sunting.backends import languagetool, ltserver, notices
    from sunting.config import Config
    from sunting.engine import Engine
    from sunting.text.document import Document

    ltserver.reset()
    cfg_on = Config()
    cfg_on.languagetool = {"jar_dir": str(home), "language": "en-US", "timeout": 120, "startup_timeout": 180}
    on = Engine(cfg_on)
    off = Engine(Config(), rules=on.rules)
    doc_text = text
    on.check(Document(doc_text, "warm.txt", "plain"))  # starts LanguageTool and warms both
    off.check(Document(doc_text, "warm.txt", "plain"))
    server = on.backends[0].server()
    url = server.base_url()
    java_pid = server.proc.pid  # type: ignore[attr-defined]
    t_on, t_off, t_raw, cpu_raw, lt_findings = [], [], [], [], 0
    for i in range(runs):
        # sunting's own checks hit their paragraph cache in both engines alike (warmed above);
        # LanguageTool's answers are cleared: the difference is what LanguageTool adds
        variant = doc_text + f"\nRun {i}.\n"
        languagetool.clear_cache()
        t0 = time.perf_counter()
        found = on.check(Document(variant, f"on{i}.txt", "plain"))
        t_on.append(time.perf_counter() - t0)
        lt_findings = sum(1 for f in found if f.rule.startswith("LanguageTool."))
        t0 = time.perf_counter()
        off.check(Document(variant + " ", f"off{i}.txt", "plain"))
        t_off.append(time.perf_counter() - t0)
        body = urllib.parse.urlencode({"language": "en-US", "text": variant}).encode()
        c0, t0 = cpu_seconds(java_pid), time.perf_counter()
        with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(url + "check", body, 120) as r:
            r.read()
        t_raw.append(time.perf_counter() - t0)
        cpu_raw.append(cpu_seconds(java_pid) - c0)
    notices.drain()
    ltserver.reset()
    return {
        "with_lt_s": statistics.median(t_on),
        "without_lt_s": statistics.median(t_off),
        "raw_check_s": statistics.median(t_raw),
        "raw_cpu_s": statistics.median(cpu_raw),
        "lt_findings": lt_findings,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lt-home", type=Path, default=None)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--words", type=int, default=1000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    home = args.lt_home or default_home()
    if home is None:
        raise SystemExit("no LanguageTool installed: run scripts/install-languagetool.sh first")
    starts = [startup(home) for _ in range(args.runs)]
    text = english_text(args.words)
    words = len(text.split())
    lat = added_latency(home, text, args.runs)
    per_1000 = (lat["with_lt_s"] - lat["without_lt_s"]) * 1000 / words
    out = {
        "languagetool": home.name,
        "startup_to_languages_s": round(statistics.median(s[0] for s in starts), 2),
        "first_check_s": round(statistics.median(s[1] for s in starts), 2),
        "words": words,
        "check_with_lt_s": round(lat["with_lt_s"], 3),
        "check_without_lt_s": round(lat["without_lt_s"], 3),
        "added_ms_per_1000_words": round(per_1000 * 1000),
        "raw_lt_check_ms_per_1000_words": round(lat["raw_check_s"] * 1000 * 1000 / words),
        "lt_cpu_ms_per_1000_words": round(lat["raw_cpu_s"] * 1000 * 1000 / words),
        "lt_findings": lat["lt_findings"],
        "load_1min": round(os.getloadavg()[0], 2),
    }
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        print(f"{home.name}: start-up to /v2/languages {out['startup_to_languages_s']} s (median of {args.runs}), "
              f"first check {out['first_check_s']} s")
        print(f"{words} English words: sunting check {out['check_without_lt_s']} s without LanguageTool, "
              f"{out['check_with_lt_s']} s with it ({out['lt_findings']} LanguageTool findings)")
        print(f"added latency: {out['added_ms_per_1000_words']} ms per 1,000 English words "
              f"(bare /v2/check: {out['raw_lt_check_ms_per_1000_words']} ms per 1,000 words, "
              f"{out['lt_cpu_ms_per_1000_words']} ms of LanguageTool's CPU); "
              f"load average {out['load_1min']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
