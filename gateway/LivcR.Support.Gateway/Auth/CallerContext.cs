using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;

namespace LivcR.Support.Gateway.Auth;

/// <summary>Per request: who calls (resolved once by the endpoint) and from where.</summary>
public sealed class CallerContext
{
    /// <summary>The caller; null when anonymous.</summary>
    public Actor? Actor { get; set; }

    /// <summary>The client's IP address, for the audit trail and rate limits.</summary>
    public string Ip { get; set; } = "unknown";

    /// <summary>The caller, or UNAUTHENTICATED.</summary>
    public Actor RequireActor() =>
        Actor ?? throw new SupportException(SupportErrorCode.Unauthenticated, "Meld je aan om dit te doen.");
}
