"""Kill deskapp with SIGKILL after each statement of setting up or upgrading a data file.

    python migration_worker.py TEMPLATE OUTDIR

TEMPLATE is the file to start from ("-" for a new, empty file). First one run counts the
statements opening it takes; then, for every N, a forked child opens a fresh copy
(OUTDIR/N.sqlite) and kills itself with SIGKILL right after the N-th statement — a real
process dying mid-migration, without paying the start-up of a new interpreter each time.
Prints "total T", then "N killed" (or "N finished") per copy.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
from pathlib import Path


def main() -> int:
    template = None if sys.argv[1] == "-" else Path(sys.argv[1])
    out = Path(sys.argv[2])
    from sqlalchemy import event

    import deskapp.db.schema as schema
    from deskapp.db.schema import open_database

    original = schema.make_engine
    plan: dict[str, int | None] = {"kill_after": None, "seen": 0}

    def counting_engine(*args, **kwargs):  # type: ignore[no-untyped-def]
        engine = original(*args, **kwargs)

        def after(*_a) -> None:  # type: ignore[no-untyped-def]
            plan["seen"] = int(plan["seen"] or 0) + 1
            if plan["kill_after"] is not None and plan["seen"] >= plan["kill_after"]:
                os.kill(os.getpid(), signal.SIGKILL)

        event.listen(engine, "after_cursor_execute", after)
        return engine

    schema.make_engine = counting_engine

    def fresh(name: str) -> Path:
        path = out / f"{name}.sqlite"
        if template is not None:
            shutil.copyfile(template, path)  # the template is closed: no live connection
        return path

    counting = fresh("count")
    open_database(counting, out / "count-backups").engine.dispose()
    total = int(plan["seen"] or 0)
    print(f"total {total}", flush=True)
    for n in range(1, total + 1):
        path = fresh(str(n))
        pid = os.fork()
        if pid == 0:  # the child: open, and die after statement n
            plan["kill_after"], plan["seen"] = n, 0
            open_database(path, out / f"{n}-backups").engine.dispose()
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        print(f"{n} {'killed' if killed else 'finished'}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
