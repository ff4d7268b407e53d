"""Every error a user meets in a broken ``sunting.yaml``, ``[tool.sunting]`` or rule file,
word for word: Indonesian by default, English with SUNTING_LANG=en, each with the file,
line and column where there is one. (The parsers' and jsonschema's own words are English
and written for programmers; these are what the interface says instead.)"""

from __future__ import annotations

import pytest

from l10n_helpers import make_project, sunting
from sunting.checks import check_types
from sunting.config import load_config
from sunting.errors import SuntingError
from sunting.loader import load_pack, parse_rule

CONFIGS = {
    "unknown key": (
        "pakcs: [EYD]\n",
        "{p}:1:1: kunci tidak dikenal 'pakcs'; maksud Anda 'packs'?",
        "{p}:1:1: unknown key 'pakcs'; did you mean 'packs'?"),
    "unknown nested key": (
        "vocabularies:\n  acept: [a.txt]\n",
        "{p}:2:3: vocabularies: kunci tidak dikenal 'acept'; maksud Anda 'accept'?",
        "{p}:2:3: vocabularies: unknown key 'acept'; did you mean 'accept'?"),
    "level outside the list": (
        "rules:\n  EYD.BakuForms: loud\n",
        "{p}:2:18: rules.EYD.BakuForms: 'loud' bukan salah satu dari: error, warning, info, hint, off, false",
        "{p}:2:18: rules.EYD.BakuForms: 'loud' is not one of: error, warning, info, hint, off, false"),
    "level with a typo": (
        "min_level: warnig\n",
        "{p}:1:12: min_level: 'warnig' bukan salah satu dari: error, warning, info, hint; maksud Anda 'warning'?",
        "{p}:1:12: min_level: 'warnig' is not one of: error, warning, info, hint; did you mean 'warning'?"),
    "a string for a list": (
        'include: "*.md"\n',
        "{p}:1:10: include: '*.md' bukan daftar",
        "{p}:1:10: include: '*.md' is not a list"),
    "a number out of range": (
        "max_file_size: 0\n",
        "{p}:1:16: max_file_size: 0 harus lebih dari 0",
        "{p}:1:16: max_file_size: 0 must be greater than 0"),
    "packs of neither shape": (
        "packs: EYD\n",
        "{p}:1:8: packs: 'EYD' bukan daftar atau pemetaan (kunci: nilai)",
        "{p}:1:8: packs: 'EYD' is not a list or a mapping (key: value)"),
    "a pack switched by a word": (
        "packs: {EYD: 'ya'}\n",
        "{p}:1:14: packs.EYD: 'ya' bukan true atau false",
        "{p}:1:14: packs.EYD: 'ya' is not true or false"),
    "not a mapping": (
        "- a\n",
        "{p}:1:1: isi konfigurasi harus berupa pemetaan kunci: nilai (packs:, rules:, …)",
        "{p}:1:1: the configuration must be a mapping of keys (packs:, rules:, …)"),
    "unclosed list": (
        "packs: [EYD\nrules: {}\n",
        "{p}:2:6: YAML tidak sah: daftar dalam [ ] belum ditutup: koma atau ‘]’ diharapkan di sini",
        "{p}:2:6: invalid YAML: a list in [ ] is not closed: a comma or ‘]’ is expected here"),
    "unclosed mapping": (
        "rules: {EYD.X: off\n",
        "{p}:2:1: YAML tidak sah: pemetaan dalam { } belum ditutup: koma atau ‘}’ diharapkan di sini",
        "{p}:2:1: invalid YAML: a mapping in { } is not closed: a comma or ‘}’ is expected here"),
    "a tab": (
        "rules:\n\tEYD.X: warning\n",
        "{p}:2:1: YAML tidak sah: karakter ini tidak boleh ada di sini: indentasi YAML memakai spasi, bukan tab; "
        "nilai yang diawali @, ` atau % diberi tanda kutip",
        "{p}:2:1: invalid YAML: a character that cannot stand here: YAML indents with spaces, not tabs; quote a "
        "value that starts with @, ` or %"),
    "a colon in a value": (
        "language: id: en\n",
        "{p}:1:13: YAML tidak sah: titik dua tak terduga: beri tanda kutip pada nilai yang memuat ‘: ’, dan tulis "
        "setiap kunci di barisnya sendiri dengan indentasi yang sama",
        "{p}:1:13: invalid YAML: an unexpected colon: quote a value that holds ‘: ’, and write each key on its own "
        "line with the same indentation"),
    "a key out of line": (
        "rules:\n  EYD.X: warning\n bad: 1\n",
        "{p}:3:2: YAML tidak sah: indentasi tidak cocok: kunci pada tingkat yang sama diawali spasi yang sama "
        "banyaknya (atau ada tanda kurung yang berlebih)",
        "{p}:3:2: invalid YAML: the indentation does not match: keys at one level start with as many spaces (or "
        "there is a stray bracket)"),
    "an unclosed quotation mark": (
        "language: 'id\n",
        "{p}:2:1: YAML tidak sah: tanda kutip tidak ditutup sampai akhir berkas",
        "{p}:2:1: invalid YAML: a quotation mark is not closed before the end of the file"),
    "a key among list items": (
        "paths:\n  - a\n  b: 1\n",
        "{p}:3:3: YAML tidak sah: butir daftar diharapkan di sini (diawali ‘- ’, sejajar dengan butir di atasnya)",
        "{p}:3:3: invalid YAML: a list item is expected here (starting with ‘- ’, in line with the items above)"),
    "an unknown escape": (
        'language: "\\q"\n',
        "{p}:1:12: YAML tidak sah: urutan escape tidak dikenal di dalam tanda kutip ganda: tulis \\\\ untuk garis "
        "miring terbalik, atau pakai tanda kutip tunggal",
        "{p}:1:12: invalid YAML: an unknown escape sequence inside double quotes: write \\\\ for a backslash, or "
        "use single quotes"),
    "a stray bracket": (
        "{packs: [EYD]}}\n",
        "{p}:1:15: YAML tidak sah: ada teks berlebih setelah akhir isi berkas (tanda kurung tutup yang berlebih?)",
        "{p}:1:15: invalid YAML: stray text after the end of the content (an extra closing bracket?)"),
    "an alias": (
        "a: &x [1]\nb: *x\n",
        "{p}:2:4: alias YAML (*x) tidak diterima di konfigurasi atau berkas aturan; tulis nilainya langsung",
        "{p}:2:4: YAML aliases (*x) are not accepted in configs or rule files; write the value out"),
    "a pack folder that is not there": (
        "paths: [styles]\n",
        "{p}:1:9: paths: folder paket aturan {d}/styles tidak ada",
        "{p}:1:9: paths: the rule-pack folder {d}/styles does not exist"),
    "a vocabulary that is not there": (
        "vocabularies:\n  accept: [v.txt]\n",
        "{p}:2:12: vocabularies.accept: v.txt tidak ada (buat berkasnya, atau hapus entri ini)",
        "{p}:2:12: vocabularies.accept: v.txt does not exist (create the file, or remove this entry)"),
}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("case", sorted(CONFIGS))
def test_config_errors(tmp_path, monkeypatch, case, lang):
    text, indonesian, english = CONFIGS[case]
    if lang == "en":
        monkeypatch.setenv("SUNTING_LANG", "en")
    p = tmp_path / "sunting.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(SuntingError) as e:
        load_config(p)
    expected = indonesian if lang == "id" else english
    assert str(e.value) == expected.replace("{p}", str(p)).replace("{d}", str(tmp_path))


