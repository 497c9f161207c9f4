using LivcR.Support.Contracts.Network;

namespace LivcR.Support.Silo.Network;

/// <summary>An open invitation as stored: what it is and the hash of its secret.</summary>
[GenerateSerializer]
[Alias("livcr.stored-invitation")]
public sealed record StoredInvitation(
    [property: Id(0)] CommunityInvitation Invitation,
    [property: Id(1)] string SecretHash);
