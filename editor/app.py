"""The composition root: builds the application, the document and the window.

Nothing else creates QSettings or reaches for globals: what a part needs is
passed to it here.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from editor import __version__


def _window_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="post-editor", description="Open the editor window.")
    parser.add_argument("target", nargs="?", metavar="FILE | SITE_DIR",
                        help="a post to open, or a site folder (its newest post opens)")
    parser.add_argument("--reset-geometry", action="store_true", help="forget the window's size and layout")
    return parser.parse_args(argv)


def resolve_target(target: str | None) -> tuple[Path | None, Path | None]:
    """(post to open, site root) for the command line's FILE or SITE_DIR."""
    from editor.core.site import Site

    if not target:
        return None, None
    path = Path(target).expanduser().resolve()
    if path.is_dir():
        site = Site.containing(path) or Site.at(path)
        return site.newest_post(), site.root
    site = Site.containing(path)
    return path, site.root if site else None


def build_window(argv: list[str]):
    """The application and its main window, shown, with the command line's post open.

    Returns ``(app, window)``, or raises SystemExit(2) with a message for a
    target that does not exist.
    """
    args = _window_args(argv)
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from editor.bridge.scheme import register_scheme

    register_scheme()
    QCoreApplication.setOrganizationName("jekyll-post-editor")
    QCoreApplication.setApplicationName("jekyll-post-editor")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])

    from editor.ui.main_window import MainWindow

    if args.target and not Path(args.target).expanduser().exists():
        print(f"post-editor: {args.target}: no such file or folder", file=sys.stderr)
        raise SystemExit(2)
    post, site_root = resolve_target(args.target)
    settings = QSettings()
    if args.reset_geometry:
        settings.remove("window")
    window = MainWindow(settings=settings, site_root=site_root)
    window.show()
    if post is not None:
        window.open_path(post)
    return app, window


def run_app(argv: list[str]) -> int:
    try:
        app, _window = build_window(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if os.environ.get("JPE_QUIT_AFTER_SHOW"):
        from PySide6.QtCore import QTimer
        QTimer.singleShot(int(os.environ["JPE_QUIT_AFTER_SHOW"]), app.quit)
    return app.exec()