PYPROJECTS = {
    "an unquoted string": (
        "[tool.sunting]\npacks = [EYD]\n",
        '{p}:2:10: TOML tidak sah: nilai tidak sah: teks diberi tanda kutip ("EYD"), daftar ditulis ["EYD", '
        '"Newsroom"]',
        '{p}:2:10: invalid TOML: not a valid value: strings are quoted ("EYD"), arrays written ["EYD", '
        '"Newsroom"]'),
    "an unclosed array": (
        '[tool.sunting]\npacks = ["EYD"\n',
        "{p}: TOML tidak sah: daftar [ ] tidak ditutup",
        "{p}: invalid TOML: an array [ ] is not closed"),
    "a key twice": (
        '[tool.sunting]\nlanguage = "id"\nlanguage = "en"\n',
        "{p}:3:16: TOML tidak sah: kunci ini sudah ditulis sebelumnya",
        "{p}:3:16: invalid TOML: this key is already written above"),
    "no equals sign": (
        '[tool.sunting]\nlanguage "id"\n',
        "{p}:2:10: TOML tidak sah: tanda = diharapkan setelah kunci",
        "{p}:2:10: invalid TOML: ‘=’ is expected after the key"),
    "an unknown key": (
        '[tool.sunting]\npakcs = ["EYD"]\n',
        "{p}: kunci tidak dikenal 'pakcs'; maksud Anda 'packs'?",
        "{p}: unknown key 'pakcs'; did you mean 'packs'?"),
}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("case", sorted(PYPROJECTS))
def test_pyproject_errors(tmp_path, monkeypatch, case, lang):
    text, indonesian, english = PYPROJECTS[case]
    if lang == "en":
        monkeypatch.setenv("SUNTING_LANG", "en")
    p = tmp_path / "pyproject.toml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(SuntingError) as e:
        load_config(p)
    assert str(e.value) == (indonesian if lang == "id" else english).replace("{p}", str(p))


