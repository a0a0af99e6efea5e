"""briefgen: diplomatic press releases in, briefing memos out.

The folders draw the pipeline (docs/architecture.md):

    summarize: ingest -> parse -> VisitSummary (model)   release files -> summary
    compose:   VisitSummary -> Memo (memo)               templates, theme, fonts
    render:    Memo -> bytes of each format              docx, pdf, md, json, yaml
    write:     bytes -> files, atomically

then ``review/`` (YAML in and out, merge, diff, explain), ``run/`` (CLI, batch and its
executors, worker, progress, samples) and ``support/`` (errors, caches, file helpers).
Importing the package stays cheap: submodules load only when used.
"""

__version__ = "0.1.0"
