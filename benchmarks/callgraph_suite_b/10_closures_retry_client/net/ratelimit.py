import threading
import time


def per_second(rate):
    lock = threading.Lock()
    interval = 1.0 / rate
    last = 0.0

    def throttle():
        nonlocal last
        with lock:
            wait = last + interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            last = time.monotonic()

    return throttle
