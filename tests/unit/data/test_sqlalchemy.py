"""SQLAlchemy models and Table objects as entities, and the session/Core calls that use them."""

from tests.unit.data.helpers import accesses, data_of, entities, fields_of

DECLARATIVE = """
    from sqlalchemy import Column, DateTime, ForeignKey, Integer, Numeric, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()

    class Customer(Base):
        __tablename__ = "customers"
        id = Column(Integer, primary_key=True)
        email = Column(String(255), nullable=False)

    class Order(Base):
        __tablename__ = "orders"
        id = Column(Integer, primary_key=True)
        customer_id = Column(Integer, ForeignKey("customers.id"))
        total = Column(Numeric(10, 2))
        created_at = Column(DateTime)
"""

ORDER = "db.models.Order"


def _tree(code: str) -> dict[str, str]:
    return {"db/__init__.py": "", "db/models.py": DECLARATIVE, "db/repo.py": code}


def test_declarative_base_models(tmp_path):
    """Classes under `declarative_base()` are entities named after `__tablename__`; Base is not."""
    facts = data_of(tmp_path, {"db/__init__.py": "", "db/models.py": DECLARATIVE})
    assert entities(facts) == {
        ("db.models.Customer", "customers", "sqlalchemy"),
        ("db.models.Order", "orders", "sqlalchemy"),
    }


def test_column_types(tmp_path):
    """Column types map to portable names; the foreign key points at the target entity."""
    facts = data_of(tmp_path, {"db/__init__.py": "", "db/models.py": DECLARATIVE})
    assert fields_of(facts, ORDER) == {
        ("id", "integer", True, ""),
        ("customer_id", "integer", False, "db.models.Customer"),
        ("total", "decimal", False, ""),
        ("created_at", "datetime", False, ""),
    }


def test_declarative_base_2_0_with_mapped(tmp_path):
    """`DeclarativeBase` + `Mapped[...]`/`mapped_column` models take field types from annotations."""
    facts = data_of(tmp_path, {
        "bank/__init__.py": "",
        "bank/models.py": """
            from datetime import datetime
            from decimal import Decimal
            from typing import Optional

            from sqlalchemy import String
            from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

            class Base(DeclarativeBase):
                pass

            class Account(Base):
                __tablename__ = "accounts"

                id: Mapped[int] = mapped_column(primary_key=True)
                owner: Mapped[str] = mapped_column(String(120))
                balance: Mapped[Decimal] = mapped_column(default=0)
                overdraft: Mapped[Optional[int]] = mapped_column(nullable=True)
                frozen: Mapped[bool] = mapped_column(default=False)
                opened: Mapped[datetime] = mapped_column()
        """,
    })
    assert entities(facts) == {("bank.models.Account", "accounts", "sqlalchemy")}
    assert fields_of(facts, "bank.models.Account") == {
        ("id", "integer", True, ""),
        ("owner", "string", False, ""),
        ("balance", "decimal", False, ""),
        ("overdraft", "integer", False, ""),
        ("frozen", "boolean", False, ""),
        ("opened", "datetime", False, ""),
    }


def test_abstract_base_is_not_an_entity(tmp_path):
    """A class with `__abstract__ = True` is not an entity; its subclass has its columns."""
    facts = data_of(tmp_path, {
        "app/__init__.py": "",
        "app/models.py": """
            from sqlalchemy import Column, DateTime, Integer, String
            from sqlalchemy.orm import declarative_base

            Base = declarative_base()

            class TimestampedBase(Base):
                __abstract__ = True
                id = Column(Integer, primary_key=True)
                created_at = Column(DateTime)

            class Invoice(TimestampedBase):
                __tablename__ = "invoices"
                number = Column(String(20))
        """,
    })
    assert entities(facts) == {("app.models.Invoice", "invoices", "sqlalchemy")}
    assert fields_of(facts, "app.models.Invoice") == {
        ("id", "integer", True, ""),
        ("created_at", "datetime", False, ""),
        ("number", "string", False, ""),
    }


