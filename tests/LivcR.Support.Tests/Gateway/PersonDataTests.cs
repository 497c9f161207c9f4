using System.IO.Compression;
using System.Text.Json.Nodes;
using LivcR.Support.Client;
using LivcR.Support.Tests.Infrastructure;
using RoleGrant = LivcR.Support.Contracts.People.RoleGrant;
using ServerRole = LivcR.Support.Contracts.People.Role;

namespace LivcR.Support.Tests.Gateway;

/// <summary>A person's data on request (GDPR art. 15 and 17), on a gateway of its own: the export holds what they did, erasure removes them everywhere.</summary>
public sealed class PersonDataTests : IAsyncLifetime
{
    private const string Pieter = "pieter.peeters@gent.example";
    private readonly TempDirectory _data = new();
    private GatewayHost _gateway = null!;

    public async Task InitializeAsync() => _gateway = await GatewayHost.StartStandaloneAsync(_data.File("person-data.db"));

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Export_HoldsTheirTicketsUploadsMembershipsAndRegistrations_ErasureRemovesThemEverywhere()
    {
        var pieter = new SupportClient(_gateway.Http, await _gateway.TokenAsync(Pieter, new RoleGrant(ServerRole.Municipal, "44021")));
        var staff = new SupportClient(_gateway.Http, await _gateway.TokenAsync("lies@vvsg.example", new RoleGrant(ServerRole.Staff, null)));
        var admin = new SupportClient(_gateway.Http, await _gateway.TokenAsync("beheer@vvsg.example", new RoleGrant(ServerRole.Admin, null)));
        var asked = await pieter.SubmitAsync(new SubmitHelpdeskRequestInput("44021", "Vraag over casusoverleg", "Hoe starten we een casusoverleg?"));
        await pieter.UploadAttachmentAsync(asked.Number, "werkwijze.pdf", "%PDF-1.4\n% werkwijze\n"u8.ToArray());
        await staff.ReplyAsync(asked.Number, "Beste Pieter, ik bel u morgen.");
        await staff.TriageAsync(asked.Number, new TicketTriageInput { AssigneeEmail = "lies@vvsg.example" });
        var other = await staff.SubmitAsync(new SubmitHelpdeskRequestInput("44021", "Vraag van een collega", "Een andere vraag.", "Sara", "sara@gent.example"));
        await pieter.ReplyAsync(other.Number, "Ik volg dit mee op.");
        await pieter.RequestToJoinGroupAsync("kennisgroep", "Ik wil graag meedenken.");
        var training = await staff.CreateTrainingAsync(new TrainingInput("Signalen herkennen", "Een vorming.", "Preventiewerkers", "Workshop", "3 uur"));
        var start = DateTimeOffset.UtcNow.AddDays(30);
        var session = await staff.ScheduleTrainingSessionAsync(training.Id, new TrainingSessionInput(start, start.AddHours(3), 20, start.AddDays(-7), Place: "Gent"));
        await pieter.RegisterForTrainingAsync(session.Id);

        // Export.
        var data = await admin.PersonDataAsync(Pieter);
        var json = JsonNode.Parse(data.Json)!;
        Assert.Equal((2, 1, 1), (data.TicketCount, data.CommunityCount, data.RegistrationCount));
        Assert.Equal([new LivcR.Support.Client.RoleGrant(Role.Municipal, "44021")], data.Roles);
        var tickets = json["tickets"]!.AsArray();
        var own = tickets.Single(t => t!["number"]!.GetValue<string>() == asked.Number)!;
        Assert.True(own["asRequester"]!.GetValue<bool>());
        Assert.Contains("Beste Pieter", own.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("werkwijze.pdf", own["attachments"]![0]!["name"]!.GetValue<string>());
        var theirs = tickets.Single(t => t!["number"]!.GetValue<string>() == other.Number)!;
        Assert.Contains("Ik volg dit mee op.", theirs.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Een andere vraag.", theirs.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("group/kennisgroep", json["communities"]![0]!["key"]!.GetValue<string>());
        Assert.Equal("Ik wil graag meedenken.", json["communities"]![0]!["joinRequest"]!["motivation"]!.GetValue<string>());
        Assert.Equal(session.Id, json["trainings"]![0]!["sessionId"]!.GetValue<string>());
        Assert.Contains(json["audit"]!.AsArray(), a => a!["action"]!.GetValue<string>() == "ticket.submit");
        var zip = await admin.DownloadPersonDataAsync(Pieter);
        using (var archive = new ZipArchive(new MemoryStream(zip.Content)))
        {
            Assert.Contains(archive.Entries, e => e.FullName == "persoonsgegevens.json");
            var upload = Assert.Single(archive.Entries, e => e.FullName.StartsWith("bijlagen/", StringComparison.Ordinal));
            Assert.EndsWith("-werkwijze.pdf", upload.FullName, StringComparison.Ordinal);
        }

        // Refusals: staff, oneself, a person who still holds a role, an unknown address. Nothing changes.
        Assert.Equal(SupportErrorCodes.Forbidden, (await Assert.ThrowsAsync<SupportClientException>(() => staff.PersonDataAsync(Pieter))).Code);
        Assert.Equal(SupportErrorCodes.BadUserInput, (await Assert.ThrowsAsync<SupportClientException>(() => admin.ErasePersonAsync("beheer@vvsg.example"))).Code);
        Assert.Equal(SupportErrorCodes.Conflict, (await Assert.ThrowsAsync<SupportClientException>(() => admin.ErasePersonAsync(Pieter))).Code);
        Assert.Equal(SupportErrorCodes.NotFound, (await Assert.ThrowsAsync<SupportClientException>(() => admin.ErasePersonAsync("niemand@nergens.example"))).Code);
        Assert.Equal(SupportErrorCodes.NotFound, (await Assert.ThrowsAsync<SupportClientException>(() => admin.PersonDataAsync("niemand@nergens.example"))).Code);
        Assert.Equal(Pieter, (await staff.GetTicketAsync(asked.Number)).Requester.Email);

        // Erasure, once the role is taken away.
        await admin.RevokeRoleAsync(Pieter, Role.Municipal, "44021");
        var erased = await admin.ErasePersonAsync(Pieter);

        Assert.Equal((2, 1, 1, true), (erased.Tickets, erased.Communities, erased.Trainings, erased.ProfileDeleted));
        var ticket = await staff.GetTicketAsync(asked.Number);
        Assert.Equal("Verwijderde gebruiker", ticket.Requester.Name);
        Assert.Equal("Hoe starten we een casusoverleg?", ticket.Messages[0].Body);
        Assert.Equal("Verwijderde gebruiker", ticket.Attachments.Single().UploadedBy.Name);
        Assert.Contains(ticket.Entries, e => e.Body == "Gegevens van een persoon gewist op verzoek (AVG, artikel 17)");
        var reply = (await staff.GetTicketAsync(other.Number)).Entries.Single(e => e.Body == "Ik volg dit mee op.");
        Assert.Equal("Verwijderde gebruiker", reply.Author.Name);
        Assert.DoesNotContain(Pieter, System.Text.Json.JsonSerializer.Serialize(await staff.GetTicketAsync(other.Number)), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain((await staff.GetGroupAsync("kennisgroep")).JoinRequests!, r => r.Email == Pieter);
        Assert.All((await staff.GetTrainingSessionAsync(session.Id)).Registrations, r => Assert.NotEqual(Pieter, r.Email));
        Assert.Single((await staff.GetTrainingSessionAsync(session.Id)).Registrations);
        Assert.DoesNotContain(await staff.MailOutboxAsync(first: 200), m => m.Recipient == Pieter);
        Assert.Equal(SupportErrorCodes.NotFound, (await Assert.ThrowsAsync<SupportClientException>(() => admin.GetPersonAsync(Pieter))).Code);
        Assert.Contains(await admin.AuditTrailOfPersonAsync("beheer@vvsg.example"), a => a.Action == "person.erase" && a.Target == $"person:{Pieter}" && a.Outcome == "ok");
        Assert.Equal(SupportErrorCodes.NotFound, (await Assert.ThrowsAsync<SupportClientException>(() => admin.ErasePersonAsync(Pieter))).Code);
    }
}
