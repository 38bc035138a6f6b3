"""A Lambda function per group of entry points, each with the environment and the
least-privilege policies (SAM policy templates) its operations need, and nothing more."""

from __future__ import annotations

from migrate_kit.scaffold.model import (
    COMMAND, HTTP, INVOKE, MESSAGE, Function, Operation, Outbound, Policy, Queue, Table, Variable,
)

GROUPS = (
    ("HttpFunction", HTTP, "handlers.http", "HTTP API routes"),
    ("WorkerFunction", MESSAGE, "handlers.worker", "Queue consumer: tasks and async interfaces"),
    ("InternalFunction", INVOKE, "handlers.internal", "Synchronous interfaces other services invoke"),
    ("CommandFunction", COMMAND, "handlers.commands", "Operator commands (the monolith's CLI)"),
)
IDEMPOTENCY_TABLE, IDEMPOTENCY_ENV = "IdempotencyTable", "IDEMPOTENCY_TABLE"
CONSUME = "consume"  # not a policy template: receive from and delete on the function's own queues
CONSUME_ACTIONS = ("sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ReceiveMessage")


def functions(package: str, ops: tuple[Operation, ...], tables: tuple[Table, ...], queues: tuple[Queue, ...],
              outbound: tuple[Outbound, ...], idempotency: bool) -> tuple[Function, ...]:
    made = []
    unused = {t.entity for t in tables} - {e for o in ops for e in (*o.writes, *o.reads)}
    for logical, kind, module, description in GROUPS:
        members = tuple(o for o in ops if kind in o.kinds)
        if not members:
            continue
        variables, policies = _data_access(members, tables, unused)
        more_variables, more_policies = _clients(members, outbound)
        variables += more_variables
        policies += more_policies
        if kind == MESSAGE:  # an inline statement: SAM's SQSPollerPolicy names actions IAM does not have
            policies.append(Policy(CONSUME, "", tuple(q.logical for q in queues)))
            if idempotency:
                variables.append(Variable(IDEMPOTENCY_ENV, ("ref", IDEMPOTENCY_TABLE)))
                policies.append(Policy("DynamoDBCrudPolicy", "TableName", ("ref", IDEMPOTENCY_TABLE)))
        made.append(Function(
            logical=logical, kind=kind, module=f"{package}.{module}", description=description,
            operations=tuple(o.name for o in members),
            variables=tuple(sorted(set(variables), key=lambda v: v.name)),
            policies=tuple(sorted(set(policies), key=lambda p: (p.template, p.value))),
            log_group=f"{logical}Logs",
        ))
    return tuple(made)


def _data_access(members: tuple[Operation, ...], tables: tuple[Table, ...],
                 unused: set[str]) -> tuple[list[Variable], list[Policy]]:
    """CRUD on the tables the operations' originals write, read on those they read; a table
    no operation was seen using is readable by every function, until its port says more."""
    by_entity = {t.entity: t for t in tables}
    written = {e for o in members for e in o.writes if e in by_entity}
    read = ({e for o in members for e in o.reads if e in by_entity} | unused) - written
    variables, policies = [], []
    for entity in sorted(written | read):
        table = by_entity[entity]
        variables.append(Variable(table.env, ("ref", table.logical)))
        template = "DynamoDBCrudPolicy" if entity in written else "DynamoDBReadPolicy"
        policies.append(Policy(template, "TableName", ("ref", table.logical)))
    return variables, policies


def _clients(members: tuple[Operation, ...], outbound: tuple[Outbound, ...]) -> tuple[list[Variable], list[Policy]]:
    called = {call.target for o in members for call in o.calls}
    variables, policies = [], []
    for interface in outbound:
        if interface.target not in called:
            continue
        if interface.style == "async":
            variables.append(Variable(interface.env, ("import", interface.stack_parameter, f"{interface.export}Url")))
            policies.append(Policy("SQSSendMessagePolicy", "QueueName",
                                   ("import", interface.stack_parameter, f"{interface.export}Name")))
        else:
            variables.append(Variable(interface.env, ("import", interface.stack_parameter, f"{interface.export}Name")))
            policies.append(Policy("LambdaInvokePolicy", "FunctionName",
                                   ("import", interface.stack_parameter, f"{interface.export}Name")))
    return variables, policies


def used_outbound(function: Function, ops: tuple[Operation, ...], outbound: tuple[Outbound, ...]) -> tuple[Outbound, ...]:
    names = set(function.operations)
    called = {call.target for o in ops if o.name in names for call in o.calls}
    return tuple(o for o in outbound if o.target in called)
