"""The privacy notice for visitors says what the settings in force say, in both languages."""

from __future__ import annotations

import dataclasses

import pytest

from deskapp import translations
from deskapp.bootstrap import Services
from helpers import page_size, pdf_fonts, pdf_text


def test_the_notice_states_the_items_and_the_retention_in_force(services: Services) -> None:
    services.settings.save(dataclasses.replace(
        services.settings.load(), org_name="星河物业", org_phone="0755-86001234",
        retention_days=30, collect_id_number=True, privacy_contact="物业服务中心 0755-86001234"))
    translations.install("en")
    printed = services.documents.render("privacy-notice", "0")
    text = " ".join(pdf_text(printed.path).split())
    assert "Privacy notice for visitors" in text and "30 days" in text
    assert "ID document" in text and "never keep an ID card" in text
    assert "物业服务中心 0755-86001234" in text
    assert printed.result.pages == 1
    assert page_size(printed.path) == pytest.approx((595.28, 841.89), abs=0.05)  # A4
    assert all(row.split()[-5] == "yes" for row in pdf_fonts(printed.path))  # embedded

    services.settings.save(dataclasses.replace(services.settings.load(), retention_days=7,
                                               collect_id_number=False))
    translations.install("zh_CN")
    try:
        printed = services.documents.render("privacy-notice", "0")
    finally:
        translations.install("en")
    text = "".join(pdf_text(printed.path).split())
    assert "访客个人信息告知" in text and "保存7天" in text
    assert "证件号码" in text  # they are removed …
    assert "证件类型和证件号码" not in text and "身份证件" not in text  # … but not asked for
