"""The receipt list on shared records: every counter's receipts, or only this counter's,
as every other list does (the window on a server offers the choice from the start)."""

from __future__ import annotations

from dataclasses import replace

from deskapp.bootstrap import Services
from deskapp.domain.fees.deposits import DepositInput
from deskapp.domain.fees.receipt_list import ReceiptQuery
from deskapp.domain.fees.receipts import PaymentPart
from deskapp.domain.fees.records import DepositKind, Method
from deskapp.location import DataLocation
from deskapp.ui.main_window import MainWindow
from deskapp.ui.page_loader import SyncPageLoader
from deskapp.ui.tasks import SyncTaskRunner

SERVER = DataLocation(url="postgresql://deskapp@db-server/deskapp")


def card_deposit(services: Services, payer: str) -> None:
    services.fees.take_deposit(DepositInput(DepositKind.KEY_CARD, payer, 3000,
                                            (PaymentPart(Method.CASH, 3000),)))


def test_on_shared_records_the_receipt_list_shows_every_counter_or_this_one(
        qtbot, services: Services) -> None:
    services.settings.save(replace(services.settings.load(), org_name="星河大厦物业",
                                   welcomed=True, language="en", counter_name="Lobby"))
    services.operator.move_to("Lobby")
    card_deposit(services, "张三")
    services.operator.move_to("Service centre")
    card_deposit(services, "王五")
    services.operator.move_to("Lobby")
    today = services.clock.today()
    assert [r.payer for r in services.fees.page(ReceiptQuery(today, today, desk="Lobby"))] \
        == ["张三"]
    window = MainWindow(replace(services, location=SERVER), tasks=SyncTaskRunner(),
                        loader=SyncPageLoader())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitExposed(window):
        window.show()
    history = window.workspace("fees").history
    assert history is not None

    def payers() -> list[str]:
        return sorted(history.model.row(i).payer for i in range(history.model.rowCount()))
    combo = history.ui.desk_combo
    assert payers() == ["张三", "王五"]
    combo.setCurrentIndex(combo.findText("This counter: Lobby"))
    assert payers() == ["张三"]
