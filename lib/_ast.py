"""Tern's _ast: the node classes of CPython 3.11's abstract grammar (Parser/Python.asdl).

The classes are made from the table below. compile(..., PyCF_ONLY_AST) builds trees of
them from the tuples Tern's parser hands to _tree_from_tuples; compile(tree, ...) takes
a tree back as the same kind of tuples from _tuples_from_tree.
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
    """'Name(type field, type? field, type* field)' -> (name, [(field, type, '' or '?' or '*')])."""
    if '(' not in text:
        return text, []
    name, _, rest = text.partition('(')
    fields = []
    for declaration in rest[:-1].split(', '):
        kind, field = declaration.split(' ')
        quantifier = kind[-1] if kind[-1] in '?*' else ''
        fields.append((field, kind.rstrip('?*'), quantifier))
    return name, fields


# The fields of every concrete class, as _signature gives them, for _tuples_from_tree.
_FIELD_TYPES = {}


def _make_class(text, base, attributes, concrete=True):
    """The class that `text` declares (which is also its __doc__); optional fields and
    attributes default to None on the class, as in CPython."""
    name, fields = _signature(text)
    namespace = {'__module__': 'ast', '__doc__': text, '_fields': tuple(field for field, _, _ in fields),
                 '__match_args__': tuple(field for field, _, _ in fields)}
    if attributes is not None:
        namespace['_attributes'] = tuple(field for field, _, _ in attributes)
    for field, _, quantifier in fields + (attributes or []):
        if quantifier == '?':
            namespace[field] = None
    cls = type(name, (base,), namespace)
    globals()[name] = cls
    if concrete:
        _FIELD_TYPES[name] = fields
    return cls


def _define_grammar():
    for head, constructors, attributes in _GRAMMAR:
        declared = None if attributes is None else _signature('x' + attributes)[1]
        if constructors is None:
            _make_class(head, AST, declared)
            continue
        if all('(' not in text for text in constructors):
            doc = head + ' = ' + ' | '.join(constructors)
        else:
            doc = head + ' = ' + ('\n' + ' ' * (len(head) + 1) + '| ').join(constructors)
        base = _make_class(head, AST, declared, concrete=False)
        base.__doc__ = doc
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


_BUILTIN_TYPES = ('identifier', 'string', 'int', 'constant')


def _tuples_from_tree(tree, mode_class):
    """The tree as nested tuples for the VM to compile, checked as CPython checks an AST
    it is asked to compile (with TypeError and ValueError and the same messages)."""
    expected = globals()[mode_class]
    if not isinstance(tree, expected):
        raise TypeError('expected %s node, got %s' % (mode_class, type(tree).__name__))
    return _node_tuple(tree, 'mod')


def _node_tuple(node, kind):
    attributes = ()
    base = globals()[kind]
    if base._attributes:
        attributes = []
        for attribute in base._attributes:
            value = getattr(node, attribute, None)
            if value is None:
                if attribute in ('lineno', 'col_offset') or kind == 'pattern':
                    raise TypeError('required field "%s" missing from %s' % (attribute, kind))
            elif not isinstance(value, int):
                raise ValueError('invalid integer value: %r' % (value,))
            attributes.append(value)
        attributes = tuple(attributes)
    cls = next((c for c in type(node).__mro__ if c.__name__ in _FIELD_TYPES and globals().get(c.__name__) is c), None)
    if not isinstance(node, base) or cls is None:
        raise TypeError('expected some sort of %s, but got %r' % (kind, node))
    items = [cls.__name__]
    for field, field_kind, quantifier in _FIELD_TYPES[cls.__name__]:
        try:
            value = getattr(node, field)
        except AttributeError:
            value = None
            if quantifier != '?':
                raise TypeError('required field "%s" missing from %s' % (field, cls.__name__)) from None
        if quantifier == '*':
            if not isinstance(value, list):
                raise TypeError('%s field "%s" must be a list, not a %s' % (cls.__name__, field, type(value).__name__))
            items.append([_field_value(element, field_kind, cls.__name__, field, True) for element in value])
        elif value is None:
            if quantifier != '?' and field_kind != 'constant':
                raise TypeError('required field "%s" missing from %s' % (field, cls.__name__))
            items.append(None)
        elif field_kind in _BUILTIN_TYPES:
            items.append(_field_value(value, field_kind, cls.__name__, field, False))
        else:
            # Called directly (not through _field_value): one frame per level of the tree.
            items.append(_node_tuple(value, field_kind))
    _check_node(cls.__name__, items)
    return tuple(items) + attributes


def _field_value(value, kind, owner, field, in_list):
    if kind in ('identifier', 'string'):
        if not isinstance(value, str):
            raise TypeError('AST %s must be of type str' % kind)
        return value
    if kind == 'int':
        if not isinstance(value, int):
            raise ValueError('invalid integer value: %r' % (value,))
        return value
    if kind == 'constant':
        return value
    if value is None and in_list and (owner, field) in (('Dict', 'keys'), ('arguments', 'kw_defaults')):
        return None
    return _node_tuple(value, kind)


_BODY_OWNERS = {'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'For', 'AsyncFor', 'While', 'If',
                'With', 'AsyncWith', 'Try', 'TryStar', 'ExceptHandler', 'match_case'}
_TARGET_CONTEXTS = {('Assign', 'targets'): 'Store', ('AugAssign', 'target'): 'Store', ('AnnAssign', 'target'): 'Store',
                    ('For', 'target'): 'Store', ('AsyncFor', 'target'): 'Store', ('Delete', 'targets'): 'Del',
                    ('NamedExpr', 'target'): 'Store', ('comprehension', 'target'): 'Store',
                    ('withitem', 'optional_vars'): 'Store'}


def _context_of(item):
    if type(item) is tuple and item[0] in ('Name', 'Attribute', 'Subscript', 'Starred', 'List', 'Tuple'):
        return item[len(_FIELD_TYPES[item[0]])][0]
    return None


def _check_context(item, wanted):
    actual = _context_of(item)
    if actual is not None and actual != wanted:
        raise ValueError('expression must have %s context but has %s instead' % (wanted, actual))
    if actual is None and wanted != 'Load' and type(item) is tuple:
        raise ValueError('expression which can\'t be assigned to in %s context' % wanted)


def _check_constant(value):
    if value is None or value is ... or type(value) in (int, float, complex, bool, str, bytes):
        return
    if type(value) in (tuple, frozenset):
        for item in value:
            _check_constant(item)
        return
    raise TypeError('got an invalid type in Constant: %s' % type(value).__name__)


def _check_node(name, items):
    """The checks of CPython's AST validator that guard Tern's compiler from trees its
    parser never makes: empty bodies and targets, and expression contexts."""
    fields = [field for field, _, _ in _FIELD_TYPES[name]]
    values = dict(zip(fields, items[1:]))
    if name in _BODY_OWNERS and not values['body']:
        raise ValueError('empty body on %s' % name)
    if name in ('Assign', 'Delete') and not values['targets']:
        raise ValueError('empty targets on %s' % name)
    if name in ('BoolOp',) and len(values['values']) < 2:
        raise ValueError('BoolOp with less than 2 values')
    if name == 'Compare':
        if not values['comparators']:
            raise ValueError('Compare with no comparators')
        if len(values['comparators']) != len(values['ops']):
            raise ValueError('Compare has a different number of comparators and operands')
    if name == 'Dict' and len(values['keys']) != len(values['values']):
        raise ValueError('Dict doesn\'t have the same number of keys as values')
    if name in ('With', 'AsyncWith') and not values['items']:
        raise ValueError('empty items on %s' % name)
    if name == 'Try' and not values['handlers'] and not values['finalbody']:
        raise ValueError('Try has neither except handlers nor finalbody')
    if name == 'Import' or name == 'ImportFrom':
        if not values['names']:
            raise ValueError('empty names on %s' % name)
    if name == 'Constant':
        _check_constant(values['value'])
    own_context = _context_of(tuple(items))
    for field, kind, quantifier in _FIELD_TYPES[name]:
        if kind != 'expr' or values[field] is None:
            continue
        if name in ('List', 'Tuple', 'Starred'):
            wanted = own_context
        else:
            wanted = _TARGET_CONTEXTS.get((name, field), 'Load')
        for item in values[field] if quantifier == '*' else [values[field]]:
            if item is not None:
                _check_context(item, wanted)
