from .errors import ValidationFailed


class Serializer:
    fields = ()
    required = ()

    def __init__(self, instance=None, payload=None):
        self.instance = instance
        self.payload = payload or {}
        self.cleaned = {}

    def data(self):
        return {name: getattr(self.instance, name, None) for name in self.fields}

    def validate(self):
        missing = [name for name in self.required if name not in self.payload]
        if missing:
            raise ValidationFailed({name: "required" for name in missing})
        self.cleaned = {name: self.payload[name] for name in self.fields if name in self.payload}
        return self.cleaned
