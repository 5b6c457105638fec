"""A deskapp process for crash and concurrency tests, driven over stdin and stdout.

    python deskapp_worker.py DB [NAME [COUNTER]]

Opens DB (a data file or a postgresql:// address) the way the window does
(build_services), saves at the counter COUNTER, and answers one command per line:

    verify        the window's background check (SQLite quick_check)
    checkin N     N check-ins; each prints "saved <id> <pass_no>" once committed
    stream        check-ins until killed, each printed once committed
    parties       parties of three checked in, then one member corrected, until killed;
                  "party <first id> <ids…>" and "corrected <id>" once committed
    requests N    N requests taken and resolved ("request <id> <number>" once registered,
                  "resolved <id>" once resolved), then "done"; N 0: until killed
    checkout PASS check the visitor with that pass number out ("checked-out PASS")
    issue-keys T  issue each key set of the comma-separated tags T once: "issued <loan id>
                  <tag>" once committed, "refused <tag>" when another counter has it; "done"
    key-loop T    until killed, for each tag of T in turn: issue ("issued <loan id> <tag>"),
                  take one key back ("part <loan id>"), then the rest ("returned <loan id>")
    receipts N U  N cash payments of ¥1.00, one unit of the comma-separated unit numbers U
                  after another: "receipt <id> <number>" once committed, then "done"; N 0:
                  until killed
    export DAY F  the day's workbook to F, repeatedly until killed ("exported" each time)
    pickup-parcels W  hand over the parcel waiting with each waybill of the comma-separated
                  W, one pickup each: "picked <pickup id> <waybill>" once committed,
                  "refused <waybill>" when it has left the shelf; then "done"
    quit          close the file and exit

Every line is flushed before the next save begins, so a line the test has read is a
record the worker saw committed. Errors print as "error <class>: <message>".
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path


def main() -> int:
    where = sys.argv[1]
    name = sys.argv[2] if len(sys.argv) > 2 else "访客"
    from deskapp.bootstrap import build_services
    from deskapp.domain.visitors import HostRef, VisitInput

    services = build_services(where)
    if len(sys.argv) > 3:
        services.operator.move_to(sys.argv[3])
    say("ready")
    counter = 0

    def check_in() -> None:
        nonlocal counter
        counter += 1
        try:
            row = services.visitors.check_in(
                VisitInput(name=f"{name}{counter}", host=HostRef("1203")))
        except Exception as exc:  # noqa: BLE001 - the test reads what happened
            say(f"error {exc.__class__.__name__}: {exc}")
            return
        say(f"saved {row.id} {row.pass_no}")

    for line in sys.stdin:
        command, *args = line.split()
        if command == "verify":
            services.verify()
            say("verified")
        elif command == "checkin":
            for _ in range(int(args[0]) if args else 1):
                check_in()
            say("done")
        elif command == "checkout":
            services.visitors.check_out_by_pass(args[0])
            say(f"checked-out {args[0]}")
        elif command == "stream":
            while True:
                check_in()
        elif command == "parties":
            while True:
                counter += 1
                party = services.visitors.check_in_group(
                    [VisitInput(name=f"{name}队{counter}", host=HostRef("1203")),
                     VisitInput(name=f"{name}甲{counter}"), VisitInput(name=f"{name}乙{counter}")])
                say("party " + " ".join(str(v.id) for v in party))
                services.visitors.correct(party[1].id, {"name": f"{name}丙{counter}"}, "typo")
                say(f"corrected {party[1].id}")
        elif command == "requests":
            from deskapp.domain.requests.records import RequestInput

            wanted = int(args[0]) if args else 0
            taken = 0
            while wanted == 0 or taken < wanted:
                taken += 1
                row = services.requests.register(RequestInput(
                    content=f"{name}反映楼道灯坏了 {taken}", complainant=f"{name}{taken}"))
                say(f"request {row.id} {row.number}")
                services.requests.resolve(row.id, "已更换灯管")
                say(f"resolved {row.id}")
            say("done")
        elif command == "issue-keys":
            for tag in args[0].split(","):
                loan = issue_key(services, name, tag)
                say(f"issued {loan.id} {tag}" if loan is not None else f"refused {tag}")
            say("done")
        elif command == "key-loop":
            while True:
                for tag in args[0].split(","):
                    loan = issue_key(services, name, tag)
                    if loan is None:
                        continue
                    say(f"issued {loan.id} {tag}")
                    services.keys.return_loan(loan.id, 1, condition_note="先还一把")
                    say(f"part {loan.id}")
                    services.keys.return_keys(tag)
                    say(f"returned {loan.id}")
        elif command == "receipts":
            from deskapp.domain.fees.payments import PaymentInput
            from deskapp.domain.fees.receipts import PaymentPart

            wanted = int(args[0])
            units = {u.number: u.id for u in services.directory.units()}
            order = [units[number] for number in args[1].split(",")]
            taken = 0
            while wanted == 0 or taken < wanted:
                unit_id = order[taken % len(order)]
                taken += 1
                receipt = services.fees.pay(PaymentInput(unit_id, (PaymentPart("cash", 100),)))
                say(f"receipt {receipt.id} {receipt.number}")
            say("done")
        elif command == "pickup-parcels":
            for waybill in args[0].split(","):
                pickup = pick_up_parcel(services, name, waybill)
                say(f"picked {pickup.id} {waybill}" if pickup is not None
                    else f"refused {waybill}")
            say("done")
        elif command == "export":
            day, target = dt.date.fromisoformat(args[0]), Path(args[1])
            while True:
                services.exports.day_workbook(day, target)
                say("exported")
        elif command == "quit":
            break
    services.close()
    say("closed")
    return 0


def issue_key(services, name: str, tag: str):  # type: ignore[no-untyped-def]
    """Sign out the key set ``tag`` to ``name``; None when it is not in the cabinet (another
    counter was first). Any other refusal is an error the test reads."""
    from deskapp.domain.keys.errors import NotAvailable
    from deskapp.domain.keys.records import IssueInput

    key_set = services.keys.by_tag(tag)
    try:
        return services.keys.issue(IssueInput(
            key_set.id, f"{name}看房", services.clock.now() + dt.timedelta(hours=2),
            phone="13712345678", id_number="11010519491231002X", company="链家地产",
            authorised_by="招商部"))
    except NotAvailable:
        return None


def pick_up_parcel(services, name: str, waybill: str):  # type: ignore[no-untyped-def]
    """Hand over the parcel waiting with ``waybill`` to ``name``; None when it has left the
    shelf (another counter handed it over). Any other refusal is an error the test reads."""
    from deskapp.domain.services.parcels.base import NotWaiting
    from deskapp.domain.services.parcels.records import PickupInput

    found = services.parcels.by_waybill(waybill)
    if not found:
        return None
    try:
        return services.parcels.pickup(PickupInput((found[0].id,), name))
    except NotWaiting:
        return None


def say(text: str) -> None:
    print(text, flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
