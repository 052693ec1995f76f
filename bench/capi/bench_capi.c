/*
 * bench_capi: the hand-written CPython C API baseline for the SharpBind
 * benchmarks (bench/run.py).
 *
 * The point of this module is to be the best case a careful C author would
 * write with the full (non-limited) API, so that every other binding is
 * measured as a ratio against it.  That means:
 *   - vectorcall-friendly calling conventions everywhere (METH_NOARGS,
 *     METH_O, METH_FASTCALL) so no argument tuple is ever built;
 *   - a static type for Point with a tp_vectorcall constructor, which is what
 *     CPython's own built-in types do;
 *   - argument checking that is as strict as the other bindings (type errors,
 *     int range checks), because skipping checks would flatter the baseline;
 *   - for native code calling a Python override (go_many), a method lookup
 *     per call, as a virtual call must do (see go_many below).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h> /* T_DOUBLE; Py_T_DOUBLE only exists from 3.12 */

#include <limits.h>
#include <math.h>

/* ------------------------------------------------------------------------ */
/* Small helpers                                                            */
/* ------------------------------------------------------------------------ */

static int
check_nargs(const char *name, Py_ssize_t nargs, Py_ssize_t expected)
{
    if (nargs == expected) {
        return 0;
    }
    PyErr_Format(PyExc_TypeError, "%s() takes exactly %zd arguments (%zd given)",
                 name, expected, nargs);
    return -1;
}

/* Converts to a C int the way pybind11's `int` caster does: via __index__
 * (PyLong_AsLong rejects floats), with an explicit range check because a C
 * long is wider than an int on LP64. */
static int
as_c_int(PyObject *obj, int *out)
{
    long v = PyLong_AsLong(obj);
    if (v == -1 && PyErr_Occurred()) {
        return -1;
    }
    if (v < INT_MIN || v > INT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static int
as_c_double(PyObject *obj, double *out)
{
    /* PyFloat_AsDouble already has an inline fast path for float objects. */
    double v = PyFloat_AsDouble(obj);
    if (v == -1.0 && PyErr_Occurred()) {
        return -1;
    }
    *out = v;
    return 0;
}

/* ------------------------------------------------------------------------ */
/* Free functions                                                           */
/* ------------------------------------------------------------------------ */

/* METH_NOARGS rather than METH_FASTCALL: it is the idiomatic form for a
 * zero-argument function and CPython gives it its own vectorcall fast path. */
static PyObject *
noop(PyObject *Py_UNUSED(module), PyObject *Py_UNUSED(ignored))
{
    Py_RETURN_NONE;
}

static PyObject *
add(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    int i, j;
    if (check_nargs("add", nargs, 2) < 0 || as_c_int(args[0], &i) < 0 ||
        as_c_int(args[1], &j) < 0) {
        return NULL;
    }
    /* Add in long so that INT_MAX + 1 is not undefined behaviour. */
    return PyLong_FromLong((long)i + j);
}

static PyObject *
add_f(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    double a, b;
    if (check_nargs("add_f", nargs, 2) < 0 || as_c_double(args[0], &a) < 0 ||
        as_c_double(args[1], &b) < 0) {
        return NULL;
    }
    return PyFloat_FromDouble(a + b);
}

static PyObject *
concat(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (check_nargs("concat", nargs, 2) < 0) {
        return NULL;
    }
    /* Checked here so the error names the right function; PyUnicode_Concat
     * would also reject non-str, with a less helpful message. */
    if (!PyUnicode_Check(args[0]) || !PyUnicode_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "concat() arguments must be str");
        return NULL;
    }
    return PyUnicode_Concat(args[0], args[1]);
}

/* Accepts any sequence (like pybind11's std::vector caster); for a list,
 * PySequence_Fast returns the list itself, so there is no copy. */
static PyObject *
sum_list(PyObject *Py_UNUSED(module), PyObject *arg)
{
    PyObject *seq = PySequence_Fast(arg, "sum_list() argument must be a sequence of int");
    if (seq == NULL) {
        return NULL;
    }
    long long total = 0;
    /* Size and items are re-read on every iteration: a non-int item's
     * __index__ can run Python code that resizes the list under us. */
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(seq); i++) {
        PyObject *item = PySequence_Fast_GET_ITEM(seq, i);
        long long v;
        if (PyLong_CheckExact(item)) {
            /* No Python code can run, so the borrowed reference is safe. */
            v = PyLong_AsLongLong(item);
        }
        else {
            /* __index__ may drop the list's reference to the item. */
            Py_INCREF(item);
            v = PyLong_AsLongLong(item);
            Py_DECREF(item);
        }
        if (v == -1 && PyErr_Occurred()) {
            goto error;
        }
        if (__builtin_add_overflow(total, v, &total)) {
            PyErr_SetString(PyExc_OverflowError, "sum_list() result does not fit in a C long long");
            goto error;
        }
    }
    Py_DECREF(seq);
    return PyLong_FromLongLong(total);

error:
    Py_DECREF(seq);
    return NULL;
}

