"""Command line: the window by default, and commands that run the same code without it.

Bad arguments or a bad file give one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from pathlib import Path

from deskapp import paths
from deskapp.log import setup_logging

logger = logging.getLogger(__name__)

EXIT_USAGE = 2
EXIT_FAILED = 1
TAB_NAMES = ("visitors", "calls", "complaints", "keys", "fees", "today")


class CommandError(Exception):
    """A problem the user can fix; printed as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not the usage block
        raise CommandError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    """The command-line grammar."""
    parser = _Parser(prog="deskapp", description="The front desk of a building.")
    parser.add_argument("--db", help=f"data file (default: ${paths.DB_ENV_VAR} or "
                                     "the per-user data folder)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="interface language")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    demo = sub.add_parser("demo", help="add realistic demo data")
    demo.add_argument("--db", required=True)
    demo.add_argument("--days", type=int, default=14)
    export = sub.add_parser("export", help="write a day's Excel workbook")
    export.add_argument("--db", required=True)
    export.add_argument("--date", required=True, help="YYYY-MM-DD")
    export.add_argument("-o", "--output", required=True)
    printing = sub.add_parser("print", help="render a document to PDF")
    printing.add_argument("kind", help="document kind, e.g. visitor-pass")
    printing.add_argument("id", help="record id (or the pass number)")
    printing.add_argument("--db", required=True)
    printing.add_argument("-o", "--output", required=True)
    printing.add_argument("--lang", choices=("zh_CN", "en"))
    shot = sub.add_parser("screenshot", help="render the main window to PNG (offscreen)")
    shot.add_argument("--db", required=True)
    shot.add_argument("--tab", default="visitors", choices=TAB_NAMES)
    shot.add_argument("--lang", choices=("zh_CN", "en"))
    shot.add_argument("-o", "--output", required=True)
    check = sub.add_parser("check", help="integrity and migration state of a data file")
    check.add_argument("--db", required=True)
    return parser


def run(argv: list[str]) -> int:
    """Parse ``argv`` and run; returns the exit code."""
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            from deskapp.ui.app import run_gui

            return run_gui(paths.default_db_path(args.db), language=args.lang)
        handler = {"demo": _demo, "export": _export, "print": _print,
                   "screenshot": _screenshot, "check": _check}[args.command]
        return handler(args)
    except CommandError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 - the user gets one line; the log gets the rest
        from deskapp.db.schema import DatabaseProblem
        from deskapp.domain.errors import DomainError

        if isinstance(exc, (DatabaseProblem, DomainError, OSError)):
            print(f"deskapp: {_describe(exc)}", file=sys.stderr)
            return EXIT_FAILED
        logger.exception("command failed")
        print(f"deskapp: unexpected error: {exc!r} (details in the log)", file=sys.stderr)
        return EXIT_FAILED


def _describe(exc: BaseException) -> str:
    from deskapp.domain.errors import NotFound, ValidationError

    if isinstance(exc, ValidationError):
        return "; ".join(f"{k}: {v}" for k, v in exc.errors.items())
    if isinstance(exc, NotFound):
        return f"not found: {exc}"
    return str(exc) or exc.__class__.__name__


def _open(db: str, *, must_exist: bool = True):  # type: ignore[no-untyped-def]
    from deskapp.bootstrap import build_services

    path = paths.default_db_path(db)
    if must_exist and not path.exists():
        raise CommandError(f"deskapp: no data file at {path}")
    setup_logging(paths.log_dir(path))
    return build_services(path)


def _language(services, requested: str | None) -> None:  # type: ignore[no-untyped-def]
    """Printed documents and exports speak the chosen (or configured) language."""
    from deskapp.ui.translations import install

    install(requested or services.settings.load().language)


def _demo(args: argparse.Namespace) -> int:
    from deskapp.domain.demo import load_demo

    if args.days < 1 or args.days > 3650:
        raise CommandError("deskapp demo: --days must be between 1 and 3650")
    services = _open(args.db, must_exist=False)
    try:
        counts = load_demo(services.engine, services.clock, days=args.days)
        settings = services.settings.load()
        from dataclasses import replace

        services.settings.save(replace(settings, welcomed=True))
    finally:
        services.close()
    print(f"added {counts['visits']} visits and {counts['units']} directory entries "
          f"to {services.db_path}")
    return 0


def _export(args: argparse.Namespace) -> int:
    try:
        day = dt.date.fromisoformat(args.date)
    except ValueError:
        raise CommandError(f"deskapp export: --date must be YYYY-MM-DD, not {args.date!r}") from None
    output = Path(args.output).expanduser().resolve()
    if output.suffix.lower() != ".xlsx":
        raise CommandError("deskapp export: the output file must end in .xlsx")
    if not output.parent.is_dir():
        raise CommandError(f"deskapp export: no folder {output.parent}")
    services = _open(args.db)
    try:
        _language(services, None)
        services.exports.day_workbook(day, output)
    finally:
        services.close()
    print(output)
    return 0


def _print(args: argparse.Namespace) -> int:
    from deskapp.domain.records import DocumentKind
    from deskapp.fileio import copy_file_atomically

    try:
        kind = DocumentKind(args.kind)
    except ValueError:
        kinds = ", ".join(k.value for k in DocumentKind)
        raise CommandError(f"deskapp print: unknown kind {args.kind!r} (known: {kinds})") from None
    output = Path(args.output).expanduser().resolve()
    if not output.parent.is_dir():
        raise CommandError(f"deskapp print: no folder {output.parent}")
    services = _open(args.db)
    try:
        _language(services, args.lang)
        printed = services.documents.render(kind, args.id)
    finally:
        services.close()
    # The archived copy is complete; the user's copy must never be seen half-written either.
    copy_file_atomically(printed.path, output)
    for warning in printed.warnings:
        print(f"warning: {warning.message()}", file=sys.stderr)
    print(output)
    return 0


def _screenshot(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    output = Path(args.output).expanduser().resolve()
    if not output.parent.is_dir():
        raise CommandError(f"deskapp screenshot: no folder {output.parent}")
    services = _open(args.db)
    try:
        from deskapp.ui.app import render_screenshot

        ok = render_screenshot(services, args.tab, args.lang, output)
    finally:
        services.close()
    if not ok:
        raise CommandError(f"deskapp screenshot: the {args.tab} workspace does not exist yet")
    print(output)
    return 0


def _check(args: argparse.Namespace) -> int:
    from deskapp.db.schema import check_file, current_revision, head_revision, known_revisions
    from deskapp.db.engine import make_engine, sqlite_url

    path = paths.default_db_path(args.db)
    if not path.exists():
        raise CommandError(f"deskapp check: no data file at {path}")
    check_file(path, "full")
    engine = make_engine(sqlite_url(path))
    try:
        revision = current_revision(engine)
    finally:
        engine.dispose()
    head = head_revision()
    print(f"integrity: ok ({path})")
    if revision == head:
        print(f"schema: up to date ({revision})")
        return 0
    if revision is not None and revision not in known_revisions():
        print(f"schema: {revision} is newer than this deskapp ({head})")
        return EXIT_FAILED
    print(f"schema: {revision or 'none'}; deskapp would migrate it to {head} at start")
    return 0
