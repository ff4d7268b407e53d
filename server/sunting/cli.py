"""The command line: ``sunting check``, ``sunting rules``, ``sunting serve``.

Exit status: 0 nothing at or above the failing level, 1 findings at or above it,
2 usage, configuration or rule-file error.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import textwrap
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sunting import __version__
from sunting.errors import SuntingError
from sunting.i18n import CATALOGUE, level_name, t

if TYPE_CHECKING:
    from sunting.runner import CheckOptions

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
LEVELS = ["error", "warning", "info", "hint"]


def build_parser() -> argparse.ArgumentParser:
    """The parser, its help in the interface language (call inside :func:`argparse_language`)."""
    from sunting.output.formats import FORMATS

    p = argparse.ArgumentParser(prog="sunting", description=t("help.description"), epilog=t("help.epilog"))
    p.add_argument("--version", action="version", version=f"sunting {__version__}", help=t("help.version"))
    sub = p.add_subparsers(dest="command", title=t("help.commands"), metavar="{check,rules,learn,serve}")

    c = sub.add_parser("check", help=t("help.check"), description=t("help.check"))
    c.add_argument("paths", nargs="*", default=["."], metavar=t("metavar.path"), help=t("help.check.paths"))
    c.add_argument("--format", choices=list(FORMATS), default="text", help=t("help.check.format"))
    c.add_argument("--fail-level", choices=LEVELS, default=None, help=t("help.check.fail_level"))
    c.add_argument("--min-level", choices=LEVELS, default=None, help=t("help.check.min_level"))
    c.add_argument("--select", action="append", default=[], metavar="ID", help=t("help.check.select"))
    c.add_argument("--ignore", action="append", default=[], metavar="ID", help=t("help.check.ignore"))
    c.add_argument("--fix", action="store_true", help=t("help.check.fix"))
    c.add_argument("--unsafe-fixes", action="store_true", help=t("help.check.unsafe_fixes"))
    c.add_argument("--diff", action="store_true", help=t("help.check.diff"))
    c.add_argument("--stdin-filename", default=None, metavar=t("metavar.name"), help=t("help.check.stdin_filename"))
    c.add_argument("--config", default=None, metavar=t("metavar.file"), help=t("help.check.config"))
    c.add_argument("--changed-since", default=None, metavar="REV", help=t("help.check.changed_since"))
    c.add_argument("--force-exclude", action="store_true", help=t("help.check.force_exclude"))
    c.add_argument("--jobs", "-j", type=int, default=0, metavar="N", help=t("help.check.jobs"))
    c.add_argument("--no-context", action="store_true", help=t("help.check.no_context"))
    c.add_argument("--color", choices=["auto", "always", "never"], default="auto", help=t("help.check.color"))
    c.add_argument("--quiet", "-q", action="store_true", help=t("help.check.quiet"))
    c.add_argument("--verbose", "-v", action="store_true", help=t("help.check.verbose"))

    r = sub.add_parser("rules", help=t("help.rules"), description=t("help.rules"))
    r.add_argument("--explain", metavar="ID", default=None, help=t("help.rules.explain"))
    r.add_argument("--config", default=None, metavar=t("metavar.file"), help=t("help.rules.config"))
    r.add_argument("--schema", action="store_true", help=t("help.rules.schema"))
    r.add_argument("--write-manifest", action="store_true", help=t("help.rules.write_manifest"))

    lr = sub.add_parser("learn", help=t("help.learn"), description=t("help.learn.description"))
    lr.add_argument("archive", nargs="*", metavar=t("metavar.archive"), help=t("help.learn.archive"))
    lr.add_argument("--output", default=None, metavar=t("metavar.folder"), help=t("help.learn.output"))
    lr.add_argument("--update", action="store_true", help=t("help.learn.update"))
    lr.add_argument("--report", action="store_true", help=t("help.learn.report"))

    s = sub.add_parser("serve", help=t("help.serve"), description=t("help.serve"))
    s.add_argument("--tcp", metavar="HOST:PORT", default=None, help=t("help.serve.tcp"))
    s.add_argument("--log-file", default=None, metavar=t("metavar.file"), help=t("help.serve.log_file"))
    s.add_argument("--verbose", "-v", action="store_true", help=t("help.serve.verbose"))
    from sunting.http.serve import add_http_arguments

    add_http_arguments(s)
    return p


@contextmanager
def argparse_language():
    """argparse's own words (``usage:``, ``options``, its error messages) in the interface
    language. argparse looks them up through its module-level gettext functions at call
    time; they are swapped for the catalogue's only while sunting parses or prints help."""
    saved = argparse._, argparse.ngettext

    def gettext(message):
        if isinstance(message, str) and f"argparse.{message}" in CATALOGUE:
            return t(f"argparse.{message}")
        return message

    argparse._ = gettext
    argparse.ngettext = lambda one, many, n: gettext(one if n == 1 else many)
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


