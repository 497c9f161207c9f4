namespace LivcR.Support.Client;

/// <summary>
/// A provincial platform of the network (schema type <c>NetworkPlatform</c>). <see cref="Members"/>,
/// <see cref="Meetings"/> and <see cref="Invitations"/> are null for callers who may not see them.
/// </summary>
/// <param name="Province">The province.</param>
/// <param name="Name">Name.</param>
/// <param name="Description">What it is for.</param>
/// <param name="RepresentedMunicipalities">Municipalities of the province with at least one member.</param>
/// <param name="NotRepresentedMunicipalities">Municipalities of the province without a member.</param>
/// <param name="IsMember">True when you are a member.</param>
/// <param name="CanManage">True when you may manage it (staff, organisers of the province).</param>
/// <param name="Members">Members (managers and members only).</param>
/// <param name="Meetings">Meetings (managers and members only).</param>
/// <param name="Invitations">Open invitations (managers only).</param>
public sealed record NetworkPlatform(
    Province Province,
    string Name,
    string Description,
    IReadOnlyList<Municipality> RepresentedMunicipalities,
    IReadOnlyList<Municipality> NotRepresentedMunicipalities,
    bool IsMember,
    bool CanManage,
    IReadOnlyList<NetworkMember>? Members,
    IReadOnlyList<NetworkMeeting>? Meetings,
    IReadOnlyList<NetworkInvitation>? Invitations);
