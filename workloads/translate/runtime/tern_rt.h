/* The runtime of C programs written by the translator: arena allocation, strings,
   exceptions, printing, and macros that define lists and dicts for each item type. */
#ifndef TERN_RT_H
#define TERN_RT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

/* ---- objects, classes, exceptions ---- */

/* What every vtable starts with: the class's preorder id range (for isinstance) and name. */
typedef struct RtClassInfo {
    long id;
    long id_max;
    const char *name;
    const struct RtClassInfo *base;
} RtClassInfo;

/* The header of every instance: a pointer to its class's vtable. */
typedef struct RtObject {
    const RtClassInfo *vt;
} RtObject;

typedef struct RtStr {
    long length;
    long hash;
    char data[];
} RtStr;

/* The start of every exception instance (the builtin Exception struct begins the same way). */
typedef struct RtExceptionHead {
    RtObject head;
    RtStr *message;
} RtExceptionHead;

/* Builtin exception classes the runtime raises; the translated program defines their table. */
enum { RT_ZERO_DIVISION, RT_INDEX, RT_KEY, RT_VALUE, RT_TYPE, RT_RECURSION, RT_BUILTIN_COUNT };
typedef struct RtBuiltinClass {
    const RtClassInfo *info;
    long size;
} RtBuiltinClass;
extern const RtBuiltinClass rt_builtin_classes[RT_BUILTIN_COUNT];

extern RtExceptionHead *rt_exc;

void *rt_malloc(long size);
void rt_raise(RtExceptionHead *exception);
void rt_raise_builtin(int kind, RtStr *message);
void rt_raise_message(int kind, const char *message);
static inline long rt_isinstance(void *object, const RtClassInfo *info) {
    if (object == NULL) return 0;
    long id = ((RtObject *)object)->vt->id;
    return info->id <= id && id <= info->id_max;
}
RtStr *rt_exception_str(RtExceptionHead *exception);
void rt_report_uncaught(void);

/* ---- stack checks ---- */
extern char *rt_stack_base;
#define RT_STACK_LIMIT (6L * 1024 * 1024)
static inline long rt_stack_check(void) {
    char here;
    if (rt_stack_base - &here > RT_STACK_LIMIT) {
        rt_raise_message(RT_RECURSION, "maximum recursion depth exceeded");
        return 1;
    }
    return 0;
}

/* ---- numbers ---- */
long rt_int_floordiv(long a, long b);
long rt_int_mod(long a, long b);
double rt_float_truediv(double a, double b);
double rt_float_floordiv(double a, double b);
double rt_float_mod(double a, double b);
static inline long rt_int_abs(long a) { return a < 0 ? -a : a; }
static inline long rt_int_min(long a, long b) { return b < a ? b : a; }
static inline long rt_int_max(long a, long b) { return b > a ? b : a; }
static inline double rt_float_min(double a, double b) { return b < a ? b : a; }
static inline double rt_float_max(double a, double b) { return b > a ? b : a; }

/* ---- strings ---- */
#define RT_CONST_STR(name, size, text) \
    static struct { long length; long hash; char data[size + 1]; } name = { size, 0, text }
RtStr *rt_str_new(const char *data, long length);
RtStr *rt_str_from_cstring(const char *text);
RtStr *rt_str_concat(RtStr *a, RtStr *b);
RtStr *rt_str_repeat(RtStr *a, long count);
long rt_str_compare(RtStr *a, RtStr *b);
long rt_str_eq(RtStr *a, RtStr *b);
long rt_str_hash(RtStr *s);
long rt_str_is_true(RtStr *s);
long rt_str_contains(RtStr *s, RtStr *part);
RtStr *rt_str_getitem(RtStr *s, long index);
RtStr *rt_str_char(RtStr *s, long index);
RtStr *rt_str_slice(RtStr *s, long lower, long upper);
RtStr *rt_str_from_int(long value);
RtStr *rt_str_from_bool(long value);
RtStr *rt_str_from_float(double value);
RtStr *rt_str_repr(RtStr *s);
RtStr *rt_str_or_none(RtStr *s);
long rt_str_to_int(RtStr *s);
double rt_str_to_float(RtStr *s);
long rt_str_ord(RtStr *s);
RtStr *rt_chr(long code);
RtStr *rt_str_strip(RtStr *s);
RtStr *rt_str_lstrip(RtStr *s);
RtStr *rt_str_rstrip(RtStr *s);
RtStr *rt_str_upper(RtStr *s);
RtStr *rt_str_lower(RtStr *s);
long rt_str_startswith(RtStr *s, RtStr *prefix);
long rt_str_endswith(RtStr *s, RtStr *suffix);
long rt_str_find(RtStr *s, RtStr *part);
long rt_str_count(RtStr *s, RtStr *part);
RtStr *rt_str_replace(RtStr *s, RtStr *old, RtStr *replacement);
long rt_str_isdigit(RtStr *s);
long rt_str_isalpha(RtStr *s);
long rt_str_isspace(RtStr *s);

