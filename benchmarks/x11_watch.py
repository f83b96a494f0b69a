"""Prints the X server's top-level window events as they happen, one JSON object a line.

    python x11_watch.py DISPLAY      (needs python-xlib; run from .venv-bench)

Listens on the root window's substructure, so it sees every top-level window
any client creates, maps, unmaps or destroys, and asks the DAMAGE extension
when each one is first drawn into after it is mapped (a mapped window the
client has not drawn yet shows nothing to the user). Each line::

    {"t": <time.time() when the event arrived>, "type": "create" | "map" | "unmap" | "destroy"
     | "drawn" | "pid", "window": <id>, ...}

``create`` also carries ``override`` (override-redirect: menus, tooltips,
Chromium's helper windows) and the size; ``pid`` is the window's
``_NET_WM_PID``, read once the window is mapped (its ``t`` is when it was
read). The server hands a new client the window ids of a client gone before,
so an id names a window only within one run. Prints ``ready`` once it
listens. Runs until killed or until its standard input closes.
"""

from __future__ import annotations

import json
import os
import select
import sys
import time

from Xlib import X, display, error
from Xlib.ext import damage

KINDS = {X.CreateNotify: "create", X.MapNotify: "map", X.UnmapNotify: "unmap", X.DestroyNotify: "destroy"}


def emit(record: dict) -> None:
    print(json.dumps(record), flush=True)


def main(name: str) -> int:
    disp = display.Display(name)
    # A window may be gone before a request about it arrives: that is expected, not an error to print.
    disp.set_error_handler(lambda *args: None)
    disp.damage_query_version()
    root = disp.screen().root
    root.change_attributes(event_mask=X.SubstructureNotifyMask)
    pid_atom = disp.intern_atom("_NET_WM_PID")
    disp.sync()
    emit({"type": "ready"})
    damages: dict[int, int] = {}
    drawn: set[int] = set()
    pid_wanted: list = []
    fd = disp.fileno()
    drawn_event = disp.extension_event.DamageNotify
    while True:
        # Round trips (the pid) only while no event waits, so no event's time is taken late;
        # events that arrive during one are queued by Xlib, hence the check again before waiting.
        while pid_wanted and not disp.pending_events():
            window = pid_wanted.pop(0)
            try:
                prop = window.get_full_property(pid_atom, X.AnyPropertyType)
            except error.XError:
                continue
            if prop is not None and len(prop.value):
                emit({"t": time.time(), "type": "pid", "window": window.id, "pid": int(prop.value[0])})
        if not disp.pending_events():
            readable, _, _ = select.select([fd, sys.stdin], [], [])
            if sys.stdin in readable and not os.read(sys.stdin.fileno(), 4096):
                return 0
            continue
        event = disp.next_event()
        now = time.time()
        if getattr(event, "send_event", False):
            continue  # sent by a client (ICCCM's withdraw notice), not the server's state
        if event.type == drawn_event:
            drawn.add(event.drawable.id)
            emit({"t": now, "type": "drawn", "window": event.drawable.id})
            continue
        kind = KINDS.get(event.type)
        if kind is None:
            continue
        record = {"t": now, "type": kind, "window": event.window.id}
        if kind == "create":
            record.update(override=bool(event.override), w=event.width, h=event.height)
            # Reports once, at the first drawing into the window (re-armed at each map).
            damages[event.window.id] = event.window.damage_create(damage.DamageReportNonEmpty)
            disp.flush()
        elif kind == "map":
            if event.window.id in drawn:
                # Drawn before: empty its damage so the next drawing reports again.
                drawn.discard(event.window.id)
                disp.damage_subtract(damages[event.window.id])
                disp.flush()
            pid_wanted.append(event.window)
        elif kind == "destroy":
            damages.pop(event.window.id, None)
            drawn.discard(event.window.id)
        emit(record)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
