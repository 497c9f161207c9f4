namespace LivcR.Support.Contracts.People;

/// <summary>The person grain's key: the email address, trimmed and lower-cased.</summary>
public static class PersonKeys
{
    /// <summary>The key of an address.</summary>
    public static string Normalise(string email) => email.Trim().ToLowerInvariant();
}
