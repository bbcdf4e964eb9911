def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient"
        balance -= amount
        return balance
    def get():
        return balance
    return {"deposit": deposit, "withdraw": withdraw, "balance": get}

acct = make_account(100)
print(acct["deposit"](50), acct["withdraw"](500), acct["withdraw"](30), acct["balance"]())
other = make_account(0)
print(other["balance"](), acct["balance"]())
print(acct["deposit"].__closure__ is not None, len(acct["deposit"].__closure__))
