"""The email channel: the account, MIME parsing and sanitising, IMAP sync and SMTP sending."""
