"""Qt widgets, table models and dialogs: thin, they receive services and never a session."""

from deskapp.ui.binding_guard import immortalise_singletons

# Before any widget exists: see the module for the binding's bug this guards against.
immortalise_singletons()
