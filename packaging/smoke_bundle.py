"""Smoke test of the one-folder bundle (`make package` runs it after PyInstaller).

    python3 packaging/smoke_bundle.py dist/post-editor [SEED_POST]

SEED_POST defaults to the bundle's own copy of the reference roundup (the
example site's December 2018 post, the same text as shared/examples/seed-post.md).

Headless, in private folders (HOME, TMPDIR, XDG_*), from a folder outside
the checkout, with nothing of the checkout on the path:

1. ``post-editor --version`` prints the version;
2. ``post-editor render SEED`` renders the post (the talks' titles are in the HTML);
3. the window opens offscreen on the bundle's own copy of the example site,
   with a post long enough that talk recognition runs in the worker process:
   the preview's renderer (QtWebEngineProcess) and one talk worker start (the
   photo process starts the same frozen way, with the first photo) and are up
   when SIGTERM ends the editor as Quit does (exit 0), with no traceback;
4. ``post-editor image POST PHOTO`` prepares a photo with the bundle's image
   libraries and writes it into the site.

Only the standard library: it runs with any Python 3.11.
"""

from __future__ import annotations

import base64
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TALK_TITLES = ("Continuous Delivery in the Cloud with Spinnaker and Kubernetes",
               "gRPC: Modern approach to write microservices", "Secure GitOps in Production")
REFERENCE = "2018-12-12-cloud-native-london-december-2018.md"
WAIT_S = 90  # for the renderer and the workers to start on a loaded machine
WORKERS = 1  # talk recognition's worker (the photo process, the same command line, starts with a photo)
# An 8×8 JPEG: enough for the bundle's Pillow to decode, orient, strip and write.
PHOTO = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1R"
    "V19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj"
    "Y2NjY2NjY2NjY2NjY2P/wAARCAAIAAgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAA"
    "AgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6"
    "Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXG"
    "x8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREA"
    "AgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5"
    "OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPE"
    "xcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDHooorhPqD/9k=")
BIG_POST = 8_000  # characters: from this size talk recognition runs in the worker process


