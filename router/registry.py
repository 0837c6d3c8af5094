"""Handler registry: a request is classified to an intent and handed to the handler registered for it.

The customer service (handlers/customer_service.py) dispatches understood requests by intent itself; this
registry serves the acknowledge-only mode (``carrier.enabled = false``) and the benchmarks, where every request
classifies as ``receipt`` unless a classifier is given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

from router.contracts import MerchantRequest, Output


class Handler(Protocol):
    async def handle(self, request: MerchantRequest) -> Sequence[Output]:
        """Decide the outputs for one request. Runs under the scheduler: one request per merchant at a time,
        unless the handler is a ``LanedHandler``."""


class Prepared:
    """What a laned handler read from a request before handling it: the request's ``lanes``, and what it
    ``kept`` for ``handle`` (the router carries it on the record's job, so nothing is read or looked up twice).

    ``lanes``: the names (waybill numbers) of what the request acts on; two requests of one merchant whose lanes
    overlap run in order, one after the other. An empty set overlaps nothing; None means anything (the request
    runs alone).

    """

    __slots__ = ("kept", "lanes")

    def __init__(self, lanes: frozenset[str] | None, kept: object = None) -> None:
        self.lanes, self.kept = lanes, kept


@runtime_checkable
class LanedHandler(Handler, Protocol):
    """A handler that says what each request touches, so a merchant's unrelated requests may run together."""

    def prepare(self, request: MerchantRequest) -> Prepared:
        """Read ``request`` for its lanes. The router calls it synchronously, once per request, before that
        request's ``handle``, and hands its result to ``handle``."""

    async def handle(self, request: MerchantRequest, prepared: Prepared | None = None) -> Sequence[Output]:
        """As ``Handler.handle``; ``prepared`` is what ``prepare`` gave, or None when it was not asked (the
        router may run with ``max_per_key`` 1, and other callers may not ask it)."""


@runtime_checkable
class Tenanted(Protocol):
    """A handler serving several tenants (a network's outlets), each with its share of the router."""

    @property
    def several(self) -> bool:
        """Whether it serves more than one tenant now (when not, records are not decoded at intake for
        ``outlet_of``: a deep backlog of a single outlet stays raw bytes until its turn)."""

    def outlet_of(self, request: MerchantRequest) -> str | None:
        """Whose share of the router the request takes: one outlet's surge or slow carrier holds at most
        ``scheduler.max_inflight_per_outlet`` slots and ``backpressure.max_records_per_outlet`` buffered records.
        None: nobody's. Called for every record as it is received (and again when it is fetched again), so it
        must be cheap: the request is decoded, its text not parsed."""


@runtime_checkable
class Prioritised(Protocol):
    """A handler some of whose senders go first (an outlet's VIP merchants): their requests start before those
    merely waiting their turn, each merchant's still in order."""

    @property
    def prioritised(self) -> bool:
        """Whether anyone goes first now (when not, records are not decoded at intake for ``first``)."""

    def first(self, request: MerchantRequest) -> bool:
        """Whether the request's sender goes first. Called for every record as it is received, so it must be
        cheap: the request is decoded, its text not parsed."""


@runtime_checkable
class RebalanceAware(Protocol):
    """A handler that caches what it knows of merchants: told when partitions (so merchants) go elsewhere."""

    def revoked(self) -> None:
        """Called after each revocation, once the revoked partitions' requests are finished or abandoned."""


Classifier = Callable[[MerchantRequest], str]


class UnknownIntentError(LookupError):
    pass


class HandlerRegistry:
    def __init__(self, classify: Classifier | None = None) -> None:
        self._handlers: dict[str, Handler] = {}
        self._classify: Classifier = classify or (lambda _req: "receipt")

    def __repr__(self) -> str:
        return f"<HandlerRegistry intents={sorted(self._handlers)}>"

    def register(self, intent: str, handler: Handler) -> None:
        if intent in self._handlers:
            raise ValueError(f"a handler for intent {intent!r} is already registered")
        self._handlers[intent] = handler

    async def handle(self, request: MerchantRequest) -> Sequence[Output]:
        intent = self._classify(request)
        handler = self._handlers.get(intent)
        if handler is None:
            raise UnknownIntentError(f"no handler registered for intent {intent!r}")
        return await handler.handle(request)
