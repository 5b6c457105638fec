"""The bench's requests: complaints, repairs, inquiries and suggestions over the five years,
stored as the request log stores them — each request with its dated steps, its revisits,
its search-index entry and its number of the yearly series — for the bulk writer of
:mod:`deskapp.bench.data`.

Each request's way is worked out when it is taken: dispatched, handled, resolved,
revisited and closed (a few reopened by a dissatisfied revisit); a step that would fall
after now is left undone, so the last days' requests are still open, as at a real counter.
A few of the last three months' are stuck (some waiting on the customer); a valid complaint
stuck for a month became major, as the morning's check makes it. Deadlines come from the
default rules over the official calendar (a bench file marks no days of its own).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from deskapp.bench.stamps import stamp
from deskapp.db.dialect import SearchEntry
from deskapp.domain.clock import Clock
from deskapp.domain.directory import HostOption
from deskapp.domain.requests.calendar import WorkingDays
from deskapp.domain.requests.deadlines import DEFAULTS, DeadlineRule, due_after
from deskapp.domain.requests.handling import ESCALATE_AFTER, REVISIT_DAYS
from deskapp.domain.requests.log import request_number
from deskapp.domain.requests.records import (
    Channel,
    EventKind,
    Grounds,
    Kind,
    Nature,
    RevisitHow,
    Satisfaction,
    Severity,
    State,
)
from deskapp.i18n import fill, translate
from deskapp.usecases.demos.request_cases import (
    COMPLAINTS,
    EFFECTS,
    FINAL_OPINIONS,
    FROM_CALLS,
    HANDLERS,
    INQUIRIES,
    PAUSE_REASONS,
    REPAIRS,
    SUGGESTIONS,
    Case,
)

REQUEST_COLUMNS = (
    "id", "number", "received_at", "channel", "forwarded_from", "call_id", "complainant",
    "phone", "about_unit_id", "about_label", "kind", "content", "nature", "severity",
    "grounds", "department_id", "department_label", "owner", "due_at", "state", "handler",
    "dispatched_at", "resolved_at", "result", "rectification", "revisit_due", "closed_at",
    "final_opinion", "reopened", "paused_at", "pause_reason", "escalated_at",
    "last_progress_at", "created_at", "created_by", "desk")
EVENT_COLUMNS = ("request_id", "at", "kind", "text", "approved_by", "created_by", "desk")
REVISIT_COLUMNS = ("request_id", "at", "how", "effect", "satisfaction", "shortcomings",
                   "suggestions", "final_opinion", "revisited_by", "sent_back", "created_by",
                   "desk")
# The counter series of a year's request numbers (as the request log takes them).
SERIES = "request-{year}"
# Requests of the last STUCK_WITHIN days left unresolved (the open list of a real counter).
STUCK_WITHIN = dt.timedelta(days=90)
STUCK_SHARE = 0.02
# A step closer to now than this is left for the counter to do.
LEFT_UNDONE = dt.timedelta(minutes=2)
MANAGER = "陈经理"
REVISITED_BY = {Severity.GENERAL: "", Severity.IMPORTANT: "李建国", Severity.MAJOR: MANAGER}
MINUTE = dt.timedelta(minutes=1)


class OfficialCalendar:
    """The official working days alone: what a file whose administrator marked no day of
    its own counts (deadlines need no database read per request)."""

    def __init__(self) -> None:
        self._days = WorkingDays({})

    def from_day(self, _first: dt.date, span_days: int = 400) -> WorkingDays:
        """The same working days whatever the span."""
        return self._days


@dataclass(frozen=True)
class TakenCall:
    """A repair or complaint call of the day that a request may be taken from."""

    id: int
    started_at: dt.datetime
    category: str
    caller: str
    phone: str
    about_label: str
    about_unit_id: int | None
    subject: str


@dataclass
class _Request:
    """One request's row, built step by step."""

    values: dict[str, object]
    events: list[tuple[dt.datetime, EventKind, str]] = field(default_factory=list)
    revisits: list[tuple[object, ...]] = field(default_factory=list)


