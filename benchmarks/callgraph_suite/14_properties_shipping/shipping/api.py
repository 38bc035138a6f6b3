from .models import Parcel, Shipment


class Quote:
    def __init__(self, shipment):
        self.shipment = shipment

    @property
    def summary(self):
        s = self.shipment
        return {
            "zone": s.zone,
            "weight": s.total_weight,
            "cost": s.cost(),
            "label": s.label,
        }


def quote(destination, parcels):
    shipment = Shipment([Parcel(p["kg"], tuple(p["dims"])) for p in parcels], destination)
    return Quote(shipment).summary


def heaviest(parcels):
    return max(parcels, key=lambda p: p.billable_weight)
