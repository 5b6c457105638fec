"""Command line: the window by default, and commands that run the same code without it.

``--db`` and ``--lang`` may stand before or after the command; without ``--db`` every
command uses ``$DESKAPP_DB``, else the per-user data file. Bad usage gives one line on
stderr and exit code 2; a command that fails gives one line and exit code 1; never a
traceback (the details go to the log).
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from pathlib import Path

from deskapp import paths
from deskapp.location import DataLocation, is_server_url
from deskapp.log import settle_logging, start_logging

logger = logging.getLogger(__name__)

EXIT_USAGE = 2
EXIT_FAILED = 1
LANGUAGES = ("zh_CN", "en")


class CommandError(Exception):
    """Bad usage the user can fix; printed as one line, exit code 2."""


class CommandFailed(Exception):
    """The command could not do its work; printed as one line, exit code 1."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not the usage block
        raise CommandError(f"{self.prog}: {message}")


def _common() -> argparse.ArgumentParser:
    # SUPPRESS: an option given before the command is not reset by the command's default.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS,
                        help=f"data file or postgresql://user@host/database (default: "
                             f"${paths.DB_ENV_VAR}, else the per-user "
                             "data folder)")
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help="language of the window, documents and workbooks")
    return common


def build_parser() -> argparse.ArgumentParser:
    """The command-line grammar."""
    common = _common()
    parser = _Parser(prog="deskapp", description="The front desk of a building.",
                     parents=[common])
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    demo = sub.add_parser("demo", parents=[common], help="add realistic demo data")
    demo.add_argument("--days", type=int, default=14)
    demo.add_argument("--force", action="store_true",
                      help="add demo data even to a file that holds real records")
    export = sub.add_parser("export", parents=[common], help="write a day's Excel workbook")
    export.add_argument("--date", required=True, help="YYYY-MM-DD")
    export.add_argument("-o", "--output", required=True, help="the workbook (.xlsx)")
    export.add_argument("--counter", default=None, metavar="NAME",
                        help="only the records saved at this counter (default: every counter)")
    printing = sub.add_parser("print", parents=[common],
                              help="save a document as PDF in the archive (and print its path)")
    printing.add_argument("kind", help="document kind, e.g. visitor-pass")
    printing.add_argument("id", help="record id, or the number printed on it (a pass, a "
                                     "request: R2026-0012); a month YYYY-MM for "
                                     "monthly-complaints")
    printing.add_argument("-o", "--output", default=None,
                          help="also copy the PDF here (.pdf); its path is printed instead")
    shot = sub.add_parser("screenshot", parents=[common],
                          help="render the main window to PNG (offscreen)")
    shot.add_argument("--tab", default="visitors", help="the workspace to show (visitors …)")
    shot.add_argument("-o", "--output", required=True)
    sub.add_parser("check", parents=[common],
                   help="integrity and schema of a data file (changes nothing)")
    backup = sub.add_parser("backup", parents=[common], help="a checked copy of the data file")
    backup.add_argument("-o", "--output", required=True, help="the copy")
    restore = sub.add_parser("restore", parents=[common],
                             help="replace the data with a backup (the old data is kept)")
    restore.add_argument("backup", help="the backup copy to restore")
    bench = sub.add_parser("bench", parents=[common],
                           help="measure speed on five years of made-up records")
    bench.add_argument("--visitors", type=int, default=1_000_000, help="visits in the file")
    bench.add_argument("--calls", type=int, default=500_000, help="calls in the file")
    bench.add_argument("--requests", type=int, default=50_000,
                       help="requests (complaints, repairs …) in the file")
    bench.add_argument("--key-loans", type=int, default=150_000,
                       help="key loans in the file (on a cabinet of 600 key sets)")
    bench.add_argument("--receipts", type=int, default=300_000,
                       help="fee receipts in the file (with their bills)")
    bench.add_argument("--parcels", type=int, default=200_000,
                       help="parcels, letters and papers signed for in the file")
    bench.add_argument("--repeat", type=int, default=5, help="repetitions (the median counts)")
    bench.add_argument("--json", action="store_true", help="write the figures, print no table")
    bench.add_argument("-o", "--output", required=True,
                       help="the figures (.json); the data file is kept beside it (with "
                            "--db postgresql://…: the data go into that empty database)")
    return parser


