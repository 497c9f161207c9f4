using System.Globalization;
using LivcR.Support.Contracts.Errors;

namespace LivcR.Support.Silo.Municipalities;

/// <summary>
/// Which email domains a municipality may claim: host names of at least two labels, written lower-case (international
/// names as punycode), at most <see cref="MaxDomains"/> per municipality, and no public mail providers — a domain says
/// "mail from here comes from this municipality", which is never true of gmail.com or telenet.be.
/// </summary>
public static class EmailDomainRules
{
    /// <summary>Most domains one municipality may have.</summary>
    public const int MaxDomains = 20;

    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true };

    private static readonly HashSet<string> PublicProviders = new(StringComparer.Ordinal)
    {
        "gmail.com", "googlemail.com", "hotmail.com", "hotmail.be", "hotmail.fr", "hotmail.nl", "outlook.com", "outlook.be",
        "live.com", "live.be", "msn.com", "yahoo.com", "yahoo.fr", "ymail.com", "icloud.com", "me.com", "mac.com",
        "aol.com", "gmx.com", "gmx.net", "gmx.de", "proton.me", "protonmail.com", "pm.me", "mail.com", "zoho.com",
        "telenet.be", "skynet.be", "proximus.be", "scarlet.be", "belgacom.net", "base.be", "orange.be", "voo.be", "edpnet.be",
    };

    /// <summary>One domain in its stored form (trimmed, a leading <c>@</c> dropped, lower-case, punycode).</summary>
    /// <exception cref="SupportException">BAD_USER_INPUT (field <c>domains</c>) naming the domain.</exception>
    public static string Normalise(string? domain)
    {
        var text = (domain ?? string.Empty).Trim().TrimStart('@').TrimEnd('.');
        string ascii;
        try
        {
            ascii = Idn.GetAscii(text).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            throw Bad(text, "is geen geldige domeinnaam (bv. gent.be)");
        }

        var labels = ascii.Split('.');
        if (ascii.Length > 253 || labels.Length < 2 || !labels[^1].All(char.IsAsciiLetter) && !labels[^1].StartsWith("xn--", StringComparison.Ordinal))
        {
            throw Bad(text, "is geen geldige domeinnaam (bv. gent.be)");
        }

        if (PublicProviders.Contains(ascii))
        {
            throw Bad(text, "is een publieke mailprovider en hoort bij geen gemeente");
        }

        return ascii;
    }

    /// <summary>A municipality's list in its stored form: each normalised, duplicates removed, sorted.</summary>
    /// <exception cref="SupportException">BAD_USER_INPUT (field <c>domains</c>) for a bad domain or too many.</exception>
    public static IReadOnlyList<string> NormaliseAll(IEnumerable<string>? domains)
    {
        var result = (domains ?? []).Select(Normalise).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (result.Count > MaxDomains)
        {
            throw SupportException.BadInput("domains", $"Een gemeente heeft hoogstens {MaxDomains} maildomeinen.");
        }

        return result;
    }

    /// <summary>
    /// The domain of an address and its parent domains down to two labels, most specific first:
    /// <c>an@dienst.stad.gent.be</c> → <c>dienst.stad.gent.be</c>, <c>stad.gent.be</c>, <c>gent.be</c>. Empty when the
    /// address has no usable domain.
    /// </summary>
    public static IReadOnlyList<string> CandidatesOf(string? address)
    {
        var at = address?.LastIndexOf('@') ?? -1;
        if (at < 0)
        {
            return [];
        }

        string ascii;
        try
        {
            ascii = Idn.GetAscii(address![(at + 1)..].Trim().TrimEnd('.')).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return [];
        }

        var labels = ascii.Split('.');
        return [.. Enumerable.Range(0, Math.Max(0, labels.Length - 1)).Select(i => string.Join('.', labels[i..]))];
    }

    private static SupportException Bad(string domain, string problem) =>
        SupportException.BadInput("domains", $"'{domain}' {problem}.");
}
