"""The PySide6 desktop window: a thin layer over the core (knowledge, visits, reports)."""
