"""Tickets followed to a result: the store (SQLite or PostgreSQL) and the follower that closes the loop."""
