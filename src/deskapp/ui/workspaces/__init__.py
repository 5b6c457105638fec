"""The workspace registry: one entry per tab, in tab order (Ctrl+0 for Today, the first;
Ctrl+1, Ctrl+2 … for the others).

A workspace lives in its own package here; adding one means adding its spec below.
"""

from __future__ import annotations

from deskapp.ui.framework.workspace import WorkspaceSpec
from deskapp.ui.workspaces.calls.tab import SPEC as CALLS
from deskapp.ui.workspaces.fees.tab import SPEC as FEES
from deskapp.ui.workspaces.keys.tab import SPEC as KEYS
from deskapp.ui.workspaces.requests.tab import SPEC as REQUESTS
from deskapp.ui.workspaces.services.tab import SPEC as SERVICES
from deskapp.ui.workspaces.today.tab import SPEC as TODAY
from deskapp.ui.workspaces.visitors.tab import SPEC as VISITORS

WORKSPACES: tuple[WorkspaceSpec, ...] = (TODAY, VISITORS, CALLS, REQUESTS, KEYS, FEES, SERVICES)


def spec_named(name: str) -> WorkspaceSpec | None:
    """The workspace called ``name``, or None."""
    return next((spec for spec in WORKSPACES if spec.name == name), None)
