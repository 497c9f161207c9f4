using System.Text.RegularExpressions;
using System.Xml.Linq;
using LivcR.Support.Portal.Services;

namespace LivcR.Support.Tests.Portal;

/// <summary>Every text a page asks for exists in the resources (a missing key would show its name to the user).</summary>
public sealed partial class PortalTextsTests
{
    private static readonly string PortalFolder = Path.Combine(RepositoryRoot.Path, "client", "LivcR.Support.Portal");
    private static readonly string ComponentsFolder = Path.Combine(PortalFolder, "Components");

    [Fact]
    public void Pages_EveryTextKeyTheyUse_IsInTheirResources()
    {
        var missing = new List<string>();
        var checkedLocalizers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(ComponentsFolder, "*.razor", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (var (localizer, resources) in LocalizersOf(file))
            {
                var keys = Keys(resources + ".resx");
                checkedLocalizers.Add(resources);
                foreach (Match use in Regex.Matches(text, $@"\b{localizer}\[""(?<key>[A-Za-z]+\.[A-Za-z0-9]+)"""))
                {
                    if (!keys.Contains(use.Groups["key"].Value))
                    {
                        missing.Add($"{Path.GetFileName(file)}: {localizer}[{use.Groups["key"].Value}] not in {resources}.resx");
                    }
                }
            }
        }

        Assert.Empty(missing);
        Assert.Contains("Texts", checkedLocalizers);
        Assert.Contains("NetworkTexts", checkedLocalizers);
        Assert.Contains("DeskTexts", checkedLocalizers);
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
    [InlineData("NetworkTexts.resx")]
    [InlineData("DeskTexts.resx")]
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

    [Fact]
    public void Desk_EveryStatusPriorityProvinceAndGrouping_HasADutchName()
    {
        var keys = Keys("DeskTexts.resx");

        Assert.All(Enum.GetNames<LivcR.Support.Client.TicketStatus>(), name => Assert.Contains("Status." + name, keys));
        Assert.All(Enum.GetNames<LivcR.Support.Client.TicketPriority>(), name => Assert.Contains("Priority." + name, keys));
        Assert.All(Enum.GetNames<LivcR.Support.Client.Province>(), name => Assert.Contains("Province." + name, keys));
        Assert.All(Enum.GetNames<LivcR.Support.Client.ReportGrouping>(), name => Assert.Contains("Grouping." + name, keys));
    }

    [Fact]
    public void DeskQueue_EveryFilterChoice_HasItsText()
    {
        var keys = Keys("DeskTexts.resx");

        Assert.All(DeskQueueQuery.StatusChoices.Concat(DeskQueueQuery.SlaChoices).Concat(DeskQueueQuery.OrderChoices).Concat(DeskQueueQuery.PersonalDataChoices), choice => Assert.Contains(choice.Label, keys));
    }

    [Fact]
    public void DeskPersonalData_EveryKindHandlingAndEntryKind_HasADutchName()
    {
        var keys = Keys("DeskTexts.resx");

        Assert.All(Enum.GetNames<LivcR.Support.Client.PersonalDataKind>(), name => Assert.Contains("PrivacyOne." + name, keys));
        Assert.All(Enum.GetNames<LivcR.Support.Client.PersonalDataKind>(), name => Assert.Contains("PrivacyMany." + name, keys));
        Assert.All(Enum.GetNames<LivcR.Support.Client.PersonalDataHandling>(), name => Assert.Contains("Privacy." + name, keys));
        Assert.All(Enum.GetNames<LivcR.Support.Client.TicketEntryKind>(), name => Assert.Contains("RedactKind." + name, keys));
    }

    /// <summary>
    /// The localizers a component can use and their resource files: those injected by the <c>_Imports.razor</c> of its folder
    /// and the folders above it, and its own <c>@inject IStringLocalizer&lt;X&gt; Name</c> lines.
    /// </summary>
    private static IEnumerable<(string Localizer, string Resources)> LocalizersOf(string file)
    {
        var sources = new List<string> { file };
        for (var folder = Path.GetDirectoryName(file); folder is not null && folder.StartsWith(ComponentsFolder, StringComparison.Ordinal); folder = Path.GetDirectoryName(folder))
        {
            sources.Add(Path.Combine(folder, "_Imports.razor"));
        }

        return sources.Where(File.Exists)
            .SelectMany(s => Inject().Matches(File.ReadAllText(s)))
            .Select(m => (m.Groups["name"].Value, m.Groups["type"].Value))
            .Distinct();
    }
    private static IEnumerable<string> Names<TEnum>(string prefix)
        where TEnum : struct, Enum => Enum.GetNames<TEnum>().Select(name => prefix + "." + name);

    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(PortalFolder, "Resources", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"@inject\s+IStringLocalizer<(?<type>\w+)>\s+(?<name>\w+)")]
    private static partial Regex Inject();

    [GeneratedRegex(@"\bC\[""(?<key>[A-Za-z]+\.[A-Za-z]+)""")]
    private static partial Regex ConsoleTextKey();

    [GeneratedRegex(@"\btexts\[""(?<key>[A-Za-z]+\.[A-Za-z]+)""")]
    private static partial Regex HelperTextKey();
}
