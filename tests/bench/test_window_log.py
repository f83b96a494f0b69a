"""The benchmark's reading of X server window events (benchmarks/window_log.py): no X server needed."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from pytest import approx  # noqa: E402
from window_log import window_report  # noqa: E402

T0 = 1000.0


def ev(dt: float, kind: str, window: int, **extra) -> dict:
    return {"t": T0 + dt, "type": kind, "window": window, **extra}


# Recorded from the editor before the window fix: Qt's helper windows (3x3
# client leader, 1x1), the main window mapped and drawn, then destroyed and
# re-created when the preview's WebEngine view arrived; Chromium's
# override-redirect helpers come and go.
RECREATED = [
    ev(0.33, "create", 1, override=False, w=3, h=3),
    ev(0.45, "create", 2, override=False, w=1440, h=900),
    ev(0.45, "create", 3, override=False, w=1, h=1),
    ev(0.46, "map", 2),
    ev(0.46, "pid", 2, pid=42),
    ev(0.51, "drawn", 2),
    ev(1.02, "create", 10, override=True, w=100, h=100),
    ev(1.03, "destroy", 10),
    ev(1.30, "unmap", 2),
    ev(1.31, "destroy", 2),
    ev(1.31, "create", 4, override=False, w=1440, h=900),
    ev(1.34, "map", 4),
    ev(1.34, "pid", 4, pid=42),
    ev(1.79, "drawn", 4),
]


def test_a_recreated_window_counts_from_the_second_one():
    report = window_report(RECREATED, T0, T0 + 5, {42, 43})
    assert (report.first_mapped, report.first_drawn) == (approx(0.46), approx(0.51))
    assert (report.stays_mapped, report.stays_drawn) == (approx(1.34), approx(1.79))
    # Override-redirect helpers are not counted; the unmapped helpers are.
    assert (report.created, report.destroyed, report.shown, report.vanished) == (4, 1, 2, 1)


def test_one_window_that_stays():
    records = [r for r in RECREATED if r["t"] < T0 + 1.0 and r["window"] in (1, 2, 3)]
    report = window_report(records, T0, T0 + 5, {42})
    assert report.stays_mapped == report.first_mapped and report.stays_drawn == report.first_drawn
    assert (report.created, report.destroyed, report.shown, report.vanished) == (3, 0, 1, 0)


def test_a_window_unmapped_and_mapped_again_stays_from_its_last_map_and_the_drawing_after_it():
    records = [ev(0.1, "create", 5), ev(0.2, "map", 5), ev(0.25, "drawn", 5), ev(0.5, "unmap", 5),
               ev(0.8, "map", 5), ev(0.9, "drawn", 5)]
    report = window_report(records, T0, T0 + 5)
    assert (report.stays_mapped, report.stays_drawn) == (approx(0.8), approx(0.9))
    assert (report.shown, report.vanished, report.destroyed) == (1, 1, 0)


def test_a_window_gone_before_the_end_leaves_no_window_that_stays():
    records = [ev(0.1, "create", 5), ev(0.2, "map", 5), ev(0.3, "destroy", 5)]
    report = window_report(records, T0, T0 + 5)
    assert report.stays_mapped is None and report.stays_drawn is None
    assert report.first_mapped is not None and report.vanished == 1


def test_the_kill_at_the_end_and_other_runs_are_outside_the_run():
    before = [ev(-2.0, "create", 2), ev(-1.9, "map", 2), ev(-1.9, "pid", 2, pid=7)]
    after = [ev(5.5, "unmap", 2), ev(5.5, "destroy", 2)]
    # The server gave the new client the old client's window id 2: the old pid must not hide it.
    report = window_report([*before, *RECREATED[:6], *after], T0, T0 + 5, {42})
    assert report.stays_mapped == approx(0.46)
    assert report.vanished == 0 and report.destroyed == 0


def test_windows_of_another_process_are_left_out():
    other = [ev(0.2, "create", 90), ev(0.3, "map", 90), ev(0.3, "pid", 90, pid=99)]
    report = window_report([*other, *RECREATED], T0, T0 + 5, {42})
    assert report.first_mapped == approx(0.46)
    assert report.shown == 2 and report.created == 4
