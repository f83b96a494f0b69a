"""One running editor per user and screen: a second ``post-editor FILE`` hands FILE to the first.

The first instance listens on a local socket named per user and per screen
(the Wayland or X display, the login session, the Qt platform), so a file
is never handed to an editor on another display or in another login session
where the user cannot see it; a later one
connects, sends its paths as one JSON line and exits. The socket only
accepts the same user (``UserAccessOption``). A socket left behind by a
crashed instance (nobody answers) is removed and taken over.

Kept off the way to the first frame: on Unix the socket is a file, so when
there is no file there is nobody to ask and QtNetwork is not even loaded;
the running instance starts listening once its window has painted.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket


def screen_tag(environ: Mapping[str, str] | None = None) -> str:
    """What tells this user's screens apart: the Wayland and X displays, the login session
    and a forced Qt platform ("offscreen" runs never take a visible editor's files)."""
    environ = os.environ if environ is None else environ
    keys = ("WAYLAND_DISPLAY", "DISPLAY", "XDG_SESSION_ID", "QT_QPA_PLATFORM")
    parts = [environ.get(key, "") for key in keys]
    tag = re.sub(r"[^A-Za-z0-9.]+", "_", "-".join(parts)).strip("_")
    return tag[:60] or "console"


def default_server_name(app_id: str = "jekyll-post-editor", environ: Mapping[str, str] | None = None) -> str:
    """The socket's name for this user and screen (in ``$XDG_RUNTIME_DIR`` when there is one:
    private to the user and gone at logout)."""
    environ = os.environ if environ is None else environ
    if hasattr(os, "getuid"):
        name = f"{app_id}-{os.getuid()}-{screen_tag(environ)}"
        runtime = environ.get("XDG_RUNTIME_DIR")
        if runtime and os.path.isabs(runtime) and os.path.isdir(runtime):
            return os.path.join(runtime, name)
        return name
    import getpass
    import hashlib

    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment
        user = "user"
    # Hashed: a user name may hold characters a pipe name cannot.
    return f"{app_id}-{hashlib.sha256(f'{app_id}:{user}'.encode()).hexdigest()[:12]}-{screen_tag(environ)}"


def socket_file(name: str) -> str | None:
    """The file a server called ``name`` listens on (as QLocalServer places it); None off Unix."""
    if os.name != "posix":
        return None
    if os.path.isabs(name):
        return name
    if sys.platform == "darwin":  # Qt asks macOS for its temporary folder there
        from PySide6.QtCore import QDir

        return os.path.join(QDir.tempPath(), name)
    # QDir.tempPath() elsewhere on Unix, as Qt documents it: $TMPDIR, or /tmp.
    # Written out because building the QDir class costs ~1 ms of start-up.
    return os.path.join(os.path.normpath(os.environ.get("TMPDIR") or "/tmp"), name)


class SingleInstance(QObject):
    # The paths a later instance was started with (absolute strings; empty to just raise the window).
    pathsReceived = Signal(list)

    def __init__(self, name: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name or default_server_name()
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def send(self, paths: list[str], timeout_ms: int = 2000) -> bool:
        """Give ``paths`` to a running instance; False if none answers."""
        socket = self._connect(timeout_ms)
        if socket is None:
            return False
        import json

        socket.write(json.dumps({"paths": [os.path.abspath(p) for p in paths]}).encode() + b"\n")
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        if socket.state() != socket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(timeout_ms)
        return ok

    def listen(self) -> bool:
        """Become the running instance; False if the name cannot be taken."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return True
        if self._answers():
            # Another editor started meanwhile and listens (this one opened its
            # window before it could ask): leave that one the name.
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A stale socket file from an instance that crashed: nobody answers.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def is_listening(self) -> bool:
        return self._server is not None

    def _answers(self, timeout_ms: int = 300) -> bool:
        """Whether a running instance accepts a connection on our name now."""
        socket = self._connect(timeout_ms)
        if socket is None:
            return False
        socket.abort()
        return True

    def _connect(self, timeout_ms: int) -> QLocalSocket | None:
        """A socket connected to the running instance, or None if nobody answers."""
        path = socket_file(self.name)
        if path is not None and not os.path.exists(path):
            return None  # nobody has ever listened here, or the last one cleaned up
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        return socket if socket.waitForConnected(timeout_ms) else None

    def claim(self, paths: list[str]) -> bool:
        """True if this process is now the running instance; False if the paths went to another."""
        if self.send(paths):
            return False
        return self.listen()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._finish(s))

    def _read(self, socket: QLocalSocket) -> None:
        self._buffers[socket] = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" in self._buffers[socket]:
            self._finish(socket)

    def _finish(self, socket: QLocalSocket) -> None:
        data = self._buffers.pop(socket, None)
        if data is None:
            return
        data += bytes(socket.readAll().data())
        # Our handlers must not run while the socket is being destroyed (it emits disconnected then).
        socket.readyRead.disconnect()
        socket.disconnected.disconnect()
        socket.deleteLater()
        import json

        try:
            message = json.loads(data.split(b"\n", 1)[0].decode("utf-8"))
            paths = [str(p) for p in message.get("paths", [])]
        except (ValueError, AttributeError, UnicodeDecodeError):
            return
        self.pathsReceived.emit(paths)
