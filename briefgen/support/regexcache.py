"""Compiled regular expressions kept on disk between processes.

The parser builds about 440 patterns, several of them alternations of hundreds of names
from the lexicons. CPython parses and compiles every pattern in pure Python, which costs
about 220 ms of CPU at each start of ``briefgen memo`` (one third of the command). Only the
last step, ``_sre.compile``, is native: it takes the generated opcode list. ``install()``
wraps the stdlib's ``compile`` step so that, for a pattern seen before, the stored
arguments go straight to ``_sre.compile`` and the Python compiler is skipped.

Why this is safe:
- the store is named after the exact interpreter (version, ``_sre.MAGIC``, code size,
  max unicode) and is only ever read by that interpreter; anything else compiles as usual;
- ``_sre.compile`` validates the opcode list itself, and a failure to load, decode or
  build a stored entry falls back to a normal compile;
- a pattern object built from the same opcodes behaves identically, so outputs cannot
  change (tests/test_caches.py compares both routes).
Turned off with ``BRIEFGEN_NO_CACHE=1`` (see briefgen/cachedir.py).
"""

from __future__ import annotations

import _sre
import atexit
import marshal
import sys
from array import array
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    from re import _compiler as _compiler_module
    from re import _parser as _parser_module
else:  # pragma: no cover - Python 3.10
    import sre_compile as _compiler_module
    import sre_parse as _parser_module

_FORMAT = 4
_MAX_ENTRIES = 2000  # past this, keep only what the last process used (old lexicons drop out)
_DEBUG = 128  # re.DEBUG: prints while compiling, never cached

Key = bytes  # digest of (pattern type, pattern, flags): the file does not repeat the text
# final flags, opcodes (array bytes), groups - 1, groupindex, indexgroup
Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]


class _Store:
    """Entries in memory, and on disk as a header followed by appended marshal records.

    The file is read at the first compile, not at start-up. A process that met new
    patterns appends them in one write, so a run that only adds a pattern or two (some
    libraries build patterns from sets, which differ per process) costs a small append,
    not a rewrite. The file is rewritten (atomically) only when it is damaged or has grown
    past ``_MAX_ENTRIES``, keeping what the last process used.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[Key, Entry] | None = None
        self.damaged = False
        self.new: dict[Key, Entry] = {}
        self.used: dict[Key, Entry] = {}

    @property
    def entries(self) -> dict[Key, Entry]:
        if self._entries is None:
            self._entries, self.damaged = _read(self.path)
        return self._entries

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        if type(pattern) not in (str, bytes) or flags & _DEBUG:  # subclasses: not marshal-able
            return _ORIGINAL(pattern, flags)
        flags = int(flags)
        key = _key(pattern, flags)
        entry = self.entries.get(key)
        if entry is not None:
            try:
                compiled = _build(pattern, entry)
            except Exception:  # a damaged entry: compile normally and rewrite the store
                self.damaged = True
            else:
                self.used[key] = entry
                return compiled
        entry = _generate(pattern, flags)
        self.entries[key] = self.used[key] = self.new[key] = entry
        return _build(pattern, entry)

    def save(self) -> None:
        from briefgen.support.cachedir import write_cache_file

        if not (self.new or self.damaged):
            return
        if self.damaged or len(self.entries) > _MAX_ENTRIES or not self.path.exists():
            keep = self.used if len(self.entries) > _MAX_ENTRIES else self.entries
            write_cache_file(self.path, _HEADER + _records(keep))
        else:
            try:
                with self.path.open("ab") as fh:
                    fh.write(_records(self.new))  # one write: appends do not interleave
            except OSError:
                pass
        self.new.clear()
        self.damaged = False


def _key(pattern: str | bytes, flags: int) -> Key:
    from hashlib import sha256  # here, not at start-up: --help never compiles a pattern

    text = pattern.encode("utf-8", "surrogatepass") if isinstance(pattern, str) else pattern
    kind = b"s" if isinstance(pattern, str) else b"b"
    return sha256(b"%s%d:%s" % (kind, flags, text)).digest()[:20]


def _records(entries: dict[Key, Entry]) -> bytes:
    """Length-prefixed marshal records (decoding many small slices beats marshal.load)."""
    out = []
    for key, entry in entries.items():
        try:
            blob = marshal.dumps((key, entry))
        except ValueError:  # e.g. a group name marshal cannot hold: not kept
            continue
        out.append(len(blob).to_bytes(4, "little") + blob)
    return b"".join(out)


def _read(path: Path) -> tuple[dict[Key, Entry], bool]:
    """The stored entries, and whether the file needs rewriting (bad header or record)."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}, False
    if not data.startswith(_HEADER):
        return {}, True
    entries: dict[Key, Entry] = {}
    view = memoryview(data)
    pos = len(_HEADER)
    while pos < len(data):
        size = int.from_bytes(view[pos:pos + 4], "little")
        pos += 4
        if pos + size > len(data):
            return entries, True  # a torn append
        try:
            key, entry = marshal.loads(view[pos:pos + size])
        except (EOFError, ValueError, TypeError):
            return entries, True
        entries[key] = entry
        pos += size
    return entries, False


def _generate(pattern: str | bytes, flags: int) -> Entry:
    """What the stdlib's compile would pass to ``_sre.compile`` (same steps, same order)."""
    parsed = _parser_module.parse(pattern, flags)
    code = _compiler_module._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | parsed.state.flags, array(_TYPECODE, code).tobytes(),
            parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _build(pattern: str | bytes, entry: Entry) -> Any:
    final_flags, blob, groups, groupindex, indexgroup = entry
    code = array(_TYPECODE)
    code.frombytes(blob)
    return _sre.compile(pattern, final_flags, code.tolist(), groups, dict(groupindex),
                        indexgroup)


def _interpreter_tag() -> str:
    return (f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"
            f"-{sys.maxunicode:x}-m{marshal.version}-f{_FORMAT}")


_TYPECODE = "I" if _sre.CODESIZE == 4 else "H"
_HEADER = f"briefgen-regex {_interpreter_tag()} {' '.join(sys.version.split())}\n".encode()
_ORIGINAL = _compiler_module.compile
_store: _Store | None = None


def store_path() -> Path | None:
    from briefgen.support.cachedir import cache_dir

    folder = cache_dir()
    return folder / f"regex-{_interpreter_tag()}.marshal" if folder else None


def install() -> None:
    """Route this process's regex compiles through the on-disk store (once; saved at exit)."""
    global _store
    if _store is not None or array(_TYPECODE).itemsize != _sre.CODESIZE:
        return
    path = store_path()
    if path is None:
        return
    _store = _Store(path)
    _compiler_module.compile = _store.compile
    atexit.register(_store.save)


def uninstall() -> None:
    """Back to the stdlib compiler (saving what was learnt); for tests."""
    global _store
    if _store is None:
        return
    _store.save()
    atexit.unregister(_store.save)
    _compiler_module.compile = _ORIGINAL
    _store = None
