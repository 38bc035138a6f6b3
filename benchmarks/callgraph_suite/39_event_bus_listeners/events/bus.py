class EventBus:
    def __init__(self):
        self._listeners = {}
        self._wildcard = []

    def _add(self, event, listener):
        if event not in self._listeners:
            self._listeners[event] = []
        self._listeners[event].append(listener)

    def on(self, event):
        def decorator(func):
            self._add(event, func)
            return func

        return decorator

    def add_listener(self, event, listener):
        self._add(event, listener)

    def on_any(self, listener):
        self._wildcard.append(listener)
        return listener

    def publish(self, event, **payload):
        if event in self._listeners:
            for listener in self._listeners[event]:
                listener(**payload)
        for listener in self._wildcard:
            listener(event, payload)


bus = EventBus()
