"""``deskapp bench`` runs end to end on a tiny file (and on a server database) and reports
every figure (no timing is asserted: the figures are for people to read)."""

from __future__ import annotations

import json
import math
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from deskapp.bench.data import MARKER, SCRATCH_TABLE
from deskapp.bench.fees_figures import NAMES as FEE_NAMES
from deskapp.bench.keys_figures import NAMES as KEY_NAMES
from deskapp.bench.parcels_figures import NAMES as PARCEL_NAMES
from deskapp.bench.run import NAMES
from deskapp.bootstrap import build_services
from deskapp.db.schema import SCHEMA_HEAD
from deskapp.domain.requests.records import RequestInput
from deskapp.location import DataLocation
from processes import deskapp, search_index_matches_records

needs_server = pytest.mark.skipif(
    not os.environ.get("DESKAPP_TEST_PG_URL"),
    reason="no PostgreSQL server for the tests ($DESKAPP_TEST_PG_URL); python3 dev.py test "
           "starts one when PostgreSQL is installed")


SIZES = ("--visitors", "2000", "--calls", "1000", "--requests", "500", "--key-loans", "3000",
         "--receipts", "2000", "--parcels", "3000")
MARKED = {"visits": 2000, "calls": 1000, "requests": 500, "key_loans": 3000, "receipts": 2000,
          "parcels": 3000,
          "schema": SCHEMA_HEAD, "complete": True}
DATA_FILE = "bench-data-2000v-1000c-500r-3000k-2000f-3000p.sqlite"


