"""The release passes' figure: one goods release pass issued through the service, its
unit's arrears read from fee collection first — beside the bare tool's INSERT committed.

The bare tool is the one of :mod:`deskapp.bench.run`; ``bare_insert(n)`` is its save.
"""

from __future__ import annotations

from collections.abc import Callable

from deskapp.bench.figures import Figure, median, round_figure, timed_ms
from deskapp.domain.identity import id18_check_char
from deskapp.domain.services.release_pass_records import (
    AuthorisationHow,
    GoodsLine,
    ReleasePassInput,
)
from deskapp.domain.services.release_passes import ReleasePasses

NAMES = ("release_pass_ms",)
_CARRIER_ID = "11010519900307123"


def passes_figures(services, repeat: int,  # type: ignore[no-untyped-def]
                   bare_insert: Callable[[int], None]) -> dict[str, Figure]:
    """``repeat`` passes issued, each for a unit owing nothing past due (a unit owing
    would wait for a supervisor), each beside the bare tool's INSERT."""
    passes: ReleasePasses = services.release_passes
    units = [u.id for u in services.directory.units() if u.id is not None]
    clear = [u for u in units[:50] if not passes.check(u).owing]
    if not clear:
        return {"release_pass_ms": Figure(0.0, 0.0, extra={"units": 0})}
    carrier_id = _CARRIER_ID + id18_check_char(_CARRIER_ID)
    issued, inserts = [], []
    for number in range(repeat):
        data = ReleasePassInput(
            clear[number % len(clear)], (GoodsLine("办公桌", 2, "张"),
                                          GoodsLine("纸箱（文件）", 6, "箱")),
            "测试搬运人", carrier_id, "业主 测试", AuthorisationHow.PHONE,
            carrier_phone="13800138000", plate="粤B12345")
        issued.append(timed_ms(lambda d=data: passes.issue(d)))
        inserts.append(timed_ms(lambda n=number: bare_insert(n)))
    return {"release_pass_ms": Figure(median(issued), median(inserts),
                                      extra={"first_ms": round_figure(issued[0])})}
