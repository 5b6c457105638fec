"""The registry of the desk services' pages, in page order.

A page is a :class:`deskapp.ui.framework.workspace.Workspace` of its own (its list, its
keys, its papers) shown as a page of the desk services tab; adding one means adding its
spec below.
"""

from __future__ import annotations

from deskapp.ui.framework.workspace import WorkspaceSpec
from deskapp.ui.workspaces.services.lost_property_page import SPEC as LOST_PROPERTY
from deskapp.ui.workspaces.services.notices_page import SPEC as NOTICES
from deskapp.ui.workspaces.services.parcels_page import SPEC as PARCELS
from deskapp.ui.workspaces.services.passes_page import SPEC as RELEASE_PASSES

PAGES: tuple[WorkspaceSpec, ...] = (PARCELS, RELEASE_PASSES, LOST_PROPERTY, NOTICES)
