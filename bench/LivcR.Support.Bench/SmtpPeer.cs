using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using SmtpServer;
using SmtpServer.Storage;

namespace LivcR.Support.Bench;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free loopback port in the bench process: the system mails its sign-in
/// codes here, and the bench reads them as a person reads their mail.
/// </summary>
internal sealed partial class SmtpPeer : IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly Store _store = new();
    private readonly Task _running;

    public SmtpPeer()
    {
        Port = FreePort.Next();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(CancellationToken.None);
    }

    public int Port { get; }

    /// <summary>Settings that point the system's outgoing mail at this peer.</summary>
    public IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Smtp:Host", "127.0.0.1"),
        new("Smtp:Port", Port.ToString(CultureInfo.InvariantCulture)),
        new("Smtp:Security", "None"),
        new("Smtp:From", "helpdesk@vvsg.example"),
    ];

    /// <summary>The six-digit code of the first sign-in mail to <paramref name="email"/>; waits for it up to <paramref name="timeout"/>.</summary>
    public async Task<string> SignInCodeAsync(string email, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var mail = _store.Messages.FirstOrDefault(m =>
                m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase))
                && (m.Subject ?? "").Contains("aanmeldcode", StringComparison.Ordinal));
            if (mail is not null && SixDigits().Match(mail.TextBody ?? mail.HtmlBody ?? "") is { Success: true } code)
            {
                return code.Value;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No sign-in mail for {email} within {timeout.TotalSeconds:0} s.");
    }

    public async ValueTask DisposeAsync()
    {
        _server.Shutdown();
        await _server.ShutdownTask;
        await _running;
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpServer.Protocol.SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpServer.Protocol.SmtpResponse.Ok;
        }
    }
}
