import asyncio
import logging

log = logging.getLogger(__name__)


class Dispatcher:
    def __init__(self, channels):
        self.channels = {channel.name: channel for channel in channels}

    async def notify(self, user, message):
        targets = [
            (self.channels[kind], address)
            for kind, address in user["contacts"]
            if kind in self.channels
        ]
        results = await asyncio.gather(
            *(channel.send(address, message) for channel, address in targets),
            return_exceptions=True,
        )
        failed = [result for result in results if isinstance(result, Exception)]
        for err in failed:
            log.warning("delivery failed: %s", err)
        return len(results) - len(failed)

    async def broadcast(self, users, message):
        counts = await asyncio.gather(*(self.notify(user, message) for user in users))
        return sum(counts)
