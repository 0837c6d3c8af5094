"""``complaint``: class 2 — no carrier API does this; a person follows the ticket to its end."""

from handlers.person import PersonTicket

HANDLER = PersonTicket(intent="complaint", label="投诉")