def test_declared_attr_tablename_mixin(tmp_path):
    """A mixin whose `@declared_attr __tablename__` lower-cases the class name names the table."""
    facts = data_of(tmp_path, {
        "app/__init__.py": "",
        "app/models.py": """
            from sqlalchemy import Column, Integer, String
            from sqlalchemy.orm import declarative_base, declared_attr

            Base = declarative_base()

            class TableNameMixin:
                @declared_attr
                def __tablename__(cls):
                    return cls.__name__.lower()

            class Product(TableNameMixin, Base):
                id = Column(Integer, primary_key=True)
                name = Column(String(80))
        """,
    })
    assert entities(facts) == {("app.models.Product", "product", "sqlalchemy")}


def test_single_table_inheritance_shares_the_parent_entity(tmp_path):
    """A subclass without `__tablename__` is its parent's entity, also when it is written."""
    facts = data_of(tmp_path, {
        "hr/__init__.py": "",
        "hr/models.py": """
            from sqlalchemy import Column, Integer, String
            from sqlalchemy.orm import declarative_base

            Base = declarative_base()

            class Employee(Base):
                __tablename__ = "employees"
                id = Column(Integer, primary_key=True)
                kind = Column(String(20))
                __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "employee"}

            class Manager(Employee):
                __mapper_args__ = {"polymorphic_identity": "manager"}
        """,
        "hr/service.py": """
            from sqlalchemy.orm import Session
            from hr.models import Manager

            def promote(engine, name):
                with Session(engine) as session:
                    session.add(Manager(kind="manager"))
                    session.commit()
        """,
    })
    assert entities(facts) == {("hr.models.Employee", "employees", "sqlalchemy")}
    assert accesses(facts) == {("hr.service.promote", "hr.models.Employee", "write")}


def test_table_object_is_an_entity(tmp_path):
    """`Table("tags", metadata, Column(...))` is the entity `table:tags`."""
    facts = data_of(tmp_path, {
        "db/__init__.py": "",
        "db/tables.py": """
            from sqlalchemy import Column, Integer, MetaData, String, Table

            metadata = MetaData()

            tags = Table(
                "tags",
                metadata,
                Column("id", Integer, primary_key=True),
                Column("label", String(50), nullable=False),
            )
        """,
    })
    assert entities(facts) == {("table:tags", "tags", "sqlalchemy")}
    assert fields_of(facts, "table:tags") == {("id", "integer", True, ""), ("label", "string", False, "")}


def test_session_add_add_all_delete_merge_are_writes(tmp_path):
    """session.add/add_all/delete/merge write the model of the instance."""
    facts = data_of(tmp_path, _tree("""
        from sqlalchemy.orm import sessionmaker
        from db.models import Customer, Order

        SessionLocal = sessionmaker()

        def place(customer_id, total):
            session = SessionLocal()
            session.add(Order(customer_id=customer_id, total=total))
            session.commit()

        def import_customers(emails):
            session = SessionLocal()
            session.add_all([Customer(email=e) for e in emails])
            session.commit()

        def forget(order):
            session = SessionLocal()
            stale = Order(id=order)
            session.delete(stale)

        def restore(order_id):
            session = SessionLocal()
            detached = Order(id=order_id, total=0)
            session.merge(detached)
    """))
    assert accesses(facts) == {
        ("db.repo.place", ORDER, "write"),
        ("db.repo.import_customers", "db.models.Customer", "write"),
        ("db.repo.forget", ORDER, "write"),
        ("db.repo.restore", ORDER, "write"),
    }


