"""The print log: what left the counter, signed, and whether the next print is a copy."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from deskapp.bootstrap import Services
from deskapp.db.models import PrintedCopy
from deskapp.domain.print_log import PrintedHow


def test_the_first_print_is_the_original_and_later_ones_are_copies(services: Services,
                                                                   now) -> None:
    log = services.print_log
    assert not log.printed_before("visitor-pass", "V261123-0001")
    services.operator.move_to("一楼大堂")
    services.operator.hand_over("王芳")
    first = log.record("visitor-pass", "V261123-0001", PrintedHow.PRINTED,
                       "2026/11/visitor-pass-V261123-0001-20261123-093000.pdf")
    assert (first.how, first.at, first.created_by, first.desk) == (
        PrintedHow.PRINTED, now.value, "王芳", "一楼大堂")
    assert log.printed_before("visitor-pass", "V261123-0001")
    # Another record, or another kind with the same number, is still an original.
    assert not log.printed_before("visitor-pass", "V261123-0002")
    assert not log.printed_before("message-slip", "V261123-0001")

    now.advance(minutes=5)
    log.record("visitor-pass", "V261123-0001", PrintedHow.SAVED, "2026/11/b.pdf")
    assert [(c.how, c.archive_name) for c in log.copies("visitor-pass", "V261123-0001")] == [
        (PrintedHow.PRINTED, "2026/11/visitor-pass-V261123-0001-20261123-093000.pdf"),
        (PrintedHow.SAVED, "2026/11/b.pdf")]


def test_a_record_is_one_row_written_as_given(services: Services) -> None:
    services.print_log.record("message-slip", "M7", PrintedHow.SAVED, "2026/11/m.pdf")
    with Session(services.engine) as session:
        rows = session.exec(select(PrintedCopy)).all()
    assert [(r.kind, r.reference, r.how, r.archive_name) for r in rows] == [
        ("message-slip", "M7", "saved", "2026/11/m.pdf")]


@pytest.mark.parametrize("kind, reference, name", [
    ("", "V1", "a.pdf"), ("k" * 33, "V1", "a.pdf"), ("visitor-pass", "", "a.pdf"),
    ("visitor-pass", "V" * 65, "a.pdf"), ("visitor-pass", "V1", ""),
    ("visitor-pass", "V1", "a" * 256),
])
def test_values_that_do_not_fit_their_columns_are_refused(services: Services, kind: str,
                                                          reference: str, name: str) -> None:
    with pytest.raises(ValueError):
        services.print_log.record(kind, reference, PrintedHow.PRINTED, name)
    assert services.print_log.copies(kind, reference) == []
