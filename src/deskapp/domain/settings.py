"""Settings: the organisation header and rules every counter shares, and what each counter
sets for itself (its name, who is on duty, language, printer and papers).

Several counters may share one database. The shared settings are rows of that database;
a counter's own ones (:data:`COUNTER_FIELDS`) are kept on its PC (a :class:`LocalValues`
store), so naming one counter or choosing its printer never changes another's.
"""

from __future__ import annotations

import json
import logging
import os
import re
import unicodedata
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Protocol

from sqlalchemy import Engine
from sqlmodel import Session, select

from deskapp.db import audit
from deskapp.db.engine import write_session
from deskapp.db.models import Setting
from deskapp.domain import checks
from deskapp.domain.errors import ValidationError
from deskapp.domain.operators import Operator
from deskapp.domain.records import OrgInfo, Paper
from deskapp.domain.roles import Action, Approval
from deskapp.i18n import fill, translate

logger = logging.getLogger(__name__)
_KIND = re.compile(r"[a-z0-9-]{1,40}", re.ASCII)
LANGUAGES = ("zh_CN", "en")
# Longest text each header field keeps (it is printed on every document).
TEXT_LIMITS = {"org_name": 100, "org_address": 200, "org_phone": 50, "counter_name": 50,
               "privacy_contact": 100}
PRINTER_LIMIT = 200
# Set on each counter's PC, never shared through the database.
COUNTER_FIELDS = ("counter_name", "language", "printer", "papers", "day_folder")
# The day folder's path leaves room in a closing's 500 characters for the file names.
DAY_FOLDER_LIMIT = 400
# Visitors' personal data is kept this many days by default (the notice says so); a
# purge anonymises what is older.
RETENTION_DAYS = 90
RETENTION_LIMITS = (1, 3650)
# What every counter shares and only a supervisor changes (once the organisation is set up).
GUARDED = ("org_name", "org_address", "org_phone", "print_confidential_numbers", "late_hour",
           "collect_id_number", "retention_days", "purge_automatically", "privacy_contact")


class LocalValues(Protocol):
    """Where a counter keeps its own settings (a file on its PC)."""

    def load(self) -> dict[str, Any]:
        """The values set so far."""

    def save(self, values: dict[str, Any]) -> None:
        """Set ``values``, keeping the others."""


@dataclass(frozen=True)
class AppSettings:
    """Everything a counter configures once. ``language`` "" follows the system locale.

    ``counter_name`` … ``papers`` (:data:`COUNTER_FIELDS`) belong to this counter alone.
    """

    org_name: str = ""
    org_address: str = ""
    org_phone: str = ""
    counter_name: str = ""
    language: str = ""
    papers: dict[str, str] = field(default_factory=dict)
    printer: str = ""
    late_hour: int = 18  # visitors still on site after this local hour are highlighted
    welcomed: bool = False  # the first-start greeting has been answered
    demo: bool = False  # a file of made-up records for trying deskapp out, never real work
    # Managers' mobiles are left off the printed phone directory unless this is set.
    print_confidential_numbers: bool = False
    # Privacy (个人信息): whether check-in asks for an ID number at all; how many days
    # visitors' personal data is kept; whether the window purges what is older by itself
    # once a day; whom visitors ask about their data (printed on the privacy notice).
    collect_id_number: bool = True
    retention_days: int = RETENTION_DAYS
    purge_automatically: bool = False
    privacy_contact: str = ""
    # Where this counter writes the day's workbook and backup when it closes a day (日结).
    day_folder: str = ""

    @property
    def org(self) -> OrgInfo:
        """The header printed on every document."""
        return OrgInfo(self.org_name, self.org_address, self.org_phone, self.counter_name)


