"""Render speed: full render and incremental re-render after a one-character edit.

Prints a table of medians over N runs for the seed post and a generated ~1 MB post
built by repeating the meetup posts of the shared corpus (or the seed post).

    .venv/bin/python benchmarks/bench_render.py [--runs N] [--size BYTES]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from editor.core import frontmatter  # noqa: E402
from editor.core.render import IncrementalRenderer, context_for, render_body  # noqa: E402

SHARED = REPO.parent / "shared"
SEED = SHARED / "examples" / "seed-post.md"


def corpus_bodies() -> list[str]:
    bodies = []
    for path in sorted((SHARED / "corpus" / "meetups").glob("*")):
        try:
            bodies.append(frontmatter.parse(path.read_text(encoding="utf-8")).body)
        except (OSError, UnicodeDecodeError):
            continue
    return bodies or [frontmatter.parse(SEED.read_text(encoding="utf-8")).body]


def big_body(size: int) -> str:
    parts, total, i = [], 0, 0
    bodies = corpus_bodies()
    while total < size:
        chunk = f"\n\n## Meetup {i}\n\n" + bodies[i % len(bodies)].strip() + "\n"
        parts.append(chunk)
        total += len(chunk.encode())
        i += 1
    return "".join(parts)


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def bench(name: str, text: str, runs: int) -> tuple[str, int, float, float]:
    post = frontmatter.parse(text)
    ctx = context_for(post)
    body = post.body
    full = median_ms(lambda: render_body(body, ctx), max(1, runs // 4) if len(body) > 200_000 else runs)
    renderer = IncrementalRenderer()
    renderer.render(body, ctx)
    mid = body.find("\n\n", len(body) // 2) + 2
    state = {"n": 0}

    def edit() -> None:
        state["n"] += 1
        ch = "ab"[state["n"] % 2]
        renderer.render(body[:mid] + ch + body[mid:], ctx)
    inc = median_ms(edit, runs)
    return name, len(body.encode()), full, inc


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--size", type=int, default=1_000_000)
    args = parser.parse_args()
    rows = []
    if SEED.is_file():
        rows.append(bench("seed-post.md", SEED.read_text(encoding="utf-8"), args.runs))
    rows.append(bench(f"generated ~{args.size // 1000} kB", "---\ntitle: Big\n---\n" + big_body(args.size),
                      args.runs))
    print(f"{'post':<22}{'bytes':>10}{'full render ms':>17}{'1-char edit ms':>17}")
    for name, size, full, inc in rows:
        print(f"{name:<22}{size:>10}{full:>17.1f}{inc:>17.1f}")
    print(f"(medians of {args.runs} runs; the edit inserts one character in a paragraph mid-body)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
