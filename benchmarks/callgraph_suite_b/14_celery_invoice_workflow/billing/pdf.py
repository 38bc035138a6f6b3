import tempfile

from weasyprint import HTML

TEMPLATE = "<h1>Invoice {number}</h1><p>Total: {total}</p>"


def render_invoice_pdf(invoice):
    html = TEMPLATE.format(**invoice)
    _, path = tempfile.mkstemp(suffix=".pdf")
    HTML(string=html).write_pdf(path)
    return path
