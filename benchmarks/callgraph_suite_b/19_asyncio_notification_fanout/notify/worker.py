import asyncio
import json
import os

import aiohttp

from .channels import LogChannel, SmsChannel, WebhookChannel
from .dispatcher import Dispatcher
from .gateway import SmsGateway


def read_users(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


async def load_users(path):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, read_users, path)


async def main(path):
    users = await load_users(path)
    session = aiohttp.ClientSession()
    try:
        dispatcher = Dispatcher(
            [
                WebhookChannel(session),
                SmsChannel(SmsGateway(os.environ["SMS_KEY"])),
                LogChannel(timeout=1.0),
            ]
        )
        delivered = await dispatcher.broadcast(users, {"text": "Maintenance tonight 22:00 UTC"})
    finally:
        await session.close()
    print(f"delivered {delivered} notifications")


if __name__ == "__main__":
    asyncio.run(main("users.json"))
