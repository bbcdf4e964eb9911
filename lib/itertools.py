"""Iterator building blocks (CPython's itertools). As CPython's, each function checks
its arguments and takes its iterators when it is called; most then hand the work to
a generator."""


def _is_number(value):
    kind = type(value)
    return isinstance(value, (int, float, complex)) or any(
        hasattr(kind, name) for name in ("__index__", "__int__", "__float__", "__complex__"))


def _integer(value):
    """value as an int through __index__, with CPython's TypeError for anything else."""
    if isinstance(value, int):
        return value
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return method(value)


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        if type(self._step) is int and self._step == 1:
            return "%s(%r)" % (name, self._next)
        return "%s(%r, %r)" % (name, self._next, self._step)

    def __reduce__(self):
        if type(self._step) is int and self._step == 1:
            return type(self), (self._next,)
        return type(self), (self._next, self._step)


def cycle(iterable):
    return _cycle(iter(iterable))


def _cycle(iterator):
    saved = []
    for element in iterator:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


class repeat:
    """repeat(object[, times]): object, times times or for ever."""

    def __init__(self, object, times=None):
        self._object = object
        self._times = None if times is None else max(0, _integer(times))

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "%s(%r)" % (type(self).__name__, self._object)
        return "%s(%r, %d)" % (type(self).__name__, self._object, self._times)

    def __reduce__(self):
        if self._times is None:
            return type(self), (self._object,)
        return type(self), (self._object, self._times)


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(iterator, func, total):
    if total is None:
        for total in iterator:
            break
        else:
            return
    yield total
    for element in iterator:
        total = total + element if func is None else func(total, element)
        yield total


def chain(*iterables):
    for iterable in iterables:
        for element in iterable:
            yield element


def _from_iterable(iterables):
    for iterable in iterables:
        for element in iterable:
            yield element


chain.from_iterable = _from_iterable


def compress(data, selectors):
    return (d for d, s in zip(iter(data), iter(selectors)) if s)


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, iterator):
    for x in iterator:
        if not predicate(x):
            yield x
            break
    for x in iterator:
        yield x


def filterfalse(predicate, iterable):
    return _filterfalse(bool if predicate is None else predicate, iter(iterable))


def _filterfalse(predicate, iterator):
    for x in iterator:
        if not predicate(x):
            yield x


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, iterator):
    for x in iterator:
        if predicate(x):
            yield x
        else:
            break


_INDICES = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."


def _islice_index(value, message):
    if value is None:
        return None
    try:
        index = _integer(value)
    except TypeError:
        raise ValueError(message) from None
    if index < 0:
        raise ValueError(message)
    return index


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""
    if len(args) == 1:
        start, stop, step = 0, _islice_index(args[0], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."), 1
    elif 2 <= len(args) <= 3:
        start = _islice_index(args[0], _INDICES) or 0
        stop = _islice_index(args[1], _INDICES)
        step = 1
        if len(args) == 3 and args[2] is not None:
            try:
                step = _integer(args[2])
            except TypeError:
                step = 0
            if step <= 0:
                raise ValueError("Step for islice() must be a positive integer or None.")
    elif not args:
        raise TypeError("islice expected at least 2 arguments, got 1")
    else:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    return _islice(iter(iterable), start, stop, step)


def _islice(iterator, start, stop, step):
    # Reads no item past the last one it yields, nor past stop, as CPython's islice.
    done = object()
    position = 0
    wanted = start
    while True:
        while position < wanted:
            if next(iterator, done) is done:
                return
            position += 1
        if stop is not None and position >= stop:
            return
        element = next(iterator, done)
        if element is done:
            return
        position += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield element


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, iterator):
    for args in iterator:
        yield function(*args)


def tee(iterable, n=2):
    n = _integer(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    iterator = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(buffer):
        while True:
            if not buffer:
                try:
                    value = next(iterator)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(value)
            yield buffer.pop(0)
    return tuple(gen(b) for b in buffers)


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(iterator):
    for a in iterator:
        break
    else:
        return
    for b in iterator:
        yield a, b
        a = b


class groupby:
    """Groups consecutive elements with equal keys: yields (key, group iterator)."""

    def __init__(self, iterable, key=None):
        self.keyfunc = key if key is not None else (lambda x: x)
        self.it = iter(iterable)
        self.tgtkey = self.currkey = self.currvalue = object()

    def __iter__(self):
        return self

    def __next__(self):
        self.id = object()
        while self.currkey == self.tgtkey:
            self.currvalue = next(self.it)
            self.currkey = self.keyfunc(self.currvalue)
        self.tgtkey = self.currkey
        return (self.currkey, self._grouper(self.tgtkey, self.id))

    def _grouper(self, tgtkey, id):
        while self.id is id and self.currkey == tgtkey:
            yield self.currvalue
            try:
                self.currvalue = next(self.it)
            except StopIteration:
                return
            self.currkey = self.keyfunc(self.currvalue)


def product(*iterables, repeat=1):
    repeat = _integer(repeat)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    return _product([tuple(pool) for pool in iterables] * repeat)


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def _r_argument(r):
    r = _integer(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def permutations(iterable, r=None):
    pool = tuple(iterable)
    return _permutations(pool, len(pool) if r is None else _r_argument(r))


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    return _combinations(pool, _r_argument(r))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    return _combinations_with_replacement(pool, _r_argument(r))


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
