"""The family message wall: one big card at a time, read aloud, replies, photos full screen."""
