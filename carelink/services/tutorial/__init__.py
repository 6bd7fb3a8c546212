"""Tutorial mode's core, with no Qt: the lesson files and their engine, learners' progress, the pretend family."""
