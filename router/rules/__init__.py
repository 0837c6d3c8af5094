"""Each outlet's workflow rules: how each kind of request is handled, by whom, when."""
