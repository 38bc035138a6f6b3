from functools import cached_property

from .rates import rate_for_zone, zone_for


class Parcel:
    def __init__(self, weight_kg, dims_cm):
        self.weight_kg = weight_kg
        self.dims_cm = dims_cm

    @property
    def volumetric_weight(self):
        length, width, height = self.dims_cm
        return length * width * height / 5000

    @property
    def billable_weight(self):
        return max(self.weight_kg, self.volumetric_weight)


class Shipment:
    def __init__(self, parcels, destination):
        self.parcels = parcels
        self.destination = destination
        self._label = None

    @cached_property
    def zone(self):
        return zone_for(self.destination)

    @property
    def total_weight(self):
        return sum(p.billable_weight for p in self.parcels)

    @property
    def label(self):
        return self._label

    @label.setter
    def label(self, value):
        self._label = value

    def cost(self):
        return round(rate_for_zone(self.zone) * self.total_weight, 2)
