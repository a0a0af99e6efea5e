"""Command line: a thin layer over the library.

Each command parses options, calls one library function and turns a ``BriefgenError``
into one line on stderr and its exit code. Heavy modules are imported inside the
commands so that ``briefgen --help`` starts fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from briefgen import __version__
from briefgen.run.options import parse_date
from briefgen.support.errors import EXIT_USAGE, BriefgenError, UsageError

app = typer.Typer(
    name="briefgen",
    help="Turn diplomatic press releases into briefing memos (DOCX, PDF).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
templates_app = typer.Typer(
    help="List or export the built-in memo templates.", no_args_is_help=True
)
app.add_typer(templates_app, name="templates")

_VERBOSE = False


def _fail(message: str, code: int) -> None:
    typer.echo(f"briefgen: {message}", err=True)
    raise typer.Exit(code)


def run(action: Callable[[], Any]) -> Any:
    """Run a command body, turning expected errors into one line and an exit code."""
    try:
        return action()
    except typer.Exit:
        raise
    except BriefgenError as exc:
        _fail(str(exc), exc.code)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except Exception as exc:  # a bug: still one line, the traceback only on request
        if _VERBOSE or os.environ.get("BRIEFGEN_DEBUG"):
            raise
        _fail(f"internal error: {type(exc).__name__}: {exc} (rerun with --verbose)", 70)


def parse_formats(value: str, allowed: tuple[str, ...]) -> list[str]:
    formats = [f.strip().lower() for f in value.split(",") if f.strip()]
    bad = [f for f in formats if f not in allowed]
    if bad or not formats:
        raise UsageError(f"--format: unknown format {', '.join(bad) or value!r}; "
                         f"choose from {', '.join(allowed)}")
    return list(dict.fromkeys(formats))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"briefgen {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show tracebacks.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version.")
    ] = False,
) -> None:
    global _VERBOSE
    _VERBOSE = verbose


PublishedOpt = Annotated[
    str | None,
    typer.Option("--published", help="Publication date YYYY-MM-DD: the year for dates "
                 "written without one and the anchor for 'yesterday'."),
]
TemplateOpt = Annotated[
    str | None, typer.Option("--template", "-t", help="Built-in template name or a file path.")
]
OutdirOpt = Annotated[Path, typer.Option("--output-dir", "-o", help="Folder for the memos.")]
ForceOpt = Annotated[bool, typer.Option("--force", help="Overwrite existing outputs.")]
MaxSizeOpt = Annotated[
    int, typer.Option("--max-size", min=1, help="Largest input accepted, in MB.")
]


@app.command()
def schema() -> None:
    """Print the JSON Schema of the visit summary."""
    import json

    from briefgen.model import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@app.command()
def parse(
    releases: Annotated[list[str], typer.Argument(help="Release file(s) (.txt .md .html) or -.")],
    published: PublishedOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json or yaml.")] = "",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    merge: Annotated[bool, typer.Option("--merge", help="Merge releases of one visit.")] = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show why each item was found.")
    ] = False,
    force: ForceOpt = False,
    max_size: MaxSizeOpt = 10,
) -> None:
    """Parse a release into a visit summary (JSON or YAML)."""

    def body() -> None:
        from briefgen.review.summary_io import dump_summary, write_text_atomic
        from briefgen.summarize import summarize

        fmt_ = fmt.lower() or _format_from_suffix(output)
        if fmt_ not in ("json", "yaml"):
            raise UsageError(f"--format: expected json or yaml, got {fmt!r}")
        summary = summarize(releases, parse_date(published, "--published"), merge=merge,
                            max_bytes=max_size * 1024 * 1024)
        if explain:
            from briefgen.review.explain import explain_summary

            typer.echo(explain_summary(summary), err=output is None)
        text = dump_summary(summary, fmt_)
        if output is None:
            sys.stdout.write(text)
        else:
            write_text_atomic(output, text, force=force)
            typer.echo(str(output), err=True)

    run(body)


def _format_from_suffix(output: Path | None) -> str:
    if output is not None and output.suffix.lower() in (".yaml", ".yml"):
        return "yaml"
    return "json"


def _memo_options(
    to: str | None, from_: str | None, subject: str | None, classification: str | None,
    date: str | None, config: Path | None,
) -> dict[str, Any]:
    from briefgen.support.config import load_memo_fields

    given = {"to": to, "from": from_, "subject": subject, "classification": classification,
             "date": date}
    return load_memo_fields(config, {k: v for k, v in given.items() if v is not None})


ToOpt = Annotated[str | None, typer.Option("--to", help="Memo TO line.")]
FromOpt = Annotated[str | None, typer.Option("--from", help="Memo FROM line.")]
SubjectOpt = Annotated[str | None, typer.Option("--subject", help="Memo SUBJECT line.")]
ClassOpt = Annotated[str | None, typer.Option("--classification", help="Banner text.")]
DateOpt = Annotated[str | None, typer.Option("--date", help="Memo DATE line.")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="briefgen.toml to read.")]
RefDocxOpt = Annotated[
    Path | None, typer.Option("--reference-docx", help="Use this .docx's styles and page set-up.")
]
FormatsOpt = Annotated[str, typer.Option("--format", "-f", help="Comma list: docx,pdf.")]


@app.command()
def memo(
    releases: Annotated[list[str], typer.Argument(help="Release file(s) or -.")],
    formats: FormatsOpt = "docx,pdf",
    outdir: OutdirOpt = Path("."),
    template: TemplateOpt = None,
    published: PublishedOpt = None,
    merge: Annotated[bool, typer.Option("--merge", help="Merge releases of one visit.")] = False,
    to: ToOpt = None,
    from_: FromOpt = None,
    subject: SubjectOpt = None,
    classification: ClassOpt = None,
    date: DateOpt = None,
    config: ConfigOpt = None,
    reference_docx: RefDocxOpt = None,
    force: ForceOpt = False,
    max_size: MaxSizeOpt = 10,
) -> None:
    """Parse a release and render the briefing memo."""

    def body() -> None:
        from briefgen.summarize import summarize
        from briefgen.write import write_outputs

        fmts = parse_formats(formats, ("docx", "pdf", "md", "json", "yaml"))
        fields = _memo_options(to, from_, subject, classification, date, config)
        summary = summarize(releases, parse_date(published, "--published"), merge=merge,
                            max_bytes=max_size * 1024 * 1024)
        stem = Path(releases[0]).stem if releases[0] != "-" else "memo"
        for path in write_outputs(summary, outdir, fmts, template=template, fields=fields,
                                   stem=stem, force=force, reference_docx=reference_docx):
            typer.echo(str(path))

    run(body)


@app.command()
def render(
    summary_file: Annotated[Path, typer.Argument(help="Summary .json or .yaml (edited).")],
    formats: FormatsOpt = "docx,pdf",
    outdir: OutdirOpt = Path("."),
    template: TemplateOpt = None,
    to: ToOpt = None,
    from_: FromOpt = None,
    subject: SubjectOpt = None,
    classification: ClassOpt = None,
    date: DateOpt = None,
    config: ConfigOpt = None,
    reference_docx: RefDocxOpt = None,
    force: ForceOpt = False,
) -> None:
    """Render a (possibly edited) summary file into a memo."""

    def body() -> None:
        from briefgen.review.summary_io import load_summary
        from briefgen.write import write_outputs

        fmts = parse_formats(formats, ("docx", "pdf", "md"))
        fields = _memo_options(to, from_, subject, classification, date, config)
        summary = load_summary(summary_file)
        for path in write_outputs(summary, outdir, fmts, template=template, fields=fields,
                                   stem=summary_file.stem, force=force,
                                   reference_docx=reference_docx):
            typer.echo(str(path))

    run(body)


@templates_app.command("list")
def templates_list() -> None:
    """List the built-in templates."""

    def body() -> None:
        from briefgen.compose.templates import builtin_templates

        for name, description in builtin_templates().items():
            typer.echo(f"{name:12s} {description}")

    run(body)


@templates_app.command("export")
def templates_export(
    name: Annotated[str, typer.Argument(help="Built-in template name.")],
    directory: Annotated[Path, typer.Argument(help="Folder to copy it into.")],
    force: ForceOpt = False,
) -> None:
    """Copy a built-in template out for editing."""

    def body() -> None:
        from briefgen.compose.templates import export_template

        typer.echo(str(export_template(name, directory, force=force)))

    run(body)


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="Old summary (.yaml/.json).")],
    new: Annotated[Path, typer.Argument(help="New summary (.yaml/.json).")],
) -> None:
    """List items added (+), removed (-) and changed (~) between two summaries.

    Compare a parse with its edit, or the parses of two versions of a release.
    Exit status, like diff(1): 0 when they say the same, 1 when they differ,
    3 when a file cannot be read.
    """

    def body() -> None:
        from briefgen.review.diff import diff_summaries
        from briefgen.review.summary_io import load_summary

        lines = diff_summaries(load_summary(old), load_summary(new))
        for line in lines:
            typer.echo(line)
        if lines:
            raise typer.Exit(1)

    run(body)


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or globs.")],
    outdir: Annotated[Path, typer.Option("--output-dir", "-o", help="Output folder.")],
    formats: Annotated[
        str, typer.Option("--format", "-f", help="Comma list: docx,pdf,md,json,yaml.")
    ] = "docx,pdf",
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help="Worker processes (0 = all cores).")
    ] = 0,
    template: TemplateOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Redo unchanged inputs too.")] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Only failures and the summary.")
    ] = False,
    executor: Annotated[str, typer.Option("--executor", help="local or dask.")] = "local",
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address.",
                                 envvar="DASK_SCHEDULER_ADDRESS")
    ] = None,
    max_size: Annotated[
        int, typer.Option("--max-size", help="Largest input accepted, in MB.")
    ] = 10,
) -> None:
    """Convert many releases in parallel, skipping unchanged ones."""

    def body() -> int:
        from briefgen.run.batch import run_batch
        from briefgen.run.jobs import BatchOptions

        fmts = parse_formats(formats, ("docx", "pdf", "json", "yaml", "md"))
        options = BatchOptions(formats=fmts, template=template, force=force, quiet=quiet,
                               jobs=jobs or (os.cpu_count() or 1), executor=executor,
                               scheduler=scheduler, max_bytes=max_size * 1024 * 1024)
        return run_batch(inputs, outdir, options)

    code = run(body)
    raise typer.Exit(code or 0)


@app.command()
def samples(
    directory: Annotated[Path, typer.Option("--dir", help="Samples folder.")] = Path("samples"),
    check: Annotated[bool, typer.Option("--check", help="Write nothing; exit 1 on drift.")] = False,
) -> None:
    """Regenerate the sample briefs under samples/briefs/ (or check them)."""

    def body() -> int:
        from briefgen.run.samples import run_samples

        return run_samples(directory, check=check)

    code = run(body)
    raise typer.Exit(code or 0)


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to bind (loopback only by "
                                      "default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535,
                                      help="Port (0 = any free one).")] = 8000,
    open_browser: Annotated[bool, typer.Option("--open/--no-open",
                                               help="Open the page in a browser.")] = True,
    config: ConfigOpt = None,
    max_size: MaxSizeOpt = 10,
) -> None:
    """Review a release in the browser: edit the summary, download the memo."""

    def body() -> None:
        from briefgen.run.serve import INSTALL_HINT, missing

        if missing():
            raise UsageError(INSTALL_HINT)
        from briefgen.run.serve.launch import serve as run_server

        run_server(host, port, open_browser=open_browser, max_bytes=max_size * 1024 * 1024,
                   config=config)

    run(body)


def main() -> None:
    from briefgen.support import regexcache

    regexcache.install()
    try:
        app()
    except SystemExit as exc:
        # click reports usage errors itself with exit 2; keep that contract
        if exc.code not in (None, 0) and not isinstance(exc.code, int):
            typer.echo(f"briefgen: {exc.code}", err=True)
            sys.exit(EXIT_USAGE)
        raise
