import json
import logging
import time


class AuditLog:
    def __init__(self, logger_name):
        self.logger = logging.getLogger(logger_name)

    def write(self, action, **fields):
        self.logger.info(json.dumps({"action": action, "at": time.time(), **fields}))


audit_log = AuditLog("audit")
