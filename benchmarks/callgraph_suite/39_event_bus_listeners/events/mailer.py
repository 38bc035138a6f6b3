import smtplib


class Mailer:
    def __init__(self, host="localhost"):
        self.host = host

    def send(self, to, body):
        conn = smtplib.SMTP(self.host)
        try:
            conn.sendmail("shop@example.com", [to], body)
        finally:
            conn.quit()
