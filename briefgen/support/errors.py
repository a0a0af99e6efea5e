"""Errors a user can act on, each with the exit code scripts can rely on.

The CLI prints ``briefgen: <message>`` for these and exits with ``code``; anything else
is a bug and is reported the same way, with the traceback only under ``--verbose``.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILED = 1  # some inputs failed (batch), or a check found differences
EXIT_USAGE = 2  # bad options or arguments
EXIT_INPUT = 3  # an input could not be read or understood
EXIT_OUTPUT = 4  # an output could not be written
EXIT_TEMPLATE = 5  # a template is broken


class BriefgenError(Exception):
    code = EXIT_INPUT

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class InputError(BriefgenError):
    code = EXIT_INPUT


class UsageError(BriefgenError):
    code = EXIT_USAGE


class OutputError(BriefgenError):
    code = EXIT_OUTPUT


class TemplateError(BriefgenError):
    code = EXIT_TEMPLATE
