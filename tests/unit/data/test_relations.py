"""Relations between entities: Django FK/OneToOne/ManyToMany, SQLAlchemy relationship and ForeignKey."""

from tests.unit.data.helpers import data_of, relations


def test_django_foreign_key_to_class(tmp_path):
    """ForeignKey(Customer) is a foreign_key relation named after the attribute."""
    facts = data_of(tmp_path, {
        "shop/__init__.py": "",
        "shop/models.py": """
            from django.db import models

            class Customer(models.Model):
                email = models.EmailField()

            class Order(models.Model):
                customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
        """,
    })
    assert relations(facts) == {("shop.models.Order", "shop.models.Customer", "foreign_key", "customer")}


def test_django_one_to_one_to_string_name(tmp_path):
    """OneToOneField("Customer") is a one_to_one relation to that model."""
    facts = data_of(tmp_path, {
        "shop/__init__.py": "",
        "shop/models.py": """
            from django.db import models

            class Profile(models.Model):
                customer = models.OneToOneField("Customer", on_delete=models.CASCADE, related_name="profile")

            class Customer(models.Model):
                email = models.EmailField()
        """,
    })
    assert relations(facts) == {("shop.models.Profile", "shop.models.Customer", "one_to_one", "customer")}


def test_django_foreign_key_to_app_dot_model(tmp_path):
    """ForeignKey("accounts.Author") points at a model of another app."""
    facts = data_of(tmp_path, {
        "accounts/__init__.py": "",
        "accounts/models.py": """
            from django.db import models

            class Author(models.Model):
                name = models.CharField(max_length=80)
        """,
        "blog/__init__.py": "",
        "blog/models.py": """
            from django.db import models

            class Post(models.Model):
                author = models.ForeignKey("accounts.Author", on_delete=models.SET_NULL, null=True)
        """,
    })
    assert relations(facts) == {("blog.models.Post", "accounts.models.Author", "foreign_key", "author")}


def test_django_foreign_key_to_self(tmp_path):
    """ForeignKey("self") relates a model to itself."""
    facts = data_of(tmp_path, {
        "catalog/__init__.py": "",
        "catalog/models.py": """
            from django.db import models

            class Category(models.Model):
                parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE)
        """,
    })
    assert relations(facts) == {("catalog.models.Category", "catalog.models.Category", "foreign_key", "parent")}


def test_django_many_to_many(tmp_path):
    """ManyToManyField(Tag) is a many_to_many relation."""
    facts = data_of(tmp_path, {
        "blog/__init__.py": "",
        "blog/models.py": """
            from django.db import models

            class Tag(models.Model):
                label = models.SlugField()

            class Article(models.Model):
                tags = models.ManyToManyField(Tag, blank=True)
        """,
    })
    assert relations(facts) == {("blog.models.Article", "blog.models.Tag", "many_to_many", "tags")}


def test_sqlalchemy_relationship_by_string_and_class_and_column_fk(tmp_path):
    """relationship("Address"), relationship(User) and Column(ForeignKey("users.id")) are relations."""
    facts = data_of(tmp_path, {
        "db/__init__.py": "",
        "db/models.py": """
            from sqlalchemy import Column, ForeignKey, Integer, String
            from sqlalchemy.orm import declarative_base, relationship

            Base = declarative_base()

            class User(Base):
                __tablename__ = "users"
                id = Column(Integer, primary_key=True)
                addresses = relationship("Address", back_populates="user")

            class Address(Base):
                __tablename__ = "addresses"
                id = Column(Integer, primary_key=True)
                user_id = Column(Integer, ForeignKey("users.id"), nullable=False)
                street = Column(String(120))
                user = relationship(User, back_populates="addresses")
        """,
    })
    assert relations(facts) == {
        ("db.models.User", "db.models.Address", "relationship", "addresses"),
        ("db.models.Address", "db.models.User", "relationship", "user"),
        ("db.models.Address", "db.models.User", "foreign_key", "user_id"),
    }


def test_sqlalchemy_mapped_column_foreign_key(tmp_path):
    """`mapped_column(ForeignKey("customers.id"))` is a foreign_key relation."""
    facts = data_of(tmp_path, {
        "db/__init__.py": "",
        "db/models.py": """
            from sqlalchemy import ForeignKey
            from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

            class Base(DeclarativeBase):
                pass

            class Customer(Base):
                __tablename__ = "customers"
                id: Mapped[int] = mapped_column(primary_key=True)

            class Order(Base):
                __tablename__ = "orders"
                id: Mapped[int] = mapped_column(primary_key=True)
                customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
        """,
    })
    assert relations(facts) == {("db.models.Order", "db.models.Customer", "foreign_key", "customer_id")}


def test_sqlalchemy_table_foreign_keys(tmp_path):
    """Column(..., ForeignKey("t.col")) inside Table(...) relates the table entity to the model."""
    facts = data_of(tmp_path, {
        "db/__init__.py": "",
        "db/models.py": """
            from sqlalchemy import Column, ForeignKey, Integer, Table
            from sqlalchemy.orm import declarative_base

            Base = declarative_base()

            order_items = Table(
                "order_items",
                Base.metadata,
                Column("order_id", Integer, ForeignKey("orders.id"), primary_key=True),
                Column("product_id", Integer, ForeignKey("products.id"), primary_key=True),
            )

            class Order(Base):
                __tablename__ = "orders"
                id = Column(Integer, primary_key=True)

            class Product(Base):
                __tablename__ = "products"
                id = Column(Integer, primary_key=True)
        """,
    })
    assert relations(facts) == {
        ("table:order_items", "db.models.Order", "foreign_key", "order_id"),
        ("table:order_items", "db.models.Product", "foreign_key", "product_id"),
    }
