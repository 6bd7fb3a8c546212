"""Video calls on screen: the family grid, "Call Sarah?", the call under way, and a call ringing in."""
