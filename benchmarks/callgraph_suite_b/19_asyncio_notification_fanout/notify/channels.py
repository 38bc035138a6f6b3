import asyncio
import json


class Channel:
    name = "base"

    def __init__(self, timeout=5.0):
        self.timeout = timeout
        self.sent = 0

    async def send(self, recipient, message):
        await asyncio.wait_for(self.deliver(recipient, message), self.timeout)
        self.sent += 1
        return self.name

    async def deliver(self, recipient, message):
        raise NotImplementedError


class WebhookChannel(Channel):
    name = "webhook"

    def __init__(self, session, timeout=5.0):
        super().__init__(timeout)
        self.session = session

    async def deliver(self, recipient, message):
        await self.session.post(recipient, data=json.dumps(message))


class SmsChannel(Channel):
    name = "sms"

    def __init__(self, gateway, timeout=5.0):
        super().__init__(timeout)
        self.gateway = gateway

    async def deliver(self, recipient, message):
        await self.gateway.submit(recipient, message["text"][:160])


class LogChannel(Channel):
    name = "log"

    async def deliver(self, recipient, message):
        print(f"[notify] {recipient}: {message['text']}")
