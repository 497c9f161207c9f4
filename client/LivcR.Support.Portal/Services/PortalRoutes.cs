namespace LivcR.Support.Portal.Services;

/// <summary>The portal's addresses, in one place; the ticket and invitation addresses are the ones the system mails.</summary>
public static class PortalRoutes
{
    /// <summary>Home.</summary>
    public const string Home = "/";

    /// <summary>The ticket list.</summary>
    public const string Tickets = "/tickets";

    /// <summary>A new question.</summary>
    public const string NewQuestion = "/vragen/nieuw";

    /// <summary>The sign-in page, returning to <paramref name="back"/> (a path of this site) afterwards.</summary>
    public static string SignIn(string? back = null) =>
        IsLocal(back) && back != "/" ? "/aanmelden?terug=" + Uri.EscapeDataString(back!) : "/aanmelden";

    /// <summary>A ticket's page.</summary>
    public static string Ticket(string number) => "/tickets/" + Uri.EscapeDataString(number);

    /// <summary>True for a path of this site (so a sign-in never sends anyone elsewhere).</summary>
    public static bool IsLocal(string? path) =>
        !string.IsNullOrEmpty(path) && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
        && !path.Contains("://", StringComparison.Ordinal);
}
