class Account:
    def __init__(self, owner):
        self.__secret = "pin-" + owner
        self._protected = "visible"
    def reveal(self):
        return self.__secret

class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__secret = "child secret"
    def both(self):
        return self.__secret, self.reveal()

s = Savings("ann")
print(s.both(), s._protected)
print(sorted(vars(s)))
try:
    s.__secret
except AttributeError as error:
    print("AttributeError:", error)
print(s._Account__secret)
