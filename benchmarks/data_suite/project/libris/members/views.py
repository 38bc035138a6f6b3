"""Member registration and self-service profile pages."""
import json
import logging
from datetime import date, timedelta

from django.contrib.auth.mixins import LoginRequiredMixin
from django.db import transaction
from django.http import JsonResponse
from django.views import View

from libris.catalog.models import Branch
from libris.circulation.models import Loan
from libris.core.audit import AuditTrail
from libris.members.models import Member, MembershipCard

log = logging.getLogger(__name__)

CARD_YEARS = 3


def _next_card_number():
    last = Member.objects.order_by("-card_number").values_list("card_number", flat=True).first()
    return f"{int(last or '29990000000000') + 1:014d}"


def _profile(member, open_loans):
    return {
        "card": member.card_number,
        "name": member.full_name,
        "email": member.email,
        "branch": member.home_branch.code,
        "open_loans": open_loans,
    }


class MemberView(LoginRequiredMixin, View):
    def get(self, request, card_number):
        member = Member.objects.select_related("home_branch").get(card_number=card_number)
        open_loans = Loan.objects.filter(member=member, returned_on__isnull=True).count()
        return JsonResponse(_profile(member, open_loans))

    def post(self, request, card_number):
        data = json.loads(request.body)
        member = Member.objects.get(card_number=card_number)
        member.email = data.get("email", member.email)
        member.phone = data.get("phone", member.phone)
        member.save()
        trail = AuditTrail(source="opac")
        trail.add(request.user.pk, "member.update", card_number)
        trail.flush()
        return JsonResponse({"ok": True})


@transaction.atomic
def register(request):
    data = json.loads(request.body)
    branch = Branch.objects.get(code=data["branch"], is_active=True)
    member = Member.objects.create(
        card_number=_next_card_number(),
        full_name=data["name"],
        email=data.get("email", ""),
        home_branch=branch,
    )
    MembershipCard.objects.create(
        member=member, expires_on=date.today() + timedelta(days=365 * CARD_YEARS)
    )
    log.info("registered member %s at %s", member.card_number, branch.code)
    return JsonResponse({"card": member.card_number}, status=201)


def renew_card(request, card_number):
    card = MembershipCard.objects.get(member__card_number=card_number)
    if card.blocked:
        return JsonResponse({"error": card.block_reason}, status=409)
    card.expires_on = date.today() + timedelta(days=365 * CARD_YEARS)
    card.save()
    return JsonResponse({"expires_on": card.expires_on.isoformat()})
