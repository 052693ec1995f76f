// bench_pybind11: the pybind11 contender for the SharpBind benchmarks
// (bench/run.py).  Same functions and Point class as bench/capi/bench_capi.c.
//
// This is deliberately the code a typical pybind11 user writes: typed C++
// signatures, py::arg names, std::string / std::vector / std::function
// conversions from the stock casters.  Hand-optimising it (py::str,
// py::list, raw handles) would measure something nobody ships.
#include <pybind11/functional.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cmath>
#include <string>
#include <vector>

namespace py = pybind11;

struct Point {
    double x;
    double y;

    Point(double x_, double y_) : x(x_), y(y_) {}

    double norm() const { return std::sqrt(x * x + y * y); }
};

// The override benchmark: C++ calls virtual methods that a Python subclass
// defines.  Same shape as bench_sharpbind's Animal and bench_capi's.
struct Animal {
    virtual ~Animal() = default;
    virtual int go(int n) = 0;
    virtual std::string sound() = 0;
};

// The trampoline pybind11's documentation prescribes for a pure virtual.
struct PyAnimal : Animal {
    using Animal::Animal;

    int go(int n) override { PYBIND11_OVERRIDE_PURE(int, Animal, go, n); }

    std::string sound() override { PYBIND11_OVERRIDE_PURE(std::string, Animal, sound, ); }
};

// The C++ callers: a loop over virtual calls, returning a checksum so that
// every result is used.
long long go_many(Animal &animal, int times) {
    long long total = 0;
    for (int i = 0; i < times; ++i) {
        total += animal.go(i);
    }
    return total;
}

long long sound_many(Animal &animal, int times) {
    long long total = 0;
    for (int i = 0; i < times; ++i) {
        total += static_cast<long long>(animal.sound().size());
    }
    return total;
}

PYBIND11_MODULE(bench_pybind11, m) {
    m.doc() = "pybind11 contender for the SharpBind benchmarks.";

    m.def("noop", [] {});

    // Sum in long long so that INT_MAX + 1 is not undefined behaviour; the
    // C API module does the same in a C long.
    m.def(
        "add", [](int i, int j) { return static_cast<long long>(i) + j; }, py::arg("i"),
        py::arg("j"));

    m.def("add_f", [](double a, double b) { return a + b; }, py::arg("a"), py::arg("b"));

    m.def(
        "concat", [](const std::string &a, const std::string &b) { return a + b; }, py::arg("a"),
        py::arg("b"));

    py::class_<Point>(m, "Point")
        .def(py::init<double, double>(), py::arg("x"), py::arg("y"))
        .def_readwrite("x", &Point::x)
        .def_readwrite("y", &Point::y)
        .def("norm", &Point::norm);

    py::class_<Animal, PyAnimal>(m, "Animal")
        .def(py::init<>())
        .def("go", &Animal::go, py::arg("n"))
        .def("sound", &Animal::sound);

    m.def("go_many", &go_many, py::arg("animal"), py::arg("times"));
    m.def("sound_many", &sound_many, py::arg("animal"), py::arg("times"));

    m.def(
        "sum_list",
        [](const std::vector<long long> &values) {
            long long total = 0;
            for (long long v : values) {
                total += v;
            }
            return total;
        },
        py::arg("values"));

    m.def(
        "make_list",
        [](long long n) {
            std::vector<long long> out;
            out.reserve(n > 0 ? static_cast<size_t>(n) : 0);
            for (long long i = 0; i < n; ++i) {
                out.push_back(i);
            }
            return out;
        },
        py::arg("n"));

    // std::function rather than py::function: it mirrors a typed callback
    // (C# Action<long>) which is what SharpBind will expose, and it is the
    // conversion pybind11's docs recommend.
    m.def(
        "call_back",
        [](const std::function<void(long long)> &f, long long n) {
            for (long long i = 0; i < n; ++i) {
                f(i);
            }
        },
        py::arg("f"), py::arg("n"));
}
