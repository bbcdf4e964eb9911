/* The runtime's functions that do not depend on the translated program's types. */
#include "tern_rt.h"
#include <errno.h>

RtExceptionHead *rt_exc = NULL;
char *rt_stack_base = NULL;

/* ---- arena allocation: objects are bump-allocated from zeroed chunks and never freed ---- */
static char *arena_next = NULL;
static long arena_left = 0;

void *rt_malloc(long size) {
    size = (size + 15) & ~15L;
    if (size > arena_left) {
        long chunk = 1L << 20;
        if (size > chunk / 4) return calloc(1, size);
        arena_next = (char *)calloc(1, chunk);
        if (arena_next == NULL) { fprintf(stderr, "MemoryError\n"); exit(1); }
        arena_left = chunk;
    }
    void *result = arena_next;
    arena_next += size;
    arena_left -= size;
    return result;
}

/* ---- exceptions ---- */
void rt_raise(RtExceptionHead *exception) { rt_exc = exception; }

void rt_raise_builtin(int kind, RtStr *message) {
    const RtBuiltinClass *klass = &rt_builtin_classes[kind];
    RtExceptionHead *exception = (RtExceptionHead *)rt_malloc(klass->size);
    exception->head.vt = klass->info;
    exception->message = message;
    rt_exc = exception;
}

void rt_raise_message(int kind, const char *message) {
    rt_raise_builtin(kind, rt_str_from_cstring(message));
}

RtStr *rt_exception_str(RtExceptionHead *exception) {
    if (exception->message == NULL) return rt_str_new("", 0);
    return exception->message;
}

void rt_report_uncaught(void) {
    fflush(stdout);
    fprintf(stderr, "Traceback (most recent call last):\n  (translated program)\n%s", rt_exc->head.vt->name);
    if (rt_exc->message != NULL && rt_exc->message->length > 0)
        fprintf(stderr, ": %.*s", (int)rt_exc->message->length, rt_exc->message->data);
    fprintf(stderr, "\n");
}

/* ---- numbers, with Python's rounding of floor division and modulo ---- */
long rt_int_floordiv(long a, long b) {
    if (b == 0) { rt_raise_message(RT_ZERO_DIVISION, "integer division or modulo by zero"); return 0; }
    long q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}

