"""Tern's _ast: the node classes of CPython 3.11's abstract grammar (Parser/Python.asdl).

The classes are made from the table below. compile(..., PyCF_ONLY_AST) builds trees of
them from the tuples Tern's parser hands to _tree_from_tuples.
"""

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
_OPTIONAL_END = '(int lineno, int col_offset, int? end_lineno, int? end_col_offset)'

# Each entry: the abstract type (or a product type), its constructors as the ASDL writes
# them, and its attributes. A product type has no constructor list.
_GRAMMAR = (
    ('mod', ('Module(stmt* body, type_ignore* type_ignores)', 'Interactive(stmt* body)',
             'Expression(expr body)', 'FunctionType(expr* argtypes, expr returns)'), None),
    ('stmt', (
        'FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)',
        'AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)',
        'ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)',
        'Return(expr? value)', 'Delete(expr* targets)',
        'Assign(expr* targets, expr value, string? type_comment)',
        'AugAssign(expr target, operator op, expr value)',
        'AnnAssign(expr target, expr annotation, expr? value, int simple)',
        'For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)',
        'AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)',
        'While(expr test, stmt* body, stmt* orelse)', 'If(expr test, stmt* body, stmt* orelse)',
        'With(withitem* items, stmt* body, string? type_comment)',
        'AsyncWith(withitem* items, stmt* body, string? type_comment)',
        'Match(expr subject, match_case* cases)', 'Raise(expr? exc, expr? cause)',
        'Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)',
        'TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)',
        'Assert(expr test, expr? msg)', 'Import(alias* names)',
        'ImportFrom(identifier? module, alias* names, int? level)',
        'Global(identifier* names)', 'Nonlocal(identifier* names)', 'Expr(expr value)',
        'Pass', 'Break', 'Continue'), _OPTIONAL_END),
    ('expr', (
        'BoolOp(boolop op, expr* values)', 'NamedExpr(expr target, expr value)',
        'BinOp(expr left, operator op, expr right)', 'UnaryOp(unaryop op, expr operand)',
        'Lambda(arguments args, expr body)', 'IfExp(expr test, expr body, expr orelse)',
        'Dict(expr* keys, expr* values)', 'Set(expr* elts)',
        'ListComp(expr elt, comprehension* generators)', 'SetComp(expr elt, comprehension* generators)',
        'DictComp(expr key, expr value, comprehension* generators)',
        'GeneratorExp(expr elt, comprehension* generators)', 'Await(expr value)',
        'Yield(expr? value)', 'YieldFrom(expr value)',
        'Compare(expr left, cmpop* ops, expr* comparators)',
        'Call(expr func, expr* args, keyword* keywords)',
        'FormattedValue(expr value, int conversion, expr? format_spec)', 'JoinedStr(expr* values)',
        'Constant(constant value, string? kind)',
        'Attribute(expr value, identifier attr, expr_context ctx)',
        'Subscript(expr value, expr slice, expr_context ctx)', 'Starred(expr value, expr_context ctx)',
        'Name(identifier id, expr_context ctx)', 'List(expr* elts, expr_context ctx)',
        'Tuple(expr* elts, expr_context ctx)', 'Slice(expr? lower, expr? upper, expr? step)'), _OPTIONAL_END),
    ('expr_context', ('Load', 'Store', 'Del'), None),
    ('boolop', ('And', 'Or'), None),
    ('operator', ('Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow', 'LShift', 'RShift',
                  'BitOr', 'BitXor', 'BitAnd', 'FloorDiv'), None),
    ('unaryop', ('Invert', 'Not', 'UAdd', 'USub'), None),
    ('cmpop', ('Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn'), None),
    ('comprehension(expr target, expr iter, expr* ifs, int is_async)', None, None),
    ('excepthandler', ('ExceptHandler(expr? type, identifier? name, stmt* body)',), _OPTIONAL_END),
    ('arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)',
     None, None),
    ('arg(identifier arg, expr? annotation, string? type_comment)', None, _OPTIONAL_END),
    ('keyword(identifier? arg, expr value)', None, _OPTIONAL_END),
    ('alias(identifier name, identifier? asname)', None, _OPTIONAL_END),
    ('withitem(expr context_expr, expr? optional_vars)', None, None),
    ('match_case(pattern pattern, expr? guard, stmt* body)', None, None),
    ('pattern', (
        'MatchValue(expr value)', 'MatchSingleton(constant value)', 'MatchSequence(pattern* patterns)',
        'MatchMapping(expr* keys, pattern* patterns, identifier? rest)',
        'MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)',
        'MatchStar(identifier? name)', 'MatchAs(pattern? pattern, identifier? name)',
        'MatchOr(pattern* patterns)'), '(int lineno, int col_offset, int end_lineno, int end_col_offset)'),
    ('type_ignore', ('TypeIgnore(int lineno, string tag)',), None),
)


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            raise TypeError('%s constructor takes at most %d positional argument%s'
                            % (type(self).__name__, len(fields), '' if len(fields) == 1 else 's'))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError("%s got multiple values for argument '%s'" % (type(self).__name__, name))
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


AST.__module__ = 'ast'


def _signature(text):
    """'Name(type field, type? field)' -> (name, [(field, is_optional)]); the text itself is the doc."""
    if '(' not in text:
        return text, []
    name, _, rest = text.partition('(')
    fields = []
    for declaration in rest[:-1].split(', '):
        kind, field = declaration.split(' ')
        fields.append((field, kind.endswith('?')))
    return name, fields


def _make_class(text, base, attributes):
    name, fields = _signature(text)
    namespace = {'__module__': 'ast', '__doc__': text, '_fields': tuple(field for field, _ in fields),
                 '__match_args__': tuple(field for field, _ in fields)}
    if attributes is not None:
        namespace['_attributes'] = attributes
    for field, is_optional in fields:
        if is_optional:
            namespace[field] = None
    cls = type(name, (base,), namespace)
    globals()[name] = cls
    return cls


def _define_grammar():
    for head, constructors, attributes in _GRAMMAR:
        attribute_names = None
        if attributes is not None:
            _, declared = _signature('x' + attributes)
            attribute_names = tuple(field for field, _ in declared)
        if constructors is None:
            _make_class(head, AST, attribute_names)
            continue
        if all('(' not in text for text in constructors):
            doc = head + ' = ' + ' | '.join(constructors)
        else:
            doc = head + ' = ' + ('\n' + ' ' * (len(head) + 1) + '| ').join(constructors)
        base = _make_class(head, AST, attribute_names)
        base.__doc__ = doc
        if attribute_names is not None:
            for field, is_optional in _signature('x' + attributes)[1]:
                if is_optional:
                    setattr(base, field, None)
        for text in constructors:
            _make_class(text, base, None)


_define_grammar()

_shared_nodes = {}


def _tree_from_tuples(item):
    """A node from the VM's tuple (class name, field values in _fields order, then the four
    positions if the class has them); lists hold such tuples, other values are kept."""
    name = item[0]
    if len(item) == 1:
        node = _shared_nodes.get(name)
        if node is None:
            node = _shared_nodes[name] = globals()[name]()
        return node
    cls = globals()[name]
    node = cls.__new__(cls)
    values = node.__dict__
    index = 1
    for field in cls._fields:
        value = item[index]
        index += 1
        if type(value) is tuple:
            value = _tree_from_tuples(value)
        elif type(value) is list:
            value = [_tree_from_tuples(element) if type(element) is tuple else element for element in value]
        values[field] = value
    if index < len(item):
        for attribute in _POSITIONS:
            values[attribute] = item[index]
            index += 1
    return node