def validate_settings(s: AppSettings) -> AppSettings:
    """The settings as they are stored (header text cleaned), or ValidationError naming each
    bad field."""
    errors: dict[str, str] = {}
    text = {name: checks.text(errors, name, getattr(s, name), limit)
            for name, limit in TEXT_LIMITS.items() if name != "org_name"}
    org_name = checks.text(errors, "org_name", s.org_name)
    if not org_name:
        errors.setdefault("org_name", translate(
            "Settings", "Enter the organisation's name; it heads every document."))
    elif len(org_name) > TEXT_LIMITS["org_name"]:
        errors.setdefault("org_name", translate("Settings", "Use at most 100 characters."))
    if checks.has_foreign_digits(text["org_phone"]):
        errors.setdefault("org_phone", checks.foreign_digits_message())
    # A printer's name is kept exactly as the system spells it, but never a control
    # character or half a surrogate pair (the data file cannot hold one).
    printer = checks.raw_text(errors, "printer", s.printer)
    if len(printer) > PRINTER_LIMIT or any(
            unicodedata.category(ch) in ("Cc", "Cs") for ch in printer):
        errors.setdefault("printer", translate("InputCheck", "Choose from the list."))
    day_folder = day_folder_problem(errors, s.day_folder)
    if not isinstance(s.language, str) or (s.language and s.language not in LANGUAGES):
        errors["language"] = translate("Settings", "Choose Chinese or English.")
    if not checks.is_whole_number(s.late_hour) or not 0 <= s.late_hour <= 23:
        errors["late_hour"] = translate("Settings", "Choose an hour from 0 to 23.")
    low, high = RETENTION_LIMITS
    if not checks.is_whole_number(s.retention_days) or not low <= s.retention_days <= high:
        errors["retention_days"] = fill(translate(
            "Settings", "Keep personal data from %1 to %2 days."), low, high)
    collect_id = checks.flag(errors, "collect_id_number", s.collect_id_number)
    purge_automatically = checks.flag(errors, "purge_automatically", s.purge_automatically)
    welcomed = checks.flag(errors, "welcomed", s.welcomed)
    demo = checks.flag(errors, "demo", s.demo)
    print_confidential = checks.flag(errors, "print_confidential_numbers",
                                     s.print_confidential_numbers)
    # Which kinds exist and which papers each takes is the printing layer's knowledge; here
    # every entry must name a kind and a paper deskapp has.
    papers = dict(s.papers) if isinstance(s.papers, dict) else {None: None}
    for kind_value, paper_value in papers.items():
        try:
            if not (isinstance(kind_value, str) and _KIND.fullmatch(kind_value)):
                raise ValueError
            Paper(paper_value)
        except (ValueError, TypeError):
            errors["papers"] = translate("Settings", "A document kind has a paper it cannot use.")
    if errors:
        raise ValidationError(errors)
    return replace(s, org_name=org_name, papers=papers, welcomed=welcomed, demo=demo,
                   print_confidential_numbers=print_confidential, collect_id_number=collect_id,
                   purge_automatically=purge_automatically, day_folder=day_folder, **text)


def day_folder_problem(errors: dict[str, str], value: object) -> str:
    """The day folder as kept ("" when not chosen); a problem goes to ``errors``."""
    folder = checks.raw_text(errors, "day_folder", value).strip()
    if not folder:
        return ""
    if len(folder) > DAY_FOLDER_LIMIT or any(
            unicodedata.category(ch) in ("Cc", "Cs") for ch in folder):
        errors.setdefault("day_folder", translate("Settings", "Choose a folder."))
    elif not os.path.isabs(folder):
        errors.setdefault("day_folder", translate(
            "Settings", "Choose the folder with its full path."))
    return folder


