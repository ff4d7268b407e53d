"""Loaded into the server under test (PYTHONPATH) by test_robustness.py and
test_two_phase.py. A check that
raises on documents containing BOOM, to prove the server survives it."""

import sunting.engine as _engine

_check = _engine.Engine.check


def _exploding_check(self, doc, *args, **kwargs):
    if "BOOM" in doc.source:
        raise RuntimeError("a check exploded (test)")
    return _check(self, doc, *args, **kwargs)


_engine.Engine.check = _exploding_check


# With SUNTING_TEST_SLOW_BACKEND set: a slow backend (like LanguageTool) that flags
# "lambat" after a pause, to test the server's two-phase publish.
import os as _os

if _os.environ.get("SUNTING_TEST_SLOW_BACKEND"):
    import re as _re
    import time as _time

    import sunting.backends as _backends
    from sunting.findings import Finding as _Finding, Severity as _Severity

    class _SlowBackend:
        pack = "Slow"

        def use_vocabulary(self, accept):
            pass

        def check(self, doc):
            _time.sleep(float(_os.environ["SUNTING_TEST_SLOW_BACKEND"]))
            return [
                _Finding("Slow.Word", _Severity.WARNING, "Lambat.", m.start(), m.end(), m.group(), ("cepat",))
                for m in _re.finditer(r"\blambat\b", doc.source)
            ]

    _backends.load_backends = lambda config: [_SlowBackend()]
