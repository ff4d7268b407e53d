"""Spelling check on the shared id-news corpus: false flags, typo recall, speed, memory.

    .venv/bin/python benchmarks/spelling_corpus.py [--corpus ../shared/corpus] [--typos 3000]

Prints:
* flagged words per 1,000 words: warnings (typo, near_miss, runon, rejected) and infos
  (foreign, unknown), split by lower-case / capitalised / ALL-CAPS;
* the 30 most frequent flagged words at warning level (and at info level);
* synthetic single-edit typo recall and first-suggestion accuracy (fixed seed);
* first-paragraph latency (CPU time after import, fresh process), RSS, warm words/s.

Tokenisation is a simple regex (``sunting.lexicon.evaluation.iter_words``) until the
engine tokenizer is used.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))

from sunting.lexicon import get_lexicon  # noqa: E402
from sunting.lexicon.evaluation import corpus_files, iter_words, synthetic_typos  # noqa: E402
from sunting.lexicon.lexicon import check_document  # noqa: E402

WARN = {"typo", "near_miss", "runon", "rejected"}

#: Flagged corpus tokens judged (by reading them in context) to be real errors: typos, words run
#: together by lost spaces (scrape damage), mojibake, and non-standard forms KBBI corrects
#: (``sirine``, ``standarisasi``, ``massif``).  Evaluation labels only — never fed to the lexicon.
#: Any flagged token not listed here counts as a false alarm.
REAL_ERRORS = frozenset("""
    BobbyNasution
    Brigjend Kemendiktisaitek Kemenses Kementeri academika adalahoriginal afell akanngajak
    aktivitasMotoGP anaknnya aplikasiAllIndonesia asalh ataugood atauproduct atausmart atautable
    audensi bagaiamana banso bantuk banyakRp bataliyon bejanji berdasakan bertanggungjawa briliant
    buka-bukaaan cerdan dalambahasa danGolden danmengirimkannya dapatfeedback dariAFP dariAntara
    dariLani dariReuters daridetikFinance daridetikHealth daridetikJabar daridetikNews
    daridetikNewsberikut daridetikSport darioutlookpembayaran darismart dasa dengandetikcom
    dengandetiktravel denganmargin denganskillyang di-reshuflle diRawas
    dibandingkanoutlookpembayaran dibulkan digeladah dihubungidetikJabar dihubungidetikJateng
    dihubungidetikcomSenin diimau dikemukaan dikonfirmasidetikBali dikonfirmasidetikSumut dikuasi
    dikutipdetikFinance dikutipdetikHot dikutipdetikNews dilansirAntara dilansirdetikFinance
    dilansirdetikNews dilansirdetikNewsdariNew dilansirdetikSportdalam dilaporkanSaudi
    ditemuidetikJatengdi diterimadetikBalidari diterimadetikJateng diterimadetiktravel
    ditulisdetikNews diwawancaradetikJabar duahandphonekorban ekarang elemenpuzzleperbaikan elpigi
    frsik geneologi hangatdetikcomdalam harusfriendlykepadaforeign hasilreviewindependen hukan
    iniinsolvendan inim iniupdatepenyidikan inj intitusi investmentitu juklas jura
    jurnalisdetikBaliselengkapnya jurnalisdetikcomselengkapnya juuga juva kalaungejarutang kandunga
    kebijkan keefektivan kemudiaan kepadaTNT kepadadetikBali kepadadetikJabar kepadadetikJateng
    kepadadetikJatengdi kepadadetikSulsel kepadadetikcom kerjaonlineyang kerusahan ketidakdilan
    kiloleter kiraclearmasalah kotakpluspemilihan kseringkali lainsehingga lbu lebel lndeks
    mahasiwa masihstatus massif masyarkat maupunn melakukanreviewterhadap mellaui membangung
    membangunshowroommenggunakan memberika memborbardir memunuhi menapa menfaatkan menfasilitasi
    mengahadapi mengambalikan mengasyikan menggunaka menggunggah menghentkan menjadiconcern
    menjadistanding menjaditriggerbagi menjaditriggeruntuk menyiapkanhotlinepengaduan
    merupakantindaklanjut mnyebabkan oembagian officeitu ompi optimistits padadetikJateng padamoney
    padaquality panasbumi pasa penasaranberapakalori pencegahanForeign penemapatan penerapanGolden
    pengadaanbandwidthinternet pengah pengembagan penggeladahan pengingkatan penyelenggaran
    penyelidikanPPA percayað perntingnya perushaan politick programdetikPagiedisi putusaannya rale
    recoverymerupakan refistribusi relationatau remidi remidial restauran rillis saatberlari
    satunta screenini screenpada sebagaimitra sebagaipenyerbuk seluruhstakeholdersuntuk sertaname
    sirine skorâ sson standarisasi statmen studybersama sukesi sukinah surveionlineyang tecermin
    tepercayadalam terangnnya terendamKampung tersebu tingkatawarenesspublik tourismatau transis
    trukover updadte yakno yelah
