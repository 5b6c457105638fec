"""The attention sources of Today, in the order its tiles are laid out.

Each workspace's rules contribute their source; a new one (the procedures' open items, say)
is one more entry here.
"""

from __future__ import annotations

from deskapp.domain.today.back_office import (
    KEYS_OUT,
    PARCELS,
    RELEASE_PASSES,
    REQUESTS_DUE,
    REVISITS_DUE,
    TAKINGS,
)
from deskapp.domain.today.front_desk import (
    CALLBACKS,
    EXPECTED,
    HANDOVER_NOTES,
    MESSAGES,
    ON_SITE,
)
from deskapp.domain.today.items import AttentionSource

SOURCES: tuple[AttentionSource, ...] = (
    HANDOVER_NOTES, ON_SITE, EXPECTED, MESSAGES, CALLBACKS, REQUESTS_DUE, REVISITS_DUE,
    KEYS_OUT, PARCELS, RELEASE_PASSES, TAKINGS,
)
