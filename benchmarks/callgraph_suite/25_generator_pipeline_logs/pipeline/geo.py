import functools
import ipaddress


@functools.lru_cache(maxsize=4096)
def country_for(ip):
    addr = ipaddress.ip_address(ip)
    if addr.is_private:
        return "internal"
    return "unknown"
