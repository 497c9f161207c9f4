namespace LivcR.Support.Client;

/// <summary>A role of the LIVC-R and the organisation or service that fills it (schema type <c>LivcrRoleFilled</c>).</summary>
/// <param name="Kind">The role.</param>
/// <param name="Organisation">The organisation or service (never a person's name).</param>
/// <param name="Note">A short remark, if any.</param>
public sealed record LivcrRoleFilled(LivcrRoleKind Kind, string Organisation, string? Note);
