"""A PostgreSQL server out of reach of its clients, as the live-update tests need it: a relay
between them and the server, cut (connections dropped, new ones refused) and resumed. (A
restart: tests/pg_helpers.py.)"""

from __future__ import annotations

from contextlib import suppress


class Proxy:
    """A TCP relay between the clients under test and the server: ``cut()`` is the server
    gone (open connections dropped, new ones refused), ``resume()`` it back."""

    def __init__(self, host: str, port: int) -> None:
        import socket
        import threading

        self._socket, self._threading = socket, threading
        self.upstream = (host, port)
        self.port = 0
        self._peers: list = []
        self._listener = None
        self.resume()

    @classmethod
    def to(cls, url: str) -> Proxy:
        """A relay to the server of database ``url``."""
        from sqlalchemy.engine import make_url

        target = make_url(url)
        return cls(target.host or "127.0.0.1", target.port or 5432)

    def url(self, url: str) -> str:
        from sqlalchemy.engine import make_url

        return make_url(url).set(host="127.0.0.1", port=self.port).render_as_string(
            hide_password=False)

    def resume(self) -> None:
        s = self._socket.socket()
        s.setsockopt(self._socket.SOL_SOCKET, self._socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", self.port))
        s.listen()
        self.port = s.getsockname()[1]
        self._listener = s
        self._threading.Thread(target=self._accept, args=(s,), daemon=True).start()

    def cut(self) -> None:
        if self._listener is not None:
            self._listener.shutdown(self._socket.SHUT_RDWR)  # wakes the accept() below
            self._listener.close()
            self._listener = None
        for peer in self._peers:
            with suppress(OSError):
                peer.shutdown(self._socket.SHUT_RDWR)
            peer.close()
        self._peers.clear()

    def _accept(self, listener) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:  # cut
                return
            server = self._socket.create_connection(self.upstream)
            self._peers += [client, server]
            for a, b in ((client, server), (server, client)):
                self._threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src, dst) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with suppress(OSError):
                    s.close()