def test_config_not_utf8_or_missing(tmp_path, monkeypatch):
    p = tmp_path / "sunting.yaml"
    p.write_bytes("language: caf\u00e9\n".encode("latin-1"))
    with pytest.raises(SuntingError) as e:
        load_config(p)
    assert str(e.value) == f"{p}: bukan UTF-8 (bita 0xe9 pada posisi 13); simpan ulang berkasnya sebagai UTF-8"
    with pytest.raises(SuntingError) as e:
        load_config(tmp_path / "nowhere.yaml")
    assert str(e.value) == f"{tmp_path / 'nowhere.yaml'}: tidak dapat dibaca: berkas atau folder itu tidak ada"
    monkeypatch.setenv("SUNTING_LANG", "en")
    with pytest.raises(SuntingError) as e:
        load_config(p)
    assert str(e.value) == f"{p}: not UTF-8 (byte 0xe9 at offset 13); save the file as UTF-8"
    with pytest.raises(SuntingError) as e:
        load_config(tmp_path / "nowhere.yaml")
    assert str(e.value) == f"{tmp_path / 'nowhere.yaml'}: cannot read: no such file or folder"


RULE_HEAD = "type: substitution\nlevel: warning\nmessage: m\nswap: {a: b}\n"
RULES = {
    "not a mapping": (
        "- a\n",
        "R.yml:1:1: berkas aturan harus berupa pemetaan kunci (type, level, message, …)",
        "R.yml:1:1: a rule file must be a mapping of keys (type, level, message, …)"),
    "an option of another type": (
        RULE_HEAD + "swapp: {c: d}\n",
        "R.yml:5:1: kunci tidak dikenal 'swapp' untuk aturan jenis 'substitution'; maksud Anda 'swap'?",
        "R.yml:5:1: unknown key 'swapp' for a rule of type 'substitution'; did you mean 'swap'?"),
    "an unknown key in an example": (
        RULE_HEAD + "examples:\n  flag:\n    - txt: a\n",
        "R.yml:7:7: examples.flag.0: kunci tidak dikenal 'txt'; maksud Anda 'text'?",
        "R.yml:7:7: examples.flag.0: unknown key 'txt'; did you mean 'text'?"),
    "no message": (
        "type: substitution\nlevel: warning\nswap: {a: b}\n",
        "R.yml:1:1: kunci wajib 'message' tidak ada",
        "R.yml:1:1: the required key 'message' is missing"),
    "a scope in Indonesian": (
        RULE_HEAD + "scope: narasi\n",
        "R.yml:5:8: scope: 'narasi' bukan salah satu dari: narrative, quote, heading, all; maksud Anda 'narrative'?",
        "R.yml:5:8: scope: 'narasi' is not one of: narrative, quote, heading, all; did you mean 'narrative'?"),
    "a list of scopes with a wrong one": (
        RULE_HEAD + "scope: [narrative, narasi]\n",
        "R.yml:5:20: scope.1: 'narasi' bukan salah satu dari: narrative, quote, heading, all; maksud Anda "
        "'narrative'?",
        "R.yml:5:20: scope.1: 'narasi' is not one of: narrative, quote, heading, all; did you mean 'narrative'?"),
    "a type with a typo": (  # {types}: every rule type, as the schema lists them
        "type: substitutio\nlevel: warning\nmessage: m\n",
        "R.yml:1:7: type: 'substitutio' bukan salah satu dari: {types}; maksud Anda 'substitution'?",
        "R.yml:1:7: type: 'substitutio' is not one of: {types}; did you mean 'substitution'?"),
    "a translation into an unknown language": (
        RULE_HEAD + "translations: {fr: {description: x}}\n",
        "R.yml:5:15: translations: 'fr' bukan salah satu dari: en",
        "R.yml:5:15: translations: 'fr' is not one of: en"),
    "an unknown level": (
        "type: substitution\nlevel: loud\nmessage: m\nswap: {a: b}\n",
        "R.yml:2:8: level: 'loud' bukan salah satu dari: error, warning, info, hint",
        "R.yml:2:8: level: 'loud' is not one of: error, warning, info, hint"),
    "an unclosed quotation mark": (
        "type: substitution\nlevel: warning\nmessage: 'x\n",
        "R.yml:4:1: YAML tidak sah: tanda kutip tidak ditutup sampai akhir berkas",
        "R.yml:4:1: invalid YAML: a quotation mark is not closed before the end of the file"),
    "a pattern option the schema cannot judge": (
        "type: pattern\nlevel: warning\nmessage: m\npattern: 'ab'\ngroup: 2\n",
        "R.yml:5:8: group 2: polanya hanya punya 0 grup (0 = seluruh kecocokan)",
        "R.yml:5:8: group 2: the pattern has only 0 groups (0 = the whole match)"),
}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("case", sorted(RULES))
def test_rule_file_errors(monkeypatch, case, lang):
    text, indonesian, english = RULES[case]
    if lang == "en":
        monkeypatch.setenv("SUNTING_LANG", "en")
    with pytest.raises(SuntingError) as e:
        parse_rule(text, "R.yml", "House.R")
    types = ", ".join(sorted(check_types()))
    assert str(e.value) == (indonesian if lang == "id" else english).replace("{types}", types)


