using System.Text.Json.Nodes;
using LivcR.Support.Silo.Mail.Intake;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static LivcR.Support.Tests.MailChannel.MailIntakeFixture;

namespace LivcR.Support.Tests.MailChannel;

/// <summary>The reader survives what goes wrong: a refused login (visible, retried with back-off) and a process that stops mid-mail.</summary>
public sealed class MailboxRecoveryTests : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private readonly DovecotServer _imap = new();
    private SmtpPeer _smtp = null!;

    public async Task InitializeAsync()
    {
        await _imap.InitializeAsync();
        _smtp = new SmtpPeer();
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        await _imap.DisposeAsync();
        _data.Dispose();
    }

    private static async Task<JsonNode> ReaderAsync(GatewayHost gateway)
    {
        var (_, body) = await gateway.PostAsync("{ mailboxes { state lastError consecutiveFailures description nextAttemptAt } }", null, await gateway.StaffTokenAsync());
        return body["data"]!["mailboxes"]![0]!;
    }

    private static async Task<JsonNode> WaitForReaderAsync(GatewayHost gateway, Func<JsonNode, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var reader = await ReaderAsync(gateway);
            if (condition(reader))
            {
                return reader;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException("The reader never got there: " + reader.ToJsonString());
            }

            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task RefusedLogin_IsRetriedWithBackOff_VisibleWithoutThePassword_AndRecoversWhenTheServerAcceptsIt()
    {
        _imap.AddUser(User, "het-oude-wachtwoord");
        await using var gateway = await GatewayHost.StartStandaloneAsync(_data.File("recovery.db"), Settings(_imap, _smtp));

        var failing = await WaitForReaderAsync(gateway, r => r["consecutiveFailures"]!.GetValue<int>() >= 2);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/ready");
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await gateway.Http.SendAsync(request);
        var health = await response.Content.ReadAsStringAsync();
        _imap.SetPassword(User, Password);
        var recovered = await WaitForReaderAsync(gateway, r => r["state"]!.GetValue<string>() == "CONNECTED");
        var question = Compose(GentCoordinator, "Na het herstel", "Komt deze nog aan?");
        await _imap.AppendAsync(User, Password, question);
        var emptied = await _imap.WaitForCountAsync(User, Password, "INBOX", 0, TimeSpan.FromSeconds(60));

        Assert.Equal("RECONNECTING", failing["state"]!.GetValue<string>());
        Assert.Contains("Aanmelden mislukt", failing["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(failing["nextAttemptAt"]);
        Assert.Contains("\"Degraded\"", health, StringComparison.Ordinal);
        Assert.Contains("Aanmelden mislukt", health, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, failing.ToJsonString() + health, StringComparison.Ordinal);
        Assert.Equal(0, recovered["consecutiveFailures"]!.GetValue<int>());
        Assert.True(emptied);
        Assert.NotNull(await gateway.Services.GetRequiredService<InboundMailStore>().TicketOfAsync(Silo.Mail.Inbound.MailDedupeKey.For(question)));
    }

    [Fact]
    public async Task ProcessStoppingBetweenTicketWriteAndMove_ReadsTheMailAgainOnNextStart_AndDoublesNothing()
    {
        _imap.AddUser(User, Password);
        var database = _data.File("crash.db");
        var question = Compose(GentCoordinator, "Vraag tijdens een herstart", "Overleeft deze vraag een herstart?");
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var release = new CancellationTokenSource();

        var first = await GatewayHost.StartStandaloneAsync(database, Settings(_imap, _smtp));
        first.Services.GetRequiredService<MailIntakeHooks>().OnStep = async (step, key) =>
        {
            if (step == MailIntakeStep.AfterTicketWrite && key == Silo.Mail.Inbound.MailDedupeKey.For(question))
            {
                reached.TrySetResult();
                await Task.Delay(Timeout.Infinite, release.Token);
            }
        };
        await _imap.AppendAsync(User, Password, question);
        await reached.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var stopping = first.DisposeAsync().AsTask();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await release.CancelAsync();
        await stopping;
        var leftInInbox = await _imap.CountAsync(User, Password, "INBOX");

        await using var second = await GatewayHost.StartStandaloneAsync(database, Settings(_imap, _smtp));
        var emptied = await _imap.WaitForCountAsync(User, Password, "INBOX", 0, TimeSpan.FromSeconds(60));
        var number = await second.Services.GetRequiredService<InboundMailStore>().TicketOfAsync(Silo.Mail.Inbound.MailDedupeKey.For(question));
        var ticket = await second.Services.GetRequiredService<IGrainFactory>().GetGrain<Contracts.Tickets.ITicketGrain>(number!).GetAsync(Contracts.Tickets.TicketAudience.Staff);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var acks = _smtp.Received.Count(m => m.Subject?.Contains($"[VVSG #{number}]", StringComparison.Ordinal) == true);

        Assert.Equal(1, leftInInbox);
        Assert.True(emptied);
        Assert.Single(ticket!.Messages);
        Assert.Equal(1, acks);
        Assert.Equal(1, await _imap.CountWithIdAsync(User, Password, "Verwerkt", question.MessageId));
    }
}
