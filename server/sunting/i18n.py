"""The words sunting itself says to the user, in the interface's language.

Everything the doors show that is not a finding — CLI help, labels, the summary line,
errors and notes, the editor's quick-fix titles, hover labels, notifications — comes from
the catalogue below by key: ``t("cli.summary.none", files=3)``. Each entry holds the
Indonesian text and its English translation side by side, so a reviewer reads both at once
and a test can check that every key used in the code exists and every entry is used.

**Indonesian by default, whatever the system locale.** Most machines in Indonesian
newsrooms run an English locale (``en_US.UTF-8``) and an English VS Code: following the
locale would hand nearly every user English. English is shown only when asked for:
``SUNTING_LANG=en`` in the environment (``id`` or unset: Indonesian), or, in the language
server, the client's ``sunting.interfaceLanguage`` setting (passed as ``lang=``).

Finding messages and rule descriptions are not here: they are data of the rule packs
(``message``/``description`` in the YAML, Indonesian; ``translations: {en: …}`` for the
description). Machine formats (JSON keys, SARIF structure, level names such as
``warning``, which are also what a user types in ``sunting.yaml``) never change.

English texts may pick a singular or plural form by a numeric parameter:
``{n?finding|findings}`` (Indonesian does not inflect for number).
"""

from __future__ import annotations

import errno
import os
import re

#: Interface languages, the default first.
LANGUAGES = ("id", "en")
DEFAULT = "id"
ENV = "SUNTING_LANG"

_PLURAL = re.compile(r"\{(\w+)\?([^|{}]*)\|([^{}]*)\}")


def normalise(code: str | None) -> str | None:
    """``en_US.UTF-8``, ``en-GB``, ``EN`` → ``en``; ``id_ID``, ``in`` (Java's old code) → ``id``;
    anything else (empty, unknown) → None."""
    if not code:
        return None
    base = re.split(r"[-_.@]", code.strip().lower(), maxsplit=1)[0]
    if base == "in":
        base = "id"
    return base if base in LANGUAGES else None


#: the language the one client of a long-running door chose (the language server's
#: ``sunting.interfaceLanguage``), for texts made far from any request — an error of a
#: config loaded in the background — so they speak as the titles and labels do
_SESSION: dict[str, str | None] = {"lang": None}


def set_session_language(code: str | None) -> None:
    """The client's choice (``id``, ``en``; None or ``auto``: no choice), above ``$SUNTING_LANG``."""
    _SESSION["lang"] = normalise(code)


def language(requested: str | None = None) -> str:
    """The interface language: ``requested`` (a client setting) when it names a known one,
    else the session's (:func:`set_session_language`), else ``$SUNTING_LANG``, else Indonesian."""
    return normalise(requested) or _SESSION["lang"] or normalise(os.environ.get(ENV)) or DEFAULT


def t(key: str, /, lang: str | None = None, **params: object) -> str:
    """The text of ``key`` in the interface language, with ``params`` filled in.

    An unknown key raises KeyError: a missing entry is a bug the tests catch, never a
    silently English (or empty) interface.
    """
    entry = CATALOGUE[key]
    text = entry[1] if language(lang) == "en" else entry[0]
    if "?" in text:
        text = _PLURAL.sub(lambda m: m[2] if params.get(m[1]) == 1 else m[3], text)
    return text.format(**params) if params else text


def number(value: float, digits: int = 1, lang: str | None = None) -> str:
    """A decimal number as the interface writes it: ``2,5`` in Indonesian, ``2.5`` in English
    (a whole number without decimals)."""
    s = f"{value:.0f}" if value == int(value) else f"{value:.{digits}f}"
    return s if language(lang) == "en" else s.replace(".", ",")


def os_reason(error: OSError | str, lang: str | None = None) -> str:
    """Why the operating system refused a file, in the interface language (``strerror`` is
    the C library's English): the common errnos from the catalogue, a rare one as it is.
    ``error`` may also be the C library's text as another program printed it (git's
    ``could not open directory 'x/': Permission denied``)."""
    if isinstance(error, str):
        code = next((c for c in errno.errorcode if os.strerror(c) == error), 0)
        text = error
    else:
        code, text = error.errno or 0, error.strerror or str(error)
    name = errno.errorcode.get(code, "")
    if f"os.{name}" in CATALOGUE:
        return t(f"os.{name}", lang=lang)
    return text


def level_name(label: str, n: int = 1, lang: str | None = None) -> str:
    """A severity in running text (the summary line), for ``n`` of them: ``warning`` →
    ``peringatan`` (English: ``warnings`` when ``n`` is not 1)."""
    return t(f"level.{label}", lang=lang, n=n)