def test_the_bench_reports_every_figure_beside_the_bare_tool(tmp_path: Path) -> None:
    output = tmp_path / "bench.json"
    result = deskapp("bench", *SIZES, "--repeat", "1", "-o", output, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    figures = every_figure(output, result.stdout)
    assert figures["about"]["data"]["visits"] == 2000
    assert figures["about"]["data"]["requests"] == 500
    assert figures["about"]["data"]["key_loans"] == 3000
    assert figures["about"]["data"]["receipts"] == 2000
    # The data file is kept beside the output, as the services would have written it.
    data = tmp_path / DATA_FILE
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
        # Requests likewise, numbered year by year; each in every state of its way.
        years = con.execute(
            "SELECT substr(number, 2, 4), count(*), max(CAST(substr(number, 7) AS INTEGER)), "
            "(SELECT value FROM counter WHERE series = 'request-' || substr(number, 2, 4)) "
            "FROM request GROUP BY 1").fetchall()
        assert len(years) >= 5 and all(n == last == counter for _y, n, last, counter in years)
        assert sum(n for _y, n, _l, _c in years) == 500
        assert con.execute("SELECT count(*) FROM requestevent").fetchone()[0] > 5 * 500 // 2
        assert con.execute("SELECT count(*) FROM revisit").fetchone()[0] > 500 // 3
        assert con.execute("SELECT count(*) FROM request WHERE state = 'closed'").fetchone()[
            0] > 400
        assert json.loads(con.execute("SELECT value FROM setting WHERE key = ?",
                                      (MARKER,)).fetchone()[0]) == MARKED
        key_cabinet_is_consistent(con)
        fee_history_is_consistent(con)
        parcel_shelf_is_consistent(con)
    con.close()
    search_index_matches_records(data)
    # Nothing else is left beside it: no scratch files, no workbooks.
    assert not [p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx",)
                or "bare" in p.name]
    again = deskapp("bench", *SIZES, "--repeat", "1", "--json", "-o", output, timeout=600)
    assert again.returncode == 0, again.stderr[-3000:]
    assert again.stdout.strip() == str(output)
    assert json.loads(output.read_text(encoding="utf-8"))["about"]["data"]["built_s"] is None
    # A request taken afterwards goes on from the year's last number.
    with sqlite3.connect(data) as con:
        series, last = con.execute("SELECT series, value FROM counter WHERE series LIKE "
                                   "'request-%' ORDER BY series DESC LIMIT 1").fetchone()
    con.close()
    services = build_services(data)
    try:
        row = services.requests.register(RequestInput(content="走廊灯不亮", complainant="张三"))
    finally:
        services.close()
    assert row.number == f"R{series[-4:]}-{last + 1:04d}"


def test_data_of_an_older_schema_is_built_again(tmp_path: Path) -> None:
    output = tmp_path / "bench.json"
    assert deskapp("bench", *SIZES, "--repeat", "1", "-o", output, timeout=600).returncode == 0
    data = tmp_path / DATA_FILE
    with sqlite3.connect(data) as con:  # as a bench before the last migration left it
        con.execute("UPDATE setting SET value = ? WHERE key = ?", (json.dumps(
            {**MARKED, "schema": "0001"}), MARKER))
    con.close()
    again = deskapp("bench", *SIZES, "--repeat", "1", "--json", "-o", output, timeout=600)
    assert again.returncode == 0, again.stderr[-3000:]
    # Built again over the old file, which no warning about its audit trail holds up.
    assert "made for schema 0001" in again.stderr
    assert json.loads(output.read_text(encoding="utf-8"))["about"]["data"]["built_s"]
    with sqlite3.connect(data) as con:
        assert json.loads(con.execute("SELECT value FROM setting WHERE key = ?",
                                      (MARKER,)).fetchone()[0])["schema"] == SCHEMA_HEAD
    con.close()


def every_figure(output: Path, table: str) -> dict[str, Any]:
    """The figures written to ``output``, each a finite number beside the bare tool's, each
    also in the printed ``table``."""
    figures = json.loads(output.read_text(encoding="utf-8"))
    for name in NAMES:
        assert name in table
        for key in ("value", "bare", "ratio"):
            number = figures[name][key]
            assert isinstance(number, (int, float)) and math.isfinite(number), (name, key)
            assert number >= 0, (name, key)
    assert len(figures["search_ms"]["parts"]) == 5
    assert len(figures["search_everything_ms"]["parts"]) == 5  # name … plate
    assert len(figures["requests_ms"]["parts"]) == 5
    assert len(figures["key_loans_page_ms"]["parts"]) == 4
    # The key figures read the cabinet and saved through key custody: each took some time.
    for name in KEY_NAMES:
        assert figures[name]["value"] > 0 and figures[name]["bare"] > 0, name
    assert figures["keys_board_ms"]["sets"] == 600 and figures["keys_out_ms"]["out"] >= 1
    # The fee figures paid, printed and read through fee collection on the receipts made.
    for name in FEE_NAMES:
        assert figures[name]["value"] > 0 and figures[name]["bare"] > 0, name
    assert len(figures["receipts_page_ms"]["parts"]) == 3
    assert figures["receipts_page_ms"]["receipts"] >= 2000
    assert figures["arrears_overview_ms"]["units_in_arrears"] >= 1
    assert figures["handover_ms"]["receipts"] >= 1
    for name in PARCEL_NAMES:
        assert figures[name]["value"] > 0 and figures[name]["bare"] > 0, name
    assert figures["parcels_waiting_ms"]["parcels"] >= 3000
    assert figures["parcels_waiting_ms"]["waiting"] >= 1
    # The whole close of the busiest day: its workbook, the backup (a file's), the record.
    closing = figures["close_day_s"]
    assert closing["value"] > 0 and closing["bare"] > 0 and closing["visits"] >= 1
    assert closing["backup"] is (figures["about"]["data"].get("file") is not None)
    return figures


def fee_history_is_consistent(con: sqlite3.Connection) -> None:
    """Receipts as fee collection would have issued them: numbered year by year without a
    gap in the order issued, the year's counter at the last; each charge paid exactly what
    its receipts' lines paid; every past day handed over and its receipts locked."""
    years = con.execute(
        "SELECT year, count(*), max(seq), (SELECT value FROM counter "
        "WHERE series = 'receipt-' || year) FROM receipt GROUP BY year").fetchall()
    assert len(years) >= 2 and all(n == last == counter for _y, n, last, counter in years)
    assert sum(n for _y, n, _l, _c in years) >= 2000
    assert con.execute(
        "SELECT count(*) FROM receipt a JOIN receipt b ON b.year = a.year AND b.seq = a.seq + 1 "
        "WHERE b.issued_at < a.issued_at").fetchone() == (0,)
    assert con.execute(
        "SELECT count(*) FROM feecharge c WHERE c.paid_fen <> (SELECT coalesce(sum(l.amount_fen), "
        "0) FROM receiptline l WHERE l.charge_id = c.id)").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM receipt r WHERE r.total_fen <> (SELECT "
                       "sum(amount_fen) FROM receiptpayment p WHERE p.receipt_id = r.id)"
                       ).fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM feecharge WHERE paid_fen < amount_fen"
                       ).fetchone()[0] > 0
    assert con.execute(
        "SELECT count(*) FROM receipt r JOIN cashhandover h ON h.id = r.handover_id "
        "WHERE h.cashier <> r.created_by").fetchone() == (0,)
    assert con.execute("SELECT count(DISTINCT substr(issued_at, 1, 10)) FROM receipt "
                       "WHERE handover_id IS NULL").fetchone()[0] <= 2


