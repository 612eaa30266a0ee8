"""The `endorse-desktop` command (SPEC §6).

Every command calls the core; only the GUI launch imports Qt, and only when it runs. Errors are one
line on stderr with a non-zero exit, and a refused command leaves the database untouched.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from endorse_desktop import APP_NAME, __version__
from endorse_desktop.core.errors import EndorseError
from endorse_desktop.core.paths import default_db_path, sample_db_path
from endorse_desktop.core.store import Store
from endorse_desktop.exports.kind_names import EXPORT_KINDS

if TYPE_CHECKING:
    from endorse_desktop.core.store import Store

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CliError(EndorseError):
    """A command that cannot be done; the message is printed as one line."""

    def __init__(self, message: str, exit_code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def _db_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument(
        "--db",
        metavar="FILE",
        type=Path,
        help=help_text + " (default: endorse.sqlite3 in your user data folder)",
    )


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The command line. Without the commands: only the app's own options, read at every start
    (the commands' parsers cost ~3 ms of it, SPEC P-1); it leaves anything else for the whole
    parser to read (or refuse) and raises instead of exiting (`_app_start`)."""
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Run a group's endorsement meeting: scorecards, vote counting, ballots, "
        "minutes and commitments. With no command, opens the app.",
        add_help=with_commands,
        exit_on_error=with_commands,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_argument(parser, "database file to open")
    startup = parser.add_mutually_exclusive_group()
    startup.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="start, paint the main window, print the start-up time in ms and exit",
    )
    startup.add_argument(
        "--smoke-test",
        action="store_true",
        help="start offscreen, visit every tab and the projector, export every PDF, exit 0 if all "
        "worked",
    )
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo",
        help="build the sample group in a new file",
        description="Build a believable sample group (members, values, races, meetings, votes, "
        "commitments) in a new or empty database file.",
    )
    demo.add_argument(
        "--db",
        metavar="FILE",
        type=Path,
        help="file to create (default: the sample-group file beside the default database)",
    )
    demo.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help="small: a chapter of 40 members; large: the benchmark scale of SPEC §7",
    )

    imports = commands.add_parser(
        "import",
        help="import a members roster (CSV) or shared group data (JSON)",
        description="Import a roster CSV (Action Network, Mobilize or any CSV with recognisable "
        "headers) or a shared values/candidates file (.json). A rejected file changes nothing.",
    )
    _db_argument(imports, "database to import into (created if missing)")
    imports.add_argument("file", type=Path, metavar="FILE", help="ROSTER.csv or SHARED.json")

    export = commands.add_parser(
        "export",
        help="write a PDF, the CSV tables or the shared JSON",
        description="Write a document or data file from the database. PDFs: ballots, scorecard, "
        "signup, summary, commitments, announcement. Data: csv (a folder of CSV files), json "
        "(shared file), vote (one vote's record, --vote ID, as `count` reads it).",
    )
    export.add_argument("kind", choices=EXPORT_KINDS, help="what to write")
    _db_argument(export, "database to read")
    export.add_argument(
        "-o", "--output", required=True, type=Path, metavar="OUT", help="file (or folder for csv)"
    )
    export.add_argument(
        "--race", metavar="NAME", help="only this race (office, or office + district)"
    )
    export.add_argument("--meeting", metavar="ID", type=int, help="meeting number (summary)")
    export.add_argument(
        "--cycle", metavar="NAME", help="track-record, track-summary: only this election cycle"
    )
    export.add_argument(
        "--vote", metavar="ID", type=int, help="vote: which vote's record (JSON that count reads)"
    )
    export.add_argument(
        "--present-names",
        action="store_true",
        help="signup: pre-print the names (only) of the members present at the latest meeting",
    )
    export.add_argument("--copies", type=int, metavar="N", help="number of ballots")
    export.add_argument("--ranked", action="store_true", help="ranked-choice ballots")
    export.add_argument(
        "--per-page", type=int, choices=(1, 2, 4), default=None, help="ballots per page"
    )
    export.add_argument(
        "--lang",
        choices=("en", "es", "en+es"),
        default="en",
        help="PDFs: print in English, Spanish or both (en+es); texts the group has not written "
        "in Spanish print in English, named in a warning",
    )
    export.add_argument(
        "--serial-numbers",
        action="store_true",
        help='ballots: number each one ("0007 / 0040"); the number is for the paper, not the voter',
    )

    count = commands.add_parser(
        "count",
        help="recount a vote record (JSON) and print the result",
        description="Recount a vote record in the SPEC §5 format and print the result as JSON. "
        "Bad input: one line on stderr, exit 2.",
    )
    count.add_argument("vote_file", type=Path, metavar="VOTE.json")

    check = commands.add_parser(
        "check",
        help="check the file's integrity and recount every stored vote",
        description="Run SQLite's integrity and foreign-key checks and recount every stored vote "
        "from its ballot events. Exit 1 on any problem, naming it.",
    )
    _db_argument(check, "database to check")
    return parser


