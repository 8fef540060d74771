namespace Hyperdual.TestFunctions;

/// <summary>The built-in test functions, looked up by name.</summary>
public static class TestFunctionCatalog
{
    /// <summary>Every built-in test function, in a stable order.</summary>
    public static IReadOnlyList<TestFunction> All { get; } =
    [
        new Rosenbrock(),
        new ExtendedRosenbrock(),
        new Beale(),
        new Booth(),
        new Himmelblau(),
        new PowellSingular(),
        new Wood(),
        new StyblinskiTang(),
        new Matyas(),
        new ThreeHumpCamel(),
        new Sphere(),
        new DixonPrice(),
        new Trid(),
        new Zakharov(),
    ];

    /// <summary>The names of every built-in test function.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(f => f.Name).ToArray();

    /// <summary>Finds a test function by its name (case-insensitive).</summary>
    /// <param name="name">The name, for example <c>rosenbrock</c>.</param>
    /// <param name="function">The function when found.</param>
    /// <returns><see langword="true"/> when a function of that name exists.</returns>
    public static bool TryGet(string name, out TestFunction? function)
    {
        function = All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        return function is not null;
    }

    /// <summary>Finds a test function by its name (case-insensitive).</summary>
    /// <param name="name">The name, for example <c>rosenbrock</c>.</param>
    /// <returns>The function.</returns>
    /// <exception cref="ArgumentException">No function has that name.</exception>
    public static TestFunction Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryGet(name, out TestFunction? function)
            ? function!
            : throw new ArgumentException($"unknown function '{name}'; known: {string.Join(", ", Names)}", nameof(name));
    }
}
