import logging

from .backoff import exponential, jittered, sleeper

log = logging.getLogger(__name__)


class RetryPolicy:
    def __init__(self, attempts=3, delay=None, sleep=None, retry_on=(ConnectionError, TimeoutError)):
        self.attempts = attempts
        self.delay = delay or jittered(exponential())
        self.sleep = sleep or sleeper()
        self.retry_on = retry_on

    def wrap(self, func):
        def attempt_call(*args, **kwargs):
            for attempt in range(self.attempts - 1):
                try:
                    return func(*args, **kwargs)
                except self.retry_on as exc:
                    log.warning("attempt %d failed: %s", attempt + 1, exc)
                    self.sleep(self.delay(attempt))
            return func(*args, **kwargs)

        return attempt_call
