"""The product's behaviour, in plain Python: both the GUI and the command line call these."""
