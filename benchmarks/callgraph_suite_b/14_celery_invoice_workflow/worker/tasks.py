import logging

from celery import chain, shared_task

from billing.pdf import render_invoice_pdf
from billing.repo import InvoiceRepo

from .celery_app import app

log = logging.getLogger(__name__)
repo = InvoiceRepo()


@app.task(bind=True, max_retries=3, default_retry_delay=30)
def generate_pdf(self, invoice_id):
    invoice = repo.get(invoice_id)
    try:
        path = render_invoice_pdf(invoice)
    except OSError as exc:
        raise self.retry(exc=exc)
    repo.mark(invoice_id, pdf_path=path)
    return path


@shared_task
def email_invoice(path, invoice_id):
    invoice = repo.get(invoice_id)
    log.info("mailing %s to %s", path, invoice["email"])
    return True


@shared_task(ignore_result=True)
def record_delivery(sent, invoice_id):
    repo.mark(invoice_id, delivered=sent)


def issue_invoice(invoice_id):
    workflow = chain(
        generate_pdf.s(invoice_id),
        email_invoice.s(invoice_id),
        record_delivery.s(invoice_id),
    )
    return workflow.apply_async()


@app.task
def run_dunning():
    for invoice in repo.overdue():
        issue_invoice(invoice["id"])
        remind.apply_async(args=[invoice["id"]], countdown=3600)


@shared_task
def remind(invoice_id):
    return app.send_task("notifications.send_reminder", args=[invoice_id])
