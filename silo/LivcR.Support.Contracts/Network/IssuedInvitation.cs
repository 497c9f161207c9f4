namespace LivcR.Support.Contracts.Network;

/// <summary>An invitation just made, with its one-time code (mailed to the invitee; never shown to the inviter by the API).</summary>
[GenerateSerializer]
[Alias("livcr.issued-invitation")]
public sealed record IssuedInvitation(
    [property: Id(0)] string Code,
    [property: Id(1)] CommunityInvitation Invitation);
