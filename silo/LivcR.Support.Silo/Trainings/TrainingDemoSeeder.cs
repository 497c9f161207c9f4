using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Trainings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LivcR.Support.Silo.Trainings;

/// <summary>With <c>--demo</c> and an empty catalogue: two trainings with a session each, so the portal has something to show.</summary>
public sealed partial class TrainingDemoSeeder(
    IGrainFactory grains, IConfiguration configuration, [FromKeyedServices(SupportClock.Key)] TimeProvider clock, ILogger<TrainingDemoSeeder> logger) : IStartupTask
{
    private static readonly Actor System = new("system@livcr-support.invalid", [new RoleGrant(Role.Staff, null)]);

    /// <inheritdoc/>
    public async Task Execute(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Demo:Enabled") || (await grains.TrainingCatalog().ListAsync()).Count > 0)
        {
            return;
        }

        var day = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        await SeedAsync(
            new TrainingInput(
                "Polarisering herkennen en ombuigen",
                "Een praktijkgerichte vorming over de dynamiek van polarisering in de lokale samenleving: hoe herken je de signalen, "
                + "wie speelt welke rol en wat kan een lokaal bestuur doen om het midden te versterken?",
                "LIVC-R-coördinatoren, preventiewerkers en jeugdwerkers", "Workshop", "3 uur"),
            new TrainingSessionInput(day.AddDays(30).AddHours(12), day.AddDays(30).AddHours(15), "VVSG, Bischoffsheimlaan 1-8, 1000 Brussel", null, 25, day.AddDays(23), null));
        await SaveWebinarAsync(day);
        LogSeeded(logger);
    }

    private Task SaveWebinarAsync(DateTimeOffset day) => SeedAsync(
        new TrainingInput(
            "Het LIVC-R in de praktijk: casusoverleg en beroepsgeheim",
            "Hoe bereid je een casusoverleg voor, wat mag je delen en wat niet? Een webinar over gedeeld beroepsgeheim, "
            + "de rol van de informatieambtenaar en de samenwerking met de lokale taskforce.",
            "LIVC-R-coördinatoren en informatieambtenaren", "Webinar", "2 uur"),
        new TrainingSessionInput(day.AddDays(45).AddHours(8), day.AddDays(45).AddHours(10), null, "https://vvsg.example/webinar/livcr", 100, day.AddDays(44), 25m));

    private async Task SeedAsync(TrainingInput training, TrainingSessionInput session)
    {
        var created = await grains.TrainingCatalog().CreateAsync(System, training);
        await grains.TrainingSession(TrainingIds.NewSession()).ScheduleAsync(System, created.Id, created.Details.Title, session);
    }

    [LoggerMessage(EventId = 7301, Level = LogLevel.Warning, Message = "Demo mode: two demo trainings with a session each were added to the catalogue")]
    private static partial void LogSeeded(ILogger logger);
}
