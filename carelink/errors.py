"""Errors a person can act on, each carrying one plain-English sentence."""


class UserError(Exception):
    """Bad input or an unreachable service: the message is shown as it is, so write it for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
