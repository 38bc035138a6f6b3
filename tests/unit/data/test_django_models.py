"""Django models as entities: names, tables, abstract bases, mixins and fields."""

from tests.unit.data.helpers import data_of, entities, fields_of


def test_model_table_defaults_to_app_label_and_model_name(tmp_path):
    """A model's table is `<app_label>_<model lower-cased>`; its name is the qualified class name."""
    facts = data_of(tmp_path, {
        "shop/__init__.py": "",
        "shop/models.py": """
            from django.db import models

            class Customer(models.Model):
                name = models.CharField(max_length=100)

            class OrderLine(models.Model):
                quantity = models.PositiveIntegerField()
        """,
    })
    assert entities(facts) == {
        ("shop.models.Customer", "shop_customer", "django"),
        ("shop.models.OrderLine", "shop_orderline", "django"),
    }


def test_meta_db_table_wins(tmp_path):
    """`class Meta: db_table = ...` names the table."""
    facts = data_of(tmp_path, {
        "shop/__init__.py": "",
        "shop/models.py": """
            from django.db import models

            class Order(models.Model):
                total = models.DecimalField(max_digits=10, decimal_places=2)

                class Meta:
                    db_table = "sales_order"
                    ordering = ["-id"]
        """,
    })
    assert entities(facts) == {("shop.models.Order", "sales_order", "django")}


def test_app_label_is_the_package_holding_models(tmp_path):
    """In a nested app `apps/billing/models.py` the app label is `billing`."""
    facts = data_of(tmp_path, {
        "apps/__init__.py": "",
        "apps/billing/__init__.py": "",
        "apps/billing/models.py": """
            from django.db.models import Model, CharField

            class Invoice(Model):
                number = CharField(max_length=20)
        """,
    })
    assert entities(facts) == {("apps.billing.models.Invoice", "billing_invoice", "django")}


def test_abstract_base_is_not_an_entity(tmp_path):
    """An abstract base model is no entity; its concrete subclass is, with the inherited fields."""
    facts = data_of(tmp_path, {
        "blog/__init__.py": "",
        "blog/models.py": """
            from django.db import models

            class TimeStamped(models.Model):
                created = models.DateTimeField(auto_now_add=True)

                class Meta:
                    abstract = True

            class Article(TimeStamped):
                title = models.CharField(max_length=200)
        """,
    })
    assert entities(facts) == {("blog.models.Article", "blog_article", "django")}
    assert fields_of(facts, "blog.models.Article") == {
        ("id", "integer", True, ""),
        ("created", "datetime", False, ""),
        ("title", "string", False, ""),
    }


def test_mixin_is_not_an_entity(tmp_path):
    """A plain mixin class mixed into a model is not an entity."""
    facts = data_of(tmp_path, {
        "blog/__init__.py": "",
        "blog/models.py": """
            from django.db import models

            class SoftDeleteMixin:
                def soft_delete(self):
                    self.deleted = True
                    self.save()

            class Post(SoftDeleteMixin, models.Model):
                deleted = models.BooleanField(default=False)
        """,
    })
    assert entities(facts) == {("blog.models.Post", "blog_post", "django")}


def test_abstract_base_in_another_module(tmp_path):
    """A model inheriting an abstract base from another app is an entity of its own app."""
    facts = data_of(tmp_path, {
        "core/__init__.py": "",
        "core/models.py": """
            import uuid
            from django.db import models

            class BaseModel(models.Model):
                uid = models.UUIDField(default=uuid.uuid4, unique=True)
                updated = models.DateTimeField(auto_now=True)

                class Meta:
                    abstract = True
        """,
        "catalog/__init__.py": "",
        "catalog/models.py": """
            from django.db import models
            from core.models import BaseModel

            class Product(BaseModel):
                sku = models.CharField(max_length=32)
        """,
    })
    assert entities(facts) == {("catalog.models.Product", "catalog_product", "django")}
    assert fields_of(facts, "catalog.models.Product") == {
        ("id", "integer", True, ""),
        ("uid", "uuid", False, ""),
        ("updated", "datetime", False, ""),
        ("sku", "string", False, ""),
    }


def test_field_types_are_portable(tmp_path):
    """Django field classes map to portable type names; an implicit `id` is added."""
    facts = data_of(tmp_path, {
        "shop/__init__.py": "",
        "shop/models.py": """
            from django.db import models

            class Product(models.Model):
                name = models.CharField(max_length=100)
                description = models.TextField(blank=True)
                stock = models.IntegerField(default=0)
                price = models.DecimalField(max_digits=8, decimal_places=2)
                weight = models.FloatField(null=True)
                active = models.BooleanField(default=True)
                added = models.DateTimeField(auto_now_add=True)
                release = models.DateField(null=True)
                attributes = models.JSONField(default=dict)
                token = models.UUIDField()
        """,
    })
    assert fields_of(facts, "shop.models.Product") == {
        ("id", "integer", True, ""),
        ("name", "string", False, ""),
        ("description", "string", False, ""),
        ("stock", "integer", False, ""),
        ("price", "decimal", False, ""),
        ("weight", "float", False, ""),
        ("active", "boolean", False, ""),
        ("added", "datetime", False, ""),
        ("release", "date", False, ""),
        ("attributes", "json", False, ""),
        ("token", "uuid", False, ""),
    }


def test_declared_primary_key_replaces_implicit_id(tmp_path):
    """A field with primary_key=True is the key; no `id` is added."""
    facts = data_of(tmp_path, {
        "geo/__init__.py": "",
        "geo/models.py": """
            from django.db import models

            class Country(models.Model):
                code = models.CharField(max_length=2, primary_key=True)
                name = models.CharField(max_length=80)
        """,
    })
    assert fields_of(facts, "geo.models.Country") == {
        ("code", "string", True, ""),
        ("name", "string", False, ""),
    }


def test_foreign_key_field_is_named_with_id_suffix(tmp_path):
    """ForeignKey `customer` becomes an integer field `customer_id` pointing at the target entity."""
    facts = data_of(tmp_path, {
        "shop/__init__.py": "",
        "shop/models.py": """
            from django.db import models

            class Customer(models.Model):
                email = models.EmailField(unique=True)

            class Order(models.Model):
                customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="orders")
                placed = models.DateTimeField()
        """,
    })
    assert fields_of(facts, "shop.models.Order") == {
        ("id", "integer", True, ""),
        ("customer_id", "integer", False, "shop.models.Customer"),
        ("placed", "datetime", False, ""),
    }


def test_foreign_key_by_string_name(tmp_path):
    """ForeignKey("Customer") points at the model of that name."""
    facts = data_of(tmp_path, {
        "shop/__init__.py": "",
        "shop/models.py": """
            from django.db import models

            class Invoice(models.Model):
                customer = models.ForeignKey("Customer", on_delete=models.PROTECT)

            class Customer(models.Model):
                email = models.EmailField()
        """,
    })
    assert fields_of(facts, "shop.models.Invoice") == {
        ("id", "integer", True, ""),
        ("customer_id", "integer", False, "shop.models.Customer"),
    }
