"""RFID security gates publish alarms over MQTT; this maps topics to handlers.

``mqtt_router.route`` is a topic router, not an HTTP route.
"""
import logging

from mqtt_router import Client, route

from libris.catalog.models import Copy
from libris.core.audit import AuditTrail

log = logging.getLogger(__name__)

trail = AuditTrail(source="gates")


@route("gates/+/alarm")
def on_gate_alarm(topic, payload):
    gate = topic.split("/")[1]
    barcode = payload.get("tag", "")
    info = Copy.objects.filter(barcode=barcode).values("status", "branch__code").first()
    if info and info["status"] == Copy.ON_LOAN:
        log.info("gate %s: %s is checked out, false alarm", gate, barcode)
        return
    trail.add(f"gate:{gate}", "alarm", barcode)
    if len(trail) >= 20:
        trail.flush()


@route("gates/+/heartbeat")
def on_heartbeat(topic, payload):
    log.debug("heartbeat from %s: %s", topic, payload)


def main():
    client = Client(host="mqtt.internal", port=1883)
    client.run_forever()
