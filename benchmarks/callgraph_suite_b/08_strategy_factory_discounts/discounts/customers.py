class Customer:
    def __init__(self, name, order_count=0):
        self.name = name
        self.order_count = order_count
