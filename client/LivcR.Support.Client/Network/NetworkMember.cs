namespace LivcR.Support.Client;

/// <summary>A member of a provincial platform or group (schema type <c>NetworkMember</c>).</summary>
/// <param name="Email">Email address.</param>
/// <param name="Name">Name.</param>
/// <param name="MunicipalityNisCode">NIS code of the member's municipality, if any.</param>
/// <param name="Role">Member or organiser.</param>
/// <param name="JoinedAt">When they joined.</param>
public sealed record NetworkMember(string Email, string Name, string? MunicipalityNisCode, MemberRole Role, DateTimeOffset JoinedAt);
