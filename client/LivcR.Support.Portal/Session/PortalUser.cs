namespace LivcR.Support.Portal.Session;

/// <summary>The signed-in person as the session cookie carries them: the gateway's token and what the layout shows.</summary>
/// <param name="Email">The person's address.</param>
/// <param name="Name">The name to greet them with.</param>
/// <param name="AccessToken">The gateway's bearer token; never leaves the server.</param>
/// <param name="ExpiresAt">When the token expires; the session ends with it.</param>
/// <param name="NisCode">The NIS code of the person's municipality, when they have one.</param>
/// <param name="MunicipalityName">That municipality's name.</param>
public sealed record PortalUser(string Email, string Name, string AccessToken, DateTimeOffset ExpiresAt, string? NisCode, string? MunicipalityName);
