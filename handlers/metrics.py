"""The customer service's metrics: what became of each request, by intent, outcome and reason."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter

from router.metrics import OUTLET_SERIES, Children, OutletLabels

__all__ = ["OUTLET_SERIES", "ServiceMetrics"]


class ServiceMetrics:
    """Labels are intents and reasons: fixed vocabularies."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        r = self.registry = registry or CollectorRegistry()
        self.requests = Counter("kefu_understood_requests_total", "Understood requests, by intent", ["intent"],
                                registry=r)
        self.escalations = Counter("kefu_escalations_total", "Work handed to a person, by reason", ["reason"],
                                   registry=r)
        self.refused = Counter("kefu_refused_waybills_total", "Waybills refused before any operation, by reason",
                               ["reason"], registry=r)
        self.chitchat = Counter("kefu_no_action_messages_total", "Messages that asked for nothing", registry=r)
        self.outcomes = Counter("kefu_requests_total", "Requests by what became of them: answered (by the bot), "
                                "asked (the merchant must confirm), to_human, no_action, refused", ["outcome"],
                                registry=r)
        for o in ("answered", "asked", "to_human", "no_action", "refused", "confirmation"):
            self.outcomes.labels(o)
        self.confirmations = Counter("kefu_confirmations_total", "Questions to merchants before an irreversible "
                                     "action, by what became of them: asked, confirmed, declined, superseded, late",
                                     ["outcome"], registry=r)
        self.questions = Counter("kefu_knowledge_questions_total", "Messages that asked rather than commanded, by "
                                 "what answered them: knowledge (an entry of the knowledge base), stop_ship (the "
                                 "stop-ship areas), person (none: handed to a person)", ["answered_by"], registry=r)
        for by in ("knowledge", "stop_ship", "person"):
            self.questions.labels(by)
        self.limited = Counter("kefu_refused_requests_total", "Requests refused over a limit, by limit", ["limit"],
                               registry=r)
        # One series per outlet, for a network's per-outlet figures and the alert on one outlet going quiet; at
        # most OUTLET_SERIES of them (the rest count as "other"), so a network of thousands stays bounded.
        self.outlet_requests = Counter("kefu_outlet_requests_total", "Requests by outlet (\"default\": a deployment "
                                       "of one outlet; \"other\": past the bounded number)", ["outlet"], registry=r)
        self._outlets = OutletLabels(self.outlet_requests)
        # the children used per request, without a ``labels`` call each time
        self.by_intent, self.by_outcome = Children(self.requests), Children(self.outcomes)
        self.by_escalation, self.by_refusal = Children(self.escalations), Children(self.refused)

    def by_outlet(self, outlet: str) -> Counter:
        """The request counter of ``outlet`` ("" is a deployment's one outlet, "default")."""
        return self._outlets(outlet)
