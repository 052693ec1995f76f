// The pybind11 baseline of bench/embed: an embedded interpreter calls the Python function add(a, b)
// a million times, with existing py::objects and with C++ ints cast in and out. Prints one
// "name ns" line per loop. Built by bench/embed/run.sh.
#include <pybind11/embed.h>

#include <chrono>
#include <cstdio>

namespace py = pybind11;

constexpr long N = 1000000;
constexpr int ROUNDS = 7;

template <typename Loop>
static void run(const char *name, Loop loop)
{
    double best = 1e9;
    for (int round = 0; round < ROUNDS; round++) {
        auto start = std::chrono::steady_clock::now();
        loop();
        std::chrono::duration<double, std::nano> elapsed = std::chrono::steady_clock::now() - start;
        best = std::min(best, elapsed.count() / N);
    }
    std::printf("%s %.1f\n", name, best);
}

int main()
{
    py::scoped_interpreter guard{};
    py::dict scope;
    scope["__builtins__"] = py::module_::import("builtins");
    py::exec("def add(a, b):\n    return a + b\n", scope);
    py::object add = scope["add"];
    py::object a = py::int_(1), b = py::int_(2);
    long sink = 0;
    run("pybind11_objects", [&] {
        for (long i = 0; i < N; i++) {
            py::object r = add(a, b);
        }
    });
    run("pybind11_ints", [&] {
        for (long i = 0; i < N; i++) {
            sink += add(i, i).cast<long>();
        }
    });
    return sink == 42 ? 1 : 0;
}
