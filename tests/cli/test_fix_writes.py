"""``--fix`` never loses a writer's work (issues 11.1, 11.2), with real processes:

* two ``--fix`` runs with different ``--select`` on one file take turns (an advisory lock)
  and both runs' fixes land;
* a save by another program (in place, or a new file renamed over it) while ``--fix`` is
  checking is never overwritten: the file is left alone, the run says so and exits 2;
* a read-only file is refused; owner and group are kept; a file with several hard links is
  rewritten in place so every name sees the change.
"""

from __future__ import annotations

import errno
import fcntl
import os
import subprocess
import time

import pytest

from cli_helpers import sunting_command

PACK = {
    "A.yml": "type: substitution\nlevel: warning\nmessage: m\nswap:\n  merubah: mengubah\n",
    "B.yml": "type: substitution\nlevel: warning\nmessage: m\nswap:\n  sekedar: sekadar\n",
}
N_PARAGRAPHS = 3000


@pytest.fixture
def proj(tmp_path):
    root = tmp_path / "proj"
    (root / "styles" / "W").mkdir(parents=True)
    (root / "sunting.yaml").write_text("packs: [W]\npaths: [styles]\n", encoding="utf-8")
    for name, text in PACK.items():
        (root / "styles" / "W" / name).write_text(text, encoding="utf-8")
    return root


def _article(n=N_PARAGRAPHS) -> str:
    return "\n\n".join(f"Paragraf {i} merubah rencana dan sekedar lewat saja." for i in range(n)) + "\n"


def _start(args, cwd):
    return subprocess.Popen(sunting_command() + args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _finish(proc, timeout=120):
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out.decode("utf-8"), err.decode("utf-8")


def _locked_by_other(path) -> bool:
    with open(path, "rb") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno in (errno.EAGAIN, errno.EACCES):
                return True
            raise
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        return False


def _wait_until_locked(path, proc, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _locked_by_other(path):
            return
        if proc.poll() is not None:
            raise AssertionError(f"sunting ended before it locked the file: {_finish(proc)}")
        time.sleep(0.005)
    raise AssertionError("sunting never locked the file")


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if "sunting-" in p.name)


@pytest.mark.parametrize("trial", range(3))
def test_two_concurrent_fix_runs_keep_both_runs_fixes(proj, trial):
    f = proj / "big.txt"
    f.write_text(_article(), encoding="utf-8")
    a = _start(["check", "--fix", "-q", "--select", "W.A", "big.txt"], proj)
    b = _start(["check", "--fix", "-q", "--select", "W.B", "big.txt"], proj)
    ra, rb = _finish(a), _finish(b)
    assert ra[0] == 0 and rb[0] == 0, (ra, rb)
    assert f.read_text(encoding="utf-8") == _article().replace("merubah", "mengubah").replace("sekedar", "sekadar")
    assert _leftovers(proj) == []


@pytest.mark.parametrize("how", ["in-place", "rename"])
def test_a_save_during_fix_is_never_overwritten(proj, how):
    f = proj / "big.txt"
    f.write_text(_article(), encoding="utf-8")
    saved = "Versi baru dari penulis: merubah tetap di sini.\n"
    proc = _start(["check", "--fix", "-q", "big.txt"], proj)
    _wait_until_locked(f, proc)
    time.sleep(0.3)  # sunting has read the file and is checking it
    if how == "in-place":
        with open(f, "r+b") as fh:  # as an editor saves: truncate and write
            fh.truncate(0)
            fh.write(saved.encode("utf-8"))
    else:  # as `mv new.txt big.txt` (or an editor's atomic save)
        (proj / "new.txt").write_text(saved, encoding="utf-8")
        os.replace(proj / "new.txt", f)
    rc, out, err = _finish(proc)
    assert f.read_text(encoding="utf-8") == saved
    assert rc == 2, (rc, err)
    assert "big.txt: berkas berubah sejak dibaca" in err
    assert _leftovers(proj) == []


def test_read_only_file_is_refused(proj, sunting):
    f = proj / "a.txt"
    f.write_text("Dia merubah rencana.\n", encoding="utf-8")
    os.chmod(f, 0o444)
    r = sunting(["check", "--fix", "a.txt"], proj)
    assert r.returncode == 2, r
    assert "a.txt: berkas hanya-baca; tidak diperbaiki" in r.stderr
    assert f.read_text(encoding="utf-8") == "Dia merubah rencana.\n"
    assert os.stat(f).st_mode & 0o777 == 0o444
    # nothing to fix: a read-only file is no error
    (proj / "b.txt").write_text("Dia mengubah rencana.\n", encoding="utf-8")
    os.chmod(proj / "b.txt", 0o444)
    assert sunting(["check", "--fix", "b.txt"], proj).returncode == 0


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another owner needs root")
def test_owner_and_group_are_kept(proj, sunting):
    f = proj / "a.txt"
    f.write_text("Dia merubah rencana.\n", encoding="utf-8")
    os.chown(f, 12345, 23456)
    sunting(["check", "--fix", "a.txt"], proj)
    st = os.stat(f)
    assert (st.st_uid, st.st_gid) == (12345, 23456)
    assert f.read_text(encoding="utf-8") == "Dia mengubah rencana.\n"


def test_hard_linked_file_is_fixed_for_every_name(proj, sunting):
    f = proj / "a.txt"
    f.write_text("Dia merubah rencana.\n", encoding="utf-8")
    other = proj / "arsip.txt"
    os.link(f, other)
    ino = os.stat(f).st_ino
    r = sunting(["check", "--fix", "a.txt"], proj)
    assert r.returncode == 0, r
    assert other.read_text(encoding="utf-8") == "Dia mengubah rencana.\n"
    assert os.stat(f).st_ino == ino == os.stat(other).st_ino and os.stat(f).st_nlink == 2
    assert _leftovers(proj) == []
