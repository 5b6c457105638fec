"""Application events: what changed, announced once, heard by every workspace that cares.

The main window never reaches into a tab to reload it; it (or a dialog, or a workspace)
announces what changed, and each workspace decides what that means for it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """The signals the parts of the window share.

    Signals:
        directory_changed(): units or departments were added or edited.
        settings_changed(object): the AppSettings now in force.
        data_replaced(): the records changed underneath (demo data loaded, a backup restored).
        records_changed(str): a workspace saved something others may show (its name).
        saved_elsewhere(): another counter or another deskapp saved something; what is
            shown is read again in place (the selection and the scroll stay).
        operator_changed(): another operator took over the counter (a shift change).
        request_from_call(int): a logged call (its id) is to be taken into a request.
        record_requested(str, int): open this record (a ``RecordKind`` value and the
            record's id) in the workspace that keeps it, and bring that workspace forward.
    """

    directory_changed = Signal()
    settings_changed = Signal(object)
    data_replaced = Signal()
    records_changed = Signal(str)
    saved_elsewhere = Signal()
    operator_changed = Signal()
    request_from_call = Signal(int)
    record_requested = Signal(str, int)