static PyObject *
make_list(PyObject *Py_UNUSED(module), PyObject *arg)
{
    Py_ssize_t n = PyLong_AsSsize_t(arg);
    if (n == -1 && PyErr_Occurred()) {
        return NULL;
    }
    if (n < 0) {
        PyErr_SetString(PyExc_ValueError, "make_list() argument must be >= 0");
        return NULL;
    }
    PyObject *list = PyList_New(n);
    if (list == NULL) {
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *v = PyLong_FromSsize_t(i);
        if (v == NULL) {
            /* list_dealloc tolerates the still-NULL tail. */
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, i, v);
    }
    return list;
}

static PyObject *
call_back(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (check_nargs("call_back", nargs, 2) < 0) {
        return NULL;
    }
    PyObject *f = args[0];
    if (!PyCallable_Check(f)) {
        PyErr_SetString(PyExc_TypeError, "call_back() first argument must be callable");
        return NULL;
    }
    Py_ssize_t n = PyLong_AsSsize_t(args[1]);
    if (n == -1 && PyErr_Occurred()) {
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *arg = PyLong_FromSsize_t(i);
        if (arg == NULL) {
            return NULL;
        }
        /* PyObject_CallOneArg is the vectorcall path: no tuple per call. */
        PyObject *res = PyObject_CallOneArg(f, arg);
        Py_DECREF(arg);
        if (res == NULL) {
            return NULL;
        }
        Py_DECREF(res);
    }
    Py_RETURN_NONE;
}

/* ------------------------------------------------------------------------ */
/* Point                                                                    */
/* ------------------------------------------------------------------------ */

typedef struct {
    PyObject_HEAD
    double x;
    double y;
} PointObject;

static PyTypeObject Point_Type;

static PyObject *
point_from_args(PyTypeObject *type, PyObject *const *args, Py_ssize_t nargs)
{
    double x, y;
    if (check_nargs("Point", nargs, 2) < 0 || as_c_double(args[0], &x) < 0 ||
        as_c_double(args[1], &y) < 0) {
        return NULL;
    }
    PointObject *self = (PointObject *)type->tp_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    self->x = x;
    self->y = y;
    return (PyObject *)self;
}

/* tp_new is what Point.__new__ and the generic type call use.  All the work
 * happens here rather than in tp_init so the arguments are parsed once. */
static PyObject *
Point_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    if (kwds != NULL && PyDict_GET_SIZE(kwds) != 0) {
        PyErr_SetString(PyExc_TypeError, "Point() takes no keyword arguments");
        return NULL;
    }
    return point_from_args(type, &PyTuple_GET_ITEM(args, 0), PyTuple_GET_SIZE(args));
}

/* Point(x, y) from Python goes through this instead of tp_new: with
 * tp_vectorcall set, the 3.11 interpreter specialises the call site
 * (PRECALL_BUILTIN_CLASS) and no args tuple/kwargs dict is built, exactly as
 * for float() or range().  tp_vectorcall is not inherited, so tp_new above
 * remains the path for anything that is not a direct call of Point. */
static PyObject *
Point_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "Point() takes no keyword arguments");
        return NULL;
    }
    return point_from_args((PyTypeObject *)type, args, PyVectorcall_NARGS(nargsf));
}

static PyObject *
Point_norm(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    PointObject *self = (PointObject *)op;
    return PyFloat_FromDouble(sqrt(self->x * self->x + self->y * self->y));
}

