class Connection:
    def __init__(self, port):
        if not 0 < port < 65536:
            raise ValueError(f"invalid port {port}")
        self.port = port

print(Connection(8080).port)
Connection(70000)
