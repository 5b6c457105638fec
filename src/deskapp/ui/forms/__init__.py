"""Python modules generated from ``forms/*.ui`` by pyside6-uic. Never edit ``ui_*.py`` by hand:
change the form in Qt Designer and run ``python -m deskapp.ui.forms``."""
