"""Everything that is not Qt: sources, taxonomy, catalogue, search, facets, user data.

Nothing in this package imports PySide6; tests/core/test_no_qt.py enforces it.
"""
