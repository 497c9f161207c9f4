using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.Attachments;
using LivcR.Support.Silo.Audit;
using LivcR.Support.Silo.Erasure;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Gateway.Services.Privacy;

/// <summary>
/// A person's data for administrators (GDPR art. 15 and 17): everything stored about them as JSON or a ZIP with their
/// uploads, and erasure everywhere. Both are audited; erasure is refused while the person holds a role, for oneself, and
/// for an address nothing is stored about.
/// </summary>
public sealed class PersonDataService(IGrainFactory grains, CallerContext request, AuditLog audit, PersonTraces traces, AttachmentStore attachments, [FromKeyedServices(SupportClock.Key)] TimeProvider clock)
{
    /// <summary>The JSON of an export: readable, enums by name.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    /// <summary>Everything stored about the person; NOT_FOUND when nothing is.</summary>
    public async Task<PersonDataExport> ExportAsync(string email)
    {
        var (actor, address) = await RequireAdminAsync("person.export", email);
        var export = await CollectAsync(address);
        if (export.IsEmpty)
        {
            throw SupportException.NotFound("Over dit e-mailadres is niets bewaard.");
        }

        await audit.RecordAsync(actor.Email, "person.export", $"person:{address}", request.Ip, AuditOutcome.Ok);
        return export;
    }

    /// <summary>The export as a ZIP: <c>persoonsgegevens.json</c> and, under <c>bijlagen/</c>, the files the person uploaded.</summary>
    public async Task<byte[]> ZipAsync(string email)
    {
        var export = await ExportAsync(email);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var json = zip.CreateEntry("persoonsgegevens.json").Open())
            {
                await JsonSerializer.SerializeAsync(json, export, Json);
            }

