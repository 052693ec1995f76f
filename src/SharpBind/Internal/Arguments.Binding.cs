using System;
using System.Text;
using SharpBind.Interop;

namespace SharpBind.Internal;

public static unsafe partial class Arguments
{
    /// <summary>
    /// Binds a call to parameter slots the way CPython binds a <c>def</c> function's, with its error
    /// messages: positional arguments fill the positional parameters, extras go to <c>*args</c> (a new
    /// tuple), keywords fill the keyword parameters, unmatched keywords go to <c>**kwargs</c> (a new
    /// dict). Positional arguments come from <paramref name="args"/> (vectorcall) or, when it is null,
    /// from <paramref name="tuple"/> (tp_init); keywords from <paramref name="kwnames"/> (their values
    /// follow the positional ones in <paramref name="args"/>) or <paramref name="kwdict"/>. With
    /// <paramref name="quiet"/> a call that does not fit returns false with no error (overloads).
    /// </summary>
    /// <remarks>Invariant on false: the variadic slots are released, so the caller owns nothing.</remarks>
    private static bool BindCore(PyFunctionInfo function, PyObject** args, PyObject* tuple, nint nargs, PyObject* kwnames, PyObject* kwdict,
        PyObject** slots, int count, bool quiet)
    {
        for (int i = 0; i < count; i++)
        {
            slots[i] = null;
        }
        int positional = Math.Min(function.PositionalCount, count);
        nint taken = nargs < positional ? nargs : positional;
        for (int i = 0; i < taken; i++)
        {
            slots[i] = Positional(args, tuple, i);
        }
        if (function.VarArgsIndex >= 0)
        {
            PyObject* rest = CPython.PyTuple_New(nargs - taken);
            if (rest == null)
            {
                return Failed(function, slots, quiet);
            }
            for (nint i = taken; i < nargs; i++)
            {
                PyObject* item = Positional(args, tuple, i);
                CPython.Py_IncRef(item);
                CPython.PyTuple_SetItem(rest, i - taken, item); // steals the new reference
            }
            slots[function.VarArgsIndex] = rest;
        }
        if (function.VarKwargsIndex >= 0 && (slots[function.VarKwargsIndex] = CPython.PyDict_New()) == null)
        {
            return Failed(function, slots, quiet);
        }

        if (kwnames != null)
        {
            nint keywordCount = CPython.PyTuple_Size(kwnames);
            for (nint k = 0; k < keywordCount; k++)
            {
                // Safe: kwnames is CPython's tuple of str and k is in range; when there are keywords,
                // args holds their values after the positional ones (null only for a parameterless
                // function's None(), which never reads a value).
                PyObject* value = args == null ? null : args[nargs + k];
                if (!Keyword(function, slots, CPython.PyTuple_GetItem(kwnames, k), value, kwnames, null, quiet))
                {
                    return Failed(function, slots, quiet);
                }
            }
        }
        else if (kwdict != null)
        {
            nint position = 0;
            PyObject* key, value;
            while (CPython.PyDict_Next(kwdict, &position, &key, &value) != 0)
            {
                if (!Keyword(function, slots, key, value, null, kwdict, quiet))
                {
                    return Failed(function, slots, quiet);
                }
            }
        }

        // CPython checks the count of positional arguments after the keywords, and missing ones last.
        if (nargs > positional && function.VarArgsIndex < 0)
        {
            if (!quiet)
            {
                TooManyPositional(function, slots, count, nargs);
            }
            return Failed(function, slots, quiet);
        }
        return CheckRequired(function, slots, quiet) || Failed(function, slots, quiet);
    }

    // Safe: i < nargs, the length of the vectorcall array or of the call's tuple.
    private static PyObject* Positional(PyObject** args, PyObject* tuple, nint i) => args != null ? args[i] : CPython.PyTuple_GetItem(tuple, i);

    private static bool Failed(PyFunctionInfo function, PyObject** slots, bool quiet)
    {
        if (slots != null)
        {
            ReleaseVariadic(function, slots);
        }
        if (quiet)
        {
            CPython.PyErr_Clear(); // an allocation failure or a keyword that is not text fits no overload either
        }
        return false;
    }

