# Class hierarchy with properties, class attributes, custom exceptions and __str__ (a small simulation)
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available
class Account:
    _next_id = 1
    interest = 0.0
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self
    def month_end(self):
        self._balance = round(self._balance * (1 + self.interest), 2)
    def __str__(self):
        return f"{type(self).__name__}#{self.id}({self.owner}: {self._balance:.2f})"
class Savings(Account):
    interest = 0.02
class Checking(Account):
    fee = 1.5
    def month_end(self):
        super().month_end()
        self._balance -= self.fee
accounts = [Savings("ann", 1000), Checking("bob", 50), Account("cy")]
accounts[0].deposit(500).withdraw(200)
accounts[1].deposit(25)
try:
    accounts[2].withdraw(10)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.needed, e.available)
try:
    accounts[2].deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
for month in range(3):
    for a in accounts:
        a.month_end()
for a in accounts:
    print(a, a.history)
print(sorted(accounts, key=lambda a: a.balance)[0].owner, sum(a.balance for a in accounts))
try:
    accounts[0].balance = 5
except AttributeError as e:
    print(type(e).__name__, e)
