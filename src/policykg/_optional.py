"""Optional heavy dependencies (pandas, scipy) and the error raised when one is missing.

They come with the ``analytics`` extra: ``pip install 'policykg[analytics]'``.
Nothing here imports them at module import time.

Examples
--------
>>> rows = [{"agency": "苏州市财政局", "measures": 3}]
>>> to_frame(rows).shape
(1, 2)
>>> str(MissingExtraError("pandas", "DataFrames")).startswith("DataFrames need pandas")
True
"""
from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any, Iterable, Sequence

from policykg.errors import PolicyKGError

__all__ = ["MissingExtraError", "require", "to_frame", "has"]

INSTALL_HINT = "pip install 'policykg[analytics]'"


class MissingExtraError(PolicyKGError, ImportError):
    """An optional dependency of the ``analytics`` extra is not installed.

    It is both a :class:`~policykg.errors.PolicyKGError` and an :class:`ImportError`.
    """

    def __init__(self, module: str, feature: str) -> None:
        self.module = module
        self.feature = feature
        super().__init__(f"{feature} need {module}, which is not installed: {INSTALL_HINT}")


def require(module: str, feature: str) -> ModuleType:
    """Import ``module`` or raise :class:`MissingExtraError` naming ``feature`` and the install command."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:  # also None in sys.modules
        raise MissingExtraError(module, feature) from exc


def has(module: str) -> bool:
    """Whether ``module`` can be imported (``False`` also when it is blocked in ``sys.modules``)."""
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def to_frame(rows: Iterable[dict[str, Any]], columns: Sequence[str] | None = None):  # -> pandas.DataFrame
    """A pandas DataFrame of plain rows (the result of any analytics function or query).

    Parameters
    ----------
    rows : iterable of dict
        One dict per row.
    columns : sequence of str, optional
        Column order; by default the keys of the first row (an empty result
        gets these columns, or none).

    Raises
    ------
    MissingExtraError
        When pandas is not installed.
    """
    pd = require("pandas", "DataFrames")
    rows = list(rows)
    if columns is None and rows:
        columns = list(rows[0])
    return pd.DataFrame.from_records(rows, columns=list(columns) if columns is not None else None)