def test_session_query(tmp_path):
    """session.query(M)...all() reads; ...update({...}) and ...delete() write."""
    facts = data_of(tmp_path, _tree("""
        from sqlalchemy.orm import Session
        from db.models import Order

        def big_orders(engine):
            with Session(engine) as session:
                return session.query(Order).filter(Order.total > 100).all()

        def reprice(engine):
            with Session(engine) as session:
                session.query(Order).filter(Order.total < 0).update({"total": 0})

        def purge(engine):
            with Session(engine) as session:
                session.query(Order).filter(Order.customer_id.is_(None)).delete()
    """))
    assert accesses(facts) == {
        ("db.repo.big_orders", ORDER, "read"),
        ("db.repo.reprice", ORDER, "write"),
        ("db.repo.purge", ORDER, "write"),
    }


def test_core_select_insert_update_delete(tmp_path):
    """select(M) reads; insert(M), update(M), delete(M) write."""
    facts = data_of(tmp_path, _tree("""
        from sqlalchemy import delete, insert, select, update
        from sqlalchemy.orm import Session
        from db.models import Order

        def find(engine, order_id):
            with Session(engine) as session:
                return session.scalars(select(Order).where(Order.id == order_id)).first()

        def add(engine, total):
            with Session(engine) as session:
                session.execute(insert(Order).values(total=total))

        def change(engine, order_id, total):
            with Session(engine) as session:
                session.execute(update(Order).where(Order.id == order_id).values(total=total))

        def drop(engine, order_id):
            with Session(engine) as session:
                session.execute(delete(Order).where(Order.id == order_id))
    """))
    assert accesses(facts) == {
        ("db.repo.find", ORDER, "read"),
        ("db.repo.add", ORDER, "write"),
        ("db.repo.change", ORDER, "write"),
        ("db.repo.drop", ORDER, "write"),
    }


def test_session_get_is_a_read(tmp_path):
    """session.get(M, pk) reads M."""
    facts = data_of(tmp_path, _tree("""
        from sqlalchemy.orm import Session
        from db.models import Customer

        def customer(engine, pk):
            with Session(engine) as session:
                return session.get(Customer, pk)
    """))
    assert accesses(facts) == {("db.repo.customer", "db.models.Customer", "read")}


def test_table_insert_is_a_write(tmp_path):
    """`table.insert()` executed on a connection writes the Table entity."""
    facts = data_of(tmp_path, {
        "db/__init__.py": "",
        "db/tables.py": """
            from sqlalchemy import Column, Integer, MetaData, String, Table

            metadata = MetaData()
            tags = Table("tags", metadata, Column("id", Integer, primary_key=True), Column("label", String))
        """,
        "db/tagging.py": """
            from db.tables import tags

            def add_tag(engine, label):
                with engine.begin() as conn:
                    conn.execute(tags.insert().values(label=label))
        """,
    })
    assert accesses(facts) == {("db.tagging.add_tag", "table:tags", "write")}


def test_flask_sqlalchemy_model_query(tmp_path):
    """Flask-SQLAlchemy `db.Model` classes are entities; `Model.query...all()` reads, `db.session.add` writes."""
    facts = data_of(tmp_path, {
        "blog/__init__.py": "",
        "blog/extensions.py": """
            from flask_sqlalchemy import SQLAlchemy

            db = SQLAlchemy()
        """,
        "blog/models.py": """
            from blog.extensions import db

            class Post(db.Model):
                __tablename__ = "posts"
                id = db.Column(db.Integer, primary_key=True)
                title = db.Column(db.String(200), nullable=False)
        """,
        "blog/views.py": """
            from blog.extensions import db
            from blog.models import Post

            def by_title(title):
                return Post.query.filter_by(title=title).all()

            def publish(title):
                db.session.add(Post(title=title))
                db.session.commit()
        """,
    })
    assert entities(facts) == {("blog.models.Post", "posts", "sqlalchemy")}
    assert accesses(facts) == {
        ("blog.views.by_title", "blog.models.Post", "read"),
        ("blog.views.publish", "blog.models.Post", "write"),
    }
