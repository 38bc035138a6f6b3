from net import make_fast_client
from net.client import ApiClient


def sync_users(token):
    client = ApiClient("https://crm.example.com/api/", token)
    return [user["email"] for user in client.paginate("/users")]


def health(token):
    client = make_fast_client("https://crm.example.com/api", token)
    return client.get_json("/health")
