namespace LivcR.Support.Client;

/// <summary>The email domains a municipality's mail comes from (selected from schema type <c>Municipality</c>).</summary>
/// <param name="NisCode">The municipality's NIS code.</param>
/// <param name="EmailDomains">The domains; null when the caller may not see them (only staff, admins and the municipality's own people may).</param>
public sealed record MunicipalityEmailDomains(string NisCode, IReadOnlyList<string>? EmailDomains);
