/* The C baseline of bench/embed: a C program embeds CPython and calls the Python function
 * add(a, b) a million times, the ways a C API user would. Prints one "name ns" line per loop.
 * Built by bench/embed/run.sh against the chosen Python's headers and libpython. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdio.h>
#include <time.h>

#define N 1000000
#define ROUNDS 7

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

/* Each loop returns 0, or -1 with a Python error set. */
typedef int (*loop_fn)(PyObject *add, PyObject *a, PyObject *b);

static int objects_tuple(PyObject *add, PyObject *a, PyObject *b)
{
    for (long i = 0; i < N; i++) {
        PyObject *args = PyTuple_Pack(2, a, b);
        if (args == NULL) return -1;
        PyObject *r = PyObject_Call(add, args, NULL);
        Py_DECREF(args);
        if (r == NULL) return -1;
        Py_DECREF(r);
    }
    return 0;
}

static int objects_objargs(PyObject *add, PyObject *a, PyObject *b)
{
    for (long i = 0; i < N; i++) {
        PyObject *r = PyObject_CallFunctionObjArgs(add, a, b, NULL);
        if (r == NULL) return -1;
        Py_DECREF(r);
    }
    return 0;
}

static int objects_vectorcall(PyObject *add, PyObject *a, PyObject *b)
{
    for (long i = 0; i < N; i++) {
        PyObject *stack[3] = {NULL, a, b};
        PyObject *r = PyObject_Vectorcall(add, stack + 1, 2 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
        if (r == NULL) return -1;
        Py_DECREF(r);
    }
    return 0;
}

static long sink;

static int ints_tuple(PyObject *add, PyObject *a, PyObject *b)
{
    (void)a; (void)b;
    for (long i = 0; i < N; i++) {
        PyObject *x = PyLong_FromLong(i), *y = PyLong_FromLong(i);
        if (x == NULL || y == NULL) return -1;
        PyObject *args = PyTuple_New(2);
        if (args == NULL) return -1;
        PyTuple_SET_ITEM(args, 0, x);
        PyTuple_SET_ITEM(args, 1, y);
        PyObject *r = PyObject_Call(add, args, NULL);
        Py_DECREF(args);
        if (r == NULL) return -1;
        sink += PyLong_AsLong(r);
        Py_DECREF(r);
    }
    return 0;
}

static int ints_vectorcall(PyObject *add, PyObject *a, PyObject *b)
{
    (void)a; (void)b;
    for (long i = 0; i < N; i++) {
        PyObject *x = PyLong_FromLong(i), *y = PyLong_FromLong(i);
        if (x == NULL || y == NULL) return -1;
        PyObject *stack[3] = {NULL, x, y};
        PyObject *r = PyObject_Vectorcall(add, stack + 1, 2 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
        Py_DECREF(x);
        Py_DECREF(y);
        if (r == NULL) return -1;
        sink += PyLong_AsLong(r);
        Py_DECREF(r);
    }
    return 0;
}

static int run(const char *name, loop_fn loop, PyObject *add, PyObject *a, PyObject *b)
{
    double best = 1e9;
    for (int round = 0; round < ROUNDS; round++) {
        double start = now();
        if (loop(add, a, b) < 0) return -1;
        double ns = (now() - start) * 1e9 / N;
        if (ns < best) best = ns;
    }
    printf("%s %.1f\n", name, best);
    return 0;
}

int main(void)
{
    Py_InitializeEx(0);
    PyObject *globals = PyDict_New();
    PyDict_SetItemString(globals, "__builtins__", PyEval_GetBuiltins());
    PyObject *done = PyRun_String("def add(a, b):\n    return a + b\n", Py_file_input, globals, globals);
    if (done == NULL) { PyErr_Print(); return 1; }
    Py_DECREF(done);
    PyObject *add = PyDict_GetItemString(globals, "add");
    PyObject *a = PyLong_FromLong(1), *b = PyLong_FromLong(2);
    if (run("c_objects_tuple", objects_tuple, add, a, b) < 0
        || run("c_objects_objargs", objects_objargs, add, a, b) < 0
        || run("c_objects_vectorcall", objects_vectorcall, add, a, b) < 0
        || run("c_ints_tuple", ints_tuple, add, a, b) < 0
        || run("c_ints_vectorcall", ints_vectorcall, add, a, b) < 0) {
        PyErr_Print();
        return 1;
    }
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(globals);
    return Py_FinalizeEx() < 0 ? 1 : 0;
}
