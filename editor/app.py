"""The composition root: builds the application, the post's session and the window.

Nothing else creates QSettings, services or reaches for globals: the session
(``bridge/session.py``: the document and every service that works on it) is
built here and handed to the window, which hands its parts to the widgets.
"""

from __future__ import annotations

import gc
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from editor import __version__

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from editor.bridge.session import PostSession
    from editor.ui.main_window import MainWindow

# The recovery copy's delay after typing stops, in QSettings (bridge.preferences.AUTOSAVE_MS,
# read here without importing that module before the first frame).
AUTOSAVE_KEY = "preferences/autosave_ms"
THEME_KEY = "preferences/theme"
# The .desktop file's name (packaging/), which desktops match the running window to.
DESKTOP_ID = "io.github.jekyll_post_editor"
WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # resources/icons/post-editor-N.png

WINDOW_USAGE = "usage: post-editor [--reset-geometry] [FILE | SITE_DIR]"
WINDOW_HELP = f"""{WINDOW_USAGE}

Open the editor window on FILE, or on the newest post of SITE_DIR.

options:
  --reset-geometry  forget the window's size and layout
"""


@dataclass(frozen=True)
class WindowArgs:
    """What the window was started with."""

    target: str | None = None
    reset_geometry: bool = False


def window_args(argv: list[str]) -> WindowArgs:
    """The window's command line: at most one FILE | SITE_DIR and ``--reset-geometry``.

    Read by hand, not with argparse: building an ArgumentParser looks up
    gettext catalogues on disk, a few milliseconds of every start-up.
    Prints usage and raises SystemExit(2) for anything else (0 for --help).
    """
    target, reset, only_positional = None, False, False
    for arg in argv:
        # Long options may be shortened to any unambiguous start, as argparse allows.
        option = _long_option(arg) if arg.startswith("--") and not only_positional else None
        if arg == "--" and not only_positional:
            only_positional = True
        elif (arg == "-h" or option == "--help") and not only_positional:
            print(WINDOW_HELP, end="")
            raise SystemExit(0)
        elif option == "--reset-geometry":
            reset = True
        elif arg.startswith("-") and arg != "-" and not only_positional:
            _usage_error(f"unrecognized argument: {arg}")
        elif target is None:
            target = arg
        else:
            _usage_error(f"one post or site at a time (also given: {arg})")
    return WindowArgs(target, reset)


def _long_option(arg: str) -> str | None:
    matches = [option for option in ("--help", "--reset-geometry") if option.startswith(arg) and len(arg) > 2]
    return matches[0] if len(matches) == 1 else None


def is_window_option(arg: str) -> bool:
    """Whether the command line's first argument belongs to the window (not to a subcommand)."""
    return arg == "--" or _long_option(arg) == "--reset-geometry"


def _usage_error(message: str) -> NoReturn:
    print(f"{WINDOW_USAGE}\npost-editor: error: {message}", file=sys.stderr)
    raise SystemExit(2)


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


def recovery_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


def build_session(settings: QSettings, site_root: Path | None = None,
                  recovery_dir: Path | None = None, **options) -> PostSession:
    """The services of one open post, configured from the user's settings.

    ``options`` go to :class:`PostSession` (tests shorten its delays).
    """
    from editor.bridge.autosave import DEFAULT_DELAY_MS
    from editor.bridge.session import PostSession

    options.setdefault("autosave_ms", int(settings.value(AUTOSAVE_KEY, DEFAULT_DELAY_MS)))
    if recovery_dir is None:
        recovery_dir = recovery_folder()
        options.setdefault("data_folder", recovery_dir.parent)
        options.setdefault("cache_folder", user_cache_folder())
    return PostSession(recovery_dir, site_root, **options)


def user_cache_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))


def _import_core_before_qt() -> None:
    """Import the Qt-free core the first frame needs before PySide6 is loaded.

    Once PySide6 is loaded, its import hook (for ``from __feature__``) reads
    the source file of every module imported after it, looking for the word
    "PySide6". The core never uses PySide6, so it is imported first: about
    60 modules (with pyyaml's) that are then not read twice.
    """
    import editor.core.disk_version
    import editor.core.form_model
    import editor.core.frontmatter
    import editor.core.highlight_rules
    import editor.core.post_io
    import editor.core.recovery
    import editor.core.site  # noqa: F401


