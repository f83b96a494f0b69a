"""``make bench``: the editor's speed and memory, as tables of medians.

    python benchmarks/run.py [--peers] [--quick]

--peers also starts ReText (installed into .venv-peers on first use) on the
same post, so start-up and memory are compared as ratios on this machine.
Machines here are shared and noisy: read medians and ratios, not single runs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

SEED = ROOT / "resources" / "example-site" / "_posts" / "2018-12-12-cloud-native-london-december-2018.md"


def table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=False)]
    print(f"\n{title}")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=False)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=False)))


def big_post(size: int, folder: Path) -> Path:
    from bench_render import big_body
    path = folder / f"2018-12-12-big-{size // 1_000_000 or 1}mb.md"
    head = SEED.read_text(encoding="utf-8").split("\n---\n", 1)[0] + "\n---\n"
    path.write_text(head + big_body(size), encoding="utf-8")
    return path


def core_rows(posts: list[Path]) -> list[list[str]]:
    from bench_render import median_ms

    from editor.core.frontmatter import parse
    from editor.core.frontmatter_edits import set_value
    from editor.core.post_io import read_source
    rows = []
    for post in posts:
        source = read_source(post)
        rows.append([post.name[:38], f"{post.stat().st_size:,}",
                     f"{median_ms(lambda p=post: read_source(p), 7):.1f}",
                     f"{median_ms(lambda s=source: parse(s.text), 7):.2f}",
                     f"{median_ms(lambda s=source: s.apply(set_value(s.text, 'title', 'Other')), 7):.1f}",
                     f"{median_ms(lambda s=source: s.to_bytes(), 7):.1f}"])
    return rows


def typing_in_fresh_process(post: Path, name: str):
    """Each measurement in its own process, as an organiser starts the editor: a
    window measured before must not leave its threads and objects behind."""
    import json
    import subprocess

    from typing_bench import TypingResult
    out = subprocess.run([sys.executable, str(HERE / "typing_bench.py"), str(post), name],
                         capture_output=True, text=True, check=True, cwd=str(ROOT))
    data = json.loads(out.stdout.strip().splitlines()[-1])
    return TypingResult(data["name"], data["size"], data["latencies_ms"], data["stalls_ms"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--peers", action="store_true", help="also measure ReText")
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-"))
    one_mb = big_post(1_000_000, folder)
    twenty_mb = big_post(20_000_000, folder)

    table("Core (ms, median of 7)", ["post", "bytes", "read", "parse", "set title", "to bytes"],
          core_rows([SEED, one_mb, twenty_mb]))

    from bench_render import bench
    rows = []
    for name, path in (("seed", SEED), ("1 MB", one_mb)):
        _, size, full, edit = bench(name, path.read_text(encoding="utf-8"), 5)
        rows.append([name, f"{size:,}", f"{full:.1f}", f"{edit:.1f}"])
    table("Render (ms, median of 5)", ["post", "bytes", "full render", "after a 1-char edit"], rows)

    from talks_bench import recognition_rows
    table("Talk recognition of big posts (CPU ms, median of 3; floor: splitlines and one regex pass)",
          ["post", "talks", "recognise ms", "ms per KB", "floor ms"], recognition_rows(3))

    from startup import ensure_peers, measure_side_by_side, paired_ratio
    kinds = ["editor", "retext"] if args.peers and ensure_peers() else ["editor"]
    startup_repeat = 5 if args.quick else 15
    results = measure_side_by_side(kinds, SEED, startup_repeat)
    rows = []
    for r in results:
        window, preview, pss = r.median("window"), r.median("preview"), r.median("pss_mib")
        rows.append([r.name, f"{window:.3f}" if window else "-", f"{preview:.3f}" if preview else "-",
                     f"{pss:.0f}" if pss else "-"])
    if len(results) == 2 and results[0].median("window") and results[1].median("window"):
        ours, theirs = results
        rows.append(["ratio editor/retext", f"{ours.median('window') / theirs.median('window'):.2f}",
                     f"{ours.median('preview') / theirs.median('preview'):.2f}"
                     if ours.median("preview") and theirs.median("preview") else "-",
                     f"{ours.median('pss_mib') / theirs.median('pss_mib'):.2f}"])
        paired = [paired_ratio(ours, theirs, attr) for attr in ("window", "preview", "pss_mib")]
        rows.append(["ratio, median of rounds", *(f"{r:.2f}" if r else "-" for r in paired)])
    turns = ", the two editors started in turns" if len(results) == 2 else ""
    table(f"Cold start and memory (median of {startup_repeat} rounds{turns}; "
          "seconds, PSS MiB of all processes)",
          ["editor", "window painted", "preview shown", "memory"], rows)

    rows = []
    for name, path in (("seed", SEED), ("1 MB", one_mb)):
        r = typing_in_fresh_process(path, name)
        rows.append([name, f"{r.size:,}", f"{r.median_latency:.1f}", f"{r.worst_latency:.1f}",
                     f"{r.median_stall:.1f}", f"{r.worst_stall:.1f}"])
    table("Typing: 50 real key events into the source (ms)",
          ["post", "bytes", "latency median", "latency worst", "UI stall median", "UI stall worst"], rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
