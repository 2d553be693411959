"""The one error a state store raises for a problem the user must fix (a bad file, an unreachable database)."""

from __future__ import annotations

from index.errors import PartnerbotError


class StoreError(PartnerbotError):
    """A store that cannot be used: one line naming the setting, where it points, what is wrong and what to do."""
