"""boundaries.yaml (design.md section 4): the proposal people edit and re-run.

Dumping is deterministic. Loading validates everything at once, naming each place
(`services[2].modules[0]: ...`), and keeps keys it does not know.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from migrate_kit.errors import BadInput, InvalidFile
from migrate_kit.model.boundaries import Conflict, Interface, Proposal, Service

SCHEMA = 1
NAME = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
SERVICE_KEYS = ("name", "modules", "entities", "confidence", "new_modules")
TOP_KEYS = ("schema", "root", "seed", "services", "shared_kernel", "interfaces", "conflicts", "metrics", "plan",
            "removed_modules")
HEADER = """\
# Service boundaries proposed by migrate-kit. Edit `services` and `shared_kernel`
# (move modules, rename or merge services), then re-run
#   migrate-kit analyze ROOT --boundaries THIS_FILE
# to re-score it. Keys you add are kept; comments are not. Interfaces, conflicts,
# metrics and plan are recomputed on every run.
"""


class _Flow(list):
    """A list dumped on one line: `[orders, payments]`."""


class _FlowMap(dict):
    """A mapping dumped on one line: `{step: 1, service: cart}`."""


class _Dumper(yaml.SafeDumper):
    """A safe dumper of our own, so the representers below do not leak into yaml's."""


_Dumper.add_representer(_Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
_Dumper.add_representer(_FlowMap, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items(), flow_style=True))


def dumps(proposal: Proposal) -> str:
    document = {
        "schema": SCHEMA,
        "root": proposal.root,
        "seed": proposal.seed,
        "services": [_service(s) for s in proposal.services],
        "shared_kernel": {
            "modules": list(proposal.shared_kernel),
            "why": {m: proposal.kernel_reasons[m] for m in proposal.shared_kernel if m in proposal.kernel_reasons},
        },
        "interfaces": [_interface(i) for i in proposal.interfaces],
        "conflicts": [_conflict(c) for c in proposal.conflicts],
        "metrics": _FlowMap(proposal.metrics),
        "plan": [_FlowMap({"step": p.step, "service": p.service, "why": p.why}) for p in proposal.plan],
    }
    if proposal.removed_modules:
        document["removed_modules"] = list(proposal.removed_modules)
    document.update({k: v for k, v in proposal.extra.items() if k not in document})
    body = yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    return HEADER + body


def _service(service: Service) -> dict:
    data = {"name": service.name, "modules": list(service.modules), "entities": list(service.entities),
            "confidence": service.confidence}
    if service.new_modules:
        data["new_modules"] = list(service.new_modules)
    data.update({k: v for k, v in service.extra.items() if k not in data})
    return data


def _interface(interface: Interface) -> dict:
    return {"from": interface.source, "to": interface.target_service, "target": interface.target,
            "style": interface.style, "call_sites": list(interface.call_sites)}


def _conflict(conflict: Conflict) -> dict:
    if conflict.kind == "shared_write":
        return {"kind": "shared_write", "entity": conflict.entity, "services": _Flow(conflict.services),
                "writers": list(conflict.writers)}
    return {"kind": "cycle", "services": _Flow(conflict.services),
            "break": [_FlowMap({"from": a, "to": b, "call_sites": n}) for a, b, n in conflict.break_edges]}


# -- loading --------------------------------------------------------------------------------


