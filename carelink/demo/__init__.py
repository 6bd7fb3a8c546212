"""The demo household: a pretend family, their portraits and pictures, for trying CareLink with no email."""