def parcel_shelf_is_consistent(con: sqlite3.Connection) -> None:
    """The shelf as the parcel log would have left it: parcels numbered year by year with
    the year's counter at the last, each collected one with its pickup, a waybill waiting
    once, the long waiting ones noted."""
    years = con.execute(
        "SELECT substr(number, 3, 4), count(*), max(CAST(substr(number, 8) AS INTEGER)), "
        "(SELECT value FROM counter WHERE series = 'parcel-' || substr(number, 3, 4)) "
        "FROM parcel GROUP BY 1").fetchall()
    assert len(years) >= 5 and all(n == last == counter for _y, n, last, counter in years)
    assert sum(n for _y, n, _l, _c in years) >= 3000  # and those the bench signed for
    assert con.execute("SELECT count(*) FROM parcel WHERE (state = 'collected') <> "
                       "(pickup_id IS NOT NULL)").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM parcel p JOIN parcelpickup k ON k.id = "
                       "p.pickup_id WHERE k.at < p.received_at").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM parcel WHERE state = 'returned' AND "
                       "(returned_at IS NULL OR return_reason = '')").fetchone() == (0,)
    waiting = con.execute("SELECT count(*) FROM parcel WHERE state = 'waiting'").fetchone()[0]
    assert 1 <= waiting < 300


def key_cabinet_is_consistent(con: sqlite3.Connection) -> None:
    """The cabinet and its loans as key custody would have left them: loans numbered year
    by year with the year's counter at the last, a set lent again only once its keys are
    all back, each set out exactly while a loan of it is open, an ID for all but staff."""
    years = con.execute(
        "SELECT substr(number, 3, 4), count(*), max(CAST(substr(number, 8) AS INTEGER)), "
        "(SELECT value FROM counter WHERE series = 'key-loan-' || substr(number, 3, 4)) "
        "FROM keyloan GROUP BY 1").fetchall()
    assert len(years) >= 5 and all(n == last == counter for _y, n, last, counter in years)
    assert sum(n for _y, n, _l, _c in years) >= 3000
    assert con.execute("SELECT count(*) FROM keyset").fetchone()[0] == 600
    assert con.execute(
        "SELECT count(*) FROM keyloan a JOIN keyloan b ON b.key_set_id = a.key_set_id "
        "AND b.id > a.id AND b.out_at < coalesce(a.closed_at, '9999')").fetchone() == (0,)
    assert con.execute(
        "SELECT count(*) FROM keyset s WHERE (s.state = 'out') <> EXISTS (SELECT 1 FROM "
        "keyloan l WHERE l.key_set_id = s.id AND l.closed_at IS NULL AND l.keys_back = 0)"
    ).fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM keyloan WHERE staff = 0 AND id_number = ''"
                       ).fetchone() == (0,)
    returned, = con.execute("SELECT count(*) FROM keyloan WHERE closed_at IS NOT NULL").fetchone()
    assert con.execute("SELECT count(*) FROM keyevent WHERE kind = 'returned'").fetchone() == (
        returned,)


def test_bench_usage_is_checked(tmp_path: Path) -> None:
    result = deskapp("bench", "--visitors", "5", "-o", tmp_path / "b.json")
    assert result.returncode == 2 and "--visitors" in result.stderr
    result = deskapp("bench", "-o", tmp_path / "b.txt")
    assert result.returncode == 2 and ".json" in result.stderr
    # --db names a server; the bench's data file is its own, never one named by hand.
    result = deskapp("bench", "--db", tmp_path / "desk.sqlite", "-o", tmp_path / "b.json")
    assert result.returncode == 2 and "postgresql://" in result.stderr
    assert not list(tmp_path.iterdir())


