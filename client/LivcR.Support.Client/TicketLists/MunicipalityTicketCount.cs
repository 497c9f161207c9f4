namespace LivcR.Support.Client;

/// <summary>How many questions a municipality asked, without content (schema type <c>MunicipalityTicketCount</c>).</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="Open">Tickets not yet resolved.</param>
/// <param name="Total">All tickets.</param>
public sealed record MunicipalityTicketCount(Municipality Municipality, int Open, int Total);
