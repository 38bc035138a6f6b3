"""Libris: the integrated library system of the Northvale public library network.

The code grew in layers over the years:

* the Django apps (``catalog``, ``members``, ``circulation``) are the original core;
* ``ill`` (interlibrary loan) was a separate SQLAlchemy service merged in 2019;
* ``events`` (programmes and room bookings) is the newest part, SQLAlchemy 2.0 style;
* ``analytics`` loads a reporting schema that lives in the same Postgres cluster.
"""

__version__ = "4.12.0"
