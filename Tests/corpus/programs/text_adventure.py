"""A text-adventure state machine driven by a scripted list of commands."""


class Room:
    def __init__(self, key, title, description):
        self.key = key
        self.title = title
        self.description = description
        self.exits = {}
        self.items = []
        self.locked = {}

    def connect(self, direction, other, back=None, locked_by=None):
        self.exits[direction] = other
        if locked_by:
            self.locked[direction] = locked_by
        if back:
            other.exits[back] = self

    def look(self):
        lines = [f"== {self.title} ==", self.description]
        if self.items:
            lines.append("You see: " + ", ".join(sorted(self.items)))
        exits = []
        for direction in sorted(self.exits):
            suffix = " (locked)" if direction in self.locked else ""
            exits.append(direction + suffix)
        lines.append("Exits: " + (", ".join(exits) if exits else "none"))
        return "\n".join(lines)


class GameOver(Exception):
    pass


class Game:
    DIRECTIONS = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}

    def __init__(self):
        self.state = "playing"
        self.moves = 0
        self.score = 0
        self.inventory = []
        self.rooms = self.build_world()
        self.location = self.rooms["hall"]
        self.visited = {"hall"}
        self.lamp_lit = False

    def build_world(self):
        hall = Room("hall", "Great Hall", "A draughty hall with a worn carpet.")
        library = Room("library", "Library", "Shelves of books reach the ceiling.")
        cellar = Room("cellar", "Cellar", "It is pitch dark and smells of damp.")
        vault = Room("vault", "Vault", "Gold glitters on every wall.")
        garden = Room("garden", "Garden", "Overgrown roses surround a fountain.")
        hall.connect("north", library, back="south")
        hall.connect("down", cellar, back="up")
        hall.connect("west", garden, back="east")
        cellar.connect("east", vault, back="west", locked_by="key")
        library.items += ["lamp", "book"]
        garden.items.append("key")
        vault.items.append("treasure")
        return {room.key: room for room in (hall, library, cellar, vault, garden)}

    def handle(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, rest = words[0], words[1:]
        handler = getattr(self, "do_" + verb, None)
        if verb in self.DIRECTIONS or verb in self.DIRECTIONS.values():
            return self.do_go([verb])
        if handler is None:
            return f"I don't know how to '{verb}'."
        self.moves += 1
        return handler(rest)

    def do_look(self, rest):
        if self.location.key == "cellar" and not self.lamp_lit:
            return "It is too dark to see."
        return self.location.look()

    def do_go(self, rest):
        if not rest:
            return "Go where?"
        direction = self.DIRECTIONS.get(rest[0], rest[0])
        if direction not in self.location.exits:
            return "You can't go that way."
        needed = self.location.locked.get(direction)
        if needed:
            if needed not in self.inventory:
                return f"The way {direction} is locked."
            del self.location.locked[direction]
            self.score += 10
            message = f"You unlock the door with the {needed}. "
        else:
            message = ""
        self.location = self.location.exits[direction]
        if self.location.key not in self.visited:
            self.visited.add(self.location.key)
            self.score += 5
        return message + self.do_look([])

    def do_take(self, rest):
        if not rest:
            return "Take what?"
        item = rest[0]
        if self.location.key == "cellar" and not self.lamp_lit:
            return "You fumble around in the dark."
        if item not in self.location.items:
            return f"There is no {item} here."
        self.location.items.remove(item)
        self.inventory.append(item)
        self.score += 20 if item == "treasure" else 2
        if item == "treasure":
            self.state = "won"
            raise GameOver("You grab the treasure. You win!")
        return f"Taken: {item}."

    def do_drop(self, rest):
        if not rest or rest[0] not in self.inventory:
            return "You don't have that."
        self.inventory.remove(rest[0])
        self.location.items.append(rest[0])
        return f"Dropped: {rest[0]}."

    def do_light(self, rest):
        if "lamp" not in self.inventory:
            return "You have nothing to light."
        if self.lamp_lit:
            return "The lamp is already lit."
        self.lamp_lit = True
        return "The lamp flickers on."

    def do_inventory(self, rest):
        return "You carry: " + (", ".join(self.inventory) if self.inventory else "nothing")

    def do_read(self, rest):
        if "book" not in self.inventory:
            return "You have nothing to read."
        return "The book says: 'The key lies among the roses.'"

    def do_quit(self, rest):
        self.state = "quit"
        raise GameOver("Goodbye.")


script = [
    "look", "dance", "n", "take lamp", "take book", "take sword", "read book", "s", "d", "look",
    "e", "u", "go west", "take key", "inventory", "east", "down", "light", "light", "look",
    "drop book", "look", "east", "take treasure", "look",
]
game = Game()
for command in script:
    print(f"> {command}")
    try:
        print(game.handle(command))
    except GameOver as ending:
        print(ending)
        break
print(f"state={game.state} moves={game.moves} score={game.score}")
print("visited:", sorted(game.visited))
print("inventory:", game.inventory)
