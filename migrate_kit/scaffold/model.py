"""What a scaffolded service is made of: frozen values the renderers read (no I/O here).

A `ServicePlan` is everything the templates need for one service; it is built from
boundaries.yaml, graph.json and the monolith's source by `planning.plan_services`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

HTTP, MESSAGE, INVOKE, COMMAND = "http", "message", "invoke", "command"


@dataclass(frozen=True)
class Param:
    """One parameter of an original function, as the generated code validates it."""

    name: str
    annotation: str  # the pydantic annotation: "int", "Decimal", "list[int]", "Any"...
    required: bool
    original: str = ""  # the annotation as written in the monolith ("" when there is none)
    portable: bool = True  # False when it names an object of the monolith (an ORM row...): send its key instead
    example: str = "'example'"  # a valid value, as Python source (for the generated tests)
    invalid: str | None = None  # a value the validation refuses, as Python source; None if anything goes
    http_source: str = ""  # where an HTTP route takes it from: path, query, header, body ("" when not HTTP)


@dataclass(frozen=True)
class Route:
    method: str  # GET, POST..., or ANY
    path: str  # SAM / API Gateway form: /orders/{order_id}
    resolver_path: str  # Powertools form: /orders/<order_id>
    original: str  # as written in the monolith
    framework: str
    path_params: tuple[str, ...]


@dataclass(frozen=True)
class DataSite:
    """A place where the original code still reads or writes through the old ORM or SQL."""

    site: str  # path:line
    function: str
    entity: str
    access: str  # read | write
    how: str
    owner: str  # the service that owns the entity ("" when nobody does)


@dataclass(frozen=True)
class ClientCall:
    """A call of the original code that now goes through a generated client."""

    site: str
    target: str  # the called function
    service: str  # the service it belongs to now
    style: str  # sync | async
    client: str  # ClientClass.method


@dataclass(frozen=True)
class Operation:
    """One thing the service does: an entry point or a function other services call."""

    name: str  # python identifier, unique in the service
    qualname: str  # the original function
    path: str
    line: int
    doc: str
    params: tuple[Param, ...]
    accepts_extra: bool  # the original takes **kwargs
    routes: tuple[Route, ...] = ()
    http_body: bool = False  # an HTTP route with a body the original reads itself (Flask, Django)
    message: bool = False  # consumed from a queue (a task, or an async interface other services use)
    invoke: bool = False  # called synchronously by other services (direct invoke)
    command: str = ""  # a CLI command name
    delegate_module: str = ""  # set when the copied original runs as it is: its module...
    delegate_attribute: str = ""  # ...and its name there
    not_delegated_because: str = ""
    writes: tuple[str, ...] = ()  # owned entities the original writes (through its callees too)
    reads: tuple[str, ...] = ()  # owned entities it only reads
    data_sites: tuple[DataSite, ...] = ()
    calls: tuple[ClientCall, ...] = ()
    kinds: tuple[str, ...] = ()  # http, message, invoke, command

    @property
    def delegates(self) -> bool:
        return bool(self.delegate_module)

    @property
    def message_type(self) -> str:
        return self.qualname


@dataclass(frozen=True)
class Attribute:
    name: str
    type: str  # the field type of graph.json: string, integer, decimal...
    nullable: bool
    key_type: str  # S, N or B when used in a key


@dataclass(frozen=True)
class Index:
    name: str  # ByCustomerId
    attribute: str
    range: str  # "" when none
    method: str  # query_by_customer_id
    references: str  # the entity the foreign key points at


@dataclass(frozen=True)
class Table:
    entity: str
    logical: str  # OrderTable
    env: str  # ORDER_TABLE
    repository: str  # OrderRepository
    accessor: str  # order (the module-level factory name)
    table: str  # the monolith's table name
    source: str  # path:line of the model
    framework: str
    attributes: tuple[Attribute, ...]
    hash_key: str
    range_key: str  # "" when none
    indexes: tuple[Index, ...]
    key_assumed: bool  # no primary key known: a string `id` is used

    @property
    def key(self) -> tuple[str, ...]:
        return (self.hash_key, self.range_key) if self.range_key else (self.hash_key,)

    def attribute(self, name: str) -> Attribute:
        return next(a for a in self.attributes if a.name == name)


@dataclass(frozen=True)
class Queue:
    operation: str  # the operation it feeds
    message_type: str
    logical: str  # SendLowStockAlertQueue
    dead_letter: str  # SendLowStockAlertDeadLetterQueue
    export: str  # SendLowStockAlertQueue: exports are ${AWS::StackName}-<export>Url|Name|Arn


@dataclass(frozen=True)
class Outbound:
    """An interface this service calls: a client method."""

    service: str  # the service that owns the target
    target: str
    style: str
    method: str  # client method name
    client: str  # client class name: OrdersClient
    params: tuple[Param, ...]
    accepts_extra: bool
    call_sites: tuple[str, ...]
    env: str  # the environment variable holding the queue URL or the function name
    stack_parameter: str  # OrdersStackName
    export: str  # the consumer's export prefix (queue) or InternalFunction


@dataclass(frozen=True)
class Policy:
    template: str  # a SAM policy template: DynamoDBCrudPolicy...
    argument: str  # TableName, QueueName, FunctionName
    value: tuple[str, ...]  # ("ref", X) | ("getatt", X, Attr) | ("import", Param, Export)


@dataclass(frozen=True)
class Variable:
    name: str
    value: tuple[str, ...]  # like Policy.value


@dataclass(frozen=True)
class Function:
    logical: str  # HttpFunction
    kind: str  # http | message | invoke | command
    module: str  # handlers.http
    description: str
    operations: tuple[str, ...]
    variables: tuple[Variable, ...]
    policies: tuple[Policy, ...]
    log_group: str  # HttpFunctionLogs

    @property
    def handler(self) -> str:
        return f"{self.module}.handler"


@dataclass(frozen=True)
class CopiedModule:
    module: str
    path: str  # relative to ROOT and to src/
    role: str  # own | kernel | package (a parent package owned elsewhere, copied for the layout)
    owner: str


@dataclass(frozen=True)
class Requirement:
    name: str  # distribution name
    spec: str  # "==1.2.3", ">=2" or ""
    imports: tuple[str, ...]  # top-level import names that need it
    generated: bool  # needed by the generated code rather than the copied original

    @property
    def line(self) -> str:
        return f"{self.name}{self.spec}"


@dataclass(frozen=True)
class ServicePlan:
    name: str
    package: str  # the generated python package in src/
    confidence: float
    modules: tuple[str, ...]
    copied: tuple[CopiedModule, ...]
    tables: tuple[Table, ...]
    operations: tuple[Operation, ...]
    queues: tuple[Queue, ...]
    outbound: tuple[Outbound, ...]
    inbound: tuple[tuple[str, str, str], ...]  # (from service, target, style)
    functions: tuple[Function, ...]
    stack_parameters: tuple[tuple[str, str], ...]  # (parameter, service)
    requirements: tuple[Requirement, ...]
    idempotency: bool  # a queue consumer writes: an idempotency table exists
    conflicts: tuple[str, ...]  # one line each: shared writes, cycles
    copied_env: tuple[tuple[str, str], ...]  # (variable, path:line) the copied original reads
    foreign_imports: tuple[tuple[str, str], ...]  # (copied module, imported module of another service)
    unreached_calls: tuple[Outbound, ...] = ()  # interfaces called only from code no operation runs: no client
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def operation(self, name: str) -> Operation:
        return next(o for o in self.operations if o.name == name)

    def table(self, entity: str) -> Table:
        return next(t for t in self.tables if t.entity == entity)

    def by_kind(self, kind: str) -> tuple[Operation, ...]:
        return tuple(o for o in self.operations if kind in o.kinds)
