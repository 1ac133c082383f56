"""One frontdesk per home folder. A second start brings the first window forward and quietly exits.

The lock file says who owns the home folder (and is taken over when its owner crashed). The owner also
listens on a local socket named after the home folder; a second start connects to it, asks it to show its
window, and exits. When the owner holds the lock but can't be reached (an older frontdesk, or one that is
hung), the second start tells the user instead, as before.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "frontdesk.lock"
ACTIVATE = b"activate\n"
CONNECT_MS = 1000

log = logging.getLogger(__name__)


def server_name(home: Path) -> str:
    """A short name unique to the home folder (a socket path on Unix, a pipe name on Windows)."""
    digest = hashlib.sha256(str(home.resolve()).encode("utf-8")).hexdigest()[:24]
    return f"frontdesk-{digest}"


class SingleInstance(QObject):
    """Call :meth:`acquire`; on False call :meth:`notify_running`. The owner emits ``activationRequested``."""

    activationRequested = Signal()

    def __init__(self, home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        home.mkdir(parents=True, exist_ok=True)
        self.name = server_name(home)
        self._lock = QLockFile(str(home / LOCK_NAME))
        # Never stale by age: the app runs all day. A lock left by a crashed process is still taken over,
        # because Qt checks whether the owning process is alive.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the home folder; the owner starts listening for later starts."""
        if not self._lock.tryLock(200):
            return False
        self._listen()
        return True

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # only this user may knock
        # We own the lock, so a socket of that name is left over from a crash: remove it and listen.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            # Not fatal: the app works, a second start just gets the message instead.
            log.warning("single-instance socket not available: %s", server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():  # the message may have arrived with the connection
                self._read(socket)

    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            self.activationRequested.emit()

    def notify_running(self) -> bool:
        """Ask the owner to show its window. False when it can't be reached (then tell the user)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            log.info("the running frontdesk did not answer: %s", socket.errorString())
            return False
        socket.write(ACTIVATE)
        sent = socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()
