using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Municipalities;
using Microsoft.Extensions.Logging;

namespace LivcR.Support.Silo.Municipalities;

/// <summary>At silo start, writes the reference municipalities and the five provincial platforms; only changes are written.</summary>
public sealed partial class ReferenceDataSeeder(IGrainFactory grains, ILogger<ReferenceDataSeeder> logger) : IStartupTask
{
    /// <inheritdoc/>
    public async Task Execute(CancellationToken cancellationToken)
    {
        var municipalities = MunicipalityCsv.LoadEmbedded();
        var changes = await Task.WhenAll(municipalities.Select(m => grains.Municipality(m.NisCode).SeedAsync(m)));
        var platformChanges = await Task.WhenAll(Provinces.All.Select(province =>
            grains.ProvincialPlatform(province).SeedAsync(
                province,
                municipalities.Where(m => m.Province == province).OrderBy(m => m.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-BE"), ignoreCase: true)).ToList())));
        LogSeeded(logger, municipalities.Count, changes.Count(c => c), platformChanges.Count(c => c));
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Reference data: {Municipalities} municipalities ({Changed} written), {Platforms} provincial platform(s) written")]
    private static partial void LogSeeded(ILogger logger, int municipalities, int changed, int platforms);
}
