"""``--format text``: compiler-like lines, the source line with the range underlined, colour
only on a terminal or with ``--color always``."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

from cli_helpers import sunting_command


def test_compiler_like_lines_and_underline(project, sunting):
    (project / "a.txt").write_text("Judul\n\nKabar 😀 baik, dia merubah rencana.\n", encoding="utf-8")
    r = sunting(["check", "a.txt"], project)
    lines = r.stdout.splitlines()
    assert lines[0] == "a.txt:3:19: warning Bentuk baku: ‘mengubah’, bukan ‘merubah’. [Test.Baku]"
    assert lines[1] == "    3 | Kabar 😀 baik, dia merubah rencana."
    # the emoji takes two terminal cells: the carets sit under ‘merubah’
    assert lines[2] == "      | " + " " * 19 + "^^^^^^^ mengubah"
    assert "\x1b[" not in r.stdout + r.stderr
    assert r.stderr == "1 temuan (1 peringatan) di 1 dari 1 berkas.\n"


def test_no_context_and_quiet(project, sunting):
    (project / "a.txt").write_text("Dia merubah rencana.\n", encoding="utf-8")
    r = sunting(["check", "--no-context", "-q", "a.txt"], project)
    assert r.stdout == "a.txt:1:5: warning Bentuk baku: ‘mengubah’, bukan ‘merubah’. [Test.Baku]\n"
    assert r.stderr == ""


def test_color_always_and_never(project, sunting):
    (project / "a.txt").write_text("Dia merubah rencana.\n", encoding="utf-8")
    r = sunting(["check", "--color", "always", "a.txt"], project)
    assert "\x1b[1;33mwarning\x1b[0m" in r.stdout
    r = sunting(["check", "--color", "never", "a.txt"], project, env={"FORCE_COLOR": "1"})
    assert "\x1b[" not in r.stdout


def test_control_characters_cannot_reach_the_terminal(project, sunting):
    (project / "a.txt").write_text("Dia\x1b[31m merubah\u202e rencana.\n", encoding="utf-8")
    r = sunting(["check", "a.txt"], project)
    assert "\x1b" not in r.stdout and "\u202e" not in r.stdout
    assert "Dia\ufffd[31m merubah\ufffd rencana." in r.stdout


def test_long_line_shows_a_window(project, sunting):
    line = "Kata " * 300 + "merubah " + "kata " * 300
    (project / "a.txt").write_text(line + "\n", encoding="utf-8")
    r = sunting(["check", "a.txt"], project)
    src, under = r.stdout.splitlines()[1:3]
    assert len(src) < 260 and src.startswith("    1 | …") and src.endswith("…")
    assert src[under.index("^")] == "m" and src[under.index("^"):].startswith("merubah")


def _run_in_pty(args, cwd):
    """Run sunting with stdout and stderr on a pseudo-terminal; return what it printed."""
    master, slave = pty.openpty()
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="100")
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen(sunting_command() + args, cwd=cwd, stdin=subprocess.DEVNULL, stdout=slave,
                            stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(master)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


def test_colour_and_progress_bar_on_a_terminal(project):
    (project / "many").mkdir()
    for i in range(30):
        (project / "many" / f"f{i:02d}.txt").write_text("Dia merubah rencana.\n", encoding="utf-8")
    rc, out = _run_in_pty(["check", "many"], project)
    assert rc == 0
    assert "\x1b[1;33mwarning\x1b[0m" in out  # colour on a terminal
    assert "memeriksa" in out  # the progress bar (on stderr, cleared when done)
    assert "30 temuan" in out
