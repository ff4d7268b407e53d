"""The command line: ``sunting check``, ``sunting rules``, ``sunting serve``.

Exit status: 0 nothing at or above the failing level, 1 findings at or above it,
2 usage, configuration or rule-file error.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from sunting import __version__
from sunting.errors import SuntingError
from sunting.findings import Severity

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sunting", description="Proofreading and house-style checker for newsrooms.")
    p.add_argument("--version", action="version", version=f"sunting {__version__}")
    sub = p.add_subparsers(dest="command")

    c = sub.add_parser("check", help="check files and folders")
    c.add_argument("paths", nargs="*", default=["."], help="files, folders, or - for standard input")
    c.add_argument("--format", choices=["text", "json", "sarif", "github"], default="text")
    c.add_argument("--fail-level", choices=["error", "warning", "info", "hint"], default=None,
                   help="lowest level that makes the exit status 1 (default: error, or fail_level in the config)")
    c.add_argument("--min-level", choices=["error", "warning", "info", "hint"], default=None,
                   help="do not report findings below this level")
    c.add_argument("--select", action="append", default=[], metavar="ID", help="only these rules or packs (repeatable, comma-separated)")
    c.add_argument("--ignore", action="append", default=[], metavar="ID", help="skip these rules or packs")
    c.add_argument("--fix", action="store_true", help="apply single, safe suggestions in place")
    c.add_argument("--diff", action="store_true", help="show the fixes as a unified diff; write nothing")
    c.add_argument("--stdin-filename", default=None, help="the name (and format) of the text read from -")
    c.add_argument("--config", default=None, help="use this config file instead of searching for one")
    c.add_argument("--changed-since", default=None, metavar="REV", help="report only findings on lines changed since a git revision")
    c.add_argument("--force-exclude", action="store_true",
                   help="apply the config's include/exclude globs to files named on the command line too "
                        "(for pre-commit and CI, which pass file names)")
    c.add_argument("--jobs", "-j", type=int, default=0, help="parallel processes (default: number of CPUs when many files)")
    c.add_argument("--no-context", action="store_true", help="text format: do not print the source line")
    c.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    c.add_argument("--quiet", "-q", action="store_true", help="no summary line")

    r = sub.add_parser("rules", help="list the rules, or explain one")
    r.add_argument("--explain", metavar="ID", default=None)
    r.add_argument("--config", default=None)
    r.add_argument("--schema", action="store_true", help="print the JSON Schema of rule files")
    r.add_argument("--write-manifest", action="store_true",
                   help="validate the built-in rule files and record their digests (rules/validated.sha256)")

    s = sub.add_parser("serve", help="run the language server (stdio)")
    s.add_argument("--tcp", metavar="HOST:PORT", default=None, help="listen on TCP instead of stdio (for debugging)")
    s.add_argument("--log-file", default=None)
    s.add_argument("--verbose", "-v", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(format="sunting: %(levelname)s: %(message)s", level=logging.WARNING, stream=sys.stderr)
    try:
        if args.command == "check":
            from sunting.runner import run_check

            return run_check(args)
        if args.command == "rules":
            return run_rules(args)
        if args.command == "serve":
            from sunting.lsp.server import serve

            return serve(args)
        parser.print_help()
        return EXIT_ERROR
    except SuntingError as e:
        print(f"sunting: error: {e}", file=sys.stderr)
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
        print(f"sunting: internal error (sunting {__version__}); please report it with the traceback above",
              file=sys.stderr)
        return EXIT_ERROR


def run_rules(args) -> int:
    from sunting.config import find_config, load_config
    from sunting.engine import load_rules

    if args.write_manifest:
        from sunting.rules import VALIDATED_FILE, builtin_packs_dir, manifest_text

        packs = builtin_packs_dir()
        (packs / VALIDATED_FILE).write_text(manifest_text(packs), encoding="utf-8")
        print(f"wrote {packs / VALIDATED_FILE}")
        return EXIT_OK
    if args.schema:
        from sunting.rules import schema_json

        sys.stdout.write(schema_json())
        return EXIT_OK
    cfg_path = Path(args.config) if args.config else find_config(Path.cwd())
    config = load_config(cfg_path)
    ruleset = load_rules(config)
    rules = ruleset.rules
    if args.explain:
        rule = next((r for r in rules if r.id.lower() == args.explain.lower()), None)
        if rule is None:
            print(f"sunting: error: no rule {args.explain!r}; `sunting rules` lists them", file=sys.stderr)
            return EXIT_ERROR
        print(explain(rule))
        return EXIT_OK
    width = max((len(r.id) for r in rules), default=10)
    for r in rules:
        first = (r.description or r.message).strip().splitlines()[0] if (r.description or r.message) else ""
        print(f"{r.id:<{width}}  {r.level.label:<7}  {r.type:<14} {first}")
    return EXIT_OK


def explain(rule) -> str:
    lines = [f"{rule.id}  ({rule.type}, {rule.level.label})", ""]
    if rule.description:
        lines += [rule.description.strip(), ""]
    lines.append(f"Message: {rule.message}")
    if rule.scope and "all" not in rule.scope:
        lines.append(f"Applies to: {', '.join(sorted(rule.scope))}")
    if rule.link:
        lines.append(f"Link: {rule.link}")
    if rule.flag_examples:
        lines += ["", "Flagged:"]
        for ex in rule.flag_examples:
            s = f"  ✗ {ex.text}"
            if ex.suggestion:
                s += f"   → {ex.suggestion}"
            lines.append(s)
    if rule.pass_examples:
        lines += ["", "Passes:"]
        lines += [f"  ✓ {ex.text}" for ex in rule.pass_examples]
    lines.append(f"\nDefined in: {rule.path}")
    return "\n".join(lines)