/* Growable string buffer used by repr and join. */
typedef struct RtBuilder { char *data; long length; long capacity; } RtBuilder;
void rt_builder_init(RtBuilder *b);
void rt_builder_add(RtBuilder *b, const char *data, long length);
void rt_builder_add_str(RtBuilder *b, RtStr *s);
RtStr *rt_builder_finish(RtBuilder *b);

/* ---- printing ---- */
void rt_print_item(RtStr *s, long index);
void rt_print_end(void);

/* ---- item helpers used by the container macros ---- */
static inline long rt_eq_int(long a, long b) { return a == b; }
static inline long rt_eq_float(double a, double b) { return a == b; }
static inline long rt_eq_ptr(void *a, void *b) { return a == b; }
static inline long rt_hash_int(long a) { return a; }
static inline long rt_cmp_int(long a, long b) { return (a > b) - (a < b); }
static inline long rt_cmp_float(double a, double b) { return (a > b) - (a < b); }
RtStr *rt_repr_int(long v);
RtStr *rt_repr_bool(long v);
RtStr *rt_repr_float(double v);
RtStr *rt_repr_str(RtStr *v);
RtStr *rt_repr_object(void *v);

/* ---- lists: L is the struct name, T the item type ---- */
#define RT_DECLARE_LIST(L, T) \
    typedef struct L { long length; long capacity; T *items; } L; \
    L *L##_new(long length); \
    void L##_append(L *l, T v); \
    T L##_getitem(L *l, long i); \
    void L##_setitem(L *l, long i, T v); \
    T L##_pop(L *l); \
    T L##_pop_at(L *l, long i); \
    void L##_insert(L *l, long i, T v); \
    void L##_extend(L *l, L *other); \
    void L##_reverse(L *l); \
    void L##_clear(L *l); \
    L *L##_slice(L *l, long lower, long upper); \
    L *L##_concat(L *a, L *b); \
    L *L##_repeat(L *a, long n); \
    long L##_is_true(L *l); \
    long L##_contains(L *l, T v); \
    long L##_index(L *l, T v); \
    long L##_count(L *l, T v); \
    void L##_remove(L *l, T v); \
    long L##_eq(L *a, L *b); \
    RtStr *L##_repr(L *l); \
    void L##_sort(L *l); \
    T L##_min(L *l); \
    T L##_max(L *l);

