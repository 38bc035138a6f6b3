from notify.sender import Sender


class ConsoleTransport:
    def deliver(self, message):
        print(f"[{message['id']}] -> {message['to']}")


def main():
    sender = Sender(ConsoleTransport())
    sender.send("email", "welcome", "ada@example.com", name="Ada")
    sender.send("sms", "reset", "+15550100", name="Ada", code="1234")


if __name__ == "__main__":
    main()
