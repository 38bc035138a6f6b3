from io import BytesIO

from reportlab.pdfgen import canvas


def render_invoice_pdf(order_id):
    buf = BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 750, f"Invoice for order #{order_id}")
    c.showPage()
    c.save()
    return buf.getvalue()
