import requests

from .pagination import Batches, Page, PageIterator


class CustomersAPI:
    def __init__(self, base_url, token):
        self.base_url = base_url
        self.token = token
        self.session = requests.Session()

    def _fetch(self, cursor, limit):
        params = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        resp = self.session.get(
            f"{self.base_url}/customers",
            params=params,
            headers={"Authorization": f"Token {self.token}"},
        )
        data = resp.json()
        return Page(data["results"], data.get("next"))

    def all(self):
        return PageIterator(self._fetch)

    def emails(self):
        return [c["email"] for c in self.all()]

    def in_batches(self, size=50):
        return Batches(self.all(), size)
