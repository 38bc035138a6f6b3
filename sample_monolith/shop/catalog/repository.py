"""Catalog data access."""

from __future__ import annotations

from typing import Sequence

from sqlalchemy import and_, func, or_, select, update

from ..core.repository import BaseRepository
from .models import Category, PriceTier, Product, Tag, product_tags


class ProductRepository(BaseRepository[Product]):
    model = Product

    def by_sku(self, sku: str) -> Product | None:
        return self.session.execute(select(Product).where(Product.sku == sku)).scalar_one_or_none()

    def by_slug(self, slug: str) -> Product | None:
        stmt = select(Product).where(and_(Product.slug == slug, Product.is_active.is_(True)))
        return self.session.execute(stmt).scalar_one_or_none()

    def search(self, term: str | None = None, category_id: int | None = None,
               tag: str | None = None, limit: int = 50, offset: int = 0) -> Sequence[Product]:
        stmt = select(Product).where(Product.is_active.is_(True))
        if term:
            like = f"%{term.lower()}%"
            stmt = stmt.where(or_(func.lower(Product.name).like(like), func.lower(Product.sku).like(like)))
        if category_id:
            stmt = stmt.where(Product.category_id == category_id)
        if tag:
            stmt = stmt.join(product_tags).join(Tag).where(Tag.name == tag)
        stmt = stmt.order_by(Product.name).limit(limit).offset(offset)
        return self.session.execute(stmt).scalars().all()

    def tiers_for(self, product_id: int, customer_group: str | None = None) -> Sequence[PriceTier]:
        stmt = select(PriceTier).where(PriceTier.product_id == product_id)
        if customer_group:
            stmt = stmt.where(or_(PriceTier.customer_group == customer_group, PriceTier.customer_group.is_(None)))
        else:
            stmt = stmt.where(PriceTier.customer_group.is_(None))
        return self.session.execute(stmt.order_by(PriceTier.min_quantity)).scalars().all()

    def set_rating(self, product_id: int, average, count: int) -> None:
        self.session.execute(
            update(Product).where(Product.id == product_id).values(rating_avg=average, rating_count=count)
        )

    def deactivate(self, product_ids: list[int]) -> int:
        result = self.session.execute(
            update(Product).where(Product.id.in_(product_ids)).values(is_active=False)
        )
        return result.rowcount


class CategoryRepository(BaseRepository[Category]):
    model = Category

    def by_code(self, code: str) -> Category | None:
        return self.session.query(Category).filter(Category.code == code).first()

    def tree(self) -> list[Category]:
        roots = self.session.query(Category).filter(Category.parent_id.is_(None)).all()
        return sorted(roots, key=lambda c: (c.position, c.name))


class TagRepository(BaseRepository[Tag]):
    model = Tag

    def get_or_create(self, name: str) -> Tag:
        tag = self.session.query(Tag).filter_by(name=name).one_or_none()
        if tag is None:
            tag = self.add(Tag(name=name))
        return tag