            foreach (var file in export.Tickets.SelectMany(t => t.Attachments))
            {
                if (await attachments.GetAsync(file.Id) is { } stored)
                {
                    await using var entry = zip.CreateEntry($"bijlagen/{file.Id}-{AttachmentRules.CleanName(file.Name)}").Open();
                    await entry.WriteAsync(stored.Content);
                }
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Erases the person everywhere; see the class remarks for what is refused.</summary>
    public async Task<PersonErasureResult> EraseAsync(string email)
    {
        var (actor, address) = await RequireAdminAsync("person.erase", email);
        if (string.Equals(address, PersonKeys.Normalise(actor.Email), StringComparison.Ordinal))
        {
            throw SupportException.BadInput("email", "U kunt uw eigen gegevens niet wissen. Vraag het een andere beheerder.");
        }

        var export = await CollectAsync(address);
        if (export.IsEmpty)
        {
            throw SupportException.NotFound("Over dit e-mailadres is niets bewaard.");
        }

        if (export.Person is { Roles.Count: > 0 })
        {
            await audit.RecordAsync(actor.Email, "person.erase", $"person:{address}", request.Ip, AuditOutcome.Failed);
            throw new SupportException(SupportErrorCode.Conflict, "Deze persoon heeft nog rollen. Neem eerst alle rollen af; daarna kunnen de gegevens gewist worden.");
        }

        var tickets = 0;
        foreach (var ticket in export.Tickets)
        {
            tickets += await grains.GetGrain<ITicketGrain>(ticket.Number).ErasePersonAsync(address) ? 1 : 0;
        }

        var communities = 0;
        foreach (var community in export.Communities)
        {
            communities += await grains.GetGrain<ICommunityGrain>(community.Key).ErasePersonAsync(address) ? 1 : 0;
        }

        var sessions = 0;
        foreach (var session in export.Trainings.Select(r => r.SessionId).Distinct(StringComparer.Ordinal))
        {
            sessions += await grains.TrainingSession(session).ErasePersonAsync(address) ? 1 : 0;
        }

        await traces.EraseMailAsync(address);
        var deleted = await grains.Person(address).EraseAsync();
        await audit.RecordAsync(actor.Email, "person.erase", $"person:{address}", request.Ip, AuditOutcome.Ok);
        return new PersonErasureResult(address, tickets, communities, sessions, deleted);
    }

    private async Task<PersonDataExport> CollectAsync(string email)
    {
        var person = await grains.Person(email).GetAsync();
        var numbers = (await traces.TicketsAsync(email))
            .Concat((await audit.TargetsOfActorAsync(email, "ticket:")).Select(t => t["ticket:".Length..]))
            .Distinct(StringComparer.Ordinal)
            .Where(n => TicketNumber.TryParse(n, out _))
            .ToList();
        var tickets = new List<PersonTicket>();
        foreach (var number in numbers)
        {
            if (await grains.GetGrain<ITicketGrain>(number).GetAsync(TicketAudience.Staff) is { } view && PersonTicketOf(view, email) is { } ticket)
            {
                tickets.Add(ticket);
            }
        }

        var audited = (await audit.ForActorAsync(email)).Concat(await audit.ForTargetAsync($"person:{email}")).OrderBy(a => a.At).ToList();
        return new PersonDataExport(email, clock.GetUtcNow(), person, tickets, await CommunitiesAsync(email), await RegistrationsAsync(email), await traces.MailToAsync(email), audited);
    }

    private static PersonTicket? PersonTicketOf(TicketView ticket, string email)
    {
        bool Same(string? address) => string.Equals(address, email, StringComparison.OrdinalIgnoreCase);
        var asked = Same(ticket.Requester.Email);
        var entries = ticket.Entries.Where(e => Same(e.Author.Email) || (asked && e.Kind == TicketEntryKind.Message)).ToList();
        var uploads = ticket.Attachments.Where(a => Same(a.UploadedBy.Email)).ToList();
        var handles = Same(ticket.AssigneeEmail);
        return asked || handles || entries.Count > 0 || uploads.Count > 0
            ? new PersonTicket(ticket.Number, ticket.Subject, ticket.Status, ticket.CreatedAt, asked, handles, entries, uploads)
            : null;
    }

    private async Task<IReadOnlyList<PersonCommunity>> CommunitiesAsync(string email)
    {
        bool Same(string? address) => string.Equals(address, email, StringComparison.OrdinalIgnoreCase);
        var keys = Provinces.All.Select(CommunityKeys.Platform).Concat((await grains.GroupDirectory().ListAsync()).Select(g => CommunityKeys.Group(g.Slug)));
        var found = new List<PersonCommunity>();
        foreach (var key in keys)
        {
            if (await grains.GetGrain<ICommunityGrain>(key).GetAsync() is not { } community)
            {
                continue;
            }

            var entry = new PersonCommunity(
                key,
                community.Settings.Name,
                community.Members.FirstOrDefault(m => Same(m.Email)),
                community.Invitations.FirstOrDefault(i => Same(i.Email)),
                community.JoinRequests.FirstOrDefault(r => Same(r.Email)),
                [.. community.Meetings.Where(m => m.Attendees.Any(Same)).Select(m => m.StartsAt)]);
            if (entry is not { Membership: null, Invitation: null, JoinRequest: null, MeetingsAttended.Count: 0 })
            {
                found.Add(entry);
            }
        }

        return found;
    }

    private async Task<IReadOnlyList<PersonRegistration>> RegistrationsAsync(string email)
    {
        var found = new List<PersonRegistration>();
        foreach (var training in await grains.TrainingCatalog().ListAsync())
        {
            foreach (var summary in training.Sessions)
            {
                if (await grains.TrainingSession(summary.Id).GetAsync() is not { } session)
                {
                    continue;
                }

                found.AddRange(session.Registrations
                    .Where(r => string.Equals(r.Email, email, StringComparison.OrdinalIgnoreCase) || string.Equals(r.RegisteredBy, email, StringComparison.OrdinalIgnoreCase))
                    .Select(r => new PersonRegistration(session.Id, session.TrainingTitle, session.Details.StartsAt, r)));
            }
        }

        return found;
    }

    private async Task<(Actor Actor, string Address)> RequireAdminAsync(string action, string email)
    {
        var actor = request.RequireActor();
        var address = PersonKeys.Normalise(EmailAddressRule.Normalise(email) ?? throw SupportException.BadInput("email", "Dit is geen geldig e-mailadres."));
        if (!AccessPolicy.CanManagePeople(actor))
        {
            await audit.RecordAsync(actor.Email, action, $"person:{address}", request.Ip, AuditOutcome.Denied);
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel beheerders vragen de gegevens van een persoon op of wissen ze.");
        }

        return (actor, address);
    }
}