static PyObject *
Point_repr(PyObject *op)
{
    PointObject *self = (PointObject *)op;
    /* %R on floats keeps repr()'s shortest round-trip formatting. */
    PyObject *x = PyFloat_FromDouble(self->x);
    PyObject *y = x ? PyFloat_FromDouble(self->y) : NULL;
    PyObject *res = y ? PyUnicode_FromFormat("Point(%R, %R)", x, y) : NULL;
    Py_XDECREF(x);
    Py_XDECREF(y);
    return res;
}

/* Member descriptors: the plainest read/write attribute CPython offers for a
 * C field (T_DOUBLE setters accept anything with __float__/__index__). */
static PyMemberDef Point_members[] = {
    {"x", T_DOUBLE, offsetof(PointObject, x), 0, "x coordinate"},
    {"y", T_DOUBLE, offsetof(PointObject, y), 0, "y coordinate"},
    {NULL},
};

static PyMethodDef Point_methods[] = {
    {"norm", Point_norm, METH_NOARGS, "Euclidean length sqrt(x*x + y*y)."},
    {NULL},
};

static PyTypeObject Point_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "bench_capi.Point",
    .tp_doc = PyDoc_STR("Point(x, y): a 2-D point backed by a C struct."),
    .tp_basicsize = sizeof(PointObject),
    .tp_itemsize = 0,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = Point_new,
    .tp_vectorcall = Point_vectorcall,
    .tp_repr = Point_repr,
    .tp_members = Point_members,
    .tp_methods = Point_methods,
    /* No tp_dealloc: the object holds no references, and the inherited
     * object_dealloc just calls tp_free. */
};

/* ------------------------------------------------------------------------ */
/* Animal: native code calling a Python override                            */
/* ------------------------------------------------------------------------ */

/* The base class Python subclasses (class Cat(Animal): def go(self, n): ...).
 * Its own go() and sound() are the "pure virtual" defaults: they raise. */
static PyTypeObject Animal_Type;

/* Interned at module init: the method names go_many/sound_many look up. */
static PyObject *str_go;
static PyObject *str_sound;

static PyObject *
Animal_go(PyObject *Py_UNUSED(self), PyObject *Py_UNUSED(n))
{
    PyErr_SetString(PyExc_NotImplementedError, "Animal.go() is abstract");
    return NULL;
}

static PyObject *
Animal_sound(PyObject *Py_UNUSED(self), PyObject *Py_UNUSED(ignored))
{
    PyErr_SetString(PyExc_NotImplementedError, "Animal.sound() is abstract");
    return NULL;
}

static PyMethodDef Animal_methods[] = {
    {"go", Animal_go, METH_O, "go(n) -> int; Python subclasses define it."},
    {"sound", Animal_sound, METH_NOARGS, "sound() -> str; Python subclasses define it."},
    {NULL},
};

static PyTypeObject Animal_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "bench_capi.Animal",
    .tp_doc = PyDoc_STR("Animal(): subclass it in Python and define go(n) and sound()."),
    .tp_basicsize = sizeof(PyObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_new = PyType_GenericNew,
    .tp_methods = Animal_methods,
};

/* Shared argument handling of go_many and sound_many: (Animal, int times). */
static int
parse_many(const char *name, PyObject *const *args, Py_ssize_t nargs, int *times)
{
    if (check_nargs(name, nargs, 2) < 0) {
        return -1;
    }
    if (!PyObject_TypeCheck(args[0], &Animal_Type)) {
        PyErr_Format(PyExc_TypeError, "%s() argument 'animal' must be Animal", name);
        return -1;
    }
    return as_c_int(args[1], times);
}

/* What one override dispatch costs when a native library calls a method that
 * a Python subclass may define, done the fastest honest way:
 *   - every call looks the name up again (PyObject_VectorcallMethod: a lookup
 *     through the type's method cache, then a vectorcall of the function with
 *     self prepended, no bound-method object).  A native caller of a virtual
 *     method cannot hoist the lookup out of its loop: it does not know that
 *     the next call is on the same object, or that the class did not change;
 *   - the argument and result are converted as in add(): C int in, C int
 *     out with a range check.
 * The GIL is already held (go_many is called from Python), so unlike a
 * binding's override it does not acquire it per call. */