class LevelInLanguage(logging.Formatter):
    """``sunting: peringatan: …`` — a logged warning (an unknown rule in ``rules:``, an
    unknown pack in an editor's list) as the CLI's own notes read, not ``WARNING``."""

    LEVELS = {logging.WARNING: "warning", logging.ERROR: "error", logging.CRITICAL: "error"}

    def format(self, record: logging.LogRecord) -> str:
        label = self.LEVELS.get(record.levelno)
        level = level_name(label) if label else record.levelname.lower()
        return t("cli.note", message=f"{level}: {super().format(record)}")


#: the cyclic collector's thresholds in a process of its own outside the servers (:func:`run`;
#: Python's own: 700, 10, 10)
GC_THRESHOLDS = (100_000, 20, 10)


def run() -> None:
    """The ``sunting`` command (the console script, ``python -m sunting``): :func:`main` in a
    process of its own, which it ends as soon as the output is written.

    Two costs of a fresh process that are not checking go. Outside the servers (which keep
    their own collector policy, :mod:`sunting.lsp.collector`) the cyclic garbage collector
    starts every 100,000 new objects instead of every 700: start-up makes hundreds of thousands
    of sets, tuples and dicts that live to the end, and each collection walked all of them
    (about an eighth of a cold check); the documents' objects are freed by reference counting,
    and a cycle waits at most one collection. And when no other thread is left the process ends
    with ``os._exit`` after the ``atexit`` cleanups (a LanguageTool server sunting started):
    tearing down the interpreter, which frees every word of the lexicon one by one and collects
    once more, was another seventh of it. Tests call :func:`main`, which does neither."""
    import threading

    code = main(own_process=True)
    if threading.active_count() > 1:  # a thread the interpreter would wait for: the usual way out
        sys.exit(code)
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (``sunting check … | head``): as main does
        pass
    except OSError:
        code = code or EXIT_ERROR
    try:
        sys.stderr.flush()
    except OSError:
        pass
    import atexit

    atexit._run_exitfuncs()
    logging.shutdown()
    os._exit(code)


