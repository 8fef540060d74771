namespace Hyperdual.Tensors.Modules;

/// <summary>Modules applied one after the other. With a binder that keeps nothing for a later pass
/// (<see cref="IChainReleasingBinder{TSelf}"/>), each module's dead buffers are given back as it returns.</summary>
public sealed class Sequential : IModule
{
    private readonly IModule[] _modules;

    /// <summary>Creates the chain.</summary>
    /// <param name="modules">The modules, first applied first.</param>
    public Sequential(params IModule[] modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        for (int i = 0; i < modules.Length; i++)
        {
            if (modules[i] is null)
            {
                throw new ArgumentException($"Module {i} is null.", nameof(modules));
            }
        }

        _modules = (IModule[])modules.Clone();
    }

    /// <summary>The modules in order.</summary>
    public IReadOnlyList<IModule> Modules => _modules;

    /// <inheritdoc/>
    public TSelf Forward<TSelf>(TSelf input, IParameterBinder<TSelf> parameters) where TSelf : ITensorNumber<TSelf>
    {
        TSelf x = input;
        if (parameters is not IChainReleasingBinder<TSelf> releasing)
        {
            foreach (IModule module in _modules)
            {
                x = module.Forward(x, parameters);
            }

            return x;
        }

        int chain = releasing.BeginChain();
        try
        {
            foreach (IModule module in _modules)
            {
                x = module.Forward(x, parameters);
                releasing.EndModule(chain, x);
            }
        }
        finally
        {
            releasing.EndChain(chain);
        }

        return x;
    }
}
