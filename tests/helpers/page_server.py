"""One page served on loopback over plain HTTP (which CareLink accepts as a call link to this computer), for the
tests and the benchmark that open a real call page in Qt WebEngine."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@contextlib.contextmanager
def serve_page(page: bytes) -> Iterator[str]:
    """Serves `page` at every path until the block ends; yields the URL of /call."""

    class _Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            with contextlib.suppress(OSError):  # a page given up on (a call hung up) before it had all of it
                self.wfile.write(page)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/call"
    finally:
        server.shutdown()
        server.server_close()
