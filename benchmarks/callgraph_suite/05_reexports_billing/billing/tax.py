RATES = {"DE": 0.19, "FR": 0.20, "NL": 0.21}


def vat_for(country):
    return RATES.get(country.upper(), 0.0)


def add_vat(amount, country):
    return round(amount * (1 + vat_for(country)), 2)
