using System.Runtime.CompilerServices;

namespace Hyperdual;

/// <summary>
/// The inline storage of <see cref="DirectionalJetParts{T}"/>: <see cref="DirectionalJetParts{T}.MaxDirections"/>
/// tangents, then the upper triangle of second parts packed column by column (entry (i, j), i ≤ j, at
/// <c>MaxDirections + j(j+1)/2 + i</c>), so the first K directions' parts are a prefix whatever K is.
/// </summary>
/// <typeparam name="T">The scalar type.</typeparam>
[InlineArray(DirectionalJetParts<double>.StorageLength)]
internal struct JetPartsBuffer<T>
{
    private T element;
}