def run(argv: list[str]) -> int:
    """Parse ``argv`` and run; returns the exit code."""
    from deskapp.errors import UserError

    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            from deskapp.ui.app import run_gui

            return run_gui(_location(args), language=getattr(args, "lang", None),
                           create_folder=_is_default(args))
        handler = {"demo": _demo, "export": _export, "print": _print, "screenshot": _screenshot,
                   "check": _check, "backup": _backup, "restore": _restore,
                   "bench": _bench}[args.command]
        start_logging()  # the log file gets the details; stderr gets one line
        return handler(args)
    except CommandError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except (CommandFailed, UserError) as exc:
        print(f"deskapp: {_describe(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        logger.warning("command failed: %r", exc)
        print(f"deskapp: {exc.strerror or exc}"
              + (f": {exc.filename}" if exc.filename else ""), file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001 - the user gets one line; the log gets the rest
        logger.exception("command failed")
        print(f"deskapp: unexpected error ({exc.__class__.__name__}); details are in the log",
              file=sys.stderr)
        return EXIT_FAILED
    finally:
        if _logging_unsettled():
            # Logged before any data file was accepted: into the per-user log folder.
            settle_logging(None)


def _logging_unsettled() -> bool:
    import logging.handlers

    return any(isinstance(h, logging.handlers.MemoryHandler) and getattr(h, "_deskapp", False)
               for h in logging.getLogger().handlers)


def _describe(exc: BaseException) -> str:
    from deskapp.domain.errors import ValidationError

    if isinstance(exc, ValidationError):
        return "; ".join(exc.errors.values())
    return str(exc).replace("\n", " ") or exc.__class__.__name__


def _location(args: argparse.Namespace) -> DataLocation:
    return DataLocation.default(getattr(args, "db", None))


def _is_default(args: argparse.Namespace) -> bool:
    """No --db and no $DESKAPP_DB: the per-user file, whose folder deskapp may create."""
    return _location(args).file == paths.user_data_dir() / paths.DB_FILENAME


def _open(args: argparse.Namespace, *, must_exist: bool = True):  # type: ignore[no-untyped-def]
    from deskapp.bootstrap import build_services

    location = _location(args)
    if must_exist and location.file is not None and not location.file.exists():
        raise CommandFailed(f"no data file at {location.file}")
    services = build_services(location, create_folder=_is_default(args))
    settle_logging(location.log_dir)
    return services


def _language(services, requested: str | None) -> None:  # type: ignore[no-untyped-def]
    """Printed documents and exports speak the chosen (or configured) language."""
    from deskapp.translations import install

    install(requested or services.settings.load().language)


def _output(args: argparse.Namespace, suffix: str) -> Path:
    output = Path(args.output).expanduser().resolve()
    if suffix and output.suffix.lower() != suffix:
        raise CommandError(f"deskapp {args.command}: the output file must end in {suffix}")
    if not output.parent.is_dir():
        raise CommandError(f"deskapp {args.command}: no folder {output.parent}")
    if _location(args).is_data_file(output):
        raise CommandError(f"deskapp {args.command}: the output would replace the data file")
    return output


def _demo(args: argparse.Namespace) -> int:
    from deskapp.usecases.demo import DemoRefused, load_demo

    if not 1 <= args.days <= 3650:
        raise CommandError("deskapp demo: --days must be between 1 and 3650")
    services = _open(args, must_exist=False)
    try:
        try:
            counts = load_demo(services, days=args.days, force=args.force)
        except DemoRefused as exc:
            raise CommandFailed(str(exc)) from None
    finally:
        services.close()
    made = ", ".join(f"{count} {name}" for name, count in counts.items())
    print(f"added demo records to {services.location.display()}: {made}")
    return 0


def _export(args: argparse.Namespace) -> int:
    try:
        day = dt.date.fromisoformat(args.date)
    except ValueError:
        raise CommandError(
            f"deskapp export: --date must be YYYY-MM-DD, not {args.date!r}") from None
    output = _output(args, ".xlsx")
    services = _open(args)
    try:
        _language(services, getattr(args, "lang", None))
        services.exports.day_workbook(day, output, desk=args.counter)
    finally:
        services.close()
    print(output)
    return 0


def _print(args: argparse.Namespace) -> int:
    from deskapp.fileio import copy_file_atomically
    from deskapp.usecases.printing import documents

    kinds = [spec.kind for spec in documents()]
    if args.kind not in kinds:
        raise CommandError(f"deskapp print: unknown kind {args.kind!r} "
                           f"(known: {', '.join(kinds)})")
    output = _output(args, ".pdf") if args.output is not None else None
    services = _open(args)
    try:
        _language(services, getattr(args, "lang", None))
        # A save like "Save as PDF" in the window: archived, in the print log, and marked
        # as a copy if the record left the counter before.
        saved = services.documents.save(args.kind, args.id)
    finally:
        services.close()
    if output is not None:
        # The archived copy is complete; the user's copy must never be seen half-written.
        copy_file_atomically(saved.path, output)
    for warning in saved.warnings:
        print(f"warning: {warning.message()}", file=sys.stderr)
    print(output or saved.path)
    return 0


def _screenshot(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    output = _output(args, "")
    services = _open(args)
    try:
        from deskapp.ui.app import render_screenshot

        ok = render_screenshot(services, args.tab, getattr(args, "lang", None), output)
    finally:
        services.close()
    if not ok:
        raise CommandFailed(f"the {args.tab} workspace does not exist yet")
    print(output)
    return 0


def _check(args: argparse.Namespace) -> int:
    """Report on the file through a read-only connection: nothing in it changes."""
    from deskapp.db.schema import SCHEMA_HEAD, known_revisions, known_tables
    from deskapp.db.sqlite_file import FileKind, check, probe

    location = _location(args)
    if location.is_server:
        return _check_server(args)
    path = location.file
    assert path is not None
    if not path.exists():
        raise CommandFailed(f"no data file at {path}")
    if path.is_dir():
        raise CommandFailed(f"{path} is a folder, not a data file")
    state = probe(path, known_tables())
    if state.kind is FileKind.FOREIGN:
        raise CommandFailed(f"{path} is not a deskapp data file: it belongs to another program")
    check(path, full=True)
    print(f"integrity: ok ({path})")
    if state.kind is FileKind.NEW:
        print(f"schema: none yet; deskapp would set it up ({SCHEMA_HEAD}) at start")
        return 0
    revision = state.revision
    if revision == SCHEMA_HEAD:
        print(f"schema: up to date ({revision})")
    elif revision is not None and revision not in known_revisions():
        print(f"schema: {revision} is newer than this deskapp ({SCHEMA_HEAD})")
        return EXIT_FAILED
    else:
        print(f"schema: {revision or 'none'}; deskapp would upgrade it to {SCHEMA_HEAD} at start")
        return 0
    from deskapp.db.engine import make_engine, sqlite_url

    engine = make_engine(sqlite_url(path, read_only=True), path=path)
    try:
        return _check_trail(engine, location)
    finally:
        engine.dispose()


def _check_trail(engine, location: DataLocation) -> int:  # type: ignore[no-untyped-def]
    """The audit trail's line: sound, or the first broken entry (exit code 1)."""
    from deskapp.usecases.safekeeping import check_trail_read_only

    found = check_trail_read_only(engine, location)
    print(found.message)
    return 0 if found.sound else EXIT_FAILED


def _check_server(args: argparse.Namespace) -> int:
    """On a server, read-only: its version, the schema, the counters that saved there.

    Integrity and backups are the server's own tools' job.
    """
    from deskapp.db.schema import SCHEMA_HEAD, known_revisions, known_tables
    from deskapp.db.server import probe_server, server_engine

    location = _location(args)
    engine = server_engine(location.sqlalchemy_url)
    try:
        state = probe_server(engine, known_tables())
    finally:
        engine.dispose()
    settle_logging(location.log_dir)
    print(f"server: PostgreSQL {state.version} ({location.display()})")
    if state.foreign:
        raise CommandFailed(f"{location.display()} holds tables that are not deskapp's")
    if state.revision is None:
        print(f"schema: none yet; deskapp would set it up ({SCHEMA_HEAD}) at start")
    elif state.revision == SCHEMA_HEAD:
        print(f"schema: up to date ({state.revision})")
    elif state.revision not in known_revisions():
        print(f"schema: {state.revision} is newer than this deskapp ({SCHEMA_HEAD})")
        return EXIT_FAILED
    else:
        print(f"schema: {state.revision}; deskapp would upgrade it to {SCHEMA_HEAD} at start")
    for desk, saved in state.desks:
        print(f"counter: {desk or '(no name)'}: {saved} visits and calls")
    print("integrity and backups: the server's own tools (pg_dump, pg_amcheck)")
    if state.revision != SCHEMA_HEAD:
        return 0
    engine = server_engine(location.sqlalchemy_url)
    try:
        return _check_trail(engine, location)
    finally:
        engine.dispose()


def _backup(args: argparse.Namespace) -> int:
    output = _output(args, "")
    services = _open(args)
    try:
        services.backup(output)
    finally:
        services.close()
    print(output)
    return 0


def _restore(args: argparse.Namespace) -> int:
    backup = Path(args.backup).expanduser().resolve()
    if not backup.is_file():
        raise CommandError(f"deskapp restore: no file {backup}")
    if _location(args).is_data_file(backup):
        raise CommandError("deskapp restore: that is the data file itself")
    services = _open(args)
    try:
        if services.backups is None:
            from deskapp.bootstrap import NoBackups

            raise NoBackups()
        kept = services.backups.restore(backup)
    finally:
        services.close()
    print(f"restored {services.location.display()} from {backup}; the replaced data is kept "
          f"in {kept}")
    return 0


def _bench(args: argparse.Namespace) -> int:
    if not (100 <= args.visitors <= 100_000_000 and 10 <= args.calls <= 100_000_000
            and 10 <= args.requests <= 100_000_000 and 10 <= args.key_loans <= 100_000_000
            and 100 <= args.receipts <= 100_000_000 and 10 <= args.parcels <= 100_000_000):
        raise CommandError("deskapp bench: --visitors and --receipts need 100 or more, "
                           "--calls, --requests, --key-loans and --parcels 10 or more")
    if not 1 <= args.repeat <= 100:
        raise CommandError("deskapp bench: --repeat must be between 1 and 100")
    # Only --db itself: without it the bench keeps its own file beside the output, whatever
    # $DESKAPP_DB or this PC's setting say.
    server = getattr(args, "db", None)
    if server is not None and not is_server_url(server):
        raise CommandError("deskapp bench: --db takes a server, postgresql://user@host/database "
                           "(without it the data file is kept beside -o)")
    output = _output(args, ".json")
    from deskapp.bench.run import run_bench, table

    settle_logging(paths.log_dir(output))
    result = run_bench(output, visits=args.visitors, calls=args.calls,
                       requests=args.requests, key_loans=args.key_loans,
                       receipts=args.receipts, parcels=args.parcels, repeat=args.repeat,
                       say=lambda text: print(text, file=sys.stderr, flush=True), server=server)
    print(output if args.json else table(result))
    return 0
