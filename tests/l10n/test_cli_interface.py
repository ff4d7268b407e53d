"""The command line speaks Indonesian by default and English only when asked
(``SUNTING_LANG=en``): help, usage errors, notes, the summary line, ``rules`` and
``--explain``. The exact strings a user reads, from the real command."""

from __future__ import annotations

import re

import pytest

from l10n_helpers import make_project, sunting


@pytest.fixture
def project(tmp_path):
    root = make_project(tmp_path / "proj")
    (root / "a.md").write_text("Dia datang ke kantoor pagi ini.\n", encoding="utf-8")
    return root


def test_help_is_indonesian_by_default_even_on_an_english_locale(project):
    code, out, err = sunting(["--help"], project, extra_env={"LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"})
    assert code == 0 and err == ""
    assert out.startswith("penggunaan: sunting [-h] [--version] {check,rules,learn,serve} ...\n\n"
                          "Pemeriksa naskah dan gaya selingkung untuk redaksi berita berbahasa Indonesia.\n")
    assert "\nopsi:\n  -h, --help            tampilkan bantuan ini lalu keluar\n" in out
    assert "\nperintah:\n" in out and "    check               periksa berkas dan folder\n" in out
    assert out.endswith("Antarmuka berbahasa Indonesia; SUNTING_LANG=en untuk bahasa Inggris.\n")


def test_check_help_names_its_arguments_in_indonesian(project):
    code, out, _ = sunting(["check", "--help"], project)
    assert code == 0
    assert "\nargumen posisi:\n  BERKAS                berkas, folder, atau - untuk masukan standar\n" in out
    assert "  --config BERKAS       pakai berkas konfigurasi ini alih-alih mencarinya\n" in out
    assert "  --quiet, -q           tanpa baris ringkasan\n" in out
    assert not re.search(r"\b(the|files|findings|show)\b", out), out


def test_help_in_english_on_request(project):
    code, out, _ = sunting(["check", "--help"], project, lang="en")
    assert code == 0
    assert out.startswith("usage: sunting check [-h]")
    assert "\npositional arguments:\n  PATH                  files, folders, or - for standard input\n" in out
    assert "  --quiet, -q           no summary line\n" in out


def test_usage_error(project):
    code, out, err = sunting(["check", "--format", "xml", "a.md"], project)
    assert code == 2 and out == ""
    assert err.splitlines()[-1] == ("sunting check: galat: argumen --format: pilihan tidak sah: 'xml' "
                                    "(pilih salah satu: 'text', 'json', 'sarif', 'github')")
    code, _, err = sunting(["check", "--format", "xml", "a.md"], project, lang="en")
    assert code == 2
    assert err.splitlines()[-1] == ("sunting check: error: argument --format: invalid choice: 'xml' "
                                    "(choose from 'text', 'json', 'sarif', 'github')")


def test_summary_line_and_errors(project):
    code, out, err = sunting(["check", "a.md"], project)
    assert (code, err) == (0, "1 temuan (1 peringatan) di 1 dari 1 berkas.\n")
    assert out.startswith("a.md:1:15: warning Pakai ‘kantor’, bukan ‘kantoor’. [House.Kantor]\n")
    code, _, err = sunting(["check", "a.md"], project, lang="en")
    assert err == "1 finding (1 warning) in 1 of 1 file.\n"
    code, _, err = sunting(["check", "tidak-ada.md"], project)
    assert (code, err) == (2, "sunting: galat: tidak-ada.md: berkas atau folder itu tidak ada\n")
    code, _, err = sunting(["check", "tidak-ada.md"], project, lang="en")
    assert (code, err) == (2, "sunting: error: tidak-ada.md: no such file or folder\n")


def test_plural_forms_in_english_only(project):
    (project / "b.md").write_text("Ke kantoor lalu ke kantoor lagi.\n", encoding="utf-8")
    _, _, err = sunting(["check", "a.md", "b.md"], project)
    assert err == "3 temuan (3 peringatan) di 2 dari 2 berkas.\n"
    _, _, err = sunting(["check", "a.md", "b.md"], project, lang="en")
    assert err == "3 findings (3 warnings) in 2 of 2 files.\n"


def test_fix_note(project):
    code, _, err = sunting(["check", "--fix", "a.md"], project)
    assert err == "sunting: 1 temuan diperbaiki di 1 berkas\nTidak ada temuan di 1 berkas.\n"
    (project / "a.md").write_text("Dia datang ke kantoor pagi ini.\n", encoding="utf-8")
    code, _, err = sunting(["check", "--fix", "a.md"], project, lang="en_GB.UTF-8")
    assert err == "sunting: fixed 1 finding in 1 file\nNo findings in 1 file.\n"


def test_skipped_note_and_decimal_comma(project):
    (project / "docs").mkdir()
    (project / "docs" / "foto.txt").write_bytes(b"GIF89a\0\0\0")
    _, _, err = sunting(["check", "docs"], project)
    assert err.splitlines()[0] == "sunting: dilewati: docs/foto.txt: berkas biner (bita NUL pada posisi 6); tidak diperiksa"
    (project / "sunting.yaml").write_text("packs: [House]\npaths: [styles]\nmax_file_size: 0.001\n", encoding="utf-8")
    (project / "besar.txt").write_text("Dia datang ke kantor. " * 100, encoding="utf-8")
    code, _, err = sunting(["check", "besar.txt"], project)
    assert (code, err) == (2, "sunting: galat: besar.txt: berkas berukuran 2,1 KB, melebihi batas 1,0 KB "
                              "(naikkan max_file_size di sunting.yaml); tidak diperiksa\n")
    _, _, err = sunting(["check", "besar.txt"], project, lang="en")
    assert err == ("sunting: error: besar.txt: file is 2.1 KB, larger than the limit of 1.0 KB "
                   "(set max_file_size in sunting.yaml to raise it); not checked\n")


