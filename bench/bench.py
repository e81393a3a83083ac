#!/usr/bin/env python3
"""Side-by-side build benchmark: Annals against Hugo on the same generated corpus.

Generates the corpora (bench/corpus/gen_corpus.py), builds each size with the Release build of
Annals (published as a native, ahead-of-time binary, as a site's CI would install it, and run directly,
not through `dotnet run`; `--ready-to-run` publishes the managed ReadyToRun build instead) and with Hugo,
alternating A B A B so both see the same machine load, and prints medians, peak memory and the
Annals/Hugo ratio. Also measures a warm Annals rebuild (nothing changed, on-disk cache kept) and a
rebuild after one post was edited (a new process that copies the unchanged pages from the last build).

    python3 bench/bench.py                       # 1,000 and 10,000 items, 5 runs each
    python3 bench/bench.py --sizes 10000,100000 --runs 1 --no-hugo

Output goes to tmpfs (/dev/shm) so the disk is not what is measured.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GENERATOR = REPO / "bench" / "corpus" / "gen_corpus.py"


def run_measured(command: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """Runs a command; returns (wall seconds, peak resident memory in MiB) of that process tree's largest process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"command failed ({code}): {' '.join(command)}\n{stderr[-4000:]}")
    return elapsed, usage.ru_maxrss / 1024


