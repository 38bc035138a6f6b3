"""Powertools logger, tracer and metrics, shared by every handler of the service.

They read POWERTOOLS_SERVICE_NAME and POWERTOOLS_METRICS_NAMESPACE from the Globals of
template.yaml.
"""

from __future__ import annotations

from aws_lambda_powertools import Logger, Metrics, Tracer

logger = Logger()
tracer = Tracer()
metrics = Metrics()
