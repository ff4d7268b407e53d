"""The ``sunting`` command in a process of its own (``sunting.cli.run``): it ends the process as
soon as the output is written (``os._exit`` after the ``atexit`` cleanups) and starts the
cyclic collector less often — and neither may lose output, an exit status or a cleanup.
``sunting.cli.main``, which tests and embedders call, changes neither."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import textwrap

from cli_helpers import run as run_sunting

WARN = "Dia merubah rencana.\n"    # a warning (Test.Baku)
ERR = "Baca juga: berita lain.\n"  # an error (Test.Leftover)


def _python(code: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=str(cwd), capture_output=True,
                          timeout=60)


def test_output_larger_than_a_pipe_arrives_whole_with_its_exit_status(project):
    (project / "a.txt").write_text((WARN + ERR) * 3000, encoding="utf-8")  # 6,000 findings: > 1 MB of JSON
    r = run_sunting(["check", "--format", "json", "a.txt"], project)
    assert r.returncode == 1, r
    rows = json.loads(r.stdout)
    assert len(rows) == 6000
    assert rows[-1]["rule"] == "Test.Leftover" and rows[-1]["line"] == 6000


def test_summary_on_stderr_and_exit_0(project):
    (project / "a.txt").write_text(WARN, encoding="utf-8")
    r = run_sunting(["check", "a.txt"], project)
    assert r.returncode == 0, r  # a warning is below the default failing level
    assert "merubah" in r.stdout
    assert "1 temuan" in r.stderr


def test_python_dash_m_runs_the_same_command(project):
    (project / "e.txt").write_text(ERR, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "sunting", "check", "--format", "json", "e.txt"], cwd=str(project),
                       capture_output=True, timeout=60)
    assert r.returncode == 1
    assert [row["rule"] for row in json.loads(r.stdout)] == ["Test.Leftover"]


def test_atexit_cleanups_still_run(project, tmp_path):
    (project / "e.txt").write_text(ERR, encoding="utf-8")
    mark = tmp_path / "cleaned.txt"
    r = _python(f"""
        import atexit, gc, sys
        atexit.register(lambda: open({str(mark)!r}, "w").write(repr(gc.get_threshold())))
        sys.argv = ["sunting", "check", "e.txt"]
        from sunting.cli import run
        run()
        print("not reached")
    """, project)
    assert r.returncode == 1, r.stderr
    assert b"not reached" not in r.stdout and b"Leftover" in r.stdout
    # the cleanup ran, in a check process whose collector starts every 100,000 objects
    assert mark.read_text() == "(100000, 20, 10)"


def test_a_thread_left_running_is_waited_for(project, tmp_path):
    (project / "a.txt").write_text(WARN, encoding="utf-8")
    mark = tmp_path / "thread.txt"
    r = _python(f"""
        import sys, threading, time
        def late():
            time.sleep(0.3)
            open({str(mark)!r}, "w").write("done")
        threading.Thread(target=late).start()
        sys.argv = ["sunting", "check", "a.txt"]
        from sunting.cli import run
        run()
    """, project)
    assert r.returncode == 0, r.stderr
    assert mark.read_text() == "done"  # the usual exit, which waits for the thread


def test_main_leaves_the_collector_as_it_was(project, monkeypatch, capsys):
    from sunting.cli import main

    (project / "e.txt").write_text(ERR, encoding="utf-8")
    monkeypatch.chdir(project)
    before = gc.get_threshold()
    assert main(["check", "e.txt"]) == 1
    assert gc.get_threshold() == before
    assert "Leftover" in capsys.readouterr().out
