using LivcR.Support.Contracts.Municipalities;

namespace LivcR.Support.Gateway.Services;

/// <summary>How many tickets a municipality has: open ones and all (no content).</summary>
public sealed record MunicipalityTicketCount(MunicipalityInfo Municipality, int Open, int Total);
