import asyncio


class SmsGateway:
    def __init__(self, api_key, rate_per_second=10):
        self.api_key = api_key
        self._semaphore = asyncio.Semaphore(rate_per_second)
        self.outbox = []

    async def submit(self, number, text):
        await self._semaphore.acquire()
        try:
            self.outbox.append((self._normalize(number), text))
            await asyncio.sleep(0)
        finally:
            self._semaphore.release()

    @staticmethod
    def _normalize(number):
        digits = "".join(ch for ch in number if ch.isdigit())
        return "+" + digits.lstrip("0")
