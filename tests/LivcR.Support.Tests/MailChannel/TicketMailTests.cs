using System.Text.Json.Nodes;
using LivcR.Support.Contracts.People;
using LivcR.Support.Tests.Infrastructure;
using MimeKit;

namespace LivcR.Support.Tests.MailChannel;

/// <summary>The mail tickets send, end to end: portal → ticket → outbox → real SMTP peer.</summary>
public sealed class TicketMailTests : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private SmtpPeer _smtp = null!;
    private GatewayHost _gateway = null!;

    public async Task InitializeAsync()
    {
        _smtp = new SmtpPeer();
        var settings = new Dictionary<string, string>(_smtp.Settings)
        {
            ["Mail:PortalBaseUrl"] = "https://helpdesk.vvsg.example",
            ["Mail:Outbox:PollSeconds"] = "1",
        };
        _gateway = await GatewayHost.StartStandaloneAsync(_data.File("ticket-mail.db"), settings);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _smtp.DisposeAsync();
        _data.Dispose();
    }

    private async Task<JsonNode> DataAsync(string document, object? variables, string token)
    {
        var (_, body) = await _gateway.PostAsync(document, variables, token);
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }

    private async Task<(string Email, string Token)> MunicipalAsync()
    {
        var email = $"{Guid.NewGuid().ToString("N")[..10]}@gent.example";
        return (email, await _gateway.TokenAsync(email, new RoleGrant(Role.Municipal, "44021")));
    }

    private async Task<string> SubmitAsync(string token, string subject) =>
        (await DataAsync(
            "mutation($s: String!) { submitHelpdeskRequest(input: {municipalityNisCode: \"44021\", subject: $s, body: \"Een vraag.\"}) { number } }",
            new { s = subject }, token))["submitHelpdeskRequest"]!["number"]!.GetValue<string>();

    private async Task<MimeMessage> MailAsync(string to, int skip = 0) =>
        await _smtp.WaitForAsync(to, TimeSpan.FromSeconds(20), skip) ?? throw new Xunit.Sdk.XunitException($"No mail {skip + 1} to {to}.");

    [Fact]
    public async Task NewTicket_IsAcknowledged_WithNumberAndPortalLink()
    {
        var (email, token) = await MunicipalAsync();

        var number = await SubmitAsync(token, "Zorg over een leerling");
        var mail = await MailAsync(email);

        Assert.Equal($"[VVSG #{number}] Je vraag is goed aangekomen", mail.Subject);
        Assert.Contains($"Ze kreeg het nummer {number}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://helpdesk.vvsg.example/tickets/{number}", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal("auto-replied", mail.Headers["Auto-Submitted"]);
        Assert.Equal("All", mail.Headers["X-Auto-Response-Suppress"]);
    }

    [Fact]
    public async Task RequesterWhoChoseFrench_GetsTheAcknowledgementInFrench()
    {
        var (email, token) = await MunicipalAsync();
        await DataAsync("mutation { setMyMailLanguage(language: FR) { email } }", null, token);

        var number = await SubmitAsync(token, "Question en français");
        var mail = await MailAsync(email);

        Assert.Equal($"[VVSG #{number}] Votre question a bien été reçue", mail.Subject);
        Assert.Contains($"Elle porte le numéro {number}", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffReply_IsMailed_InternalNote_IsNever_StatusChangeIs()
    {
        var (email, token) = await MunicipalAsync();
        var staff = await _gateway.StaffTokenAsync();
        var number = await SubmitAsync(token, "Vraag met antwoord");
        var ack = await MailAsync(email);

        await DataAsync("mutation($n: String!) { addInternalNote(number: $n, body: \"GEHEIM: enkel voor VVSG\") { version } }", new { n = number }, staff);
        await DataAsync("mutation($n: String!) { replyToTicket(number: $n, body: \"Dag An, bel ons gerust.\") { version } }", new { n = number }, staff);
        var reply = await MailAsync(email, skip: 1);
        await DataAsync("mutation($n: String!) { triageTicket(number: $n, input: {status: RESOLVED}) { version } }", new { n = number }, staff);
        var resolved = await MailAsync(email, skip: 2);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var all = _smtp.Received.Where(m => m.To.Mailboxes.Any(a => a.Address == email)).ToList();

        Assert.Equal($"[VVSG #{number}] Antwoord op je vraag: Vraag met antwoord", reply.Subject);
        Assert.StartsWith("Dag An, bel ons gerust.", reply.TextBody, StringComparison.Ordinal);
        Assert.Null(reply.Headers["Auto-Submitted"]);
        Assert.Equal(ack.MessageId, reply.InReplyTo);
        Assert.Equal($"[VVSG #{number}] Je vraag is opgelost", resolved.Subject);
        Assert.Equal(3, all.Count);
        Assert.DoesNotContain(all, m => m.TextBody?.Contains("GEHEIM", StringComparison.Ordinal) == true);
    }
}
