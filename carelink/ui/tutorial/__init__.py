"""Tutorial mode: the Learn screen, the facilitator's panel, the lesson overlay, the workshop and handouts."""
