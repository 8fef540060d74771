using System.Runtime.CompilerServices;

namespace Hyperdual;

/// <summary>
/// The inline storage of <see cref="DirectionalJetParts{T}"/>: <see cref="DirectionalJetParts{T}.MaxDirections"/>
/// tangents, then the symmetric matrix of second parts row by row (entry (i, j) at <c>MaxDirections·(1 + i) + j</c>),
/// each row as long as the tangents so that a row is updated with whole vectors.
/// </summary>
/// <typeparam name="T">The scalar type.</typeparam>
[InlineArray(DirectionalJetParts<double>.StorageLength)]
internal struct JetPartsBuffer<T>
{
    private T element;
}
