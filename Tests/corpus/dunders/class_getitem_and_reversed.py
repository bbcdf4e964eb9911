class Deck:
    def __init__(self):
        self.cards = [r + s for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __reversed__(self):
        print("custom __reversed__")
        return iter(self.cards[::-1])

d = Deck()
print(len(d), d[0], d[-1], d[1:3])
print(list(reversed(d)))
print([c for c in d if c.endswith("H")])

class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]
print(list(reversed(SeqOnly())))
