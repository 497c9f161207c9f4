namespace LivcR.Support.Client;

/// <summary>Someone asks to join a group (schema type <c>JoinRequest</c>).</summary>
/// <param name="Email">Requester's address.</param>
/// <param name="Name">Requester's name.</param>
/// <param name="MunicipalityNisCode">Requester's municipality, if any.</param>
/// <param name="Motivation">Why they want to join.</param>
/// <param name="RequestedAt">When.</param>
public sealed record JoinRequest(string Email, string Name, string? MunicipalityNisCode, string Motivation, DateTimeOffset RequestedAt);
