FACTORS = {"kg": 1.0, "g": 0.001, "lb": 0.45359237}


def to_kg(value, unit):
    try:
        return float(value) * FACTORS[unit]
    except KeyError:
        raise ValueError(f"unknown unit {unit!r}") from None