""".split())

INFO = {"foreign", "unknown", "informal", "repeated"}

# measured in a fresh process: the peak resident memory of that process alone
HWM = r"""
def hwm():
    # peak RSS of this process image (VmHWM); ru_maxrss would include the parent's peak
    # inherited across fork/exec
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

FIRST_CHECK = r"""
import sys, time, resource
sys.path.insert(0, sys.argv[1])
{hwm}t0 = time.process_time(); w0 = time.perf_counter()
from sunting.lexicon import get_lexicon
from sunting.lexicon.evaluation import iter_words
t1 = time.process_time(); w1 = time.perf_counter()
text = open(sys.argv[2], encoding="utf-8").read()
lex = get_lexicon()
flags = [(w, lex.check_word(w, i).kind) for w, i in iter_words(text)]
t2 = time.process_time(); w2 = time.perf_counter()
import json
print(json.dumps({"import_cpu": t1 - t0, "first_check_cpu": t2 - t1, "first_check_wall": w2 - w1,
                  "words": len(flags), "flags": [f for f in flags if f[1] != "ok"],
                  "rss_mb": hwm()}))
"""


ENGINE_FIRST_CHECK = r"""
import sys, time, resource, json
sys.path.insert(0, sys.argv[1])
{hwm}from sunting.config import Config
from sunting.engine import Engine
from sunting.loader import parse_rule
from sunting.text import Document
rule = parse_rule("type: spelling\nlevel: warning\nmessage: m\n", "Bench/Spelling.yml", "Bench.Spelling")
t0 = time.process_time(); w0 = time.perf_counter()
engine = Engine(Config(), rules=[rule])
findings = engine.check(Document(open(sys.argv[2], encoding="utf-8").read()))
t1 = time.process_time(); w1 = time.perf_counter()
print(json.dumps({"cpu": t1 - t0, "wall": w1 - w0, "findings": [f.text for f in findings],
                  "rss_mb": hwm()}))
"""
FIRST_CHECK, ENGINE_FIRST_CHECK = (t.replace("{hwm}", HWM.lstrip("\n")) for t in (FIRST_CHECK, ENGINE_FIRST_CHECK))


def engine_measurements(texts: list[str]) -> str | None:
    """First check through the engine (fresh process) and warm engine throughput, if the
    engine is importable."""
    try:
        from sunting.config import Config
        from sunting.engine import Engine
        from sunting.loader import parse_rule
        from sunting.text import Document
    except ImportError:
        return None
    tmp = Path("/tmp/sunting-first-paragraph.txt")
    out = subprocess.run([sys.executable, "-c", ENGINE_FIRST_CHECK, str(ROOT / "server"), str(tmp)],
                         capture_output=True, text=True)
    first = json.loads(out.stdout) if out.returncode == 0 else {"error": out.stderr[-300:]}
    rule = parse_rule("type: spelling\nlevel: warning\nmessage: m\n", "Bench/Spelling.yml", "Bench.Spelling")
    engine = Engine(Config(), rules=[rule])
    for text in texts:  # cold pass fills the lexicon caches
        engine.check(Document(text, "a.md", "markdown"))
    words = 0
    t0 = time.process_time()
    for text in texts:
        doc = Document(text, "a.md", "markdown")
        engine.check(doc)
        words += sum(len(b.words) for b in doc.blocks)
    dt = time.process_time() - t0
    return (f"engine (spelling rule only): first check of one paragraph in a fresh process "
            f"{first.get('cpu', float('nan')):.3f} s CPU after import ({first.get('wall', float('nan')):.3f} s wall), "
            f"RSS {first.get('rss_mb', float('nan')):.0f} MB, findings {first.get('findings', first)}; "
            f"warm re-check of the corpus {words / dt:,.0f} words/s (new Document each time: parsing, "
            f"tokenizing, sentences included)")


