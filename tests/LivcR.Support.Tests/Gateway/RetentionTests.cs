using LivcR.Support.Client;
using LivcR.Support.Contracts.Retention;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ServerRole = LivcR.Support.Contracts.People.Role;
using ServerRoleGrant = LivcR.Support.Contracts.People.RoleGrant;

namespace LivcR.Support.Tests.Gateway;

/// <summary>
/// Retention on both databases: tickets are asked, answered and closed, then the system starts again 26 months later
/// (as the retention job sees it) and the retention job runs. What a DPO and the desk would check is asserted.
/// </summary>
public sealed class RetentionTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const string Secret = "Veldstraat";
    private static readonly TimeSpan Later = TimeSpan.FromDays(800);

    [Fact]
    public async Task Sqlite_ClosedTicketsPastRetention_AreAnonymisedAndReportsStillAddUp()
    {
        using var data = new TempDirectory();
        var file = data.File("retention.db");
        await RetentionAsync(offset => GatewayHost.StartStandaloneAsync(file, offset));
    }

    [Fact]
    public async Task PostgreSql_ClosedTicketsPastRetention_AreAnonymisedAndReportsStillAddUp()
    {
        var clusterId = "ret-" + Guid.NewGuid().ToString("N")[..8];
        await RetentionAsync(offset => GatewayHost.StartAsync(new Dictionary<string, string>(offset)
        {
            ["Gateway:Mode"] = "CoHostedSilo",
            ["Persistence:Provider"] = "PostgreSql",
            ["Persistence:ConnectionString"] = postgres.ConnectionString(),
            ["Orleans:ClusterId"] = clusterId,
            ["Orleans:ServiceId"] = "livcr-support-tests",
            ["Orleans:AdvertisedIPAddress"] = "127.0.0.1",
        }));
    }

    private static async Task RetentionAsync(Func<Dictionary<string, string>, Task<GatewayHost>> start)
    {
        string due, held, attachmentId;
        IReadOnlyList<TicketStatsGroup> statsBefore;
        var from = DateTimeOffset.UtcNow.AddDays(-7);
        var to = from.AddYears(3);
        await using (var now = await start([]))
        {
            var (municipal, staff) = await ClientsAsync(now);
            due = await AskAnswerAndCloseAsync(municipal, staff, attach: true);
            held = await AskAnswerAndCloseAsync(municipal, staff, attach: false);
            await staff.SetLegalHoldAsync(held, hold: true);
            attachmentId = (await staff.GetTicketAsync(due)).Attachments.Single().Id;
            statsBefore = await staff.TicketStatsAsync(from, to, ReportGrouping.Category);
        }

        await using var later = await start(new() { ["Faults:RetentionClockOffset"] = Later.ToString() });
        var (municipalLater, staffLater) = await ClientsAsync(later);
        var retention = later.Services.GetRequiredService<IGrainFactory>().GetGrain<IRetentionGrain>(IRetentionGrain.Key);

        var run = await retention.RunAsync();
        var again = await retention.RunAsync();

        Assert.Equal((1, true), (run.Anonymised, run.Finished));
        Assert.Equal(0, again.Anonymised);
        var anonymised = await staffLater.GetTicketAsync(due);
        Assert.NotNull(anonymised.AnonymisedAt);
        Assert.Equal("Geanonimiseerd ticket", anonymised.Subject);
        Assert.Equal("Verwijderde gebruiker", anonymised.Requester.Name);
        Assert.Empty(anonymised.Attachments);
        var shown = System.Text.Json.JsonSerializer.Serialize(anonymised);
        foreach (var personal in (string[])[Secret, "Janssens", "retentie@gent.example", "Beste collega", "familie", "verslag"])
        {
            Assert.DoesNotContain(personal, shown, StringComparison.Ordinal);
        }

        Assert.Contains(anonymised.Entries, e => e.Body.StartsWith("Geanonimiseerd na de bewaartermijn (24 maanden na sluiten)", StringComparison.Ordinal));
        Assert.Equal(SupportErrorCodes.NotFound, (await Assert.ThrowsAsync<SupportClientException>(() => staffLater.DownloadAttachmentAsync(attachmentId))).Code);
        Assert.Equal("Geanonimiseerd ticket", (await municipalLater.GetTicketAsync(due)).Subject);
        var found = await staffLater.ListTicketsAsync(new TicketFilter { Text = Secret });
        Assert.Equal([held], found.Nodes.Select(n => n.Number));
        Assert.Contains(Secret, System.Text.Json.JsonSerializer.Serialize(await staffLater.GetTicketAsync(held)), StringComparison.Ordinal);
        Assert.Contains(await staffLater.AuditTrailAsync(due), a => a.Action == "ticket.anonymise");
        var mail = await staffLater.MailOutboxAsync(first: 200);
        Assert.DoesNotContain(mail, m => m.TicketNumber == due && (m.Recipient.Contains("gent.example", StringComparison.Ordinal) || m.Subject.Contains("Janssens", StringComparison.Ordinal)));
        Assert.Contains(mail, m => m.TicketNumber == held && m.Recipient == "retentie@gent.example");
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(statsBefore),
            System.Text.Json.JsonSerializer.Serialize(await staffLater.TicketStatsAsync(from, to, ReportGrouping.Category)));
    }

    private static async Task<(SupportClient Municipal, SupportClient Staff)> ClientsAsync(GatewayHost host) =>
        (new SupportClient(host.Http, await host.TokenAsync("retentie@gent.example", new ServerRoleGrant(ServerRole.Municipal, "44021"))),
         new SupportClient(host.Http, await host.TokenAsync("lies@vvsg.example", new ServerRoleGrant(ServerRole.Staff, null))));

    private static async Task<string> AskAnswerAndCloseAsync(SupportClient municipal, SupportClient staff, bool attach)
    {
        var ticket = await municipal.SubmitAsync(new SubmitHelpdeskRequestInput("44021", "Casus Janssens", $"De familie woont in de {Secret} 12.", Category: "casusoverleg"));
        if (attach)
        {
            await municipal.UploadAttachmentAsync(ticket.Number, "verslag.pdf", "%PDF-1.4\n% verslag\n"u8.ToArray());
        }

        await staff.AddNoteAsync(ticket.Number, "Zelfde familie als vorig jaar.");
        await staff.ReplyAsync(ticket.Number, "Beste collega, we bellen u morgen.");
        await municipal.CloseTicketAsync(ticket.Number);
        return ticket.Number;
    }
}
