"""Broken rule files, broken configs, binary and too-large files: a clear message naming
file, line and column where there is one, and the right exit status."""

from __future__ import annotations


import pytest

BAD_RULES = {
    "invalid YAML": ("type: substitution\nlevel: warning\nmessage: 'x'\nswap:\n  a: b\n   c: d\n", 6, None,
                     "YAML tidak sah"),
    "unknown key": ("type: substitution\nlevel: warning\nmessage: 'x'\nswap: {a: b}\nswapp: {c: d}\n", 5, 1,
                    "kunci tidak dikenal 'swapp' untuk aturan jenis 'substitution'; maksud Anda 'swap'?"),
    "bad regex": ("type: pattern\nlevel: warning\nmessage: 'x'\npattern: 'ab(c'\n", 4, 10,
                  "ekspresi reguler tidak sah"),
    "bad level": ("type: substitution\nlevel: fatal\nmessage: 'x'\nswap: {a: b}\n", 2, 8, "level"),
    "missing message": ("type: substitution\nlevel: warning\nswap: {a: b}\n", None, None, "message"),
}


@pytest.mark.parametrize("case", sorted(BAD_RULES))
def test_broken_rule_file_exit_2_with_location(project, sunting, case):
    text, line, col, words = BAD_RULES[case]
    rule = project / "styles" / "Test" / "Broken.yml"
    rule.write_text(text, encoding="utf-8")
    (project / "a.txt").write_text("Dia merubah rencana.\n", encoding="utf-8")
    r = sunting(["check", "a.txt"], project)
    assert r.returncode == 2, r
    msg = r.stderr.strip()
    assert msg.startswith("sunting: galat: "), msg
    assert "Traceback" not in r.stderr
    where = str(rule) if line is None else f"{rule}:{line}:" if col is None else f"{rule}:{line}:{col}:"
    assert where in msg
    assert words in msg
    assert r.stdout == ""


def test_broken_rule_file_in_parallel_run(project, sunting):
    (project / "styles" / "Test" / "Broken.yml").write_text("type: pattern\nlevel: warning\nmessage: x\npattern: '('\n")
    for i in range(20):
        (project / f"f{i}.txt").write_text("Kalimat biasa. " * 3000 + "\n", encoding="utf-8")
    r = sunting(["check", "-j", "2", "."], project)
    assert r.returncode == 2, r
    assert "Broken.yml:4:10: ekspresi reguler tidak sah" in r.stderr
    assert r.stderr.count("sunting: galat:") == 1


@pytest.mark.parametrize("config,line,col,words", [
    ("packs: [Test]\npaths: [styles\n", 3, 1, "YAML tidak sah"),
    ("packs: [Test]\npaths: [styles]\nrulez: {}\n", 3, 1, "kunci tidak dikenal 'rulez'; maksud Anda 'rules'?\n"),
    ("packs: [Test]\npaths: [styles]\nmin_level: loud\n", 3, 12, "min_level"),
    ("packs: [Test]\npaths: [nowhere]\n", 2, 9, "paths: folder paket aturan "),  # at the item itself
])
def test_broken_config_exit_2_with_location(project, sunting, config, line, col, words):
    cfg = project / "sunting.yaml"
    cfg.write_text(config, encoding="utf-8")
    (project / "a.txt").write_text("Dia merubah rencana.\n", encoding="utf-8")
    r = sunting(["check", "a.txt"], project)
    assert r.returncode == 2, r
    assert f"sunting: galat: {cfg}:{line}:{col}: " in r.stderr
    assert words in r.stderr
    assert "Traceback" not in r.stderr


def test_broken_pyproject_config(project, sunting):
    (project / "sunting.yaml").unlink()
    (project / "pyproject.toml").write_text("[tool.sunting]\npacks = [\"Test\"\n", encoding="utf-8")
    (project / "a.txt").write_text("x\n", encoding="utf-8")
    r = sunting(["check", "a.txt"], project)
    assert r.returncode == 2, r
    assert f"{project / 'pyproject.toml'}: TOML tidak sah: daftar [ ] tidak ditutup\n" in r.stderr


