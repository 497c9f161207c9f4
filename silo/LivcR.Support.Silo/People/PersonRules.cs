using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.People;

namespace LivcR.Support.Silo.People;

/// <summary>
/// What may change on a person's <see cref="PersonState"/>: the name, roles, mail language and the undeliverable flag.
/// A method that returns a bool says whether the state changed (and needs writing). Sign-in codes are
/// <see cref="SignInRules"/>. No Orleans.
/// </summary>
public static class PersonRules
{
    /// <summary>Longest kept bounce reason.</summary>
    public const int MaxUndeliverableReason = 500;

    /// <summary>Sets the name (1 to 200 characters, one line) and makes the person exist.</summary>
    public static void SaveProfile(PersonState state, string? name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > 200 || trimmed.Any(char.IsControl))
        {
            throw SupportException.BadInput("name", "De naam moet 1 tot 200 tekens lang zijn, op één regel.");
        }

        state.Name = trimmed;
        state.Exists = true;
    }

    /// <summary>Adds a role; BAD_USER_INPUT when the scope does not fit the role, NOT_FOUND for an unknown person.</summary>
    public static bool Grant(PersonState state, RoleGrant grant)
    {
        if (!RoleScopes.IsValid(grant.Role, grant.Scope))
        {
            throw SupportException.BadInput("scope", "Deze scope past niet bij de rol (gemeente: NIS-code, organisator: provincie, staf en beheer: geen).");
        }

        if (!state.Exists)
        {
            throw SupportException.NotFound("Deze persoon bestaat niet; maak hem eerst aan.");
        }

        if (state.Roles.Contains(grant))
        {
            return false;
        }

        state.Roles.Add(grant);
        return true;
    }

    /// <summary>Removes a role the person has.</summary>
    public static bool Revoke(PersonState state, RoleGrant grant) => state.Roles.Remove(grant);

    /// <summary>True when the person may get a sign-in code: they exist and hold at least one role.</summary>
    public static bool MaySignIn(PersonState state) => state.Exists && state.Roles.Count > 0;

    /// <summary>Sets the language of the person's mail; BAD_USER_INPUT for an unknown language, NOT_FOUND for an unknown person.</summary>
    public static bool SetMailLanguage(PersonState state, MailLanguage language)
    {
        if (!Enum.IsDefined(language))
        {
            throw SupportException.BadInput("language", "Kies Nederlands, Frans of Engels.");
        }

        if (!state.Exists)
        {
            throw SupportException.NotFound("Deze persoon is niet gekend.");
        }

        if (state.MailLanguage == language)
        {
            return false;
        }

        state.MailLanguage = language;
        return true;
    }

    /// <summary>
    /// Marks the address undeliverable after a permanent bounce: the reason without control characters, at most
    /// <see cref="MaxUndeliverableReason"/> characters, with a default when empty; the first bounce's moment is kept.
    /// Works for an address without a person too.
    /// </summary>
    public static void MarkUndeliverable(PersonState state, string? reason, DateTimeOffset now)
    {
        var clean = new string((reason ?? string.Empty).Where(c => !char.IsControl(c)).ToArray()).Trim();
        clean = clean.Length == 0 ? "Permanente afleverfout" : clean[..Math.Min(clean.Length, MaxUndeliverableReason)];
        state.Undeliverable = new MailUndeliverable(clean, state.Undeliverable?.Since ?? now);
    }

    /// <summary>Clears the undeliverable flag, so mail is tried again.</summary>
    public static bool ClearUndeliverable(PersonState state)
    {
        if (state.Undeliverable is null)
        {
            return false;
        }

        state.Undeliverable = null;
        return true;
    }
}
