"""deskapp: the offline program that runs a building's reception counter."""

__version__ = "0.1.0"
