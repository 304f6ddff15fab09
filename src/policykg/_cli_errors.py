"""Errors of the ``policykg`` command, mapped in one place: the command group and its ``--json`` option.

Every :class:`~policykg.errors.PolicyKGError` a command raises (sub-groups too) becomes, in
:class:`Commands`, a one-line message on stderr (and a JSON error object on stdout under ``--json``)
and the exit code of its class; Ctrl-C becomes ``error: interrupted`` and exit code 130.
Only :mod:`policykg.cli` (and its command groups, ``policykg._cli_*``) import this module.
"""
from __future__ import annotations

import typer
from typer.core import TyperGroup

from policykg._cli_output import echo_json, error
from policykg.errors import PolicyKGError

__all__ = ["Commands", "json_option", "INTERRUPTED"]

_JSON = "policykg.json"  # ctx.meta key: the command was asked for JSON, so is its error
INTERRUPTED = "interrupted"


class Commands(TyperGroup):
    """The ``policykg`` group: maps a :class:`PolicyKGError` from any command (sub-groups too) to its message
    and exit code, and under ``--json`` to ``{"error", "type", "exit_code"}`` on stdout."""

    def invoke(self, ctx):  # noqa: ANN001, ANN201 - click's signature
        try:
            return super().invoke(ctx)
        except PolicyKGError as exc:
            error(exc)
            if ctx.meta.get(_JSON):
                echo_json({"error": str(exc), "type": type(exc).__name__, "exit_code": exc.exit_code})
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:  # Ctrl-C: one line, no traceback, the shell's code for SIGINT
            error(Exception(INTERRUPTED))
            if ctx.meta.get(_JSON):
                echo_json({"error": INTERRUPTED, "type": "KeyboardInterrupt", "exit_code": 130})
            raise typer.Exit(130) from None


def _json_flag(ctx: typer.Context, value: bool) -> bool:
    ctx.meta[_JSON] = value  # ctx.meta is shared with the group, which prints the error
    return value


def json_option(help_text: str = "Print a JSON summary instead of text.") -> bool:
    """The ``--json`` option of a command; an error of a command run with it is printed as JSON too."""
    return typer.Option(False, "--json", help=help_text, callback=_json_flag)
