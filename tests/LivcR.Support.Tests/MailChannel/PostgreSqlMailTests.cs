using LivcR.Support.Contracts;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Inbound;
using LivcR.Support.Silo.Mail.Intake;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static LivcR.Support.Tests.MailChannel.MailIntakeFixture;

namespace LivcR.Support.Tests.MailChannel;

/// <summary>The whole channel on PostgreSQL storage: intake tables, outbox delivery and thread, quarantine.</summary>
public sealed class PostgreSqlMailTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IAsyncLifetime
{
    private readonly DovecotServer _imap = new();
    private SmtpPeer _smtp = null!;

    public async Task InitializeAsync()
    {
        await _imap.InitializeAsync();
        _imap.AddUser(User, Password);
        _smtp = new SmtpPeer();
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        await _imap.DisposeAsync();
    }

    [Fact]
    public async Task QuestionReplyAcknowledgementAndQuarantine_WorkOnPostgreSql()
    {
        var settings = Settings(_imap, _smtp);
        settings["Persistence:Provider"] = "PostgreSql";
        settings["Persistence:ConnectionString"] = postgres.ConnectionString();
        settings["Orleans:ClusterId"] = "pg-mail-" + Guid.NewGuid().ToString("N")[..8];
        settings["Orleans:ServiceId"] = "livcr-support-mail-tests";
        settings["Orleans:AdvertisedIPAddress"] = "127.0.0.1";
        await using var gateway = await GatewayHost.StartAsync(settings);
        var grains = gateway.Services.GetRequiredService<IGrainFactory>();
        await grains.Person(GentCoordinator).SaveProfileAsync("An De Smet");
        await grains.Person(GentCoordinator).GrantAsync(new RoleGrant(Role.Municipal, "44021"));
        var question = Compose(GentCoordinator, "Vraag op PostgreSQL", "Werkt dit ook in een cluster?");
        var loop = Compose(Address, "Van onszelf", "Lus.");

        await _imap.AppendAsync(User, Password, question, loop);
        Assert.True(await _imap.WaitForCountAsync(User, Password, "INBOX", 0, TimeSpan.FromSeconds(60)));
        var number = await gateway.Services.GetRequiredService<InboundMailStore>().TicketOfAsync(MailDedupeKey.For(question));
        var ack = await _smtp.WaitForAsync(GentCoordinator, TimeSpan.FromSeconds(30));
        var reply = Compose(GentCoordinator, "Re: je vraag", "Een aanvulling.", inReplyTo: ack!.MessageId);
        await _imap.AppendAsync(User, Password, reply);
        Assert.True(await _imap.WaitForCountAsync(User, Password, "INBOX", 0, TimeSpan.FromSeconds(60)));
        var ticket = await grains.GetGrain<ITicketGrain>(number!).GetAsync(TicketAudience.Staff);
        var token = await gateway.StaffTokenAsync();
        var (_, outbox) = await gateway.PostAsync("{ mailOutbox(status: SENT, first: 10) { ticketNumber kind } }", null, token);
        var (_, quarantine) = await gateway.PostAsync("{ mailQuarantine(first: 10) { reason sender } }", null, token);
        var (_, read) = await gateway.PostAsync("query($n: String!) { ticket(number: $n) { entries { kind mail { messageId fullText } } } }", new { n = number }, token);

        Assert.Equal("44021", ticket!.MunicipalityNisCode);
        Assert.Equal(["Werkt dit ook in een cluster?", "Een aanvulling."], ticket.Messages.Select(m => m.Body).ToArray());
        Assert.Equal(question.MessageId, ack.InReplyTo);
        Assert.Contains(outbox["data"]!["mailOutbox"]!.AsArray(), m => m!["ticketNumber"]?.GetValue<string>() == number && m["kind"]!.GetValue<string>() == "ACKNOWLEDGEMENT");
        Assert.Contains(quarantine["data"]!["mailQuarantine"]!.AsArray(), m => m!["sender"]?.GetValue<string>() == Address);
        Assert.Equal(
            [question.MessageId!, reply.MessageId!],
            read["data"]!["ticket"]!["entries"]!.AsArray().Where(e => e!["kind"]!.GetValue<string>() == "MESSAGE").Select(e => e!["mail"]!["messageId"]!.GetValue<string>()).ToArray());
    }

