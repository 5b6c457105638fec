"""A found item in words for the screen: one line for a dialog's head, and the whole record
for the detail beside the list (the claimant's ID masked, as everywhere)."""

from __future__ import annotations

import datetime as dt
import html

from deskapp.domain.clock import Clock
from deskapp.domain.services.lost_property_records import FoundItemRow, FoundState
from deskapp.i18n import fill, translate


def item_line(item: FoundItemRow, clock: Clock) -> str:
    """``SW2026-0007 · black backpack (Bag or clothing) · found 2026-11-23 08:40 at …``."""
    return fill(translate("FoundItemText", "%1 · %2 (%3) · found %4 at %5"), item.number,
                item.description, item.category.label(),
                clock.local(item.found_at).strftime("%Y-%m-%d %H:%M"), item.found_where)


def item_state(item: FoundItemRow, clock: Clock) -> str:
    """Kept (until when), due for the police, claimed by whom, or handed to which station."""
    if item.state is FoundState.CLAIMED:
        return fill(translate("FoundItemText", "Claimed by %1"), item.claimant_name)
    if item.state is FoundState.TO_POLICE:
        return fill(translate("FoundItemText", "Handed to %1"), item.police_station)
    if item.due_for_police(clock.now()):
        return translate("FoundItemText", "Due for the police")
    return fill(translate("FoundItemText", "Kept until %1"),
                clock.local(item.police_due_at).strftime("%m-%d"))


def item_html(item: FoundItemRow, clock: Clock) -> str:
    """The whole record as label and value rows (empty values left out)."""
    def when(moment: dt.datetime | None) -> str:
        return clock.local(moment).strftime("%Y-%m-%d %H:%M") if moment else ""

    identity = (fill("%1 %2", item.claimant_id_type.label(), item.claimant_id_masked)
                if item.claimant_id_number else "")
    handed = (fill(translate("FoundItemText", "%1 by %2"), when(item.handed_over_at),
                   item.handed_over_by or "—") if item.handed_over_at else "")
    rows = [
        (translate("FoundItemText", "State"), item_state(item, clock)),
        (translate("FoundItemText", "What was found"),
         fill(translate("FoundItemText", "%1 (%2)"), item.description,
              item.category.label())),
        (translate("FoundItemText", "What it holds"), item.contents),
        (translate("FoundItemText", "Found"),
         fill(translate("FoundItemText", "%1 at %2"), when(item.found_at), item.found_where)),
        (translate("FoundItemText", "Brought in by"), item.found_by),
        (translate("FoundItemText", "Kept at"), item.kept_where),
        (translate("FoundItemText", "Recorded by"),
         fill(translate("FoundItemText", "%1 and %2"), item.recorded_by, item.witnessed_by)),
        (translate("FoundItemText", "Claimed by"), item.claimant_name),
        (translate("FoundItemText", "ID"), identity),
        (translate("FoundItemText", "Phone"), item.claimant_phone_masked),
        (translate("FoundItemText", "As they described it"), item.claim_description),
        (translate("FoundItemText", "Police station"), item.police_station),
        (translate("FoundItemText", "Received by"), item.police_officer),
        (translate("FoundItemText", "Handed over"), handed),
    ]
    cells = "".join(
        f"<tr><td style='color:#555;padding-right:12px;white-space:nowrap'>"
        f"{html.escape(label)}</td><td>{html.escape(value).replace(chr(10), '<br>')}</td></tr>"
        for label, value in rows if value)
    return f"<table>{cells}</table>"
