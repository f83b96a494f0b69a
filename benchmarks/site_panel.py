"""The site panel on a generated site of 5,000 posts (issue 13): how soon the first posts show,
how long the whole list takes, the longest the UI thread is held by one batch, and a keystroke
in the filter, cold (no cache) and warm.

    QT_QPA_PLATFORM=offscreen python benchmarks/site_panel.py [--rounds N]

The UI thread's share is the time the panel's slots take for one batch (stamped by slots
connected before and after them); the listing itself runs on the service's thread. Medians
of rounds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from site_listing import make_site  # noqa: E402

POSTS = 5_000
TYPED = "london dec"


def one_round(site: Path, cache: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from editor.bridge.site_index_service import SiteIndexService
    from editor.ui.site_panel import SitePanel

    app = QApplication.instance() or QApplication([])
    service = SiteIndexService(cache)
    # Slots run in the order they were connected: stamps around the panel's own slots.
    began: list[float] = []
    held: list[float] = []
    marks: dict[str, float] = {}

    def before(_entries) -> None:
        began.append(time.perf_counter())

    def after(name: str) -> None:
        now = time.perf_counter()
        held.append(now - began[-1])
        marks.setdefault(name, now)
    service.batchReady.connect(before)
    service.listed.connect(before)
    panel = SitePanel(service)
    service.batchReady.connect(lambda _entries: after("first"))
    service.listed.connect(lambda _entries: after("all"))
    panel.resize(400, 800)
    panel.show()
    start = time.perf_counter()
    service.set_site(site)
    while "all" not in marks:
        app.processEvents()
    keys = []
    for i in range(1, len(TYPED) + 1):
        t = time.perf_counter()
        panel.filter_line.setText(TYPED[:i])
        app.processEvents()
        keys.append(time.perf_counter() - t)
    shown = len(panel.shown_entries())
    service.shutdown()
    panel.deleteLater()
    app.processEvents()
    assert shown > 0
    return {"first": marks.get("first", marks["all"]) - start, "all": marks["all"] - start,
            "held": max(held), "key": statistics.median(keys)}


HEADER = ["listing", "first posts shown ms", "all listed ms", "longest UI-thread slice ms",
          "filter keystroke ms"]
TITLE = "Site panel, " + f"{POSTS:,}" + " posts (medians of {} rounds)"


def panel_rows(rounds: int = 5) -> list[list[str]]:
    """[listing, first shown ms, all listed ms, longest UI slice ms, keystroke ms], cold and warm."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-panel-") as tmp:
        site = make_site(Path(tmp) / "site", POSTS)
        from editor.core.site_index import list_site

        list_site(site, Path(tmp) / "cache-warm" / "site-index")  # as the service keeps it
        for kind in ("cold", "warm"):
            got = []
            for k in range(rounds):
                cache = Path(tmp) / (f"cache-{k}" if kind == "cold" else "cache-warm")
                got.append(one_round(site, cache))
            med = {key: statistics.median(g[key] for g in got) for key in got[0]}
            rows.append([kind, f"{med['first'] * 1000:,.0f}", f"{med['all'] * 1000:,.0f}",
                         f"{med['held'] * 1000:,.1f}", f"{med['key'] * 1000:,.1f}"])
    return rows


def main() -> int:
    from run import table

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    table(TITLE.format(args.rounds), HEADER, panel_rows(args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
