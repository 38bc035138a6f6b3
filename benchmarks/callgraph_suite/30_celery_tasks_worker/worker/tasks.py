import smtplib
from email.message import EmailMessage

from celery import shared_task

from .celery_app import app
from .pdf import render_invoice_pdf


@app.task(bind=True, max_retries=3)
def send_email(self, to, subject, body, attachment=None):
    msg = EmailMessage()
    msg["To"], msg["Subject"] = to, subject
    msg.set_content(body)
    if attachment:
        msg.add_attachment(attachment, maintype="application", subtype="pdf")
    smtp = smtplib.SMTP("localhost")
    try:
        smtp.send_message(msg)
    except smtplib.SMTPException as exc:
        raise self.retry(exc=exc, countdown=60)
    finally:
        smtp.quit()


@app.task
def generate_invoice(order_id):
    pdf = render_invoice_pdf(order_id)
    send_email.delay(f"billing+{order_id}@example.com", "Your invoice", "Attached.", attachment=pdf)
    return len(pdf)


@shared_task
def cleanup_exports(days=7):
    from .maintenance import purge_old_files

    return purge_old_files("/var/exports", days)
