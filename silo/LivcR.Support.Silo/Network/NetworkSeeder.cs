using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Network;
using Microsoft.Extensions.Logging;

namespace LivcR.Support.Silo.Network;

/// <summary>At silo start: the five platforms' communities, the working group, the knowledge group and two intervision groups; existing ones are left as they are.</summary>
public sealed partial class NetworkSeeder(IGrainFactory grains, ILogger<NetworkSeeder> logger) : IStartupTask
{
    /// <summary>The groups every installation starts with (slug and settings).</summary>
    public static IReadOnlyList<(string Slug, CommunitySettings Settings)> Groups { get; } =
    [
        ("werkgroep-radicalisering-en-polarisering", new CommunitySettings(
            CommunityKind.WorkingGroup,
            "Werkgroep radicalisering en polarisering",
            "De werkgroep brengt LIVC-R-coördinatoren en preventiewerkers van steden en gemeenten samen. We wisselen praktijken uit, "
            + "bespreken nieuwe fenomenen van polarisering en radicalisering en geven input voor het beleid en de ondersteuning door VVSG. "
            + "De werkgroep komt vier keer per jaar samen.")),
        ("kennisgroep", new CommunitySettings(
            CommunityKind.KnowledgeGroup,
            "Kennisgroep radicalisering en polarisering",
            "De kennisgroep verzamelt en deelt kennis over radicalisering, polarisering en extremisme: onderzoek, praktijkvoorbeelden "
            + "en instrumenten voor lokale besturen. Leden lezen mee, schrijven mee aan publicaties en denken mee over het vormingsaanbod.")),
        ("intervisie-casemanagers-oost", new CommunitySettings(
            CommunityKind.Intervision,
            "Intervisie casemanagers Antwerpen, Limburg en Vlaams-Brabant",
            "Een kleine, gesloten groep casemanagers die casussen uit het LIVC-R anoniem bespreken onder begeleiding van VVSG. "
            + "Wat in de intervisie gezegd wordt, blijft in de groep. Deelname na aanvraag en goedkeuring.",
            Capacity: 10)),
        ("intervisie-casemanagers-west", new CommunitySettings(
            CommunityKind.Intervision,
            "Intervisie casemanagers Oost- en West-Vlaanderen",
            "Een kleine, gesloten groep casemanagers die casussen uit het LIVC-R anoniem bespreken onder begeleiding van VVSG. "
            + "Wat in de intervisie gezegd wordt, blijft in de groep. Deelname na aanvraag en goedkeuring.",
            Capacity: 10)),
    ];

    /// <summary>The settings of a province's platform.</summary>
    public static CommunitySettings PlatformSettings(Province province) => new(
        CommunityKind.Platform,
        $"Provinciaal platform {Provinces.DisplayName(province)}",
        $"Het provinciaal platform brengt de LIVC-R-coördinatoren en preventiewerkers van de gemeenten in {Provinces.DisplayName(province)} samen. "
        + "Ze wisselen ervaringen uit, leren van elkaar en stemmen af met de provincie, de politie en VVSG.",
        province);

    /// <inheritdoc/>
    public async Task Execute(CancellationToken cancellationToken)
    {
        var created = await Task.WhenAll(
            Provinces.All.Select(p => grains.PlatformCommunity(p).SeedAsync(PlatformSettings(p)))
                .Concat(Groups.Select(g => grains.Group(g.Slug).SeedAsync(g.Settings))));
        LogSeeded(logger, created.Count(c => c));
    }

    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "Network: {Created} platform or group communities created")]
    private static partial void LogSeeded(ILogger logger, int created);
}
