"""The billing service, extracted from the monolith by migrate-kit.

handlers/      Lambda entry points (Powertools): validate the event, call an operation
operations.py  one function per operation: the seam where the original code is ported
inputs.py      the validated input of each operation, from the original's signature
repositories   one DynamoDB repository per entity this service owns
clients.py     calls into other services (queues for async interfaces, invoke for sync)
"""
