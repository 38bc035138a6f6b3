from money import Money, TaxedPrice
from money.pricing import Price


def invoice_total(raw_lines):
    total = Money.zero()
    prices = []
    for raw in raw_lines:
        if "text" in raw:
            prices.append(Price.parse(raw["text"]))
        else:
            prices.append(TaxedPrice.gross(raw["net_cents"], raw.get("currency")))
    total.amount = sum(price.amount for price in prices)
    return total, prices


def split_bill(text, people):
    bill = Money.parse(text)
    return [part.to_dict() for part in bill.allocate([1] * people)]


def vat_report(net_cents_list):
    report = []
    for cents in net_cents_list:
        price = TaxedPrice.gross(cents)
        report.append(
            {
                "net": price.to_dict(),
                "vat": str(price.tax_part()),
                "label": price.per_unit_label(),
            }
        )
    return report
