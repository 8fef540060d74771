namespace Hyperdual.Distributed;

/// <summary>The combined loss or derivatives of a step, or the parameters after it, are not finite.</summary>
/// <param name="message">What was not finite.</param>
public sealed class NonFiniteShareException(string message) : Exception(message);
