csv = """name,age,city
ann,31,Oslo
bob,25,Rome
cy,47,Oslo"""
lines = csv.splitlines()
header = lines[0].split(",")
rows = [dict(zip(header, line.split(","))) for line in lines[1:]]
print(rows)
print([r["name"] for r in rows if r["city"] == "Oslo"])
ages = {r["name"]: int(r["age"]) for r in rows}
print(ages, sum(ages.values()) / len(ages))
cities = sorted({r["city"] for r in rows})
print({c: [r["name"] for r in rows if r["city"] == c] for c in cities})
