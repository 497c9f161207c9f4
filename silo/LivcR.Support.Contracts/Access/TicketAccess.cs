namespace LivcR.Support.Contracts.Access;

/// <summary>What the access rules need to know of a ticket.</summary>
public sealed record TicketAccess(string MunicipalityNisCode, string RequesterEmail, bool Confidential);
