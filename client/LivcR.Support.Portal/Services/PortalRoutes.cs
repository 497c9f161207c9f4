using LivcR.Support.Portal.Session;

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

    /// <summary>The staff desk: the triage queue (staff's home).</summary>
    public const string Desk = "/werkbak";

    /// <summary>The staff desk's reports.</summary>
    public const string DeskReports = "/werkbak/rapporten";

    /// <summary>The staff desk's mail channel (outbox, quarantine, mailboxes).</summary>
    public const string DeskMail = "/werkbak/mail";

    /// <summary>The staff desk's network support (profiles, groups, trainings).</summary>
    public const string DeskNetwork = "/werkbak/netwerk";

    /// <summary>Administration (people and roles, categories and prevention levels).</summary>
    public const string Admin = "/beheer";

    /// <summary>The organisers' console of their provincial platform.</summary>
    public const string Platform = "/platform";

    /// <summary>A ticket in the staff desk.</summary>
    public static string DeskTicket(string number) => "/werkbak/tickets/" + Uri.EscapeDataString(number);

    /// <summary>Where a person lands after signing in or on "/": the desk for staff, the console for organisers, else the municipal home.</summary>
    public static string HomeOf(PortalUser user) =>
        user.IsStaff ? Desk : user.IsMunicipal ? Home : user.IsOrganiser ? Platform : user.IsAdmin ? Admin : Home;

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
