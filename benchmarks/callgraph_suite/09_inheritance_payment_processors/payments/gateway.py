import requests


class CardGateway:
    def __init__(self, api_key, merchant_id):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key}"
        self.merchant_id = merchant_id

    def authorize(self, source, amount):
        resp = self.session.post(
            "https://gw.example.com/auth",
            json={"merchant": self.merchant_id, "source": source, "amount": amount},
        )
        resp.raise_for_status()
        return resp.json()["auth_id"]

    def capture(self, auth_id):
        resp = self.session.post(f"https://gw.example.com/capture/{auth_id}")
        return resp.json()["id"]
