from client.api import CustomersAPI


def sync_customers(crm, token):
    api = CustomersAPI("https://api.example.com/v2", token)
    synced = 0
    for batch in api.in_batches(size=200):
        crm.bulk_upsert(batch)
        synced += len(batch)
    return synced