def _resolve_db(path: Path | None) -> Path:
    if path is not None:
        return path
    return default_db_path()


# ----- commands ---------------------------------------------------------------------------------
def run_demo(args: argparse.Namespace) -> int:
    # deferred: the sample group costs ~110 ms (python -X importtime) the GUI start would pay
    from endorse_desktop.core.demo import build_demo

    path = args.db or sample_db_path()
    summary = build_demo(path, size=args.size)
    print(f"sample group written to {path}: {summary}")
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    source: Path = args.file
    if not source.is_file():
        raise CliError(f"{source} does not exist")
    suffix = source.suffix.lower()
    if suffix not in (".csv", ".json", ".txt"):
        raise CliError(f"{source.name}: expected a roster .csv or a shared .json file")
    if suffix == ".json":
        # deferred: ~30 ms (python -X importtime) that every other start would pay
        from endorse_desktop.core.shared_file import merge_shared_data, read_shared_file

        shared = read_shared_file(source)  # checked first: a refused file creates no database
        with Store.open(_resolve_db(args.db)) as store:
            print(merge_shared_data(store, shared).describe())
        return EXIT_OK

    # deferred: ~25 ms (python -X importtime) that every other start would pay
    from endorse_desktop.core.roster_import import apply_import, check_mapping, read_roster_file

    # Read and check the file before opening the database: a refused file must not even
    # create an empty database.
    plan = read_roster_file(source)
    check_mapping(plan, plan.mapping)
    with Store.open(_resolve_db(args.db)) as store:
        print(apply_import(store, plan, plan.mapping).describe())
    return EXIT_OK


def _warn_missing_spanish(store: Store, args: argparse.Namespace) -> None:
    """A Spanish or bilingual PDF says the group's untranslated texts in English: name them."""
    # deferred: the announcement's words cost ~60 ms (python -X importtime), paid by every start
    # of the app otherwise, which never needs them
    from endorse_desktop.core.translations import missing_spanish

    missing = missing_spanish(store, args.kind, args.lang, race=args.race)
    if missing:
        print(
            f"{APP_NAME}: warning: printed in English for want of a Spanish text: "
            + "; ".join(missing),
            file=sys.stderr,
        )


def run_export(args: argparse.Namespace) -> int:
    # deferred: ReportLab and every report cost ~1,000 ms (python -X importtime)
    from endorse_desktop.exports.kinds import export_document

    with Store.open(_resolve_db(args.db), readonly=True) as store:
        _warn_missing_spanish(store, args)
        written = export_document(
            store,
            args.kind,
            args.output,
            race=args.race,
            meeting=args.meeting,
            copies=args.copies,
            ranked=args.ranked,
            per_page=args.per_page,
            present_names=args.present_names,
            serial_numbers=args.serial_numbers,
            vote=args.vote,
            cycle=args.cycle,
            lang=args.lang,
        )
    for path in written:
        print(path)
    return EXIT_OK