def shape(w: str) -> str:
    if w.isupper() and len(w) > 1:
        return "ACR"
    if w[:1].isupper():
        return "Cap"
    return "lower"


def first_paragraph_latency(corpus: Path) -> dict:
    para = corpus / "first-paragraph.txt"
    tmp = Path("/tmp/sunting-first-paragraph.txt")
    src = corpus / "seed" / "seed-article.txt"
    text = src.read_text(encoding="utf-8")
    paras = [p for p in text.split("\n\n") if len(p.split()) > 30]
    tmp.write_text(paras[0] if paras else text[:800], encoding="utf-8")
    del para
    out = subprocess.run([sys.executable, "-c", FIRST_CHECK, str(ROOT / "server"), str(tmp)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--typos", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=20251127)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--dump", type=Path, help="write every flagged token with its verdict as TSV")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="override a Lexicon class setting, e.g. --set TYPO_MIN_COUNT=1500")
    ap.add_argument("--no-first", action="store_true", help="skip the fresh-process latency measurement")
    args = ap.parse_args()
    from sunting.lexicon.lexicon import Lexicon
    for item in args.set:
        name, _, value = item.partition("=")
        setattr(Lexicon, name, None if value == "None" else int(value))
    corpus = args.corpus
    files = corpus_files(corpus / "id-news")
    if not files:
        sys.exit(f"no corpus at {corpus}")

    first = None if args.no_first else first_paragraph_latency(corpus)
    if first:
        print(f"first check of one paragraph ({first['words']} words), fresh process: "
          f"import {first['import_cpu']:.3f} s CPU, check {first['first_check_cpu']:.3f} s CPU "
          f"({first['first_check_wall']:.3f} s wall), RSS {first['rss_mb']:.0f} MB; flags {first['flags']}")

    texts = [f.read_text(encoding="utf-8") for f in files]
    lex = get_lexicon()
    t0 = time.process_time()
    docs = [list(iter_words(text)) for text in texts]
    tokens = [tok for doc in docs for tok in doc]
    t_tok = time.process_time() - t0
    t0 = time.process_time()
    verdicts = [v for doc in docs for v in check_document(lex, doc)]
    t_cold = time.process_time() - t0
    t0 = time.process_time()
    for w, i in tokens:
        lex.check_word(w, i)
    t_warm = time.process_time() - t0
    t0 = time.process_time()
    for text in texts:
        for w, i in iter_words(text):
            lex.check_word(w, i)
    t_warm_tok = time.process_time() - t0

    words = sum(1 for w, _ in tokens if not any(c.isdigit() for c in w))
    counts_all = Counter(w for w, _ in tokens)
    per = 1000.0 / words
    by = {(lvl, sh): 0 for lvl in ("warn", "info") for sh in ("lower", "Cap", "ACR")}
    warn_c: Counter = Counter()
    info_c: Counter = Counter()
    kinds: Counter = Counter()
    examples: dict[str, tuple[str, ...]] = {}
    for (w, _), v in zip(tokens, verdicts):
        if v.kind == "ok":
            continue
        kinds[v.kind] += 1
        lvl = "warn" if v.kind in WARN else "info"
        by[(lvl, shape(w))] += 1
        (warn_c if lvl == "warn" else info_c)[w] += 1
        examples[w] = (v.kind,) + v.suggestions[:3]
    nwarn = sum(warn_c.values())
    false_c = Counter({w: c for w, c in warn_c.items() if w not in REAL_ERRORS})
    nfalse = sum(false_c.values())
    print(f"\ncorpus: {len(files)} articles, {words} words (tokens without digits), "
          f"{len(set(w for w, _ in tokens))} distinct forms")
    print(f"warnings: {nwarn} = {nwarn * per:.2f} per 1,000 words "
          f"(lower {by[('warn', 'lower')] * per:.2f}, Cap {by[('warn', 'Cap')] * per:.2f}, "
          f"ACR {by[('warn', 'ACR')] * per:.2f}); distinct {len(warn_c)}")
    print(f"false alarms (warnings on tokens not judged real errors): {nfalse} = {nfalse * per:.2f} per 1,000 words; "
          f"real errors warned: {nwarn - nfalse} tokens; real errors missed or info only: "
          f"{sorted(w for w in REAL_ERRORS if w not in warn_c and counts_all[w])}")
    ninfo = sum(info_c.values())
    print(f"infos:    {ninfo} = {ninfo * per:.2f} per 1,000 words "
          f"(lower {by[('info', 'lower')] * per:.2f}, Cap {by[('info', 'Cap')] * per:.2f}, "
          f"ACR {by[('info', 'ACR')] * per:.2f}); by kind {dict(kinds)}")
    print(f"\ntop {args.top} warnings (count word -> kind, suggestions; R = judged a real error):")
    for w, c in warn_c.most_common(args.top):
        print(f"  {c:4d} {'R' if w in REAL_ERRORS else '-'} {w} -> {', '.join(examples[w])}")
    print(f"\ntop {args.top} false alarms: " + ", ".join(f"{w} ({c}, {examples[w][0]})" for w, c in false_c.most_common(args.top)))
    print(f"\ntop {args.top} infos:")
    print("  " + ", ".join(f"{w} ({c}, {examples[w][0]})" for w, c in info_c.most_common(args.top)))
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for w, c in sorted(warn_c.items(), key=lambda x: (-x[1], x[0])):
                fh.write(f"warn\t{c}\t{w}\t{' '.join(examples[w])}\n")
            for w, c in sorted(info_c.items(), key=lambda x: (-x[1], x[0])):
                fh.write(f"info\t{c}\t{w}\t{' '.join(examples[w])}\n")

    # synthetic typos
    counts: Counter = Counter(w for w, _ in tokens)
    pairs = synthetic_typos(counts, n=args.typos, seed=args.seed, accept=lex.is_known)
    t0 = time.process_time()
    warned = anyflag = first_right = real_word = nonword = nonword_warned = nonword_first = 0
    misses: Counter = Counter()
    for typo, orig in pairs:
        v = lex.check_word(typo)
        if lex.is_known(typo):
            real_word += 1
        else:
            nonword += 1
        if v.kind in WARN:
            warned += 1
            nonword_warned += not lex.is_known(typo)
        else:
            misses[f"{typo}<{orig}:{v.kind}"] += 1
        if v.kind != "ok":
            anyflag += 1
        if v.suggestions and v.suggestions[0].lower() == orig:
            first_right += 1
            nonword_first += not lex.is_known(typo)
    t_typo = time.process_time() - t0
    n = len(pairs)
    print(f"\nsynthetic typos: {n} (seed {args.seed}, words of 4+ letters drawn by frequency)")
    print(f"  recall (warning): {warned / n:.1%}   flagged at any level: {anyflag / n:.1%}   "
          f"first suggestion right: {first_right / n:.1%}")
    print(f"  typos that are real words: {real_word} ({real_word / n:.1%}); over non-word typos: "
          f"recall {nonword_warned / max(1, nonword):.1%}, first right {nonword_first / max(1, nonword):.1%}")
    print(f"  {n / t_typo:.0f} typos/s (cold, with suggestions)")
    print("  sample misses: " + ", ".join(list(misses)[:25]))

    eng = engine_measurements(texts)
    if eng:
        print("\n" + eng)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nspeed: tokenise {len(tokens) / t_tok:,.0f} tok/s; check cold {len(tokens) / t_cold:,.0f} tok/s; "
          f"check warm {len(tokens) / t_warm:,.0f} tok/s; tokenise+check warm {len(tokens) / t_warm_tok:,.0f} tok/s")
    print(f"RSS after everything: {rss:.0f} MB")


if __name__ == "__main__":
    main()
