"""Reading the index's numpy arrays, where any damage is one exception.

A damaged .npy header does not always fail with ValueError: numpy parses the header as a
Python literal, and scrambled bytes there raise SyntaxError or tokenize's TokenError from
`ast`. Every reader of the sidecar and the spelling vocabulary treats an unreadable array as
"write it again", so all of them go through here.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np


def load_array(path: Path, mmap_mode: str | None = None) -> np.ndarray:
    """The array in `path` (memory-mapped when `mmap_mode` is given). Raises OSError when the
    file cannot be opened and ValueError when it is not a readable array."""
    try:
        array = np.load(path, mmap_mode=mmap_mode, allow_pickle=False)
    except OSError:
        raise
    except Exception as exc:  # noqa: BLE001 -- numpy raises many kinds on a damaged header
        raise ValueError(f"{Path(path).name} is not a readable array ({type(exc).__name__}: {exc})") from exc
    # A plain view of the map (which it keeps open): every slice of an np.memmap goes through
    # its Python-level __getitem__, tens of thousands of times per search.
    return array.view(np.ndarray) if mmap_mode else array
