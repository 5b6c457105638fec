"""The registry of the desk services' pages, in page order.

A page is a :class:`deskapp.ui.framework.workspace.Workspace` of its own (its list, its
keys, its papers) shown as a page of the desk services tab; adding one means adding its
spec below.
"""

from __future__ import annotations

from deskapp.ui.framework.workspace import WorkspaceSpec
from deskapp.ui.workspaces.services.parcels_page import SPEC as PARCELS

PAGES: tuple[WorkspaceSpec, ...] = (PARCELS,)
