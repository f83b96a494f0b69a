"""``make bench``: the editor's speed and memory, as tables of medians.

    python benchmarks/run.py [--peers] [--quick]

Start-up is measured beside ReText (installed into .venv-peers on first use)
on the same post, so start-up and memory are compared as ratios on this
machine: once in-process and offscreen (the first paint as the process sees
it), and once as a user sees it, each editor a separate process on a private
Xvfb, timed by the X server's own window events (needs Xvfb: `make bench`
installs it). --peers is accepted for older habits; ReText is always measured.
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


def cell(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def ratio_cell(ours: float | None, theirs: float | None, target: float | None = None) -> str:
    if not ours or not theirs:
        return "-"
    ratio = ours / theirs
    return f"{ratio:.2f}" + ("" if target is None else " ok" if ratio <= target else " MISSED")


def startup_in_process(repeat: int) -> None:
    """The first paint as the process itself sees it, offscreen (no X server)."""
    from startup import ensure_peers, measure_side_by_side, paired_ratio
    results = measure_side_by_side(["editor", "retext"] if ensure_peers() else ["editor"], SEED, repeat)
    columns = ("window", "window_cpu", "preview", "pss_mib")
    rows = [[r.name, *(cell(r.median(a), 0 if a == "pss_mib" else 3) for a in columns)] for r in results]
    if len(results) == 2:
        ours, theirs = results
        rows.append(["ratio editor/retext", *(ratio_cell(ours.median(a), theirs.median(a)) for a in columns)])
        rows.append(["ratio, median of rounds", *(cell(paired_ratio(ours, theirs, a), 2) for a in columns)])
    table(f"Cold start in-process, offscreen (editor from a wheel; median of {repeat} rounds, the editors "
          "started in turns; seconds from launch, PSS MiB of all processes)",
          ["editor", "first paint", "its CPU seconds", "preview shown", "memory"], rows)


# What the window that stays, the preview and memory should be at most, as a fraction of ReText's.
TARGETS = {"stays_drawn": 0.6, "stays_mapped": 0.6, "preview": 0.8, "pss_mib": 1.0}
SEEN_COLUMNS = [("window", "first paint (in-process)"), ("window_cpu", "its CPU s"),
                ("first_mapped", "first window mapped"),
                ("stays_mapped", "window that stays: mapped"), ("stays_drawn", "drawn"),
                ("preview", "preview shown"), ("pss_mib", "memory MiB")]


def startup_as_seen(repeat: int) -> None:
    """Each editor its own process under Xvfb, timed by the X server's window events."""
    from startup import paired_ratio
    from startup_x11 import SETTLE, measure_x11

    display, results = measure_x11(SEED, repeat)
    *ours, theirs = results
    rows = []
    for r in results:
        counts = "/".join(cell(r.median(a), 0) for a in ("created", "destroyed", "shown", "vanished"))
        counts += f" (a window vanished in {sum(1 for run in r.runs if run.vanished)} of {len(r.runs)} runs)"
        rows.append([r.name, *(cell(r.median(a), 0 if a == "pss_mib" else 3) for a, _ in SEEN_COLUMNS),
                     counts])
    for r, short in zip(ours, ("editable", "wheel"), strict=True):
        rows.append([f"ratio {short}/ReText (of medians)",
                     *(ratio_cell(r.median(a), theirs.median(a), TARGETS.get(a)) for a, _ in SEEN_COLUMNS),
                     ""])
        rows.append([f"ratio {short}/ReText (median of rounds)",
                     *(cell(paired_ratio(r, theirs, a), 2) for a, _ in SEEN_COLUMNS), ""])
    rows.append(["target (ratio at most)",
                 *(f"{TARGETS[a]:.1f}" if a in TARGETS else "" for a, _ in SEEN_COLUMNS), ""])
    table(f"Start-up as a user sees it: each editor its own process on Xvfb {display}, timed by the X "
          f"server's window events (median of {repeat} rounds, the editors started in turns; seconds from "
          f"launch; the window that stays is the one still mapped {SETTLE:.0f} s after the preview showed)",
          ["editor", *(title for _, title in SEEN_COLUMNS), "windows created/destroyed/shown/vanished"], rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--peers", action="store_true", help="(always on) measure ReText beside")
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    parser.add_argument("--startup-only", action="store_true", help="only the start-up tables")
    args = parser.parse_args()
    startup_repeat = 5 if args.quick else 11
    if args.startup_only:
        startup_in_process(startup_repeat)
        startup_as_seen(startup_repeat)
        return 0
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

    from site_listing import HEADER, TITLE, listing_rows
    table(TITLE.format(5), HEADER, listing_rows(5))

    import site_panel
    table(site_panel.TITLE.format(5), site_panel.HEADER, site_panel.panel_rows(5))

    from talks_bench import recognition_rows
    table("Talk recognition of big posts (CPU ms, median of 3; floor: splitlines and one regex pass)",
          ["post", "talks", "recognise ms", "ms per KB", "floor ms"], recognition_rows(3))

    startup_in_process(startup_repeat)
    startup_as_seen(startup_repeat)

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
