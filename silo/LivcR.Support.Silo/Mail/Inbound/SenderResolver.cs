using LivcR.Support.Contracts;
using LivcR.Support.Contracts.People;
using LivcR.Support.Silo.Municipalities;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>
/// Finds out who sent a mail: a known person (with their municipality roles) first, else the municipality whose email
/// domain the address is in (the domain itself or a parent domain), else unknown ("onbekende afzender").
/// </summary>
/// <remarks>
/// This only says where a new question belongs. Whether a reply may be added to a ticket is
/// <see cref="ReplyAcceptanceRule"/>'s decision: a domain match is never enough for that. The sender address is taken
/// as the mail says; checking it against SPF/DKIM is the receiving mail server's job.
/// </remarks>
public sealed class SenderResolver(IGrainFactory grains)
{
    /// <summary>Resolves a sender address (as written in the mail's From header).</summary>
    public async Task<ResolvedSender> ResolveAsync(string? address)
    {
        var normalised = EmailAddressRule.Normalise(address);
        if (normalised is null)
        {
            return new ResolvedSender(null, SenderKind.Unknown, null, null);
        }

        var key = PersonKeys.Normalise(normalised);
        var person = await grains.Person(key).GetAsync();
        var municipalities = person?.Roles.Where(r => r.Role == Role.Municipal && r.Scope is not null).Select(r => r.Scope!).Distinct().ToList() ?? [];
        if (municipalities.Count == 1)
        {
            return new ResolvedSender(key, SenderKind.Person, person, municipalities[0]);
        }

        var byDomain = await MunicipalityOfDomainAsync(key);
        if (person is not null)
        {
            // Several municipalities: the domain decides only between the person's own ones.
            var chosen = municipalities.Count == 0 || (byDomain is not null && municipalities.Contains(byDomain)) ? byDomain : null;
            return new ResolvedSender(key, SenderKind.Person, person, chosen);
        }

        return byDomain is null
            ? new ResolvedSender(key, SenderKind.Unknown, null, null)
            : new ResolvedSender(key, SenderKind.MunicipalityDomain, null, byDomain);
    }

    /// <summary>The NIS code of the municipality whose email domain the address is in, or null.</summary>
    public async Task<string?> MunicipalityOfDomainAsync(string address)
    {
        foreach (var domain in EmailDomainRules.CandidatesOf(address))
        {
            var owner = await grains.MailDomain(domain).GetOwnerAsync();

            // The municipality's own list is the truth; the index may hold a claim it gave up half-way.
            if (owner is not null && (await grains.Municipality(owner).GetEmailDomainsAsync()).Contains(domain, StringComparer.Ordinal))
            {
                return owner;
            }
        }

        return null;
    }
}
