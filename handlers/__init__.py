"""Handlers, one module per intent, and the default registry that wires them up."""

from __future__ import annotations

from handlers.receipt import ReceiptHandler
from router.registry import HandlerRegistry


def default_registry() -> HandlerRegistry:
    registry = HandlerRegistry()
    registry.register("receipt", ReceiptHandler())
    return registry


__all__ = ["ReceiptHandler", "default_registry"]
