"""A sudoku solver: constraint propagation with candidate sets, then backtracking on the fewest candidates."""

DIGITS = set(range(1, 10))


def parse(text):
    rows = [line.strip() for line in text.strip().splitlines()]
    grid = []
    for row in rows:
        if len(row) != 9:
            raise ValueError(f"row {row!r} does not have 9 cells")
        grid.append([0 if ch in ".0" else int(ch) for ch in row])
    if len(grid) != 9:
        raise ValueError(f"expected 9 rows, got {len(grid)}")
    return grid


def peers(row, col):
    seen = set()
    for i in range(9):
        seen.add((row, i))
        seen.add((i, col))
    box_row, box_col = 3 * (row // 3), 3 * (col // 3)
    for r in range(box_row, box_row + 3):
        for c in range(box_col, box_col + 3):
            seen.add((r, c))
    seen.discard((row, col))
    return seen


PEERS = {(r, c): peers(r, c) for r in range(9) for c in range(9)}


class Solver:
    def __init__(self, grid):
        self.grid = [row[:] for row in grid]
        self.guesses = 0
        self.propagations = 0

    def candidates(self, row, col):
        used = {self.grid[r][c] for r, c in PEERS[(row, col)]}
        return DIGITS - used

    def propagate(self):
        """Fill every cell that has exactly one candidate; return False on a contradiction."""
        changed = True
        while changed:
            changed = False
            for r in range(9):
                for c in range(9):
                    if self.grid[r][c]:
                        continue
                    options = self.candidates(r, c)
                    if not options:
                        return False
                    if len(options) == 1:
                        self.grid[r][c] = options.pop()
                        self.propagations += 1
                        changed = True
        return True

    def best_empty_cell(self):
        best = None
        for r in range(9):
            for c in range(9):
                if not self.grid[r][c]:
                    options = self.candidates(r, c)
                    if best is None or len(options) < len(best[2]):
                        best = (r, c, options)
        return best

    def consistent(self):
        """False when two givens already clash; checked once so hopeless puzzles fail fast."""
        for (r, c), others in PEERS.items():
            value = self.grid[r][c]
            if value and any(self.grid[pr][pc] == value for pr, pc in others):
                return False
        return True

    def solve(self):
        if not self.propagate():
            return False
        cell = self.best_empty_cell()
        if cell is None:
            return True
        r, c, options = cell
        snapshot = [row[:] for row in self.grid]
        for digit in sorted(options):
            self.guesses += 1
            self.grid[r][c] = digit
            if self.solve():
                return True
            self.grid = [row[:] for row in snapshot]
        return False


def is_valid_solution(grid):
    for i in range(9):
        if set(grid[i]) != DIGITS or {grid[r][i] for r in range(9)} != DIGITS:
            return False
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            if {grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)} != DIGITS:
                return False
    return True


def render(grid):
    lines = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        cells = [str(v) if v else "." for v in row]
        lines.append(" | ".join(" ".join(cells[i:i + 3]) for i in (0, 3, 6)))
    return "\n".join(lines)


PUZZLES = {
    "easy": """
        53..7....
        6..195...
        .98....6.
        8...6...3
        4..8.3..1
        7...2...6
        .6....28.
        ...419..5
        ....8..79""",
    "sparse": """
        .3......2
        672..5...
        .....25.7
        ..9....2.
        .2...37.1
        ..39.....
        ..1..72..
        ...4..6..
        ...28....""",
}

for name, text in PUZZLES.items():
    solver = Solver(parse(text))
    solved = solver.solve()
    print(f"{name}: solved={solved} valid={is_valid_solution(solver.grid)} "
          f"guesses={solver.guesses} propagations={solver.propagations}")
    print(render(solver.grid))
impossible = parse("11......." + "\n" + "\n".join(["........."] * 8))
print("impossible:", Solver(impossible).consistent())
for bad in ["123", "\n".join(["........."] * 3)]:
    try:
        parse(bad)
    except ValueError as error:
        print("ValueError:", error)
