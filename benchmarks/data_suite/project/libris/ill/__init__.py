"""Interlibrary loan (ILL).  Originally a standalone service, merged in 2019."""
