#!/usr/bin/env python3
"""Measures `weave serve`: the time from saving a prose edit to the new page being served.

Generates the 50-note course of site_bench.py, starts `weave serve` on a free port, then repeatedly
edits one paragraph of a note, and from the moment the file is written polls the page (every 5 ms)
until the edit appears. Prints the median and the slowest of those latencies, the same for a cell
edit (which re-runs that note's cells, and only that note's), the median build time the server logged
for the prose edits, and checks that Ctrl-C ends the server with status 0.

Run from the package root after `swift build --product weave` (or pass --weave PATH):
    python3 bench/serve_latency.py
"""
import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from site_bench import write_course  # noqa: E402


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def wait_for(url, marker, timeout=60):
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if marker in fetch(url):
            return time.perf_counter()
        time.sleep(0.005)
    sys.exit(f"{marker} never appeared at {url}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--weave", default=".build/debug/weave")
    parser.add_argument("--edits", type=int, default=15)
    args = parser.parse_args()
    weave = os.path.abspath(args.weave)
    work = tempfile.mkdtemp(prefix="weave-serve-bench-")
    server = None
    try:
        notes = os.path.join(work, "notes")
        write_course(notes)
        server = subprocess.Popen([weave, "serve", notes, "--port", "0", "-o", os.path.join(work, "build")],
                                  cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = server.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not match:
            sys.exit(f"weave serve did not start: {line}{server.stderr.read()}")
        base = f"http://127.0.0.1:{match.group(1)}/"

        def edit(path, old, new):
            text = open(path).read()
            assert old in text, old
            with open(path, "w") as f:
                f.write(text.replace(old, new, 1))
            return time.perf_counter()

        prose = []
        page = os.path.join(notes, "01-note.md")
        previous = "设损失 $L"
        for k in range(args.edits):
            marker = f"设第{k}次损失 $L"
            saved = edit(page, previous, marker)
            prose.append(wait_for(base + "01-note.html", f"设第{k}次损失") - saved)
            previous = marker
            time.sleep(0.3)

        cells = []
        page = os.path.join(notes, "05-note.md")
        previous = "w1.grad!\n"
        for k in range(8):
            marker = f"print(\"cell edit {k}\")\nw1.grad!\n"
            saved = edit(page, previous, marker)
            cells.append(wait_for(base + "05-note.html", f"cell edit {k}") - saved)
            previous = marker
            time.sleep(0.3)

        server.send_signal(signal.SIGINT)
        code = server.wait(timeout=10)
        log = server.stderr.read()
        # The edited page changes, and with it the print page (the whole course on one page).
        builds = [float(s) for s in re.findall(r"^build \d+: ([\d.]+) s, \d+ pages? changed \([^)]*01-note", log, re.M)]
        # Notes whose cells ran (not answered from the cache), after the first build's 10.
        ran = [os.path.basename(p) for p in re.findall(r"^(\S+\.md): (?:done|FAILED) \(\d+ cells.*; \d+\.\d s\)", log, re.M)]
        print(f"prose_edit_to_served_median_s: {statistics.median(prose):.3f}")
        print(f"prose_edit_to_served_max_s: {max(prose):.3f}")
        print(f"prose_edits: {len(prose)}")
        print(f"prose_edit_build_median_s: {statistics.median(builds):.3f}")
        print(f"cell_edit_to_served_median_s: {statistics.median(cells):.3f}")
        print(f"notes_run_by_the_cell_edits: {' '.join(ran[10:])}")
        print(f"exit_status_after_ctrl_c: {code}")
    finally:
        if server and server.poll() is None:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
