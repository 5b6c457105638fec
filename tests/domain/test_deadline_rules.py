"""Several deadline rules saved at once: all or none, under one approval."""

from __future__ import annotations

import pytest

from deskapp.bootstrap import Services
from deskapp.domain.errors import ValidationError
from deskapp.domain.operators import ApprovalNeeded
from deskapp.domain.requests.deadlines import DeadlineRule, cell_field
from deskapp.domain.requests.records import DeadlineUnit, Kind, Severity
from deskapp.domain.roles import Action, Approval, Role

H, WD = DeadlineUnit.HOURS, DeadlineUnit.WORKING_DAYS


def test_a_bad_rule_among_good_ones_saves_none(services: Services) -> None:
    deadlines = services.requests.deadlines
    before = deadlines.rules()
    with pytest.raises(ValidationError) as raised:
        deadlines.set_rules([DeadlineRule(Severity.GENERAL, Kind.REPAIR, 6, H),
                             DeadlineRule(Severity.IMPORTANT, Kind.INQUIRY, 251, WD),
                             DeadlineRule(Severity.MAJOR, Kind.REPAIR, 0, H)])
    assert set(raised.value.errors) == {"important.inquiry", "major.repair"}
    assert "250" in raised.value.errors[cell_field(Severity.IMPORTANT, Kind.INQUIRY)]
    assert "720" in raised.value.errors["major.repair"]
    assert deadlines.rules() == before


def test_one_approval_covers_every_rule_of_a_save(services: Services) -> None:
    deadlines = services.requests.deadlines
    services.operator.hand_over("王芳", Role.RECEPTIONIST)
    changed = [DeadlineRule(Severity.GENERAL, Kind.REPAIR, 6, H),
               DeadlineRule(Severity.GENERAL, Kind.SUGGESTION, 10, WD)]
    with pytest.raises(ApprovalNeeded):
        deadlines.set_rules(changed)
    approval = Approval(Action.SET_DEADLINES, "李主管", Role.SUPERVISOR)
    assert deadlines.set_rules(changed, approval) == changed
    assert deadlines.rule(Severity.GENERAL, Kind.REPAIR) == changed[0]
    assert deadlines.rule(Severity.GENERAL, Kind.SUGGESTION) == changed[1]
    assert deadlines.set_rules([]) == []  # nothing changed needs no one's approval
