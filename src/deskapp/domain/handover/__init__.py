"""The shift handover (交接班): the outgoing shift writes a note of what is unfinished —
free text and items, each perhaps linked to the open record it is about —, the incoming
operator reads and acknowledges it at log-in, and each item is signed off once when done.

The service is :class:`deskapp.domain.handover.service.ShiftHandover`; what it takes and
returns is in :mod:`.records`.
"""
