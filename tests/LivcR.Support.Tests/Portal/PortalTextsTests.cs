using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace LivcR.Support.Tests.Portal;

/// <summary>Every text a page asks for exists in the resources (a missing key would show its name to the user).</summary>
public sealed partial class PortalTextsTests
{
    private static readonly string PortalFolder = Path.Combine(RepositoryRoot.Path, "client", "LivcR.Support.Portal");

    [Fact]
    public void Pages_EveryTextKeyTheyUse_IsInTexts()
    {
        var keys = Keys("Texts.resx");
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(PortalFolder, "Components"), "*.razor", SearchOption.AllDirectories))
        {
            foreach (Match use in TextKey().Matches(File.ReadAllText(file)))
            {
                if (!keys.Contains(use.Groups["key"].Value))
                {
                    missing.Add($"{Path.GetFileName(file)}: {use.Groups["key"].Value}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void ConsolePages_EveryTextKeyTheyUse_IsInConsoleTexts()
    {
        var keys = Keys("ConsoleTexts.resx");
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(PortalFolder, "Components"), "*.razor", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var uses = ConsoleTextKey().Matches(text).Select(m => m.Groups["key"].Value);
            if (text.Contains("IStringLocalizer<ConsoleTexts> texts", StringComparison.Ordinal))
            {
                // A component's static helpers take the localizer as "texts".
                uses = uses.Concat(HelperTextKey().Matches(text).Select(m => m.Groups["key"].Value));
            }

            missing.AddRange(uses.Where(key => !keys.Contains(key)).Select(key => $"{Path.GetFileName(file)}: {key}"));
        }

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("Texts.resx")]
    [InlineData("ConsoleTexts.resx")]
    public void Texts_NoneIsEmpty(string file)
    {
        var texts = XDocument.Load(Path.Combine(PortalFolder, "Resources", file)).Root!.Elements("data")
            .Select(d => (Key: (string)d.Attribute("name")!, Value: (string?)d.Element("value") ?? ""));

        Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t.Value), t.Key + " is empty"));
    }

    [Fact]
    public void ConsoleTexts_EveryValueTheConsolePagesNameByEnum_HasADutchName()
    {
        var keys = Keys("ConsoleTexts.resx");
        var expected = Names<LivcR.Support.Client.Province>("Province")
            .Concat(Names<LivcR.Support.Client.Role>("Role"))
            .Concat(Names<LivcR.Support.Client.Role>("RoleHint"))
            .Concat(Names<LivcR.Support.Client.MemberRole>("MemberRole"))
            .Concat(Names<LivcR.Support.Client.MailboxState>("MailboxState"))
            .Concat(Names<LivcR.Support.Client.QuarantineStatus>("QuarantineStatus"))
            .Concat(Names<LivcR.Support.Client.OutboxMailStatus>("OutboxMailStatus"))
            .Concat(Names<LivcR.Support.Client.OutboundMailKind>("OutboundMailKind"));

        Assert.All(expected, key => Assert.Contains(key, keys));
    }

    [Fact]
    public void StatusBadges_EveryTicketStatus_HasADutchName()
    {
        var keys = Keys("Texts.resx");

        Assert.All(Enum.GetNames<LivcR.Support.Client.TicketStatus>(), status => Assert.Contains("Status." + status, keys));
    }

    private static IEnumerable<string> Names<TEnum>(string prefix)
        where TEnum : struct, Enum => Enum.GetNames<TEnum>().Select(name => prefix + "." + name);

    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(PortalFolder, "Resources", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\bT\[""(?<key>[A-Za-z]+\.[A-Za-z]+)""")]
    private static partial Regex TextKey();

    [GeneratedRegex(@"\bC\[""(?<key>[A-Za-z]+\.[A-Za-z]+)""")]
    private static partial Regex ConsoleTextKey();

    [GeneratedRegex(@"\btexts\[""(?<key>[A-Za-z]+\.[A-Za-z]+)""")]
    private static partial Regex HelperTextKey();
}
