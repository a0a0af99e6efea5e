"""briefgen: diplomatic press releases in, briefing memos out.

The pipeline is ingest -> parse -> VisitSummary -> compose -> write; see README.md.
Importing the package stays cheap: submodules load only when used.
"""

__version__ = "0.1.0"