def build_window(argv: list[str],
                 single_instance: bool | str = False) -> tuple[QApplication, MainWindow | None]:
    """The application and its main window, shown, with the command line's post open.

    Returns ``(app, window)``; ``window`` is None when another running editor
    took the post (``single_instance``: True, or the server's name). Raises
    SystemExit(2) with a message for a target that does not exist.
    """
    # Start-up makes tens of thousands of objects that live as long as the
    # window (modules, Qt wrappers, enum classes): collecting them while they
    # are young is ~60 collections and ~7 ms of wasted work before the first
    # frame. Collection resumes once the window has painted (or after
    # MainWindow.FIRST_FRAME_FALLBACK_MS if it does not).
    collecting = gc.isenabled()
    gc.disable()
    try:
        app, window, later = _build_window(argv, single_instance)
    except BaseException:
        if collecting:
            gc.enable()
        raise
    if window is None:
        if collecting:
            gc.enable()
        return app, None
    if collecting:
        later.insert(0, _resume_collection)
    window.after_first_paint(*later)
    return app, window


def _resume_collection() -> None:
    # What start-up made lives as long as the window: frozen, no collection
    # walks it again. The first collection would otherwise scan all of it
    # (~7 ms, just as the preview starts), and so would every full one at a
    # typing pause. (Start-up's few hundred cyclic leftovers stay.)
    gc.freeze()
    gc.enable()


def _build_window(argv: list[str],
                  single_instance: bool | str) -> tuple[QApplication, MainWindow | None, list]:
    """(app, window or None, what to do once the window has painted)."""
    args = window_args(argv)
    _import_core_before_qt()
    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    if args.target and not Path(args.target).expanduser().exists():
        print(f"post-editor: {args.target}: no such file or folder", file=sys.stderr)
        raise SystemExit(2)
    post, site_root = resolve_target(args.target)
    QCoreApplication.setOrganizationName("jekyll-post-editor")
    QCoreApplication.setApplicationName("jekyll-post-editor")
    QCoreApplication.setApplicationVersion(__version__)
    # QtWebEngine, created after the window paints, needs this set before the app exists.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    # argv[0] names the X11 window class, which desktops match to the .desktop file's
    # StartupWMClass: the same whether started as the script, the bundle or `python -m editor`.
    app = QApplication.instance() or QApplication(["post-editor", *argv])
    app.setApplicationDisplayName("Jekyll Post Editor")
    app.setDesktopFileName(DESKTOP_ID)  # Wayland's app id: the compositor finds the icon and name by it

    instance = None
    if single_instance:
        from editor.bridge.single_instance import SingleInstance

        name = single_instance if isinstance(single_instance, str) else None
        instance = SingleInstance(name, parent=app)
        if instance.send([str(post)] if post else []):
            return app, None, []

    install_language(app)
    from editor.ui.main_window import MainWindow

    settings = QSettings()
    if settings.value(THEME_KEY, "system") in ("light", "dark"):
        # The user's own choice, before the first frame (the system's needs nothing done).
        from editor.bridge.theme import apply_theme
        apply_theme(app, str(settings.value(THEME_KEY)))
    if args.reset_geometry:
        settings.remove("window")
    session = build_session(settings, site_root)
    # Stopped when the application ends, after the window has closed: renders in
    # flight are waited for, the worker process ends, unsaved text keeps its copy.
    app.aboutToQuit.connect(session.shutdown)
    window = MainWindow(settings=settings, session=session)
    window.show()
    # Put in the recent files after the first frame: writing the settings file
    # (QSettings syncs it, with an fdatasync, in the next event-loop turn)
    # delayed the first paint by a few ms, and by tens when the disk was busy.
    opened = post is not None and window.open_path(post, remember=False)
    later = []
    if instance is not None:
        def open_sent(paths: list) -> None:
            for path in paths:
                window.files.open_path(path)
            if window.isMinimized():
                window.showNormal()  # the user asked for this file: show it, not a taskbar entry
            window.raise_()
            window.activateWindow()
        instance.pathsReceived.connect(open_sent)
        # Listening waits for the first frame too (first thing after it: a
        # second editor started meanwhile opens its own window); if the name
        # is taken, this editor simply runs on its own.
        later.append(instance.listen)
    if opened:
        later.append(lambda: window.files.remember_recent(post))
    # Copies that crashed sessions left are offered over the painted window.
    later.append(window.files.offer_recovery)
    later.append(lambda: install_desktop_manners(window, settings))
    # The preview's tabs are made before the preview is created (see ui/preview_tabs.py); the
    # Built page in them, teaching, checks and photos start once the preview shows the post:
    # their imports and the site scan would hold up WebEngine.
    later.append(lambda: make_preview_tabs(window))
    on_site = bool(args.target) and Path(args.target).expanduser().is_dir()
    later.append(lambda: window.after_preview(lambda: install_after_preview(window, on_site)))
    # ~6 ms on X11 (decoding the PNGs, sending them to the server): not before the preview starts.
    later.append(lambda: window.after_preview(lambda: set_window_icon(app)))
    return app, window, later


