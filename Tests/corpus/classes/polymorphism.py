class Employee:
    def __init__(self, name, base):
        self.name, self.base = name, base
    def pay(self):
        return self.base
    def __str__(self):
        return f"{self.name}: {self.pay():.2f}"

class Manager(Employee):
    def __init__(self, name, base, reports):
        super().__init__(name, base)
        self.reports = reports
    def pay(self):
        return super().pay() * 1.2 + 100 * len(self.reports)

class Intern(Employee):
    def pay(self):
        return min(super().pay(), 1000)

team = [Employee("ann", 3000), Intern("bo", 1500)]
boss = Manager("cy", 5000, team)
for person in team + [boss]:
    print(person)
print(sum(p.pay() for p in team + [boss]))
print(sorted((p.name for p in team + [boss]), key=lambda n: n[::-1]))
