"""Shared building blocks: abstract models, database plumbing, the audit trail."""
