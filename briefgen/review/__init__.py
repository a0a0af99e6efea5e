"""Review: a person checks and edits a summary between summarize and compose.

``summary_io`` reads and writes summaries as YAML/JSON (with line numbers for errors),
``merge`` combines summaries of one visit, ``diff`` compares two, ``explain`` shows why
each item was found.
"""
