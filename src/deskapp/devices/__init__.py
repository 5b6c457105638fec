"""Adapters for devices at the counter (the ID-card reader), with no Qt.

A device adapter sits beside the domain: it may use the domain's rules (an ID number's
check) but never the database, the renderers, the use cases or the screen. The window
(``ui``) and the use cases call it.
"""
