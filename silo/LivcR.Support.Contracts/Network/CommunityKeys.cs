using LivcR.Support.Contracts.Municipalities;

namespace LivcR.Support.Contracts.Network;

/// <summary>
/// Grain keys of communities and the form of invitation codes, kept in one place. A platform is
/// <c>platform/&lt;province key&gt;</c>, a group <c>group/&lt;slug&gt;</c>; an invitation code is the key with a dot
/// instead of the slash, a dot, and the secret: <c>group.kennisgroep.K7M2Q9XZ4PHT</c>.
/// </summary>
public static class CommunityKeys
{
    /// <summary>The key of a province's platform.</summary>
    public static string Platform(Province province) => "platform/" + Provinces.Key(province);

    /// <summary>The key of a group.</summary>
    public static string Group(string slug) => "group/" + slug;

    /// <summary>True for a usable group slug: 3 to 60 characters a-z, 0-9 and '-', not starting or ending with '-'.</summary>
    public static bool IsSlug(string? slug) =>
        slug is { Length: >= 3 and <= 60 } && slug[0] != '-' && slug[^1] != '-' && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>The province of a platform key, or null for a group.</summary>
    public static Province? ProvinceOf(string key)
    {
        foreach (var province in Provinces.All)
        {
            if (key == Platform(province))
            {
                return province;
            }
        }

        return null;
    }

    /// <summary>The code sent to an invitee: community key and secret.</summary>
    public static string InvitationCode(string key, string secret) => key.Replace('/', '.') + "." + secret;

    /// <summary>Splits an invitation code into community key and secret; null when it is not one.</summary>
    public static (string Key, string Secret)? ParseInvitationCode(string? code)
    {
        var parts = (code ?? string.Empty).Trim().Split('.');
        if (parts.Length != 3 || parts[2].Length == 0)
        {
            return null;
        }

        return parts[0] switch
        {
            "platform" when Provinces.All.Any(p => Provinces.Key(p) == parts[1]) => ("platform/" + parts[1], parts[2]),
            "group" when IsSlug(parts[1]) => (Group(parts[1]), parts[2]),
            _ => null,
        };
    }
}
