"""The archive keeps one PDF per print or save (never per preview), each in the print log,
and a record printed before renders marked as a copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from deskapp.bootstrap import Services
from deskapp.domain.errors import DomainError
from deskapp.domain.print_log import PrintedHow
from deskapp.domain.records import HostResponse
from deskapp.domain.visitors import HostRef, VisitInput
from helpers import pdf_text


def archived(services: Services) -> list[Path]:
    """The PDFs in the archive (previews are hidden temporary files, never ``*.pdf``)."""
    return sorted(services.archive_dir.rglob("*.pdf"))


def words(path: Path) -> str:
    return " ".join(pdf_text(path).split())


@pytest.fixture
def visit_id(services: Services) -> int:
    return services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203"))).id


def test_a_preview_leaves_nothing_in_the_archive(services: Services, visit_id: int) -> None:
    preview = services.documents.render("visitor-pass", visit_id)
    assert preview.path.is_file() and "张三" in pdf_text(preview.path)
    assert services.archive_dir in preview.path.parents  # beside the data, not in /tmp
    assert archived(services) == []
    services.documents.discard(preview)
    assert not preview.path.exists()
    assert [p for p in services.archive_dir.rglob("*") if p.is_file()] == []
    assert services.print_log.copies("visitor-pass", "V261123-0001") == []


def test_a_print_archives_one_file_and_logs_it_then_the_next_is_a_copy(
        services: Services, visit_id: int) -> None:
    documents = services.documents
    first = documents.render("visitor-pass", visit_id)
    assert not first.copy and "COPY" not in words(first.path)
    kept = documents.keep(first, PrintedHow.PRINTED)
    assert archived(services) == [kept]
    assert kept.read_bytes() == first.path.read_bytes()  # what was printed is what is kept
    assert kept.name.startswith("visitor-pass-V261123-0001-20261123-0930")
    [logged] = services.print_log.copies("visitor-pass", "V261123-0001")
    assert logged.how is PrintedHow.PRINTED
    assert services.archive_dir / logged.archive_name == kept

    again = documents.render("visitor-pass", "V261123-0001")  # by the number on the pass
    assert again.copy and again.title == "Visitor pass V261123-0001"
    assert "Visitor pass COPY" in words(again.path)
    documents.keep(again, PrintedHow.SAVED)
    assert len(archived(services)) == 2
    assert [c.how for c in services.print_log.copies("visitor-pass", "V261123-0001")] == [
        PrintedHow.PRINTED, PrintedHow.SAVED]
    documents.close()
    assert not first.path.exists() and not again.path.exists()


def test_save_renders_straight_into_the_archive(services: Services, visit_id: int) -> None:
    saved = services.documents.save("visitor-pass", visit_id)
    assert archived(services) == [saved.path]
    assert "COPY" not in words(saved.path)
    assert [c.how for c in services.print_log.copies("visitor-pass", "V261123-0001")] == [
        PrintedHow.SAVED]
    assert "COPY" in words(services.documents.save("visitor-pass", visit_id).path)


def test_lists_and_notices_are_never_copies(services: Services) -> None:
    for _ in range(2):
        notice = services.documents.render("privacy-notice", "0")
        services.documents.keep(notice, PrintedHow.PRINTED)
        assert not notice.copy and "COPY" not in words(notice.path)
    assert len(archived(services)) == 2  # still one PDF per print, and both logged
    assert len(services.print_log.copies("privacy-notice", notice.reference)) == 2


def test_a_voided_visit_is_refused_with_the_reason(services: Services, visit_id: int) -> None:
    services.visitors.void(visit_id, "登记错了")
    with pytest.raises(DomainError, match="V261123-0001.*登记错了"):
        services.documents.render("visitor-pass", visit_id)
    with pytest.raises(DomainError, match="voided"):
        services.documents.save("visitor-pass", "V261123-0001")
    assert archived(services) == []
    assert [p for p in services.archive_dir.rglob("*") if p.is_file()] == []


def test_a_declined_visits_pass_prints_not_valid(services: Services, visit_id: int) -> None:
    services.visitors.record_host_response(visit_id, HostResponse.DECLINED, message="请改天再来")
    text = words(services.documents.save("visitor-pass", visit_id).path)
    assert "DECLINED NOT VALID" in text and "V261123-0001" in text