    private static bool Keyword(PyFunctionInfo function, PyObject** slots, PyObject* keyword, PyObject* value, PyObject* kwnames, PyObject* kwdict, bool quiet)
    {
        int index = IndexOf(function, keyword);
        if (index == -2)
        {
            return false; // error pending
        }
        if (index >= 0 && function.IsKeyword(index))
        {
            if (slots[index] != null)
            {
                return !quiet && Fail($"{function.Name}() got multiple values for argument '{function.ParameterNames[index]}'");
            }
            slots[index] = value;
            return true;
        }
        if (function.VarKwargsIndex >= 0)
        {
            // As in Python, **kwargs also takes keywords that name a positional-only parameter.
            return CPython.PyDict_SetItem(slots[function.VarKwargsIndex], keyword, value) == 0;
        }
        if (quiet)
        {
            return false;
        }
        string? positionalOnly = PositionalOnlyKeywords(function, kwnames, kwdict);
        return positionalOnly is not null
            ? Fail($"{function.Name}() got some positional-only arguments passed as keyword arguments: '{positionalOnly}'")
            : Fail($"{function.Name}() got an unexpected keyword argument '{PyText.Str(keyword)}'");
    }

    // The keywords of the call that name positional-only parameters, joined as CPython does, or null.
    private static string? PositionalOnlyKeywords(PyFunctionInfo function, PyObject* kwnames, PyObject* kwdict)
    {
        if (function.PositionalOnlyCount == 0)
        {
            return null;
        }
        var names = new StringBuilder();
        void Check(PyObject* keyword)
        {
            int index = IndexOf(function, keyword);
            if (index >= 0 && index < function.PositionalOnlyCount)
            {
                names.Append(names.Length == 0 ? "" : ", ").Append(function.ParameterNames[index]);
            }
            CPython.PyErr_Clear();
        }
        if (kwnames != null)
        {
            nint keywordCount = CPython.PyTuple_Size(kwnames);
            for (nint k = 0; k < keywordCount; k++)
            {
                Check(CPython.PyTuple_GetItem(kwnames, k)); // safe: k is in range of CPython's tuple
            }
        }
        else
        {
            nint position = 0;
            PyObject* key, value;
            while (CPython.PyDict_Next(kwdict, &position, &key, &value) != 0)
            {
                Check(key);
            }
        }
        return names.Length == 0 ? null : names.ToString();
    }

    // CPython's wording: "f() takes from 1 to 2 positional arguments but 3 were given".
    private static void TooManyPositional(PyFunctionInfo function, PyObject** slots, int count, nint given)
    {
        int positional = Math.Min(function.PositionalCount, count);
        int required = Math.Min(function.RequiredCount, positional);
        string takes = required < positional ? $"from {required} to {positional} positional arguments" : Plural(positional, "positional argument");
        int keywordOnlyGiven = 0;
        for (int i = positional; i < count; i++)
        {
            keywordOnlyGiven += function.IsKeyword(i) && slots[i] != null ? 1 : 0;
        }
        string givenText = keywordOnlyGiven == 0
            ? $"{given} {(given == 1 ? "was" : "were")}"
            : $"{Plural(given, "positional argument")} (and {Plural(keywordOnlyGiven, "keyword-only argument")}) were";
        Fail($"{function.Name}() takes {takes} but {givenText} given");
    }

    private static bool CheckRequired(PyFunctionInfo function, PyObject** slots, bool quiet)
    {
        int missing = 0;
        for (int i = 0; i < function.RequiredCount; i++)
        {
            missing += slots[i] == null ? 1 : 0;
        }
        if (missing == 0 || quiet)
        {
            return missing == 0; // the common case allocates nothing
        }
        int positional = Math.Min(function.PositionalCount, function.RequiredCount);
        return Missing(function, slots, 0, positional, "positional")
            && Missing(function, slots, positional, function.RequiredCount, "keyword-only");
    }

    // "f() missing 2 required positional arguments: 'a' and 'b'" for the empty slots in [from, to); true if none.
    private static bool Missing(PyFunctionInfo function, PyObject** slots, int from, int to, string kind)
    {
        var names = new System.Collections.Generic.List<string>();
        for (int i = from; i < to; i++)
        {
            if (slots[i] == null)
            {
                names.Add($"'{function.ParameterNames[i]}'");
            }
        }
        if (names.Count == 0)
        {
            return true;
        }
        string list = names.Count switch
        {
            1 => names[0],
            2 => $"{names[0]} and {names[1]}",
            _ => string.Join(", ", names.GetRange(0, names.Count - 1)) + ", and " + names[names.Count - 1],
        };
        return Fail($"{function.Name}() missing {Plural(names.Count, $"required {kind} argument")}: {list}");
    }

    // The slot a keyword names (any parameter, keyword-capable or not), -1 for none, -2 with an error set.
    private static int IndexOf(PyFunctionInfo function, PyObject* keyword)
    {
        string? name = PyStrings.ToManaged(keyword);
        if (name is null)
        {
            return -2;
        }
        string[] names = function.ParameterNames;
        for (int i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    // "1 positional argument", "2 positional arguments", "0 positional arguments".
    private static string Plural(nint count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
