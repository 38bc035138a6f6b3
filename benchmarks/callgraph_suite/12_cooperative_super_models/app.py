from models.entities import Customer, Invoice, Note
from store import MemoryDB


def main():
    db = MemoryDB()
    customer = Customer(name="Ada").save(db)
    invoice = Invoice(customer_id=customer.id, amount=120).save(db)
    Note(text="called customer").save(db)
    invoice.delete(db)
    print(db.dump())