def load(path: Path) -> Proposal:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise BadInput(f"cannot read {path}: {error.strerror}") from None
    except UnicodeDecodeError as error:
        raise BadInput(f"{path} is not UTF-8 text: {error}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        raise InvalidFile(str(path), [f"{where}not valid YAML: {getattr(error, 'problem', error)}"]) from None
    problems = validate(data)
    if problems:
        raise InvalidFile(str(path), problems)
    return _proposal(data)


def validate(data: object) -> list[str]:
    """Every problem of a boundaries document, each naming its place."""
    if not isinstance(data, dict):
        return ["the document must be a mapping with `services` and `shared_kernel`"]
    problems = []
    if data.get("schema", SCHEMA) != SCHEMA:
        problems.append(f"schema: {data.get('schema')!r} is not supported (expected {SCHEMA})")
    if "seed" in data and (not isinstance(data["seed"], int) or isinstance(data["seed"], bool)):
        problems.append(f"seed: {data['seed']!r} is not an integer")
    services = data.get("services")
    if not isinstance(services, list):
        problems.append("services: must be a list of services")
        services = []
    seen_names: dict[str, int] = {}
    placed: dict[str, str] = {}
    for index, service in enumerate(services):
        where = f"services[{index}]"
        if not isinstance(service, dict):
            problems.append(f"{where}: must be a mapping with `name` and `modules`")
            continue
        name = service.get("name")
        if not isinstance(name, str) or not NAME.match(name):
            problems.append(f"{where}.name: {name!r} must be lowercase letters, digits and dashes")
        elif name in seen_names:
            problems.append(f"{where}.name: '{name}' is already the name of services[{seen_names[name]}]")
        else:
            seen_names[name] = index
        modules = service.get("modules")
        if not isinstance(modules, list):
            problems.append(f"{where}.modules: must be a list of module names")
            continue
        label = f"service '{name}'" if isinstance(name, str) else where
        for position, module in enumerate(modules):
            problems += _check_module(f"{where}.modules[{position}]", module, label, placed)
    problems += _check_interfaces(data.get("interfaces", []))
    kernel = _kernel_modules(data.get("shared_kernel"))
    if kernel is None:
        problems.append("shared_kernel.modules: must be a list of module names")
    else:
        for position, module in enumerate(kernel):
            problems += _check_module(f"shared_kernel.modules[{position}]", module, "the shared kernel", placed)
    return problems


def _check_interfaces(interfaces: object) -> list[str]:
    if not isinstance(interfaces, list):
        return ["interfaces: must be a list"]
    problems = []
    for index, interface in enumerate(interfaces):
        if not isinstance(interface, dict):
            problems.append(f"interfaces[{index}]: must be a mapping with `from`, `to` and `target`")
            continue
        for key in ("from", "to", "target"):
            if not isinstance(interface.get(key), str):
                problems.append(f"interfaces[{index}].{key}: {interface.get(key)!r} must be a name")
    return problems


def _check_module(where: str, module: object, label: str, placed: dict[str, str]) -> list[str]:
    if not isinstance(module, str) or not module:
        return [f"{where}: {module!r} is not a module name"]
    if module in placed:
        return [f"{where}: '{module}' is also in {placed[module]}"]
    placed[module] = label
    return []


def _kernel_modules(kernel: object) -> list | None:
    if kernel is None:
        return []
    if isinstance(kernel, list):
        return kernel
    if isinstance(kernel, dict) and isinstance(kernel.get("modules", []), list):
        return kernel.get("modules", [])
    return None


def _proposal(data: dict) -> Proposal:
    services = tuple(
        Service(
            name=s["name"],
            modules=tuple(s["modules"]),
            entities=tuple(s.get("entities") or ()),
            confidence=float(s.get("confidence") or 0.0),
            extra={k: v for k, v in s.items() if k not in SERVICE_KEYS},
        )
        for s in data.get("services", [])
    )
    kernel = tuple(_kernel_modules(data.get("shared_kernel")) or ())
    interfaces = tuple(
        Interface(i["from"], i["to"], i["target"], str(i.get("style", "sync")), tuple(i.get("call_sites") or ()))
        for i in data.get("interfaces", [])
    )
    conflicts = tuple(
        Conflict("shared_write", tuple(c.get("services") or ()), entity=str(c.get("entity", "")))
        for c in data.get("conflicts", []) or []
        if isinstance(c, dict) and c.get("kind") == "shared_write"
    )
    return Proposal(
        root=str(data.get("root", "")),
        seed=int(data.get("seed", 0)),
        services=services,
        shared_kernel=kernel,
        kernel_reasons={},
        interfaces=interfaces,
        conflicts=conflicts,
        metrics={},
        plan=(),
        extra={k: v for k, v in data.items() if k not in TOP_KEYS},
    )

