from django.urls import path, re_path

from libris.circulation import views

urlpatterns = [
    path("checkout/", views.checkout_view, name="checkout"),
    path("loans/<int:pk>/return/", views.LoanReturnView.as_view(), name="loan-return"),
    path("loans/<int:pk>/renew/", views.LoanRenewView.as_view(), name="loan-renew"),
    re_path(r"^members/(?P<card_number>\d{14})/loans$", views.member_loans),
]
