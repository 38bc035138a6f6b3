from django.db import transaction
from django.http import JsonResponse

from worker.tasks import generate_pdf, issue_invoice


def create_invoice(request, invoice_id):
    transaction.on_commit(lambda: issue_invoice(invoice_id))
    return JsonResponse({"queued": invoice_id}, status=202)


def regenerate(request, invoice_id):
    result = generate_pdf.delay(invoice_id)
    return JsonResponse({"task": result.id})
