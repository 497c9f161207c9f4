using Microsoft.AspNetCore.Authorization;

namespace LivcR.Support.Gateway.Auth;

/// <summary>The caller is a signed-in person with the admin role (read from the person, as for every request).</summary>
public sealed class AdminRequirement : IAuthorizationRequirement
{
    /// <summary>The policy's name: <c>/metrics</c> and the Orleans dashboard.</summary>
    public const string Policy = "livcr-admin";
}
