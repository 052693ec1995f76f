using SharpBind.Interop;

namespace SharpBind;

public unsafe partial class PythonObject
{
    /// <summary>Python <c>a + b</c>.</summary>
    public static PythonObject operator +(PythonObject a, PythonObject b) => new(Check(CPython.PyNumber_Add(a.Handle, b.Handle)));

    /// <summary>Python <c>a - b</c>.</summary>
    public static PythonObject operator -(PythonObject a, PythonObject b) => new(Check(CPython.PyNumber_Subtract(a.Handle, b.Handle)));

    /// <summary>Python <c>a * b</c>.</summary>
    public static PythonObject operator *(PythonObject a, PythonObject b) => new(Check(CPython.PyNumber_Multiply(a.Handle, b.Handle)));

    /// <summary>Python <c>a / b</c> (true division).</summary>
    public static PythonObject operator /(PythonObject a, PythonObject b) => new(Check(CPython.PyNumber_TrueDivide(a.Handle, b.Handle)));

    /// <summary>Python <c>a % b</c>.</summary>
    public static PythonObject operator %(PythonObject a, PythonObject b) => new(Check(CPython.PyNumber_Remainder(a.Handle, b.Handle)));

    /// <summary>Python <c>a &amp; b</c>.</summary>
    public static PythonObject operator &(PythonObject a, PythonObject b) => new(Check(CPython.PyNumber_And(a.Handle, b.Handle)));

    /// <summary>Python <c>a | b</c>.</summary>
    public static PythonObject operator |(PythonObject a, PythonObject b) => new(Check(CPython.PyNumber_Or(a.Handle, b.Handle)));

    /// <summary>Python <c>a ^ b</c>.</summary>
    public static PythonObject operator ^(PythonObject a, PythonObject b) => new(Check(CPython.PyNumber_Xor(a.Handle, b.Handle)));

    /// <summary>Python <c>a &lt;&lt; b</c>.</summary>
    public static PythonObject operator <<(PythonObject a, PythonObject b) => new(Check(CPython.PyNumber_Lshift(a.Handle, b.Handle)));

    /// <summary>Python <c>a &gt;&gt; b</c>.</summary>
    public static PythonObject operator >>(PythonObject a, PythonObject b) => new(Check(CPython.PyNumber_Rshift(a.Handle, b.Handle)));

    /// <summary>Python <c>-a</c>.</summary>
    public static PythonObject operator -(PythonObject a) => new(Check(CPython.PyNumber_Negative(a.Handle)));

    /// <summary>Python <c>+a</c>.</summary>
    public static PythonObject operator +(PythonObject a) => new(Check(CPython.PyNumber_Positive(a.Handle)));

    /// <summary>Python <c>~a</c>.</summary>
    public static PythonObject operator ~(PythonObject a) => new(Check(CPython.PyNumber_Invert(a.Handle)));

    /// <summary>Python <c>a // b</c> (C# has no operator for it).</summary>
    public PythonObject FloorDivide(PythonObject other) => new(Check(CPython.PyNumber_FloorDivide(Handle, other.Handle)));

    /// <summary>Python <c>a ** b</c>.</summary>
    public PythonObject Power(PythonObject exponent) => new(Check(CPython.PyNumber_Power(Handle, exponent.Handle, CPython.Py_None)));

    /// <summary>Python <c>abs(a)</c>.</summary>
    public PythonObject Abs() => new(Check(CPython.PyNumber_Absolute(Handle)));
}
