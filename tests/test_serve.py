"""The review page's server in-process (Starlette's TestClient): the guard (token, Host,
Origin, size), the JSON API's answers and errors, and that a download is byte for byte
what ``briefgen render`` makes of the downloaded YAML."""

from __future__ import annotations

import io
import json
import sys
import warnings
from pathlib import Path

import pytest
from conftest import SAMPLES, SEED, needs_shared, run_cli

pytest.importorskip("starlette")
pytest.importorskip("httpx")

import docx  # noqa: E402

with warnings.catch_warnings():  # newer Starlette suggests another client; httpx still works
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient  # noqa: E402

from briefgen.run.serve import library  # noqa: E402
from briefgen.run.serve.app import Settings, create_app  # noqa: E402

SAMPLE = SAMPLES / "state-visit-memoranda.txt"
SAMPLE_PUBLISHED = "2025-04-17"
TOKEN = "test-token-" + "x" * 30
FIELDS = {"to": "Minister of Foreign Affairs", "from": "Europe Department"}


def make_client(raise_server_exceptions: bool = True, **settings: object) -> TestClient:
    app = create_app(Settings(host="127.0.0.1", port=8000, token=TOKEN, **settings))
    return TestClient(app, base_url="http://127.0.0.1:8000",
                      raise_server_exceptions=raise_server_exceptions)


@pytest.fixture(scope="module")
def client() -> TestClient:
    return make_client()


AUTH = {"Authorization": f"Bearer {TOKEN}"}


def parse(client: TestClient, path: Path, published: str | None = None, **form: str) -> dict:
    data = {"published": published} if published else {}
    response = client.post("/api/parse", headers=AUTH, data={**data, **form},
                           files=[("files", (path.name, path.read_bytes(), "text/plain"))])
    assert response.status_code == 200, response.text
    return response.json()


def agreement_rows(docx_bytes: bytes) -> list[str]:
    document = docx.Document(io.BytesIO(docx_bytes))
    for table in document.tables:
        if [c.text for c in table.rows[0].cells][:2] == ["#", "Document"]:
            return [row.cells[1].text for row in table.rows[1:]]
    raise AssertionError("no agreements table in the DOCX")


# --------------------------------------------------------------------------- guard


def test_page_without_token_is_403_and_with_it_the_page(client: TestClient):
    refused = client.get("/")
    assert refused.status_code == 403
    assert "token" in refused.json()["error"]
    page = client.get(f"/?token={TOKEN}")
    assert page.status_code == 200
    assert "<h1>briefgen" in page.text
    assert page.headers["referrer-policy"] == "no-referrer"
    cookie = page.headers["set-cookie"]
    assert "HttpOnly" in cookie and "samesite=strict" in cookie.lower()


def test_wrong_token_is_403_everywhere():
    client = make_client()
    bad = {"Authorization": "Bearer not-the-token"}
    assert client.get("/?token=nope").status_code == 403
    assert client.get("/static/review.js", headers=bad).status_code == 403
    assert client.post("/api/render", headers=bad, json={}).status_code == 403
    assert client.post("/api/parse", headers=bad).status_code == 403


def test_cookie_from_first_page_load_lets_the_page_fetch():
    fresh = make_client()
    assert fresh.get("/static/review.js").status_code == 403
    assert fresh.get(f"/?token={TOKEN}").status_code == 200  # sets the cookie
    script = fresh.get("/static/review.js")
    assert script.status_code == 200
    assert script.headers["content-type"].startswith("text/javascript")


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example",
                                  "localhost.evil.example:8000", ""])
def test_foreign_host_header_is_refused_even_with_the_token(client: TestClient, host: str):
    response = client.get(f"/?token={TOKEN}", headers={"host": host})
    assert response.status_code == 403
    assert "Host" in response.json()["error"]


@pytest.mark.parametrize("host", ["localhost:8000", "127.0.0.1:8000", "[::1]:8000", "localhost"])
def test_loopback_names_are_accepted(client: TestClient, host: str):
    assert client.get(f"/?token={TOKEN}", headers={"host": host}).status_code == 200


