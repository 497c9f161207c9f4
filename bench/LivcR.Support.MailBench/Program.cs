using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Gateway.Hosting;
using LivcR.Support.MailBench;
using LivcR.Support.Silo.Mail.Intake;
using LivcR.Support.Silo.Municipalities;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

// Mail intake benchmark: N messages queued in dovecot → tickets written (standalone, SQLite), and MailKit's raw rate.
var invariant = CultureInfo.InvariantCulture;
var messages = Argument("--messages", 2000);
var concurrency = Argument("--concurrency", 16);
var output = ArgumentText("--output") ?? Path.Combine(RepositoryRoot.Find() ?? Environment.CurrentDirectory, "bench", "RESULTS-mail.md");
const string User = "helpdesk";
const string Password = "bench-wachtwoord";

var data = Path.Combine(Path.GetTempPath(), "livcr-mailbench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(data);
var started = DateTimeOffset.UtcNow;
var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
var imapPort = 0;
try
{
    await using var dovecot = await LocalDovecot.StartAsync(durable: true);
    dovecot.AddUser(User, Password);
    imapPort = dovecot.Port;
    Console.WriteLine($"dovecot on 127.0.0.1:{dovecot.Port}; {messages} messages, handling concurrency {concurrency}");

    // 1. Seed people, domains and the tickets the replies answer (not measured), with no mailbox configured.
    MailCorpus corpus;
    await using (var seeding = await StartAsync(mailbox: false))
    {
        var directory = seeding.Services.GetRequiredService<MunicipalityDirectory>();
        corpus = new MailCorpus(directory.All.Select(m => m.NisCode).Order(StringComparer.Ordinal).ToList(), messages);
        await corpus.SeedAsync(seeding.Services.GetRequiredService<IGrainFactory>());
        await seeding.StopAsync();
    }

    // 2. Queue all messages in the inbox.
    var queueing = Stopwatch.StartNew();
    using (var client = await ConnectAsync())
    {
        foreach (var message in corpus.Messages())
        {
            await client.Inbox.AppendAsync(message, MessageFlags.None);
        }

        await client.DisconnectAsync(true);
    }

    Console.WriteLine($"queued {messages} messages in {queueing.Elapsed.TotalSeconds:0.0} s ({corpus.Replies} replies by tag, {messages - corpus.Replies} new questions)");

    // 3. Start the system with the mailbox: time from the reader's connection to the last message moved.
    var durations = new List<double>(messages);
    using var listener = new MeterListener();
    listener.InstrumentPublished = (instrument, l) =>
    {
        if (instrument.Meter.Name == MailIntakeMetrics.MeterName && instrument.Name == MailIntakeMetrics.HandlingName)
        {
            l.EnableMeasurementEvents(instrument);
        }
    };
    listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
    {
        lock (durations)
        {
            durations.Add(value);
        }
    });
    listener.Start();

    MailboxStatus status;
    DateTimeOffset finished;
    DateTimeOffset? firstConnected = null;
    await using (var intake = await StartAsync(mailbox: true))
    {
        var reader = intake.Services.GetRequiredService<IGrainFactory>().GetGrain<IMailboxGrain>("radicalisering");
        var deadline = DateTime.UtcNow.AddMinutes(30);
        while (true)
        {
            status = await reader.GetStatusAsync();
            // The window starts at the first connection: a reconnect later must not shorten it.
            firstConnected ??= status.LastConnectedAt;
            if (status.Processed + status.Quarantined >= messages)
            {
                finished = DateTimeOffset.UtcNow;
                break;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {status.Processed} of {messages} messages handled in 30 minutes ({status.LastError}).");
            }

            await Task.Delay(20);
        }

        await intake.StopAsync();
    }

    var (rows, withTicket, tickets) = await CountAsync(Path.Combine(data, "livcr-support.db"));
    var elapsed = finished - firstConnected!.Value;
    var rate = messages / elapsed.TotalSeconds;
    double[] sorted;
    lock (durations)
    {
        sorted = [.. durations.Order()];
    }

    Console.WriteLine($"intake: {messages} messages in {elapsed.TotalSeconds:0.00} s = {rate:0.0} messages/s; handling p50 {Percentile(sorted, 0.50):0.0} ms, p99 {Percentile(sorted, 0.99):0.0} ms; quarantined {status.Quarantined}");

    // 4. MailKit alone: fetch and parse the same messages (now in the processed folder), the way the reader does.
    var (rawRate, rawElapsed) = await RawRateAsync();
    Console.WriteLine($"MailKit alone: {messages} messages fetched and parsed in {rawElapsed.TotalSeconds:0.00} s = {rawRate:0.0} messages/s; ratio {rate / rawRate:0.000}");

    await File.WriteAllTextAsync(output, Report(started, elapsed, rate, sorted, status, rows, withTicket, tickets, corpus.Replies, rawRate, rawElapsed));
    Console.WriteLine($"written to {output}");
    return 0;
}
finally
{
    SqliteConnection.ClearAllPools();
    try
    {
        Directory.Delete(data, recursive: true);
    }
    catch (IOException)
    {
        // A file still held open by the finished host; the OS temp cleaner takes it.
    }
}

