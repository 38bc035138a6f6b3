import random
import time


def exponential(base=0.5, cap=30.0):
    def delay(attempt):
        return min(cap, base * 2**attempt)

    return delay


def jittered(policy):
    def delay(attempt):
        return random.uniform(0, policy(attempt))

    return delay


def constant(seconds):
    return lambda attempt: seconds


def sleeper():
    calls = []

    def sleep(seconds):
        calls.append(seconds)
        time.sleep(seconds)

    sleep.calls = calls
    return sleep
