"""The Today tab driven offscreen: it is the first tab and holds the cursor at start-up; its
counts follow the saves announced by the other tabs; arrows and Enter open an entry's record
(or the group's workspace); the charts paint in both languages, with data and without."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from deskapp import translations
from deskapp.bootstrap import Services
from deskapp.domain.calls.records import CallInput
from deskapp.domain.fees.payments import SaleInput, SaleLine
from deskapp.domain.fees.receipts import PaymentPart
from deskapp.domain.fees.records import Cycle, Method, Pricing
from deskapp.domain.record_kinds import RecordKind
from deskapp.domain.visitors import HostRef, VisitInput
from deskapp.ui.charts import BarChart, MoneyBarChart, StackedBarChart
from deskapp.ui.framework.events import AppEvents
from deskapp.ui.framework.workspace import WorkspaceContext
from deskapp.ui.main_window import MainWindow
from deskapp.ui.page_loader import SyncPageLoader
from deskapp.ui.tasks import SyncTaskRunner
from deskapp.ui.workspaces import WORKSPACES
from deskapp.ui.workspaces.today.tab import TodayTab
from fee_data import as_cashier, item
from helpers import answer_modal


@pytest.fixture
def english(services: Services) -> Services:
    services.settings.save(replace(services.settings.load(), org_name="星河物业",
                                   welcomed=True, language="en"))
    translations.install("en")
    return services


@pytest.fixture
def today(qtbot, english: Services) -> TodayTab:
    """The tab alone, on its own events, reading synchronously, shown."""
    events = AppEvents()
    context = WorkspaceContext(english, events, english.settings.load, SyncTaskRunner(),
                               SyncPageLoader())
    tab = TodayTab(context)
    tab.events = events  # type: ignore[attr-defined]
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def count_of(tab: TodayTab, key: str) -> int:
    tile = tab.grid.tile(key)
    assert tile is not None and tile.group is not None
    return tile.group.count


def check_in(services: Services, name: str = "张三") -> int:
    return services.visitors.check_in(VisitInput(name=name, host=HostRef("1203 李四"))).id  # type: ignore[return-value]


# --- The first tab ---------------------------------------------------------------------

def test_today_is_the_first_tab_and_waits_with_the_cursor_on_its_first_tile(
        qtbot, english: Services) -> None:
    assert WORKSPACES[0].name == "today"
    window = MainWindow(english, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    today = window.workspace("today")
    assert window.current() is today and window.ui.workspace_tabs.tabText(0) == "Today"
    # The receptionist starts with what needs attention; nothing is typed into by mistake.
    qtbot.waitUntil(lambda: today.grid.tiles[0].hasFocus())
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current() is window.workspace("visitors")
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current() is today


def test_a_group_without_a_record_opens_its_workspace_in_the_window(
        qtbot, english: Services) -> None:
    window = MainWindow(english, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    today = window.workspace("today")
    takings = today.grid.tile("takings")
    assert takings is not None
    takings.setFocus()
    qtbot.keyClick(takings, Qt.Key.Key_Return)
    assert window.current() is window.workspace("fees")


# --- Counts follow the work --------------------------------------------------------------

def test_counts_follow_the_saves_the_other_tabs_announce(qtbot, today: TodayTab,
                                                         english: Services) -> None:
    assert count_of(today, "on_site") == 0 and count_of(today, "messages") == 0
    check_in(english)
    check_in(english, "李四")
    assert count_of(today, "on_site") == 0  # nothing announced yet: no polling
    today.events.records_changed.emit("visitors")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: count_of(today, "on_site") == 2)
    english.calls.log_call(CallInput("找李经理", message_for="李经理", message="请回电"))
    today.events.saved_elsewhere.emit()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: count_of(today, "messages") == 1)
    as_cashier(english)
    copies = item(english, "复印", pricing=Pricing.PER_PAGE, price=5000, cycle=Cycle.ONCE)
    english.fees.sell(SaleInput("路人甲", (SaleLine(copies, 1200),),
                                (PaymentPart(Method.CASH, 600),)))
    today.events.records_changed.emit("fees")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: today.grid.tile("takings").group.big_text == "¥6.00")  # type: ignore[union-attr]
    assert today.takings_chart.values()[22] == 6.0  # the 23rd, in yuan


def test_a_burst_of_saves_is_read_once(qtbot, today: TodayTab, english: Services,
                                      monkeypatch) -> None:
    reads = []
    real = english.today.snapshot
    monkeypatch.setattr(today, "_board", type("Board", (), {
        "snapshot": staticmethod(lambda: reads.append(1) or real())})())
    for _ in range(5):
        today.events.records_changed.emit("visitors")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(reads) == 1)
    qtbot.wait(300)
    assert len(reads) == 1


def test_a_tab_out_of_sight_reads_when_shown(qtbot, today: TodayTab,
                                             english: Services) -> None:
    today.hide()
    check_in(english)
    today.events.records_changed.emit("visitors")  # type: ignore[attr-defined]
    qtbot.wait(300)
    assert count_of(today, "on_site") == 0  # not read while hidden
    today.show()
    qtbot.waitUntil(lambda: count_of(today, "on_site") == 1)


# --- Keys ------------------------------------------------------------------------------

def test_enter_on_an_entry_asks_for_its_record(qtbot, today: TodayTab,
                                               english: Services) -> None:
    first, second = check_in(english), check_in(english, "李四")
    today.refresh()
    qtbot.waitUntil(lambda: count_of(today, "on_site") == 2)
    tile = today.grid.tile("on_site")
    assert tile is not None
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Down)  # from the header to the first entry
    qtbot.keyClick(tile, Qt.Key.Key_Down)
    with qtbot.waitSignal(today.events.record_requested) as asked:  # type: ignore[attr-defined]
        qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert asked.args == [RecordKind.VISIT.value, second]
    qtbot.keyClick(tile, Qt.Key.Key_Up)
    with qtbot.waitSignal(today.events.record_requested) as asked:  # type: ignore[attr-defined]
        qtbot.keyClick(tile, Qt.Key.Key_Enter)
    assert asked.args == [RecordKind.VISIT.value, first]
    with qtbot.waitSignal(today.workspace_requested) as opened:
        qtbot.keyClick(tile, Qt.Key.Key_Home)
        qtbot.keyClick(tile, Qt.Key.Key_Return)  # the group itself: its workspace
    assert opened.args == ["visitors"]


def test_a_click_on_an_entry_opens_its_record(qtbot, today: TodayTab,
                                              english: Services) -> None:
    visit = check_in(english)
    today.refresh()
    qtbot.waitUntil(lambda: count_of(today, "on_site") == 1)
    tile = today.grid.tile("on_site")
    assert tile is not None
    with qtbot.waitSignal(today.events.record_requested) as asked:  # type: ignore[attr-defined]
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton,
                         pos=tile._row_rect(0).center().toPoint())
    assert asked.args == [RecordKind.VISIT.value, visit]


def test_the_arrows_and_tab_move_from_tile_to_tile(qtbot, today: TodayTab) -> None:
    tiles = today.grid.tiles
    today.new_entry()
    qtbot.waitUntil(tiles[0].hasFocus)
    qtbot.keyClick(tiles[0], Qt.Key.Key_Right)
    assert tiles[1].hasFocus()
    qtbot.keyClick(tiles[1], Qt.Key.Key_Left)
    assert tiles[0].hasFocus()
    qtbot.keyClick(tiles[0], Qt.Key.Key_Left)  # the edge: stays
    assert tiles[0].hasFocus()
    qtbot.keyClick(tiles[0], Qt.Key.Key_Down)  # an empty group: straight to the tile below
    assert tiles[3].hasFocus()
    qtbot.keyClick(tiles[3], Qt.Key.Key_Up)
    assert tiles[0].hasFocus()
    qtbot.keyClick(tiles[0], Qt.Key.Key_Tab)
    assert tiles[1].hasFocus()


def test_the_keys_are_in_the_keyboard_map(today: TodayTab) -> None:
    assert "Enter" in today.shortcut_help() and "F5" in today.shortcut_help()


# --- Charts ----------------------------------------------------------------------------

def painted(widget) -> int:  # type: ignore[no-untyped-def]
    """How many sampled pixels differ from the widget's background."""
    image: QImage = widget.grab().toImage()
    background = widget.palette().base().color()
    return sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
               if QColor(image.pixel(x, y)) != background)