long rt_int_mod(long a, long b) {
    if (b == 0) { rt_raise_message(RT_ZERO_DIVISION, "integer modulo by zero"); return 0; }
    long r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

double rt_float_truediv(double a, double b) {
    if (b == 0.0) { rt_raise_message(RT_ZERO_DIVISION, "float division by zero"); return 0.0; }
    return a / b;
}

double rt_float_floordiv(double a, double b) {
    if (b == 0.0) { rt_raise_message(RT_ZERO_DIVISION, "float floor division by zero"); return 0.0; }
    return floor(a / b);
}

double rt_float_mod(double a, double b) {
    if (b == 0.0) { rt_raise_message(RT_ZERO_DIVISION, "float modulo"); return 0.0; }
    double r = fmod(a, b);
    if (r != 0.0 && ((r < 0) != (b < 0))) r += b;
    if (r == 0.0) r = copysign(0.0, b);
    return r;
}

/* ---- strings ---- */
RtStr *rt_str_new(const char *data, long length) {
    RtStr *s = (RtStr *)rt_malloc(sizeof(RtStr) + length + 1);
    s->length = length;
    memcpy(s->data, data, length);
    s->data[length] = 0;
    return s;
}

RtStr *rt_str_from_cstring(const char *text) { return rt_str_new(text, (long)strlen(text)); }

RtStr *rt_str_concat(RtStr *a, RtStr *b) {
    RtStr *s = (RtStr *)rt_malloc(sizeof(RtStr) + a->length + b->length + 1);
    s->length = a->length + b->length;
    memcpy(s->data, a->data, a->length);
    memcpy(s->data + a->length, b->data, b->length);
    return s;
}

RtStr *rt_str_repeat(RtStr *a, long count) {
    if (count < 0) count = 0;
    RtStr *s = (RtStr *)rt_malloc(sizeof(RtStr) + a->length * count + 1);
    long i;
    s->length = a->length * count;
    for (i = 0; i < count; i++) memcpy(s->data + i * a->length, a->data, a->length);
    return s;
}

long rt_str_compare(RtStr *a, RtStr *b) {
    long n = a->length < b->length ? a->length : b->length;
    int c = memcmp(a->data, b->data, n);
    if (c != 0) return c < 0 ? -1 : 1;
    return (a->length > b->length) - (a->length < b->length);
}

long rt_str_eq(RtStr *a, RtStr *b) {
    if (a == b) return 1;
    if (a == NULL || b == NULL || a->length != b->length) return 0;
    return memcmp(a->data, b->data, a->length) == 0;
}

long rt_str_hash(RtStr *s) {
    if (s->hash != 0) return s->hash;
    unsigned long h = 1469598103934665603UL;
    long i;
    for (i = 0; i < s->length; i++) h = (h ^ (unsigned char)s->data[i]) * 1099511628211UL;
    if (h == 0) h = 1;
    s->hash = (long)h;
    return s->hash;
}

long rt_str_is_true(RtStr *s) { return s != NULL && s->length > 0; }

long rt_str_find(RtStr *s, RtStr *part) {
    long i;
    if (part->length == 0) return 0;
    for (i = 0; i + part->length <= s->length; i++)
        if (memcmp(s->data + i, part->data, part->length) == 0) return i;
    return -1;
}

long rt_str_contains(RtStr *s, RtStr *part) { return rt_str_find(s, part) >= 0; }

long rt_str_count(RtStr *s, RtStr *part) {
    long i = 0, n = 0;
    if (part->length == 0) return s->length + 1;
    while (i + part->length <= s->length) {
        if (memcmp(s->data + i, part->data, part->length) == 0) { n++; i += part->length; }
        else i++;
    }
    return n;
}

static RtStr *single_chars[256];

RtStr *rt_str_char(RtStr *s, long index) {
    unsigned char c = (unsigned char)s->data[index];
    if (single_chars[c] == NULL) single_chars[c] = rt_str_new(s->data + index, 1);
    return single_chars[c];
}

RtStr *rt_str_getitem(RtStr *s, long index) {
    if (index < 0) index += s->length;
    if (index < 0 || index >= s->length) { rt_raise_message(RT_INDEX, "string index out of range"); return NULL; }
    return rt_str_char(s, index);
}

RtStr *rt_str_slice(RtStr *s, long lower, long upper) {
    long n = s->length;
    if (lower < 0) { lower += n; if (lower < 0) lower = 0; }
    if (upper < 0) { upper += n; if (upper < 0) upper = 0; }
    if (lower > n) lower = n;
    if (upper > n) upper = n;
    if (upper < lower) upper = lower;
    return rt_str_new(s->data + lower, upper - lower);
}

RtStr *rt_str_from_int(long value) {
    char buffer[32];
    int n = snprintf(buffer, sizeof buffer, "%ld", value);
    return rt_str_new(buffer, n);
}

RtStr *rt_str_from_bool(long value) { return rt_str_from_cstring(value ? "True" : "False"); }

/* Python's repr of a float: the shortest digits that read back exactly, laid out as Python does. */
RtStr *rt_str_from_float(double value) {
    char buffer[64], digits[32], out[64];
    int precision, exponent, count = 0, k = 0, i;
    if (isnan(value)) return rt_str_from_cstring("nan");
    if (isinf(value)) return rt_str_from_cstring(value > 0 ? "inf" : "-inf");
    for (precision = 1; precision <= 17; precision++) {
        snprintf(buffer, sizeof buffer, "%.*e", precision - 1, value);
        if (strtod(buffer, NULL) == value) break;
    }
    char *p = buffer;
    if (*p == '-') { out[k++] = '-'; p++; }
    while (*p && *p != 'e') { if (*p != '.') digits[count++] = *p; p++; }
    while (count > 1 && digits[count - 1] == '0') count--;
    exponent = atoi(p + 1);
    if (exponent >= -4 && exponent < 16) {
        if (exponent >= 0) {
            for (i = 0; i <= exponent; i++) out[k++] = i < count ? digits[i] : '0';
            out[k++] = '.';
            if (count > exponent + 1) for (i = exponent + 1; i < count; i++) out[k++] = digits[i];
            else out[k++] = '0';
        } else {
            out[k++] = '0'; out[k++] = '.';
            for (i = 0; i < -exponent - 1; i++) out[k++] = '0';
            for (i = 0; i < count; i++) out[k++] = digits[i];
        }
    } else {
        out[k++] = digits[0];
        if (count > 1) { out[k++] = '.'; for (i = 1; i < count; i++) out[k++] = digits[i]; }
        k += snprintf(out + k, sizeof out - k, "e%c%02d", exponent < 0 ? '-' : '+', exponent < 0 ? -exponent : exponent);
    }
    return rt_str_new(out, k);
}

RtStr *rt_str_repr(RtStr *s) {
    RtBuilder b;
    long i;
    int has_single = 0, has_double = 0;
    if (s == NULL) return rt_str_from_cstring("None");
    for (i = 0; i < s->length; i++) { if (s->data[i] == '\'') has_single = 1; if (s->data[i] == '"') has_double = 1; }
    char quote = (has_single && !has_double) ? '"' : '\'';
    rt_builder_init(&b);
    rt_builder_add(&b, &quote, 1);
    for (i = 0; i < s->length; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (c == '\\') rt_builder_add(&b, "\\\\", 2);
        else if (c == '\n') rt_builder_add(&b, "\\n", 2);
        else if (c == '\t') rt_builder_add(&b, "\\t", 2);
        else if (c == '\r') rt_builder_add(&b, "\\r", 2);
        else if (c == (unsigned char)quote) { rt_builder_add(&b, "\\", 1); rt_builder_add(&b, &quote, 1); }
        else if (c < 32 || c == 127) { char hex[8]; snprintf(hex, sizeof hex, "\\x%02x", c); rt_builder_add(&b, hex, 4); }
        else rt_builder_add(&b, (const char *)&s->data[i], 1);
    }
    rt_builder_add(&b, &quote, 1);
    return rt_builder_finish(&b);
}

RtStr *rt_str_or_none(RtStr *s) { return s == NULL ? rt_str_from_cstring("None") : s; }

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

long rt_str_to_int(RtStr *s) {
    long i = 0, n = s->length, sign = 1, value = 0, digits = 0;
    while (i < n && is_space(s->data[i])) i++;
    if (i < n && (s->data[i] == '+' || s->data[i] == '-')) { if (s->data[i] == '-') sign = -1; i++; }
    while (i < n && ((s->data[i] >= '0' && s->data[i] <= '9') || (s->data[i] == '_' && digits > 0))) {
        if (s->data[i] != '_') { value = value * 10 + (s->data[i] - '0'); digits++; }
        i++;
    }
    while (i < n && is_space(s->data[i])) i++;
    if (digits == 0 || i != n) {
        RtBuilder b;
        rt_builder_init(&b);
        rt_builder_add(&b, "invalid literal for int() with base 10: ", 40);
        rt_builder_add_str(&b, rt_str_repr(s));
        rt_raise_builtin(RT_VALUE, rt_builder_finish(&b));
        return 0;
    }
    return sign * value;
}

double rt_str_to_float(RtStr *s) {
    char *end;
    errno = 0;
    double value = strtod(s->data, &end);
    while (*end && is_space(*end)) end++;
    if (end == s->data || *end != 0) {
        RtBuilder b;
        rt_builder_init(&b);
        rt_builder_add(&b, "could not convert string to float: ", 35);
        rt_builder_add_str(&b, rt_str_repr(s));
        rt_raise_builtin(RT_VALUE, rt_builder_finish(&b));
        return 0.0;
    }
    return value;
}

long rt_str_ord(RtStr *s) {
    if (s->length != 1) {
        char message[96];
        snprintf(message, sizeof message, "ord() expected a character, but string of length %ld found", s->length);
        rt_raise_message(RT_TYPE, message);
        return 0;
    }
    return (unsigned char)s->data[0];
}

RtStr *rt_chr(long code) {
    char c = (char)code;
    if (code < 0 || code > 127) { rt_raise_message(RT_VALUE, "chr() arg out of ASCII range in the subset"); return NULL; }
    return rt_str_new(&c, 1);
}

RtStr *rt_str_strip(RtStr *s) {
    long lower = 0, upper = s->length;
    while (lower < upper && is_space(s->data[lower])) lower++;
    while (upper > lower && is_space(s->data[upper - 1])) upper--;
    return rt_str_new(s->data + lower, upper - lower);
}

RtStr *rt_str_lstrip(RtStr *s) {
    long lower = 0;
    while (lower < s->length && is_space(s->data[lower])) lower++;
    return rt_str_new(s->data + lower, s->length - lower);
}

RtStr *rt_str_rstrip(RtStr *s) {
    long upper = s->length;
    while (upper > 0 && is_space(s->data[upper - 1])) upper--;
    return rt_str_new(s->data, upper);
}

RtStr *rt_str_upper(RtStr *s) {
    RtStr *r = rt_str_new(s->data, s->length);
    long i;
    for (i = 0; i < r->length; i++) if (r->data[i] >= 'a' && r->data[i] <= 'z') r->data[i] -= 32;
    return r;
}

RtStr *rt_str_lower(RtStr *s) {
    RtStr *r = rt_str_new(s->data, s->length);
    long i;
    for (i = 0; i < r->length; i++) if (r->data[i] >= 'A' && r->data[i] <= 'Z') r->data[i] += 32;
    return r;
}

long rt_str_startswith(RtStr *s, RtStr *prefix) {
    return prefix->length <= s->length && memcmp(s->data, prefix->data, prefix->length) == 0;
}

long rt_str_endswith(RtStr *s, RtStr *suffix) {
    return suffix->length <= s->length &&
           memcmp(s->data + s->length - suffix->length, suffix->data, suffix->length) == 0;
}

RtStr *rt_str_replace(RtStr *s, RtStr *old, RtStr *replacement) {
    RtBuilder b;
    long i = 0;
    rt_builder_init(&b);
    if (old->length == 0) return s;
    while (i < s->length) {
        if (i + old->length <= s->length && memcmp(s->data + i, old->data, old->length) == 0) {
            rt_builder_add_str(&b, replacement);
            i += old->length;
        } else {
            rt_builder_add(&b, s->data + i, 1);
            i++;
        }
    }
    return rt_builder_finish(&b);
}

long rt_str_isdigit(RtStr *s) {
    long i;
    if (s->length == 0) return 0;
    for (i = 0; i < s->length; i++) if (s->data[i] < '0' || s->data[i] > '9') return 0;
    return 1;
}

long rt_str_isalpha(RtStr *s) {
    long i;
    if (s->length == 0) return 0;
    for (i = 0; i < s->length; i++) {
        char c = s->data[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return 0;
    }
    return 1;
}

long rt_str_isspace(RtStr *s) {
    long i;
    if (s->length == 0) return 0;
    for (i = 0; i < s->length; i++) if (!is_space(s->data[i])) return 0;
    return 1;
}

/* ---- string builder ---- */
void rt_builder_init(RtBuilder *b) { b->capacity = 64; b->length = 0; b->data = (char *)malloc(b->capacity); }

void rt_builder_add(RtBuilder *b, const char *data, long length) {
    if (b->length + length > b->capacity) {
        while (b->length + length > b->capacity) b->capacity *= 2;
        b->data = (char *)realloc(b->data, b->capacity);
    }
    memcpy(b->data + b->length, data, length);
    b->length += length;
}

void rt_builder_add_str(RtBuilder *b, RtStr *s) { rt_builder_add(b, s->data, s->length); }

RtStr *rt_builder_finish(RtBuilder *b) {
    RtStr *s = rt_str_new(b->data, b->length);
    free(b->data);
    return s;
}

/* ---- printing ---- */
void rt_print_item(RtStr *s, long index) {
    if (index > 0) fputc(' ', stdout);
    fwrite(s->data, 1, s->length, stdout);
}

void rt_print_end(void) { fputc('\n', stdout); }

RtStr *rt_repr_int(long v) { return rt_str_from_int(v); }
RtStr *rt_repr_bool(long v) { return rt_str_from_bool(v); }
RtStr *rt_repr_float(double v) { return rt_str_from_float(v); }
RtStr *rt_repr_str(RtStr *v) { return rt_str_repr(v); }
RtStr *rt_repr_object(void *v) {
    if (v == NULL) return rt_str_from_cstring("None");
    return rt_str_from_cstring("<object>");
}
