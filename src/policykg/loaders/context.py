"""Per-document extraction context: the normalised text and evidence helpers."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property

from policykg.loaders.facts.privacy import personal_data_spans, redact
from policykg.loaders.normalize import NormText
from policykg.schema.models import Evidence, Jurisdiction

__all__ = ["DocContext", "SENTENCE_END"]

SENTENCE_END = re.compile(r"[。!?;\n]")
_ENDS = "。!?;\n"  # SENTENCE_END's characters


@dataclass
class DocContext:
    """What every extractor of one document shares.

    ``nt.text`` is what extractors match on; :meth:`evidence` turns a span of
    it into :class:`~policykg.schema.models.Evidence` in original offsets.
    """

    doc_id: str
    nt: NormText
    jurisdiction: Jurisdiction = field(default_factory=lambda: Jurisdiction("", "unknown"))
    issuer: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return self.nt.text

    def sentence_bounds(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The sentence (in normalised offsets) around ``[start, end)``."""
        text = self.nt.text
        end = start if end is None else end
        ends = self._ends
        k = bisect_left(ends, start)
        a = ends[k - 1] + 1 if k else 0  # after the last sentence end before ``start``
        j = bisect_left(ends, end)  # the first sentence end at or after ``end`` (SENTENCE_END.search(text, end))
        b = ends[j] if j < len(ends) else len(text)
        if b < len(text) and text[b] != "\n":
            b += 1
        return a, b

    @cached_property
    def _ends(self) -> list[int]:
        """Where the text's sentences end (each character of ``_ENDS``), in order."""
        return [m.start() for m in SENTENCE_END.finditer(self.nt.text)]

    @cached_property
    def _sentences(self) -> dict[tuple[int, int], str]:
        """The sentences :meth:`evidence` has joined, by their bounds."""
        return {}

    @cached_property
    def _private(self) -> bool:
        """Whether the text holds contact data at all (else no span of it needs redacting)."""
        return bool(personal_data_spans(self.nt.original) or personal_data_spans(self.nt.text))

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for ``nt.text[start:end]``: original span, span text and redacted sentence."""
        o_start, o_end = self.nt.original_span(start, end)
        bounds = self.sentence_bounds(start, end)
        sentence = self._sentences.get(bounds)
        if sentence is None:  # (a sentence holds many units, amounts and names: joined once)
            sentence = self._sentences[bounds] = " ".join(self.nt.text[bounds[0]:bounds[1]].split())
        span_text = " ".join(self.nt.original[o_start:o_end].split())
        if self._private:
            sentence, span_text = redact(sentence), redact(span_text)
        return Evidence(self.doc_id, o_start, o_end, span_text, sentence)
