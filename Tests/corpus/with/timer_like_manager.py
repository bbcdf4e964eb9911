class Section:
    depth = 0
    def __init__(self, title):
        self.title = title
        self.lines = []
    def __enter__(self):
        Section.depth += 1
        print("#" * Section.depth, self.title)
        return self
    def __exit__(self, *exc):
        for line in self.lines:
            print("  " * Section.depth + "- " + line)
        Section.depth -= 1

with Section("Report") as report:
    report.lines.append("intro")
    with Section("Details") as details:
        details.lines.extend(["alpha", "beta"])
    with Section("Summary") as summary:
        summary.lines.append("all good")
print(Section.depth)