def server_rows(url: str, sql: str) -> list[tuple[Any, ...]]:
    """The rows of ``sql`` on the server database at ``url``, read with psycopg."""
    import psycopg

    with psycopg.connect(url) as con:
        return con.execute(sql).fetchall()


@needs_server
def test_the_bench_measures_a_server_database(tmp_path: Path, pg_database: str) -> None:
    output = tmp_path / "bench.json"
    result = deskapp("bench", "--db", pg_database, *SIZES, "--repeat", "1", "-o", output,
                     timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    figures = every_figure(output, result.stdout)
    about = figures["about"]["data"]
    assert about["database"] == DataLocation.of(pg_database).display()
    assert about["visits"] == 2000 and about["built_s"] is not None and about["server"]
    # The window, the searches and the saves ran on the server: no file was made for them,
    # and the bare tool's table is gone.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bench-logs", "bench.json"]
    assert not server_rows(pg_database, f"SELECT 1 FROM pg_tables WHERE tablename = "
                                        f"'{SCRATCH_TABLE}'")
    # A check-in and a call per repetition were saved through the services, after the
    # made-up records (the ids went on from theirs), and each day's counter stands at its
    # last pass number.
    assert server_rows(pg_database, "SELECT count(*), max(id) FROM visit")[0] == (2001, 2001)
    assert server_rows(pg_database, "SELECT count(*), max(id) FROM call")[0] == (1001, 1001)
    days = server_rows(pg_database, (
        "SELECT day, count(*), max(n), (SELECT value FROM counter "
        "WHERE series = 'visit-pass:' || day) FROM (SELECT substr(pass_no, 1, 7) AS day, "
        "CAST(substr(pass_no, 9) AS INTEGER) AS n FROM visit) AS passes GROUP BY day"))
    assert len(days) > 300 and all(n == last == counter for _d, n, last, counter in days)
    # Every record is in the search index with its n-grams, and nothing else is.
    for table in ("visit", "call", "request", "keyloan"):
        assert server_rows(pg_database, (
            f"SELECT count(*) FROM {table} r FULL JOIN {table}_search s ON s.id = r.id "
            f"WHERE r.id IS NULL OR s.id IS NULL OR cardinality(s.grams) = 0")) == [(0,)]
    marker = server_rows(pg_database, f"SELECT value FROM setting WHERE key = '{MARKER}'")
    assert json.loads(marker[0][0]) == MARKED
    assert server_rows(pg_database, "SELECT count(*), max(id) FROM request")[0] == (500, 500)
    # A key issued through key custody took the id after the made-up loans'.
    loans, last_id = server_rows(pg_database, "SELECT count(*), max(id) FROM keyloan")[0]
    assert loans == last_id >= 3001
    # A payment taken through fee collection numbered its receipt after the made-up ones.
    receipts, last_id = server_rows(pg_database, "SELECT count(*), max(id) FROM receipt")[0]
    assert receipts == last_id >= 2001
    year, seq, counter = server_rows(pg_database, (
        "SELECT year, seq, (SELECT value FROM counter WHERE series = 'receipt-' || year) "
        "FROM receipt ORDER BY id DESC LIMIT 1"))[0]
    assert seq == counter
    # A second run reuses the database.
    again = deskapp("bench", "--db", pg_database, *SIZES, "--repeat", "1", "--json",
                    "-o", output, timeout=600)
    assert again.returncode == 0, again.stderr[-3000:]
    assert json.loads(output.read_text(encoding="utf-8"))["about"]["data"]["built_s"] is None
    assert server_rows(pg_database, "SELECT count(*) FROM visit") == [(2002,)]


@needs_server
def test_the_bench_leaves_a_server_database_of_other_records_alone(
        tmp_path: Path, pg_database: str) -> None:
    assert deskapp("demo", "--db", pg_database, "--days", "1").returncode == 0
    before = server_rows(pg_database, "SELECT count(*) FROM visit")
    result = deskapp("bench", "--db", pg_database, *SIZES, "--repeat", "1",
                     "-o", tmp_path / "bench.json", timeout=600)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "not a bench's" in result.stderr
    assert server_rows(pg_database, "SELECT count(*) FROM visit") == before
    assert not server_rows(pg_database, f"SELECT 1 FROM setting WHERE key = '{MARKER}'")
    assert not (tmp_path / "bench.json").exists()
