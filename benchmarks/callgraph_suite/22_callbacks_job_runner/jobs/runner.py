import traceback


def run_with_callbacks(task, payload, on_success, on_error=None):
    try:
        result = task(payload)
    except Exception as exc:
        if on_error is not None:
            on_error(payload, exc)
        else:
            traceback.print_exc()
        return None
    on_success(payload, result)
    return result


def run_all(task, payloads, on_success):
    return [run_with_callbacks(task, p, on_success) for p in payloads]
