namespace Hyperdual.Tensors.Evaluation;

/// <summary>
/// The result of one jet evaluation of a loss L at θ along directions v₁..v_K: the loss, the
/// directional gradient <c>gᵢ = ∇L·vᵢ</c> and the projected Hessian <c>Hᵢⱼ = vᵢᵀ∇²L vⱼ</c> (symmetric).
/// </summary>
/// <param name="Loss">L(θ).</param>
/// <param name="G">g ∈ ℝᴷ.</param>
/// <param name="H">H ∈ ℝᴷˣᴷ, symmetric (entries of pairs an evaluation did not track, see <see cref="JetPairs"/>, are 0).</param>
public sealed record JetEvaluation(double Loss, double[] G, double[,] H)
{
    /// <summary>The number of directions.</summary>
    public int K => G.Length;
}