def ensure_corpus(size: int, seed: int, work: Path, hugo: bool) -> tuple[Path, Path]:
    annals_dir = work / f"corpus{size}"
    hugo_dir = work / f"hugo{size}"
    if not (annals_dir / "input").is_dir() or (hugo and not (hugo_dir / "hugo.toml").is_file()):
        print(f"generating the {size:,}-item corpus in {work}")
        shutil.rmtree(annals_dir, ignore_errors=True)
        shutil.rmtree(hugo_dir, ignore_errors=True)
        command = [sys.executable, str(GENERATOR), "--posts", str(size), "--seed", str(seed), "--out", str(annals_dir)]
        if hugo:
            command += ["--hugo", str(hugo_dir)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return annals_dir, hugo_dir


def annals_command(annals: Path, corpus: Path, output: Path, cache: Path) -> list[str]:
    program = ["dotnet", str(annals)] if annals.suffix == ".dll" else [str(annals)]
    return [*program, "build", "--input", str(corpus / "input"), "--theme", str(REPO / "theme"),
            "--output", str(output), "--cache", str(cache)]


def hugo_command(site: Path, output: Path) -> list[str]:
    return ["hugo", "--quiet", "--ignoreCache", "--source", str(site), "--destination", str(output)]


def publish_annals(work: Path, ready_to_run: bool) -> Path:
    """Publishes the current source compiled ahead of time: natively (no JIT at all: a 10k cold build about a fifth
    faster), or as ReadyToRun managed code (start-up JIT is then most of a no-change build)."""
    if ready_to_run:
        folder = work / "annals-r2r"
        print("publishing Annals (Release, ReadyToRun)")
        subprocess.run(["dotnet", "publish", str(REPO / "src" / "Annals.Cli"), "-c", "Release", "-r", "linux-x64",
                        "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", str(folder)],
                       check=True, stdout=subprocess.DEVNULL)
        return folder / "annals.dll"
    folder = work / "annals-native"
    print("publishing Annals (Release, native)")
    subprocess.run(["dotnet", "publish", str(REPO / "src" / "Annals.Cli"), "-c", "Release", "-r", "linux-x64",
                    "-p:PublishAot=true", "-o", str(folder)],
                   check=True, stdout=subprocess.DEVNULL)
    return folder / "annals"


def ensure_tools(hugo: bool, native: bool) -> None:
    wanted = []
    if hugo and shutil.which("hugo") is None:
        wanted.append("hugo")
    if native and shutil.which("clang") is None:
        wanted.append("clang")  # the native compiler links with clang
    if wanted:
        print("installing from Debian: " + ", ".join(wanted))
        # A fresh machine has no package lists yet: without the update, apt finds neither package.
        subprocess.run(["apt-get", "update"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", *wanted], check=True)


def median_text(values: list[float], unit: str, digits: int) -> str:
    spread = f" ({min(values):.{digits}f}–{max(values):.{digits}f})" if len(values) > 1 else ""
    return f"{statistics.median(values):.{digits}f} {unit}{spread}"


def bench_size(size: int, args: argparse.Namespace) -> dict[str, list[float]]:
    corpus, hugo_site = ensure_corpus(size, args.seed, args.work, not args.no_hugo)
    scratch = Path(args.tmpfs) / f"annals-bench-{size}"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    results: dict[str, list[float]] = {"annals": [], "annals_mem": [], "hugo": [], "hugo_mem": [], "warm": [], "warm_mem": [],
                                       "edited": []}
    posts = sorted((corpus / "input" / "posts").rglob("*.md"))
    edited_post = posts[len(posts) // 2]
    original = edited_post.read_text(encoding="utf-8")
    for run in range(args.runs):
        cache = scratch / "cache"
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(scratch / "out", ignore_errors=True)
        seconds, memory = run_measured(annals_command(args.annals, corpus, scratch / "out", cache))
        results["annals"].append(seconds)
        results["annals_mem"].append(memory)
        seconds, memory = run_measured(annals_command(args.annals, corpus, scratch / "out", cache))
        results["warm"].append(seconds)
        results["warm_mem"].append(memory)
        try:
            edited_post.write_text(original + f"\nA paragraph added in run {run + 1}.\n", encoding="utf-8")
            seconds, _ = run_measured(annals_command(args.annals, corpus, scratch / "out", cache))
            results["edited"].append(seconds)
        finally:
            edited_post.write_text(original, encoding="utf-8")
        if not args.no_hugo:
            shutil.rmtree(scratch / "hugo-out", ignore_errors=True)
            seconds, memory = run_measured(hugo_command(hugo_site, scratch / "hugo-out"))
            results["hugo"].append(seconds)
            results["hugo_mem"].append(memory)
        line = (f"  {size:,} items, run {run + 1}: Annals cold {results['annals'][-1]:.2f} s, warm {results['warm'][-1]:.2f} s, "
                f"one post edited {results['edited'][-1]:.2f} s")
        if not args.no_hugo:
            line += f", Hugo {results['hugo'][-1]:.2f} s"
        print(line, flush=True)
    shutil.rmtree(scratch, ignore_errors=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated item counts (default 1000,10000)")
    parser.add_argument("--runs", type=int, default=5, help="alternating runs per size (default 5)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--work", type=Path, default=Path("/tmp/annals-bench"), help="where corpora are generated")
    parser.add_argument("--tmpfs", default="/dev/shm", help="where outputs are written")
    parser.add_argument("--no-hugo", action="store_true", help="build with Annals only")
    parser.add_argument("--ready-to-run", action="store_true", help="measure the managed ReadyToRun build, not the native one")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    ensure_tools(not args.no_hugo, not args.ready_to_run)
    args.annals = publish_annals(args.work, args.ready_to_run)

    table = ["| items | Annals cold | Annals warm (no change) | Annals, one post edited | Annals peak memory | Hugo | Hugo peak memory | time ratio | memory ratio |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for size in (int(s) for s in args.sizes.split(",")):
        r = bench_size(size, args)
        hugo_time = median_text(r["hugo"], "s", 2) if r["hugo"] else "—"
        hugo_mem = median_text(r["hugo_mem"], "MiB", 0) if r["hugo"] else "—"
        ratio = f"{statistics.median(r['annals']) / statistics.median(r['hugo']):.2f}" if r["hugo"] else "—"
        mem_ratio = f"{statistics.median(r['annals_mem']) / statistics.median(r['hugo_mem']):.2f}" if r["hugo"] else "—"
        table.append(f"| {size:,} | {median_text(r['annals'], 's', 2)} | {median_text(r['warm'], 's', 2)} | {median_text(r['edited'], 's', 2)} | "
                     f"{median_text(r['annals_mem'], 'MiB', 0)} | {hugo_time} | {hugo_mem} | {ratio} | {mem_ratio} |")
    print()
    print(f"medians of {args.runs} alternating runs (range in brackets), {os.cpu_count()} cores, output on {args.tmpfs}")
    print("\n".join(table))


if __name__ == "__main__":
    main()
