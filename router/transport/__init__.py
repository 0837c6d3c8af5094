"""Transports: the broker behind the Source and Sink interfaces."""
