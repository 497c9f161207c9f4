using LivcR.Support.Client;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Crash;

/// <summary>
/// The retention job in a real process, killed (SIGKILL) right after it removed a ticket's mail and attachments and before
/// it wrote the anonymised state, then started again: every ticket ends fully anonymised, once, on both databases.
/// </summary>
public sealed class RetentionCrashTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const int Tickets = 8;
    private const string Secret = "Kerkhofstraat";

    [Fact]
    public Task Sqlite_KilledHalfwayThroughATicket_ResumesAndLeavesNothingHalfDone() => KilledAndResumedAsync([]);

    [Fact]
    public Task PostgreSql_KilledHalfwayThroughATicket_ResumesAndLeavesNothingHalfDone() => KilledAndResumedAsync(new()
    {
        ["Persistence:Provider"] = "PostgreSql",
        ["Persistence:ConnectionString"] = postgres.ConnectionString(),
    });

    /// <summary>
    /// Each process joins a cluster of its own (state and reminders belong to the service, not the cluster), so a new one
    /// does not wait for the killed one to be declared dead.
    /// </summary>
    private static Dictionary<string, string> Fresh(Dictionary<string, string> settings) =>
        new(settings) { ["Orleans:ClusterId"] = "retention-crash-" + Guid.NewGuid().ToString("N")[..8] };

    private static async Task KilledAndResumedAsync(Dictionary<string, string> database)
    {
        using var data = new TempDirectory();
        var token = GatewayProcess.StaffToken(data.Path);
        var asked = new List<(string Number, string AttachmentId)>();
        await using (var first = await GatewayProcess.StartAsync(data.Path, Fresh(database)))
        {
            var staff = Client(first, token);
            for (var i = 0; i < Tickets; i++)
            {
                var ticket = await staff.SubmitAsync(new SubmitHelpdeskRequestInput("44021", $"Casus {i}", $"Het gezin woont in de {Secret} {i}.", "Sara Claes", "sara.claes@gent.example"));
                var attachment = await staff.UploadAttachmentAsync(ticket.Number, "verslag.pdf", "%PDF-1.4\n% verslag\n"u8.ToArray());
                await staff.ReplyAsync(ticket.Number, "Beste Sara, hier is ons antwoord.");
                await staff.CloseTicketAsync(ticket.Number);
                asked.Add((ticket.Number, attachment.Id));
            }
        }

        var later = new Dictionary<string, string>(database)
        {
            ["Faults:RetentionClockOffset"] = TimeSpan.FromDays(800).ToString(),
            ["Privacy:RetentionStartDelay"] = "00:00:01",
            ["Privacy:RetentionBatchSize"] = "3",
            ["Privacy:RetentionParallelism"] = "1",
        };
        await using (var killed = await GatewayProcess.StartAsync(data.Path, new Dictionary<string, string>(Fresh(later)) { ["Faults:KillAfterRetentionPurges"] = "3" }, mayExit: true))
        {
            await killed.WaitForExitAsync(TimeSpan.FromSeconds(90));
            Assert.True(killed.HasExited, "the fault should have killed the process at its third purge");
        }

        await using var resumed = await GatewayProcess.StartAsync(data.Path, Fresh(later));
        var client = Client(resumed, token);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        List<Ticket> tickets;
        do
        {
            await Task.Delay(500);
            tickets = [.. await Task.WhenAll(asked.Select(a => client.GetTicketAsync(a.Number)))];
        }
        while (tickets.Any(t => t.AnonymisedAt is null) && DateTime.UtcNow < deadline);

        Assert.All(tickets, ticket =>
        {
            Assert.NotNull(ticket.AnonymisedAt);
            Assert.Equal("Geanonimiseerd ticket", ticket.Subject);
            Assert.Empty(ticket.Attachments);
            Assert.Single(ticket.Entries, e => e.Body.StartsWith("Geanonimiseerd na de bewaartermijn", StringComparison.Ordinal));
            var shown = System.Text.Json.JsonSerializer.Serialize(ticket);
            Assert.DoesNotContain(Secret, shown, StringComparison.Ordinal);
            Assert.DoesNotContain("sara.claes", shown, StringComparison.Ordinal);
        });
        foreach (var (_, attachmentId) in asked)
        {
            Assert.Equal(SupportErrorCodes.NotFound, (await Assert.ThrowsAsync<SupportClientException>(() => client.DownloadAttachmentAsync(attachmentId))).Code);
        }

        var numbers = asked.Select(a => a.Number).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(await client.MailOutboxAsync(first: 200), m => m.TicketNumber is { } n && numbers.Contains(n) && m.Recipient.Contains("sara.claes", StringComparison.Ordinal));
        Assert.Empty((await client.ListTicketsAsync(new TicketFilter { Text = Secret })).Nodes);
    }

    private static SupportClient Client(GatewayProcess process, string token) =>
        new(new HttpClient { BaseAddress = process.Address }, token);
}