async Task<Microsoft.AspNetCore.Builder.WebApplication> StartAsync(bool mailbox)
{
    var settings = new Dictionary<string, string>
    {
        ["urls"] = "http://127.0.0.1:0",
        ["environment"] = "Production",
        ["Orleans:SiloPort"] = FreePort.Next().ToString(invariant),
        ["Orleans:GatewayPort"] = FreePort.Next().ToString(invariant),
        ["Orleans:ClusterId"] = "mailbench-" + Guid.NewGuid().ToString("N")[..8],
        ["Serilog:MinimumLevel:Default"] = "Warning",
        ["Auth:SigningKeyPath"] = Path.Combine(data, "signing-key"),
        ["Persistence:Provider"] = "Sqlite",
        ["Persistence:SqlitePath"] = Path.Combine(data, "livcr-support.db"),
        ["Mail:MessageIdSecretPath"] = Path.Combine(data, "message-id-secret"),
        ["Smtp:From"] = "radicalisering@vvsg.example",
    };
    if (mailbox)
    {
        settings["Mail:Mailboxes:0:Name"] = "radicalisering";
        settings["Mail:Mailboxes:0:Address"] = MailCorpus.Mailbox;
        settings["Mail:Mailboxes:0:Host"] = "127.0.0.1";
        settings["Mail:Mailboxes:0:Port"] = imapPort.ToString(invariant);
        settings["Mail:Mailboxes:0:Security"] = "None";
        settings["Mail:Mailboxes:0:Username"] = User;
        settings["Mail:Mailboxes:0:Password"] = Password;
        settings["Mail:Mailboxes:0:Concurrency"] = concurrency.ToString(invariant);
    }

    var app = await GatewayApp.BuildAsync(settings.Select(kv => $"--{kv.Key}={kv.Value}").ToArray())
        ?? throw new InvalidOperationException("The gateway refused to start (see the log above).");
    await app.StartAsync();
    return app;
}

async Task<ImapClient> ConnectAsync()
{
    var client = new ImapClient();
    await client.ConnectAsync("127.0.0.1", imapPort, SecureSocketOptions.None);
    await client.AuthenticateAsync(User, Password);
    return client;
}

async Task<(double Rate, TimeSpan Elapsed)> RawRateAsync()
{
    using var client = await ConnectAsync();
    var folder = await client.GetFolderAsync("Verwerkt");
    await folder.OpenAsync(FolderAccess.ReadOnly);
    var clock = Stopwatch.StartNew();
    var uids = await folder.SearchAsync(SearchQuery.All);
    var parsed = 0;
    foreach (var uid in uids)
    {
        var message = await folder.GetMessageAsync(uid);
        parsed += message.Subject is null ? 0 : 1;
    }

    clock.Stop();
    await client.DisconnectAsync(true);
    return (parsed / clock.Elapsed.TotalSeconds, clock.Elapsed);
}

