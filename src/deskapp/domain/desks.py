"""The counters that share a database, as its records name them."""

from __future__ import annotations

from sqlalchemy import Engine, union
from sqlmodel import Session, select

from deskapp.db.models import Call, Visit


def desks_in_use(engine: Engine) -> list[str]:
    """The names of the counters that saved visits or calls, sorted (unnamed left out)."""
    saved = union(select(Visit.desk).distinct(), select(Call.desk).distinct())
    with Session(engine) as session:
        names = session.execute(saved).scalars().all()
    return sorted(name for name in names if name)
