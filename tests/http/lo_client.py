"""LibreOffice's own LanguageTool client, driven headless through UNO (run with the system
``python3`` that Debian's ``python3-uno`` belongs to, not the project's venv):

    /usr/bin/python3 tests/http/lo_client.py BASE_URL TEXT_FILE [LOCALE]

Starts ``soffice --headless`` with a throw-away profile, sets Tools ▸ Options ▸ Language
Settings ▸ LanguageTool Server exactly as a user would (``Office.Linguistic/GrammarChecking/
LanguageTool``: enabled, Base URL), then asks LibreOffice's LanguageTool grammar checker
(``org.openoffice.lingu.LanguageToolGrammarChecker``, the C++ component Writer calls for
every paragraph) whether it knows the locale and to proofread the paragraph. Prints JSON:
``{"hasLocale", "errors": [{"start", "length", "short", "full", "suggestions"}]}`` —
LibreOffice's own view of the answer, offsets in its UTF-16 string.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(base_url: str, text_file: str, locale: str = "id-ID") -> int:
    import uno
    from com.sun.star.beans import PropertyValue
    from com.sun.star.lang import Locale

    text = open(text_file, encoding="utf-8").read()
    profile = tempfile.mkdtemp(prefix="sunting-lo-")
    port = free_port()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    proc = subprocess.Popen(
        [soffice, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         f"-env:UserInstallation=file://{profile}", f"--accept=socket,host=127.0.0.1,port={port};urp;"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + 120
        while True:
            try:
                ctx = resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
                break
            except Exception:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise SystemExit("LibreOffice did not start") from None
                time.sleep(0.5)
        smgr = ctx.ServiceManager
        provider = smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
        node = PropertyValue()
        node.Name, node.Value = "nodepath", "/org.openoffice.Office.Linguistic/GrammarChecking/LanguageTool"
        settings = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess", (node,))
        settings.setPropertyValue("IsEnabled", True)
        settings.setPropertyValue("BaseURL", base_url)
        settings.commitChanges()
        checker = smgr.createInstanceWithContext("org.openoffice.lingu.LanguageToolGrammarChecker", ctx)
        lang, _, country = locale.partition("-")
        loc = Locale(lang, country, "")
        has = bool(checker.hasLocale(loc))
        units = len(text.encode("utf-16-le")) // 2
        result = checker.doProofreading("sunting-test", text, loc, 0, units, ())
        errors = [
            {"start": e.nErrorStart, "length": e.nErrorLength, "short": e.aShortComment, "full": e.aFullComment,
             "suggestions": list(e.aSuggestions)}
            for e in result.aErrors
        ]
        print(json.dumps({"hasLocale": has, "errors": errors}, ensure_ascii=False))
        try:
            smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx).terminate()
        except Exception:
            pass
        return 0
    finally:
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
