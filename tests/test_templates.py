"""Built-in templates: listing, resolving, exporting and using an edited copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, run_cli
from test_compose import headings, make_summary

from briefgen.compose import compose
from briefgen.compose.templates import (
    builtin_dir,
    builtin_templates,
    export_template,
    resolve_template,
)
from briefgen.support.errors import EXIT_OUTPUT, EXIT_USAGE, OutputError, UsageError

BUILTINS = ("memo", "one-pager", "readout")


def test_builtins_listed_with_descriptions():
    found = builtin_templates()
    assert set(found) == set(BUILTINS)  # partials such as _blocks are not templates
    assert all(len(description) > 20 for description in found.values())


def test_builtin_dir_is_the_checkout_templates_folder_in_a_source_tree():
    folder = builtin_dir()
    assert folder is not None
    assert folder.resolve() in (ROOT / "templates", Path(__file__).resolve().parents[1]
                                / "briefgen" / "templates")


def test_resolve_names_and_paths(tmp_path):
    assert resolve_template(None).name == "memo.md.j2"
    assert resolve_template("one-pager").name == "one-pager.md.j2"
    mine = tmp_path / "x.md.j2"
    mine.write_text("## X\n", encoding="utf-8")
    assert resolve_template(str(mine)) == mine.resolve()
    with pytest.raises(UsageError, match="unknown template 'nope'.*memo"):
        resolve_template("nope")
    with pytest.raises(UsageError, match="no such file"):
        resolve_template(str(tmp_path / "missing.md.j2"))
    with pytest.raises(UsageError, match="folder"):
        resolve_template(str(tmp_path))


def test_export_copies_and_refuses_to_clobber(tmp_path):
    path = export_template("memo", tmp_path)
    assert path == tmp_path / "memo.md.j2"
    assert path.read_text(encoding="utf-8") == resolve_template("memo").read_text("utf-8")
    with pytest.raises(OutputError, match="already exists"):
        export_template("memo", tmp_path)
    path.write_text("edited", encoding="utf-8")
    export_template("memo", tmp_path, force=True)
    assert path.read_text(encoding="utf-8") != "edited"
    with pytest.raises(UsageError, match="unknown template"):
        export_template("../memo", tmp_path)


def test_cli_list_and_export(tmp_path):
    listed = run_cli("templates", "list")
    assert listed.returncode == 0, listed.stderr.decode()
    names = [line.split()[0] for line in listed.stdout.decode().splitlines()]
    assert names == sorted(BUILTINS)

    exported = run_cli("templates", "export", "one-pager", str(tmp_path / "mine"))
    assert exported.returncode == 0, exported.stderr.decode()
    assert (tmp_path / "mine" / "one-pager.md.j2").is_file()
    again = run_cli("templates", "export", "one-pager", str(tmp_path / "mine"))
    assert again.returncode == EXIT_OUTPUT
    assert again.stderr.decode().count("\n") == 1 and "--force" in again.stderr.decode()
    unknown = run_cli("templates", "export", "nope", str(tmp_path))
    assert unknown.returncode == EXIT_USAGE and "memo" in unknown.stderr.decode()


def test_edited_export_is_used_by_template_path(tmp_path):
    path = export_template("memo", tmp_path)
    text = path.read_text(encoding="utf-8").replace("## Outcomes", "## Results of the visit")
    path.write_text(text, encoding="utf-8")
    memo = compose(make_summary(), str(path))
    assert "Results of the visit" in headings(memo) and "Outcomes" not in headings(memo)


def test_cli_render_with_edited_template(tmp_path):
    path = export_template("readout", tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "**Next steps.**", "**What comes next.**"), encoding="utf-8")
    summary = tmp_path / "s.json"
    summary.write_text(json.dumps(make_summary().model_dump(mode="json")), encoding="utf-8")
    result = run_cli("render", str(summary), "-f", "md", "-o", str(tmp_path / "out"),
                     "--template", str(path))
    assert result.returncode == 0, result.stderr.decode()
    assert "**What comes next.**" in (tmp_path / "out" / "s.md").read_text(encoding="utf-8")


def test_cli_template_error_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.md.j2"
    bad.write_text("---\ntitle: x\n---\n\n{% for x in summary.outcomes %}\n", encoding="utf-8")
    summary = tmp_path / "s.json"
    summary.write_text(json.dumps(make_summary().model_dump(mode="json")), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("render", str(summary), "-f", "md,docx", "-o", str(out),
                     "--template", str(bad))
    err = result.stderr.decode()
    assert result.returncode == 5 and err.count("\n") == 1
    assert f"{bad}:" in err and "Traceback" not in err
    assert not out.exists() or not any(out.iterdir())


def test_user_template_can_extend_memo_and_replace_one_section(tmp_path):
    path = tmp_path / "house.md.j2"
    path.write_text('{% extends "memo.md.j2" %}\n'
                    "{% block background %}\n## Context\n\n"
                    "{{ summary.countries | join(' and ') }} have met before.\n"
                    "{% endblock %}\n", encoding="utf-8")
    memo = compose(make_summary(countries=["Iceland", "**Malta**"]), str(path))
    names = headings(memo)
    assert "Context" in names and "Background" not in names
    assert names[:5] == ["Bottom line up front", "Visit at a glance", "Outcomes", "Agreements",
                         "Follow-ups"]
    assert memo.title == "Briefing memorandum"
    from briefgen.memo import Paragraph, plain

    texts = [plain(b.content) for b in memo.blocks if isinstance(b, Paragraph)]
    assert "Iceland and **Malta** have met before." in texts
