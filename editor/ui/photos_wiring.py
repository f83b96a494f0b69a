"""Hooking photos into the main window: one call from the composition root.

``install_photos(window, worker)`` makes the photo placer for the window's
document and gives it to every place that takes photos: the source pane
(drop or paste: an image line there), the front matter's image field, and
the talks section's cards and photo slot (built after the first frame, so
connected when it exists), and the preview (an image line between the blocks
under the pointer). Progress and outcomes go to the status bar.
The worker is the composition root's: it creates it, and stops it on quit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QTimer

from editor.bridge.photo_mime import has_photos, photo_sources
from editor.bridge.photo_placer import PhotoPlacer
from editor.bridge.photo_worker import PhotoWorker

MESSAGE_MS = 10_000
TALKS_WAIT_TURNS = 50  # event-loop turns to wait for the talks section after the first frame


def install_photos(window, worker: PhotoWorker, offer_crop: bool = True) -> PhotoPlacer:
    """Connect photo drops, pastes and "Choose photo…" of ``window`` (a ``MainWindow``) to ``worker``;
    ``offer_crop``: a speaker photo is first offered as a square crop."""
    placer = PhotoPlacer(window.document, worker, parent=window)
    # The photo process starts when a picture is first dragged over the source or the preview (by
    # the drop it is ready), else with the first photo: not at start-up, where its ~27 MB and its
    # image libraries' loading would compete with WebEngine's start.
    offers = warming(has_photos, worker)
    window.source_view.set_photo_placer(placer)
    window.source_view.editor.offers_photos = offers
    window.form.row("image").editor.set_photo_placer(placer, "image")
    if window.preview_view is not None:  # installed once the preview shows the post
        window.preview_view.set_photo_drops(offers, photo_sources, placer.to_body)
    placer.message.connect(lambda text: window.status.showMessage(text, MESSAGE_MS))
    placer.progress.connect(lambda done, total, label: window.status.showMessage(
        f"Preparing photo {done + 1} of {total}: {label}…" if done < total else "Placing photos…"))

    def attach_talks(turns: int = TALKS_WAIT_TURNS) -> None:
        if window.talks is not None:
            window.talks.set_photo_placer(placer, offer_crop)
        elif turns > 0:
            QTimer.singleShot(0, lambda: attach_talks(turns - 1))

    if window.talks is not None:
        attach_talks()
    else:
        window.after_first_paint(attach_talks)
    return placer


def warming(offers: Callable[[QMimeData], bool], worker: PhotoWorker) -> Callable[[QMimeData], bool]:
    """``offers``, which also starts the photo process the first time it sees photos."""
    started = False

    def check(mime: QMimeData) -> bool:
        nonlocal started
        found = offers(mime)
        if found and not started:
            started = True
            worker.prepare()
        return found
    return check
