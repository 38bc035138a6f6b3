"""Real headless Chromium (Debian's /usr/bin/chromium, installed by scripts/install-browser)
driven by Playwright. Every request the page makes is routed: anything that is not a
file: or data: URL is aborted and recorded, and so is every console error."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("MIGRATE_KIT_CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def _missing(reason: str):
    # Never skip: a browser test that does not run hides a failure. scripts/test installs both.
    pytest.fail(f"browser tests cannot run: {reason} (run scripts/test, or scripts/install-browser)")


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed (pip install -e '.[test]')")
    if not CHROMIUM.exists():
        _missing(f"{CHROMIUM} is missing (scripts/install-browser)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@dataclass
class Visit:
    page: object
    errors: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture
def visit(browser):
    """visit(path) -> Visit: the page loaded from a file: URL, watched."""
    contexts = []

    def open_report(path: Path, width: int = 1400, height: int = 1000) -> Visit:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        seen = Visit(page)

        def route(route):
            url = route.request.url
            if url.startswith(("file:", "data:")):
                route.continue_()
            else:
                seen.outside.append(url)
                route.abort()

        page.route("**/*", route)
        page.on("request", lambda request: seen.requests.append(request.url))
        page.on("console", lambda message: seen.errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: seen.errors.append(str(error)))

        def dialog(d):
            seen.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", dialog)
        page.goto(path.resolve().as_uri(), wait_until="load")
        return seen

    yield open_report
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
