import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

SLACK_API = "https://slack.com/api"


class SlackClient:
    def __init__(self, token=None):
        self.token = token or os.getenv("SLACK_TOKEN")
        self.session = requests.Session()
        self.session.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))

    def post_message(self, channel, text):
        resp = self.session.post(
            f"{SLACK_API}/chat.postMessage",
            headers={"Authorization": f"Bearer {self.token}"},
            json={"channel": channel, "text": text},
            timeout=5,
        )
        resp.raise_for_status()
        return resp.json()


def post_webhook(url, text):
    return requests.post(url, json={"text": text}, timeout=5).status_code
