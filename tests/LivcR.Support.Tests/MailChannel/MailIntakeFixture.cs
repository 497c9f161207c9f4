using System.Text;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Inbound;
using LivcR.Support.Silo.Mail.Intake;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LivcR.Support.Tests.MailChannel;

/// <summary>
/// A real dovecot with the helpdesk's mailbox, a real SMTP peer, and a standalone gateway whose silo reads that mailbox
/// and mails through that peer. People: a coordinator of Gent (44021), a prevention officer of Hasselt (71072), staff;
/// Gent's email domain is gent.example.
/// </summary>
public sealed class MailIntakeFixture : IAsyncLifetime
{
    public const string User = "helpdesk";
    public const string Password = "geheim-wachtwoord";
    public const string Mailbox = "radicalisering";
    public const string Address = "radicalisering@vvsg.example";
    public const string Secret = "mail intake tests: a Message-ID secret long enough for HMAC";
    public const string GentCoordinator = "coordinator@gent.example";
    public const string HasseltOfficer = "preventie@hasselt.example";
    public const string StaffMember = "els@vvsg.example";

    private readonly TempDirectory _data = new();

    public DovecotServer Imap { get; } = new();

    public SmtpPeer Smtp { get; private set; } = null!;

    public GatewayHost Gateway { get; private set; } = null!;

    public IGrainFactory Grains => Gateway.Services.GetRequiredService<IGrainFactory>();

    public MailIntakeHooks Hooks => Gateway.Services.GetRequiredService<MailIntakeHooks>();

    public async Task InitializeAsync()
    {
        await Imap.InitializeAsync();
        Imap.AddUser(User, Password);
        Smtp = new SmtpPeer();
        Gateway = await GatewayHost.StartStandaloneAsync(_data.File("intake.db"), Settings(Imap, Smtp));
        await PersonAsync(GentCoordinator, "An De Smet", new RoleGrant(Role.Municipal, "44021"));
        await PersonAsync(HasseltOfficer, "Jo Peeters", new RoleGrant(Role.Municipal, "71072"));
        await PersonAsync(StaffMember, "Els Janssens", new RoleGrant(Role.Staff, null));
        await Grains.Municipality("44021").SetEmailDomainsAsync(["gent.example"]);
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Smtp.DisposeAsync();
        await Imap.DisposeAsync();
        _data.Dispose();
    }

    /// <summary>The settings of a gateway that reads the helpdesk mailbox of <paramref name="imap"/> and mails through <paramref name="smtp"/>.</summary>
    public static Dictionary<string, string> Settings(DovecotServer imap, SmtpPeer smtp)
    {
        var settings = new Dictionary<string, string>(smtp.Settings)
        {
            ["Mail:MessageIdSecret"] = Secret,
            ["Mail:PortalBaseUrl"] = "https://helpdesk.vvsg.example",
            ["Mail:Outbox:PollSeconds"] = "1",
            ["Mail:NoAcknowledgementSenders:0"] = "^nieuwsbrief@",
        };
        foreach (var (key, value) in imap.MailboxSettings(Mailbox, User, Password, Address))
        {
            settings[key] = value;
        }

        return settings;
    }

    public async Task PersonAsync(string email, string name, params RoleGrant[] roles)
    {
        var person = Grains.Person(email);
        await person.SaveProfileAsync(name);
        foreach (var role in roles)
        {
            await person.GrantAsync(role);
        }
    }

    /// <summary>Puts the messages in the inbox and waits until the reader moved them all out of it.</summary>
    public async Task DeliverAsync(params MimeMessage[] messages)
    {
        await Imap.AppendAsync(User, Password, messages);
        Assert.True(await Imap.WaitForCountAsync(User, Password, "INBOX", 0, TimeSpan.FromSeconds(60)), "The reader did not empty the inbox.");
    }

    /// <summary>The ticket a mail went to (by its dedupe key), or null.</summary>
    public async Task<TicketView?> TicketOfAsync(MimeMessage message)
    {
        var number = await Gateway.Services.GetRequiredService<InboundMailStore>().TicketOfAsync(MailDedupeKey.For(message));
        return number is null ? null : await TicketAsync(number);
    }

    public Task<TicketView?> TicketAsync(string number) => Grains.GetGrain<ITicketGrain>(number).GetAsync(TicketAudience.Staff);

    /// <summary>A plain-text mail.</summary>
    public static MimeMessage Compose(string from, string subject, string body, string? inReplyTo = null, string? references = null, string? messageId = null, string? cc = null, string headers = "")
    {
        var raw = new StringBuilder();
        raw.Append($"From: {from}\nTo: {Address}\n");
        if (cc is not null)
        {
            raw.Append($"Cc: {cc}\n");
        }

        raw.Append($"Subject: {subject}\nDate: Tue, 03 Mar 2026 10:00:00 +0100\nMessage-ID: <{messageId ?? Guid.NewGuid().ToString("N") + "@test.example"}>\n");
        if (inReplyTo is not null)
        {
            raw.Append($"In-Reply-To: <{inReplyTo}>\n");
        }

        if (references is not null)
        {
            raw.Append($"References: {references}\n");
        }

        raw.Append(headers);
        raw.Append("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n");
        raw.Append(body).Append('\n');
        return Parse(raw.ToString());
    }

    /// <summary>Parses a mail written out as text (CRLF line ends) in the given encoding (UTF-8 by default).</summary>
    public static MimeMessage Parse(string raw, Encoding? encoding = null) =>
        MimeMessage.Load(new MemoryStream((encoding ?? Encoding.UTF8).GetBytes(raw.ReplaceLineEndings("\r\n"))));
}

[CollectionDefinition(Name)]
public sealed class MailIntakeCollection : ICollectionFixture<MailIntakeFixture>
{
    public const string Name = "mail-intake";
}
