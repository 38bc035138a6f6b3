import uuid
from dataclasses import dataclass, field
from datetime import date

from .units import to_kg


def new_tracking_id():
    return uuid.uuid4().hex[:12].upper()


@dataclass(frozen=True)
class Address:
    street: str
    city: str
    country: str = "DE"

    def label(self):
        return f"{self.street}, {self.city} ({self.country})"


@dataclass
class Parcel:
    weight: float
    unit: str = "kg"

    def __post_init__(self):
        self.weight = to_kg(self.weight, self.unit)
        self.unit = "kg"


@dataclass
class Shipment:
    destination: Address
    parcels: list = field(default_factory=list)
    tracking_id: str = field(default_factory=new_tracking_id)
    ship_date: date = field(default_factory=date.today)

    def __post_init__(self):
        if not self.parcels:
            raise ValueError("shipment without parcels")
        self.total_weight = round(sum(p.weight for p in self.parcels), 3)

    def add(self, parcel):
        self.parcels.append(parcel)
        self.total_weight = round(self.total_weight + parcel.weight, 3)
