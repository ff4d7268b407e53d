"""A house lexicon that cannot be read is an error naming the file and line (exit 2 in the
CLI), never a traceback; the editor keeps the last good one (tests/lsp/test_house_lexicon.py)."""

from __future__ import annotations

import subprocess
import sys


def test_check_reports_a_lexicon_that_is_not_utf8(tmp_path):
    (tmp_path / "sunting.yaml").write_text("packs: [EYD]\n", encoding="utf-8")
    (tmp_path / ".sunting").mkdir()
    lexicon = tmp_path / ".sunting" / "lexicon.tsv"
    lexicon.write_bytes(b"# sunting house lexicon 1\nmeta\twords\t900\n" + "term\tTrünoyudo\t3\t1\n".encode("latin-1"))
    (tmp_path / "a.md").write_text("Banjir surut.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "sunting", "check", "a.md"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr == (f"sunting: galat: {lexicon}:3: leksikon rumah bukan UTF-8; simpan sebagai UTF-8 atau "
                           "buat ulang dengan ‘sunting learn’\n")
