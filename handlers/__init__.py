"""The customer service: every intent's handler in one table (``intents``), run by ``CustomerService`` for the
router."""

from __future__ import annotations

from handlers.intents import INTENTS, TICKET_CLASS, intent_handlers
from handlers.receipt import ReceiptHandler
from router.registry import HandlerRegistry


def default_registry() -> HandlerRegistry:
    """Acknowledge-only mode (``carrier.enabled = false``): every request gets a receipt, nothing more."""
    registry = HandlerRegistry()
    registry.register("receipt", ReceiptHandler())
    return registry


__all__ = ["INTENTS", "TICKET_CLASS", "ReceiptHandler", "default_registry", "intent_handlers"]
