import dataclasses
import json
import logging

from .models import Address, Parcel, Shipment
from .rates import RateCard

log = logging.getLogger(__name__)


def build_shipment(order):
    address = Address(order["street"], order["city"], order.get("country", "DE"))
    parcels = [Parcel(item["weight"], item.get("unit", "kg")) for item in order["items"]]
    log.info("shipping %d parcels to %s", len(parcels), address.label())
    return Shipment(destination=address, parcels=parcels)


def add_insert(shipment, grams):
    shipment.add(Parcel(grams, "g"))
    return shipment


def reroute(shipment, new_city):
    moved = dataclasses.replace(shipment.destination, city=new_city)
    return dataclasses.replace(shipment, destination=moved)


def manifest_line(shipment, card):
    return {
        "tracking": shipment.tracking_id,
        "weight": shipment.total_weight,
        "price": card.quote(shipment.total_weight, shipment.destination.country),
    }


def export_manifest(orders, flyer_grams=0):
    card = RateCard.default()
    shipments = [build_shipment(order) for order in orders]
    if flyer_grams:
        shipments = [add_insert(s, flyer_grams) for s in shipments]
    lines = [manifest_line(s, card) for s in shipments]
    raw = [dataclasses.asdict(s) for s in shipments]
    return json.dumps({"lines": lines, "raw": raw}, default=str)
