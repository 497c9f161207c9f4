namespace LivcR.Support.Silo.Tickets;

/// <summary>Checks and normalises an email address: one <c>@</c>, a plain local part, a domain with a dot.</summary>
/// <remarks>Deliberately stricter than RFC 5322: quoted local parts and IP-literal domains are refused.</remarks>
public static class EmailAddressRule
{
    private const string LocalSpecials = ".!#$%&'*+/=?^_`{|}~-";

    /// <summary>The address with a lower-case domain, or null when it is not a usable address.</summary>
    public static string? Normalise(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var text = address.Trim();
        var at = text.IndexOf('@');
        if (text.Length > 254 || at <= 0 || at != text.LastIndexOf('@'))
        {
            return null;
        }

        var local = text[..at];
        var domain = text[(at + 1)..].ToLowerInvariant();
        return IsLocalPart(local) && IsDomain(domain) ? $"{local}@{domain}" : null;
    }

    private static bool IsLocalPart(string local) =>
        local.Length <= 64
        && local[0] != '.' && local[^1] != '.'
        && !local.Contains("..", StringComparison.Ordinal)
        && local.All(c => char.IsAsciiLetterOrDigit(c) || LocalSpecials.Contains(c));

    private static bool IsDomain(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length >= 2
            && labels.All(label => label.Length is > 0 and <= 63
                && label[0] != '-' && label[^1] != '-'
                && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            && !labels[^1].All(char.IsAsciiDigit);
    }
}
