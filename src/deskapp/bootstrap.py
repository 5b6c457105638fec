"""Composition root: open the data file and build the services every part of deskapp uses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path

from argon2 import PasswordHasher
from sqlalchemy import Engine

from deskapp.backups import BackupService
from deskapp.db.changes import change_stamp
from deskapp.db.engine import acting
from deskapp.db.schema import OpenedDatabase, open_database, open_server
from deskapp.db.sqlite_file import check_connection
from deskapp.domain.accounts import AccountService
from deskapp.domain.audit_trail import AuditTrail
from deskapp.domain.calls.log import CallLog
from deskapp.domain.calls.phone_book import PhoneBook
from deskapp.domain.clock import Clock
from deskapp.domain.day_closing.service import DayClosings
from deskapp.domain.desks import desks_in_use
from deskapp.domain.directory import DirectoryService
from deskapp.domain.fees.service import FeeCollection
from deskapp.domain.handover.service import ShiftHandover
from deskapp.domain.keys.custody import KeyCustody
from deskapp.domain.operators import Operator
from deskapp.domain.print_log import PrintLog
from deskapp.domain.privacy import PrivacyService
from deskapp.domain.requests.calendar import WorkingCalendar
from deskapp.domain.requests.deadlines import DeadlineRules
from deskapp.domain.requests.log import RequestLog
from deskapp.domain.screening import ScreeningService
from deskapp.domain.search_everything import SearchEverything
from deskapp.domain.services.lost_property import LostProperty
from deskapp.domain.services.notices import Notices
from deskapp.domain.services.parcels import ParcelLog
from deskapp.domain.services.release_passes import ReleasePasses
from deskapp.domain.settings import LocalValues, SettingsService
from deskapp.domain.today import TodayBoard
from deskapp.domain.visitors import VisitorLog
from deskapp.domain.visitors.expected import ExpectedVisitors
from deskapp.errors import UserError
from deskapp.i18n import translate
from deskapp.location import DataLocation
from deskapp.station import StationFile
from deskapp.usecases.day_export import ExportService
from deskapp.usecases.printing import PrintService


@dataclass(frozen=True)
class Domain:
    """The counter's rules, one service per workspace, on one engine and one clock.

    A workspace adds its service here (one line in :func:`build_domain`).
    """

    engine: Engine
    clock: Clock
    operator: Operator
    settings: SettingsService
    directory: DirectoryService
    screening: ScreeningService
    visitors: VisitorLog
    expected: ExpectedVisitors
    calls: CallLog
    phone_book: PhoneBook
    requests: RequestLog
    calendar: WorkingCalendar
    keys: KeyCustody
    fees: FeeCollection
    lost_property: LostProperty
    notices: Notices
    release_passes: ReleasePasses
    parcels: ParcelLog
    accounts: AccountService
    audit: AuditTrail
    privacy: PrivacyService
    print_log: PrintLog
    handover: ShiftHandover
    search: SearchEverything
    today: TodayBoard
    closing: DayClosings


def build_domain(engine: Engine, clock: Clock, operator: Operator,
                 local: LocalValues | None = None,
                 hasher: PasswordHasher | None = None,
                 attachments_dir: Path | None = None) -> Domain:
    """The domain services on ``engine``, telling time by ``clock``, signing records and
    the audit trail as ``operator``; this counter's own settings kept in ``local``; files
    attached to records kept in ``attachments_dir`` (None: in the database)."""
    plain = engine
    engine = acting(engine, operator, clock.now)
    directory = DirectoryService(engine)
    screening = ScreeningService(engine, clock, directory, operator)
    settings = SettingsService(engine, local, operator)
    calendar = WorkingCalendar(engine, operator)
    fees = FeeCollection(engine, clock, operator)
    calls = CallLog(engine, clock, directory, operator)
    keys = KeyCustody(engine, clock, operator)
    parcels = ParcelLog(engine, clock, directory, calls, operator)
    return Domain(
        engine=plain,
        clock=clock,
        operator=operator,
        settings=settings,
        directory=directory,
        screening=screening,
        visitors=VisitorLog(engine, clock, screening, directory, operator,
                            collect_id_number=lambda: settings.load().collect_id_number),
        expected=ExpectedVisitors(engine, clock, directory, operator),
        calls=calls,
        phone_book=PhoneBook(engine, clock, directory, operator),
        requests=RequestLog(engine, clock, directory,
                            DeadlineRules(engine, clock, calendar, operator), operator,
                            attachments_dir),
        calendar=calendar,
        keys=keys,
        fees=fees,
        parcels=parcels,
        release_passes=ReleasePasses(engine, clock, fees, operator),
        lost_property=LostProperty(engine, clock, operator),
        notices=Notices(engine, clock, lambda: settings.load().org_name, operator),
        accounts=AccountService(engine, clock, operator, hasher),
        audit=AuditTrail(engine, clock, operator),
        privacy=PrivacyService(engine, clock, operator, settings),
        print_log=PrintLog(engine, clock, operator),
        handover=ShiftHandover(engine, clock, operator, keys=keys, calls=calls, parcels=parcels),
        search=SearchEverything(engine, clock),
        today=TodayBoard(engine, clock, lambda: settings.load().late_hour),
        closing=DayClosings(engine, clock, fees, operator),
    )


@dataclass(frozen=True)
class Services(Domain):
    """Everything a widget or a command may use; widgets get only the parts they need."""

    db: OpenedDatabase
    location: DataLocation
    documents: PrintService
    exports: ExportService
    backups: BackupService | None  # None on a server: its backups are the server's job
    station: StationFile | None  # this PC's own settings (None: kept in the database)
    hasher: PasswordHasher | None  # None: argon2id's default cost

    @property
    def db_path(self) -> Path | None:
        """The data file (None when the records are on a server)."""
        return self.location.file

    @property
    def archive_dir(self) -> Path:
        """Where printed PDFs are kept."""
        return self.location.archive_dir

    @property
    def read_only(self) -> bool:
        """The file cannot be written here: looking works, saving does not."""
        return self.db.read_only

    def with_clock(self, clock: Clock, operator: Operator | None = None) -> Domain:
        """The same domain services on the same file, telling time by ``clock`` (demo data
        walks a clock through past days), acting as ``operator`` (default: the one on
        duty)."""
        return build_domain(self.engine, clock, operator or self.operator, self.station,
                            self.hasher, self.location.attachments_dir)

    def desks_in_use(self) -> list[str]:
        """The counters that saved records here (for naming a new one)."""
        return desks_in_use(self.engine)

    def change_stamp(self) -> int:
        """The number every save moves on (a window polls it to see others' saves)."""
        return change_stamp(self.engine)

    def verify(self) -> None:
        """The data file's quick_check (a server checks itself); raises DatabaseDamaged.

        Runs on one of the engine's own connections: a second, hand-made handle on the file
        is exactly what must never be opened and closed beside a live connection.
        """
        if self.location.is_server:
            return
        raw = self.engine.raw_connection()
        try:
            check_connection(raw.driver_connection, self.location.display(),  # type: ignore[arg-type]
                             full=False)
        finally:
            raw.close()

    def backup(self, target: Path, *, progress: Callable[[int, int | None], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> Path:
        """A consistent, checked copy of the live data file (SQLite backup API)."""
        if self.backups is None:
            raise NoBackups()
        return self.backups.copy_to(target, progress=progress, cancelled=cancelled)

    def close(self) -> None:
        """Release the data file (and remove the previews still on disk)."""
        self.documents.close()
        self.engine.dispose()


class NoBackups(UserError):
    """The records are on a server: backing them up is the server's job."""

    def __init__(self) -> None:
        super().__init__(translate(
            "Backups", "The records are on a database server: its backups are made on the "
            "server, not at the counter. Ask whoever runs the server."))


def build_services(where: DataLocation | Path | str, *, clock: Clock | None = None,
                   create_folder: bool = False, station: StationFile | None = None,
                   hasher: PasswordHasher | None = None) -> Services:
    """Open (check, back up, migrate) the data file or server and wire the services to it.

    ``create_folder``: make the file's folder if it is missing (the per-user default).
    ``station``: this PC's own settings (default: the per-user station file).
    ``hasher``: how passwords are hashed (tests use a cheap argon2id).
    """
    location = DataLocation.of(where)
    if location.is_server:
        opened = open_server(location.sqlalchemy_url, location.display())
    else:
        assert location.file is not None
        opened = open_database(location.file, location.backup_dir, create_folder=create_folder)
    clock = clock or Clock()
    station = station or StationFile()
    settings = SettingsService(opened.engine, station).load()
    operator = Operator(desk=settings.counter_name)  # no role: a command, until a log-in
    domain = build_domain(opened.engine, clock, operator, station, hasher,
                          location.attachments_dir)
    parts = {f.name: getattr(domain, f.name) for f in fields(Domain)}
    backups = (None if location.file is None else
               BackupService(acting(opened.engine, operator, clock.now), location.file,
                             location.backup_dir, clock, operator))
    return Services(
        **parts,
        db=opened,
        location=location,
        documents=PrintService(domain, location.archive_dir),
        exports=ExportService(domain, location),
        backups=backups,
        station=station,
        hasher=hasher,
    )