    [Fact]
    public async Task TwoDifferentMailsWithOneMessageId_AreTwoTickets_AndTwoDifferentBouncesTwoQuarantineRows_OnPostgreSql()
    {
        var settings = Settings(_imap, _smtp);
        settings["Persistence:Provider"] = "PostgreSql";
        settings["Persistence:ConnectionString"] = postgres.ConnectionString();
        settings["Orleans:ClusterId"] = "pg-reuse-" + Guid.NewGuid().ToString("N")[..8];
        settings["Orleans:ServiceId"] = "livcr-support-mail-tests";
        settings["Orleans:AdvertisedIPAddress"] = "127.0.0.1";
        await using var gateway = await GatewayHost.StartAsync(settings);
        var grains = gateway.Services.GetRequiredService<IGrainFactory>();
        var store = gateway.Services.GetRequiredService<InboundMailStore>();
        var shared = $"{Guid.NewGuid():N}@kapot-mailprogramma.example";
        var first = Compose(GentCoordinator, "Eerste vraag", "Een eerste vraag.", messageId: shared);
        var second = Compose(GentCoordinator, "Tweede vraag", "Een tweede, andere vraag.", messageId: shared);
        var bounceId = $"{Guid.NewGuid():N}@mx.elders.example";
        MimeKit.MimeMessage Bounce(string recipient) => Parse(System.Text.RegularExpressions.Regex.Replace(
            Mail.MailClassifierTests.Dsn($"{Guid.NewGuid():N}@elders.example", "Iets", (recipient, "failed", "5.1.1", "smtp; 550 User unknown")),
            "Message-ID: <[0-9a-f]{32}@mx\\.vvsg\\.example>",
            $"Message-ID: <{bounceId}>"));

        await _imap.AppendAsync(User, Password, first);
        Assert.True(await _imap.WaitForCountAsync(User, Password, "INBOX", 0, TimeSpan.FromSeconds(60)));
        await _imap.AppendAsync(User, Password, second, first, Bounce("een@gent.example"), Bounce("twee@gent.example"));
        Assert.True(await _imap.WaitForCountAsync(User, Password, "INBOX", 0, TimeSpan.FromSeconds(60)));
        var a = await grains.GetGrain<ITicketGrain>((await store.TicketOfAsync(MailDedupeKey.For(first)))!).GetAsync(TicketAudience.Staff);
        var b = await grains.GetGrain<ITicketGrain>((await store.TicketOfAsync(MailDedupeKey.For(second)))!).GetAsync(TicketAudience.Staff);
        var (_, quarantine) = await gateway.PostAsync("{ mailQuarantine(first: 100) { id messageId } }", null, await gateway.StaffTokenAsync());

        Assert.NotEqual(a!.Number, b!.Number);
        Assert.Equal("Een eerste vraag.", Assert.Single(a.Messages).Body);
        Assert.Equal("Een tweede, andere vraag.", Assert.Single(b.Messages).Body);
        Assert.DoesNotContain(a.Entries, e => e.Body.StartsWith("Message-ID hergebruikt", StringComparison.Ordinal));
        Assert.Contains(b.Entries, e => e.Kind == TicketEntryKind.SystemEvent && e.Body.StartsWith("Message-ID hergebruikt", StringComparison.Ordinal));
        Assert.Equal(2, quarantine["data"]!["mailQuarantine"]!.AsArray().Count(m => m!["messageId"]?.GetValue<string>() == bounceId));
        Assert.Equal(3, await _imap.CountWithIdAsync(User, Password, "Verwerkt", shared));
    }
}