def test_rules_lists_whole_first_sentences(project):
    code, out, _ = sunting(["rules"], project)
    assert (code, out) == (0, "House.Kantor  warning  substitution   "
                              "Nama kantor ditulis seperti di papan namanya, mis. Kantor Redaksi.\n")
    _, out, _ = sunting(["rules"], project, lang="en")
    assert out == "House.Kantor  warning  substitution   Write the office's name as on its sign, e.g. Kantor Redaksi.\n"


def test_explain_labels_and_where_the_rule_lives(project):
    code, out, _ = sunting(["rules", "--explain", "house.kantor"], project)
    assert code == 0
    assert out == (
        "House.Kantor  (substitution, warning)\n\n"
        "Nama kantor ditulis seperti di papan namanya, mis. Kantor Redaksi. Kalimat kedua\n"
        "tidak tampil di daftar aturan.\n\n"
        "Pesan: Pakai ‘{suggestion}’, bukan ‘{match}’.\n"
        "Berlaku di: narasi\n"
        "Tautan: https://kbbi.kemdikbud.go.id/\n\n"
        "Contoh yang ditandai:\n"
        "  ✗ Dia datang ke kantoor pagi ini.   → kantor\n\n"
        "Contoh yang lolos:\n"
        "  ✓ Dia datang ke kantor pagi ini.\n\n"
        "Berkas aturan: styles/House/Kantor.yml\n"
    )
    _, out, _ = sunting(["rules", "--explain", "House.Kantor"], project, lang="en")
    assert "\nMessage: Pakai ‘{suggestion}’, bukan ‘{match}’.\nApplies to: narrative\n" in out
    assert "\nFlagged:\n" in out and "\nPasses:\n" in out
    assert out.endswith("\nDefined in: styles/House/Kantor.yml\n")
    code, _, err = sunting(["rules", "--explain", "House.Tidak"], project)
    # (names are resolved as for --select: tests/cli/test_config_selection.py)
    assert (code, err) == (2, "sunting: galat: --explain: tidak ada aturan ‘House.Tidak’; `sunting rules` mendaftar semuanya\n")


def test_explain_of_a_builtin_rule_shows_no_development_paths(tmp_path):
    code, out, _ = sunting(["rules", "--explain", "EYD.BakuForms"], tmp_path)
    assert code == 0
    assert out.endswith("\nBerkas aturan: BakuForms.yml di paket bawaan EYD\n")
    for dev in ("../shared", "shared/reference", "tests/", "build_tables", "site-packages", "/work/", "server/"):
        assert dev not in out, dev
    _, out, _ = sunting(["rules", "--explain", "EYD.BakuForms"], tmp_path, lang="en")
    assert out.endswith("\nDefined in: BakuForms.yml in the built-in pack EYD\n")


def test_sarif_texts_follow_the_interface_language(project):
    import json

    _, out, _ = sunting(["check", "--format", "sarif", "a.md"], project)
    run = json.loads(out)["runs"][0]
    (rule,) = run["tool"]["driver"]["rules"]
    assert rule["shortDescription"]["text"] == "Nama kantor ditulis seperti di papan namanya, mis. Kantor Redaksi."
    assert rule["fullDescription"]["text"].endswith("Kalimat kedua\ntidak tampil di daftar aturan.")
    assert rule["help"]["text"].endswith("\n\nContoh yang ditandai:\n- Dia datang ke kantoor pagi ini. → kantor")
    (result,) = run["results"]
    assert result["fixes"][0]["description"]["text"] == "Ganti ‘kantoor’ dengan ‘kantor’"
    _, out, _ = sunting(["check", "--format", "sarif", "a.md"], project, lang="en")
    run = json.loads(out)["runs"][0]
    assert run["tool"]["driver"]["rules"][0]["shortDescription"]["text"] == (
        "Write the office's name as on its sign, e.g. Kantor Redaksi.")
    assert run["results"][0]["fixes"][0]["description"]["text"] == "Replace ‘kantoor’ with ‘kantor’"
    assert run["results"][0]["message"]["text"] == "Pakai ‘kantor’, bukan ‘kantoor’.", "findings stay as the rule says"


def test_reject_list_speaks_indonesian(project):
    (project / "tolak.txt").write_text("gaes\n", encoding="utf-8")
    (project / "sunting.yaml").write_text(
        "packs: [House]\npaths: [styles]\nvocabularies: {reject: [tolak.txt]}\n", encoding="utf-8")
    (project / "b.md").write_text("Halo gaes, apa kabar?\n", encoding="utf-8")
    code, out, _ = sunting(["check", "b.md"], project)
    assert code == 1
    assert out.splitlines()[0] == "b.md:1:6: error ‘gaes’ ada dalam daftar tolak proyek. [Vocab.Reject]"


def test_rule_file_errors_in_indonesian(project):
    (project / "styles" / "House" / "Rusak.yml").write_text(
        'type: substitution\nlevel: warning\nmessage: "x"\n', encoding="utf-8")
    code, _, err = sunting(["check", "a.md"], project)
    rule = project / "styles" / "House" / "Rusak.yml"
    assert (code, err) == (2, f"sunting: galat: {rule}:1:1: aturan jenis substitution memerlukan salah satu kunci "
                              "ini: swap, files\n")
    _, _, err = sunting(["check", "a.md"], project, lang="en")
    assert err == f"sunting: error: {rule}:1:1: a substitution rule needs one of the keys swap, files\n"