def bar_pixels(widget, colour: QColor) -> int:  # type: ignore[no-untyped-def]
    image: QImage = widget.grab().toImage()
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if QColor(image.pixel(x, y)) == colour)


def test_an_axis_of_counts_has_whole_ticks() -> None:
    from deskapp.ui.charts.axes import nice_ticks

    assert nice_ticks(1, whole=True) == [0, 1]  # one visitor: not 0, 0.2, 0.4 …
    assert nice_ticks(3, whole=True) == [0, 1, 2, 3]
    assert nice_ticks(1)[:2] == [0, 0.2]  # unless asked, the steps may be fractions
    assert nice_ticks(1200, whole=True) == [0, 500, 1000, 1500]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_charts_paint_with_data_and_without(qtbot, language: str) -> None:
    from deskapp.ui.charts.bars import BAR_COLOUR

    translations.install(language)
    try:
        empty, full = BarChart(), BarChart()
        for chart in (empty, full):
            qtbot.addWidget(chart)
            chart.resize(380, 200)
            chart.set_title("今日每小时访客 Visitors per hour")
            chart.set_empty_text("还没有访客")
        empty.set_data([str(h) for h in range(7, 22)], [0] * 15)
        full.set_data([str(h) for h in range(7, 22)], [0, 2, 5, 3] + [1] * 11,
                      reference=[1.5] * 15, marked=3)
        stacked = StackedBarChart()
        money = MoneyBarChart()
        for chart in (stacked, money):
            qtbot.addWidget(chart)
            chart.resize(380, 200)
        stacked.set_data(["11-16", "11-23"], [("一般", QColor("#8fb3d9"), [3, 0]),
                                              ("重要", QColor("#f2b447"), [1, 0])])
        money.set_fen([str(d) for d in range(1, 31)], [0] * 29 + [123_450])
        for chart in (empty, full, stacked, money):
            assert painted(chart) > 50  # title, axis and labels at least
        assert bar_pixels(full, BAR_COLOUR) > 100 and bar_pixels(empty, BAR_COLOUR) == 0
        assert bar_pixels(stacked, QColor("#f2b447")) > 20
    finally:
        translations.install("en")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_tab_shows_in_both_languages_with_and_without_records(
        qtbot, english: Services, language: str) -> None:
    translations.install(language)
    try:
        events = AppEvents()
        tab = TodayTab(WorkspaceContext(english, events, english.settings.load,
                                        SyncTaskRunner(), SyncPageLoader()))
        qtbot.addWidget(tab)
        tab.resize(1280, 760)
        tab.show()
        qtbot.waitExposed(tab)
        for chart in (tab.visits_chart, tab.requests_chart, tab.takings_chart):
            assert painted(chart) > 50
        check_in(english)
        tab.retranslate()
        qtbot.waitUntil(lambda: count_of(tab, "on_site") == 1)
        assert painted(tab.visits_chart) > 50 and sum(tab.visits_chart.values()) == 1
        QApplication.processEvents()
    finally:
        translations.install("en")


