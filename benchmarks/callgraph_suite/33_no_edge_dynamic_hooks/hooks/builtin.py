def send_welcome(payload):
    return f"welcome {payload['email']}"


class AuditTrail:
    def record(self, payload):
        return ("audit", payload)

    def purge(self):
        return 0
