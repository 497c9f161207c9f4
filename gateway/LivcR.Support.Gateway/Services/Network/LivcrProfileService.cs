using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Profiles;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.Municipalities;

namespace LivcR.Support.Gateway.Services.Network;

/// <summary>LIVC-R profiles: read by staff, the municipality and the organisers of its province; edited by staff and the municipality; listed by staff.</summary>
public sealed class LivcrProfileService(IGrainFactory grains, CallerContext request, MunicipalityDirectory municipalities, NetworkAudit audit)
{
    /// <summary>A municipality's profile; NOT_FOUND when unknown or out of scope.</summary>
    public async Task<LivcrProfileView> GetAsync(string nisCode)
    {
        var (_, municipality) = Readable(nisCode);
        return await grains.LivcrProfile(municipality.NisCode).GetAsync();
    }

    /// <summary>The history of a profile the caller may read, newest first.</summary>
    public async Task<IReadOnlyList<LivcrProfileChange>> HistoryAsync(string nisCode)
    {
        var (_, municipality) = Readable(nisCode);
        return await grains.LivcrProfile(municipality.NisCode).HistoryAsync();
    }

    /// <summary>Replaces a profile (staff or the municipality's own users).</summary>
    public Task<LivcrProfileView> UpdateAsync(string nisCode, LivcrProfileUpdate update)
    {
        var actor = request.RequireActor();
        var nis = nisCode.Trim();
        return audit.RunAsync(actor, "livcr-profile.update", $"municipality:{nis}", () => grains.LivcrProfile(nis).UpdateAsync(actor, update));
    }

    /// <summary>Staff: every municipality's profile summary, optionally of one province and one status (never-edited ones count as NOT_STARTED).</summary>
    public async Task<IReadOnlyList<LivcrProfileSummary>> ListAsync(Province? province, LivcrStatus? status)
    {
        var actor = request.RequireActor();
        if (!NetworkAccessPolicy.CanListProfiles(actor))
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers zien het overzicht van alle LIVC-R's.");
        }

        var result = new List<LivcrProfileSummary>();
        foreach (var p in province is { } one ? [one] : Provinces.All)
        {
            var known = (await grains.LivcrProfileIndex(p).ListAsync()).ToDictionary(s => s.NisCode, StringComparer.Ordinal);
            result.AddRange(municipalities.All.Where(m => m.Province == p).OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)
                .Select(m => known.GetValueOrDefault(m.NisCode) ?? new LivcrProfileSummary(m.NisCode, LivcrStatus.NotStarted, null, null, null, null, null, 0)));
        }

        return status is { } s ? result.Where(r => r.Status == s).ToList() : result;
    }

    /// <summary>Staff: how many municipalities have each status (e.g. how many active LIVC-Rs).</summary>
    public async Task<IReadOnlyList<KeyValuePair<LivcrStatus, int>>> CountsAsync(Province? province)
    {
        var all = await ListAsync(province, null);
        return Enum.GetValues<LivcrStatus>().Select(s => new KeyValuePair<LivcrStatus, int>(s, all.Count(p => p.Status == s))).ToList();
    }

    private (Actor Actor, MunicipalityInfo Municipality) Readable(string nisCode)
    {
        var actor = request.RequireActor();
        var municipality = municipalities.Find(nisCode.Trim());
        if (municipality is null || !NetworkAccessPolicy.CanReadProfile(actor, municipality.NisCode, municipality.Province))
        {
            throw SupportException.NotFound($"Er is geen LIVC-R-profiel voor {nisCode.Trim()} dat je mag zien.");
        }

        return (actor, municipality);
    }
}