def test_rule_file_not_utf8(tmp_path):
    pack = tmp_path / "House"
    pack.mkdir()
    (pack / "R.yml").write_bytes(b"type: substitution\nmessage: caf\xe9\n")
    with pytest.raises(SuntingError) as e:
        load_pack("House", pack)
    assert str(e.value) == f"{pack / 'R.yml'}: bukan UTF-8 (bita 0xe9 pada posisi 31); simpan ulang berkasnya sebagai UTF-8"


# ------------------------------------------------------------------ through the real command
@pytest.fixture
def project(tmp_path):
    root = make_project(tmp_path / "proj")
    (root / "a.md").write_text("Dia datang ke kantoor pagi ini.\n", encoding="utf-8")
    return root


def test_the_command_says_a_config_error_and_exits_2(project):
    cfg = project / "sunting.yaml"
    cfg.write_text(cfg.read_text(encoding="utf-8") + "min_level: warnig\n", encoding="utf-8")
    line = len(cfg.read_text(encoding="utf-8").splitlines())
    code, out, err = sunting(["check", "a.md"], project)
    assert (code, out) == (2, "")
    assert err == (f"sunting: galat: {cfg}:{line}:12: min_level: 'warnig' bukan salah satu dari: error, warning, "
                   "info, hint; maksud Anda 'warning'?\n")
    code, out, err = sunting(["check", "a.md"], project, lang="en")
    assert err == (f"sunting: error: {cfg}:{line}:12: min_level: 'warnig' is not one of: error, warning, "
                   "info, hint; did you mean 'warning'?\n")


