"""The network coming back: the courier tries everything queued at once (on the background runner), instead of
letting a concern raised during an outage wait out its back-off."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QNetworkInformation

from carelink.services.delivery import Courier
from carelink.ui.runner import BackgroundRunner

log = logging.getLogger(__name__)
_ONLINE = (QNetworkInformation.Reachability.Online, QNetworkInformation.Reachability.Site)


class NetworkWatch(QObject):
    """Listens to the system's network reachability (where the platform tells it) and asks the courier to send
    everything when it becomes reachable again. Where the platform cannot tell, it does nothing: the minute's sync
    and its "a server answered" rule still send everything within a minute of the network returning."""

    def __init__(self, courier: Courier, runner: BackgroundRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._courier, self._runner = courier, runner
        self._was_online: bool | None = None
        information = QNetworkInformation.instance()
        if information is None and QNetworkInformation.loadDefaultBackend():
            information = QNetworkInformation.instance()
        if information is None:
            log.info("this system does not tell CareLink when the network comes back")
            return
        self._was_online = information.reachability() in _ONLINE
        information.reachabilityChanged.connect(self.reachability_changed)

    def reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        online = reachability in _ONLINE
        came_back = online and self._was_online is False
        self._was_online = online
        if came_back:
            log.info("the network is back: sending everything queued")
            self._runner.run_task(self._courier.network_back, lambda _report: None,
                                  lambda error: log.error("sending after the network came back failed",
                                                          exc_info=error), owner=self)
