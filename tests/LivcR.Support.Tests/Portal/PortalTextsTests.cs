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
    public void Texts_NoneIsEmpty()
    {
        var texts = XDocument.Load(Path.Combine(PortalFolder, "Resources", "Texts.resx")).Root!.Elements("data")
            .Select(d => (Key: (string)d.Attribute("name")!, Value: (string?)d.Element("value") ?? ""));

        Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t.Value), t.Key + " is empty"));
    }

    [Fact]
    public void StatusBadges_EveryTicketStatus_HasADutchName()
    {
        var keys = Keys("Texts.resx");

        Assert.All(Enum.GetNames<LivcR.Support.Client.TicketStatus>(), status => Assert.Contains("Status." + status, keys));
    }

    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(PortalFolder, "Resources", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\bT\[""(?<key>[A-Za-z]+\.[A-Za-z]+)""")]
    private static partial Regex TextKey();
}