def run_count(args: argparse.Namespace) -> int:
    # deferred: json, read by the recount anyway, ~3 ms at the GUI's start (python -X importtime)
    import json

    # deferred: the counting core costs ~50 ms (python -X importtime) the GUI start would pay
    from endorse_desktop.core.voting.record import recount_json_text
    from endorse_desktop.core.voting.rules import VoteRecordError

    try:
        text = args.vote_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CliError(f"cannot read {args.vote_file}: {error}", EXIT_USAGE) from error
    try:
        result = recount_json_text(text)
        # Python refuses to turn an integer of over 4,300 digits into text (ValueError): such a
        # file is bad input (exit 2) wherever the conversion happens, reading or printing.
        printed = json.dumps(result, ensure_ascii=False, indent=2)
    except (VoteRecordError, ValueError) as error:
        raise CliError(_one_line(error), EXIT_USAGE) from error
    print(printed)
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    # deferred: the recount behind it costs ~100 ms (python -X importtime) the GUI would pay
    from endorse_desktop.core.check import check_database

    with Store.open(_resolve_db(args.db), readonly=True) as store:
        problems = check_database(store)
    if problems:
        for problem in problems:
            print(f"problem: {problem}", file=sys.stderr)
        return EXIT_ERROR
    print("ok: integrity, foreign keys and every stored vote recount agree")
    return EXIT_OK


def run_gui(args: argparse.Namespace) -> int:
    # Qt, the window and the first tab make some 30,000 objects that live as long as the app,
    # and next to no garbage: Python's cycle collector, run some 70 times meanwhile, would cost
    # ~5% of the start (SPEC P-1). run_app turns it on again before the window's event loop.
    gc.disable()
    # deferred: Qt and the window cost ~230 ms (python -X importtime) no command needs
    from endorse_desktop.ui.shell.app import run_app

    code = run_app(
        db_path=args.db,
        exit_after_startup=args.exit_after_startup,
        smoke_test=args.smoke_test,
    )
    if not (args.exit_after_startup or args.smoke_test):
        end_process_now(code)
    return code


def end_process_now(code: int) -> NoReturn:
    """The window has closed and the file with it (checkpointed, unlocked): end the process.

    Python's own teardown after a Qt session frees every widget wrapper, font and module one by
    one: 1.4–2 s on a shared laptop after Quit, with the window already gone (issue 12, item 9).
    Nothing is left to save by then, so only the output streams are flushed.
    """

    logging = sys.modules.get("logging")  # imported only when something logged: nothing to flush
    if logging is not None:
        logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: run_gui,
    "demo": run_demo,
    "import": run_import,
    "export": run_export,
    "count": run_count,
    "check": run_check,
}


def _app_start(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a plain start of the app (no command, no help, nothing amiss), else None."""
    try:
        args, rest = build_parser(with_commands=False).parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = _app_start(arguments)
    if args is None:
        parser = build_parser()
        args = parser.parse_args(arguments)
        if args.command is not None and (args.exit_after_startup or args.smoke_test):
            parser.error("--exit-after-startup and --smoke-test apply to the app, not to commands")
    try:
        return COMMANDS[args.command](args)
    except CliError as error:
        return _fail(str(error), error.exit_code)
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_ERROR)
    except (EndorseError, OSError) as error:
        # A refusal, or a file the system would not give us: the message is for the user.
        return _fail(_one_line(error), EXIT_ERROR)
    except Exception as error:
        if os.environ.get("ENDORSE_DEBUG"):
            raise
        return _fail(f"unexpected {type(error).__name__}: {_one_line(error)}", EXIT_ERROR)


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text or type(error).__name__


def _fail(message: str, code: int) -> int:
    print(f"{APP_NAME}: error: {message}", file=sys.stderr)
    return code