#define RT_DEFINE_LIST(L, T, EQ, REPR) \
    L *L##_new(long length) { \
        L *l = (L *)rt_malloc(sizeof(L)); \
        long capacity = length < 4 ? 4 : length; \
        l->items = (T *)calloc(capacity, sizeof(T)); \
        l->length = length; l->capacity = capacity; return l; } \
    static void L##_grow(L *l, long needed) { \
        if (needed <= l->capacity) return; \
        long capacity = l->capacity * 2; if (capacity < needed) capacity = needed; \
        l->items = (T *)realloc(l->items, capacity * sizeof(T)); l->capacity = capacity; } \
    void L##_append(L *l, T v) { L##_grow(l, l->length + 1); l->items[l->length++] = v; } \
    T L##_getitem(L *l, long i) { \
        if (i < 0) i += l->length; \
        if (i < 0 || i >= l->length) { T zero; memset(&zero, 0, sizeof(T)); \
            rt_raise_message(RT_INDEX, "list index out of range"); return zero; } \
        return l->items[i]; } \
    void L##_setitem(L *l, long i, T v) { \
        if (i < 0) i += l->length; \
        if (i < 0 || i >= l->length) { rt_raise_message(RT_INDEX, "list assignment index out of range"); return; } \
        l->items[i] = v; } \
    T L##_pop(L *l) { \
        if (l->length == 0) { T zero; memset(&zero, 0, sizeof(T)); \
            rt_raise_message(RT_INDEX, "pop from empty list"); return zero; } \
        return l->items[--l->length]; } \
    T L##_pop_at(L *l, long i) { \
        T zero; memset(&zero, 0, sizeof(T)); \
        if (l->length == 0) { rt_raise_message(RT_INDEX, "pop from empty list"); return zero; } \
        if (i < 0) i += l->length; \
        if (i < 0 || i >= l->length) { rt_raise_message(RT_INDEX, "pop index out of range"); return zero; } \
        T v = l->items[i]; \
        memmove(l->items + i, l->items + i + 1, (l->length - i - 1) * sizeof(T)); \
        l->length--; return v; } \
    void L##_insert(L *l, long i, T v) { \
        if (i < 0) { i += l->length; if (i < 0) i = 0; } \
        if (i > l->length) i = l->length; \
        L##_grow(l, l->length + 1); \
        memmove(l->items + i + 1, l->items + i, (l->length - i) * sizeof(T)); \
        l->items[i] = v; l->length++; } \
    void L##_extend(L *l, L *other) { \
        long n = other->length; L##_grow(l, l->length + n); \
        memmove(l->items + l->length, other->items, n * sizeof(T)); l->length += n; } \
    void L##_reverse(L *l) { \
        long i = 0, j = l->length - 1; \
        while (i < j) { T t = l->items[i]; l->items[i] = l->items[j]; l->items[j] = t; i++; j--; } } \
    void L##_clear(L *l) { l->length = 0; } \
    L *L##_slice(L *l, long lower, long upper) { \
        long n = l->length; \
        if (lower < 0) { lower += n; if (lower < 0) lower = 0; } \
        if (upper < 0) { upper += n; if (upper < 0) upper = 0; } \
        if (lower > n) lower = n; \
        if (upper > n) upper = n; \
        if (upper < lower) upper = lower; \
        L *r = L##_new(upper - lower); \
        memcpy(r->items, l->items + lower, (upper - lower) * sizeof(T)); return r; } \
    L *L##_concat(L *a, L *b) { \
        L *r = L##_new(a->length + b->length); \
        memcpy(r->items, a->items, a->length * sizeof(T)); \
        memcpy(r->items + a->length, b->items, b->length * sizeof(T)); return r; } \
    L *L##_repeat(L *a, long n) { \
        if (n < 0) n = 0; \
        L *r = L##_new(a->length * n); long k; \
        for (k = 0; k < n; k++) memcpy(r->items + k * a->length, a->items, a->length * sizeof(T)); \
        return r; } \
    long L##_is_true(L *l) { return l != NULL && l->length > 0; } \
    long L##_contains(L *l, T v) { long i; \
        for (i = 0; i < l->length; i++) if (EQ(l->items[i], v)) return 1; return 0; } \
    long L##_index(L *l, T v) { long i; \
        for (i = 0; i < l->length; i++) if (EQ(l->items[i], v)) return i; \
        RtBuilder b; rt_builder_init(&b); rt_builder_add_str(&b, REPR(v)); \
        rt_builder_add(&b, " is not in list", 15); \
        rt_raise_builtin(RT_VALUE, rt_builder_finish(&b)); return -1; } \
    long L##_count(L *l, T v) { long i, n = 0; \
        for (i = 0; i < l->length; i++) if (EQ(l->items[i], v)) n++; return n; } \
    void L##_remove(L *l, T v) { long i; \
        for (i = 0; i < l->length; i++) if (EQ(l->items[i], v)) { \
            memmove(l->items + i, l->items + i + 1, (l->length - i - 1) * sizeof(T)); \
            l->length--; return; } \
        rt_raise_message(RT_VALUE, "list.remove(x): x not in list"); } \
    long L##_eq(L *a, L *b) { long i; \
        if (a == b) return 1; \
        if (a == NULL || b == NULL || a->length != b->length) return 0; \
        for (i = 0; i < a->length; i++) if (!EQ(a->items[i], b->items[i])) return 0; return 1; } \
    RtStr *L##_repr(L *l) { \
        if (l == NULL) return rt_str_from_cstring("None"); \
        RtBuilder b; rt_builder_init(&b); rt_builder_add(&b, "[", 1); long i; \
        for (i = 0; i < l->length; i++) { \
            if (i > 0) rt_builder_add(&b, ", ", 2); \
            rt_builder_add_str(&b, REPR(l->items[i])); } \
        rt_builder_add(&b, "]", 1); return rt_builder_finish(&b); }

