namespace LivcR.Support.Contracts.Access;

/// <summary>
/// Who may see and change what feeds the email channel: municipality email domains, mail languages, undeliverable flags.
/// </summary>
public static class MailDirectoryAccess
{
    /// <summary>May see a municipality's email domains: staff, admins, and the municipality's own people.</summary>
    public static bool CanSeeEmailDomains(Actor actor, string nisCode) => actor.IsStaff || actor.IsAdmin || actor.WorksFor(nisCode);

    /// <summary>May change municipalities' email domains: staff and admins.</summary>
    public static bool CanManageEmailDomains(Actor actor) => actor.IsStaff || actor.IsAdmin;

    /// <summary>May set a person's mail language: the person themselves and admins.</summary>
    public static bool CanSetMailLanguage(Actor actor, string personEmail) =>
        actor.IsAdmin || string.Equals(actor.Email, personEmail, StringComparison.OrdinalIgnoreCase);

    /// <summary>May see whether an address is undeliverable, and clear that: staff and admins.</summary>
    public static bool CanManageDeliverability(Actor actor) => actor.IsStaff || actor.IsAdmin;
}
