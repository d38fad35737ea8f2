#!/usr/bin/env bash
# Start to first frame and peak memory: the editor on a session against an empty eframe window
# built the same way (examples/first_frame.rs), under Xvfb. Needs xvfb-run, hyperfine and
# /usr/bin/time (/work/shared/tools/gui-deps.sh; apt-get install -y hyperfine time).
# Usage: scripts/first-frame.sh [SESSION.ron] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
session="${1:-sessions/hebi-12-09.ron}"
runs="${2:-40}"
cargo build --release --example first_frame >/dev/null 2>&1
probe=target/release/examples/first_frame
json="$(mktemp --suffix=.json)"
xvfb-run -a -s "-screen 0 1920x1080x24" bash -c '
  probe="$1"; session="$2"; runs="$3"; json="$4"
  hyperfine -N --warmup 3 --runs "$runs" --export-json "$json" \
    "$probe --empty" "$probe $session" >/dev/null
  for what in --empty "$session"; do
    for _ in 1 2 3 4 5; do
      /usr/bin/time -f "%M" "$probe" "$what" 2>&1 >/dev/null | tail -1
    done | sort -n | sed -n 3p | sed "s|^|peak_kb $what |"
  done
' _ "$probe" "$session" "$runs" "$json" > "$json.rss"
python3 - "$json" "$json.rss" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
empty, editor = (r["median"] * 1000 for r in results)
print(f"start to first frame, median of {len(results[0]['times'])} runs:")
print(f"  empty window        {empty:7.1f} ms")
print(f"  editor on session   {editor:7.1f} ms   ratio {editor / empty:.2f}x (target <= 1.3x)")
rss = dict(line.split()[1:] for line in open(sys.argv[2]))
values = [int(v) for v in rss.values()]
print(f"peak memory (max RSS, median of 5): empty {values[0] / 1024:.1f} MB, "
      f"editor {values[1] / 1024:.1f} MB, difference {(values[1] - values[0]) / 1024:.1f} MB "
      f"(target <= 100 MB)")
PY
rm -f "$json" "$json.rss"
