"""Django admin registrations for customer support staff."""

from django.contrib import admin

from .models import Address, Customer, CustomerGroup, CustomerProfile


class AddressInline(admin.TabularInline):
    model = Address
    extra = 0


class ProfileInline(admin.StackedInline):
    model = CustomerProfile
    can_delete = False


@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin):
    list_display = ("email", "first_name", "last_name", "loyalty_points", "is_active")
    search_fields = ("email", "last_name")
    list_filter = ("is_active", "accepts_marketing", "groups")
    inlines = [ProfileInline, AddressInline]
    actions = ["deactivate"]

    @admin.action(description="Deactivate selected customers")
    def deactivate(self, request, queryset):
        updated = queryset.update(is_active=False)
        self.message_user(request, f"{updated} customers deactivated")


admin.site.register(CustomerGroup)