class SettingsService:
    """Loads and saves AppSettings: shared ones as key/value rows (one transaction per
    save), this counter's own in ``local`` (None: kept in the database like the rest,
    for a counter that has no PC of its own, such as a command's throwaway run)."""

    def __init__(self, engine: Engine, local: LocalValues | None = None,
                 operator: Operator | None = None) -> None:
        self._engine = engine
        self._local = local
        self._operator = operator

    def load(self) -> AppSettings:
        """The stored settings; missing keys keep their defaults.

        A counter's own value not yet set on its PC falls back to the database's (files
        from before counters had their own settings kept them there).
        """
        with Session(self._engine) as session:
            stored = {row.key: row.value for row in session.exec(select(Setting))}
        values = {}
        for name in AppSettings.__dataclass_fields__:
            if name in stored:
                try:
                    values[name] = json.loads(stored[name])
                except json.JSONDecodeError:
                    continue
        try:
            shared = AppSettings(**values)
        except TypeError:
            return AppSettings()
        if self._local is None:
            return shared
        local = self._local.load()
        own = {name: local[name] for name in COUNTER_FIELDS if name in local}
        try:
            # The PC's file may have been edited by hand: its values are checked as a save
            # would check them (with a stand-in name, as the greeting may not be answered).
            checked = validate_settings(replace(shared, org_name=shared.org_name or "-", **own))
        except (ValidationError, TypeError):
            logger.warning("ignoring this counter's settings: they do not pass the checks")
            return shared
        return replace(shared, **{name: getattr(checked, name) for name in own})

    def _authorise(self, settings: AppSettings, approval: Approval | None) -> str:
        if self._operator is None:
            return ""
        stored = self.load()
        if not stored.org_name:  # the first set-up (the greeting, a demo file)
            return ""
        if all(getattr(stored, name) == getattr(settings, name) for name in GUARDED):
            return ""
        return self._operator.authorise(Action.CHANGE_SHARED_SETTINGS, approval)

    def name_counter(self, name: str) -> str:
        """Store this counter's name alone (asked at its first start on shared records,
        before anything else may be set); returns it as stored.

        Raises:
            ValidationError: an empty, multi-line or too long name ("counter_name").
        """
        errors: dict[str, str] = {}
        cleaned = checks.text(errors, "counter_name", name, TEXT_LIMITS["counter_name"])
        if not cleaned and not errors:
            errors["counter_name"] = translate(
                "Settings", "Enter the counter's name, e.g. Lobby reception.")
        if errors:
            raise ValidationError(errors)
        self._keep_counter_value("counter_name", cleaned)
        return cleaned

    def choose_day_folder(self, folder: str) -> str:
        """Keep this counter's day folder alone (asked when a day is first closed);
        returns it as kept.

        Raises:
            ValidationError: no folder, or not a usable path ("day_folder").
        """
        errors: dict[str, str] = {}
        kept = day_folder_problem(errors, folder)
        if not kept and not errors:
            errors["day_folder"] = translate("Settings", "Choose a folder.")
        if errors:
            raise ValidationError(errors)
        self._keep_counter_value("day_folder", kept)
        return kept

    def _keep_counter_value(self, key: str, value: str) -> None:
        """One of this counter's own settings, kept alone: on its PC, or in the database
        when the counter has none."""
        if self._local is not None:
            self._local.save({key: value})
            return
        with write_session(self._engine) as session:
            row = session.get(Setting, key) or Setting(key=key)
            row.value = json.dumps(value, ensure_ascii=False)
            session.add(row)
            session.commit()

    def save(self, settings: AppSettings, approval: Approval | None = None) -> AppSettings:
        """Validate and store every field (the shared ones in one transaction); returns
        what was stored.

        Changing what every counter shares (:data:`GUARDED`) once the organisation is set
        up needs a supervisor (or their approval); a counter's own fields do not.

        Raises:
            ValidationError: a bad field; nothing stored.
            ApprovalNeeded: shared settings changed by an operator who may not.
        """
        settings = validate_settings(settings)
        values = asdict(settings)
        own = {}
        if self._local is not None:
            own = {name: values.pop(name) for name in COUNTER_FIELDS}
        approved_by = self._authorise(settings, approval)
        with write_session(self._engine) as session:
            session.info[audit.APPROVED_BY] = approved_by
            for name, value in values.items():
                row = session.get(Setting, name) or Setting(key=name)
                row.value = json.dumps(value, ensure_ascii=False)
                session.add(row)
            session.commit()
        if own:
            assert self._local is not None
            self._local.save(own)
        return settings
