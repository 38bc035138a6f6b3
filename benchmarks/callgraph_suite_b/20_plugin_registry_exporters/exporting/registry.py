import importlib
import logging

log = logging.getLogger(__name__)


class PluginRegistry:
    def __init__(self, kind):
        self.kind = kind
        self._plugins = {}

    def register(self, name=None):
        def decorator(plugin_cls):
            self._plugins[name or plugin_cls.__name__.lower()] = plugin_cls
            return plugin_cls

        return decorator

    def create(self, name, **options):
        try:
            plugin_cls = self._plugins[name]
        except KeyError:
            raise LookupError(f"no {self.kind} plugin named {name!r}") from None
        return plugin_cls(**options)

    def names(self):
        return sorted(self._plugins)

    def load_external(self, module_names):
        for module_name in module_names:
            try:
                importlib.import_module(module_name)
            except ImportError:
                log.warning("could not load plugin module %s", module_name)


exporters = PluginRegistry("exporter")
