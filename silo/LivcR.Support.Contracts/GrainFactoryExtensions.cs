using LivcR.Support.Contracts.Health;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Platforms;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Contracts;

/// <summary>Typed access to the grains, so key formats live in one place.</summary>
public static class GrainFactoryExtensions
{
    /// <summary>The municipality with this NIS code.</summary>
    public static IMunicipalityGrain Municipality(this IGrainFactory grains, string nisCode) =>
        grains.GetGrain<IMunicipalityGrain>(nisCode);

    /// <summary>The index entry of an email domain (lower-case, e.g. "gent.be").</summary>
    public static IMailDomainGrain MailDomain(this IGrainFactory grains, string domain) =>
        grains.GetGrain<IMailDomainGrain>(domain.Trim().ToLowerInvariant());

    /// <summary>The provincial platform of a province.</summary>
    public static IProvincialPlatformGrain ProvincialPlatform(this IGrainFactory grains, Province province) =>
        grains.GetGrain<IProvincialPlatformGrain>(Provinces.Key(province));

    /// <summary>The ticket with this number.</summary>
    public static ITicketGrain Ticket(this IGrainFactory grains, TicketNumber number) =>
        grains.GetGrain<ITicketGrain>(number.ToString());

    /// <summary>The ticket catalog: categories and prevention levels.</summary>
    public static ITicketCatalogGrain TicketCatalog(this IGrainFactory grains) =>
        grains.GetGrain<ITicketCatalogGrain>("tickets");

    /// <summary>The number series of a year.</summary>
    public static ITicketNumberGrain TicketNumbers(this IGrainFactory grains, int year) =>
        grains.GetGrain<ITicketNumberGrain>(year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The helpdesk intake (a stateless worker, local to the calling silo).</summary>
    public static IHelpdeskIntakeGrain HelpdeskIntake(this IGrainFactory grains) =>
        grains.GetGrain<IHelpdeskIntakeGrain>(0);

    /// <summary>The person with this email address.</summary>
    public static IPersonGrain Person(this IGrainFactory grains, string email) =>
        grains.GetGrain<IPersonGrain>(PersonKeys.Normalise(email));

    /// <summary>The health probe.</summary>
    public static IHealthProbeGrain HealthProbe(this IGrainFactory grains) =>
        grains.GetGrain<IHealthProbeGrain>(0);
}
