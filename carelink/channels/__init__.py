"""Ways messages travel: email (IMAP in, SMTP out) and the sandbox used by the demo and the tutorial."""
