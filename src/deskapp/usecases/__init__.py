"""What the window and the commands do with the domain: print, export, demo data, imports.

Each is a registry a workspace adds one entry to: a document spec per printable kind, a
day-sheet source, a demo module. Nothing here imports Qt.
"""