def test_cross_site_origin_is_refused(client: TestClient):
    response = client.post("/api/check", headers={**AUTH, "origin": "https://evil.example"},
                           json={})
    assert response.status_code == 403
    null = client.post("/api/check", headers={**AUTH, "origin": "null"}, json={})
    assert null.status_code == 403
    same = client.post("/api/check", headers={**AUTH, "origin": "http://localhost:8000"},
                       json={})
    assert same.status_code == 200


def test_static_serves_only_the_package_files(client: TestClient):
    for name in ("review.js", "review.css"):
        assert client.get(f"/static/{name}", headers=AUTH).status_code == 200
    for name in ("..%2F..%2Fpyproject.toml", "..%2Fapp.py", "app.py", "%2Fetc%2Fpasswd"):
        assert client.get(f"/static/{name}", headers=AUTH).status_code == 404


# --------------------------------------------------------------------------- limits and errors


def test_upload_above_the_ingest_limit_is_413():
    small = make_client(max_bytes=1000)
    response = small.post("/api/parse", headers=AUTH,
                          files=[("files", ("big.txt", b"a" * 1001, "text/plain"))])
    assert response.status_code == 413
    assert response.json()["error"] == ("big.txt: larger than the 1000 bytes input limit; "
                                        "raise it with --max-size (MB)")
    ok = small.post("/api/parse", headers=AUTH,
                    files=[("files", ("ok.txt", SAMPLE.read_bytes()[:990], "text/plain"))])
    assert ok.status_code == 200


def test_request_above_the_body_limit_is_413_before_it_is_read():
    small = make_client(max_bytes=1000)
    limit = Settings(max_bytes=1000).body_limit
    response = small.post("/api/render?format=yaml", headers=AUTH,
                          content=b"{" + b" " * limit + b"}")
    assert response.status_code == 413


def test_binary_upload_gives_the_cli_message_not_a_traceback(client: TestClient,
                                                             tmp_path: Path):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    response = client.post("/api/parse", headers=AUTH,
                           files=[("files", ("photo.png", png, "image/png"))])
    assert response.status_code == 400
    message = response.json()["error"]
    assert "Traceback" not in response.text
    (tmp_path / "photo.png").write_bytes(png)
    cli = run_cli("parse", "photo.png", cwd=tmp_path)
    assert cli.stderr.decode().strip() == f"briefgen: {message}"


def test_bad_published_date_reads_as_in_the_cli(client: TestClient):
    response = client.post("/api/parse", headers=AUTH, data={"published": "17/04/2025"},
                           files=[("files", ("a.txt", SAMPLE.read_bytes(), "text/plain"))])
    assert response.status_code == 400
    assert response.json()["error"] == "--published: expected YYYY-MM-DD, got '17/04/2025'"


def test_several_releases_without_merge_reads_as_in_the_cli(client: TestClient):
    files = [("files", (n, SAMPLE.read_bytes(), "text/plain")) for n in ("a.txt", "b.txt")]
    response = client.post("/api/parse", headers=AUTH, files=files)
    assert response.status_code == 400
    assert "add --merge" in response.json()["error"]


def test_no_files_and_a_malformed_body_are_json_errors(client: TestClient):
    empty = client.post("/api/parse", headers=AUTH, data={"published": "2025-04-17"})
    assert empty.status_code == 400 and "no release" in empty.json()["error"]
    garbage = client.post("/api/render?format=docx", headers=AUTH, content=b"\xff{not json")
    assert garbage.status_code == 400 and "expected JSON" in garbage.json()["error"]


