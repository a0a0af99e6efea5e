"""The review page's web application: one page, its static files and a small JSON API.

Security is decided here, in one guard that every request passes before any route:

* the Host header must name the address the server is bound to, ``localhost`` or a
  loopback address, so a web page on another site cannot reach the server through DNS
  rebinding (its requests carry that site's name);
* every request needs this run's token: ``?token=``, ``Authorization: Bearer`` or the
  cookie the page sets on its first tokened load, so the page's own fetches and static
  files work without the token in every URL (the cookie is ``SameSite=Strict`` and
  ``HttpOnly``; a POST whose ``Origin`` is another site is refused as well);
* a request body larger than the limit is cut off with 413 while it streams in, before
  it is parsed, so an upload can never fill memory or disk;
* errors a user can act on come back as ``{"error": "<the CLI's message>"}``; anything
  else is one line too ("internal error: ..."), never a traceback.

The server only reads its own package files; releases arrive as bytes, templates are
picked by built-in name, and nothing the browser sends is used as a path.
"""

from __future__ import annotations

import ipaddress
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from briefgen.run.serve import library
from briefgen.support.errors import BriefgenError

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
STATIC_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
MAX_FILES = 20  # releases of one visit merged on one page; more is a batch job
FORM_OVERHEAD = 256 * 1024  # multipart boundaries and the small form fields
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; img-src 'self' data: blob:; object-src 'none'; "
     b"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),  # the token is in the page's URL
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-store"),
]


@dataclass
class Settings:
    """What the person who started the server chose; the browser can change none of it."""

    host: str = "127.0.0.1"
    port: int = 8000
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    max_bytes: int = library.DEFAULT_MAX_BYTES
    config: Path | None = None  # briefgen.toml for memo fields; None = ./briefgen.toml

    @property
    def cookie(self) -> str:
        # cookies are per host, not per port: two servers must not overwrite each other's
        return f"briefgen_token_{self.port}"

    @property
    def body_limit(self) -> int:
        """Largest request: MAX_FILES releases of the ingest limit (each file is checked
        against the limit itself once parsed)."""
        return self.max_bytes * MAX_FILES + FORM_OVERHEAD


