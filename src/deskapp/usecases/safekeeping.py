"""Looking after the records as a whole: the audit trail's check (with this PC's anchor),
the retention purge with the backups that go with it, and a restore.

The anchor is the last entry this PC found sound, kept in its station file: a trail
rewritten behind deskapp's back from before that entry — recomputed hashes and all — no
longer matches it. A restore rolls the trail back on purpose, so it forgets the anchor.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.bootstrap import NoBackups
from deskapp.domain.audit_trail import AuditCheck
from deskapp.domain.privacy import PurgeResult
from deskapp.domain.roles import Approval
from deskapp.station import StationFile

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from deskapp.bootstrap import Services
    from deskapp.location import DataLocation

ANCHORS = "audit_anchors"


def check_audit_trail(services: Services, *, remember: bool = True) -> AuditCheck:
    """Walk the audit trail's chain; when sound and ``remember``, keep its last entry as
    this PC's anchor for the next check."""
    anchors = _anchors(services)
    key = services.location.display()
    anchor = anchors.get(key)
    found = services.audit.check(anchor)
    if found.sound and remember and services.station is not None:
        anchors[key] = found.anchor
        services.station.save({ANCHORS: {k: list(v) for k, v in anchors.items()}})
    return found


def check_trail_read_only(engine: Engine, location: DataLocation,
                          station: StationFile | None = None) -> AuditCheck:
    """The audit trail's check for ``deskapp check``: on a read-only engine, against this
    PC's anchor, remembering nothing."""
    from deskapp.domain.audit_trail import AuditTrail
    from deskapp.domain.clock import Clock
    from deskapp.domain.operators import Operator

    stored = (station or StationFile()).load().get(ANCHORS, {})
    value = stored.get(location.display()) if isinstance(stored, dict) else None
    anchor = (value[0], value[1]) if _is_anchor(value) else None
    return AuditTrail(engine, Clock(), Operator()).check(anchor)


def forget_audit_anchor(services: Services) -> None:
    """The trail was rolled back on purpose (a restore): start anchoring afresh."""
    if services.station is None:
        return
    anchors = _anchors(services)
    if anchors.pop(services.location.display(), None) is not None:
        services.station.save({ANCHORS: {k: list(v) for k, v in anchors.items()}})


def forget_anchor_of(location: DataLocation, station: StationFile | None = None) -> None:
    """The records at ``location`` were made anew (the bench's data built again, over the
    old): the trail this PC anchored is gone on purpose, not rewritten behind its back."""
    station = station or StationFile()
    stored = station.load().get(ANCHORS, {})
    if isinstance(stored, dict) and stored.pop(location.display(), None) is not None:
        station.save({ANCHORS: stored})


def purge_personal_data(services: Services, approval: Approval | None = None, *,
                        scheduled: bool = False,
                        progress: Callable[[int, int | None], None] | None = None
                        ) -> PurgeResult:
    """Anonymise what is older than the retention period, then remove the backups that
    old (a server's backups are the server's: its operator prunes them)."""
    result = services.privacy.purge(approval, scheduled=scheduled, progress=progress)
    if services.backups is not None:
        services.backups.prune_older_than(services.settings.load().retention_days)
    return result


def restore_backup(services: Services, backup: Path, approval: Approval | None = None) -> Path:
    """Put a backup back (the replaced records are kept); returns where they are kept."""
    if services.backups is None:
        raise NoBackups()
    kept = services.backups.restore(backup, approval)
    forget_audit_anchor(services)
    return kept


def _anchors(services: Services) -> dict[str, tuple[int, str]]:
    if services.station is None:
        return {}
    stored = services.station.load().get(ANCHORS, {})
    if not isinstance(stored, dict):
        return {}
    return {key: (value[0], value[1]) for key, value in stored.items() if _is_anchor(value)}


def _is_anchor(value: object) -> bool:
    return (isinstance(value, list) and len(value) == 2 and isinstance(value[0], int)
            and isinstance(value[1], str))
