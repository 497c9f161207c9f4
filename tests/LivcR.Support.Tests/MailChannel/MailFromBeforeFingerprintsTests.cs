using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Inbound;
using LivcR.Support.Silo.Mail.Intake;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using static LivcR.Support.Tests.MailChannel.MailIntakeFixture;

namespace LivcR.Support.Tests.MailChannel;

/// <summary>
/// A database from before mail keys carried a fingerprint (a mail keyed on its Message-ID alone, in the ticket's state and
/// in the intake tables), upgraded by migration 043 on the next start, on SQLite and on PostgreSQL: that mail read again
/// is still a duplicate, a different mail with its Message-ID is a ticket of its own, replies still thread to the old ticket.
/// </summary>
public sealed class MailFromBeforeFingerprintsTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IAsyncLifetime
{
    private const string Migration = "043-livcr-mail-message-id.sql";

    private readonly TempDirectory _data = new();
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
        _data.Dispose();
    }

    [Fact]
    public Task MailRecordedBeforeFingerprints_OnSqlite_IsStillADuplicate_AndItsMessageIdStillThreads()
    {
        var settings = Settings(_imap, _smtp);
        settings["Persistence:Provider"] = "Sqlite";
        settings["Persistence:SqlitePath"] = _data.File("before.db");
        return UpgradeAsync(settings);
    }

    [Fact]
    public Task MailRecordedBeforeFingerprints_OnPostgreSql_IsStillADuplicate_AndItsMessageIdStillThreads()
    {
        var settings = Settings(_imap, _smtp);
        settings["Persistence:Provider"] = "PostgreSql";
        settings["Persistence:ConnectionString"] = postgres.ConnectionString();
        settings["Orleans:ServiceId"] = "livcr-support-before-tests";
        settings["Orleans:AdvertisedIPAddress"] = "127.0.0.1";
        return UpgradeAsync(settings);
    }

    private static async Task<string> OpenAsTheVersionBeforeAsync(GatewayHost gateway, MimeMessage mail)
    {
        // What the intake did before: the Message-ID alone as the key, in the ticket's state, livcr_mail_inbound and the thread.
        var key = mail.MessageId!;
        var grains = gateway.Services.GetRequiredService<IGrainFactory>();
        var store = gateway.Services.GetRequiredService<InboundMailStore>();
        var content = InboundContentReader.Read(mail);
        var sender = await gateway.Services.GetRequiredService<SenderResolver>().ResolveAsync(content.From!.Address);
        var author = MailTicketFactory.Author(content.From, sender);
        var now = DateTimeOffset.UtcNow;
        var number = await store.ClaimAsync(key, Mailbox, key, await grains.HelpdeskIntake().ReserveNumberAsync(), now);
        var request = MailTicketFactory.NewTicket(content, author, sender.MunicipalityNisCode, now);
        await grains.GetGrain<ITicketGrain>(number).OpenFromMailAsync(request, new InboundMail(key, key, author, request.Body, now, [], [], Mailbox));
        await store.RecordAsync(key, Mailbox, key, number, content.Text, content.SafeHtml, now);
        return number;
    }

    private static async Task ForgetMigrationAsync(GatewayHost gateway)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(gateway.Services.GetRequiredService<IOptions<PersistenceOptions>>().Value);
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP TABLE livcr_mail_message_id; DELETE FROM livcr_schema_history WHERE script_name = '{Migration}';";
        await command.ExecuteNonQueryAsync();
    }

    private async Task UpgradeAsync(Dictionary<string, string> settings)
    {
        var requester = $"{Guid.NewGuid().ToString("N")[..10]}@gent.example";
        var messageId = $"{Guid.NewGuid():N}@kapot-mailprogramma.example";
        var old = Compose(requester, "Vraag van voor de update", "Een vraag die de vorige versie opnam.", messageId: messageId);
        var different = Compose(requester, "Een nieuwe vraag", "Een andere vraag met dezelfde Message-ID.", messageId: messageId);
        var reply = Compose(requester, "Re: Vraag van voor de update", "Een aanvulling op de oude vraag.", inReplyTo: messageId);
        string number;
        TicketView before;
        settings["Orleans:ClusterId"] = "before-" + Guid.NewGuid().ToString("N")[..8];
        await using (var first = await GatewayHost.StartAsync(settings))
        {
            number = await OpenAsTheVersionBeforeAsync(first, old);
            before = (await first.Services.GetRequiredService<IGrainFactory>().GetGrain<ITicketGrain>(number).GetAsync(TicketAudience.Staff))!;
            await ForgetMigrationAsync(first);
        }

        settings["Orleans:ClusterId"] = "after-" + Guid.NewGuid().ToString("N")[..8];
        await using var second = await GatewayHost.StartAsync(settings);
        var grains = second.Services.GetRequiredService<IGrainFactory>();
        var store = second.Services.GetRequiredService<InboundMailStore>();
        await _imap.AppendAsync(User, Password, old);
        Assert.True(await _imap.WaitForCountAsync(User, Password, "INBOX", 0, TimeSpan.FromSeconds(60)));
        var readAgain = await grains.GetGrain<ITicketGrain>(number).GetAsync(TicketAudience.Staff);
        await _imap.AppendAsync(User, Password, different);
        Assert.True(await _imap.WaitForCountAsync(User, Password, "INBOX", 0, TimeSpan.FromSeconds(60)));
        await _imap.AppendAsync(User, Password, reply);
        Assert.True(await _imap.WaitForCountAsync(User, Password, "INBOX", 0, TimeSpan.FromSeconds(60)));
        var newNumber = await store.TicketOfAsync(MailDedupeKey.For(different));
        var own = await grains.GetGrain<ITicketGrain>(newNumber!).GetAsync(TicketAudience.Staff);
        var after = await grains.GetGrain<ITicketGrain>(number).GetAsync(TicketAudience.Staff);
        var (_, shown) = await second.PostAsync("query($n: String!) { ticket(number: $n) { entries { kind mail { messageId fullText } } } }", new { n = number }, await second.StaffTokenAsync());

        Assert.Equal(before.Version, readAgain!.Version);
        Assert.Null(await store.TicketOfAsync(MailDedupeKey.For(old)));
        Assert.NotEqual(number, newNumber);
        Assert.Equal("Een andere vraag met dezelfde Message-ID.", Assert.Single(own!.Messages).Body);
        Assert.Contains(own.Entries, e => e.Kind == TicketEntryKind.SystemEvent && e.Body.StartsWith("Message-ID hergebruikt", StringComparison.Ordinal));
        Assert.Equal(["Een vraag die de vorige versie opnam.", "Een aanvulling op de oude vraag."], after!.Messages.Select(m => m.Body).ToArray());
        var firstMail = shown["data"]!["ticket"]!["entries"]!.AsArray().First(e => e!["kind"]!.GetValue<string>() == "MESSAGE")!["mail"]!;
        Assert.Equal(messageId, firstMail["messageId"]!.GetValue<string>());
        Assert.Equal("Een vraag die de vorige versie opnam.", firstMail["fullText"]!.GetValue<string>());
    }
}
