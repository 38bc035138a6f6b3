"""Circulation desk endpoints."""
import json

from django.http import JsonResponse
from django.views import View
from django.views.decorators.http import require_POST

from libris.circulation import services
from libris.circulation.models import Loan


@require_POST
def checkout_view(request):
    data = json.loads(request.body)
    try:
        loan = services.checkout(data["card"], data["barcode"])
    except services.CirculationError as exc:
        return JsonResponse({"error": str(exc)}, status=409)
    return JsonResponse({"loan": loan.pk, "due_on": loan.due_on.isoformat()}, status=201)


class LoanReturnView(View):
    def post(self, request, pk):
        loan = Loan.objects.select_related("copy").get(pk=pk)
        services.return_copy(loan.copy.barcode)
        return JsonResponse({"returned": pk})


class LoanRenewView(View):
    http_method_names = ["post"]

    def post(self, request, pk):
        try:
            loan = services.renew(pk)
        except services.CirculationError as exc:
            return JsonResponse({"error": str(exc)}, status=409)
        return JsonResponse({"due_on": loan.due_on.isoformat()})


def member_loans(request, card_number):
    loans = (
        Loan.objects.filter(member__card_number=card_number, returned_on__isnull=True)
        .select_related("copy__book")
        .order_by("due_on")
    )
    return JsonResponse(
        {"loans": [{"title": l.copy.book.title, "due_on": l.due_on.isoformat()} for l in loans]}
    )
