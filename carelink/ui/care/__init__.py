"""The care screens: Report a concern and I'm OK today, and the words Home uses to say how they went."""