def private_env(home: Path) -> dict[str, str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8"}
    for name in ("TMPDIR", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        folder = home / name.lower()
        folder.mkdir(mode=0o700)
        env[name] = str(folder)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox"  # Chromium refuses root without it
    return env


def check(condition: bool, what: str, detail: str = "") -> None:
    if not condition:
        raise SystemExit(f"bundle smoke test FAILED: {what}\n{detail[-4000:]}")
    print(f"  ok  {what}", flush=True)


def no_traceback(stderr: str) -> bool:
    return "Traceback (most recent call last)" not in stderr


def descendants(pid: int) -> dict[int, str]:
    """{pid: command line} of every process below ``pid`` (Linux /proc)."""
    children: dict[int, list[int]] = {}
    lines: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
        lines[int(entry.name)] = cmdline
    found, todo = {}, [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found[child] = lines.get(child, "")
            todo.append(child)
    return found


def workers_in(processes: dict[int, str]) -> list[int]:
    # Frozen, multiprocessing starts the program itself with this flag (a Python, with spawn_main).
    return [pid for pid, line in processes.items()
            if "--multiprocessing-fork" in line or "spawn_main" in line]


def bundled_example_site(bundle: Path) -> Path:
    examples = sorted(bundle.glob("**/resources/example-site"))
    check(len(examples) == 1, "the bundle holds resources/example-site", str(examples))
    return examples[0]


def check_resources(bundle: Path) -> None:
    """Every file of the checkout's resources/ is in the bundle, where importlib.resources looks."""
    checkout = Path(__file__).resolve().parent.parent / "resources"
    bundled = bundled_example_site(bundle).parent

    def files(root: Path) -> set[str]:
        return {p.relative_to(root).as_posix() for p in root.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts}
    lost = files(checkout) - files(bundled)
    check(not lost, f"every file of resources/ is in the bundle ({len(files(bundled))} files)",
          str(sorted(lost)))


def site_with_big_post(bundle: Path, seed: Path, into: Path) -> Path:
    """The bundle's own example site, with a newest post long enough for the worker process."""
    site = into / "site"
    shutil.copytree(bundled_example_site(bundle), site)
    text = seed.read_text(encoding="utf-8")
    front, body = text.split("\n---\n", 1)
    copies = BIG_POST // len(body) + 1
    (site / "_posts" / "2030-01-01-a-long-roundup.md").write_text(
        front + "\n---\n" + body * copies, encoding="utf-8")
    return site


def run_window(program: Path, site: Path, env: dict[str, str]) -> None:
    env = {**env, "QT_QPA_PLATFORM": "offscreen", "QT_QPA_OFFSCREEN_NO_GLX": "1",
           # A safety net only: the test ends the editor itself once it has seen what it waits for.
           "JPE_QUIT_AFTER_SHOW": str(WAIT_S * 1000 + 30_000)}
    errors = Path(env["TMPDIR"]) / "window.stderr"
    with errors.open("w") as stderr:
        proc = subprocess.Popen([str(program), str(site)], env=env, cwd=env["HOME"],
                                stdout=subprocess.DEVNULL, stderr=stderr)
    seen: dict[int, str] = {}
    deadline = time.monotonic() + WAIT_S
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            seen.update(descendants(proc.pid))
            renderer = any("QtWebEngineProcess" in line for line in seen.values())
            if renderer and len(workers_in(seen)) >= WORKERS:
                break
            time.sleep(0.2)
        time.sleep(1)  # a worker that fails to start dies at once: give it the time to
        up = descendants(proc.pid)
        seen.update(up)
        running = proc.poll() is None
        if running:
            proc.send_signal(signal.SIGTERM)
        code = proc.wait(60)
    finally:
        if proc.poll() is None:
            proc.kill()
    stderr_text = errors.read_text(errors="replace")
    summary = "\n".join(f"{p}: {line[:160]}" for p, line in sorted(seen.items())) + "\n" + stderr_text
    check(running, "the window stays open until asked to quit", summary)
    check(any("QtWebEngineProcess" in line for line in seen.values()),
          "the preview's QtWebEngineProcess starts", summary)
    check(len(workers_in(seen)) == WORKERS and len(workers_in(up)) == WORKERS,
          "one talk-recognition worker starts and stays up (not restarted)", summary)
    check(code == 0, f"SIGTERM ends the editor cleanly (exit {code})", summary)
    check(no_traceback(stderr_text) and "usage:" not in stderr_text, "no traceback, no usage error",
          stderr_text)


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    bundle = Path(argv[0]).resolve()
    program = bundle / ("post-editor.exe" if os.name == "nt" else "post-editor")
    if not program.is_file():
        print(f"no bundle at {program}: run make package", file=sys.stderr)
        return 2
    print(f"bundle smoke test: {program}", flush=True)
    check_resources(bundle)
    seed = (Path(argv[1]) if len(argv) > 1 else bundled_example_site(bundle) / "_posts" / REFERENCE).resolve()
    if not seed.is_file():
        print(f"seed post not found at {seed}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="post-editor-smoke-") as tmp:
        home = Path(tmp)
        env = private_env(home)
        from_bundle = {"env": env, "cwd": home, "capture_output": True, "text": True, "timeout": 120}
        out = subprocess.run([str(program), "--version"], **from_bundle)
        check(out.returncode == 0 and re.fullmatch(r"post-editor \d+\.\d+\.\d+\S*\n", out.stdout) is not None,
              f"--version prints {out.stdout.strip()!r}", out.stderr)
        out = subprocess.run([str(program), "render", str(seed)], **from_bundle)
        check(out.returncode == 0 and all(title in out.stdout for title in TALK_TITLES),
              "render SEED prints the post's HTML with its talks", out.stdout[-1000:] + out.stderr)
        check(no_traceback(out.stderr), "render: no traceback", out.stderr)
        site = home / "photo-site"
        shutil.copytree(bundled_example_site(bundle), site)
        post = site / "_posts" / REFERENCE
        (home / "speaker.jpg").write_bytes(PHOTO)
        out = subprocess.run([str(program), "image", str(post), str(home / "speaker.jpg"), "--talk", "1"],
                             **from_bundle)
        written = [p for p in (site / "assets").rglob("*.jpg")] if (site / "assets").is_dir() else []
        referenced = len(written) == 1 and written[0].name in post.read_text(encoding="utf-8")
        check(out.returncode == 0 and referenced,
              "image POST PHOTO prepares the photo with the bundle's image libraries and references it",
              out.stdout + out.stderr)
        if sys.platform.startswith("linux"):
            run_window(program, site_with_big_post(bundle, seed, home), env)
        else:
            print("  --  the window check follows /proc (Linux); start the bundle by hand here")
    print("bundle smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
