import logging

log = logging.getLogger(__name__)


class Signal:
    def __init__(self, name):
        self.name = name
        self._receivers = []

    def connect(self, receiver):
        self._receivers.append(receiver)
        return receiver

    def send(self, sender, **payload):
        return [(receiver, receiver(sender, **payload)) for receiver in self._receivers]

    def send_robust(self, sender, **payload):
        results = []
        for receiver in self._receivers:
            try:
                results.append((receiver, receiver(sender, **payload)))
            except Exception as exc:
                log.exception("receiver failed for %s", self.name)
                results.append((receiver, exc))
        return results


order_placed = Signal("order_placed")
payment_failed = Signal("payment_failed")
