from .handlers import ignore, notify_failure, record_success, resize_image, send_receipt
from .runner import run_all, run_with_callbacks


def process_uploads(uploads):
    return run_all(resize_image, uploads, record_success)


def process_receipt(order):
    return run_with_callbacks(send_receipt, order, on_success=ignore, on_error=notify_failure)


def process_receipt_quietly(order):
    return run_with_callbacks(
        send_receipt, order, on_success=lambda p, r: print("receipt", r["sent_to"]), on_error=ignore
    )