static PyObject *
go_many(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    int times;
    if (parse_many("go_many", args, nargs, &times) < 0) {
        return NULL;
    }
    long long total = 0;
    for (int i = 0; i < times; i++) {
        PyObject *n = PyLong_FromLong(i);
        if (n == NULL) {
            return NULL;
        }
        /* stack[0] is scratch space the callee may use (ARGUMENTS_OFFSET). */
        PyObject *stack[3] = {NULL, args[0], n};
        PyObject *res = PyObject_VectorcallMethod(
            str_go, stack + 1, 2 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
        Py_DECREF(n);
        if (res == NULL) {
            return NULL;
        }
        int v;
        int failed = as_c_int(res, &v);
        Py_DECREF(res);
        if (failed < 0) {
            return NULL;
        }
        total += v;
    }
    return PyLong_FromLongLong(total);
}

/* The same with a str result, read as UTF-8 (what a C caller wants: a char*
 * and a length; for an ASCII str CPython hands out its own buffer). */
static PyObject *
sound_many(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    int times;
    if (parse_many("sound_many", args, nargs, &times) < 0) {
        return NULL;
    }
    long long total = 0;
    for (int i = 0; i < times; i++) {
        PyObject *stack[2] = {NULL, args[0]};
        PyObject *res = PyObject_VectorcallMethod(
            str_sound, stack + 1, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
        if (res == NULL) {
            return NULL;
        }
        Py_ssize_t size;
        const char *utf8 = PyUnicode_Check(res) ? PyUnicode_AsUTF8AndSize(res, &size) : NULL;
        if (utf8 == NULL) {
            if (!PyErr_Occurred()) {
                PyErr_Format(PyExc_TypeError, "Animal.sound() override returned %.100s, expected str",
                             Py_TYPE(res)->tp_name);
            }
            Py_DECREF(res);
            return NULL;
        }
        Py_DECREF(res);
        total += size;
    }
    return PyLong_FromLongLong(total);
}

/* ------------------------------------------------------------------------ */
/* Module                                                                   */
/* ------------------------------------------------------------------------ */

static PyMethodDef module_methods[] = {
    {"noop", noop, METH_NOARGS, "noop() -> None"},
    {"add", (PyCFunction)(void (*)(void))add, METH_FASTCALL, "add(i, j) -> int (C int arguments)"},
    {"add_f", (PyCFunction)(void (*)(void))add_f, METH_FASTCALL, "add_f(a, b) -> float"},
    {"concat", (PyCFunction)(void (*)(void))concat, METH_FASTCALL, "concat(a, b) -> str"},
    {"sum_list", sum_list, METH_O, "sum_list(list_of_ints) -> int (C long long accumulator)"},
    {"make_list", make_list, METH_O, "make_list(n) -> [0, 1, ..., n-1]"},
    {"call_back", (PyCFunction)(void (*)(void))call_back, METH_FASTCALL,
     "call_back(f, n): call f(i) for i in range(n)"},
    {"go_many", (PyCFunction)(void (*)(void))go_many, METH_FASTCALL,
     "go_many(animal, times) -> sum of animal.go(i) for i in range(times)"},
    {"sound_many", (PyCFunction)(void (*)(void))sound_many, METH_FASTCALL,
     "sound_many(animal, times) -> total length of times animal.sound() results"},
    {NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "bench_capi",
    .m_doc = "Hand-written C API baseline for the SharpBind benchmarks.",
    /* Single-phase init with no per-module state: the static Point type is
     * process-global anyway, so multi-phase init would buy nothing here. */
    .m_size = -1,
    .m_methods = module_methods,
};

PyMODINIT_FUNC
PyInit_bench_capi(void)
{
    PyObject *m = PyModule_Create(&module_def);
    if (m == NULL) {
        return NULL;
    }
    /* The interned names live as long as the process (m_size -1: one init). */
    if (str_go == NULL) {
        str_go = PyUnicode_InternFromString("go");
        str_sound = PyUnicode_InternFromString("sound");
        if (str_go == NULL || str_sound == NULL) {
            Py_DECREF(m);
            return NULL;
        }
    }
    /* PyModule_AddType readies the type and adds a new reference. */
    if (PyModule_AddType(m, &Point_Type) < 0 || PyModule_AddType(m, &Animal_Type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
