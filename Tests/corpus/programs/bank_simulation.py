"""A bank and inventory simulation: accounts, transactions, an audit log and error handling."""


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot cover {amount}")
        self.shortfall = amount - account.balance


class AccountFrozen(Exception):
    pass


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0, overdraft=0):
        self.owner = owner
        self.number = Account.next_number
        Account.next_number += 1
        self._balance = balance
        self.overdraft = overdraft
        self.frozen = False
        self.history = [("open", balance)]

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        self._check(amount)
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check(amount)
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def _check(self, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        if amount <= 0:
            raise ValueError(f"amount must be positive: {amount}")

    def month_end(self):
        return 0

    def __repr__(self):
        return f"<{type(self).__name__} {self.number} {self.owner} {self.balance}>"


class Savings(Account):
    RATE_PER_MILLE = 5

    def month_end(self):
        interest = self.balance * self.RATE_PER_MILLE // 1000
        if interest:
            self._balance += interest
            self.history.append(("interest", interest))
        return interest


class Checking(Account):
    FEE = 3

    def month_end(self):
        fee = self.FEE if self.balance < 500 else 0
        if fee:
            self._balance -= fee
            self.history.append(("fee", fee))
        return -fee


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.log = []

    def open(self, kind, owner, amount=0, **options):
        account = kind(owner, amount, **options)
        self.accounts[account.number] = account
        self.log.append(f"opened {account.number} for {owner}")
        return account

    def transfer(self, source, target, amount):
        src = self.accounts[source]
        dst = self.accounts[target]
        src.withdraw(amount)
        try:
            dst.deposit(amount)
        except Exception:
            src.deposit(amount)
            raise
        self.log.append(f"transfer {amount} {source}->{target}")

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def month_end(self):
        return {number: account.month_end() for number, account in self.accounts.items()}

    def statement(self, number):
        account = self.accounts[number]
        running = 0
        lines = [f"Statement for {account.owner} ({number})"]
        for kind, amount in account.history:
            running += -amount if kind in ("withdraw", "fee") else amount
            lines.append(f"  {kind:<9}{amount:>8}{running:>9}")
        return "\n".join(lines)


class Inventory:
    def __init__(self):
        self.stock = {}

    def receive(self, item, quantity, unit_cost):
        count, cost = self.stock.get(item, (0, 0))
        self.stock[item] = (count + quantity, cost + quantity * unit_cost)

    def ship(self, item, quantity):
        count, cost = self.stock.get(item, (0, 0))
        if quantity > count:
            raise ValueError(f"only {count} {item} in stock, {quantity} requested")
        average = cost / count
        self.stock[item] = (count - quantity, cost - average * quantity)
        return round(average * quantity, 2)

    def report(self):
        for item in sorted(self.stock):
            count, cost = self.stock[item]
            yield f"{item:<8}{count:>5}{cost:>10.2f}"


bank = Bank("Tern Savings & Loan")
alice = bank.open(Savings, "alice", 1000)
bob = bank.open(Checking, "bob", 200, overdraft=100)
carol = bank.open(Checking, "carol", 800)
operations = [
    ("transfer", alice.number, bob.number, 250),
    ("transfer", bob.number, carol.number, 500),
    ("transfer", bob.number, carol.number, 100),
    ("withdraw", carol.number, 0),
    ("deposit", alice.number, 75),
    ("freeze", carol.number),
    ("transfer", alice.number, carol.number, 10),
    ("withdraw", alice.number, 5000),
]
for op, *args in operations:
    try:
        if op == "transfer":
            bank.transfer(*args)
        elif op == "withdraw":
            bank.accounts[args[0]].withdraw(args[1])
        elif op == "deposit":
            bank.accounts[args[0]].deposit(args[1])
        elif op == "freeze":
            bank.accounts[args[0]].frozen = True
        print(f"ok    {op} {args}")
    except InsufficientFunds as error:
        print(f"fail  {op} {args}: {error} (short by {error.shortfall})")
    except (AccountFrozen, ValueError) as error:
        print(f"fail  {op} {args}: {type(error).__name__}: {error}")
print(sorted(bank.accounts.values(), key=lambda a: a.balance))
print("month end:", bank.month_end())
print("total:", bank.total())
for number in sorted(bank.accounts):
    print(bank.statement(number))
print("\n".join(bank.log))

stock = Inventory()
stock.receive("bolts", 100, 0.25)
stock.receive("nuts", 250, 0.1)
stock.receive("bolts", 50, 0.4)
print("shipped cost:", stock.ship("bolts", 120))
try:
    stock.ship("nuts", 1000)
except ValueError as error:
    print("ValueError:", error)
for line in stock.report():
    print(line)
