namespace LivcR.Support.Contracts.Network;

/// <summary>Whom to invite: address, name, municipality (required for a platform) and role.</summary>
[GenerateSerializer]
[Alias("livcr.invitation-input")]
public sealed record InvitationInput(
    [property: Id(0)] string Email,
    [property: Id(1)] string Name,
    [property: Id(2)] string? MunicipalityNisCode,
    [property: Id(3)] MemberRole Role = MemberRole.Member);
