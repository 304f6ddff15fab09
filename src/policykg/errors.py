"""The one exception tree of policykg.

Every error the library raises on purpose derives from :class:`PolicyKGError`.
The CLI maps each class to one exit code and prints ``str(error)``, which
always names the file or object concerned and what to do about it.
"""
from __future__ import annotations

import errno

__all__ = [
    "PolicyKGError",
    "InputError",
    "EmptyInputError",
    "BinaryInputError",
    "DecodeError",
    "NoPolicyContentError",
    "StoreError",
    "QueryError",
    "UnknownAgencyError",
    "ValidationError",
    "Neo4jError",
    "ConfigError",
]


class PolicyKGError(Exception):
    """Base class of every error policykg raises on purpose."""

    exit_code = 1


class InputError(PolicyKGError):
    """A document could not be read or understood."""

    exit_code = 2

    def __init__(self, path: object, reason: str, hint: str = "") -> None:
        # a file name that is not UTF-8 (Python keeps its bytes as lone surrogates) is shown with U+FFFD
        self.path = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in str(path))
        self.reason = reason
        self.hint = hint
        message = f"{self.path}: {reason}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)

    def __reduce__(self):  # keep path, reason and hint across processes (parallel extraction)
        return (self.__class__, (self.path, self.reason, self.hint))


class EmptyInputError(InputError):
    """The file has no text at all."""


class BinaryInputError(InputError):
    """The file is binary and in no supported format."""


class DecodeError(InputError):
    """The bytes decode in none of the supported encodings."""


class NoPolicyContentError(InputError):
    """The text decodes but holds nothing that looks like a policy document."""


class StoreError(PolicyKGError):
    """The RDF store is missing, locked or corrupt, or the store or an output file cannot be written."""

    exit_code = 3

    @classmethod
    def cannot_write(cls, path: object, exc: OSError) -> StoreError:
        """The error for ``exc``, raised while writing ``path``: the file, why, and what to do.

        >>> str(StoreError.cannot_write("out/graph.nt", OSError(28, "No space left on device")))
        'cannot write out/graph.nt (No space left on device); free some disk space or write elsewhere (--out, --store)'
        """
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
            hint = "free some disk space or write elsewhere (--out, --store)"
        elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            hint = "make the directory writable or write elsewhere (--out, --store)"
        else:
            hint = "check the disk and the directory, or write elsewhere (--out, --store)"
        return cls(f"cannot write {path} ({exc.strerror or exc.__class__.__name__}); {hint}")


class QueryError(PolicyKGError):
    """A canned question is unknown, or its parameters are wrong."""

    exit_code = 4


class UnknownAgencyError(QueryError):
    """A question's agency parameter names no agency, by full name or as any document writes it.

    ``suggestions`` holds the closest full names (best first).
    """

    def __init__(self, message: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.suggestions = tuple(suggestions)

    def __reduce__(self):
        return (self.__class__, (str(self), self.suggestions))


class ValidationError(PolicyKGError):
    """The graph violates its SHACL shapes."""

    exit_code = 5


class Neo4jError(PolicyKGError):
    """Neo4j is unreachable, refused the credentials, or failed a write."""

    exit_code = 6


class ConfigError(PolicyKGError):
    """An option or environment variable has a value that cannot work."""

    exit_code = 7
