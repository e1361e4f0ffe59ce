"""Throughput and peak memory of the `sitrep code` command, as a user runs it.

    .venv/bin/python benchmarks/coding/bench_code_cli.py [--docs 2000] [--workers 0] [--cores 2]

Writes ``bench_throughput.py``'s generated ~300-word articles (60% with an
event) to a file, runs ``sitrep code`` on it in a subprocess pinned to
``--cores`` CPUs, and reports documents per second over the whole command
(start-up, model loading, geocoding and output included). Memory is the peak
of the summed resident memory of the command and all its worker processes,
sampled every 50 ms from /proc (``/usr/bin/time`` shows only the largest one
process), and the same for proportional set size, which counts a page shared
between processes once.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_throughput import make_articles  # noqa: E402

SITREP = Path(sys.executable).with_name("sitrep")


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                parent = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(children.get(p, []))
    return found


def _memory_kb(pids: list[int]) -> tuple[int, int]:
    """Summed (RSS, PSS) in kB of the processes still alive."""
    rss = pss = 0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            continue
    return rss, pss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--event-share", type=float, default=0.6)
    parser.add_argument("--workers", type=int, default=0, help="passed to sitrep code (0: its default)")
    parser.add_argument("--cores", type=int, default=2)
    args = parser.parse_args()
    articles = make_articles(args.docs, args.event_share)
    with tempfile.TemporaryDirectory() as tmp:
        path, out = Path(tmp) / "articles.jsonl", Path(tmp) / "coded.jsonl"
        path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
        command = [str(SITREP), "code", str(path), "--out", str(out), "--workers", str(args.workers)]
        if hasattr(os, "sched_setaffinity"):
            cpus = sorted(os.sched_getaffinity(0))[: args.cores]
            command = ["taskset", "-c", ",".join(map(str, cpus)), *command]
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        peak_rss = peak_pss = processes = 0
        while process.poll() is None:
            pids = _tree(process.pid)
            rss, pss = _memory_kb(pids)
            peak_rss, peak_pss, processes = max(peak_rss, rss), max(peak_pss, pss), max(processes, len(pids))
            time.sleep(0.05)
        seconds = time.perf_counter() - started
        if process.returncode:
            raise SystemExit(f"sitrep code failed ({process.returncode}): {process.stderr.read()[-2000:]}")
        events = sum(len(json.loads(line).get("events", ())) for line in out.open(encoding="utf-8"))
    print(json.dumps({
        "docs": args.docs, "events": events, "workers": args.workers, "cores": args.cores,
        "seconds": round(seconds, 2), "docs_per_second": round(args.docs / seconds, 1),
        "peak_rss_mb_all_processes": round(peak_rss / 1024), "peak_pss_mb_all_processes": round(peak_pss / 1024),
        "processes": processes,
    }))


if __name__ == "__main__":
    main()
