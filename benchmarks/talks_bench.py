"""Talk speed: recognition of big posts, "This is a talk" on the seed post, and a 200-post site
scanned cold (no cache) and warm (cache by size and mtime).

    python benchmarks/talks_bench.py [--recognition]

Recognition (issue 10) must grow linearly with the post: ``recognition_rows`` times it at 125 KB,
500 KB, 1 MB and 2 MB of the corpus's meetup roundups one after another, with the cost per KB,
beside a floor measured on the same text in the same run (one pass of ``splitlines`` and of a
name-finding regex), so a machine's speed and linearity can be read apart.

Targets (issue 11): "This is a talk" < 100 ms; learning a 200-post site < 2 s cold, < 100 ms warm.
The site is generated from the shared corpus's meetup posts and the repository's own test posts,
copied under new dates until there are 200 posts.
"""

from __future__ import annotations

import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench_render import big_body, median_ms  # noqa: E402

from editor.core.frontmatter import parse  # noqa: E402
from editor.core.talks import Taught, guess_fields, learn, recognise, scan_site  # noqa: E402

SEED = ROOT / "resources" / "example-site" / "_posts" / "2018-12-12-cloud-native-london-december-2018.md"
DATA = ROOT / "tests" / "data"
SOURCES = [ROOT.parent / "shared" / "corpus" / "meetups", DATA / "talks_adapt_site_tuned" / "_posts",
           DATA / "talks_adapt_tuned"]


def teach_on_seed() -> float:
    text = SEED.read_text(encoding="utf-8")
    body = parse(text).body_start
    at = text.index("Ana Calin from", body)

    def this_is_a_talk():
        fields = guess_fields(text, body, at)
        fields["speaker"] = "Ana Calin"
        shape, _ = learn(text, body, at, fields)
        return recognise(text, Taught((shape,)).knowledge_for("seed"))

    return median_ms(this_is_a_talk, 9)


def make_site(folder: Path, n: int = 200) -> Path:
    (folder / "_posts").mkdir(parents=True)
    (folder / "_config.yml").write_text("title: generated\n", encoding="utf-8")
    shutil.copytree(DATA / "talks_adapt_site_tuned" / "_includes", folder / "_includes")
    texts = [p.read_bytes() for src in SOURCES if src.is_dir() for p in sorted(src.iterdir())
             if p.suffix in (".md", ".markdown")]
    for i in range(n):
        day = f"20{10 + i // 336:02d}-{1 + (i // 28) % 12:02d}-{1 + i % 28:02d}"
        (folder / "_posts" / f"{day}-post-{i}.md").write_bytes(texts[i % len(texts)])
    return folder


RECOGNITION_SIZES = (125_000, 500_000, 1_000_000, 2_000_000)
_WORDS = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+")  # a floor: one regex pass over the text


def big_post(size: int) -> str:
    head = SEED.read_text(encoding="utf-8").split("\n---\n", 1)[0] + "\n---\n"
    return head + big_body(size - len(head))


def cpu_ms(fn, runs: int) -> float:
    """Median CPU time of ``fn`` in ms: on a shared machine, other processes stretch wall time
    unevenly across sizes and hide (or fake) a departure from linear growth."""
    times = []
    for _ in range(runs):
        t = time.process_time()
        fn()
        times.append((time.process_time() - t) * 1000)
    return statistics.median(times)


def recognition_rows(runs: int = 3) -> list[list[str]]:
    """[size, talks, recognition ms, ms per KB, floor ms] per size, medians of ``runs`` (CPU time)."""
    rows = []
    for size in RECOGNITION_SIZES:
        text = big_post(size)
        talks = len(recognise(text).talks)
        ms = cpu_ms(lambda t=text: recognise(t), runs)
        floor = cpu_ms(lambda t=text: (t.splitlines(), sum(1 for _ in _WORDS.finditer(t))), runs)
        rows.append([f"{len(text) // 1000:,} KB", str(talks), f"{ms:,.0f}", f"{ms / (len(text) / 1000):.2f}",
                     f"{floor:.1f}"])
    return rows


def main() -> None:
    if "--recognition" in sys.argv:
        for row in recognition_rows():
            print("  ".join(row))
        return
    teach = teach_on_seed()
    print(f'"This is a talk" on the seed post (guess, learn, recognise): {teach:.1f} ms (median of 9)')
    with tempfile.TemporaryDirectory() as tmp:
        site = make_site(Path(tmp) / "site")
        colds, warms = [], []
        for k in range(3):
            cache = Path(tmp) / f"cache{k}"
            t = time.perf_counter()
            scan_site(site, cache)
            colds.append(time.perf_counter() - t)
            warms.append(median_ms(lambda c=cache: scan_site(site, c), 5))
        print(f"200-post site: cold {statistics.median(colds):.2f} s, warm {statistics.median(warms):.1f} ms "
              "(medians of 3 runs)")


if __name__ == "__main__":
    main()
