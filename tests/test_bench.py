"""``deskapp bench`` runs end to end on a tiny file and reports every figure (no timing is
asserted: the figures are for people to read)."""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path

from deskapp.bench.run import NAMES
from processes import deskapp, search_index_matches_records


def test_the_bench_reports_every_figure_beside_the_bare_tool(tmp_path: Path) -> None:
    output = tmp_path / "bench.json"
    result = deskapp("bench", "--visitors", "2000", "--calls", "1000", "--repeat", "1",
                     "-o", output, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(output.read_text(encoding="utf-8"))
    for name in NAMES:
        assert name in result.stdout  # the table
        for key in ("value", "bare", "ratio"):
            number = figures[name][key]
            assert isinstance(number, (int, float)) and math.isfinite(number), (name, key)
            assert number >= 0, (name, key)
    assert len(figures["search_ms"]["parts"]) == 5
    assert figures["about"]["data"]["visits"] == 2000
    # The data file is kept beside the output, as the services would have written it.
    data = tmp_path / "bench-data-2000v-1000c.sqlite"
    assert figures["about"]["data"]["file"] == data.name
    with sqlite3.connect(data) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # A check-in and a call per repetition were saved through the services.
        assert con.execute("SELECT count(*) FROM visit").fetchone()[0] >= 2001
        # Each day's passes are numbered 1…N, and the day's counter stands at N: the
        # check-ins saved afterwards went on from the made-up ones.
        days = con.execute(
            "SELECT substr(pass_no, 1, 7), count(*), max(CAST(substr(pass_no, 9) AS INTEGER)), "
            "(SELECT value FROM counter WHERE series = 'visit-pass:' || substr(pass_no, 1, 7)) "
            "FROM visit GROUP BY 1").fetchall()
        assert len(days) > 300 and all(n == last == counter for _d, n, last, counter in days)
    con.close()
    search_index_matches_records(data)
    # Nothing else is left beside it: no scratch files, no workbooks.
    assert not [p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx",)
                or "bare" in p.name]
    again = deskapp("bench", "--visitors", "2000", "--calls", "1000", "--repeat", "1",
                    "--json", "-o", output, timeout=600)
    assert again.returncode == 0, again.stderr[-3000:]
    assert again.stdout.strip() == str(output)
    assert json.loads(output.read_text(encoding="utf-8"))["about"]["data"]["built_s"] is None


def test_bench_usage_is_checked(tmp_path: Path) -> None:
    result = deskapp("bench", "--visitors", "5", "-o", tmp_path / "b.json")
    assert result.returncode == 2 and "--visitors" in result.stderr
    result = deskapp("bench", "-o", tmp_path / "b.txt")
    assert result.returncode == 2 and ".json" in result.stderr