def install_language(app: QApplication) -> None:
    """The user's language (from the system's locale) for every string shown; nothing for English."""
    from PySide6.QtCore import QLocale

    locale = QLocale.system()
    if locale.language() not in (QLocale.Language.English, QLocale.Language.C):
        from editor.bridge.translations import install_translations
        install_translations(app, locale)


def install_desktop_manners(window: MainWindow, settings: QSettings) -> None:
    """Preferences (Edit menu), light or dark following the system, each preference applied live."""
    from editor.bridge.preferences import Preferences
    from editor.ui.desktop_wiring import install_desktop

    install_desktop(window, Preferences(settings, parent=window))


def make_preview_tabs(window: MainWindow) -> None:
    from editor.ui.preview_tabs import preview_tabs

    preview_tabs(window)


def install_built_page_tab(window: MainWindow) -> None:
    from editor.ui.built_page_wiring import install_built_page

    install_built_page(window, window.session.site_builder())


def install_after_preview(window: MainWindow, show_site_panel: bool = False) -> None:
    """The parts the first frame does not show, each given its service from the session: the
    Built page tab, what was taught about talks (and the site scan), the Problems panel, photo
    drops and pastes, the site panel and commands (the panel shown when the editor was started
    on a site folder), File ▸ Export to Site…."""
    from editor.ui.export_wiring import install_export
    from editor.ui.photos_wiring import install_photos
    from editor.ui.problems_wiring import install_problems
    from editor.ui.site_wiring import install_site
    from editor.ui.talks_wiring import install_talk_teaching

    session = window.session
    install_built_page_tab(window)
    install_talk_teaching(window, session.teaching())
    install_problems(window, session.checks(), session.talks_model())
    preferences = getattr(window, "preferences", None)
    placer = install_photos(window, session.photos(),
                            offer_crop=preferences.square_crop() if preferences is not None else True)
    if preferences is not None:
        from editor.ui.desktop_wiring import follow_photo_preferences
        follow_photo_preferences(placer, preferences)
    install_export(window, session.exporter())
    window.site_ui = install_site(window, session.site_index(), show_panel=show_site_panel,
                                  teaching=session.teaching())


def set_window_icon(app: QApplication) -> None:
    """The program's icon on its windows (title bars, and task switchers that read the window's
    own icon rather than the .desktop file's), from resources/icons."""
    from PySide6.QtGui import QIcon, QPixmap

    from editor.resource_files import resource

    icon = QIcon()
    for size in WINDOW_ICON_SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData(resource("icons", f"post-editor-{size}.png").read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    app.setWindowIcon(icon)


def quit_on_signals(app: QApplication, window: MainWindow) -> None:
    """SIGTERM, SIGHUP (logout, ``kill``) and SIGINT end the editor as Quit does, without asking:
    unsaved text keeps its recovery copy (offered at the next start) and the session's
    workers stop. Unix only; elsewhere the platform closes the window."""
    if os.name != "posix":
        return
    from editor.bridge.quit_signals import QuitSignals

    signals = QuitSignals(app)

    def end(_signum: int) -> None:
        window.session.autosaver.flush()  # a copy of unsaved text, as a crash would leave
        window.close_without_asking()  # the last window: the application quits after it
    signals.received.connect(end)
    app.aboutToQuit.connect(signals.restore)


def run_app(argv: list[str]) -> int:
    try:
        app, window = build_window(argv, single_instance=True)
    except SystemExit as exc:
        return int(exc.code or 0)
    if window is None:
        return 0  # the running editor opened it
    quit_on_signals(app, window)
    if os.environ.get("JPE_QUIT_AFTER_SHOW"):
        from PySide6.QtCore import QTimer
        QTimer.singleShot(int(os.environ["JPE_QUIT_AFTER_SHOW"]), app.quit)
    return app.exec()