class LaterLoader:
    """A loader whose reads finish when the test says (the real one runs them on a thread)."""

    def __init__(self) -> None:
        self.waiting: list = []

    def load(self, fn, on_done, on_error=None) -> None:  # type: ignore[no-untyped-def]
        self.waiting.append((fn, on_done))

    def finish(self) -> None:
        while self.waiting:
            fn, on_done = self.waiting.pop(0)
            on_done(fn())

    def cancel_pending(self) -> None:
        self.waiting.clear()

    def wait(self, msecs: int = 5000) -> bool:
        return True


def test_the_cursor_reaches_the_first_tile_when_the_counts_come_later(
        qtbot, english: Services) -> None:
    loader = LaterLoader()
    tab = TodayTab(WorkspaceContext(english, AppEvents(), english.settings.load,
                                    SyncTaskRunner(), loader))  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    assert tab.grid.tiles == [] and loader.waiting  # reading, off the UI thread
    tab.new_entry()  # the window's start-up call, before the counts are in
    loader.finish()
    qtbot.waitUntil(lambda: bool(tab.grid.tiles) and tab.grid.tiles[0].hasFocus())


def test_a_handover_note_opens_to_be_read_and_acknowledged(qtbot, english: Services) -> None:
    from deskapp.domain.handover.records import NoteInput
    from deskapp.ui.handover.read_dialog import HandoverReadDialog

    english.operator.hand_over("王芳")
    english.handover.write(NoteInput("早班", "1203 的钥匙还没还，下午记得催"))
    english.operator.hand_over("李娜")  # the next shift
    window = MainWindow(english, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    today = window.workspace("today")
    tile = today.grid.tile("handover_notes")
    assert tile is not None and tile.group is not None and tile.group.count == 1
    shown = answer_modal(qtbot, HandoverReadDialog, lambda d: d.ui.read_button.click())
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)  # the group: its note, kept by no workspace
    assert shown and window.current() is today
    qtbot.waitUntil(lambda: count_of(today, "handover_notes") == 0)
    assert english.handover.unacknowledged("李娜") == []
