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
    export DAY F  the day's workbook to F, repeatedly until killed ("exported" each time)
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


def say(text: str) -> None:
    print(text, flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
