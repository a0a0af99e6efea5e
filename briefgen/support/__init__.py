"""Support code the stages share: errors and exit codes, atomic file writes, TOML reading,
memo-field config, and the start-up caches (``cachedir`` and the regex, lexicon-data and
Jinja2 bytecode caches kept in it). Nothing here imports a stage.
"""
