import importlib
import logging

from .config import HOOKS_CONFIG

logger = logging.getLogger(__name__)


def load_hook(dotted_path):
    module_name, _, attr = dotted_path.rpartition(".")
    module = importlib.import_module(module_name)
    return getattr(module, attr)


def run_hooks(event, payload):
    results = []
    for path in HOOKS_CONFIG.get(event, []):
        hook = load_hook(path)
        results.append(hook(payload))
    logger.debug("ran %d hooks for %s", len(results), event)
    return results


def call_method(obj, settings):
    method_name = settings["method"]
    handler = getattr(obj, method_name)
    return handler()


def notify(channel, message):
    channel.send(message)
    channel.flush()
