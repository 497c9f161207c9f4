using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Storage;

namespace LivcR.Support.TestSupport;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free loopback port that keeps what it receives: for the tests, and for
/// the benchmarks, which read the mailed sign-in codes as a person reads their mail.
/// </summary>
public sealed class SmtpPeer : IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly Store _store = new();
    private readonly Task _running;

    /// <summary>A peer on a free loopback port.</summary>
    public SmtpPeer()
        : this(FreePort.Next())
    {
    }

    /// <summary>A peer on a given port (e.g. one a test first left closed to play an SMTP server that is down).</summary>
    public SmtpPeer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(CancellationToken.None);
    }

    /// <summary>The loopback port it listens on.</summary>
    public int Port { get; }

    /// <summary>Settings that point the system's outgoing mail at this peer.</summary>
    public IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:From"] = "radicalisering@vvsg.example",
    };

    /// <summary>Every message received so far.</summary>
    public IReadOnlyCollection<MimeMessage> Received => _store.Messages;

    /// <summary>Waits for a message to this address; null when none came in time.</summary>
    public async Task<MimeMessage?> WaitForAsync(string to, TimeSpan timeout, int skip = 0, string? subjectContains = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var match = _store.Messages
                .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)))
                .Where(m => subjectContains is null || (m.Subject ?? string.Empty).Contains(subjectContains, StringComparison.Ordinal))
                .Skip(skip).FirstOrDefault();
            if (match is not null)
            {
                return match;
            }

            await Task.Delay(50);
        }

        return null;
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        _server.Shutdown();
        await _server.ShutdownTask;
        await _running;
    }

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
