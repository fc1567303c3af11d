"""Errors a user can cause. Each carries one plain sentence meant to be shown as it is."""


class CatalogueError(Exception):
    """Base class: something the user can fix (bad file, bad query, damaged catalogue)."""


class QueryError(CatalogueError):
    """The search text or a filter cannot be understood."""


class SearchCancelled(CatalogueError):
    """A newer search replaced this one while it ran (the next keystroke): nobody waits for it."""

    def __init__(self):
        super().__init__("The search was replaced by a newer one.")


class CatalogueDamaged(CatalogueError):
    """catalogue.db cannot be read."""


class NotFound(CatalogueError):
    """A practice id or other item does not exist."""


class ValidationFailed(CatalogueError):
    """Practice sources have errors; `problems` lists them as `file:line: message`."""

    def __init__(self, problems):
        self.problems = list(problems)
        count = sum(1 for p in self.problems if getattr(p, "severity", "error") == "error")
        super().__init__(
            f"{count} problem{'s' if count != 1 else ''} in the practice sources; "
            "nothing was written. Fix them and build again."
        )
