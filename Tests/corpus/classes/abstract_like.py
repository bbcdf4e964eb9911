class Base:
    def run(self):
        return self.step() * 2
    def step(self):
        raise NotImplementedError(type(self).__name__ + " must implement step")

class Good(Base):
    def step(self):
        return 21

print(Good().run())
try:
    Base().run()
except NotImplementedError as error:
    print("NotImplementedError:", error)
print(issubclass(NotImplementedError, RuntimeError))
