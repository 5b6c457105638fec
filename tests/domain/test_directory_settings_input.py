"""The directory and the settings check what they are given at their edge."""

from __future__ import annotations

import pytest

from deskapp.bootstrap import Services
from deskapp.domain.directory import DepartmentKind, DepartmentRow, UnitRow
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.settings import AppSettings, validate_settings


def errors_of(call, *args) -> dict[str, str]:
    with pytest.raises(ValidationError) as err:
        call(*args)
    return err.value.errors


def test_units_check_types_lengths_and_digits(services: Services) -> None:
    save = services.directory.save_unit
    assert errors_of(save, UnitRow(None, 1203)) == {"number": "Enter text in this field."}
    assert errors_of(save, UnitRow(None, "1203", occupant=None)) == {
        "occupant": "Enter text in this field."}
    assert errors_of(save, UnitRow(None, "1203", company="x" * 201)) == {
        "company": "Use at most 200 characters."}
    assert errors_of(save, UnitRow(None, "1203", notes="x" * 501)) == {
        "notes": "Use at most 500 characters."}
    assert errors_of(save, UnitRow(None, "1203", phones=", ".join(["13800138000"] * 20))) == {
        "phones": "Use at most 200 characters."}
    assert errors_of(save, UnitRow(None, "1203", occupied="no")) == {
        "occupied": "Choose yes or no."}
    assert errors_of(save, UnitRow(None, "١٢٠٣")) == {"number": "Use the digits 0–9 only."}
    assert errors_of(save, UnitRow(None, "\u200b\x00")) == {"number": "Enter the unit number."}
    assert services.directory.units() == []


def test_units_are_stored_clean_with_full_width_numbers_folded(services: Services) -> None:
    unit = services.directory.save_unit(UnitRow(None, "１２０３\u200b", "李\x00四", " 华为\n技术 ",
                                                "13800138000/010-12345678", "钥匙\t在前台"))
    assert (unit.number, unit.occupant, unit.company, unit.phones, unit.notes) == (
        "1203", "李四", "华为 技术", "13800138000, 010-12345678", "钥匙 在前台")
    # Typed with full-width digits again, it is the same unit, not a second one.
    with pytest.raises(ValidationError) as err:
        services.directory.save_unit(UnitRow(None, "１２０３"))
    assert "already in the directory" in err.value.errors["number"]
    with pytest.raises(NotFound):
        services.directory.save_unit(UnitRow(2**70, "1204"))
    with pytest.raises(NotFound):
        services.directory.unit(2**70)


def test_departments_check_types_lengths_and_digits(services: Services) -> None:
    save = services.directory.save_department
    assert errors_of(save, DepartmentRow(None, None)) == {"name": "Enter text in this field."}
    assert errors_of(save, DepartmentRow(None, "工程部", 8001)) == {
        "phone": "Enter text in this field."}
    assert errors_of(save, DepartmentRow(None, "工程部", "٨٠٠١")) == {
        "phone": "Use the digits 0–9 only."}
    assert errors_of(save, DepartmentRow(None, "工程部", "8" * 101)) == {
        "phone": "Use at most 100 characters."}
    assert errors_of(save, DepartmentRow(None, "工程部", kind="bogus")) == {
        "kind": "Choose from the list."}
    dept = save(DepartmentRow(None, " 工程\u200b部 ", "8001\x07", "engineering"))
    assert (dept.name, dept.phone, dept.kind) == ("工程部", "8001", DepartmentKind.ENGINEERING)


def test_import_rejects_bad_rows_by_number_and_stores_clean_text(services: Services) -> None:
    report = services.directory.import_units([
        (2, {"number": "1203", "occupant": "李\u200b四", "notes": "第一行\n第二行"}),
        (3, {"number": 1204, "occupant": "王五"}),
        (4, {"number": "1205", "occupant": None}),
        (5, {"number": "1206", "company": "x" * 201}),
        (6, {"number": "\ud800"}),
        (7, {"number": "١٢٠٧"}),
        (8, {"number": "１２０３", "company": "华为"}),  # the same unit as row 2
    ])
    assert (report.added, report.updated) == (1, 1)
    assert [(row, message) for row, message in report.rejected] == [
        (3, "Enter text in this field."), (4, "Enter text in this field."),
        (5, "Use at most 200 characters."), (6, "Enter the unit number."),
        (7, "Use the digits 0–9 only.")]
    [unit] = services.directory.units()
    assert (unit.number, unit.occupant, unit.company, unit.notes) == (
        "1203", "李四", "华为", "第一行 第二行")


def test_settings_check_types_and_are_stored_clean(services: Services) -> None:
    good = AppSettings(org_name="星河大厦")
    assert errors_of(validate_settings, AppSettings(org_name=None)) == {
        "org_name": "Enter text in this field."}
    for late_hour in (18.0, True, "18", None, 24):
        assert list(errors_of(validate_settings, AppSettings("x", late_hour=late_hour))) == [
            "late_hour"]
    assert list(errors_of(validate_settings, AppSettings("x", language=None))) == ["language"]
    assert list(errors_of(validate_settings, AppSettings("x", papers=None))) == ["papers"]
    assert list(errors_of(validate_settings, AppSettings("x", papers={1: "A6"}))) == ["papers"]
    assert list(errors_of(validate_settings, AppSettings("x", welcomed="yes"))) == ["welcomed"]
    assert list(errors_of(validate_settings, AppSettings("x", printer="HP\x00"))) == ["printer"]
    assert list(errors_of(validate_settings, AppSettings("x", org_address="x" * 201))) == [
        "org_address"]
    assert list(errors_of(validate_settings, AppSettings("x", org_phone="٠٧٥٥"))) == [
        "org_phone"]
    saved = services.settings.save(AppSettings(org_name="星河\u200b大厦\n物业",
                                               org_address=" 深圳\t南山 ", printer="HP  LaserJet",
                                               papers={}))
    assert (saved.org_name, saved.org_address, saved.printer) == (
        "星河大厦 物业", "深圳 南山", "HP  LaserJet")  # the printer's name is kept as spelt
    assert services.settings.load() == saved
    assert validate_settings(good) == good