static async Task<(long Rows, long WithTicket, long Tickets)> CountAsync(string database)
{
    await using var connection = new SqliteConnection($"Data Source={database}");
    await connection.OpenAsync();
    async Task<long> ScalarAsync(string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    return (await ScalarAsync("SELECT COUNT(*) FROM livcr_mail_inbound"),
        await ScalarAsync("SELECT COUNT(*) FROM livcr_mail_inbound WHERE ticket_number IS NOT NULL"),
        await ScalarAsync("SELECT COUNT(DISTINCT ticket_number) FROM livcr_mail_inbound"));
}

static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

string Report(DateTimeOffset at, TimeSpan elapsed, double rate, double[] sorted, MailboxStatus status, long rows, long withTicket, long tickets, int replies, double rawRate, TimeSpan rawElapsed)
{
    var target = rate >= 100 ? "met" : "**not met**";
    return string.Create(invariant, $$"""
        # Mail intake benchmark

        Run {{at:yyyy-MM-dd HH:mm}} UTC on {{Environment.ProcessorCount}} cores (nproc), {{Environment.OSVersion.VersionString}}, .NET {{Environment.Version}};
        load average at the start {{load}} (the machine is shared with other builds, so the figures are pessimistic).
        {{messages}} messages queued in dovecot ({{messages - replies}} new questions: a third each from known people, from unknown
        people in a municipality's email domain and from strangers, one in ten with a 20 KiB PDF; {{replies}} replies by subject tag
        with quoted history to 300 tickets seeded before the run). Standalone mode: one process, co-hosted silo, SQLite.

        | figure | value |
        | --- | ---: |
        | intake: messages/s to tickets written | **{{rate:0.0}}** |
        | intake: wall time for {{messages}} messages | {{elapsed.TotalSeconds:0.00}} s |
        | handling per message p50 / p90 / p99 (ms) | {{Percentile(sorted, 0.50):0.0}} / {{Percentile(sorted, 0.90):0.0}} / {{Percentile(sorted, 0.99):0.0}} |
        | handling per message max (ms) | {{(sorted.Length == 0 ? 0 : sorted[^1]):0.0}} |
        | messages moved to processed / quarantine | {{status.Processed}} / {{status.Quarantined}} |
        | intake rows / with a ticket / distinct tickets | {{rows}} / {{withTicket}} / {{tickets}} |
        | MailKit alone: fetch + parse, messages/s | {{rawRate:0.0}} ({{rawElapsed.TotalSeconds:0.00}} s) |
        | ratio intake ÷ MailKit alone | {{rate / rawRate:0.000}} |

        Target: ≥ 100 messages/s standalone — {{target}}.

        ## How it is measured

        - `dotnet run -c Release --project bench/LivcR.Support.MailBench -- --messages {{messages}} --concurrency {{concurrency}}`.
        - dovecot (Debian's `dovecot-imapd`) on a free loopback port with a throwaway configuration and Maildir (default
          durability), stopped by PID. The messages are put in its inbox with IMAP APPEND before the system starts.
        - The system runs in this process: a gateway with a co-hosted silo (`GatewayApp.BuildAsync`, Production, Serilog at
          Warning), SQLite in a temp folder, one configured mailbox read by its reader grain with {{concurrency}} mails handled
          at a time. No SMTP server is configured: acknowledgements are stored in the outbox as held (the same write).
        - Throughput = messages ÷ (time the last message was moved − time the reader connected), read from the mailbox
          status every 20 ms. Per message = the handler's time for one mail (classify, read content, resolve the sender,
          store attachments, record the ticket number, ticket write with its read-model row, record the mail), from the
          `livcr.mail.intake.handling` histogram; fetching and moving happen per batch of 50 and are in the throughput only.
        - MailKit alone: one connection fetches and parses the same {{messages}} messages (now in the processed folder) one
          by one with `GetMessageAsync`, as the reader does, without handling or moving them.
        """);
}

int Argument(string name, int fallback)
{
    var text = ArgumentText(name);
    return text is null ? fallback : int.Parse(text, invariant);
}

string? ArgumentText(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