def test_a_bug_answers_in_one_line(monkeypatch: pytest.MonkeyPatch):
    def boom(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("boom")

    monkeypatch.setattr(library, "render_file", boom)
    client = make_client(raise_server_exceptions=False)
    response = client.post("/api/render?format=docx", headers=AUTH, json={})
    assert response.status_code == 500
    assert response.json() == {"error": "internal error: RuntimeError: boom"}


def test_template_must_be_a_builtin_name(client: TestClient, tmp_path: Path):
    secret = tmp_path / "secret.md.j2"
    secret.write_text("SECRET {{ summary.title }}", encoding="utf-8")
    for name in (str(secret), "../templates/memo", "nope"):
        response = client.post("/api/render?format=docx", headers=AUTH,
                               json={"summary": {}, "template": name})
        assert response.status_code == 400
        assert "unknown template" in response.json()["error"]


def test_theme_or_reference_docx_from_the_browser_is_ignored(client: TestClient,
                                                           tmp_path: Path):
    """Only text fields pass: a path the browser names is never opened."""
    fields = {"theme": str(tmp_path / "missing.toml"), "reference_docx": "/etc/passwd",
              "to": "Desk"}
    response = client.post("/api/render?format=docx", headers=AUTH,
                           json={"summary": {}, "fields": fields})
    assert response.status_code == 200


# --------------------------------------------------------------------------- parse and render


def test_parse_sample_numbers_sentences_as_the_parser_does(client: TestClient):
    from briefgen.ingest import load_release
    from briefgen.parse.segment import segment

    result = parse(client, SAMPLE, SAMPLE_PUBLISHED)
    (release,) = result["releases"]
    expected = load_release(SAMPLE)
    doc = segment(expected.text, expected.title)
    assert release["name"] == SAMPLE.name
    assert release["text"] == expected.text
    assert [s[:2] for s in release["sentences"]] == [[s.start, s.end] for s in doc.sentences]
    for item in result["summary"]["agreements"]:
        for ev in item["evidence"]:
            start, end, _ = release["sentences"][ev["sentence"]]
            assert start <= ev["start"] < ev["end"] <= end
            assert release["text"][start:end] == ev["quote"]


def test_parse_matches_the_cli(client: TestClient):
    result = parse(client, SAMPLE, SAMPLE_PUBLISHED)
    cli = run_cli("parse", SAMPLE.name, "--published", SAMPLE_PUBLISHED, cwd=SAMPLE.parent)
    assert result["summary"] == json.loads(cli.stdout)


def test_merged_releases_are_numbered_per_release(client: TestClient):
    files = [("files", (n, SAMPLE.read_bytes(), "text/plain")) for n in ("a.txt", "b.txt")]
    response = client.post("/api/parse", headers=AUTH, files=files,
                           data={"merge": "true", "published": SAMPLE_PUBLISHED})
    assert response.status_code == 200
    result = response.json()
    assert [r["name"] for r in result["releases"]] == ["a.txt", "b.txt"]
    sources = {ev["source"] for item in result["summary"]["agreements"]
               for ev in item["evidence"]}
    assert sources == {0, 1}


@needs_shared
def test_seed_release_gives_five_agreements_with_evidence_and_renders_four_less_one(
        client: TestClient):
    gold = json.loads(SEED.with_name(SEED.name.replace(".txt", ".gold.json")).read_text())
    result = parse(client, SEED, gold["published"])
    agreements = result["summary"]["agreements"]
    assert len(agreements) == 5
    for item in agreements:
        assert item["evidence"], item
        assert all(ev["quote"] and ev["end"] > ev["start"] for ev in item["evidence"])
    summary = result["summary"]
    dropped = summary["agreements"].pop(2)
    response = client.post("/api/render?format=docx", headers=AUTH, json=summary)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(
        "application/vnd.openxmlformats-officedocument.wordprocessingml")
    rows = agreement_rows(response.content)
    assert len(rows) == 4
    assert dropped["text"] not in " ".join(rows).lower()


def test_download_equals_cli_render_of_the_downloaded_yaml(client: TestClient,
                                                           tmp_path: Path):
    """What the page shows, downloaded, is what ``briefgen render`` makes of its YAML."""
    summary = parse(client, SAMPLE, SAMPLE_PUBLISHED)["summary"]
    summary["agreements"].pop(0)
    summary["follow_ups"][0]["owner"] = "Ministry of Foreign Affairs"
    summary["follow_ups"][0]["due"] = "by June"
    summary["outcomes"].append({"text": "An outcome added by hand", "evidence": []})
    body = {"summary": summary, "template": "memo", "fields": FIELDS}
    downloads = {}
    for fmt in ("yaml", "docx", "pdf"):
        response = client.post(f"/api/render?format={fmt}", headers=AUTH, json=body)
        assert response.status_code == 200, response.text
        assert response.headers["content-disposition"] == (
            f'attachment; filename="state-visit-memoranda.{fmt}"')
        downloads[fmt] = response.content
    (tmp_path / "reviewed.yaml").write_bytes(downloads["yaml"])
    cli = run_cli("render", "reviewed.yaml", "-f", "docx,pdf", "--template", "memo",
                  "--to", FIELDS["to"], "--from", FIELDS["from"], cwd=tmp_path)
    assert cli.returncode == 0, cli.stderr
    for fmt in ("docx", "pdf"):
        assert (tmp_path / f"reviewed.{fmt}").read_bytes() == downloads[fmt], fmt
    assert len(agreement_rows(downloads["docx"])) == len(summary["agreements"])


def test_bare_summary_and_wrapped_summary_render_alike(client: TestClient):
    summary = parse(client, SAMPLE, SAMPLE_PUBLISHED)["summary"]
    bare = client.post("/api/render?format=docx", headers=AUTH, json=summary)
    wrapped = client.post("/api/render?format=docx", headers=AUTH, json={"summary": summary})
    assert bare.content == wrapped.content


def test_invalid_values_use_the_yaml_review_wording(client: TestClient, tmp_path: Path):
    summary = parse(client, SAMPLE, SAMPLE_PUBLISHED)["summary"]
    summary["date"] = "2024-13-01"
    summary["follow_ups"][0]["owner"] = 5
    checked = client.post("/api/check", headers=AUTH, json=summary).json()["errors"]
    by_loc = {tuple(e["loc"]): e["message"] for e in checked}
    date_message = '"2024-13-01" is not a date; write it as YYYY-MM-DD, e.g. 2024-05-23'
    assert by_loc[("date",)] == date_message
    assert by_loc[("follow_ups", 0, "owner")].startswith("expected text, got the number 5")
    # the same wording as `briefgen render` on an edited YAML with that date
    yaml_text = client.post("/api/render?format=yaml", headers=AUTH,
                            json=parse(client, SAMPLE, SAMPLE_PUBLISHED)["summary"]).text
    bad = yaml_text.replace("date: 2025-04-16", "date: 2024-13-01", 1)
    assert bad != yaml_text
    (tmp_path / "bad.yaml").write_text(bad, encoding="utf-8")
    cli = run_cli("render", "bad.yaml", cwd=tmp_path)
    assert f"date: {date_message}" in cli.stderr.decode()
    # and rendering the invalid summary is refused with that message, as a JSON error
    response = client.post("/api/render?format=docx", headers=AUTH, json=summary)
    assert response.status_code == 400
    assert f"date: {date_message}" in response.json()["error"]
    assert response.json()["error"].startswith("summary:")


def test_a_release_named_in_another_script_downloads_under_its_name(client: TestClient):
    path = SAMPLES / "non-latin-names.txt"
    response = client.post("/api/parse", headers=AUTH, data={"published": "2025-03-01"},
                           files=[("files", ("визит.txt", path.read_bytes(), "text/plain"))])
    assert response.status_code == 200
    download = client.post("/api/render?format=yaml", headers=AUTH,
                           json=response.json()["summary"])
    assert download.status_code == 200
    assert download.headers["content-disposition"] == (
        "attachment; filename=\"_____.yaml\"; "
        "filename*=UTF-8''%D0%B2%D0%B8%D0%B7%D0%B8%D1%82.yaml")


def test_unknown_format_is_refused(client: TestClient):
    response = client.post("/api/render?format=exe", headers=AUTH, json={})
    assert response.status_code == 400
    assert "unknown format 'exe'" in response.json()["error"]


def test_serve_without_the_extra_says_how_to_install_it():
    import subprocess

    code = ("import sys\n"
            "for name in ('starlette', 'uvicorn', 'python_multipart', 'multipart'):\n"
            "    sys.modules[name] = None\n"
            "sys.argv = ['briefgen', 'serve', '--no-open']\n"
            "from briefgen.run.cli import main\n"
            "main()\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert done.returncode != 0
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1
    assert "pip install 'briefgen[serve]'" in lines[0]
