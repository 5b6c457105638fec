"""The bench's Today figure on a small file: the whole read of the tab timed beside plain
SQL counting the same open records."""

from __future__ import annotations

from test_bench_lost_property import SqliteBare

from deskapp.bench.run import NAMES
from deskapp.bench.today_figures import today_figure
from deskapp.bootstrap import Services
from deskapp.domain.calls.records import CallInput
from deskapp.domain.visitors import HostRef, VisitInput


def test_today_is_timed_beside_the_bare_tool(services: Services) -> None:
    services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    services.calls.log_call(CallInput("找李经理", message_for="李经理", message="请回电"))
    figure = today_figure(services, SqliteBare(services.db_path), 2)
    assert figure.value > 0 and figure.bare > 0
    assert figure.extra == {"groups": 11, "open_items": 2}
    assert "today_ms" in NAMES
