"""What the X server's window events say about one start of an editor.

Pure: reads the records ``x11_watch.py`` prints (``create``, ``map``,
``unmap``, ``destroy``, ``drawn``, ``pid``) and tells when the user first saw
a window and, above all, when the window that stays appeared: a window that
is destroyed and re-created (as Qt does with a top-level whose surface type
changes once it is shown) flashes, and the user's window is the second one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class WindowReport:
    """Seconds from launch, and counts of the process's top-level windows (menus and tooltips not counted)."""

    first_mapped: float | None = None
    first_drawn: float | None = None
    stays_mapped: float | None = None   # the last map of the window still shown at the end
    stays_drawn: float | None = None    # the first drawing into it after that map
    created: int = 0
    destroyed: int = 0
    shown: int = 0                      # windows mapped at some point
    vanished: int = 0                   # of those, unmapped or destroyed before the end


def window_report(records: Iterable[dict], launched: float, ended: float,
                  pids: set[int] | None = None) -> WindowReport:
    """The report for the records between ``launched`` and ``ended`` (``time.time()`` values).

    A window whose ``_NET_WM_PID`` is known and not in ``pids`` belongs to
    another client and is left out; one whose pid is unknown (never mapped,
    or gone before it was asked) counts as the process's: the benchmark runs
    one editor at a time on its own X server.
    """
    # Window ids are reused by later clients: only this run's records say what an id is.
    records = [r for r in records if launched <= r["t"] <= ended]
    foreign = {r["window"] for r in records
               if r["type"] == "pid" and pids is not None and r["pid"] not in pids}
    ours: set[int] = set()
    mapped: dict[int, float] = {}       # window -> its last map, while it is mapped
    first_draw_after_map: dict[int, float] = {}
    shown: list[int] = []
    vanished: set[int] = set()
    destroyed = 0
    first_mapped = first_drawn = None
    for r in sorted((r for r in records if r["type"] != "pid"), key=lambda r: r["t"]):
        window, kind, t = r["window"], r["type"], r["t"] - launched
        if window in foreign:
            continue
        if kind == "create":
            if not r.get("override"):
                ours.add(window)
            continue
        if window not in ours:
            continue
        if kind == "map":
            if window not in mapped:
                mapped[window] = t
                first_draw_after_map.pop(window, None)
            if window not in shown:
                shown.append(window)
            first_mapped = t if first_mapped is None else first_mapped
        elif kind == "drawn" and window in mapped:
            first_draw_after_map.setdefault(window, t)
            first_drawn = t if first_drawn is None else first_drawn
        elif kind in ("unmap", "destroy"):
            if mapped.pop(window, None) is not None:
                vanished.add(window)
            if kind == "destroy":
                destroyed += 1
                ours.discard(window)
    staying = min(mapped, key=mapped.get, default=None)
    return WindowReport(
        first_mapped=first_mapped, first_drawn=first_drawn,
        stays_mapped=mapped.get(staying) if staying is not None else None,
        stays_drawn=first_draw_after_map.get(staying) if staying is not None else None,
        created=len({r["window"] for r in records if r["type"] == "create" and not r.get("override")
                     and r["window"] not in foreign}),
        destroyed=destroyed, shown=len(shown), vanished=len(vanished))