class RequestRows:
    """Requests made day by day, kept until the writer takes their rows."""

    def __init__(self, rng: random.Random, clock: Clock, real_now: dt.datetime,
                 hosts: Sequence[HostOption], operator: str, next_id: int,
                 serials: dict[int, int], read: Callable[[str], tuple[str, ...]]) -> None:
        self.rng, self._rng = rng, rng
        self._clock, self._now = clock, real_now
        self._operator, self._read = operator, read
        self.next_id = next_id
        self.serials = dict(serials)  # year → last number taken
        self._units = [h for h in hosts if h.kind == "unit"]
        self._departments = {h.label: h.id for h in hosts if h.kind == "department"}
        self._calendar = OfficialCalendar()
        self._due_rules = {key: DeadlineRule(key[0], key[1], *rule)
                           for key, rule in DEFAULTS.items()}
        self.requests: list[tuple[object, ...]] = []
        self.events: list[tuple[object, ...]] = []
        self.revisits: list[tuple[object, ...]] = []
        self.search: list[SearchEntry] = []

    def __len__(self) -> int:
        return len(self.requests)

    def clear(self) -> None:
        """Forget the rows written."""
        for rows in (self.requests, self.events, self.revisits, self.search):
            rows.clear()

    def counters(self) -> dict[str, int]:
        """Each year's number series as it now stands."""
        return {SERIES.format(year=year): value for year, value in self.serials.items()}

    # --- A day's requests
    def day(self, moments: list[dt.datetime], people: Sequence[tuple[str, str]],
            calls: list[TakenCall]) -> None:
        """Requests taken at ``moments``; about a third of them from the day's ``calls``
        (who called, about what), the rest from ``people`` (name, phone) in person, by
        phone, by letter or forwarded."""
        rng = self._rng
        calls = [c for c in calls if c.about_unit_id is not None]  # a tenant's
        rng.shuffle(calls)
        taken_calls = calls[:len(moments) // 3]
        intakes: list[tuple[dt.datetime, TakenCall | None]] = [
            (call.started_at, call) for call in taken_calls]
        intakes += [(moment, None) for moment in moments[len(taken_calls):]]
        for received, call in sorted(intakes, key=lambda item: item[0]):
            self._request(received, call, people)

    def _request(self, received: dt.datetime, call: TakenCall | None,
                 people: Sequence[tuple[str, str]]) -> None:
        rng = self._rng
        request_id = self.next_id
        self.next_id += 1
        year = self._clock.local(received).year
        self.serials[year] = self.serials.get(year, 0) + 1
        number = request_number(year, self.serials[year])
        if call is not None:
            department, note, result = FROM_CALLS.get(call.subject,
                                                      ("工程部", "已派人查看", "已处理"))
            kind = Kind.REPAIR if call.category == "repair" else Kind.COMPLAINT
            case = Case(kind, call.subject, department, note, result,
                        nature=Nature.HELP_SEEKING if kind is Kind.REPAIR else Nature.VALID)
            channel, forwarded = Channel.PHONE, ""
            who, phone = call.caller, call.phone
            about, unit_id = call.about_label, call.about_unit_id
        else:
            group = rng.choices((REPAIRS, COMPLAINTS, INQUIRIES, SUGGESTIONS),
                                weights=(45, 30, 15, 10))[0]
            case = rng.choice(group)
            channel = rng.choices(list(Channel), weights=(40, 40, 5, 15))[0]
            forwarded = (rng.choice(("安保部", "工程部", "招商部"))
                         if channel is Channel.FORWARDED else "")
            who, phone = rng.choice(people)
            unit = rng.choice(self._units) if self._units else None
            about, unit_id = (unit.label, unit.id) if unit else ("", None)
        severity, grounds, owner = case.severity, case.grounds, ""
        due = None
        if case.kind is Kind.REPAIR and rng.random() < 0.003:  # a burst pipe, a fire alarm
            severity, grounds, owner = Severity.MAJOR, Grounds.EMERGENCY, MANAGER
            due = received + dt.timedelta(hours=2)
        if due is None:
            due = due_after(self._due_rules[(severity, case.kind)], received, self._clock,
                            self._calendar)  # type: ignore[arg-type]
        request = _Request({
            "id": request_id, "number": number, "received_at": received,
            "channel": channel.value, "forwarded_from": forwarded,
            "call_id": call.id if call else None, "complainant": who, "phone": phone,
            "about_unit_id": unit_id, "about_label": about, "kind": case.kind.value,
            "content": case.content, "nature": case.nature.value, "severity": severity.value,
            "grounds": grounds.value if grounds else "", "department_id": None,
            "department_label": "", "owner": owner, "due_at": due,
            "state": State.REGISTERED.value, "handler": "", "dispatched_at": None,
            "resolved_at": None, "result": "", "rectification": "", "revisit_due": None,
            "closed_at": None, "final_opinion": "", "reopened": 0, "paused_at": None,
            "pause_reason": "", "escalated_at": None, "last_progress_at": received,
            "created_at": received, "created_by": self._operator, "desk": ""})
        self._event(request, received, EventKind.REGISTERED, "")
        self._handle(request, case, received)
        self._store(request)

    # --- Its way
    def _handle(self, request: _Request, case: Case, received: dt.datetime) -> None:
        rng, values = self._rng, request.values
        handler = rng.choice(HANDLERS.get(case.department, ("",)))
        stuck = self._now - received < STUCK_WITHIN and rng.random() < STUCK_SHARE
        if case.kind is Kind.INQUIRY and not case.note and not stuck:  # answered at once
            at = received + rng.randint(4, 12) * MINUTE
            if self._resolve(request, at, case.result, ""):
                self._close(request, at + MINUTE, "已知悉，谢谢")
            return
        at = received + rng.randint(5, 25) * MINUTE
        if not self._step(request, at, EventKind.DISPATCHED, case.department):
            return
        values["state"], values["dispatched_at"] = State.DISPATCHED.value, at
        values["department_label"] = case.department
        values["department_id"] = self._departments.get(case.department)
        at += rng.randint(20, 90) * MINUTE
        if not self._step(request, at, EventKind.NOTE,
                          fill("%1 · %2", case.note or "已派人处理", handler)):
            return
        values["state"], values["handler"] = State.IN_PROGRESS.value, handler
        if stuck:
            self._stuck(request, case, at)
            return
        hours = {Kind.REPAIR: (1, 8), Kind.COMPLAINT: (3, 30), Kind.INQUIRY: (1, 4),
                 Kind.SUGGESTION: (24, 96)}[case.kind]
        at += dt.timedelta(minutes=rng.randint(hours[0] * 60, hours[1] * 60))
        if not self._resolve(request, at, case.result, case.rectification):
            return
        if not case.kind.needs_revisit:
            self._close(request, at + rng.randint(10, 60) * MINUTE,
                        "感谢采纳" if case.kind is Kind.SUGGESTION else "已知悉")
            return
        at = self._revisit_time(at)
        if rng.random() < 0.04:
            if not self._revisit(request, at, Satisfaction.DISSATISFIED, case):
                return
            values["state"], values["reopened"] = State.IN_PROGRESS.value, 1
            values["resolved_at"] = values["revisit_due"] = None
            self._event(request, at, EventKind.REOPENED, f"请{case.department}复查，彻底解决")
            at += dt.timedelta(hours=rng.randint(16, 24))
            if not self._step(request, at, EventKind.NOTE, "复查后重新处理"):
                return
            at += dt.timedelta(hours=rng.randint(2, 6))
            if not self._resolve(request, at, case.result + "；复查后已彻底处理",
                                 case.rectification):
                return
            at = self._revisit_time(at)
        satisfaction = rng.choices((Satisfaction.VERY_SATISFIED, Satisfaction.SATISFIED,
                                    Satisfaction.NEUTRAL), weights=(30, 60, 10))[0]
        if self._revisit(request, at, satisfaction, case):
            values["revisit_due"] = None
            self._close(request, at, values["final_opinion"])  # type: ignore[arg-type]

    def _stuck(self, request: _Request, case: Case, at: dt.datetime) -> None:
        """Left unresolved: chased now and then, or waiting on the customer; a valid
        complaint a month old became major."""
        rng, values = self._rng, request.values
        received = values["received_at"]
        assert isinstance(received, dt.datetime)
        if rng.random() < 0.4:
            at += rng.randint(10, 60) * MINUTE
            if self._step(request, at, EventKind.PAUSED, reason := rng.choice(PAUSE_REASONS)):
                values["paused_at"], values["pause_reason"] = at, reason
        if case.kind is Kind.COMPLAINT and case.nature is Nature.VALID \
                and case.severity is not Severity.MAJOR:
            escalated = self._clock.at_local(
                self._clock.local(received + ESCALATE_AFTER).date() + dt.timedelta(days=1),
                8, 50)
            if self._step(request, escalated, EventKind.ESCALATED, translate(
                    "RequestLog", "A valid complaint still unresolved 30 days after it was "
                    "taken is a major complaint: the manager handles it now.")):
                values["severity"] = Severity.MAJOR.value
                values["grounds"] = Grounds.UNRESOLVED_MONTH.value
                values["escalated_at"] = escalated

    def _resolve(self, request: _Request, at: dt.datetime, result: str,
                 rectification: str) -> bool:
        if not self._step(request, at, EventKind.RESOLVED, result):
            return False
        values = request.values
        values["state"], values["resolved_at"], values["result"] = (
            State.RESOLVED.value, at, result)
        values["rectification"] = rectification
        values["revisit_due"] = self._clock.local(at).date() + dt.timedelta(days=REVISIT_DAYS)
        return True

    def _revisit(self, request: _Request, at: dt.datetime, satisfaction: Satisfaction,
                 case: Case) -> bool:
        rng, values = self._rng, request.values
        by = REVISITED_BY[Severity(values["severity"])] or self._operator
        if not self._step(request, at, EventKind.REVISITED,
                          fill("%1 · %2", satisfaction.label(), by)):
            return False
        unhappy = satisfaction is Satisfaction.DISSATISFIED
        opinion = ("" if unhappy else "基本满意" if satisfaction is Satisfaction.NEUTRAL
                   else rng.choice(FINAL_OPINIONS))
        request.revisits.append((
            at, (RevisitHow.IN_PERSON if rng.random() < 0.2 else RevisitHow.PHONE).value,
            "问题仍然存在" if unhappy else rng.choice(EFFECTS), satisfaction.value,
            "处理后没几天又出现同样的问题" if unhappy else "", "", opinion, by,
            f"请{case.department}复查，彻底解决" if unhappy else ""))
        if opinion:
            values["final_opinion"] = opinion
        return True

    def _close(self, request: _Request, at: dt.datetime, opinion: str) -> None:
        if self._step(request, at, EventKind.CLOSED, opinion):
            values = request.values
            values["state"], values["closed_at"] = State.CLOSED.value, at
            values["final_opinion"], values["revisit_due"] = opinion, None

    def _step(self, request: _Request, at: dt.datetime, kind: EventKind, text: str) -> bool:
        """The step, unless it would come after now."""
        if at > self._now - LEFT_UNDONE:
            return False
        self._event(request, at, kind, text)
        return True

    def _event(self, request: _Request, at: dt.datetime, kind: EventKind, text: str) -> None:
        request.events.append((at, kind, text))
        request.values["last_progress_at"] = at

    def _revisit_time(self, resolved: dt.datetime) -> dt.datetime:
        """Within the three days the documents allow, in the counter's hours."""
        day = self._clock.local(resolved).date() + dt.timedelta(days=self._rng.randint(1, 3))
        return self._clock.at_local(day, 10, 0) + self._rng.randint(0, 390) * MINUTE

    def _store(self, request: _Request) -> None:
        values = request.values
        request_id = values["id"]
        self.requests.append(tuple(
            stamp(v) if isinstance(v, dt.datetime) else
            v.isoformat() if isinstance(v, dt.date) else v
            for v in (values[c] for c in REQUEST_COLUMNS)))
        self.events += [(request_id, stamp(at), kind.value, text, "", self._operator, "")
                        for at, kind, text in request.events]
        self.revisits += [(request_id, stamp(at), *rest, self._operator, "")  # type: ignore[arg-type]
                          for at, *rest in request.revisits]
        # As the request log indexes it: the department it was sent to, once dispatched.
        who = str(values["complainant"])
        self.search.append((int(request_id),  # type: ignore[call-overload]
                            [who, str(values["phone"]), str(values["about_label"]),
                             str(values["number"]), str(values["department_label"])],
                            self._read(who)))
