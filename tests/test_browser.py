"""End to end in a real headless Chromium (Debian's `chromium`, driven by Playwright): the served app answers
a shared link and the matrix page downloads its Excel file. Screenshots and what the browser saw go to
tests/screenshots/ (git-ignored). .ci/run installs Chromium; without it this test is skipped, saying why."""
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from conftest import ROOT

pytestmark = pytest.mark.browser
SHOTS = ROOT / "tests" / "screenshots"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    if not shutil.which("chromium"):
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium; .ci/run does it)")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
                             "--server.headless", "true", "--browser.gatherUsageStats", "false"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("the app did not start: " + proc.stdout.read().decode("utf-8", "replace")[-2000:])
    yield url
    proc.terminate()
    proc.wait(timeout=20)


def test_shared_link_and_matrix_download(server, tmp_path):
    from openpyxl import load_workbook
    from playwright.sync_api import sync_playwright
    SHOTS.mkdir(exist_ok=True)
    seen = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1800}, accept_downloads=True)
        page.goto(f"{server}/?q=谁负责工程质量投诉处理", wait_until="domcontentloaded")
        page.get_by_text("区住建委、区运管局、区水务局和各街道园区等按职责分工负责").first.wait_for(timeout=120_000)
        page.get_by_text("（十三）").first.wait_for(timeout=30_000)
        answer = page.get_by_text("据《东丽区质量强区建设实施方案》").first.inner_text()
        for body in ["区住建委", "区运管局", "区水务局", "各街道园区"]:   # elements stream in: wait for each
            page.get_by_role("link", name=body).first.wait_for(timeout=30_000)
        seen["ask"] = {"title": page.title(), "answer": answer, "bodies_shown_as_links": [
                       b for b in ["区住建委", "区运管局", "区水务局", "各街道园区"]
                       if page.get_by_role("link", name=b).count()]}
        page.screenshot(path=str(SHOTS / "ask.png"), full_page=True)

        page.goto(f"{server}/matrix", wait_until="domcontentloaded")
        button = page.get_by_role("button", name="下载 Excel")
        button.wait_for(timeout=120_000)
        with page.expect_download(timeout=60_000) as info:
            button.click()
        path = tmp_path / "matrix.xlsx"
        info.value.save_as(path)
        sheet = load_workbook(path).active
        header = [c.value for c in sheet[1]]
        seen["matrix"] = {"title": page.title(), "download": info.value.suggested_filename,
                          "rows": sheet.max_row - 1, "header": header[:6]}
        page.screenshot(path=str(SHOTS / "matrix.png"), full_page=True)
        browser.close()
    (SHOTS / "seen.json").write_text(json.dumps(seen, ensure_ascii=False, indent=1), encoding="utf-8")
    assert "区住建委" in seen["ask"]["answer"] and "（十三）" in seen["ask"]["answer"]
    assert seen["matrix"]["rows"] == 27 and header[:3] == ["编号", "条目", "部分"] and "区住建委" in header
