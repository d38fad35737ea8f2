#!/usr/bin/env python3
"""Prints the medians of the last `cargo bench --bench files` / `--bench frames` run as
Markdown tables, the example and the stress session side by side (docs/PERFORMANCE.md).

Usage: scripts/bench-table.py [target/criterion]
"""
import json
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
medians = {}
for bench in root.glob("**/new/benchmark.json"):
    full_id = json.loads(bench.read_text())["full_id"]
    estimates = json.loads((bench.parent / "estimates.json").read_text())
    medians[full_id] = estimates["median"]["point_estimate"]  # nanoseconds


def show(ns):
    if ns is None:
        return "—"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    return f"{ns / 1e3:.1f} µs"


def table(title, rows):
    print(f"\n{title}\n")
    print("| | example | stress | stress / example |")
    print("|---|---:|---:|---:|")
    for name, example, stress in rows:
        ratio = f"{stress / example:.1f}×" if example and stress else "—"
        print(f"| {name} | {show(example)} | {show(stress)} | {ratio} |")


FIRST = ["load", "save", "check"]


def names(prefix):
    seen = []
    for full_id in sorted(medians):
        if full_id.startswith(prefix):
            rest = full_id[len(prefix):]
            if rest not in seen:
                seen.append(rest)
    # Load, save and check first, then the exports in order.
    return sorted(seen, key=lambda n: (FIRST.index(n) if n in FIRST else len(FIRST), n))


table(
    "Files (load, save with flush, check, export)",
    [(n, medians.get(f"example/{n}"), medians.get(f"stress/{n}")) for n in names("example/")],
)
table(
    "One frame, headless at 1920×1080 (UI pass + tessellation)",
    [
        (n, medians.get(f"frame/example/{n}"), medians.get(f"frame/stress/{n}"))
        for n in names("frame/example/")
    ],
)
if "frame/demo" in medians:
    print(f"\negui demo (DemoWindows), one frame: {show(medians['frame/demo'])}")
for mode in names("sort_300_names/"):
    print(f"sorting 300 names ({mode}): {show(medians[f'sort_300_names/{mode}'])}")