def main(argv: list[str] | None = None, own_process: bool = False) -> int:
    """Run one command; ``own_process``: the process is this command's alone (:func:`run`)."""
    with argparse_language():
        parser = build_parser()
        args = parser.parse_args(argv)
    if own_process and args.command != "serve":
        import gc

        gc.set_threshold(*GC_THRESHOLDS)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(LevelInLanguage())
    logging.basicConfig(level=logging.WARNING, handlers=[handler])
    try:
        if args.command == "check":
            from sunting.runner import run_check

            return run_check(check_options(args))
        if args.command == "rules":
            return run_rules(args)
        if args.command == "serve" and args.http:
            from sunting.http.serve import serve_http

            return serve_http(args)
        if args.command == "learn":
            return run_learn(args)
        if args.command == "serve":
            from sunting.lsp.main import serve

            return serve(args)
        with argparse_language():
            parser.print_help()
        return EXIT_ERROR
    except SuntingError as e:
        print(t("cli.error", message=e), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (``sunting check … | head``): stop quietly
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_OK
    except Exception:  # a bug: never let it look like exit status 1 ("findings")
        import traceback

        traceback.print_exc()
        print(t("cli.internal_error", version=__version__), file=sys.stderr)
        return EXIT_ERROR


def check_options(args: argparse.Namespace) -> CheckOptions:
    """``sunting check``'s arguments as the typed options the pipeline runs on (nothing
    below this point sees the Namespace)."""
    from sunting.findings import Severity
    from sunting.runner import CheckOptions

    return CheckOptions(
        paths=tuple(args.paths),
        format=args.format,
        fail_level=Severity.parse(args.fail_level) if args.fail_level else None,
        min_level=Severity.parse(args.min_level) if args.min_level else None,
        select=tuple(args.select),
        ignore=tuple(args.ignore),
        fix=args.fix,
        diff=args.diff,
        unsafe_fixes=args.unsafe_fixes,
        stdin_filename=args.stdin_filename,
        config=Path(args.config) if args.config else None,
        changed_since=args.changed_since,
        force_exclude=args.force_exclude,
        jobs=args.jobs,
        context=not args.no_context,
        color=args.color,
        quiet=args.quiet,
        verbose=args.verbose,
    )


def run_learn(args) -> int:
    """``sunting learn``: glue over :mod:`sunting.lexicon.learn` (a progress bar on a terminal)."""
    from sunting.config import find_config
    from sunting.lexicon import learn

    if args.output:
        out = Path(args.output)
    else:
        cfg = find_config(Path.cwd())
        out = (cfg.parent if cfg else Path.cwd()) / learn.DIR_NAME
    target = out / learn.FILE_NAME
    if not args.archive:
        if not args.report:
            print(t("cli.error", message=t("learn.needs_archive")), file=sys.stderr)
            return EXIT_ERROR
        if not target.is_file():
            print(t("cli.error", message=t("learn.no_lexicon", path=target)), file=sys.stderr)
            return EXIT_ERROR
        sys.stdout.write(learn.report(learn.HouseLexicon.read(target)))
        return EXIT_OK
    missing = [a for a in args.archive if not Path(a).exists()]
    if missing:
        print("\n".join(t("cli.error", message=t("cli.no_such_path", path=m)) for m in missing), file=sys.stderr)
        return EXIT_ERROR
    files = sum(1 for _ in learn.archive_files(Path(a) for a in args.archive))
    if sys.stderr.isatty():
        from rich.progress import Progress

        with Progress(transient=True) as bar:
            task = bar.add_task(t("learn.progress"), total=files)
            house = learn.learn_archive([Path(a) for a in args.archive], out, update=args.update,
                                        progress=lambda _f: bar.advance(task))
    else:
        house = learn.learn_archive([Path(a) for a in args.archive], out, update=args.update)
    print(t("learn.wrote", path=target, files=files, terms=len(house.terms), typos=len(house.misspellings)))
    if args.report:
        sys.stdout.write(learn.report(house))
    return EXIT_OK


def run_rules(args) -> int:
    from sunting.config import find_config, load_config
    from sunting.loader import load_rules

    if args.write_manifest:
        from sunting.loader import VALIDATED_FILE, builtin_packs_dir, manifest_text

        packs = builtin_packs_dir()
        (packs / VALIDATED_FILE).write_text(manifest_text(packs), encoding="utf-8")
        print(t("cli.wrote", path=packs / VALIDATED_FILE))
        return EXIT_OK
    if args.schema:
        from sunting.loader import schema_json

        sys.stdout.write(schema_json())
        return EXIT_OK
    cfg_path = Path(args.config) if args.config else find_config(Path.cwd())
    config = load_config(cfg_path)
    if args.explain:
        return explain_rule(config, args.explain)
    ruleset = load_rules(config)
    rules = ruleset.rules
    width = max((len(r.id) for r in rules + ruleset.optional), default=10)
    # a terminal gets the first sentences wrapped under their column; a pipe one line a rule
    columns = shutil.get_terminal_size().columns if sys.stdout.isatty() else 0
    optional = {r.id for r in ruleset.optional}
    for r in sorted(rules + ruleset.optional, key=lambda r: r.id):
        level = "off" if r.id in optional else r.level.label  # a house option not switched on
        head = f"{r.id:<{width}}  {level:<7}  {r.type:<14} "
        text = r.summary()
        if columns and len(head) + len(text) > columns and columns - len(head) >= 30:
            text = textwrap.fill(text, columns, initial_indent=" " * len(head),
                                 subsequent_indent=" " * len(head))[len(head):]
        print(head + text)
    return EXIT_OK


def explain_rule(config, name: str) -> int:
    """``rules --explain ID``: any rule of the configuration's packs, on or off; the name is
    resolved as everywhere (exact, else ignoring case); an unknown one is a usage error."""
    from sunting.loader import load_pack, pack_catalogue
    from sunting.selection import resolve, unknown_message

    catalogue = pack_catalogue(config)
    rule_ids = {rid for pack in catalogue.values() for rid in pack.rule_ids()}
    found = resolve(name, rule_ids)
    if found is None:
        unknown = unknown_message(name, rule_ids, "rule")
        print(t("cli.error", message=f"--explain: {unknown}"), file=sys.stderr)
        return EXIT_ERROR
    pack = catalogue[found.split(".", 1)[0]]
    rule = next(r for r in load_pack(pack.name, pack.folder) if r.id == found)
    print(explain(rule, config.root))
    return EXIT_OK


def rule_location(rule, project_root: Path | None = None) -> str:
    """Where a rule is defined, as its user knows it: ``EYD/BakuForms.yml (paket bawaan EYD)``
    for a built-in rule (not the installed package's path), the path relative to the project
    (or the current folder) for a project's own."""
    from sunting.loader import builtin_packs_dir

    path = Path(rule.path).resolve()
    try:
        rel = path.relative_to(builtin_packs_dir().resolve())
        return t("rules.builtin_file", file=Path(*rel.parts[1:]).as_posix(), pack=rel.parts[0])
    except ValueError:
        pass
    for base in (project_root, Path.cwd()):
        if base is None:
            continue
        try:
            return path.relative_to(Path(base).resolve()).as_posix()
        except ValueError:
            continue
    return str(path)


def explain(rule, project_root: Path | None = None) -> str:
    """``sunting rules --explain``: the rule's description, message, scope, link and examples."""
    lines = [f"{rule.id}  ({rule.type}, {rule.level.label})", ""]
    description = rule.description_in()
    if description:
        lines += [description, ""]
    lines.append(f"{t('rules.message')} {rule.message}")
    if rule.scope and "all" not in rule.scope:
        lines.append(f"{t('rules.applies_to')} {', '.join(t('scope.' + s) for s in sorted(rule.scope))}")
    if rule.link:
        lines.append(f"{t('rules.link')} {rule.link}")
    from sunting.checks import describe_rule

    pattern = describe_rule(rule)
    if pattern:
        lines.append(f"{t('rules.pattern')} {pattern}")
    lines += rule.example_lines(bullet="  ", arrow="   → ")
    lines.append(f"\n{t('rules.defined_in')} {rule_location(rule, project_root)}")
    return "\n".join(lines)
