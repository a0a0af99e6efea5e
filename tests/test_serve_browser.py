"""The review page in a real browser: headless Chromium from the system packages.

One browser session walks the reviewer's path (load, upload a sample, delete an agreement
with the keyboard, edit a follow-up, see an invalid date explained, reload, download the
DOCX) and checks the downloaded file with python-docx. Skips only when Chromium or its
driver is not installed (``.ci/run`` installs them); no browser is ever downloaded.

``BRIEFGEN_SCREENSHOT=path`` saves the page with the sample loaded there (that is how
docs/img/review-page.png is made).
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLES
from test_serve_process import Server, start_server, stop

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver") or (
    "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None)
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="chromium and chromium-driver not installed")
webdriver = pytest.importorskip("selenium.webdriver")

from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

SAMPLE = SAMPLES / "state-visit-memoranda.txt"
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-dev-shm-usage", "--window-size=1400,1000")


def wait_for(check: Callable[[], Any], timeout: float = 15, what: str = "") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = check()
        except Exception:  # noqa: BLE001 - the page may be re-rendering
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or check}")
        time.sleep(0.1)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    srv = start_server()
    yield srv
    stop(srv)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Path]]:
    downloads = tmp_path_factory.mktemp("downloads")
    profile = tempfile.mkdtemp(prefix="briefgen-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads), "download.prompt_for_download": False})
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    driver.execute_cdp_cmd("Page.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})
    try:
        yield driver, downloads
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def items(driver: Any, section: str) -> list[Any]:
    return driver.find_elements(By.CSS_SELECTOR, f'.item[data-section="{section}"]')


def test_review_in_the_browser(server: Server, browser: tuple[Any, Path]):
    import docx

    driver, downloads = browser
    driver.get(server.url)
    assert "briefgen" in driver.title
    wait_for(lambda: "token" not in driver.current_url, what="token dropped from the URL")

    # upload a sample release
    driver.find_element(By.ID, "published").send_keys("2025-04-17")
    driver.find_element(By.ID, "files").send_keys(str(SAMPLE))
    wait_for(lambda: "Parsed" in driver.find_element(By.ID, "status").text, what="parse")
    agreements = items(driver, "agreements")
    assert len(agreements) == 5
    sentences = driver.find_elements(By.CSS_SELECTOR, "#release .sent")
    assert sentences[0].find_element(By.CSS_SELECTOR, ".sno").text == "S1"
    marks = driver.find_elements(By.CSS_SELECTOR, '.item[data-section="agreements"] mark')
    assert len(marks) >= 5 and all(m.text for m in marks)
    # the picture: a tall window, the first agreement focused so its sentence is lit
    driver.set_window_size(1400, 1500)
    driver.execute_script("arguments[0].focus({preventScroll: true})", agreements[0])
    wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#release .sent.lit"), what="lit")
    if os.environ.get("BRIEFGEN_SCREENSHOT"):
        driver.save_screenshot(os.environ["BRIEFGEN_SCREENSHOT"])
    shot = driver.get_screenshot_as_png()
    driver.set_window_size(1400, 1000)
    _assert_not_blank(shot)

    # delete the second agreement with the keyboard: focus the item, press Delete
    doomed = agreements[1].find_element(By.CSS_SELECTOR, "input").get_attribute("value")
    driver.execute_script("arguments[0].focus()", agreements[1])
    driver.switch_to.active_element.send_keys(Keys.DELETE)
    wait_for(lambda: len(items(driver, "agreements")) == 4, what="agreement deleted")
    active = driver.switch_to.active_element
    assert active.get_attribute("data-section") == "agreements"  # focus stays in the list
    assert "Agreement 2 of 4" in active.get_attribute("aria-label")

    # edit the first follow-up's owner and due date in place
    follow_up = items(driver, "follow_ups")[0]
    owner = follow_up.find_element(By.CSS_SELECTOR, ".field-owner input")
    owner.clear()
    owner.send_keys("Ministry of Foreign Affairs")
    due = follow_up.find_element(By.CSS_SELECTOR, ".field-due input")
    due.clear()
    due.send_keys("by 30 June 2025")

    # an invalid date is explained beside the field, in the YAML review's words
    date = driver.find_element(By.CSS_SELECTOR, """input[data-loc='["date"]']""")
    date.send_keys(Keys.CONTROL, "a")
    date.send_keys("2025-13-40")
    error = wait_for(lambda: driver.find_element(
        By.ID, date.get_attribute("aria-describedby")).text, what="date error")
    assert error == '"2025-13-40" is not a date; write it as YYYY-MM-DD, e.g. 2024-05-23'
    assert date.get_attribute("aria-invalid") == "true"
    date.send_keys(Keys.CONTROL, "a")
    date.send_keys("2025-04-16")
    wait_for(lambda: date.get_attribute("aria-invalid") is None, what="error cleared")

    # add an outcome from words selected in the release: it cites their sentence
    driver.execute_script("""
        const text = document.querySelector('#r0-s9 .st').firstChild;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, 24);
        getSelection().removeAllRanges();
        getSelection().addRange(range);""")
    time.sleep(0.2)  # selectionchange is delivered asynchronously
    picked = driver.execute_script("return getSelection().toString()")
    driver.find_element(By.CSS_SELECTOR, 'section[data-section="outcomes"] .add').click()
    added = wait_for(lambda: items(driver, "outcomes")[-1], what="added outcome")
    assert added.find_element(By.CSS_SELECTOR, "input").get_attribute("value") == picked
    assert added.find_element(By.CSS_SELECTOR, ".ref").text == "S10"
    assert added.find_element(By.CSS_SELECTOR, "mark").text == picked

    # a reload loses no edit
    driver.refresh()
    wait_for(lambda: len(items(driver, "agreements")) == 4, what="restored summary")
    restored = items(driver, "follow_ups")[0].find_element(By.CSS_SELECTOR, ".field-owner input")
    assert restored.get_attribute("value") == "Ministry of Foreign Affairs"

    # readable at 200% zoom: half the width, one column, nothing cut off sideways
    driver.set_window_size(700, 1000)
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    driver.set_window_size(1400, 1000)

    # download the DOCX and read the edits back from it
    driver.find_element(By.CSS_SELECTOR, 'button[data-format="docx"]').click()
    path = downloads / "state-visit-memoranda.docx"
    wait_for(lambda: path.exists() and path.stat().st_size > 0
             and not list(downloads.glob("*.crdownload")), what="DOCX download")
    document = docx.Document(io.BytesIO(path.read_bytes()))
    tables = {tuple(c.text for c in t.rows[0].cells): t for t in document.tables}
    agreements_table = tables[("#", "Document", "Ref.")]
    texts = [row.cells[1].text for row in agreements_table.rows[1:]]
    assert len(texts) == 4
    assert all(doomed.lower() not in t.lower() for t in texts)
    follow_ups = tables[("#", "Action", "Owner", "Due", "Ref.")]
    first = [c.text for c in follow_ups.rows[1].cells]
    assert first[2] == "Ministry of Foreign Affairs"
    assert first[3] == "by 30 June 2025"
    paragraphs = [p.text for p in document.paragraphs]
    assert any(picked in p for p in paragraphs), "added outcome missing from the DOCX"
    assert driver.find_element(By.ID, "problem").get_attribute("hidden") is not None


def _assert_not_blank(png: bytes) -> None:
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("L")
    low, high = image.getextrema()
    assert high - low > 100, "screenshot is blank"
    assert len(image.getcolors(maxcolors=1 << 16) or range(1 << 16)) > 50
