class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed

balance = 10
print("balance", balance)
raise InsufficientFunds(5)