/* Sorting (a stable merge sort) and min/max, for items with an order. */
#define RT_DEFINE_LIST_ORDER(L, T, CMP) \
    static void L##_merge_sort(T *items, T *scratch, long n) { \
        if (n < 2) return; long half = n / 2, i = 0, j = half, k = 0; \
        L##_merge_sort(items, scratch, half); L##_merge_sort(items + half, scratch, n - half); \
        while (i < half && j < n) { if (CMP(items[j], items[i]) < 0) scratch[k++] = items[j++]; \
                                    else scratch[k++] = items[i++]; } \
        while (i < half) scratch[k++] = items[i++]; \
        while (j < n) scratch[k++] = items[j++]; \
        memcpy(items, scratch, n * sizeof(T)); } \
    void L##_sort(L *l) { T *scratch = (T *)malloc((l->length + 1) * sizeof(T)); \
        L##_merge_sort(l->items, scratch, l->length); free(scratch); } \
    T L##_min(L *l) { long i; T best; memset(&best, 0, sizeof(T)); \
        if (l->length == 0) { rt_raise_message(RT_VALUE, "min() arg is an empty sequence"); return best; } \
        best = l->items[0]; \
        for (i = 1; i < l->length; i++) if (CMP(l->items[i], best) < 0) best = l->items[i]; return best; } \
    T L##_max(L *l) { long i; T best; memset(&best, 0, sizeof(T)); \
        if (l->length == 0) { rt_raise_message(RT_VALUE, "max() arg is an empty sequence"); return best; } \
        best = l->items[0]; \
        for (i = 1; i < l->length; i++) if (CMP(l->items[i], best) > 0) best = l->items[i]; return best; }