def test_explicit_config_option(project, sunting, tmp_path):
    other = tmp_path / "other.yaml"
    other.write_text(f"packs: [Test]\npaths: [{project / 'styles'}]\nrules: {{Test.Baku: error}}\n")
    (project / "a.txt").write_text("Dia merubah rencana.\n", encoding="utf-8")
    r = sunting(["check", "--config", str(other), "a.txt"], project)
    assert r.returncode == 1, r  # Baku raised to error by that config
    r = sunting(["check", "--config", str(tmp_path / "missing.yaml"), "a.txt"], project)
    assert r.returncode == 2
    assert f"{tmp_path / 'missing.yaml'}: tidak dapat dibaca: berkas atau folder itu tidak ada\n" in r.stderr


def test_binary_file(project, sunting):
    (project / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)))
    r = sunting(["check", "photo.txt"], project)
    assert r.returncode == 2, r
    assert "sunting: galat: photo.txt: berkas biner (bita NUL pada posisi 8); tidak diperiksa\n" in r.stderr
    assert "Traceback" not in r.stderr


def test_unreadable_files_found_in_a_folder_are_skipped_with_a_note(project, sunting):
    (project / "docs").mkdir()
    (project / "docs" / "photo.txt").write_bytes(b"GIF89a\0\0\0")
    (project / "docs" / "latin1.txt").write_bytes("caf\u00e9\n".encode("latin-1"))
    (project / "docs" / "ok.txt").write_text("Dia merubah rencana.\n", encoding="utf-8")
    r = sunting(["check", "docs"], project)
    assert r.returncode == 0, r
    assert "sunting: dilewati: docs/photo.txt: berkas biner" in r.stderr
    assert "sunting: dilewati: docs/latin1.txt:1:4: bukan UTF-8 (bita 0xe9); ubah dulu ke UTF-8\n" in r.stderr
    assert "docs/ok.txt:1:5: warning" in r.stdout


def test_50_mb_file_is_refused_fast_without_reading_it(project, sunting):
    big = project / "big.txt"
    with open(big, "wb") as fh:  # 50 MB of text (written, not sparse)
        line = ("Dia merubah rencana. " * 20 + "\n").encode()
        fh.write(line * (50 * 1024 * 1024 // len(line) + 1))
    assert big.stat().st_size >= 50 * 1024 * 1024
    r = sunting(["check", "big.txt"], project)
    assert r.returncode == 2, r
    assert "sunting: galat: big.txt: berkas berukuran 50,0 MB, melebihi batas 10 MB (naikkan max_file_size di sunting.yaml)" in r.stderr
    assert "max_file_size" in r.stderr
    # "fast" is proved by the next test (not one byte read), not by a clock: a timed unit test
    # fails on a loaded machine


def test_too_large_is_decided_before_reading(project, monkeypatch):
    """The size is taken from the open file; not one byte is read when it is too large."""
    from sunting import batch
    from sunting.text.document import DocumentError

    big = project / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse
    reads = []
    real_open = open

    class Spy:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.fh.close()

        def fileno(self):
            return self.fh.fileno()

        def read(self, *a):
            reads.append(a)
            return self.fh.read(*a)

    monkeypatch.setattr(batch, "open", lambda p, m="r": Spy(real_open(p, m)), raising=False)
    with pytest.raises(DocumentError, match="melebihi batas"):
        batch.read_text(str(big), 10 * 1024 * 1024)
    assert reads == []


def test_max_file_size_from_config(project, sunting):
    (project / "sunting.yaml").write_text("packs: [Test]\npaths: [styles]\nmax_file_size: 0.001\n")
    (project / "a.txt").write_text("Dia merubah rencana. " * 100, encoding="utf-8")
    r = sunting(["check", "a.txt"], project)
    assert r.returncode == 2 and "a.txt: berkas berukuran 2,1 KB, melebihi batas 1,0 KB" in r.stderr


def test_rules_explain_and_list(project, sunting):
    r = sunting(["rules"], project)
    assert r.returncode == 0 and "Test.Baku" in r.stdout
    r = sunting(["rules", "--explain", "Test.Baku"], project)
    assert r.returncode == 0
    assert "Era digital telah merubah perilaku." in r.stdout and "mengubah" in r.stdout
    r = sunting(["rules", "--explain", "Test.Nope"], project)
    assert r.returncode == 2


def test_too_large_stdin(project, sunting):
    (project / "sunting.yaml").write_text("packs: [Test]\npaths: [styles]\nmax_file_size: 0.001\n")
    r = sunting(["check", "-"], project, input="Dia merubah rencana. " * 100)
    assert r.returncode == 2
    assert "<stdin>: masukan standar melebihi batas 1,0 KB" in r.stderr
