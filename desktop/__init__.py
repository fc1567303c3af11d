"""Practice Catalogue: an offline catalogue of multi-level governance of migration practices."""

__version__ = "0.1.0"
