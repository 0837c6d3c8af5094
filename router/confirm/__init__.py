"""Confirmations: an irreversible action the bot was not sure of waits for the merchant's "确认".

``model``: what waits (``Pending``) and the store's interface; ``store``: the store on the ticket database (SQLite
or PostgreSQL), shared by every router; ``memory``: the same in memory, for tests; ``keeper``: tells merchants when
a question lapsed.
"""
