using Orleans.Runtime.Placement;

namespace Hyperdual.Distributed.Grains;

/// <summary>Chooses the active silo named <see cref="CoordinatorPlacement.SiloName"/>; fails (the caller retries)
/// while it has not joined the cluster.</summary>
/// <param name="membership">The cluster's membership view.</param>
internal sealed class CoordinatorPlacementDirector(IClusterMembershipService membership) : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        SiloAddress[] compatible = context.GetCompatibleSilos(target);
        foreach (ClusterMember member in membership.CurrentSnapshot.Members.Values)
        {
            if (member.Status == SiloStatus.Active && member.Name == CoordinatorPlacement.SiloName && compatible.Contains(member.SiloAddress))
            {
                return Task.FromResult(member.SiloAddress);
            }
        }

        throw new OrleansException($"The coordinator's silo ({CoordinatorPlacement.SiloName}) is not an active member of the cluster.");
    }
}
