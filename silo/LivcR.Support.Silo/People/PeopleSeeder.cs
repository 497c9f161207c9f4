using LivcR.Support.Contracts;
using LivcR.Support.Contracts.People;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.People;

/// <summary>At silo start: gives the configured first admins their role and, with <c>--demo</c>, seeds one person per role.</summary>
public sealed partial class PeopleSeeder(IGrainFactory grains, IOptions<PeopleOptions> options, ILogger<PeopleSeeder> logger) : IStartupTask
{
    /// <summary>The demo people (addresses under the reserved .example domain).</summary>
    public static IReadOnlyList<(string Email, string Name, RoleGrant Role)> DemoPeople { get; } =
    [
        ("admin@vvsg.example", "Beheerder Demo", new RoleGrant(Role.Admin, null)),
        ("staff@vvsg.example", "Medewerker VVSG Demo", new RoleGrant(Role.Staff, null)),
        ("coordinator@gent.example", "LIVC-R-coördinator Gent", new RoleGrant(Role.Municipal, "44021")),
        ("preventie@hasselt.example", "Preventiewerker Hasselt", new RoleGrant(Role.Municipal, "71072")),
        ("organiser@limburg.example", "Organisator platform Limburg", new RoleGrant(Role.Organiser, "limburg")),
    ];

    /// <inheritdoc/>
    public async Task Execute(CancellationToken cancellationToken)
    {
        foreach (var email in options.Value.InitialAdmins.Where(e => !string.IsNullOrWhiteSpace(e)))
        {
            await EnsureAsync(email, email.Split('@')[0], new RoleGrant(Role.Admin, null));
        }

        if (options.Value.DemoEnabled)
        {
            foreach (var (email, name, role) in DemoPeople)
            {
                await EnsureAsync(email, name, role);
            }

            LogDemo(logger, DemoPeople.Count);
        }
    }

    private async Task EnsureAsync(string email, string name, RoleGrant role)
    {
        var person = grains.Person(email);
        if (await person.GetAsync() is null)
        {
            await person.SaveProfileAsync(name);
        }

        await person.GrantAsync(role);
    }

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Demo mode: {Count} demo people exist (one per role); do not use this in production")]
    private static partial void LogDemo(ILogger logger, int count);
}
