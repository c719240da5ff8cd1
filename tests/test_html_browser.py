"""The HTML report in headless Chromium: the matrix, details on demand, no script, no network.

Needs Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them). Without them
these tests skip, unless CLAIMTRACK_REQUIRE_BROWSER=1, where a missing browser is a failure.
Screenshots go to tests/artifacts/ (gitignored) for a person to look at.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimtrack import build_report
from claimtrack.models import Report, Verdict
from claimtrack.render import ReportFormat, render_report
from test_html import IRAN_TALKS, fixture_report

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
REQUIRED = os.environ.get("CLAIMTRACK_REQUIRE_BROWSER") == "1"

webdriver: Any
try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
except ImportError:  # pragma: no cover - selenium is in the test extra
    webdriver = None


def _missing() -> str | None:
    if webdriver is None:
        return "selenium is not installed (pip install -e '.[test]')"
    for binary in (CHROMIUM, CHROMEDRIVER):
        if not binary.exists():
            return f"{binary} not found: apt-get install chromium chromium-driver"
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    reason = _missing()
    if reason:
        if REQUIRED:
            pytest.fail(f"CLAIMTRACK_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--window-size=1280,900",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    # An explicit driver path keeps Selenium Manager from downloading anything.
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def write_report(report: Report, path: Path) -> Path:
    path.write_text(render_report(report, ReportFormat.HTML), encoding="utf-8")
    return path


@pytest.fixture
def fixture_page(browser: Any, tmp_path: Path) -> Iterator[tuple[Any, Report]]:
    report = fixture_report()
    page = write_report(report, tmp_path / "report.html")
    browser.get_log("performance")  # drop what earlier tests left
    browser.get(page.as_uri())
    yield browser, report


def test_matrix_has_one_row_per_cluster_and_one_column_per_source(
    fixture_page: tuple[Any, Report],
) -> None:
    driver, report = fixture_page
    rows = driver.find_elements(By.CSS_SELECTOR, "#matrix tbody tr")
    assert len(rows) == len(report.clusters)
    headers = driver.find_elements(By.CSS_SELECTOR, "#matrix thead button.source")
    assert [h.get_attribute("aria-label") for h in headers] == [
        "Coastal Times",
        "North Ledger",
        "Bay Wire, copy of North Ledger",
    ]
    assert all(len(r.find_elements(By.CSS_SELECTOR, "td:not(.n)")) == 3 for r in rows)
    assert all(r.get_attribute("tabindex") == "0" for r in rows)
    assert all(r.get_attribute("aria-controls") == "details" for r in rows)


def test_conflict_row_is_marked_and_clicking_it_shows_both_wordings(
    fixture_page: tuple[Any, Report],
) -> None:
    driver, _ = fixture_page
    panel = driver.find_element(By.ID, "details")
    assert not panel.is_displayed()
    row = driver.find_element(By.CSS_SELECTOR, "#matrix tbody tr")
    assert row.get_attribute("data-verdict") == "conflict"
    assert row.find_element(By.CSS_SELECTOR, ".verdict").text.endswith("Conflict")
    contradicting = row.find_elements(By.CSS_SELECTOR, "td.x")
    assert len(contradicting) == 2
    # The stance shows as a symbol, not only as a colour.
    symbol = driver.execute_script(
        "return getComputedStyle(arguments[0], '::before').content", contradicting[0]
    )
    assert "✕" in symbol
    row.click()
    assert panel.is_displayed()
    assert row.get_attribute("aria-expanded") == "true"
    text = panel.text
    assert "The ferry carried 120 passengers on its first trip." in text
    assert "The ferry \U0001f6a2 carried 150 passengers on its first trip." in text
    assert "NUMERIC" in text.upper() and "120 passengers vs 150 passengers" in text
    assert "North Ledger · 2026-03-02" in text and "Coastal Times · 2026-03-04" in text
    # Offsets count code points: the emoji before 150 must not shift its mark.
    marks = {m.text for m in panel.find_elements(By.CSS_SELECTOR, ".conflict-box .said mark")}
    assert marks == {"120", "150"}
    assert "2026-03-02: North Ledger (first)" in text


def test_keyboard_opens_a_row_and_escape_closes_it(fixture_page: tuple[Any, Report]) -> None:
    driver, _ = fixture_page
    rows = driver.find_elements(By.CSS_SELECTOR, "#matrix tbody tr")
    driver.execute_script("arguments[0].focus()", rows[0])
    driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    assert driver.switch_to.active_element == rows[1]
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    panel = driver.find_element(By.ID, "details")
    assert "Officials said the harbour authority reopened" in panel.text
    assert "attributed to Officials" in panel.text
    assert "Other differences (not contradictions)" in panel.text
    assert "unattributed (North Ledger) vs Officials said (Coastal Times)" in panel.text
    assert "Why they conflict" not in panel.text
    assert "asserted: North Ledger, Bay Wire\nhedged: Coastal Times" in panel.text
    driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    assert not panel.is_displayed()
    assert driver.switch_to.active_element == rows[1]


def test_source_header_shows_that_articles_claims(fixture_page: tuple[Any, Report]) -> None:
    driver, _ = fixture_page
    driver.find_element(By.CSS_SELECTOR, 'button.source[data-source="0"]').click()
    panel = driver.find_element(By.ID, "details")
    assert panel.text.splitlines()[1] == "Coastal Times"
    items = panel.find_elements(By.CSS_SELECTOR, "li")
    assert len(items) == 4
    assert "https://example.org/ferry" in panel.text
    assert not panel.find_elements(By.CSS_SELECTOR, "a")  # the URL is text, not a link
    items[0].find_element(By.CSS_SELECTOR, "button.goto").click()
    assert "Why they conflict" in panel.text


def test_sorting_by_number_of_sources(fixture_page: tuple[Any, Report]) -> None:
    driver, _ = fixture_page

    def order() -> list[str]:
        rows = driver.find_elements(By.CSS_SELECTOR, "#matrix tbody tr")
        return [r.get_attribute("data-cluster") or "" for r in rows]

    assert order() == ["2", "1", "0", "3"]
    driver.find_element(By.CSS_SELECTOR, 'button.sort[data-sort="sources"]').click()
    assert order() == ["2", "1", "0", "3"]  # 3 sources (conflict before agree), then 1, 1
    driver.find_element(By.CSS_SELECTOR, 'button.sort[data-sort="sources"]').click()
    assert order() == ["0", "3", "2", "1"]
    header = driver.find_element(By.CSS_SELECTOR, "#matrix thead th.n")
    assert header.get_attribute("aria-sort") == "ascending"
    driver.find_element(By.CSS_SELECTOR, 'button.sort[data-sort="verdict"]').click()
    assert order() == ["2", "1", "0", "3"]
    driver.find_element(By.CSS_SELECTOR, 'button.sort[data-sort="verdict"]').click()
    assert order() == ["0", "3", "1", "2"]


def test_hostile_text_runs_nothing_and_shows_literally(fixture_page: tuple[Any, Report]) -> None:
    driver, _ = fixture_page
    assert driver.execute_script("return typeof window.pwned") == "undefined"
    matrix = driver.find_element(By.ID, "matrix").text
    assert "<script>window.pwned=1</script>" in matrix
    assert '<img src=x onerror="window.pwned=2"> and then </td> closed' in matrix
    for row in driver.find_elements(By.CSS_SELECTOR, "#matrix tbody tr"):
        row.click()  # the details panel builds its DOM from the same text
    panel = driver.find_element(By.ID, "details").text
    assert '<img src=x onerror="window.pwned=2">' in panel
    driver.find_element(By.CSS_SELECTOR, 'button.source[data-source="0"]').click()
    assert driver.execute_script("return typeof window.pwned") == "undefined"
    assert not driver.find_elements(By.CSS_SELECTOR, "img")
    assert len(driver.find_elements(By.CSS_SELECTOR, "script")) == 2
    violations = [e for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]
    assert violations == []  # our own script and style are allowed by their hashes


def test_no_request_leaves_the_page(fixture_page: tuple[Any, Report]) -> None:
    driver, _ = fixture_page
    for row in driver.find_elements(By.CSS_SELECTOR, "#matrix tbody tr"):
        row.click()
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    page_url = driver.current_url
    requested = [
        message["params"]["request"]["url"]
        for entry in driver.get_log("performance")
        if (message := json.loads(entry["message"])["message"])["method"]
        == "Network.requestWillBeSent"
    ]
    assert requested and set(requested) == {page_url}


def test_print_layout_shows_the_whole_matrix_without_controls(
    fixture_page: tuple[Any, Report],
) -> None:
    driver, _ = fixture_page
    driver.find_element(By.CSS_SELECTOR, "#matrix tbody tr").click()
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        style = driver.execute_script(
            "var q = function (s, p) { return getComputedStyle(document.querySelector(s))[p]; };"
            "return [q('.matrix-wrap', 'overflowX'), q('#matrix tbody th', 'position'),"
            " q('.details .close', 'display'), q('.matrix-section .hint', 'display'),"
            " q('#matrix td.x', 'printColorAdjust')]"
        )
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert style == ["visible", "static", "none", "none", "exact"]


def _screenshots(driver: Any, width: int, name: str) -> list[Path]:
    """What a reader sees at a CSS width: the first screen, the open details, the whole page.

    The first two are viewport-sized so a person can look at them; the full page is for
    scrolling through.
    """
    ARTIFACTS.mkdir(exist_ok=True)
    mobile = width < 600
    screen = {"width": width, "height": 844 if mobile else 900, "deviceScaleFactor": 1}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {**screen, "mobile": mobile})
    paths = [ARTIFACTS / f"{name}-{width}.png", ARTIFACTS / f"{name}-{width}-details.png"]
    driver.execute_script("window.scrollTo(0, 0)")
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0  # the matrix scrolls inside its own box, the page never sideways
    driver.save_screenshot(str(paths[0]))
    driver.execute_script("document.getElementById('details').scrollIntoView()")
    driver.save_screenshot(str(paths[1]))
    height = driver.execute_script("return document.documentElement.scrollHeight")
    # About the most Chromium captures in one piece.
    full = {**screen, "height": min(height, 16000), "mobile": mobile}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", full)
    paths.append(ARTIFACTS / f"{name}-{width}-full.png")
    driver.save_screenshot(str(paths[2]))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return paths


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots_of_the_fixture(fixture_page: tuple[Any, Report], width: int) -> None:
    driver, _ = fixture_page
    driver.find_element(By.CSS_SELECTOR, "#matrix tbody tr").click()
    for path in _screenshots(driver, width, "fixture"):
        assert path.stat().st_size > 1000


@pytest.mark.skipif(not IRAN_TALKS.is_dir(), reason="samples/iran-talks not in this checkout")
@pytest.mark.parametrize("width", [1280, 390])
def test_iran_talks_report_in_the_browser(browser: Any, tmp_path: Path, width: int) -> None:
    report = build_report([IRAN_TALKS])
    page = write_report(report, tmp_path / "iran-talks.html")
    assert page.stat().st_size < 300 * 1024
    browser.get(page.as_uri())
    rows = browser.find_elements(By.CSS_SELECTOR, "#matrix tbody tr")
    assert len(rows) == len(report.clusters)
    sources = {a.source for a in report.articles}
    assert len(browser.find_elements(By.CSS_SELECTOR, "#matrix thead button.source")) == len(
        sources
    )
    panel = browser.find_element(By.ID, "details")
    conflict = next((c for c in report.clusters if c.verdict is Verdict.CONFLICT), None)
    if conflict is not None:
        row = browser.find_element(By.CSS_SELECTOR, "#matrix tbody tr")
        assert row.get_attribute("data-verdict") == "conflict"  # conflicts first
        browser.find_element(
            By.CSS_SELECTOR, f'#matrix tbody tr[data-cluster="{report.clusters.index(conflict)}"]'
        ).click()
        shown = " ".join(panel.text.split())
        for claim_id in conflict.conflicts[0].claim_ids:
            assert " ".join(report.claim(claim_id).sentence.split()) in shown
    else:  # until the judge finds conflicts in the sample, show any row's details
        rows[0].click()
    assert panel.is_displayed()
    for path in _screenshots(browser, width, "iran-talks"):
        assert path.stat().st_size > 1000
    assert browser.execute_script("return typeof window.pwned") == "undefined"
