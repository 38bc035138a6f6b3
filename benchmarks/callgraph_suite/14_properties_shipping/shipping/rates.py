ZONES = {"DE": 1, "AT": 1, "FR": 2, "US": 3}
RATES = {1: 4.5, 2: 7.9, 3: 19.0}


def zone_for(country):
    return ZONES.get(country, 3)


def rate_for_zone(zone):
    return RATES[zone]
