def parse_row(row):
    return [int(cell) for cell in row.split(",")]

def load(rows):
    return [parse_row(r) for r in rows]

def main():
    print(load(["1,2", "3,4"]))
    print(load(["5,6", "7,x"]))

main()
