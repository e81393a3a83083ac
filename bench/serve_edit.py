#!/usr/bin/env python3
"""Measures `annals serve` from a file save to the browser's reload event, on a generated corpus.

Starts the Release build of `annals serve` on the corpus, listens to the live-reload event stream as a browser
does, then edits one post N times and prints, for each edit, the time from the save to the 'reload' event and
to the edited page being served with the new title.

    python3 bench/serve_edit.py --corpus /tmp/annals-bench/corpus10000 --edits 10
"""
from __future__ import annotations

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# ANNALS_DLL picks another build of annals, to compare two versions on the same machine: a managed annals.dll, or
# the native binary (bench.py publishes it to /tmp/annals-bench/annals-native/annals).
ANNALS_DLL = Path(os.environ.get("ANNALS_DLL", REPO / "src" / "Annals.Cli" / "bin" / "Release" / "net10.0" / "annals.dll"))


def wait_ready(port: int, timeout: float) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    sys.exit("annals serve did not answer in time")


def listen(port: int, events: list[float], stop: threading.Event) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.request("GET", "/_annals/events", headers={"Accept": "text/event-stream"})
    response = connection.getresponse()
    while not stop.is_set():
        line = response.readline()
        if not line:
            return
        if line.startswith(b"event: reload") or line.startswith(b"data: reload"):
            events.append(time.perf_counter())


def page_has(port: int, url: str, text: str) -> bool:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.request("GET", url)
    return text in connection.getresponse().read().decode("utf-8", "replace")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="a folder with input/ (bench/bench.py makes them)")
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--port", type=int, default=5097)
    parser.add_argument("--pause", type=float, default=1.5, help="seconds between a reload and the next save")
    parser.add_argument("--log", type=Path, help="keep what `annals serve --verbose` prints in this file")
    args = parser.parse_args()

    posts = sorted((args.corpus / "input" / "posts").rglob("*.md"))
    post = posts[len(posts) // 2]
    original = post.read_text(encoding="utf-8")
    program = ["dotnet", str(ANNALS_DLL)] if ANNALS_DLL.suffix == ".dll" else [str(ANNALS_DLL)]
    command = [*program, "serve", "--input", str(args.corpus / "input"),
               "--theme", str(REPO / "theme"), "--port", str(args.port)]
    log = args.log.open("w", encoding="utf-8") if args.log else subprocess.DEVNULL
    server = subprocess.Popen(command + (["--verbose"] if args.log else []), stdout=log, stderr=subprocess.STDOUT)
    events: list[float] = []
    stop = threading.Event()
    try:
        wait_ready(args.port, 300)
        threading.Thread(target=listen, args=(args.port, events, stop), daemon=True).start()
        time.sleep(2)
        to_event, to_page = [], []
        for edit in range(args.edits):
            marker = f"Edited title {edit} {os.getpid()}"
            lines = original.split("\n")
            lines = [f"title: {marker}" if line.startswith("title:") else line for line in lines]
            seen = len(events)
            saved = time.perf_counter()
            post.write_text("\n".join(lines), encoding="utf-8")
            while len(events) == seen and time.perf_counter() - saved < 30:
                time.sleep(0.002)
            if len(events) == seen:
                sys.exit("no reload event within 30 s")
            to_event.append(events[seen] - saved)
            to_page.append(time.perf_counter() - saved)
            print(f"edit {edit + 1}: reload event after {to_event[-1] * 1000:.0f} ms", flush=True)
            time.sleep(args.pause)
        print(f"median save → reload event: {statistics.median(to_event) * 1000:.0f} ms "
              f"(min {min(to_event) * 1000:.0f}, max {max(to_event) * 1000:.0f}) over {args.edits} edits")
    finally:
        post.write_text(original, encoding="utf-8")
        stop.set()
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
