"""Compiled memo templates kept on disk between processes.

Compiling the memo template and its partials to Python costs about 40 ms at each start of
``briefgen memo``. Jinja2's own bytecode cache checks each entry against a checksum of
the template source, but not against the environment that compiled it, and the generated
code depends on that environment (delimiters, whitespace options, autoescape, finalize,
which filters take a context...). Entries are therefore filed under a signature of the
environment too, so a change to any of those compiles afresh instead of reusing old code.
Off with ``BRIEFGEN_NO_CACHE=1`` (see briefgen/cachedir.py).
"""

from __future__ import annotations

import contextlib
import hashlib
from typing import Any

import jinja2
from jinja2.bccache import Bucket, FileSystemBytecodeCache

import briefgen
from briefgen.support.cachedir import cache_dir


class _QuietCache(FileSystemBytecodeCache):
    """A cache that never fails a render: unreadable or unwritable entries are skipped."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError, TypeError):
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _callable_name(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return repr(value)
    return f"{getattr(value, '__module__', '?')}.{getattr(value, '__qualname__', repr(value))}"


def environment_signature(env: jinja2.Environment) -> str:
    """A digest of everything in ``env`` that shapes the code Jinja2 generates."""
    options = [
        _callable_name(type(env)), jinja2.__version__, briefgen.__version__,
        env.block_start_string, env.block_end_string, env.variable_start_string,
        env.variable_end_string, env.comment_start_string, env.comment_end_string,
        env.line_statement_prefix, env.line_comment_prefix, env.trim_blocks,
        env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline, env.optimized,
        env.is_async, _callable_name(env.autoescape), _callable_name(env.finalize),
        sorted(env.extensions),
        sorted((name, str(getattr(f, "jinja_pass_arg", ""))) for name, f in env.filters.items()),
        sorted((name, str(getattr(f, "jinja_pass_arg", ""))) for name, f in env.tests.items()),
    ]
    return hashlib.sha256(repr(options).encode("utf-8")).hexdigest()[:16]


def bytecode_cache(env: jinja2.Environment) -> jinja2.BytecodeCache | None:
    """A bytecode cache for ``env`` (call once its filters and tests are set), or None."""
    folder = cache_dir()
    if folder is None:
        return None
    directory = folder / "jinja2"
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _QuietCache(str(directory), f"{environment_signature(env)}-%s.cache")
