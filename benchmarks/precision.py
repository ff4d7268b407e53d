"""Precision of sunting's default check on real news copy, judged finding by finding.

    .venv/bin/python benchmarks/precision.py                      # dev articles, report + sheet
    .venv/bin/python benchmarks/precision.py --split heldout --sheet build/heldout_sheet.tsv
    .venv/bin/python benchmarks/precision.py --absorb build/precision_sheet.tsv \\
        --into benchmarks/precision/verdicts-dev.tsv              # keep the verdicts filled in

Runs the default packs (every built-in rule, spelling and acronyms included, default levels)
over a split of ``../shared/corpus/id-news`` — ``dev`` (every article not listed in
``benchmarks/heldout.txt``, the default), ``heldout`` (only those, less the few a dev article
repeats byte for byte — ``twins.py``: for the independent judges),
or ``all`` — and

* writes every warning/error and info finding with its context to a **judging sheet** (TSV,
  ``--sheet``, default ``build/precision_sheet.tsv``), carrying over the verdicts already given;
* reads the **verdicts** (``--verdicts``, default ``benchmarks/precision/verdicts*.tsv``): TSV
  rows ``file, start, end, rule, text, suggestion, verdict, suggestion_right, reason`` where
  ``start``/``end`` are code-point offsets into the article, ``verdict`` is ``TRUE`` (a real
  error, or a hint a national newsroom's copy desk would act on, by EYD V and KBBI), ``DEBATABLE``
  (a house choice or a matter editors disagree on) or ``FALSE`` (the text is right), and
  ``suggestion_right`` says whether the *first* suggestion is the right correction (``yes``,
  ``no``, ``na`` when there is none or the finding is not TRUE);
* reports, for warnings (warning and error) and for info, per rule and overall: findings,
  judged, TRUE / DEBATABLE / FALSE, **precision** (TRUE / judged; the lenient figure counts
  DEBATABLE as right too), **false warnings per 1,000 words**, **first suggestion right** (of the
  TRUE findings with a suggestion whose suggestion verdict is current), how many findings have
  **no verdict yet**, how many have a first suggestion that changed since it was judged (the
  suggestion needs a new verdict; the finding's verdict still holds), and the **judged TRUE
  findings no longer reported** (recall lost on the judged articles). A warning with no verdict
  of its own takes the T/F of ``benchmarks/corpus_fp_judged.tsv`` when that file has one (the
  rule authors' judgements, by line and column; ``--no-fallback`` to see only this file's).

A verdict belongs to ``(file, start, end, rule)``: it survives code changes as long as the
finding keeps its span and rule. To judge, fill in the empty ``verdict`` (and
``suggestion_right``, ``reason``) cells of the sheet and ``--absorb`` it into a verdicts file;
rows left empty are ignored. Hints (the lowest level) are not counted: the goals are for
warnings and info.

Goals (issue 13): warning precision ≥ 92 %, false warnings ≤ 0.3 per 1,000 words, info
precision ≥ 60 %, first suggestion right ≥ 85 %. ``--check-goals`` exits 1 when one is missed;
``--strict`` exits 1 when findings have no verdict.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sunting.config import Config  # noqa: E402
from sunting.engine import Engine  # noqa: E402
from sunting.findings import Severity  # noqa: E402
from sunting.text.document import Document, detect_kind  # noqa: E402
from twins import seen_heldout  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "id-news"
HELDOUT = ROOT / "benchmarks" / "heldout.txt"
VERDICTS = ROOT / "benchmarks" / "precision" / "verdicts*.tsv"
FALLBACK = ROOT / "benchmarks" / "corpus_fp_judged.tsv"
VERDICT_FIELDS = ["file", "start", "end", "rule", "text", "suggestion", "verdict", "suggestion_right", "reason"]
SHEET_FIELDS = VERDICT_FIELDS[:6] + ["level", "line", "col"] + VERDICT_FIELDS[6:] + ["message", "context"]
VERDICTS_OK = ("TRUE", "DEBATABLE", "FALSE")
SUGGESTION_OK = ("yes", "no", "na")
GOALS = {"warning_precision": 0.92, "false_per_1k": 0.3, "info_precision": 0.60, "suggestion_right": 0.85}
TIERS = ("warning", "info")
DELETE = "∅"  # a suggestion that deletes the flagged text


def tier_of(severity: Severity) -> str | None:
    if severity >= Severity.WARNING:
        return "warning"
    if severity == Severity.INFO:
        return "info"
    return None


def clean(value: str) -> str:
    """A TSV cell: no tabs, no line breaks (shown as ⏎)."""
    return str(value).replace("\t", " ").replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")


def read_tsv(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines:
        return []
    head = lines[0].split("\t")
    return [dict(zip(head, line.split("\t"))) for line in lines[1:] if line.strip()]


def write_tsv(path: Path, fields: list[str], rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(fields) + "\n")
        for row in rows:
            fh.write("\t".join(clean(row.get(k, "")) for k in fields) + "\n")


def key_of(row: dict) -> tuple[str, int, int, str]:
    return (row["file"], int(row["start"]), int(row["end"]), row["rule"])


#: a rule that took over findings of another: a verdict on the same span and text under the
#: old rule id judges the finding under the new one (EYD.CapitalizedSpelling reports the
#: capitalised slips EYD.Spelling reported until 2026-12-01; EYD.SpellingDoubtful the slips on
#: weak evidence, from session 4)
RENAMED = {"EYD.CapitalizedSpelling": "EYD.Spelling", "EYD.SpellingDoubtful": "EYD.Spelling",
           "EYD.SerialCommaList": "EYD.SerialComma",  # the same comma at the same place, one rule stricter
           # session 7: the lists that go on after their last item left EYD.SerialCommaList
           "EYD.SerialCommaListOpen": "EYD.SerialCommaList"}


#: a rule whose findings now underline more of the sentence, ending where they ended: a verdict
#: on a span inside the new one with the same end judges the same error (EYD.AppositionComma
#: underlined the name's last word until session 5 — ‘Trump’ → ‘Trump,’ — and now the title and
#: the name, first suggesting to drop the comma after the title); its suggestion verdict is stale
WIDENED = {"EYD.AppositionComma"}


def verdict_of(verdicts: "Verdicts", row: dict) -> dict | None:
    v = verdicts.rows.get(key_of(row))
    old = RENAMED.get(row["rule"])
    while v is None and old is not None:  # a rule renamed twice: its verdicts under either id
        v = verdicts.rows.get(key_of(dict(row, rule=old)))
        if v is not None and v.get("text", row["text"]) != row["text"]:
            v = None
        old = RENAMED.get(old)
    if v is None and row["rule"] in WIDENED:
        v = verdicts.widened(row["file"], int(row["start"]), int(row["end"]), row["rule"])
    return v


def split_files(corpus: Path, split: str) -> list[Path]:
    held = set()
    if HELDOUT.is_file():
        held = {ln.strip() for ln in HELDOUT.read_text(encoding="utf-8").splitlines()
                if ln.strip() and not ln.startswith("#")}
    files = sorted(corpus.glob("*.md"))
    if split == "dev":
        return [p for p in files if p.name not in held]
    if split == "heldout":
        seen = seen_heldout(corpus)
        if seen:
            print(f"left out {len(seen)} held-out articles whose text a dev article repeats byte for byte "
                  f"(benchmarks/twins.py): {', '.join(sorted(seen))}", file=sys.stderr)
        return [p for p in files if p.name in held and p.name not in seen]
    return files


def context(doc: Document, start: int, end: int, width: int = 90) -> str:
    src = doc.source
    a = max(0, start - width)
    b = min(len(src), end + width)
    return " ".join((src[a:start] + "[[" + src[start:end] + "]]" + src[end:b]).split())


@dataclass
class Verdicts:
    rows: dict[tuple, dict] = field(default_factory=dict)
    conflicts: int = 0
    bad: list[str] = field(default_factory=list)
    #: (file, line, col, rule, text) → TRUE/FALSE from benchmarks/corpus_fp_judged.tsv, used for
    #: a finding with no verdict of its own (that file judges warnings T/F, no suggestions)
    fallback: dict[tuple, str] = field(default_factory=dict)
    _by_end: dict[tuple, list[dict]] | None = None

    def widened(self, file: str, start: int, end: int, rule: str) -> dict | None:
        """The verdict on a narrower span of ``rule`` that ends at ``end`` inside ``start``–``end``."""
        if self._by_end is None:
            self._by_end = defaultdict(list)
            for (f, _a, b, r), row in self.rows.items():
                if r in WIDENED:
                    self._by_end[(f, b, r)].append(row)
        inside = [row for row in self._by_end.get((file, end, rule), []) if int(row["start"]) >= start]
        return max(inside, key=lambda row: -int(row["start"])) if inside else None

    def load_fallback(self, path: Path) -> None:
        if not path.is_file():
            return
        for row in read_tsv(path):
            v = {"T": "TRUE", "F": "FALSE"}.get(row.get("verdict", "").strip().upper())
            if v:
                key = (row["file"], str(row["line"]), str(row["col"]), row["rule"], row["text"])
                self.fallback[key] = v

    @classmethod
    def load(cls, paths: list[Path]) -> "Verdicts":
        out = cls()
        for path in paths:
            for n, row in enumerate(read_tsv(path), start=2):
                verdict = row.get("verdict", "").strip().upper()
                if not verdict:
                    continue
                sugg = row.get("suggestion_right", "").strip().lower() or "na"
                if verdict not in VERDICTS_OK or sugg not in SUGGESTION_OK:
                    out.bad.append(f"{path.name}:{n}: verdict {verdict!r}, suggestion_right {sugg!r}")
                    continue
                row = dict(row, verdict=verdict, suggestion_right=sugg)
                k = key_of(row)
                old = out.rows.get(k)
                if old is not None and old["verdict"] != verdict:
                    out.conflicts += 1
                out.rows[k] = row
        return out


def run(files: list[Path]):
    """Findings of the default check (warning, error and info) and the prose word count."""
    engine = Engine(Config(root=ROOT))
    words = 0
    found = []
    for path in files:
        doc = Document(path.read_text(encoding="utf-8"), str(path), detect_kind(str(path)))
        words += sum(len(b.words) for b in doc.blocks)
        for f in engine.check(doc):
            tier = tier_of(f.severity)
            if tier is None:
                continue
            line, col = doc.position(f.start)
            found.append({
                "file": path.name, "start": f.start, "end": f.end, "rule": f.rule, "text": f.text,
                "suggestion": first_suggestion(f), "level": f.severity.label,
                "line": line + 1, "col": col + 1, "tier": tier, "message": f.message,
                "context": context(doc, f.start, f.end),
            })
    return found, words


def first_suggestion(f) -> str:
    """The first suggestion as the sheet shows it: ``∅`` for a deletion, empty for none."""
    if not f.suggestions:
        return ""
    return f.suggestions[0] or DELETE


def pct(n: int, d: int) -> str:
    return f"{100.0 * n / d:5.1f} %" if d else "    –  "


def report(found: list[dict], words: int, verdicts: Verdicts, files: list[Path]) -> dict:
    per_k = (lambda n: 1000.0 * n / words) if words else (lambda n: 0.0)
    stats: dict[str, dict[str, Counter]] = {t: defaultdict(Counter) for t in TIERS}
    for row in found:
        c = stats[row["tier"]][row["rule"]]
        c["n"] += 1
        v = verdict_of(verdicts, row)
        if v is None:
            fb = verdicts.fallback.get((row["file"], str(row["line"]), str(row["col"]), row["rule"], clean(row["text"])))
            if fb is not None:
                c["fallback"] += 1
                v = {"verdict": fb, "suggestion_right": "na", "suggestion": row["suggestion"], "reason": "corpus_fp_judged.tsv"}
        if v is None:
            c["unjudged"] += 1
            continue
        row["verdict"], row["suggestion_right"], row["reason"] = v["verdict"], v["suggestion_right"], v.get("reason", "")
        c[v["verdict"]] += 1
        if v["verdict"] == "TRUE" and row["suggestion"]:
            if v.get("suggestion", "") != row["suggestion"]:
                c["sugg_stale"] += 1
                row["suggestion_right"] = ""  # the first suggestion changed: judge it again
            elif v["suggestion_right"] in ("yes", "no"):
                c["sugg_" + v["suggestion_right"]] += 1
    names = {p.name for p in files}
    current = {key_of(r) for r in found}
    current |= {key_of(dict(r, rule=RENAMED[r["rule"]])) for r in found if r["rule"] in RENAMED}
    for r in found:
        if r["rule"] in WIDENED:
            w = verdicts.widened(r["file"], int(r["start"]), int(r["end"]), r["rule"])
            if w is not None:
                current.add(key_of(w))
    lost: Counter = Counter()
    lost_rows = []
    for k, v in verdicts.rows.items():
        if k[0] in names and k not in current and v["verdict"] == "TRUE":
            lost[v["rule"]] += 1
            lost_rows.append(v)

    out: dict = {"articles": len(files), "words": words, "tiers": {}}
    print(f"{len(files)} articles, {words:,} prose words; verdicts: {len(verdicts.rows)} "
          f"({verdicts.conflicts} overridden by a later file with another verdict)")
    for bad in verdicts.bad:
        print(f"  ignored verdict row {bad}")
    for tier in TIERS:
        rules = stats[tier]
        total = Counter()
        for c in rules.values():
            total.update(c)
        print(f"\n{tier.upper()}S{'':22} {'n':>5} {'TRUE':>5} {'DEB':>4} {'FALSE':>5} {'?':>4} "
              f"{'precision':>9} {'lenient':>8} {'sugg ok':>8}")
        for rule, c in sorted(rules.items(), key=lambda kv: (-kv[1]["n"], kv[0])):
            judged = c["TRUE"] + c["DEBATABLE"] + c["FALSE"]
            print(f"  {rule:32} {c['n']:5d} {c['TRUE']:5d} {c['DEBATABLE']:4d} {c['FALSE']:5d} "
                  f"{c['unjudged']:4d} {pct(c['TRUE'], judged):>9} {pct(c['TRUE'] + c['DEBATABLE'], judged):>8} "
                  f"{pct(c['sugg_yes'], c['sugg_yes'] + c['sugg_no']):>8}")
        judged = total["TRUE"] + total["DEBATABLE"] + total["FALSE"]
        summary = {
            "findings": total["n"], "judged": judged, "TRUE": total["TRUE"], "DEBATABLE": total["DEBATABLE"],
            "FALSE": total["FALSE"], "unjudged": total["unjudged"],
            "precision": total["TRUE"] / judged if judged else None,
            "lenient_precision": (total["TRUE"] + total["DEBATABLE"]) / judged if judged else None,
            "false_per_1k": per_k(total["FALSE"]), "per_1k": per_k(total["n"]),
            "suggestion_right": total["sugg_yes"] / (total["sugg_yes"] + total["sugg_no"])
            if total["sugg_yes"] + total["sugg_no"] else None,
            "suggestion_judged": total["sugg_yes"] + total["sugg_no"], "suggestion_stale": total["sugg_stale"],
            "by_rule": {r: dict(c) for r, c in rules.items()},
        }
        out["tiers"][tier] = summary
        print(f"  {'all':32} {total['n']:5d} {total['TRUE']:5d} {total['DEBATABLE']:4d} {total['FALSE']:5d} "
              f"{total['unjudged']:4d} {pct(total['TRUE'], judged):>9} {pct(total['TRUE'] + total['DEBATABLE'], judged):>8} "
              f"{pct(total['sugg_yes'], total['sugg_yes'] + total['sugg_no']):>8}")
        print(f"  {tier} findings per 1,000 words {per_k(total['n']):.2f}; FALSE {tier}s per 1,000 words "
              f"{per_k(total['FALSE']):.3f}; first suggestion stale (needs a new suggestion verdict): "
              f"{total['sugg_stale']}")
    w, i = out["tiers"]["warning"], out["tiers"]["info"]
    # first suggestion right, over both tiers: of the TRUE findings whose suggestion was judged
    judged_suggestions = sum(out["tiers"][t]["suggestion_judged"] for t in TIERS)
    right = sum((out["tiers"][t]["suggestion_right"] or 0) * out["tiers"][t]["suggestion_judged"] for t in TIERS)
    out["suggestion_right"] = right / judged_suggestions if judged_suggestions else None
    out["lost_true"] = dict(lost)
    out["lost_true_rows"] = lost_rows
    print("\nGOALS (issue 13)")
    print(f"  warning precision      {pct(w['TRUE'], w['judged']):>8}   (goal ≥ 92 %)")
    print(f"  false warnings / 1k    {w['false_per_1k']:8.3f}   (goal ≤ 0.3)")
    print(f"  info precision         {pct(i['TRUE'], i['judged']):>8}   (goal ≥ 60 %)")
    print(f"  first suggestion right {pct(round(right), judged_suggestions):>8}   "
          f"(goal ≥ 85 %; {judged_suggestions} judged suggestions)")
    print(f"  findings without a verdict: {w['unjudged']} warnings, {i['unjudged']} info; "
          f"judged by corpus_fp_judged.tsv (T/F only): {sum(c['fallback'] for c in stats['warning'].values())}")
    if lost:
        print(f"  judged TRUE, no longer reported: {sum(lost.values())} "
              + ", ".join(f"{r} {n}" for r, n in lost.most_common()))
        for v in lost_rows[:20]:
            print(f"    {v['file']} {v['start']}-{v['end']} {v['rule']} {v['text']!r}")
    else:
        print("  judged TRUE, no longer reported: 0")
    return out


def goals_met(out: dict) -> bool:
    w, i = out["tiers"]["warning"], out["tiers"]["info"]
    checks = [
        w["precision"] is not None and w["precision"] >= GOALS["warning_precision"],
        w["false_per_1k"] <= GOALS["false_per_1k"],
        i["precision"] is not None and i["precision"] >= GOALS["info_precision"],
        out["suggestion_right"] is not None and out["suggestion_right"] >= GOALS["suggestion_right"],
    ]
    return all(checks)


def absorb(sheet: Path, into: Path) -> int:
    """Merge the filled-in rows of a sheet into a verdicts file (same key: the sheet wins)."""
    rows = {key_of(r): r for r in read_tsv(into)} if into.is_file() else {}
    added = changed = 0
    for r in read_tsv(sheet):
        if not r.get("verdict", "").strip():
            continue
        k = key_of(r)
        new = {f: r.get(f, "") for f in VERDICT_FIELDS}
        new["verdict"] = new["verdict"].strip().upper()
        new["suggestion_right"] = new["suggestion_right"].strip().lower() or "na"
        if k not in rows:
            added += 1
        elif {f: rows[k].get(f, "") for f in VERDICT_FIELDS} != new:
            changed += 1
        rows[k] = new
    ordered = sorted(rows.values(), key=lambda r: (r["file"], int(r["start"]), int(r["end"]), r["rule"]))
    write_tsv(into, VERDICT_FIELDS, ordered)
    print(f"{into}: {added} verdicts added, {changed} changed, {len(ordered)} in all")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("--files", nargs="*", help="only these article file names (of the split)")
    ap.add_argument("--verdicts", nargs="*", help=f"verdict files (default {VERDICTS.relative_to(ROOT)})")
    ap.add_argument("--sheet", default=str(ROOT / "build" / "precision_sheet.tsv"))
    ap.add_argument("--unjudged-only", action="store_true", help="write only findings without a verdict to the sheet")
    ap.add_argument("--json", help="write the figures as JSON here")
    ap.add_argument("--absorb", metavar="SHEET", help="merge a filled-in sheet into --into and stop")
    ap.add_argument("--into", default=str(ROOT / "benchmarks" / "precision" / "verdicts-dev.tsv"))
    ap.add_argument("--no-fallback", action="store_true",
                    help="do not use benchmarks/corpus_fp_judged.tsv for findings without a verdict")
    ap.add_argument("--strict", action="store_true", help="exit 1 when findings have no verdict")
    ap.add_argument("--check-goals", action="store_true", help="exit 1 when a goal of issue 13 is missed")
    args = ap.parse_args(argv)

    if args.absorb:
        return absorb(Path(args.absorb), Path(args.into))
    files = split_files(Path(args.corpus), args.split)
    if args.files:
        wanted = set(args.files)
        files = [p for p in files if p.name in wanted]
    if not files:
        print(f"no articles in {args.corpus} for split {args.split}", file=sys.stderr)
        return 2
    paths = [Path(p) for p in args.verdicts] if args.verdicts is not None else [
        Path(p) for p in sorted(glob.glob(str(VERDICTS)))]
    verdicts = Verdicts.load(paths)
    if not args.no_fallback:
        verdicts.load_fallback(FALLBACK)
    t0 = time.perf_counter()
    found, words = run(files)
    elapsed = time.perf_counter() - t0
    out = report(found, words, verdicts, files)
    out["seconds"] = round(elapsed, 2)
    rows = [r for r in found if not (args.unjudged_only and r.get("verdict"))]
    write_tsv(Path(args.sheet), SHEET_FIELDS, rows)
    print(f"\nsheet: {args.sheet} ({len(rows)} findings; {elapsed:.1f} s to check)")
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    code = 0
    if args.strict and (out["tiers"]["warning"]["unjudged"] or out["tiers"]["info"]["unjudged"]):
        code = 1
    if args.check_goals and not goals_met(out):
        code = 1
    return code


if __name__ == "__main__":
    sys.exit(main())
