namespace LivcR.Support.Client;

/// <summary>A role and the organisation or service that fills it (schema input <c>LivcrRoleInput</c>); no names of persons.</summary>
/// <param name="Kind">The role.</param>
/// <param name="Organisation">Organisation or service, 1 to 120 characters (BAD_USER_INPUT for what looks like a person's name or address).</param>
/// <param name="Note">A short remark, at most 200 characters.</param>
public sealed record LivcrRoleInput(LivcrRoleKind Kind, string Organisation, string? Note = null);
