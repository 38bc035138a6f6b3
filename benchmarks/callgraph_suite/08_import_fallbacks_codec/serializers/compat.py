try:
    import ujson as json
except ImportError:
    import json

try:
    from yaml import CSafeLoader as Loader
except ImportError:
    from yaml import SafeLoader as Loader

import yaml


def dumps(obj):
    return json.dumps(obj)


def loads(text):
    return json.loads(text)


def load_yaml(text):
    return yaml.load(text, Loader=Loader)