def test_a_logged_warning_names_its_level_in_the_interface_language(project):
    cfg = project / "sunting.yaml"
    cfg.write_text(cfg.read_text(encoding="utf-8") + "rules:\n  House.Kantoor: error\n", encoding="utf-8")
    line = len(cfg.read_text(encoding="utf-8").splitlines())
    code, out, err = sunting(["check", "--quiet", "a.md"], project)
    assert err.startswith(f"sunting: peringatan: {cfg}:{line}:3: rules: tidak ada aturan atau paket ‘House.Kantoor’")
    code, out, err = sunting(["check", "--quiet", "a.md"], project, lang="en")
    assert err.startswith(f"sunting: warning: {cfg}:{line}:3: rules: no rule or pack ‘House.Kantoor’")


def test_learn_says_what_is_missing(project):
    assert sunting(["learn"], project) == (2, "", "sunting: galat: sebutkan folder arsip, atau --report\n")
    assert sunting(["learn"], project, lang="en") == (2, "", "sunting: error: name an archive folder, or --report\n")
    assert sunting(["learn", "arsip"], project) == (2, "", "sunting: galat: arsip: berkas atau folder itu tidak ada\n")
    target = project / ".sunting" / "lexicon.tsv"
    assert sunting(["learn", "--report"], project) == (
        2, "", f"sunting: galat: belum ada leksikon rumah di {target}\n")
    assert sunting(["learn", "--report"], project, lang="en") == (
        2, "", f"sunting: error: no house lexicon at {target} yet\n")


def test_learn_help(project):
    code, out, _ = sunting(["learn", "--help"], project)
    assert code == 0
    assert "\nMembaca arsip (folder Markdown/HTML/teks) dan menulis leksikon rumah:" in out
    assert "  --update         tambahkan hanya berkas yang belum pernah dibaca\n" in out
    assert "[ARSIP ...]" in out
    code, out, _ = sunting(["learn", "--help"], project, lang="en")
    assert "  --update         add only the files not read before\n" in out and "[ARCHIVE ...]" in out


# ------------------------------------------------------------------ sunting serve --http's own lines
def _uvicorn_line(msg, *args, name="uvicorn.error"):
    import logging

    from sunting.http.serve import UvicornInLanguage

    record = logging.LogRecord(name, logging.INFO, __file__, 1, msg, args, None)
    UvicornInLanguage().filter(record)
    return record.getMessage()


def test_uvicorn_lines_in_the_interface_language(monkeypatch):
    assert _uvicorn_line("Uvicorn running on %s://%s:%d (Press CTRL+C to quit)", "http", "127.0.0.1", 8081) == (
        "sunting melayani http://127.0.0.1:8081 (Ctrl+C untuk berhenti)")
    assert _uvicorn_line("Started server process [%d]", 42) == "proses server 42 berjalan"
    assert _uvicorn_line("Received SIGTERM, exiting.") == "menerima SIGTERM, berhenti"
    assert _uvicorn_line("Something uvicorn says rarely %s", "x") == "Something uvicorn says rarely x"
    assert _uvicorn_line("Shutting down", name="sunting.http") == "Shutting down"  # not uvicorn's
    monkeypatch.setenv("SUNTING_LANG", "en")
    assert _uvicorn_line("Application startup complete.") == "ready for requests"


def test_the_http_log_config_translates_on_its_console_handler():
    from sunting.http.serve import UvicornInLanguage, log_config

    config = log_config("-")
    assert config["handlers"]["stderr"]["filters"] == ["language"]
    assert config["filters"]["language"]["()"] is UvicornInLanguage
