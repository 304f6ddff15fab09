"""An :class:`~policykg.loaders.gazetteers.agencies.AgencyResolver` that answers each name once per document.

Extraction asks the resolver about the same few names again and again (each unit of each measure is
normalised when its mentions are merged and checked when its list is split): :class:`MemoResolver`
keeps the answers of :meth:`normalize` and :meth:`is_agency` by the name as written, and forgets them
whenever :meth:`define` or :meth:`know` changes what a name stands for. The answers are the resolver's
own: the first call of a name goes to it (and records the agency it saw, in the same order), and a
later call of the same name would only have found the agency already recorded.

>>> from policykg.schema.models import Jurisdiction
>>> r = MemoResolver(Jurisdiction("深圳市", "city", ("广东省",)))
>>> r.normalize("市工信局") == r.normalize("市工信局") == AgencyResolver(r.jurisdiction).normalize("市工信局")
True
"""
from __future__ import annotations

from typing import Callable

from policykg.loaders.gazetteers.agencies import AgencyResolver
from policykg.schema.models import Jurisdiction

__all__ = ["MemoResolver"]

#: the bodies named by pattern and the units named with their place (``_named_body``, ``_placed_unit``): functions of
#: the name and the document's jurisdiction alone, so remembered across documents (a bound: forgotten all at once)
_BY_PLACE: dict[tuple[str, str, Jurisdiction], str | None] = {}
_BY_PLACE_MOST = 16384
_UNKNOWN = object()


class MemoResolver(AgencyResolver):
    """:class:`AgencyResolver` with :meth:`normalize` and :meth:`is_agency` remembered per name."""

    def normalize(self, name: str) -> str:
        """:meth:`AgencyResolver.normalize`, once per name."""
        memo = self.__dict__.setdefault("_memo_normalize", {})
        out = memo.get(name)
        if out is None:
            out = memo[name] = super().normalize(name)
        return out

    def is_agency(self, name: str) -> bool:
        """:meth:`AgencyResolver.is_agency`, once per name."""
        memo = self.__dict__.setdefault("_memo_agency", {})
        known = memo.get(name)
        if known is None:
            known = memo[name] = super().is_agency(name)
        return known

    def _named_body(self, s: str) -> str | None:
        """:meth:`AgencyResolver._named_body`, once per name and jurisdiction."""
        return self._by_place("named", super()._named_body, s)

    def _placed_unit(self, s: str) -> str | None:
        """:meth:`AgencyResolver._placed_unit`, once per name and jurisdiction."""
        return self._by_place("placed", super()._placed_unit, s)

    def _by_place(self, kind: str, resolve: Callable[[str], str | None], s: str) -> str | None:
        key = (kind, s, self.jurisdiction)
        out = _BY_PLACE.get(key, _UNKNOWN)
        if out is _UNKNOWN:
            if len(_BY_PLACE) >= _BY_PLACE_MOST:
                _BY_PLACE.clear()
            out = _BY_PLACE[key] = resolve(s)
        return out  # type: ignore[return-value]

    def define(self, short: str, full: str) -> None:
        """:meth:`AgencyResolver.define`; the answers given so far are forgotten."""
        self._forget()
        super().define(short, full)

    def know(self, names: tuple[str, ...]) -> None:
        """:meth:`AgencyResolver.know`; the answers given so far are forgotten."""
        self._forget()
        super().know(names)

    def _forget(self) -> None:
        self.__dict__.pop("_memo_normalize", None)
        self.__dict__.pop("_memo_agency", None)
