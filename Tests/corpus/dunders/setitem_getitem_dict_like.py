class CaseInsensitive:
    def __init__(self):
        self._d = {}
    def __setitem__(self, key, value):
        self._d[key.lower()] = (key, value)
    def __getitem__(self, key):
        return self._d[key.lower()][1]
    def __contains__(self, key):
        return key.lower() in self._d
    def __iter__(self):
        return (original for original, _ in self._d.values())
    def __len__(self):
        return len(self._d)
    def __eq__(self, other):
        return dict(self.items()) == dict(other.items())
    def items(self):
        return [(k, self[k]) for k in self]

h = CaseInsensitive()
h["Content-Type"] = "text"
h["ACCEPT"] = "*/*"
h["content-type"] = "json"
print(h["CONTENT-TYPE"], "accept" in h, len(h), list(h), h.items())
print(h == h, dict(h.items()))
try:
    h["missing"]
except KeyError as error:
    print("KeyError:", error)
