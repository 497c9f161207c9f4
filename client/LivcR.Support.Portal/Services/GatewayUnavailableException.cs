namespace LivcR.Support.Portal.Services;

/// <summary>The gateway did not answer (down, unreachable, too slow); the page shows the error page instead.</summary>
public sealed class GatewayUnavailableException(Exception inner) : Exception("The gateway did not answer.", inner);
