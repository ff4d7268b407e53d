"""The disk cache of derived data (sunting.diskcache): a fresh process reads what an earlier one
parsed, an edited source is parsed again, and a cache that cannot be used never stands in the way."""

from __future__ import annotations

import os
import pickle
import tempfile
import textwrap
from pathlib import Path

import pytest

from sunting import diskcache, loader
from sunting.config import find_config, load_config
from sunting.engine import Engine
from sunting.lexicon.lexicon import Lexicon
from sunting.text import Document


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv(diskcache.OFF_ENV, raising=False)
    return tmp_path / "xdg" / "sunting"


class Builder:
    def __init__(self, value):
        self.value, self.calls = value, 0

    def __call__(self):
        self.calls += 1
        return self.value


def test_second_call_reads_the_stored_value(cache):
    build = Builder({"kata": 3, "frasa": (1, 2)})
    assert diskcache.cached("uji", ("a", 1), build) == {"kata": 3, "frasa": (1, 2)}
    assert diskcache.cached("uji", ("a", 1), build) == {"kata": 3, "frasa": (1, 2)}
    assert build.calls == 1
    assert len(list(cache.glob("uji-*.pickle"))) == 1


def test_another_key_builds_again_and_replaces_the_old_file(cache):
    diskcache.cached("uji", ("a", 1), Builder(1))
    other = Builder(2)
    assert diskcache.cached("uji", ("a", 2), other) == 2
    assert other.calls == 1
    assert len(list(cache.glob("uji-*.pickle"))) == 1  # the stale file of kind 'uji' is gone


def test_missing_cache_folder_is_created(cache):
    assert not cache.exists()
    diskcache.cached("uji", 1, Builder("x"))
    assert cache.is_dir()


def test_folder_that_cannot_be_made_means_no_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # .../berkas/sunting cannot be made
    build = Builder([1, 2])
    assert diskcache.cached("uji", 1, build) == [1, 2]
    assert diskcache.cached("uji", 1, build) == [1, 2]
    assert build.calls == 2


def test_read_only_cache_folder_means_no_cache(cache, monkeypatch):
    cache.mkdir(parents=True)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # what a read-only folder answers (even to root)
    build = Builder("nilai")
    assert diskcache.cached("uji", 1, build) == "nilai"
    assert diskcache.cached("uji", 1, build) == "nilai"
    assert build.calls == 2
    assert list(cache.iterdir()) == []


@pytest.mark.parametrize("content", [b"", b"sampah", diskcache.MAGIC, diskcache.MAGIC + b"\x80\x05terpotong",
                                     pickle.dumps("format lama")])
def test_corrupt_cache_file_is_ignored_and_rebuilt(cache, content):
    diskcache.cached("uji", 1, Builder("benar"))
    (path,) = cache.glob("uji-*.pickle")
    path.write_bytes(content)
    build = Builder("benar")
    assert diskcache.cached("uji", 1, build) == "benar"
    assert build.calls == 1
    again = Builder("lain")
    assert diskcache.cached("uji", 1, again) == "benar"  # rewritten whole
    assert again.calls == 0


def test_switched_off_by_environment(cache, monkeypatch):
    monkeypatch.setenv(diskcache.OFF_ENV, "1")
    build = Builder(1)
    diskcache.cached("uji", 1, build)
    diskcache.cached("uji", 1, build)
    assert build.calls == 2
    assert not cache.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_folder_others_may_write_to_is_neither_read_nor_written(cache):
    diskcache.cached("uji", 1, Builder("milik sendiri"))
    assert cache.stat().st_mode & 0o022 == 0  # made for the user alone
    planted = next(cache.glob("uji-*.pickle"))
    planted.write_bytes(diskcache.MAGIC + pickle.dumps("titipan orang lain"))
    cache.chmod(0o777)  # a shared XDG_CACHE_HOME: anyone could have written that pickle
    build = Builder("dibangun lagi")
    assert diskcache.cached("uji", 1, build) == "dibangun lagi"
    assert build.calls == 1
    assert planted.read_bytes() == diskcache.MAGIC + pickle.dumps("titipan orang lain")  # not written either


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_folder_writable_by_the_users_own_group_is_used(cache):
    cache.mkdir(parents=True)
    cache.chmod(0o775)  # umask 002 with a group per user (Debian, Ubuntu): still the user's alone
    diskcache.cached("uji", 1, Builder("simpan"))
    again = Builder("lain")
    assert diskcache.cached("uji", 1, again) == "simpan"
    assert again.calls == 0


