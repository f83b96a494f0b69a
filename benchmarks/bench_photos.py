"""A 24-megapixel phone photo through the photo pipeline, beside Pillow's own floor, and the UI meanwhile.

    python benchmarks/bench_photos.py [--rounds N]

The photo is made here: 6000 × 4000, textured like a real picture (a
phone's JPEG of that size is 6-10 MB), EXIF orientation 6 and GPS. Three
figures, medians of N rounds run in turns on the same file:

* the floor: what Pillow itself does for the least version of the job,
  ``Image.open`` + ``ImageOps.exif_transpose`` + ``resize`` (Lanczos, long
  side 1600) + ``save`` (JPEG, quality 85) into memory;
* the pipeline: ``process_image`` (header checks, orientation, scaling,
  metadata stripped, sRGB, progressive JPEG) and ``store_image`` (atomic,
  fsynced write into the asset folder), from reading the file;
* the UI thread while the photo is prepared: the longest gap between
  ticks of a 1 ms timer (the UI's worst stall), for the ``PhotoWorker``
  (its child process, started and warmed before the round as the editor
  does after its first frame), for the same job run in a thread of this
  process (the worker's way before it had a process: Pillow's calls
  release Python's lock, the Python between them does not), and for the
  same timer with nothing to do (the machine's floor). The three take
  turns in each round; the figures are medians over the rounds.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageFilter, ImageOps  # noqa: E402

SIZE = (6000, 4000)


def make_photo(path: Path) -> None:
    """A 24 MP JPEG with the detail of a real photo (noise over soft shapes), as a phone writes it."""
    w, h = SIZE
    base = Image.linear_gradient("L").resize((w, h))
    noise = Image.effect_noise((w // 2, h // 2), 40).resize((w, h), Image.Resampling.BILINEAR)
    shapes = Image.effect_mandelbrot((w // 4, h // 4), (-2.2, -1.2, 1.0, 1.2), 60).resize((w, h))
    rgb = Image.merge("RGB", (base, noise.filter(ImageFilter.GaussianBlur(1)), shapes))
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 26.0), 3: "W", 4: (0.0, 7.0, 39.0)}
    rgb.save(path, "JPEG", quality=92, exif=exif.tobytes())


def floor(path: Path) -> bytes:
    image = ImageOps.exif_transpose(Image.open(path))
    scale = 1600 / max(image.size)
    image = image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def pipeline(path: Path, folder: Path) -> Path:
    from editor.core.images import process_image, store_image

    stored = store_image(folder, "ana-calin", process_image(path.read_bytes()))
    return stored.path


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def ui_stall(path: Path, folder: Path, way: str) -> tuple[float, float]:
    """(longest gap between 1 ms ticks on the UI thread, seconds until the photo was ready), with the
    photo prepared ``way``: "process" (the PhotoWorker), "thread" (a thread here), "idle" (no photo)."""
    from PySide6.QtCore import (
        QCoreApplication,
        QElapsedTimer,
        QEventLoop,
        QObject,
        QThreadPool,
        QTimer,
        Signal,
    )

    from editor.bridge.photo_worker import PhotoWorker
    from editor.core.images import PhotoRequest, PhotoSource, import_photo

    class Thread(QObject):
        finished = Signal(object)

    app = QCoreApplication.instance() or QCoreApplication([])
    request = PhotoRequest(folder / "post.md", "", None, alt="Ana Calin")
    worker, threads, thread = PhotoWorker(), QThreadPool(), Thread()
    if way == "process":
        worker.prepare()
        worker.wait()
    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]
    loop = QEventLoop()

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    done = [0.0]

    def finished(result) -> None:
        done[0] = clock.nsecsElapsed() / 1e9
        assert way == "thread" or result.imported, result.refused
        loop.quit()

    worker.finished.connect(finished)
    thread.finished.connect(finished)
    clock.start()
    timer.start()
    if way == "process":
        worker.submit([PhotoSource(path=path)], request)
    elif way == "thread":
        threads.start(lambda: thread.finished.emit(import_photo(PhotoSource(path=path), request)))
    else:
        QTimer.singleShot(1500, loop.quit)
    loop.exec()
    timer.stop()
    worker.shutdown()
    threads.waitForDone()
    del app
    return max(gaps[1:]), done[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        photo = tmp / "IMG_1234.jpg"
        make_photo(photo)
        folder = tmp / "assets"
        floors, ours = [], []
        for _ in range(args.rounds):
            floors.append(timed(lambda: floor(photo)))
            ours.append(timed(lambda: pipeline(photo, folder)))
            for f in folder.iterdir():
                f.unlink()  # the next round writes again (the same bytes would be reused)
        out = Image.open(next(iter([pipeline(photo, folder)])))
        ways = {"process": [], "thread": [], "idle": []}
        for i in range(args.rounds):
            for way, figures in ways.items():
                figures.append(ui_stall(photo, tmp / f"ui-{way}-{i}", way))
    f_med, o_med = statistics.median(floors), statistics.median(ours)
    print(f"24 MP JPEG ({SIZE[0]} × {SIZE[1]}) -> {out.size[0]} × {out.size[1]} {out.format}, "
          f"{args.rounds} rounds in turns")
    print(f"  Pillow floor (open, exif_transpose, resize, save):  median {f_med * 1000:7.0f} ms")
    print(f"  photo pipeline (read, process, store with fsync):   median {o_med * 1000:7.0f} ms"
          f"   ratio {o_med / f_med:.2f}")
    for way, what in (("process", "via PhotoWorker (its process)"),
                      ("thread", "in a thread of this process")):
        print(f"  {what + ', submit to result on the UI thread:':52} median "
              f"{statistics.median(s[1] for s in ways[way]) * 1000:7.0f} ms")
    print("  longest UI-thread stall (1 ms timer), median / worst of the rounds:")
    for way, what in (("process", "photo in the PhotoWorker's process"),
                      ("thread", "photo in a thread (before)"), ("idle", "no photo (the floor)")):
        stalls = [s[0] for s in ways[way]]
        print(f"    {what:36} {statistics.median(stalls):5.1f} / {max(stalls):5.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
