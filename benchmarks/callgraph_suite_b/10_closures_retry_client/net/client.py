import requests

from .backoff import constant
from .ratelimit import per_second
from .retry import RetryPolicy


class ApiClient:
    def __init__(self, base_url, token):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.policy = RetryPolicy(attempts=4)
        self.get_json = self.policy.wrap(self._get_json)
        self.throttle = per_second(5)

    def _get_json(self, path, **params):
        self.throttle()
        response = self.session.get(f"{self.base_url}{path}", params=params, timeout=10)
        response.raise_for_status()
        return response.json()

    def paginate(self, path):
        page = 1
        while True:
            data = self.get_json(path, page=page)
            yield from data["items"]
            if not data.get("next"):
                return
            page += 1


def make_fast_client(base_url, token):
    client = ApiClient(base_url, token)
    client.policy = RetryPolicy(attempts=2, delay=constant(0.1))
    client.get_json = client.policy.wrap(client._get_json)
    return client
