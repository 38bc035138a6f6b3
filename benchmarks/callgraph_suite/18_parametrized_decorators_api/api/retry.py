import random
import time


def retry(times=3, exceptions=(Exception,), backoff=0.5):
    def decorator(func):
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
                    time.sleep(backoff * attempt + random.random() / 10)

        wrapper.__name__ = func.__name__
        return wrapper

    return decorator
