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


def language(requested: str | None = None) -> str:
    """The interface language: ``requested`` (a client setting) when it names a known one,
    else ``$SUNTING_LANG``, else Indonesian."""
    return normalise(requested) or normalise(os.environ.get(ENV)) or DEFAULT


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
    "help.rules": ("daftar aturan, atau penjelasan satu aturan", "list the rules, or explain one"),
    "help.rules.explain": (
        "jelaskan satu aturan: uraian, pesan, contoh, dan tautan",
        "explain one rule: description, message, examples and link"),
    "help.rules.config": ("pakai berkas konfigurasi ini alih-alih mencarinya", "use this config file instead of searching for one"),
    "help.rules.schema": ("cetak JSON Schema berkas aturan", "print the JSON Schema of rule files"),
    "help.rules.write_manifest": (
        "validasi berkas aturan bawaan dan catat digest-nya (rules/validated.sha256)",
        "validate the built-in rule files and record their digests (rules/validated.sha256)"),
    "help.serve": ("jalankan server bahasa (LSP lewat stdio)", "run the language server (LSP over stdio)"),
    "help.serve.tcp": ("dengarkan di TCP alih-alih stdio (untuk awakutu)", "listen on TCP instead of stdio (for debugging)"),
    "help.serve.log_file": ("tulis log ke berkas ini", "write the log to this file"),
    "help.serve.verbose": ("log yang lebih rinci", "a more detailed log"),
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
    # ---------------------------------------------------------------- sunting rules
    "rules.unknown": (
        "tidak ada aturan {id!r}; `sunting rules` menampilkan semua aturan",
        "no rule {id!r}; `sunting rules` lists them"),
    "rules.message": ("Pesan:", "Message:"),
    "rules.applies_to": ("Berlaku di:", "Applies to:"),
    "rules.link": ("Tautan:", "Link:"),
    "rules.flagged": ("Contoh yang ditandai:", "Flagged:"),
    "rules.passes": ("Contoh yang lolos:", "Passes:"),
    "rules.defined_in": ("Berkas aturan:", "Defined in:"),
    "rules.builtin_file": ("{file} di paket bawaan {pack}", "{file} in the built-in pack {pack}"),
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
    "lsp.cannot_load": ("sunting: {key} tidak dapat dimuat: {error}", "sunting: cannot load {key}: {error}"),
    "lsp.add_word.one": (
        "berikan satu kata atau frasa untuk ditambahkan", "give one word or phrase to add"),
    "lsp.add_word.pyproject": (
        "tambahkan dulu `vocabularies = {{accept = [\"vocab/accept.txt\"]}}` di bawah [tool.sunting]",
        "add `vocabularies = {{accept = [\"vocab/accept.txt\"]}}` under [tool.sunting] first"),
}