# key → (Indonesian, English)
CATALOGUE: dict[str, tuple[str, str]] = {
    # ---------------------------------------------------------------- severities in prose
    "level.error": ("galat", "{n?error|errors}"),
    "level.warning": ("peringatan", "{n?warning|warnings}"),
    "level.info": ("info", "info"),
    "level.hint": ("petunjuk", "{n?hint|hints}"),
    # ---------------------------------------------------------------- argparse itself
    "argparse.usage: ": ("penggunaan: ", "usage: "),
    "argparse.positional arguments": ("argumen posisi", "positional arguments"),
    "argparse.options": ("opsi", "options"),
    "argparse.show this help message and exit": ("tampilkan bantuan ini lalu keluar", "show this help message and exit"),
    "argparse.show program's version number and exit": (
        "tampilkan nomor versi lalu keluar", "show program's version number and exit"),
    "argparse.%(prog)s: error: %(message)s\n": ("%(prog)s: galat: %(message)s\n", "%(prog)s: error: %(message)s\n"),
    "argparse.the following arguments are required: %s": (
        "argumen berikut wajib diisi: %s", "the following arguments are required: %s"),
    "argparse.unrecognized arguments: %s": ("argumen tidak dikenal: %s", "unrecognized arguments: %s"),
    "argparse.argument %(argument_name)s: %(message)s": (
        "argumen %(argument_name)s: %(message)s", "argument %(argument_name)s: %(message)s"),
    "argparse.invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan tidak sah: %(value)r (pilih salah satu: %(choices)s)",
        "invalid choice: %(value)r (choose from %(choices)s)"),
    "argparse.expected one argument": ("perlu satu nilai", "expected one argument"),
    "argparse.expected at least one argument": ("perlu sedikitnya satu nilai", "expected at least one argument"),
    "argparse.expected at most one argument": ("paling banyak satu nilai", "expected at most one argument"),
    "argparse.invalid %(type)s value: %(value)r": ("nilai %(type)s tidak sah: %(value)r", "invalid %(type)s value: %(value)r"),
    "argparse.ambiguous option: %(option)s could match %(matches)s": (
        "opsi %(option)s ambigu: bisa berarti %(matches)s", "ambiguous option: %(option)s could match %(matches)s"),
    "argparse.not allowed with argument %s": ("tidak boleh bersama argumen %s", "not allowed with argument %s"),
    "argparse.ignored explicit argument %r": ("argumen eksplisit %r diabaikan", "ignored explicit argument %r"),
    # ---------------------------------------------------------------- sunting's help
    "help.description": (
        "Pemeriksa naskah dan gaya selingkung untuk redaksi berita berbahasa Indonesia.",
        "Proofreading and house-style checker for newsrooms, Indonesian first."),
    "help.epilog": (
        "Antarmuka berbahasa Indonesia; SUNTING_LANG=en untuk bahasa Inggris.",
        "The interface speaks Indonesian unless SUNTING_LANG=en (English)."),
    "help.version": ("tampilkan versi sunting lalu keluar", "show sunting's version and exit"),
    "help.commands": ("perintah", "commands"),
    "metavar.path": ("BERKAS", "PATH"),
    "metavar.name": ("NAMA", "NAME"),
    "metavar.file": ("BERKAS", "FILE"),
    "help.check": ("periksa berkas dan folder", "check files and folders"),
    "help.check.paths": ("berkas, folder, atau - untuk masukan standar", "files, folders, or - for standard input"),
    "help.check.format": ("format keluaran (bawaan: text)", "output format (default: text)"),
    "help.check.fail_level": (
        "tingkat terendah yang membuat status keluar 1 (bawaan: error, atau fail_level di konfigurasi)",
        "lowest level that makes the exit status 1 (default: error, or fail_level in the config)"),
    "help.check.min_level": ("jangan laporkan temuan di bawah tingkat ini", "do not report findings below this level"),
    "help.check.select": (
        "hanya aturan atau paket ini (boleh diulang, pisahkan dengan koma)",
        "only these rules or packs (repeatable, comma-separated)"),
    "help.check.ignore": ("lewati aturan atau paket ini", "skip these rules or packs"),
    "help.check.fix": ("terapkan saran tunggal yang aman langsung pada berkas", "apply single, safe suggestions in place"),
    "help.check.unsafe_fixes": (
        "dengan --fix atau --diff: terapkan juga perbaikan yang bergantung pada konteks (tingkat info, aturan "
        "yang perbaikannya unsafe, kata di dalam kutipan); periksa hasilnya",
        "with --fix or --diff: also apply fixes that depend on context (info level, rules whose fix is unsafe, "
        "words inside quotations); review the result"),
    "help.check.diff": (
        "tampilkan perbaikan sebagai diff terpadu tanpa menulis apa pun",
        "show the fixes as a unified diff; write nothing"),
    "help.check.stdin_filename": (
        "nama (dan format) teks yang dibaca dari -", "the name (and format) of the text read from -"),
    "help.check.config": (
        "pakai berkas konfigurasi ini alih-alih mencarinya", "use this config file instead of searching for one"),
    "help.check.changed_since": (
        "laporkan hanya temuan pada baris yang berubah sejak revisi git ini",
        "report only findings on lines changed since a git revision"),
    "help.check.force_exclude": (
        "terapkan glob include/exclude konfigurasi juga pada berkas yang disebut di baris perintah "
        "(untuk pre-commit dan CI, yang memberikan nama berkas)",
        "apply the config's include/exclude globs to files named on the command line too "
        "(for pre-commit and CI, which pass file names)"),
    "help.check.jobs": (
        "jumlah proses paralel (bawaan: jumlah CPU bila berkasnya banyak)",
        "parallel processes (default: number of CPUs when many files)"),
    "help.check.no_context": ("format text: jangan cetak baris sumbernya", "text format: do not print the source line"),
    "help.check.color": ("warna keluaran (bawaan: auto, hanya di terminal)", "colour the output (default: auto, on a terminal)"),
    "help.check.quiet": ("tanpa baris ringkasan", "no summary line"),
    "help.check.verbose": (
        "sebutkan berkas dan folder yang dilewati beserta alasannya (diabaikan git, berkas sunting sendiri, …)",
        "say which files and folders were left out, and why (git-ignored, sunting's own files, …)"),
    "help.rules": ("daftar aturan, atau penjelasan satu aturan", "list the rules, or explain one"),
    "help.rules.explain": (
        "jelaskan satu aturan: uraian, pesan, contoh, dan tautan",
        "explain one rule: description, message, examples and link"),
    "help.rules.config": ("pakai berkas konfigurasi ini alih-alih mencarinya", "use this config file instead of searching for one"),
    "help.rules.schema": ("cetak JSON Schema berkas aturan", "print the JSON Schema of rule files"),
    "help.rules.write_manifest": (
        "validasi berkas aturan bawaan dan catat digest-nya (rules/validated.sha256)",
        "validate the built-in rule files and record their digests (rules/validated.sha256)"),
    "help.learn": (
        "pelajari arsip redaksi: leksikon rumah (.sunting/lexicon.tsv)",
        "learn from the newsroom's archive: the house lexicon (.sunting/lexicon.tsv)"),
    "help.learn.description": (
        "Membaca arsip (folder Markdown/HTML/teks) dan menulis leksikon rumah: nama dan istilah yang sering "
        "dipakai, salah ketik yang sering muncul, hitungan konteks.",
        "Reads an archive (folders of Markdown, HTML or text) and writes the house lexicon: the names and terms "
        "used often, the typos that recur, context counts."),
    "metavar.archive": ("ARSIP", "ARCHIVE"),
    "metavar.folder": ("FOLDER", "FOLDER"),
    "help.learn.archive": ("folder atau berkas arsip", "archive folders or files"),
    "help.learn.output": (
        "folder tujuan (bawaan: .sunting/ di samping sunting.yaml, atau di folder ini)",
        "where to write (default: .sunting/ beside sunting.yaml, or in this folder)"),
    "help.learn.update": ("tambahkan hanya berkas yang belum pernah dibaca", "add only the files not read before"),
    "help.learn.report": ("tampilkan isi leksikon rumah", "show what the house lexicon holds"),
    "learn.needs_archive": ("sebutkan folder arsip, atau --report", "name an archive folder, or --report"),
    "learn.no_lexicon": ("belum ada leksikon rumah di {path}", "no house lexicon at {path} yet"),
    "learn.progress": ("Membaca arsip", "Reading the archive"),
    "learn.wrote": (
        "Ditulis: {path} ({files} berkas; {terms} istilah dan nama, {typos} salah ketik)",
        "Wrote {path} ({files} {files?file|files}; {terms} {terms?term or name|terms and names}, "
        "{typos} {typos?typo|typos})"),
    "learn.report.head": (
        "Leksikon redaksi: {files} berkas, {terms} istilah dan nama, {typos} salah ketik, {contexts} hitungan "
        "konteks.",
        "House lexicon: {files} {files?file|files}, {terms} {terms?term or name|terms and names}, "
        "{typos} {typos?typo|typos}, {contexts} context {contexts?count|counts}."),
    "learn.report.names": ("Nama yang sering dipakai ({n}):", "Names used often ({n}):"),
    "learn.report.terms": ("Istilah yang sering dipakai ({n}):", "Terms used often ({n}):"),
    "learn.report.typos": ("Salah ketik yang sering muncul ({n}):", "Typos that recur ({n}):"),
    "help.serve": (
        "jalankan server bahasa (LSP lewat stdio), atau API HTTP ala LanguageTool (--http)",
        "run the language server (LSP over stdio), or the LanguageTool-compatible HTTP API (--http)"),
    "help.serve.tcp": ("dengarkan di TCP alih-alih stdio (untuk awakutu)", "listen on TCP instead of stdio (for debugging)"),
    "help.serve.log_file": ("tulis log ke berkas ini", "write the log to this file"),
    "help.serve.verbose": ("log yang lebih rinci", "a more detailed log"),
    # ---------------------------------------------------------------- sunting serve --http
    "help.http": ("HTTP (API yang kompatibel dengan LanguageTool)", "HTTP (LanguageTool-compatible API)"),
    "help.http.http": (
        "layani API HTTP v2 LanguageTool alih-alih server bahasa (host 127.0.0.1 bila tidak disebut)",
        "serve LanguageTool's HTTP API v2 instead of the language server (host 127.0.0.1 unless given)"),
    "help.http.workers": ("jumlah proses pekerja (masing-masing satu pemeriksaan sekaligus)",
                          "worker processes (one check at a time each)"),
    "help.http.config": ("pakai sunting.yaml ini alih-alih mencarinya dari folder kerja",
                         "use this sunting.yaml instead of searching from the working folder"),
    "help.http.languagetool": (
        "server LanguageTool untuk bahasa lain (bawaan: languagetool.server di sunting.yaml)",
        "LanguageTool server for other languages (default: languagetool.server in sunting.yaml)"),
    "help.http.token_file": (
        "wajibkan salah satu token dalam berkas ini (satu per baris) untuk /v2/check; atau setel {env}",
        "require one of the tokens in this file (one per line) for /v2/check; or set {env}"),
    "help.http.cors_origin": ("izinkan halaman peramban dari origin ini memanggil API (boleh berulang)",
                              "let browser pages from this origin call the API (repeatable)"),
    "help.http.max_text_chars": ("teks terpanjang per permintaan (karakter)", "longest text per request (characters)"),
    "help.http.max_body_kb": ("badan permintaan terbesar (KB)", "largest request body (KB)"),
    "help.http.time_limit": ("batas waktu satu pemeriksaan (detik)", "seconds one check may take"),
    "help.http.max_queue": ("permintaan yang boleh menunggu per pekerja; selebihnya mendapat 503",
                            "requests that may wait per worker; more get 503"),
    "help.http.access_log": ("log akses: sebuah berkas, - (galat standar), atau off",
                             "access log: a file, - (standard error) or off"),
    "http.cli.bad_address": (
        "--http {value!r}: tulis [HOST:]PORT dengan porta 1 sampai 65535, misalnya 8081 atau 127.0.0.1:8081",
        "--http {value!r}: expected [HOST:]PORT with a port from 1 to 65535, e.g. 8081 or 127.0.0.1:8081"),
    "http.cli.needs_extra": (
        "sunting serve --http memerlukan paket tambahan http ({module} belum terpasang): pip install 'sunting[http]'",
        "sunting serve --http needs the http extra ({module} is not installed): pip install 'sunting[http]'"),
    "http.cli.at_least_one": ("{option} paling sedikit 1", "{option} must be at least 1"),
    "http.cli.time_limit_positive": ("--time-limit harus lebih dari 0", "--time-limit must be greater than 0"),
    "http.cli.token_file_unreadable": ("{path}: berkas token tidak dapat dibaca: {reason}",
                                       "{path}: cannot read the token file: {reason}"),
    "http.cli.token_file_empty": ("{path}: berkas token kosong", "{path}: no token in the file"),
    "http.cli.open_without_token": (
        "sunting: peringatan: {address} terbuka tanpa token; pasang --token-file bila jaringannya tidak tepercaya",
        "sunting: warning: {address} is open without a token; set --token-file unless the network is trusted"),
    "http.log.running": ("sunting melayani {value} (Ctrl+C untuk berhenti)", "sunting is serving on {value} (Ctrl+C to stop)"),
    "http.log.started": ("proses server {value} berjalan", "server process {value} started"),
    "http.log.finished": ("proses server {value} selesai", "server process {value} finished"),
    "http.log.parent_started": ("proses induk {value} berjalan", "parent process {value} started"),
    "http.log.parent_stopping": ("proses induk {value} berhenti", "parent process {value} stopping"),
    "http.log.child_waiting": ("menunggu proses pekerja {value}", "waiting for worker process {value}"),
    "http.log.child_died": ("proses pekerja {value} mati; diganti yang baru", "worker process {value} died; replaced"),
    "http.log.startup_waiting": ("menyiapkan aturan dan leksikon …", "loading the rules and the lexicon …"),
    "http.log.startup_complete": ("siap menerima permintaan", "ready for requests"),
    "http.log.shutting_down": ("berhenti", "shutting down"),
    "http.log.connections_waiting": (
        "menunggu sambungan yang masih terbuka (Ctrl+C sekali lagi untuk memaksa berhenti)",
        "waiting for open connections to close (Ctrl+C again to force quit)"),
    "http.log.shutdown_waiting": ("menyelesaikan pemeriksaan yang sedang berjalan …", "finishing the checks under way …"),
    "http.log.shutdown_complete": ("selesai", "done"),
    "http.log.signal": ("menerima {value}, berhenti", "received {value}, exiting"),
    "http.log.reloaded": ("konfigurasi dimuat ulang", "configuration reloaded"),
    "http.error.missing_language": ("Isian 'language' wajib diisi, misalnya 'id-ID' atau 'auto'.",
                                    "The 'language' field is required, e.g. 'id-ID' or 'auto'."),
    "http.error.not_a_language_code": (
        "'{language}' bukan kode bahasa; pakai kode seperti 'id-ID', 'en-US', atau 'auto'.",
        "'{language}' is not a language code; use a code such as 'id-ID', 'en-US' or 'auto'."),
    "http.error.unknown_language": ("Bahasa '{language}' tidak dikenal sunting maupun LanguageTool.",
                                    "The language '{language}' is known neither to sunting nor to LanguageTool."),
    "http.error.unknown_language_server": (
        "Bahasa '{language}' tidak dikenal sunting maupun server LanguageTool {server}.",
        "The language '{language}' is known neither to sunting nor to the LanguageTool server {server}."),
    "http.error.missing_text": ("Isian 'text' atau 'data' wajib diisi: teks yang hendak diperiksa.",
                                "The 'text' or 'data' field is required: the text to check."),
    "http.error.text_and_data": ("Kirim 'text' atau 'data', jangan keduanya.", "Send 'text' or 'data', not both."),
    "http.error.invalid_enabled_only": ("Isian 'enabledOnly' harus 'true' atau 'false'.",
                                        "The 'enabledOnly' field must be 'true' or 'false'."),
    "http.error.invalid_level": ("Isian 'level' harus 'default' atau 'picky'.",
                                 "The 'level' field must be 'default' or 'picky'."),
    "http.error.enabled_only_without_rules": (
        "'enabledOnly=true' perlu 'enabledRules' atau 'enabledCategories': aturan mana yang dipakai?",
        "'enabledOnly=true' needs 'enabledRules' or 'enabledCategories': which rules should run?"),
    "http.error.invalid_mother_tongue": ("'{language}' bukan kode bahasa untuk 'motherTongue'.",
                                         "'{language}' is not a language code for 'motherTongue'."),
    "http.error.invalid_data.json": ("Isian 'data' bukan JSON yang sah: {reason}.", "The 'data' field is not valid JSON: {reason}."),
    "http.error.invalid_data.shape": ("Isian 'data' harus berupa objek JSON dengan daftar 'annotation'.",
                                      "The 'data' field must be a JSON object with an 'annotation' list."),
    "http.error.invalid_data.part": (
        "Bagian ke-{n} dari 'annotation' harus punya tepat satu dari 'text' atau 'markup' (dan boleh 'interpretAs' "
        "untuk 'markup').",
        "Part {n} of 'annotation' must have exactly one of 'text' or 'markup' (and may have 'interpretAs' with "
        "'markup')."),
    "http.error.invalid_data.interpret_as": ("Bagian ke-{n} dari 'annotation': 'interpretAs' hanya untuk 'markup'.",
                                             "Part {n} of 'annotation': 'interpretAs' goes only with 'markup'."),
    "http.error.invalid_data.value": ("Bagian ke-{n} dari 'annotation': nilainya harus berupa teks.",
                                      "Part {n} of 'annotation': its values must be strings."),
    "http.error.text_too_long": (
        "Teks terlalu panjang: {n} karakter, batasnya {limit}. Bagi teks menjadi beberapa permintaan.",
        "The text is too long: {n} characters, the limit is {limit}. Split it over several requests."),
    "http.error.body_too_large": ("Badan permintaan melebihi {kb} KB; kirim teks yang lebih pendek.",
                                  "The request body is larger than {kb} KB; send a shorter text."),
    "http.error.client_disconnected": ("Sambungan terputus sebelum permintaan terkirim utuh.",
                                       "The connection closed before the whole request arrived."),
    "http.error.invalid_form": ("Formulir multipart tidak terbaca: {reason}.", "The multipart form cannot be read: {reason}."),
    "http.error.unsupported_media_type": (
        "Kirim isian sebagai formulir (application/x-www-form-urlencoded), seperti API LanguageTool; teks "
        "beranotasi masuk lewat isian 'data'.",
        "Send the fields as a form (application/x-www-form-urlencoded), as LanguageTool's API takes them; "
        "annotated text goes in the 'data' field."),
    "http.error.not_utf8": ("Badan permintaan bukan UTF-8.", "The request body is not UTF-8."),
    "http.error.too_many_fields": ("Terlalu banyak isian dalam satu permintaan.", "Too many fields in one request."),
    "http.error.unauthorized": ("Perlu token: kirim 'Authorization: Bearer <token>' atau isian 'apiKey'.",
                                "A token is needed: send 'Authorization: Bearer <token>' or the 'apiKey' field."),
    "http.error.busy": ("Server sedang penuh; coba lagi sebentar lagi.", "The server is busy; try again in a moment."),
    "http.error.time_limit": (
        "Pemeriksaan melewati batas waktu {seconds} detik; bagi teks menjadi bagian yang lebih kecil.",
        "The check took longer than {seconds} s; split the text into smaller parts."),
    "http.error.not_found": ("Tidak ada {path}; yang ada: /v2/check, /v2/languages, /healthz.",
                             "No {path} here; there are /v2/check, /v2/languages and /healthz."),
    "http.error.method_not_allowed": ("{method} tidak bisa untuk {path}; pakai {allowed}.",
                                      "{method} is not allowed on {path}; use {allowed}."),
    "http.error.internal_error": ("Galat di dalam sunting; log server memuat rinciannya.",
                                  "An error inside sunting; the server's log has the details."),
    "http.error.languagetool_unavailable": ("Server LanguageTool yang dituju tidak menjawab: {reason}",
                                            "The LanguageTool server does not answer: {reason}"),
    "http.error.languagetool_rejected": ("LanguageTool menolak permintaan ini: {reason}",
                                         "LanguageTool refused this request: {reason}"),
    "http.warning.config_reload_failed": (
        "Konfigurasi baru tidak terbaca, aturan terakhir yang sah tetap dipakai: {reason}",
        "The new configuration cannot be read; the last good rules stay in use: {reason}"),
    "http.warning.languagetool_unavailable": (
        "LanguageTool tidak menjawab, jadi paragraf bahasa Inggris tidak diperiksa olehnya: {reason}",
        "LanguageTool does not answer, so English paragraphs were not checked by it: {reason}"),
    "http.warning.english_not_checked": (
        "Ada paragraf berbahasa Inggris, tetapi tidak ada server LanguageTool yang dikonfigurasi untuk "
        "memeriksanya (languagetool.server di sunting.yaml, atau --languagetool URL).",
        "Some paragraphs are in English, and no LanguageTool server is configured to check them "
        "(languagetool.server in sunting.yaml, or --languagetool URL)."),
    "http.warning.languagetool_not_configured": (
        "Teks berbahasa '{language}' tidak diperiksa: sunting hanya memeriksa bahasa Indonesia, dan tidak ada "
        "server LanguageTool yang dikonfigurasi (languagetool.server di sunting.yaml, atau --languagetool URL).",
        "Text in '{language}' was not checked: sunting checks only Indonesian, and no LanguageTool server is "
        "configured (languagetool.server in sunting.yaml, or --languagetool URL)."),
    # ---------------------------------------------------------------- the LanguageTool backend
    "lt.bad_languages": ("{server}: /v2/languages tidak menjawab dengan daftar", "{server}: /v2/languages did not answer with a list"),
    "lt.bad_matches": ("{server}: /v2/check menjawab tanpa daftar temuan", "{server}: /v2/check answered without a list of matches"),
    "lt.http_status": ("{server} menjawab HTTP {status}: {detail}", "{server} answered HTTP {status}: {detail}"),
    "lt.not_json": ("{server} tidak menjawab {path} dengan JSON: {body}", "{server} did not answer {path} with JSON: {body}"),
    "lt.reason.rate_limit": ("permintaan berikutnya ditolak (HTTP {status}, batas laju): {detail}",
                             "it refused more requests (HTTP {status}, rate limit): {detail}"),
    "lt.reason.timeout": ("tidak ada jawaban dalam {seconds} detik; naikkan languagetool.timeout bila servernya hanya lambat",
                          "no answer within {seconds} s; raise languagetool.timeout if the server is only slow"),
    "lt.reason.refused": ("sambungan ditolak", "connection refused"),
    "lt.reason.unknown_host": ("nama host tidak dikenal: {host}", "unknown host: {host}"),
    "lt.label.remote": ("di {url}", "at {url}"),
    "lt.label.local": ("yang dijalankan dari {jar} di {url}", "started from {jar} at {url}"),
    "lt.label.local_pending": ("(lokal)", "(local)"),
    "lt.stopped_answering": (
        "server LanguageTool {server} berhenti menjawab ({reason}); sejak itu temuan LanguageTool tidak ada, "
        "pemeriksaan lain tetap berjalan. {hint}",
        "the LanguageTool server {server} stopped answering ({reason}); LanguageTool findings are missing from "
        "then on, the other checks ran. {hint}"),
    "lt.unreachable": (
        "server LanguageTool {server} tidak dapat dihubungi ({reason}); pemeriksaan LanguageTool dilewati, "
        "pemeriksaan lain tetap berjalan. {hint}",
        "cannot reach the LanguageTool server {server} ({reason}); LanguageTool checks were skipped, the other "
        "checks ran. {hint}"),
    "lt.hint.remote": (
        "Jalankan server (misalnya `{docker}`, atau `{jar}` di folder LanguageTool), lalu arahkan "
        "languagetool.server di sunting.yaml (atau SUNTING_LT_SERVER) ke sana.",
        "Start one (for example `{docker}`, or `{jar}` in LanguageTool's folder) and point languagetool.server "
        "in sunting.yaml (or SUNTING_LT_SERVER) at it."),
    "lt.hint.local": ("Server akan dijalankan lagi pada pemeriksaan berikutnya (server bahasa mencobanya lagi setelah jeda).",
                      "It is started again on the next check (the language server retries after a pause)."),
    "lt.exited": (
        "server LanguageTool yang dijalankan dari {jar} berhenti (kode {code}); sejak itu temuan LanguageTool "
        "tidak ada, pemeriksaan lain tetap berjalan. {hint}",
        "the LanguageTool server started from {jar} exited (code {code}); LanguageTool findings are missing "
        "from then on, the other checks ran. {hint}"),
    "lt.no_files_in": (
        "berkas LanguageTool tidak ada di {folder} (dari {source}): {jars} tidak ditemukan di sana. Pasang "
        "LanguageTool (scripts/install-languagetool.sh, atau ekstrak LanguageTool-stable.zip dari "
        "languagetool.org) dan arahkan {source} ke folder yang memuat languagetool-server.jar, atau jalankan "
        "server (`{docker}`) dan setel languagetool.server.",
        "LanguageTool's files are not in {folder} (from {source}): no {jars} there. Install LanguageTool "
        "(scripts/install-languagetool.sh, or unzip LanguageTool-stable.zip from languagetool.org) and point "
        "{source} at the folder holding languagetool-server.jar, or run a server (`{docker}`) and set "
        "languagetool.server."),
    "lt.not_found": (
        "LanguageTool dinyalakan di sunting.yaml, tetapi LanguageTool tidak ditemukan: tidak ada "
        "languagetool.server, SUNTING_LT_SERVER, LTP_JAR_DIR_PATH, maupun salinan dari language-tool-python. "
        "Jalankan server (misalnya `{docker}`) dan setel `languagetool: {{server: http://localhost:8010}}`; "
        "atau pasang LanguageTool (scripts/install-languagetool.sh) dan setel LTP_JAR_DIR_PATH ke foldernya "
        "(perlu Java 17+); atau setel languagetool.allow_download: true agar language-tool-python mengunduhnya "
        "(sekitar 250 MB). Pemeriksaan lain tetap berjalan.",
        "LanguageTool is turned on in sunting.yaml but no LanguageTool was found: no languagetool.server, no "
        "SUNTING_LT_SERVER, no LTP_JAR_DIR_PATH, and no copy installed by language-tool-python. Run a server "
        "(for example `{docker}`) and set `languagetool: {{server: http://localhost:8010}}`, or install "
        "LanguageTool (scripts/install-languagetool.sh) and set LTP_JAR_DIR_PATH to its folder (Java 17+ "
        "needed), or set languagetool.allow_download: true to let language-tool-python download it (about "
        "250 MB). The other checks ran."),
    "lt.download_needs_ltp": ("languagetool.allow_download memerlukan language-tool-python: pip install 'sunting[languagetool]'",
                              "languagetool.allow_download needs language-tool-python: pip install 'sunting[languagetool]'"),
    "lt.download_failed": ("pengunduhan LanguageTool lewat language-tool-python gagal: {reason}",
                           "downloading LanguageTool through language-tool-python failed: {reason}"),
    "lt.no_java": (
        "LanguageTool memerlukan Java 17 atau yang lebih baru untuk berjalan di mesin ini, dan `java` tidak ada "
        "di PATH: pasang Java (Debian/Ubuntu: `apt install default-jre-headless`, macOS: `brew install "
        "openjdk`), atau jalankan server (`{docker}`) dan setel languagetool.server. Pemeriksaan lain tetap "
        "berjalan.",
        "LanguageTool needs Java 17 or newer to run locally and no `java` is on PATH: install a Java runtime "
        "(Debian/Ubuntu: `apt install default-jre-headless`, macOS: `brew install openjdk`), or run a server "
        "(`{docker}`) and set languagetool.server. The other checks ran."),
    "lt.cannot_start": ("LanguageTool tidak dapat dijalankan ({command}): {reason}", "cannot start LanguageTool ({command}): {reason}"),
    "lt.needs_newer_java": ("LanguageTool ini memerlukan Java yang lebih baru (17 atau sesudahnya).",
                            "This LanguageTool needs a newer Java (17 or later)."),
    "lt.start_exited": ("LanguageTool ({jar}) berhenti saat dijalankan (kode {code}): {detail}.",
                        "LanguageTool ({jar}) exited while starting (code {code}): {detail}."),
    "lt.start_timeout": (
        "LanguageTool ({jar}) belum siap dalam {seconds} detik; naikkan languagetool.startup_timeout, atau "
        "jalankan sebagai server dan setel languagetool.server.",
        "LanguageTool ({jar}) did not start within {seconds} s; raise languagetool.startup_timeout, or run it as "
        "a server and set languagetool.server."),
    "lt.notice.unsupported": (
        "LanguageTool tidak mendukung {language}, jadi teks berbahasa itu tidak dikirim kepadanya (pemeriksaan "
        "lain berjalan seperti biasa).",
        "LanguageTool does not support {language}, so text in it was not sent to it (the other checks ran as "
        "usual)."),
    "lt.notice.server_unsupported": (
        "server LanguageTool {server} tidak mendukung bahasa '{language}', jadi dokumen berbahasa itu tidak "
        "dikirim; setel languagetool.language ke bahasa yang terdaftar di /v2/languages.",
        "the LanguageTool server {server} does not support the language '{language}', so documents in it were "
        "not sent; set languagetool.language to one it lists at /v2/languages."),
    "lt.notice.request_failed": ("LanguageTool tidak dapat memeriksa {path}: {reason}", "LanguageTool could not check {path}: {reason}"),
    "lt.notice.failed": ("LanguageTool: {reason}", "LanguageTool: {reason}"),
    "lt.language.id": ("bahasa Indonesia", "Indonesian"),
    "lt.language.ms": ("bahasa Melayu", "Malay"),
    "lt.language.jv": ("bahasa Jawa", "Javanese"),
    "lt.language.su": ("bahasa Sunda", "Sundanese"),
    "lt.config.unknown_key": ("languagetool: kunci {key!r} tidak dikenal (yang dikenal: {known})",
                              "languagetool: unknown key {key!r} (known: {known})"),
    "lt.config.expected": ("languagetool.{key}: seharusnya {expected}, bukan {value}", "languagetool.{key}: expected {expected}, got {value}"),
    "lt.config.or": (" atau ", " or "),
    "lt.config.type.number": ("angka", "number"),
    "lt.config.type.bool": ("true/false", "true or false"),
    "lt.config.type.list": ("daftar", "a list"),
    "lt.config.type.string": ("teks", "a string"),
    "lt.config.list_of_ids": ("languagetool.{key}: seharusnya daftar id", "languagetool.{key}: expected a list of ids"),
    "lt.config.positive": ("languagetool.{key}: harus lebih dari 0", "languagetool.{key}: must be greater than 0"),
    "lt.config.not_language_code": ("languagetool.{key}: {value} bukan kode bahasa seperti en-US{also}",
                                    "languagetool.{key}: {value} is not a language code such as en-US{also}"),
    "lt.config.or_auto": (" (atau auto)", " (or auto)"),
    "lt.short.misspelling": ("Salah eja", "Misspelling"),
    "lt.short.inconsistent-entities": ("Nama atau singkatan", "Name or short form"),
    "lt.short.inconsistency": ("Tidak konsisten", "Inconsistent"),
    "lt.short.duplication": ("Kata berulang", "Repeated word"),
    "lt.short.typographical": ("Tanda baca dan huruf", "Punctuation and case"),
    "lt.short.grammar": ("Tata bahasa", "Grammar"),
    "lt.short.style": ("Gaya", "Style"),
    "lt.short.terminology": ("Istilah", "Terminology"),
    "lt.pack.EYD": ("Ejaan (EYD V)", "Spelling (EYD V)"),
    "lt.pack.Typography": ("Tipografi", "Typography"),
    "lt.pack.Newsroom": ("Gaya redaksi", "House style"),
    "lt.pack.Vocab": ("Kosakata proyek", "Project vocabulary"),
    "lt.rule.vocab_reject": ("Kata yang ditolak oleh daftar kosakata proyek.", "A word on the project's reject list."),
    # ---------------------------------------------------------------- CLI: errors and notes
    "cli.error": ("sunting: galat: {message}", "sunting: error: {message}"),
    "cli.skipped": ("sunting: dilewati: {message}", "sunting: skipped {message}"),
    "cli.note": ("sunting: {message}", "sunting: {message}"),
    "cli.internal_error": (
        "sunting: galat internal (sunting {version}); mohon laporkan beserta traceback di atas",
        "sunting: internal error (sunting {version}); please report it with the traceback above"),
    "cli.fixed": (
        "sunting: {n} temuan diperbaiki di {files} berkas",
        "sunting: fixed {n} {n?finding|findings} in {files} {files?file|files}"),
    "cli.left_unchanged": ("(berkas tidak diubah)", "(file left unchanged)"),
    "cli.fix_not_settled": (
        "{path}: perbaikan dihentikan setelah {rounds} putaran: perbaikan yang saling membatalkan tidak diterapkan",
        "{path}: fixing stopped after {rounds} rounds: fixes that undo each other were not applied"),
    # ---------------------------------------------------------------- YAML of configs and rule files
    "yaml.invalid": ("YAML tidak sah: {problem}", "invalid YAML: {problem}"),
    "yaml.alias": (
        "alias YAML (*{name}) tidak diterima di konfigurasi atau berkas aturan; tulis nilainya langsung",
        "YAML aliases (*{name}) are not accepted in configs or rule files; write the value out"),
    "yaml.not_finite": ("bilangan {value} tidak terhingga atau bukan bilangan", "{value} is not a finite number"),
    "yaml.too_large": (
        "berkas YAML lebih besar dari {limit}; bukan konfigurasi atau berkas aturan",
        "YAML file larger than {limit}; not a config or rule file"),
    "rule.pattern.no_group": (
        "group {group}: polanya hanya punya {n} grup (0 = seluruh kecocokan)",
        "group {group}: the pattern has only {n} {n?group|groups} (0 = the whole match)"),
    "rule.pattern.no_named_group": (
        "group {group!r}: polanya tidak punya grup bernama itu (yang ada: {names})",
        "group {group!r}: the pattern has no group of that name (it has: {names})"),
    "rule.pattern.bad_replace": (
        "replace {replace!r} tidak cocok dengan polanya: {reason}",
        "replace {replace!r} does not fit the pattern: {reason}"),
    "vocab.bad_pattern": ("pola kosakata tidak sah {entry!r}: {reason}", "invalid vocabulary pattern {entry!r}: {reason}"),
    "vocab.not_found": ("berkas kosakata tidak ditemukan", "vocabulary file not found"),
    "vocab.is_folder": ("ini folder, bukan berkas kosakata", "is a folder, not a vocabulary file"),
    "vocab.not_utf8": ("berkas kosakata bukan UTF-8 ({reason})", "vocabulary file is not UTF-8 ({reason})"),
    "vocab.cannot_read": ("berkas kosakata tidak dapat dibaca: {reason}", "cannot read the vocabulary file: {reason}"),
    "config.vocab_missing": (
        "vocabularies.{kind}: {path} tidak ada (buat berkasnya, atau hapus entri ini)",
        "vocabularies.{kind}: {path} does not exist (create the file, or remove this entry)"),
    "config.vocab_not_file": (
        "vocabularies.{kind}: {path} bukan berkas (sebuah folder?); sebutkan berkas kosakatanya",
        "vocabularies.{kind}: {path} is not a file (a folder?); name the vocabulary file"),
    "config.unknown_language": (
        "language: bahasa {code!r} tidak dikenal (yang dikenal: {known})",
        "language: unknown language {code!r} (known: {known})"),
    "config.not_finite": ("{key}: bilangan {value} tidak terhingga atau bukan bilangan", "{key}: {value} is not a finite number"),
    "rule.sequence.skip": (
        "skip {value!r}: tulis min-maks dengan min <= maks <= {limit}",
        "skip {value!r}: write min-max with min <= max <= {limit}"),
    "rule.sequence.mark": (
        "mark {value!r}: pola diberi nomor 1 sampai {n}", "mark {value!r}: the patterns are numbered 1 to {n}"),
    "rule.sequence.placeholder": (
        "penanda {placeholder!r}: pola diberi nomor 1 sampai {n}",
        "placeholder {placeholder!r}: the patterns are numbered 1 to {n}"),
    "rule.sequence.only_gaps": (
        "tokens: sekurang-kurangnya satu pola harus cocok dengan sebuah token (bukan hanya skip atau optional)",
        "tokens: at least one pattern must match a token (not only skip or optional)"),
    "rule.sequence.phrase_and_skip": (
        "sebuah pola berupa phrase atau skip, tidak keduanya", "a pattern is either a phrase or a skip, not both"),
    "rule.sequence.empty_phrase": ("phrase: ada frasa kosong", "phrase: an empty phrase"),
    "rule.pattern.invalid": (
        "ekspresi reguler tidak sah {pattern!r}: {reason}", "invalid regular expression {pattern!r}: {reason}"),
    "rule.pattern.disabled": (
        "aturan {rule}{where}: polanya {n} kali melampaui batas waktu {seconds} detik per paragraf "
        "(pola katastrofik?); aturan ini dimatikan untuk sisa pemeriksaan",
        "rule {rule}{where}: its pattern ran past the {seconds} s limit per paragraph {n} times "
        "(a catastrophic pattern?); the rule is off for the rest of this run"),
    "error.clipped": ("… ({n} karakter lagi tidak ditampilkan)", "… ({n} more characters not shown)"),
    # ---------------------------------------------------------------- --fix leaving a file alone
    "fix.cannot_write": (
        "perbaikan tidak dapat ditulis: {reason} (berkas tidak diubah)",
        "cannot write the fixes: {reason} (file left unchanged)"),
    "fix.changed": (
        "berkas berubah sejak dibaca (disimpan program lain?); perbaikan tidak ditulis, berkas dibiarkan apa adanya",
        "the file changed since it was read (saved by another program?); fixes not written, file left as it is"),
    "fix.deleted": (
        "berkas dihapus atau dipindahkan sejak dibaca; perbaikan tidak ditulis",
        "the file was deleted or moved since it was read; fixes not written"),
    "fix.read_only": ("berkas hanya-baca; tidak diperbaiki", "the file is read-only; not fixed"),
    "fix.locked": (
        "berkas dikunci proses lain lebih dari {seconds} detik; tidak diperbaiki",
        "another process has held the file's lock for more than {seconds} seconds; not fixed"),
    "fix.not_regular": ("bukan berkas biasa; tidak diperbaiki", "not a regular file; not fixed"),
    "fix.replaced": (
        "berkas terus diganti proses lain; tidak diperbaiki", "another process keeps replacing the file; not fixed"),
    "fix.cannot_restore": (
        "{reason}: isi lama tidak dapat dipulihkan; salinannya: {backup}",
        "{reason}: the old content could not be restored; its copy: {backup}"),
    "cli.no_such_path": ("{path}: berkas atau folder itu tidak ada", "{path}: no such file or folder"),
    "cli.not_file_or_folder": ("{path}: bukan berkas biasa ataupun folder", "{path}: not a regular file or folder"),
    "cli.is_folder": ("{path}: ini folder, bukan berkas", "{path}: is a folder"),
    "cli.cannot_read": ("{path}: tidak dapat dibaca: {reason}", "{path}: cannot read: {reason}"),
    "cli.too_large": (
        "{path}: berkas berukuran {size}, melebihi batas {limit} (naikkan max_file_size di sunting.yaml); "
        "tidak diperiksa",
        "{path}: file is {size}, larger than the limit of {limit} (set max_file_size in sunting.yaml to raise it); "
        "not checked"),
    "cli.stdin_too_large": (
        "{path}: masukan standar melebihi batas {limit} (naikkan max_file_size di sunting.yaml); tidak diperiksa",
        "{path}: standard input is larger than the limit of {limit} (set max_file_size in sunting.yaml to raise "
        "it); not checked"),
    "cli.size.bytes": ("{n} bita", "{n} {n?byte|bytes}"),
    "cli.wrote": ("ditulis: {path}", "wrote {path}"),
    "cli.progress": ("memeriksa", "checking"),
    # ---------------------------------------------------------------- reading a document
    "doc.binary": (
        "{path}: berkas biner (bita NUL pada posisi {offset}); tidak diperiksa",
        "{path}: binary file (NUL byte at offset {offset}), not checked"),
    "doc.wide_encoding": (
        "{path}: teks {encoding}, bukan UTF-8; ubah dulu ke UTF-8 (mis. iconv -f {encoding} -t UTF-8, atau "
        "simpan ulang sebagai UTF-8 di penyunting teks); tidak diperiksa",
        "{path}: {encoding} text, not UTF-8; convert it to UTF-8 first (e.g. iconv -f {encoding} -t UTF-8, or "
        "save it again as UTF-8 in the editor); not checked"),
    "doc.not_utf8": (
        "{where}: bukan UTF-8 (bita 0x{byte}); ubah dulu ke UTF-8",
        "{where}: not UTF-8 (byte 0x{byte}); convert it to UTF-8 first"),
    # ---------------------------------------------------------------- git (--changed-since)
    "git.missing": (
        "--changed-since memerlukan git, tetapi git tidak terpasang",
        "--changed-since needs git, and git is not installed"),
    "git.failed": ("git {command} gagal di {folder}: {reason}", "git {command} failed in {folder}: {reason}"),
    "git.exit_status": ("status keluar {status}", "exit status {status}"),
    "git.not_a_repository": (
        "--changed-since: {folder} tidak berada di dalam repositori git",
        "--changed-since: {folder} is not inside a git repository"),
    "git.unknown_revision": (
        "--changed-since: revisi git {rev!r} tidak dikenal di {root}",
        "--changed-since: unknown git revision {rev!r} in {root}"),
    # ---------------------------------------------------------------- summary line
    "summary.none": ("Tidak ada temuan di {files} berkas.", "No findings in {files} {files?file|files}."),
    "summary.findings": (
        "{n} temuan ({counts}) di {with_findings} dari {files} berkas.",
        "{n} {n?finding|findings} ({counts}) in {with_findings} of {files} {files?file|files}."),
    "summary.count": ("{n} {level}", "{n} {level}"),
    # ---------------------------------------------------------------- names of rules and packs
    "names.unknown.rule_or_pack": ("tidak ada aturan atau paket ‘{name}’", "no rule or pack ‘{name}’"),
    "names.unknown.rule": ("tidak ada aturan ‘{name}’", "no rule ‘{name}’"),
    "names.unknown.pack": ("tidak ada paket ‘{name}’", "no pack ‘{name}’"),
    "names.did_you_mean": ("; maksud Anda ‘{near}’?", "; did you mean ‘{near}’?"),
    "names.list_them": ("; `sunting rules` mendaftar semuanya", "; `sunting rules` lists them"),
    # ---------------------------------------------------------------- files left out of a walk
    "skip.gitignored": ("diabaikan oleh .gitignore", "ignored by .gitignore"),
    "skip.vocabulary": ("berkas kosakata proyek (vocabularies)", "the project's vocabulary list (vocabularies)"),
    "skip.project_pack": ("folder paket aturan proyek (paths)", "a rule-pack folder of the project (paths)"),
    "skip.sunting_own": (
        "berkas sunting sendiri (paket aturan bawaan, data leksikon)",
        "sunting's own files (built-in packs, lexicon data)"),
    "skip.excluded": ("cocok dengan exclude", "matches exclude"),
    "skip.not_included": ("tidak cocok dengan include", "does not match include"),
    "skip.unreadable_folder": ("folder tidak dapat dibaca: {reason}", "cannot read the folder: {reason}"),
    # ---------------------------------------------------------------- sunting rules
    "rules.message": ("Pesan:", "Message:"),
    "rules.applies_to": ("Berlaku di:", "Applies to:"),
    "rules.link": ("Tautan:", "Link:"),
    "rules.pattern": ("Pola:", "Pattern:"),
    "rules.flagged": ("Contoh yang ditandai:", "Flagged:"),
    "rules.passes": ("Contoh yang lolos:", "Passes:"),
    "rules.defined_in": ("Berkas aturan:", "Defined in:"),
    "rules.builtin_file": ("{file} di paket bawaan {pack}", "{file} in the built-in pack {pack}"),
    # ---------------------------------------------------------------- language server: protocol errors
    "lsp.invalid_request": ("Permintaan tidak sah: {why}.", "Invalid request: {why}."),
    "lsp.why.batch": (
        "LSP tidak mengenal batch; kirim satu pesan per bingkai", "LSP has no batches; send one message per frame"),
    "lsp.why.not_object": ("pesan JSON-RPC harus berupa objek", "a JSON-RPC message must be an object"),
    "lsp.why.version": ("pesan tanpa \"jsonrpc\": \"2.0\"", "the message lacks \"jsonrpc\": \"2.0\""),
    "lsp.why.method": ("\"method\" harus berupa string", "\"method\" must be a string"),
    "lsp.why.id": ("\"id\" harus berupa bilangan bulat atau string", "\"id\" must be an integer or a string"),
    "lsp.why.shape": (
        "bukan permintaan, notifikasi, atau jawaban JSON-RPC", "neither a JSON-RPC request, notification nor response"),
    "lsp.why.params": ("\"params\" harus berupa objek JSON", "\"params\" must be a JSON object"),
    "lsp.parse_error": ("Galat urai: isi pesan bukan JSON yang sah.", "Parse error: the message body is not valid JSON."),
    "lsp.too_large": (
        "Pesan terlalu besar: {size} bita, batasnya {limit} bita; pesan diabaikan.",
        "Message too large: {size} bytes, the limit is {limit} bytes; message skipped."),
    "lsp.not_initialized": (
        "Server belum diinisialisasi: kirim ‘initialize’ sebelum ‘{method}’.",
        "The server is not initialized: send ‘initialize’ before ‘{method}’."),
    "lsp.already_initialized": (
        "Server sudah diinisialisasi: ‘initialize’ hanya boleh dikirim sekali.",
        "The server is already initialized: send ‘initialize’ once only."),
    "lsp.after_shutdown": (
        "Server sudah dimatikan (‘shutdown’): ‘{method}’ tidak dilayani lagi; kirim ‘exit’.",
        "The server has shut down (‘shutdown’): ‘{method}’ is no longer served; send ‘exit’."),
    "lsp.method_not_found": ("Metode tidak dikenal: ‘{method}’.", "Unknown method: ‘{method}’."),
    "lsp.invalid_params": (
        "Parameter tidak sah untuk ‘{method}’: {why}.", "Invalid parameters for ‘{method}’: {why}."),
    "lsp.request_cancelled": ("Permintaan dibatalkan.", "Request cancelled."),
    "lsp.internal_error": ("Galat internal sunting: {error}.", "sunting internal error: {error}."),
    # ---------------------------------------------------------------- language server: commands
    "lsp.add_word.arguments": (
        "‘sunting.addToVocabulary’ memerlukan argumen [kata, uriDokumen]: satu kata atau frasa, tanpa ganti baris.",
        "‘sunting.addToVocabulary’ takes [word, documentUri]: one word or phrase, without a line break."),
    "lsp.add_word.failed": (
        "sunting: ‘{word}’ tidak dapat ditambahkan ke kosakata proyek: {error}",
        "sunting: cannot add ‘{word}’ to the project vocabulary: {error}"),
    # ---------------------------------------------------------------- SARIF, GitHub annotations
    "sarif.fix": ("Ganti ‘{old}’ dengan ‘{new}’", "Replace ‘{old}’ with ‘{new}’"),
    "output.suggestions": ("Saran: {suggestions}.", "Suggestions: {suggestions}."),
    "scope.narrative": ("narasi", "narrative"),
    "scope.quote": ("kutipan langsung", "direct quotations"),
    "scope.heading": ("judul", "headings"),
    "scope.all": ("seluruh teks", "all text"),
    # ---------------------------------------------------------------- editor: code actions, hover
    "lsp.action.replace": ("Ganti dengan ‘{suggestion}’", "Replace with ‘{suggestion}’"),
    "lsp.action.delete": ("Hapus ‘{text}’", "Delete ‘{text}’"),
    "lsp.action.add_word": ("Tambahkan ‘{word}’ ke kosakata proyek", "Add ‘{word}’ to the project vocabulary"),
    "lsp.action.disable_line": ("Nonaktifkan {rule} untuk baris ini", "Disable {rule} for this line"),
    "lsp.action.disable_document": ("Nonaktifkan {rule} untuk dokumen ini", "Disable {rule} for this document"),
    "lsp.action.fix_all": (
        "Perbaiki semua: terapkan {n} perbaikan sunting yang sarannya tunggal",
        "Fix all: apply {n} sunting {n?fix|fixes} with a single suggestion"),
    "lsp.hover.suggestions": ("Saran:", "Suggestions:"),
    "lsp.hover.delete": ("(hapus)", "(delete)"),
    # ---------------------------------------------------------------- editor: notifications and log
    "lsp.file_too_large": (
        "sunting: {uri} melebihi max_file_size ({limit} MB); tidak diperiksa",
        "sunting: {uri} is larger than max_file_size ({limit} MB): not checked"),
    "lsp.check_failed": ("sunting: pemeriksaan {uri} gagal: {error}", "sunting: checking {uri} failed: {error}"),
    "lsp.second_phase_failed": (
        "sunting: pemeriksaan tingkat dokumen gagal: {error}", "sunting: the document-level checks failed: {error}"),
    "lsp.config_kept": (
        "aturan terakhir yang berhasil dimuat tetap dipakai", "the last rules that loaded keep working"),
    "lsp.config_builtin": (
        "sementara diperiksa dengan aturan bawaan sampai berkas itu diperbaiki",
        "checking with the built-in rules until it is fixed"),
    "lsp.lexicon_kept": (
        "leksikon rumah terakhir yang berhasil dimuat tetap dipakai",
        "the last house lexicon that loaded keeps working"),
    "lsp.lexicon_none": (
        "sementara diperiksa tanpa leksikon rumah sampai berkas itu diperbaiki",
        "checking without the house lexicon until it is fixed"),
    "lexicon.not_utf8": (
        "leksikon rumah bukan UTF-8; simpan sebagai UTF-8 atau buat ulang dengan ‘sunting learn’",
        "the house lexicon is not UTF-8; save it as UTF-8 or make it again with ‘sunting learn’"),
    "lexicon.unreadable": (
        "leksikon rumah tidak dapat dibaca: {reason}", "cannot read the house lexicon: {reason}"),
    "lsp.cannot_load": ("sunting: {key} tidak dapat dimuat: {error}", "sunting: cannot load {key}: {error}"),
    "lsp.add_word.one": (
        "berikan satu kata atau frasa untuk ditambahkan", "give one word or phrase to add"),
    "lsp.add_word.pyproject": (
        "tambahkan dulu `vocabularies = {{accept = [\"vocab/accept.txt\"]}}` di bawah [tool.sunting]",
        "add `vocabularies = {{accept = [\"vocab/accept.txt\"]}}` under [tool.sunting] first"),
    # ---------------------------------------------------------------- configuration and rule files
    "schema.unknown_key": ("kunci tidak dikenal {key!r}", "unknown key {key!r}"),
    "schema.required": ("kunci wajib {key!r} tidak ada", "the required key {key!r} is missing"),
    "schema.enum": ("{value} bukan salah satu dari: {choices}", "{value} is not one of: {choices}"),
    "schema.type": ("{value} bukan {expected}", "{value} is not {expected}"),
    "schema.or": (" atau ", " or "),
    "schema.greater_than": ("{value} harus lebih dari {limit}", "{value} must be greater than {limit}"),
    "schema.at_least": ("{value} harus sedikitnya {limit}", "{value} must be at least {limit}"),
    "schema.at_most": ("{value} harus paling banyak {limit}", "{value} must be at most {limit}"),
    "schema.min_items": ("daftar ini perlu sedikitnya {n} butir", "the list needs at least {n} {n?item|items}"),
    "schema.unique_items": ("daftar ini memuat butir yang sama dua kali", "the list holds the same item twice"),
    "schema.empty": ("tidak boleh kosong", "must not be empty"),
    "schema.no_shape": (
        "{value} tidak sesuai dengan bentuk yang diizinkan di sini", "{value} does not have a shape allowed here"),
    "schema.did_you_mean": ("; maksud Anda {near!r}?", "; did you mean {near!r}?"),
    "schema.unknown_rule_key": (
        "kunci tidak dikenal {key!r} untuk aturan jenis {type!r}", "unknown key {key!r} for a rule of type {type!r}"),
    "file.not_utf8": (
        "bukan UTF-8 (bita 0x{byte} pada posisi {offset}); simpan ulang berkasnya sebagai UTF-8",
        "not UTF-8 (byte 0x{byte} at offset {offset}); save the file as UTF-8"),
    "file.cannot_read": ("tidak dapat dibaca: {reason}", "cannot read: {reason}"),
    "config.not_mapping": (
        "isi konfigurasi harus berupa pemetaan kunci: nilai (packs:, rules:, …)",
        "the configuration must be a mapping of keys (packs:, rules:, …)"),
    "config.no_pack_folder": (
        "paths: folder paket aturan {path} tidak ada", "paths: the rule-pack folder {path} does not exist"),
    "rule.not_mapping": (
        "berkas aturan harus berupa pemetaan kunci (type, level, message, …)",
        "a rule file must be a mapping of keys (type, level, message, …)"),
    # what the operating system says about a file, by errno (anything else: its own words)
    "os.ENOENT": ("berkas atau folder itu tidak ada", "no such file or folder"),
    "os.EACCES": ("izin ditolak", "permission denied"),
    "os.EPERM": ("operasi tidak diizinkan", "operation not permitted"),
    "os.EISDIR": ("ini folder, bukan berkas", "is a folder, not a file"),
    "os.ENOTDIR": ("salah satu bagian jalurnya bukan folder", "a part of the path is not a folder"),
    "os.ELOOP": ("tautan simbolis berputar-putar", "too many levels of symbolic links"),
    "os.ENAMETOOLONG": ("nama berkas terlalu panjang", "file name too long"),
    "os.EIO": ("galat masukan/keluaran pada perangkat", "input/output error"),
    "os.ENOSPC": ("ruang penyimpanan habis", "no space left on the device"),
    "os.EROFS": ("sistem berkas hanya-baca", "read-only file system"),
    # PyYAML's common complaints (sunting.schema_messages.yaml_problem_text)
    "yaml.problem.unclosed_quote": (
        "tanda kutip tidak ditutup sampai akhir berkas", "a quotation mark is not closed before the end of the file"),
    "yaml.problem.flow_sequence": (
        "daftar dalam [ ] belum ditutup: koma atau ‘]’ diharapkan di sini",
        "a list in [ ] is not closed: a comma or ‘]’ is expected here"),
    "yaml.problem.flow_mapping": (
        "pemetaan dalam { } belum ditutup: koma atau ‘}’ diharapkan di sini",
        "a mapping in { } is not closed: a comma or ‘}’ is expected here"),
    "yaml.problem.end_of_file": ("berkas berakhir di tengah sebuah nilai", "the file ends in the middle of a value"),
    "yaml.problem.bad_character": (
        "karakter ini tidak boleh ada di sini: indentasi YAML memakai spasi, bukan tab; nilai yang diawali @, ` "
        "atau % diberi tanda kutip",
        "a character that cannot stand here: YAML indents with spaces, not tabs; quote a value that starts with "
        "@, ` or %"),
    "yaml.problem.colon": (
        "titik dua tak terduga: beri tanda kutip pada nilai yang memuat ‘: ’, dan tulis setiap kunci di barisnya "
        "sendiri dengan indentasi yang sama",
        "an unexpected colon: quote a value that holds ‘: ’, and write each key on its own line with the same "
        "indentation"),
    "yaml.problem.list_item": (
        "butir daftar diharapkan di sini (diawali ‘- ’, sejajar dengan butir di atasnya)",
        "a list item is expected here (starting with ‘- ’, in line with the items above)"),
    "yaml.problem.indent": (
        "indentasi tidak cocok: kunci pada tingkat yang sama diawali spasi yang sama banyaknya (atau ada tanda "
        "kurung yang berlebih)",
        "the indentation does not match: keys at one level start with as many spaces (or there is a stray "
        "bracket)"),
    "yaml.problem.list_here": (
        "butir daftar (‘- ’) tidak boleh di sini: tulis di baris baru di bawah kuncinya",
        "a list item (‘- ’) cannot stand here: write it on a new line under its key"),
    "yaml.problem.no_colon": ("titik dua (:) diharapkan setelah kunci", "a colon (:) is expected after the key"),
    "yaml.problem.escape": (
        "urutan escape tidak dikenal di dalam tanda kutip ganda: tulis \\\\ untuk garis miring terbalik, atau "
        "pakai tanda kutip tunggal",
        "an unknown escape sequence inside double quotes: write \\\\ for a backslash, or use single quotes"),
    "yaml.problem.trailing": (
        "ada teks berlebih setelah akhir isi berkas (tanda kurung tutup yang berlebih?)",
        "stray text after the end of the content (an extra closing bracket?)"),
    "yaml.problem.alias": (
        "alias (*…) tanpa jangkar; alias tidak diterima di konfigurasi atau berkas aturan, tulis nilainya langsung",
        "an alias (*…) without an anchor; aliases are not accepted in configs or rule files, write the value out"),
    # tomllib's common complaints ([tool.sunting] in pyproject.toml)
    "toml.invalid": ("TOML tidak sah: {problem}", "invalid TOML: {problem}"),
    "toml.problem.unclosed_array": ("daftar [ ] tidak ditutup", "an array [ ] is not closed"),
    "toml.problem.unclosed_table": ("tabel sebaris { } tidak ditutup", "an inline table { } is not closed"),
    "toml.problem.unclosed_string": (
        "teks bertanda kutip tidak ditutup di baris ini", "a quoted string is not closed on this line"),
    "toml.problem.invalid_value": (
        "nilai tidak sah: teks diberi tanda kutip (\"EYD\"), daftar ditulis [\"EYD\", \"Newsroom\"]",
        "not a valid value: strings are quoted (\"EYD\"), arrays written [\"EYD\", \"Newsroom\"]"),
    "toml.problem.no_equals": ("tanda = diharapkan setelah kunci", "‘=’ is expected after the key"),
    "toml.problem.one_per_line": ("satu pasangan kunci = nilai per baris", "one key = value pair per line"),
    "toml.problem.twice": ("kunci ini sudah ditulis sebelumnya", "this key is already written above"),
    "toml.problem.invalid_key": (
        "kunci tidak sah: tulis kunci = nilai, atau [tabel]", "not a valid key: write key = value, or [table]"),
    "type.string": ("teks", "a string"),
    "type.array": ("daftar", "a list"),
    "type.object": ("pemetaan (kunci: nilai)", "a mapping (key: value)"),
    "type.boolean": ("true atau false", "true or false"),
    "type.integer": ("bilangan bulat", "an integer"),
    "type.number": ("bilangan", "a number"),
    "type.null": ("null", "null"),
    "level.unknown": (
        "tingkat {name!r} tidak dikenal (pilih error, warning, info, atau hint)",
        "unknown level {name!r} (expected error, warning, info or hint)"),
    "rule.needs_one_of": (
        "aturan jenis {type} memerlukan salah satu kunci ini: {keys}", "a {type} rule needs one of the keys {keys}"),
    "rule.no_such_file": ("files: berkas {name!r} tidak ada di samping berkas aturan", "files: no such file {name!r} beside the rule file"),
    "rule.empty_phrase": ("frasa kosong {phrase!r}", "empty phrase {phrase!r}"),
}
