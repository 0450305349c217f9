# fails on purpose: AttributeError with a "Did you mean" suggestion
class Account:
    def __init__(self):
        self.balance = 100
acct = Account()
print(acct.balance)
print(acct.balanse)
