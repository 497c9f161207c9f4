namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>One mail address from a header, as written (not yet normalised).</summary>
/// <param name="Address">The address, e.g. <c>an.desmet@gent.be</c>.</param>
/// <param name="Name">The display name, decoded (RFC 2047), or null.</param>
public sealed record InboundAddress(string Address, string? Name);