def error(message: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


class _TooLarge(Exception):
    pass


# --------------------------------------------------------------------------- guard


class Guard:
    """Host check, token check and body limit, before any route runs (see module doc)."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.hosts = allowed_hosts(settings.host)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        if not host_allowed(headers.get("host", ""), self.hosts):
            await _send(scope, receive, send, error("this server answers only to "
                        "localhost; the Host header names another site", 403))
            return
        if not self._authorised(scope, headers):
            await _send(scope, receive, send, error(
                "missing or wrong token: open the URL that 'briefgen serve' printed", 403))
            return
        origin = headers.get("origin")
        if origin and not host_allowed(urlsplit(origin).netloc, self.hosts):
            await _send(scope, receive, send, error("cross-site request refused", 403))
            return
        length = headers.get("content-length", "")
        limit = self.settings.body_limit
        if length.isdigit() and int(length) > limit:
            await _send(scope, receive, send, too_large(self.settings.max_bytes))
            return
        await self._limited(scope, receive, send, limit)

    def _authorised(self, scope: Scope, headers: dict[str, str]) -> bool:
        token = self.settings.token
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        offered = list(query.get("token", []))
        auth = headers.get("authorization", "")
        if auth[:7].lower() == "bearer ":
            offered.append(auth[7:].strip())
        for part in headers.get("cookie", "").split(";"):
            name, _, value = part.strip().partition("=")
            if name == self.settings.cookie:
                offered.append(value)
        return any(secrets.compare_digest(o.encode(), token.encode()) for o in offered)

    async def _limited(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _TooLarge
            return message

        async def secured_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message = {**message, "headers": [*message.get("headers", []),
                                                  *SECURITY_HEADERS]}
            await send(message)

        try:
            await self.app(scope, counting_receive, secured_send)
        except _TooLarge:
            if not started:
                await too_large(self.settings.max_bytes)(scope, receive, send)


async def _send(scope: Scope, receive: Receive, send: Send, response: Response) -> None:
    response.headers.update({k.decode(): v.decode() for k, v in SECURITY_HEADERS})
    await response(scope, receive, send)


def too_large(max_bytes: int) -> JSONResponse:
    from briefgen.ingest import too_large_message

    return error(too_large_message("upload", max_bytes), 413)


def allowed_hosts(bound: str) -> set[str]:
    """Names a request may use for this server: the bound address and loopback names."""
    hosts = {"localhost", "127.0.0.1", "::1", bound.strip("[]").lower()}
    return hosts


def host_allowed(host: str, allowed: set[str]) -> bool:
    """Whether a Host header (``name[:port]``) names this server.

    Bound to a wildcard address (``--host 0.0.0.0``, a deliberate choice), any IP
    literal is accepted but still no DNS name other than localhost, which keeps DNS
    rebinding out.
    """
    if not host:
        return False
    if host.startswith("["):
        name = host[1:].partition("]")[0]
    else:
        name = host.rpartition(":")[0] if host.count(":") == 1 else host
    name = name.lower()
    if name in allowed:
        return True
    if allowed & {"0.0.0.0", "::"}:
        try:
            ipaddress.ip_address(name)
        except ValueError:
            return False
        return True
    return False


# --------------------------------------------------------------------------- routes


def create_app(settings: Settings | None = None) -> ASGIApp:
    """The ASGI application for one run (one token, one set of settings)."""
    settings = settings or Settings()
    page = _page_template()

    async def index(request: Request) -> Response:
        html = page.render(
            templates=library.template_names(),
            visit_types=library.VISIT_TYPES,
            max_mb=settings.max_bytes / (1024 * 1024),
            max_bytes=settings.max_bytes,
        )
        response = HTMLResponse(html)
        if request.query_params.get("token"):
            response.set_cookie(settings.cookie, settings.token, httponly=True,
                                samesite="strict", path="/")
        return response

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        # only the package's own files, by exact name: nothing the URL says is a path
        files = {p.name: p for p in STATIC.iterdir() if p.suffix in STATIC_TYPES}
        if name not in files:
            return error("not found", 404)
        return FileResponse(files[name], media_type=STATIC_TYPES[files[name].suffix])

    async def api_parse(request: Request) -> Response:
        try:
            form = await request.form(max_files=MAX_FILES, max_fields=50)
        except _TooLarge:
            return too_large(settings.max_bytes)
        except Exception as exc:  # noqa: BLE001 - a malformed form is the client's error
            return error(f"expected a multipart form with release files: {exc}")
        try:
            uploads: list[library.Upload] = []
            for index, item in enumerate(form.getlist("files")):
                if isinstance(item, UploadFile):
                    data = await item.read(settings.max_bytes + 1)
                    name = library.display_name(item.filename, index)
                else:  # pasted text arrives as a plain field
                    data = str(item).encode("utf-8")
                    name = f"pasted-{index + 1}.txt"
                uploads.append((name, data))  # one byte over the limit is refused below
            published = library.published_date(_text(form.get("published")))
            merge = _text(form.get("merge")).lower() in ("1", "true", "on", "yes")
            result = await run_in_threadpool(library.parse_uploads, uploads, published,
                                             merge=merge, max_bytes=settings.max_bytes)
        except BriefgenError as exc:
            return error(str(exc), 413 if "input limit" in str(exc) else 400)
        finally:
            await form.close()
        return JSONResponse(result)

    async def api_check(request: Request) -> Response:
        data = await _json(request)
        if isinstance(data, Response):
            return data
        return JSONResponse({"errors": library.check_summary(_summary_part(data))})

    async def api_render(request: Request) -> Response:
        fmt = request.query_params.get("format", "docx").lower()
        data = await _json(request)
        if isinstance(data, Response):
            return data
        options = data if isinstance(data, dict) and "summary" in data else {}
        template = options.get("template") or request.query_params.get("template")
        given = options.get("fields") if isinstance(options.get("fields"), dict) else {}
        try:
            template = library.checked_template(template)
            summary = library.load_summary_json(_summary_part(data))
            fields = library.memo_fields(settings.config, given)
            body = await run_in_threadpool(library.render_file, summary, fmt,
                                           template=template, fields=fields)
        except BriefgenError as exc:
            return error(str(exc))
        name = f"{library.download_stem(summary)}.{fmt}"
        return Response(body, media_type=library.MEDIA_TYPES[fmt],
                        headers={"content-disposition": attachment(name)})

    async def _json(request: Request) -> Any:
        try:
            raw = await request.body()
        except _TooLarge:
            return too_large(settings.max_bytes)
        try:
            return json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            return error(f"request body: expected JSON: {exc}")

    async def on_error(request: Request, exc: Exception) -> Response:
        """A bug still answers in one line; the traceback stays in the server's log."""
        return error(f"internal error: {type(exc).__name__}: {exc}", 500)

    routes = [
        Route("/", index),
        Route("/static/{name}", static),
        Route("/api/parse", api_parse, methods=["POST"]),
        Route("/api/check", api_check, methods=["POST"]),
        Route("/api/render", api_render, methods=["POST"]),
    ]
    app = Starlette(routes=routes, exception_handlers={Exception: on_error})
    return Guard(app, settings)


def attachment(name: str) -> str:
    """A Content-Disposition for ``name``: headers are Latin-1, so a name in another
    script travels percent-encoded (RFC 6266) beside an ASCII stand-in."""
    from urllib.parse import quote

    plain = name.encode("ascii", "replace").decode("ascii").replace("?", "_").replace('"', "_")
    if plain == name:
        return f'attachment; filename="{name}"'
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(name)}"


def _summary_part(data: Any) -> Any:
    """The API takes a bare summary or ``{"summary": ..., "template": ..., "fields": ...}``
    (a summary has no field named ``summary``, so the two cannot be confused)."""
    return data["summary"] if isinstance(data, dict) and "summary" in data else data


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _page_template() -> Any:
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "page"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    return env.get_template("review.html.j2")
