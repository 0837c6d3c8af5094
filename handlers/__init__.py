"""Handlers, one module per intent, registered by intent; ``CustomerService`` runs them for the router."""

from __future__ import annotations

from handlers import (
    arbitration,
    cancel,
    change_address,
    claim,
    complaint,
    damaged,
    delay,
    intercept,
    lost,
    track,
    urge,
    verify_delivery,
    weight,
)
from handlers.base import IntentHandler
from handlers.receipt import ReceiptHandler
from router.registry import HandlerRegistry

_MODULES = (track, intercept, cancel, change_address, urge, weight, delay, verify_delivery, damaged, lost, claim,
            complaint, arbitration)


def intent_handlers() -> dict[str, IntentHandler]:
    """Every intent the parser knows, with its handler (a test checks none is missing)."""
    out: dict[str, IntentHandler] = {}
    for module in _MODULES:
        h: IntentHandler = module.HANDLER
        if h.intent in out:
            raise ValueError(f"two handlers for intent {h.intent!r}")
        out[h.intent] = h
    return out


def default_registry() -> HandlerRegistry:
    """Acknowledge-only mode (``gateway.enabled = false``): every request gets a receipt, nothing more."""
    registry = HandlerRegistry()
    registry.register("receipt", ReceiptHandler())
    return registry


__all__ = ["ReceiptHandler", "default_registry", "intent_handlers"]
