"""The part-of-speech tagger, the affix analysis, and the block's lazy sentence layer."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from sunting.tagger import MODEL_PATH, get_tagger
from sunting.tagger.affixes import get_analyser
from sunting.text.document import Document

REPO = Path(__file__).resolve().parents[2]

#: measured 0.934 on the held-out files (scripts/train_tagger.py); a few points of slack for
#: changes in the lexicon the features read
ACCURACY_FLOOR = 0.91


def _training_script():
    spec = importlib.util.spec_from_file_location("train_tagger", REPO / "scripts" / "train_tagger.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_accuracy_on_the_held_out_treebanks(shared):
    ud = shared / "data" / "ud-indonesian"
    mod = _training_script()
    tagger = get_tagger()
    right = total = 0
    for name in mod.HELDOUT:
        assert name not in mod.TRAIN
        for words, gold in mod.read_conllu(ud / name):
            pred = tagger.tag(words)
            right += sum(g == p for g, p in zip(gold, pred))
            total += len(gold)
    assert total > 20_000
    assert right / total >= ACCURACY_FLOOR, f"held-out UPOS accuracy {right / total:.4f}"


def test_multiword_tokens_are_one_token_with_the_hosts_tag(tmp_path):
    conllu = tmp_path / "x.conllu"
    conllu.write_text(
        "# sent_id = 1\n"
        "1-2\tmenyetujuinya\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "1\tmenyetujui\tsetuju\tVERB\t_\t_\t0\troot\t_\t_\n"
        "2\tnya\tnya\tPRON\t_\t_\t1\tobj\t_\t_\n"
        "3\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n",
        encoding="utf-8",
    )
    assert _training_script().read_conllu(conllu) == [(["menyetujuinya", "."], ["VERB", "PUNCT"])]


@pytest.mark.parametrize(
    "words, tags",
    [
        ("Pemerintah meningkatkan anggaran pendidikan .", "NOUN VERB NOUN NOUN PUNCT"),
        ("Ia tidak datang karena sakit .", "PRON PART VERB SCONJ ADJ PUNCT"),
        ("Presiden Joko Widodo meresmikan jembatan itu kemarin .", "NOUN PROPN PROPN VERB NOUN DET NOUN PUNCT"),
    ],
)
def test_tags_of_plain_sentences(words, tags):
    assert get_tagger().tag(words.split()) == tags.split()


def test_model_ships_beside_its_attribution():
    assert MODEL_PATH.is_file() and MODEL_PATH.stat().st_size < 3_000_000
    text = (MODEL_PATH.parent / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "CC BY-SA" in text and "UD_Indonesian-GSD" in text


@pytest.mark.parametrize(
    "word, root, prefixes, suffixes",
    [
        ("meningkatkan", "tingkat", ("meN",), ("kan",)),
        ("dilaksanakan", "laksana", ("di",), ("kan",)),
        ("kebijakannya", "bijak", ("ke",), ("an", "nya")),
        ("dipertanggungjawabkan", "tanggungjawab", ("di", "per"), ("kan",)),
        ("antarlembaga", "lembaga", ("antar",), ()),
        ("tingkatkan", "tingkat", (), ("kan",)),
        ("mempesona", "pesona", ("meN",), ()),
        ("makan", "makan", (), ()),
    ],
)
def test_affix_analysis(word, root, prefixes, suffixes):
    a = get_analyser().analyse(word)
    assert (a.root, a.prefixes, a.suffixes) == (root, prefixes, suffixes)


def test_block_tags_only_the_sentence_asked_about():
    doc = Document("Harga beras naik. Pemerintah meningkatkan anggaran. Warga menolak.")
    block = doc.blocks[0]
    analysis = block.analysis
    i = [t.text for t in block.tokens].index("meningkatkan")
    tok = analysis.token(i)
    assert (tok.text, tok.pos, tok.root, tok.prefixes, tok.suffixes) == ("meningkatkan", "VERB", "tingkat", ("meN",), ("kan",))
    tagged = [t is not None for t in analysis._tags]
    assert tagged == [False] * 4 + [True] * 4 + [False] * 3


def test_a_check_without_sentence_rules_never_loads_the_tagger(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Era digital telah merubah perilaku.\n", encoding="utf-8")
    pack = tmp_path / "styles" / "House"
    pack.mkdir(parents=True)
    (pack / "Ubah.yml").write_text(
        "type: substitution\nlevel: warning\nmessage: x\nswap: {merubah: mengubah}\n", encoding="utf-8")
    (tmp_path / "sunting.yaml").write_text(
        "packs: {EYD: false, Typography: false, Newsroom: false}\npaths: [styles]\n", encoding="utf-8")
    code = (
        "import sys; from sunting.cli import main; rc = main(['check', '-q', sys.argv[1]]);"
        "print('TAGGER' if 'sunting.tagger' in sys.modules or 'pycrfsuite' in sys.modules else 'NONE')"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(f)], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert proc.stdout.strip().splitlines()[-1] == "NONE", proc.stdout + proc.stderr
