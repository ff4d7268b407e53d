"""``sunting learn`` end to end (issue 15.5): a small archive the test writes, the house lexicon
it produces (format, counts, misspellings, context, incremental update), and its use by
``sunting check`` — as a subprocess, the way a newsroom runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sunting.config import load_config
from sunting.engine import Engine
from sunting.lexicon.learn import FILE_NAME, HouseLexicon, learn_archive, report
from sunting.text import Document

ARTICLE = """# Banjir di {place}

Kapolres {place} AKBP Trunoyudo meninjau lokasi banjir, Senin (2/6/2025). Trunoyudo
mengatakan warga sudah dievakuasi ke balai desa.

"Kami belum sempat menghitung kerugian," kata Trunoyudo. Menurut dia, kementrian terkait
sudah dihubungi sejak pagi.
"""


def write_archive(root: Path, n: int = 4) -> Path:
    arch = root / "arsip"
    for i, place in enumerate(["Bogor", "Depok", "Bekasi", "Garut", "Cianjur"][:n]):
        folder = arch / str(2020 + i)
        folder.mkdir(parents=True)
        (folder / f"banjir-{i}.md").write_text(ARTICLE.format(place=place), encoding="utf-8")
    (arch / "catatan.html").write_text("<p>Trunoyudo hadir.</p>", encoding="utf-8")
    (arch / "gambar.png").write_bytes(b"\x89PNG")
    return arch


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sunting", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def test_learn_writes_a_documented_diff_friendly_lexicon(tmp_path):
    arch = write_archive(tmp_path)
    house = learn_archive([arch], tmp_path / ".sunting")
    text = (tmp_path / ".sunting" / FILE_NAME).read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "# sunting house lexicon 1"
    assert "term\tTrunoyudo\t13\t5" in lines  # 3 uses in each of four articles, 1 in the note
    assert "misspelling\tkementrian\t4\t4\tkementerian" in lines
    assert "context\tsempat\tL\tbelum\t4" in lines
    # the real-word check's language model: word pairs, word counts, the neighbours' parts of speech
    assert "bigram\tbelum\tsempat\t4" in lines and "bigram\tsempat\tmenghitung\t4" in lines
    assert "count\tsempat\t4" in lines
    assert "tagged\tsempat\tR\tVERB\t4" in lines
    assert sum(line.startswith("source\t") for line in lines) == 5  # the .png is not read
    body = [line for line in lines if not line.startswith("#")]
    assert body == sorted(body, key=lambda l: (["meta", "term", "misspelling", "context", "bigram", "count", "tagged", "source"].index(l.split("\t")[0]), l))
    again = HouseLexicon.read(tmp_path / ".sunting" / FILE_NAME)
    assert again.terms == house.terms
    assert (again.bigrams, again.counts, again.tagged) == (house.bigrams, house.counts, house.tagged)
    assert "kementrian" not in house.terms  # a frequent slip is still a slip


def test_update_reads_only_new_files(tmp_path):
    arch = write_archive(tmp_path, n=2)
    first = learn_archive([arch], tmp_path / ".sunting")
    assert first.terms["Trunoyudo"] == (7, 3)
    (arch / "2030").mkdir()
    (arch / "2030" / "baru.md").write_text(ARTICLE.format(place="Garut"), encoding="utf-8")
    again = learn_archive([arch], tmp_path / ".sunting", update=True)
    assert again.terms["Trunoyudo"] == (10, 4)  # only the new article was added
    same = learn_archive([arch], tmp_path / ".sunting", update=True)
    assert same.terms["Trunoyudo"] == (10, 4)


def test_check_uses_the_house_lexicon(tmp_path):
    (tmp_path / "sunting.yaml").write_text("packs: [EYD]\n", encoding="utf-8")
    text = "Kata Trunoyuda, banjir surut. Trunoyuda hadir.\n"
    cfg = load_config(tmp_path / "sunting.yaml")
    before = [f.text for f in Engine(cfg).check(Document(text)) if f.rule.startswith("EYD.")]
    learn_archive([write_archive(tmp_path)], tmp_path / ".sunting")
    after = [(f.text, f.suggestions[:1]) for f in Engine(load_config(tmp_path / "sunting.yaml")).check(Document(text))
             if f.rule == "EYD.CapitalizedSpelling"]
    assert "Trunoyuda" not in before  # an unknown name is no error by itself...
    # ...but a slip of a name the house uses, however consistently the article writes it
    assert after == [("Trunoyuda", ("Trunoyudo",))] * 2


def test_cli_learn_report_and_check(tmp_path):
    arch = write_archive(tmp_path)
    (tmp_path / "sunting.yaml").write_text("packs: [EYD]\n", encoding="utf-8")
    done = run("learn", str(arch), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Ditulis: {tmp_path / '.sunting' / FILE_NAME} (5 berkas;")
    shown = run("learn", "--report", cwd=tmp_path)
    assert shown.returncode == 0
    assert "Nama yang sering dipakai (1):\n  Trunoyudo (13)" in shown.stdout
    assert "kementrian → kementerian (4)" in shown.stdout
    (tmp_path / "naskah.md").write_text("Trunoyuda meninjau banjir.\n", encoding="utf-8")
    out = run("check", "naskah.md", "--format", "json", cwd=tmp_path)
    got = [(f["rule"], f["text"], f["suggestions"][:1]) for f in json.loads(out.stdout)]
    assert ("EYD.CapitalizedSpelling", "Trunoyuda", ["Trunoyudo"]) in got
    assert run("learn", "tidak-ada", cwd=tmp_path).returncode == 2


def test_report_is_indonesian():
    house = HouseLexicon(terms={"Trunoyudo": (5, 2), "stunting": (4, 2)},
                         misspellings={"kementrian": (3, 2, "kementerian")})
    text = report(house)
    assert "2 istilah dan nama, 1 salah ketik" in text
    assert "Istilah yang sering dipakai (1):\n  stunting (4)" in text


def test_a_short_house_name_does_not_make_another_name_a_slip():
    from sunting.lexicon import Vocabulary, get_lexicon
    from sunting.lexicon.learn import HouseLexicon

    house = HouseLexicon(terms={"Amran": (40, 12), "Trunoyudo": (40, 12)}, words=20_000)
    vocab = Vocabulary(house=house)
    lex = get_lexicon()
    assert lex.check_word("Arman", vocab=vocab).kind == "ok"  # Amran is another person's name
    assert lex.check_word("Trunoyuda", vocab=vocab).suggestions[:1] == ("Trunoyudo",)


def test_reading_the_house_lexicon_again_replaces_its_verdicts():
    """A house lexicon read again (the file changed, the editor reloads) brings its own
    verdicts: the old lexicon's term is no longer known, and nothing piles up per reload."""
    import gc
    import weakref

    from sunting.checks import spelling
    from sunting.config import Config

    text = "Petugas memeriksa gorongsari di sana.\n"
    start = text.index("gorongsari")

    def spelling_at_term(house):
        found = Engine(Config(), house=house).check(Document(text, None, "markdown"))
        return [f.rule for f in found if f.start == start and f.rule == "EYD.Spelling"]

    assert spelling_at_term(None) == ["EYD.Spelling"]
    first = HouseLexicon(terms={"gorongsari": (9, 4)}, words=20_000)
    assert spelling_at_term(first) == []  # the house's term
    gone = weakref.ref(first)
    del first
    before = len(spelling._SHARED)
    for _ in range(70):  # each reload a new lexicon without the term
        assert spelling_at_term(HouseLexicon(terms={"lainnya": (9, 4)}, words=20_000)) == ["EYD.Spelling"]
    assert len(spelling._SHARED) == before
    gc.collect()
    assert gone() is None  # no cache keeps an old lexicon alive
