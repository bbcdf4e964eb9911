"""Phase 'stackcheckinsertion': finds the cycles of the call graph and inserts stack checks where recursion can overflow."""

from translator import model
from translator.model import Operation, Variable
from translator import lltypes


class StackChecker:
    """Builds the call graph, finds its strongly connected components (Tarjan) and marks recursive graphs."""

    def __init__(self, program, graphs):
        self.program = program
        self.graphs = graphs
        self.callees = {}
        self.cycles = []
        self.inserted = 0
        self.index = {}
        self.lowlink = {}
        self.on_stack = {}
        self.stack = []
        self.counter = 0

    def build_call_graph(self):
        graph_of_function = {}
        for graph in self.graphs:
            graph_of_function[graph.function] = graph
        for graph in self.graphs:
            callees = []
            seen = {}
            for block in graph.iterblocks():
                for operation in block.operations:
                    targets = []
                    if operation.opname == "direct_call":
                        targets.append(graph_of_function.get(operation.args[0].value))
                    elif operation.opname == "vtable_call":
                        slot = operation.args[0].value
                        for klass in slot.owner.all_subclasses():
                            method = klass.lookup_method(slot.name)
                            if method is not None:
                                targets.append(graph_of_function.get(method))
                    for target in targets:
                        if target is not None and target not in seen:
                            seen[target] = True
                            callees.append(target)
            self.callees[graph] = callees

    def find_cycles(self):
        """Tarjan's algorithm, iterative so that deep call chains do not exhaust the host's stack."""
        for graph in self.graphs:
            if graph not in self.index:
                self.strongly_connect(graph)

    def strongly_connect(self, root):
        work = [(root, 0)]
        while len(work) > 0:
            pair = work.pop()
            node = pair[0]
            position = pair[1]
            if position == 0:
                self.index[node] = self.counter
                self.lowlink[node] = self.counter
                self.counter += 1
                self.stack.append(node)
                self.on_stack[node] = True
            callees = self.callees[node]
            recursed = False
            while position < len(callees):
                callee = callees[position]
                position += 1
                if callee not in self.index:
                    work.append((node, position))
                    work.append((callee, 0))
                    recursed = True
                    break
                if callee in self.on_stack:
                    if self.index[callee] < self.lowlink[node]:
                        self.lowlink[node] = self.index[callee]
            if recursed:
                continue
            if self.lowlink[node] == self.index[node]:
                component = []
                while True:
                    member = self.stack.pop()
                    del self.on_stack[member]
                    component.append(member)
                    if member is node:
                        break
                if len(component) > 1 or node in self.callees[node]:
                    self.cycles.append(component)
            if len(work) > 0:
                parent = work[-1][0]
                if self.lowlink[node] < self.lowlink[parent]:
                    self.lowlink[parent] = self.lowlink[node]

    def insert(self):
        for component in self.cycles:
            for graph in component:
                result = Variable("stack")
                result.concretetype = lltypes.VOID
                graph.startblock.operations.insert(0, Operation("stack_check", [], result, 0))
                self.inserted += 1


def insert_stack_checks(program, graphs):
    checker = StackChecker(program, graphs)
    checker.build_call_graph()
    checker.find_cycles()
    checker.insert()
    return checker
