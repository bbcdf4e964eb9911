"""Generates a synthetic input program of any size: N modules of varied functions and classes that call each other.

The same scale and seed always give the same program. Each module defines a small class
hierarchy, an exception class and functions drawn from templates with random constants;
functions call each other, methods of the classes, and functions of modules imported earlier.
"""

from translator import platform_support


class Random:
    """A deterministic linear congruential generator (the same on every Python)."""

    def __init__(self, seed):
        self.state = seed * 7919 + 17

    def below(self, limit):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return (self.state // 65536) % limit

    def between(self, low, high):
        return low + self.below(high - low + 1)

    def choose(self, items):
        return items[self.below(len(items))]


class ModuleWriter:
    """Writes the text of one synthetic module."""

    def __init__(self, random, index, imports, functions_per_module):
        self.random = random
        self.index = index
        self.imports = imports
        self.functions_per_module = functions_per_module
        self.lines = []
        self.functions = []
        self.name = "mod_" + str(index)

    def add(self, text):
        self.lines.append(text)

    def write(self):
        random = self.random
        k = str(self.index)
        self.add('"""Synthetic module ' + k + ' of the translation workload."""')
        self.add("")
        for imported in self.imports:
            self.add("import mod_" + str(imported))
        self.add("")
        self.add("LIMIT_" + k + " = " + str(random.between(50, 400)))
        self.add("WORDS_" + k + " = [" + ", ".join(['"' + self.word() + '"' for i in range(random.between(4, 9))]) + "]")
        self.add("calls_" + k + " = 0")
        self.add("")
        self.write_classes()
        templates = [self.arithmetic_function, self.string_function, self.dict_function, self.list_function,
                     self.shape_function, self.exception_function, self.recursive_function, self.float_function,
                     self.tuple_function, self.loop_function, self.text_function, self.matrix_function]
        count = 0
        while count < self.functions_per_module:
            template = templates[count % len(templates)]
            if count >= len(templates):
                template = random.choose(templates)
            template("f" + k + "_" + str(count))
            count += 1
        self.write_runner()
        return "\n".join(self.lines) + "\n"

    def word(self):
        letters = "abcdefghijklmnopqrstuvwxyz"
        text = ""
        for i in range(self.random.between(2, 7)):
            text = text + letters[self.random.below(26)]
        return text

    def other_call(self, argument):
        """A call of a function of an imported module (or of this one), as an int expression."""
        if len(self.imports) > 0 and self.random.below(3) > 0:
            target = self.random.choose(self.imports)
            return "mod_" + str(target) + ".entry_" + str(target) + "(" + argument + ")"
        if len(self.functions) > 0:
            return self.random.choose(self.functions) + "(" + argument + ")"
        return "(" + argument + ") % 97"

    def write_classes(self):
        random = self.random
        k = str(self.index)
        base = "Shape" + k
        self.add("class " + base + ":")
        self.add("    def __init__(self, size, label):")
        self.add("        self.size = size")
        self.add("        self.label = label")
        self.add("        self.history = []")
        self.add("")
        self.add("    def area(self):")
        self.add("        return self.size * " + str(random.between(2, 9)))
        self.add("")
        self.add("    def grow(self, amount):")
        self.add("        self.history.append(self.size)")
        self.add("        self.size = (self.size + amount) % " + str(random.between(500, 5000)))
        self.add("        return self.size")
        self.add("")
        self.add("    def describe(self):")
        self.add("        return self.label + \":\" + str(self.area())")
        self.add("")
        self.add("")
        kinds = random.between(2, 4)
        for number in range(kinds):
            name = "Shape" + k + "_" + str(number)
            self.add("class " + name + "(" + base + "):")
            self.add("    def __init__(self, size):")
            self.add("        " + base + ".__init__(self, size, \"" + self.word() + "\")")
            self.add("        self.extra = " + str(random.between(1, 50)))
            self.add("")
            self.add("    def area(self):")
            expression = random.choose(["self.size * self.size", "self.size + self.extra * 3",
                                        "(self.size * self.extra) % 1009", "self.size // 2 + self.extra"])
            self.add("        return " + expression)
            if random.below(2) == 0:
                self.add("")
                self.add("    def grow(self, amount):")
                self.add("        self.extra = (self.extra + 1) % 50")
                self.add("        return " + base + ".grow(self, amount + self.extra)")
            self.add("")
            self.add("")
        self.add("class Error" + k + "(Exception):")
        self.add("    def __init__(self, code):")
        self.add("        Exception.__init__(self, \"error \" + str(code))")
        self.add("        self.code = code")
        self.add("")
        self.add("")
        self.shape_kinds = kinds

    def begin(self, name, parameters):
        self.add("def " + name + "(" + parameters + "):")

    def end(self, name):
        self.add("")
        self.add("")
        self.functions.append(name)

    def arithmetic_function(self, name):
        random = self.random
        self.begin(name, "n")
        self.add("    total = " + str(random.between(0, 9)))
        self.add("    step = " + str(random.between(1, 5)))
        self.add("    for i in range(n):")
        self.add("        if i % " + str(random.between(2, 5)) + " == 0:")
        self.add("            total = total + i * " + str(random.between(2, 13)))
        self.add("        elif i % " + str(random.between(3, 7)) + " == 1:")
        self.add("            total = total - step")
        self.add("            step = step + 1")
        self.add("        else:")
        self.add("            total = total + " + self.other_call("i % 23"))
        self.add("        total = total % " + str(random.between(10007, 99991)))
        self.add("    return total")
        self.end(name)

    def string_function(self, name):
        random = self.random
        k = str(self.index)
        self.begin(name, "n")
        self.add("    parts = []")
        self.add("    for i in range(n % " + str(random.between(10, 40)) + " + 3):")
        self.add("        word = WORDS_" + k + "[i % len(WORDS_" + k + ")]")
        self.add("        if len(word) > " + str(random.between(2, 5)) + ":")
        self.add("            parts.append(word.upper())")
        self.add("        else:")
        self.add("            parts.append(word + str(i))")
        self.add("    text = \"" + random.choose(["-", ",", " ", "::"]) + "\".join(parts)")
        self.add("    return len(text) + text.count(\"a\") * " + str(random.between(1, 9)))
        self.end(name)

    def dict_function(self, name):
        random = self.random
        self.begin(name, "n")
        self.add("    counts = {}")
        self.add("    for i in range(n % " + str(random.between(30, 90)) + " + 5):")
        self.add("        key = \"k\" + str(i % " + str(random.between(3, 11)) + ")")
        self.add("        counts[key] = counts.get(key, 0) + i")
        self.add("    total = 0")
        self.add("    for key in counts:")
        self.add("        total = total + counts[key] * len(key)")
        self.add("    if \"k1\" in counts:")
        self.add("        total = total + counts[\"k1\"]")
        self.add("    return total % " + str(random.between(1000, 9999)))
        self.end(name)

    def list_function(self, name):
        random = self.random
        self.begin(name, "n")
        self.add("    values = [(i * " + str(random.between(3, 31)) + ") % " + str(random.between(50, 200)) +
                 " for i in range(n % 40 + 4)]")
        self.add("    values.sort()")
        self.add("    head = values[:" + str(random.between(2, 6)) + "]")
        self.add("    tail = values[-" + str(random.between(2, 6)) + ":]")
        self.add("    merged = head + tail")
        self.add("    merged.reverse()")
        self.add("    best = max(values) - min(values)")
        self.add("    return best + len(merged) + merged[0]")
        self.end(name)

    def shape_function(self, name):
        random = self.random
        k = str(self.index)
        self.begin(name, "n")
        self.add("    global calls_" + k)
        self.add("    calls_" + k + " += 1")
        self.add("    shapes = []")
        self.add("    for i in range(n % 12 + 2):")
        self.add("        kind = i % " + str(self.shape_kinds + 1))
        index = 0
        while index < self.shape_kinds:
            keyword = "if" if index == 0 else "elif"
            self.add("        " + keyword + " kind == " + str(index) + ":")
            self.add("            shapes.append(Shape" + k + "_" + str(index) + "(i + " + str(random.between(1, 9)) + "))")
            index += 1
        self.add("        else:")
        self.add("            shapes.append(Shape" + k + "(i, \"plain\"))")
        self.add("    total = 0")
        self.add("    for shape in shapes:")
        self.add("        total = total + shape.area() + shape.grow(" + str(random.between(1, 7)) + ")")
        self.add("        if isinstance(shape, Shape" + k + "_0):")
        self.add("            total = total + len(shape.describe())")
        self.add("    return total % 100003")
        self.end(name)

    def exception_function(self, name):
        random = self.random
        k = str(self.index)
        self.begin(name + "_check", "value")
        self.add("    if value % " + str(random.between(3, 8)) + " == 0:")
        self.add("        raise Error" + k + "(value)")
        self.add("    if value < 0:")
        self.add("        raise ValueError(\"negative\")")
        self.add("    return value * 2")
        self.end(name + "_check")
        self.functions.pop()
        self.begin(name, "n")
        self.add("    good = 0")
        self.add("    bad = 0")
        self.add("    for i in range(n % 25 + 1):")
        self.add("        try:")
        self.add("            good = good + " + name + "_check(i - " + str(random.between(0, 3)) + ")")
        self.add("        except Error" + k + " as error:")
        self.add("            bad = bad + error.code")
        self.add("        except ValueError:")
        self.add("            bad = bad + 1")
        self.add("    return good * 3 + bad")
        self.end(name)

    def recursive_function(self, name):
        random = self.random
        self.begin(name, "n")
        self.add("    if n <= 1:")
        self.add("        return " + str(random.between(1, 3)))
        self.add("    return (" + name + "(n - 1) + " + name + "(n - 2) * " + str(random.between(1, 3)) + ") % 100003")
        self.end(name)
        self.functions.pop()
        self.begin(name + "_entry", "n")
        self.add("    return " + name + "(n % " + str(random.between(8, 14)) + ")")
        self.end(name + "_entry")

    def float_function(self, name):
        random = self.random
        self.begin(name, "n")
        self.add("    x = " + str(random.between(2, 50)) + ".0 + n % 17")
        self.add("    guess = x / 2.0")
        self.add("    for i in range(" + str(random.between(4, 9)) + "):")
        self.add("        guess = (guess + x / guess) / 2.0")
        self.add("    scaled = guess * " + str(random.between(10, 1000)) + ".0")
        self.add("    return int(scaled) % 1000")
        self.end(name)

    def tuple_function(self, name):
        random = self.random
        self.begin(name + "_pair", "a, b")
        self.add("    if a > b:")
        self.add("        return (b, a - b)")
        self.add("    return (a, b - a + " + str(random.between(1, 5)) + ")")
        self.end(name + "_pair")
        self.functions.pop()
        self.begin(name, "n")
        self.add("    low, diff = " + name + "_pair(n % " + str(random.between(20, 60)) + ", " +
                 str(random.between(5, 40)) + ")")
        self.add("    pairs = []")
        self.add("    for i in range(low % 9 + 2):")
        self.add("        pairs.append((i, diff + i))")
        self.add("    total = 0")
        self.add("    for first, second in pairs:")
        self.add("        total = total + first * second")
        self.add("    return total + " + self.other_call("low + diff"))
        self.end(name)

    def loop_function(self, name):
        random = self.random
        self.begin(name, "n")
        self.add("    i = 0")
        self.add("    found = 0")
        self.add("    while True:")
        self.add("        i = i + 1")
        self.add("        if i > n % " + str(random.between(40, 90)) + " + 10:")
        self.add("            break")
        self.add("        if i % " + str(random.between(2, 6)) + " == 0:")
        self.add("            continue")
        self.add("        found = found + (i * i) % " + str(random.between(7, 31)))
        self.add("        if found > " + str(random.between(300, 900)) + ":")
        self.add("            found = found - " + str(random.between(100, 250)))
        self.add("    first, second = 0, 1")
        self.add("    for i in range(n % " + str(random.between(10, 30)) + " + 2):")
        self.add("        first, second = second, (first + second) % " + str(random.between(500, 2000)))
        self.add("    return found + first")
        self.end(name)

    def text_function(self, name):
        random = self.random
        self.begin(name, "n")
        self.add("    text = \"" + " ".join([self.word() for i in range(random.between(4, 8))]) + "\"")
        self.add("    words = text.split()")
        self.add("    seen = {}")
        self.add("    for word in words:")
        self.add("        seen[word] = len(word) + n % 5")
        self.add("    result = \"\"")
        self.add("    for word in words:")
        self.add("        if word.startswith(\"" + random.choose(["a", "e", "s", "t", "r"]) + "\"):")
        self.add("            result = result + word[0]")
        self.add("        else:")
        self.add("            result = result + word[-1:]")
        self.add("    return len(result) + len(seen) + result.find(\"e\")")
        self.end(name)

    def matrix_function(self, name):
        random = self.random
        self.begin(name, "n")
        self.add("    size = n % 5 + 2")
        self.add("    rows = []")
        self.add("    for i in range(size):")
        self.add("        row = []")
        self.add("        for j in range(size):")
        self.add("            row.append((i * " + str(random.between(2, 9)) + " + j) % 11)")
        self.add("        rows.append(row)")
        self.add("    trace = 0")
        self.add("    for i in range(size):")
        self.add("        trace = trace + rows[i][i] * rows[size - 1 - i][i]")
        self.add("    return trace")
        self.end(name)

    def write_runner(self):
        k = str(self.index)
        self.add("def entry_" + k + "(x):")
        self.add("    return " + self.random.choose(self.functions) + "(x % 50)")
        self.add("")
        self.add("")
        self.add("def run_" + k + "(seed):")
        self.add("    checksum = 0")
        for function in self.functions:
            self.add("    checksum = (checksum * 31 + " + function + "(seed + " + str(self.random.between(0, 99)) +
                     ")) % 1000000007")
        self.add("    print(\"" + self.name + "\", checksum)")
        self.add("    return checksum")


def generate_program(directory, scale, seed):
    """Writes scale modules and a main program into directory; returns the main file's path."""
    platform_support.make_directory(directory)
    random = Random(seed)
    functions_per_module = 24
    for index in range(scale):
        imports = []
        if index > 0:
            for count in range(random.between(1, 3)):
                imported = random.below(index)
                if imported not in imports:
                    imports.append(imported)
        writer = ModuleWriter(random, index, imports, functions_per_module)
        text = writer.write()
        platform_support.write_text(platform_support.join_path(directory, "mod_" + str(index) + ".py"), text)
    lines = ['"""Main program of the synthetic translation input."""', ""]
    for index in range(scale):
        lines.append("import mod_" + str(index))
    lines.append("")
    lines.append("")
    lines.append("def main():")
    lines.append("    total = 0")
    for index in range(scale):
        lines.append("    total = (total + mod_" + str(index) + ".run_" + str(index) + "(" + str(index) + ")) % 1000000007")
    lines.append("    print(\"total\", total)")
    lines.append("")
    lines.append("")
    lines.append("main()")
    main_path = platform_support.join_path(directory, "main.py")
    platform_support.write_text(main_path, "\n".join(lines) + "\n")
    return main_path