def test_file_stamp_changes_with_the_file(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("satu")
    before = diskcache.file_stamp([f])
    f.write_text("satu dua")
    assert diskcache.file_stamp([f]) != before
    assert diskcache.file_stamp([tmp_path / "tidak-ada"])[0][1:] == (-1, -1)


# ------------------------------------------------------------------ rule files
def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


HOUSE_RULE = """
    type: substitution
    level: warning
    message: "{message}"
    swap: {{kantor berita: agensi berita}}
"""


def house_engine(root: Path) -> Engine:
    return Engine(load_config(find_config(root / "a.md")))


def house_finding(engine: Engine):
    (f,) = [f for f in engine.check(Document("Kantor berita itu besar.")) if f.rule == "House.Kantor"]
    return f


def test_parsed_rules_come_from_the_cache(cache, tmp_path, monkeypatch):
    write(tmp_path / "styles" / "House" / "Kantor.yml", HOUSE_RULE.format(message="Pakai {suggestion}."))
    write(tmp_path / "sunting.yaml", "paths: [styles]\n")
    first = house_engine(tmp_path)
    assert house_finding(first).message == "Pakai Agensi berita."

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(loader, "parse_rule", no_parsing)
    second = house_engine(tmp_path)
    assert second.rules == first.rules
    assert house_finding(second).message == "Pakai Agensi berita."


def test_edited_house_rule_is_read_again(cache, tmp_path):
    rule = write(tmp_path / "styles" / "House" / "Kantor.yml", HOUSE_RULE.format(message="Pakai {suggestion}."))
    write(tmp_path / "sunting.yaml", "paths: [styles]\n")
    assert house_finding(house_engine(tmp_path)).message == "Pakai Agensi berita."
    stat = rule.stat()
    # the same size and modification time: the content's digest still tells the edit
    write(rule, HOUSE_RULE.format(message="Ganti {suggestion}."))
    import os

    os.utime(rule, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert rule.stat().st_size == stat.st_size
    assert house_finding(house_engine(tmp_path)).message == "Ganti Agensi berita."


def test_broken_house_rule_is_still_reported_after_a_good_one_was_cached(cache, tmp_path):
    rule = write(tmp_path / "styles" / "House" / "Kantor.yml", HOUSE_RULE.format(message="Pakai {suggestion}."))
    write(tmp_path / "sunting.yaml", "paths: [styles]\n")
    house_engine(tmp_path)
    write(rule, "type: substitution\nlevel: keras\nmessage: x\nswap: {a: b}\n")
    from sunting.errors import RuleError

    with pytest.raises(RuleError):
        house_engine(tmp_path)


# ------------------------------------------------------------------ lexicon data
def fresh_lexicon() -> Lexicon:
    lex = Lexicon()
    lex.use_prefilters()
    return lex


def test_cached_lexicon_indexes_answer_as_built_ones(cache, monkeypatch):
    built = fresh_lexicon()
    assert list(cache.glob("spellindex-*.pickle")) and list(cache.glob("rootindex-*.pickle"))
    read = fresh_lexicon()  # reads the spell and root indexes from the cache
    words = ["menerapkan", "mengirimkan", "pemerintahh", "kebijakn", "diguncang", "prmerintah", "ketidakadilan"]
    for w in words:
        assert read._spell_filter.may_spell(w) == built._spell_filter.may_spell(w)
        assert read.morphology.root_of(w) == built.morphology.root_of(w)
        assert read.candidates(w) == built.candidates(w)
    assert list(cache.glob("twoedit-*.pickle"))
    assert read._two_edit_index._keys == built._two_edit_index._keys


WORD_LISTS = ["freq", "hunspell_stems", "english", "glossary", "glossary_lower", "_glossary_deletes",
              "multiword_terms", "title_words"]


def test_word_lists_read_back_equal_and_in_order(cache, monkeypatch):
    monkeypatch.setenv(diskcache.OFF_ENV, "1")
    parsed = Lexicon()
    monkeypatch.delenv(diskcache.OFF_ENV)
    assert parsed.glossary_lower == Lexicon().glossary_lower  # the first one asked: all parsed and stored
    assert len(list(cache.glob("wordlists-*.pickle"))) == 1
    for name in WORD_LISTS:  # read back, none parsed again
        monkeypatch.setattr(vars(Lexicon)[name], "func", lambda self: pytest.fail("parsed again"))
    read = Lexicon()
    assert read.freq == parsed.freq and list(read.freq) == list(parsed.freq)  # the same counts, in file order
    assert read.freq["pemerintah"] > 0
    for name in WORD_LISTS:
        assert getattr(read, name) == getattr(parsed, name), name
    assert "localities" not in read.__dict__  # read only when a capitalised word needs it
    assert type(read.hunspell_stems) is set and type(read.english) is frozenset


def test_an_edited_data_file_parses_the_word_lists_again(cache, tmp_path):
    import shutil

    from sunting.lexicon.lexicon import DATA_DIR

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    assert "Kementerian Uji Coba" not in Lexicon(data).glossary
    with open(data / "glossary.tsv", "a", encoding="utf-8") as fh:
        fh.write("Kementerian Uji Coba\tinstitution\tuji\n")
    os.utime(data / "glossary.tsv", ns=(1_000_000_000, 1_000_000_000))  # another size and time
    lex = Lexicon(data)
    assert lex.glossary["Kementerian Uji Coba"] == "institution"
    assert lex.glossary_lower["kementerian uji coba"] == "Kementerian Uji Coba"


def test_compact_two_slip_index_is_read_back_and_answers_alike(cache, monkeypatch):
    from sunting.lexicon.candidates import CompactDeletionIndex

    built = Lexicon()._two_edit_index_odd
    assert list(cache.glob("twoeditodd-*.pickle"))
    monkeypatch.setattr(CompactDeletionIndex, "__init__", lambda self, words: pytest.fail("built again"))
    read = Lexicon()._two_edit_index_odd
    assert read._hashes == built._hashes and read._words == built._words and len(read) == len(built)
    for typo in ["dijtauhhi", "mempreeart", "dguncnag", "digunacngx"]:
        assert read.near(typo) == built.near(typo) and read.near(typo)
    assert "dijatuhi" in read.near("dijtauhhi")


def test_the_compact_index_hash_is_the_same_in_every_process():
    import subprocess
    import sys

    from sunting.lexicon.candidates import _stable_hash

    keys = ["dijatuhi", "ijatuhi", "kata", "é", ""]
    code = "from sunting.lexicon.candidates import _stable_hash as h; print([h(k) for k in %r])" % keys
    for seed in ("1", "2"):  # another string hash in each process
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                             env=dict(os.environ, PYTHONHASHSEED=seed))
        assert out.stdout.strip() == str([_stable_hash(k) for k in keys])
    assert all(_stable_hash(k) & 1 for k in keys)  # never 0, the empty slot


def test_lexicon_constant_is_part_of_the_key(cache, monkeypatch):
    fresh_lexicon()._two_edit_index
    calls = []
    real = Lexicon._two_edit_targets

    def counted(self, *args):
        calls.append(args)
        return real(self, *args)

    monkeypatch.setattr(Lexicon, "_two_edit_targets", counted)
    fresh_lexicon()._two_edit_index
    assert calls == []  # read back
    monkeypatch.setattr(Lexicon, "TWO_EDIT_REACH", 2.0)
    fresh_lexicon()._two_edit_index
    assert calls == [(2.0, None)]  # a tuning constant changed: built again


def test_treebank_pairs_read_back_equal(cache):
    from sunting.lexicon import context_model
    from sunting.lexicon.learn import HouseLexicon

    context_model.ud_context.cache_clear()
    context_model.ud_context()
    assert list(cache.glob("udcontext-*.pickle"))
    context_model.ud_context.cache_clear()
    read = context_model.ud_context()
    assert read == HouseLexicon.read(context_model.UD_CONTEXT)
    assert read.knows("xyz") is False and read.derived == {}


def test_treebank_followers_are_the_pairs_words_and_spare_reading_all_pairs(cache, monkeypatch):
    from sunting.lexicon import context_model
    from sunting.lexicon.learn import HouseLexicon

    pairs = HouseLexicon.read(context_model.UD_CONTEXT).bigrams
    expected = {b for (a, b), c in pairs.items() if a == "di" and c > 0}
    assert "pasar" in expected and "makan" not in expected
    context_model.ud_followers.cache_clear()
    context_model.ud_context.cache_clear()
    assert context_model.ud_followers("di") == expected  # built (from all the pairs) and stored
    assert list(cache.glob("udfollowers-*.pickle"))
    context_model.ud_followers.cache_clear()
    context_model.ud_context.cache_clear()
    monkeypatch.setattr(HouseLexicon, "read", classmethod(lambda cls, path: pytest.fail("all pairs read")))
    assert context_model.ud_followers("di") == expected  # read back: the treebanks' pairs are not
    assert context_model.ud_context.cache_info().currsize == 0


def test_a_file_read_back_counts_as_recently_used(cache, monkeypatch):
    monkeypatch.setattr(diskcache, "MAX_FILES", 3)
    import os

    for i in range(3):
        diskcache.cached(f"uji{i}", 1, Builder(i))
        for f in cache.glob(f"uji{i}-*.pickle"):
            os.utime(f, (1_000_000 + i, 1_000_000 + i))  # written one after another
    again = Builder("lagi")
    assert diskcache.cached("uji0", 1, again) == 0 and again.calls == 0  # the oldest, read back
    diskcache.cached("uji3", 1, Builder(3))  # one too many: the least recently used goes
    assert sorted(p.name.split("-")[0] for p in cache.glob("*.pickle")) == ["uji0", "uji2", "uji3"]


def test_the_oldest_files_go_beyond_the_limit(cache, monkeypatch):
    monkeypatch.setattr(diskcache, "MAX_FILES", 3)
    import os

    for i in range(5):
        diskcache.cached(f"uji{i}", 1, Builder(i))
        for f in cache.glob(f"uji{i}-*.pickle"):
            os.utime(f, (1_000_000 + i, 1_000_000 + i))  # written one after another
    assert sorted(p.name.split("-")[0] for p in cache.glob("*.pickle")) == ["uji2", "uji3", "uji4"]
