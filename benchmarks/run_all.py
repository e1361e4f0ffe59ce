"""Run every benchmark and keep each one's output in benchmarks/results/.

    make bench            # or: .venv/bin/python benchmarks/run_all.py [NAME ...]

The figures in benchmarks/README.md come from these outputs. Benchmarks that
need ../shared/data (the CASE and e2e_dev files) are skipped with a note when
it is absent; the project's own corpora are always there.
"""

from __future__ import annotations

import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "data"
RESULTS = HERE / "results"

BENCHMARKS: dict[str, tuple[list[str], bool]] = {
    # name: (arguments after the interpreter, needs ../shared/data)
    "e2e_dev": (["benchmarks/bench_e2e.py"], True),
    "e2e_project": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_project"], False),
    "e2e_blind": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind"], False),
    "e2e_blind2": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind2"], False),
    "e2e_blind3": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind3"], False),
    "e2e_blind4": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind4"], False),
    "e2e_blind5": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind5"], False),
    "e2e_blind6": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind6"], False),
    "e2e_blind7": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind7"], False),
    "e2e_blind8": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind8"], False),
    "e2e_blind9": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind9"], False),
    "e2e_blind10": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind10"], False),
    "e2e_blind11": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind11"], False),
    "e2e_blind12": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind12"], False),
    "e2e_blind13": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind13"], False),
    "e2e_blind14": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind14"], False),
    "e2e_blind15": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind15"], False),
    "e2e_blind16": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind16"], False),
    "e2e_blind17": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind17"], False),
    "e2e_blind18": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind18"], False),
    "e2e_blind19": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind19"], False),
    "e2e_blind20": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind20"], False),
    "e2e_blind21": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind21"], False),
    "e2e_blind22": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind22"], False),
    "e2e_blind23": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind23"], False),
    "e2e_blind24": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind24"], False),
    "e2e_blind25": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind25"], False),
    "e2e_blind26": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind26"], False),
    "e2e_blind27": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind27"], False),
    "e2e_blind28": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind28"], False),
    "e2e_blind29": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind29"], False),
    "e2e_blind30": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind30"], False),
    "e2e_blind31": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind31"], False),
    "e2e_blind32": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind32"], False),
    "e2e_blind33": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind33"], False),
    "e2e_blind34": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind34"], False),
    "e2e_blind35": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind35"], False),
    "e2e_blind36": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind36"], False),
    "e2e_blind37": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind37"], False),
    "e2e_blind38": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind38"], False),
    "e2e_blind39": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind39"], False),
    "e2e_blind40": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind40"], False),
    "e2e_blind41": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind41"], False),
    "e2e_blind42": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind42"], False),
    "e2e_blind43": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind43"], False),
    "e2e_blind44": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind44"], False),
    "e2e_blind45": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind45"], False),
    "e2e_blind46": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind46"], False),
    "e2e_blind47": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind47"], False),
    "e2e_blind48": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind48"], False),
    "e2e_blind49": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind49"], False),
    "e2e_blind50": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind50"], False),
    "e2e_blind51": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind51"], False),
    "e2e_blind52": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind52"], False),
    "e2e_blind53": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind53"], False),
    "e2e_blind54": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind54"], False),
    "e2e_blind55": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind55"], False),
    "e2e_blind56": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind56"], False),
    "e2e_blind57": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind57"], False),
    "e2e_blind58": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind58"], False),
    "e2e_blind59": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind59"], False),
    "e2e_blind60": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind60"], False),
    "e2e_blind61": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind61"], False),
    "e2e_blind62": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind62"], False),
    "e2e_blind63": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind63"], False),
    "e2e_blind64": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind64"], False),
    "e2e_blind65": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind65"], False),
    "e2e_blind66": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind66"], False),
    "e2e_blind67": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind67"], False),
    "e2e_blind68": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind68"], False),
    "e2e_blind69": (["benchmarks/bench_e2e.py", "benchmarks/data/e2e_blind69"], False),
    "case": (["benchmarks/coding/bench_case.py"], True),
    "case_document": (["benchmarks/coding/bench_case.py", "--mode", "document"], True),
    "contrast": (["benchmarks/coding/bench_contrast.py"], False),
    "throughput": (["benchmarks/coding/bench_throughput.py", "--docs", "500"], False),
    "code_cli": (["benchmarks/coding/bench_code_cli.py", "--docs", "2000"], False),
    "geo": (["benchmarks/geo/run_geo.py"], True),
    "fusion_scale": (["benchmarks/fusion/bench_scale.py", "--reports", "100000"], False),
    "report": (["benchmarks/report/bench_report_e2e.py"], True),
}


def main(names: list[str]) -> int:
    RESULTS.mkdir(exist_ok=True)
    failures = 0
    for name, (args, needs_shared) in BENCHMARKS.items():
        if names and name not in names:
            continue
        if needs_shared and not SHARED.is_dir():
            print(f"{name}: skipped ({SHARED} not found)")
            continue
        started = time.perf_counter()
        result = subprocess.run([sys.executable, *args], cwd=HERE.parent, capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        header = f"# {' '.join(args)}\n# {platform.node()} {platform.machine()}, exit {result.returncode}, {elapsed:.0f} s\n"
        (RESULTS / f"{name}.txt").write_text(header + result.stdout + result.stderr[-4000:], encoding="utf-8")
        print(f"{name}: exit {result.returncode} in {elapsed:.0f} s → {RESULTS / (name + '.txt')}")
        failures += result.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
