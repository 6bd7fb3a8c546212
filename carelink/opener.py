"""Opening a call link from the command line, with the computer's own browser or call app (the GUI opens calls
in its own call window instead). Behind the UrlOpener port of carelink.services.calls."""

from __future__ import annotations

import webbrowser


class BrowserOpener:
    """Opens links with Python's webbrowser module (which uses the desktop's own handler)."""

    def open(self, url: str) -> bool:
        return webbrowser.open(url)
