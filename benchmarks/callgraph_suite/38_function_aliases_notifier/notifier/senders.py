import smtplib


def send_smtp(to, subject, body):
    server = smtplib.SMTP("localhost", 25)
    try:
        server.sendmail("noreply@example.com", [to], f"Subject: {subject}\n\n{body}")
    finally:
        server.quit()


def send_console(to, subject, body):
    print(f"To: {to}\nSubject: {subject}\n\n{body}")


def send_null(to, subject, body):
    return None
