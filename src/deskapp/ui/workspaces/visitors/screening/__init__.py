"""The deny list, the police watch list and temporary passes: one dialog, a module per page."""