/* join and split, for the list-of-str type. */
#define RT_DEFINE_LIST_STR(L) \
    RtStr *L##_join(RtStr *separator, L *l) { \
        RtBuilder b; rt_builder_init(&b); long i; \
        for (i = 0; i < l->length; i++) { \
            if (i > 0) rt_builder_add_str(&b, separator); \
            rt_builder_add_str(&b, l->items[i]); } \
        return rt_builder_finish(&b); } \
    L *L##_split(RtStr *s, RtStr *separator) { \
        L *result = L##_new(0); long i = 0, n = s->length; \
        if (separator == NULL) { \
            while (1) { \
                while (i < n && (s->data[i] == ' ' || s->data[i] == '\n' || s->data[i] == '\t' || s->data[i] == '\r')) i++; \
                if (i >= n) break; long start = i; \
                while (i < n && !(s->data[i] == ' ' || s->data[i] == '\n' || s->data[i] == '\t' || s->data[i] == '\r')) i++; \
                L##_append(result, rt_str_new(s->data + start, i - start)); } \
            return result; } \
        if (separator->length == 0) { rt_raise_message(RT_VALUE, "empty separator"); return result; } \
        long start = 0; \
        while (i + separator->length <= n) { \
            if (memcmp(s->data + i, separator->data, separator->length) == 0) { \
                L##_append(result, rt_str_new(s->data + start, i - start)); \
                i += separator->length; start = i; } \
            else i++; } \
        L##_append(result, rt_str_new(s->data + start, n - start)); return result; }

/* ---- dicts: insertion-ordered entries plus an open-addressing index ---- */
#define RT_DECLARE_DICT(D, K, V) \
    typedef struct D##_entry { K key; V value; long live; } D##_entry; \
    typedef struct D { long count; long used; long capacity; long index_size; long *index; D##_entry *entries; } D; \
    D *D##_new(void); \
    V D##_getitem(D *d, K key); \
    void D##_setitem(D *d, K key, V value); \
    V D##_get(D *d, K key, V otherwise); \
    long D##_contains(D *d, K key); \
    V D##_pop(D *d, K key); \
    long D##_is_true(D *d); \
    void D##_clear(D *d); \
    D *D##_copy(D *d); \
    RtStr *D##_repr(D *d);

#define RT_DEFINE_DICT(D, K, V, HASH, EQ, REPR_KEY, REPR_VALUE) \
    D *D##_new(void) { D *d = (D *)rt_malloc(sizeof(D)); \
        d->capacity = 8; d->index_size = 16; \
        d->entries = (D##_entry *)calloc(d->capacity, sizeof(D##_entry)); \
        d->index = (long *)malloc(d->index_size * sizeof(long)); \
        memset(d->index, 0xff, d->index_size * sizeof(long)); return d; } \
    static long D##_slot(D *d, K key) { \
        unsigned long mask = d->index_size - 1, i = ((unsigned long)HASH(key) * 0x9E3779B97F4A7C15UL) >> 7; \
        while (1) { long e = d->index[i & mask]; \
            if (e < 0) return (long)(i & mask); \
            if (EQ(d->entries[e].key, key)) return (long)(i & mask); i++; } } \
    static void D##_rebuild(D *d, long capacity) { \
        D##_entry *old = d->entries; long used = d->used, i; \
        d->capacity = capacity; d->index_size = 16; \
        while (d->index_size < capacity * 2) d->index_size *= 2; \
        d->entries = (D##_entry *)calloc(capacity, sizeof(D##_entry)); \
        free(d->index); d->index = (long *)malloc(d->index_size * sizeof(long)); \
        memset(d->index, 0xff, d->index_size * sizeof(long)); d->used = 0; \
        for (i = 0; i < used; i++) if (old[i].live) { \
            d->entries[d->used] = old[i]; d->index[D##_slot(d, old[i].key)] = d->used; d->used++; } \
        free(old); } \
    static long D##_find(D *d, K key) { \
        long e = d->index[D##_slot(d, key)]; \
        if (e >= 0 && d->entries[e].live) return e; return -1; } \
    static void D##_missing(K key) { rt_raise_builtin(RT_KEY, REPR_KEY(key)); } \
    V D##_getitem(D *d, K key) { long e = D##_find(d, key); \
        if (e < 0) { V zero; memset(&zero, 0, sizeof(V)); D##_missing(key); return zero; } \
        return d->entries[e].value; } \
    void D##_setitem(D *d, K key, V value) { \
        long slot = D##_slot(d, key), e = d->index[slot]; \
        if (e >= 0) { if (!d->entries[e].live) { d->entries[e].live = 1; d->count++; } \
            d->entries[e].value = value; return; } \
        if (d->used >= d->capacity) { D##_rebuild(d, d->count * 2 + 8); slot = D##_slot(d, key); } \
        d->entries[d->used].key = key; d->entries[d->used].value = value; d->entries[d->used].live = 1; \
        d->index[slot] = d->used; d->used++; d->count++; } \
    V D##_get(D *d, K key, V otherwise) { long e = D##_find(d, key); \
        if (e < 0) return otherwise; return d->entries[e].value; } \
    long D##_contains(D *d, K key) { return D##_find(d, key) >= 0; } \
    static void D##_rebuild_without(D *d, long e) { \
        d->entries[e].live = 0; d->count--; D##_rebuild(d, d->capacity); } \
    V D##_pop(D *d, K key) { long e = D##_find(d, key); \
        if (e < 0) { V zero; memset(&zero, 0, sizeof(V)); D##_missing(key); return zero; } \
        V value = d->entries[e].value; \
        D##_rebuild_without(d, e); return value; } \
    long D##_is_true(D *d) { return d != NULL && d->count > 0; } \
    void D##_clear(D *d) { d->count = 0; d->used = 0; memset(d->index, 0xff, d->index_size * sizeof(long)); } \
    D *D##_copy(D *d) { D *r = D##_new(); long i; \
        for (i = 0; i < d->used; i++) if (d->entries[i].live) D##_setitem(r, d->entries[i].key, d->entries[i].value); \
        return r; } \
    RtStr *D##_repr(D *d) { \
        if (d == NULL) return rt_str_from_cstring("None"); \
        RtBuilder b; rt_builder_init(&b); rt_builder_add(&b, "{", 1); long i, first = 1; \
        for (i = 0; i < d->used; i++) if (d->entries[i].live) { \
            if (!first) rt_builder_add(&b, ", ", 2); first = 0; \
            rt_builder_add_str(&b, REPR_KEY(d->entries[i].key)); rt_builder_add(&b, ": ", 2); \
            rt_builder_add_str(&b, REPR_VALUE(d->entries[i].value)); } \
        rt_builder_add(&b, "}", 1); return rt_builder_finish(&b); }

#define RT_DEFINE_DICT_KEYS(D, L) \
    L *D##_keys(D *d) { L *r = L##_new(0); long i; \
        for (i = 0; i < d->used; i++) if (d->entries[i].live) L##_append(r, d->entries[i].key); return r; }
#define RT_DEFINE_DICT_VALUES(D, L) \
    L *D##_values(D *d) { L *r = L##_new(0); long i; \
        for (i = 0; i < d->used; i++) if (d->entries[i].live) L##_append(r, d->entries[i].value); return r; }
#define RT_DEFINE_DICT_ITEMS(D, L, P) \
    L *D##_items(D *d) { L *r = L##_new(0); long i; \
        for (i = 0; i < d->used; i++) if (d->entries[i].live) { \
            P *pair = (P *)rt_malloc(sizeof(P)); pair->f0 = d->entries[i].key; pair->f1 = d->entries[i].value; \
            L##_append(r, pair); } return r; }

#endif
