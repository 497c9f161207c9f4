using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace LivcR.Support.Tests.Infrastructure;

/// <summary>
/// A real IMAP server (<see cref="LocalDovecot"/>: Debian's dovecot, throwaway configuration and Maildir, a free loopback
/// port, stopped by PID) as an xunit fixture, with the IMAP helpers the tests use to deliver and inspect mail.
/// </summary>
public sealed class DovecotServer(bool withMove = true) : IAsyncLifetime
{
    private LocalDovecot? _server;

    public string Host => Server.Host;

    public int Port => Server.Port;

    private LocalDovecot Server => _server ?? throw new InvalidOperationException("The dovecot fixture has not started.");

    public async Task InitializeAsync() => _server = await LocalDovecot.StartAsync(withMove);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Adds a mail user (password login) with an empty Maildir; returns the user name.</summary>
    public string AddUser(string name, string password) => Server.AddUser(name, password);

    /// <summary>Changes a user's password (dovecot re-reads the users file when it changes).</summary>
    public void SetPassword(string name, string password) => Server.SetPassword(name, password);

    /// <summary>Settings that make the system read this user's inbox as mailbox <paramref name="mailbox"/>.</summary>
    public IDictionary<string, string> MailboxSettings(string mailbox, string user, string password, string address, int pollSeconds = 2) => new Dictionary<string, string>
    {
        ["Mail:Mailboxes:0:Name"] = mailbox,
        ["Mail:Mailboxes:0:Address"] = address,
        ["Mail:Mailboxes:0:Host"] = Host,
        ["Mail:Mailboxes:0:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Mailboxes:0:Security"] = "None",
        ["Mail:Mailboxes:0:Username"] = user,
        ["Mail:Mailboxes:0:Password"] = password,
        ["Mail:Mailboxes:0:PollSeconds"] = pollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Mailboxes:0:MaxReconnectSeconds"] = "2",
    };

    /// <summary>A logged-in IMAP client of a user (the caller disposes it).</summary>
    public async Task<ImapClient> ConnectAsync(string user, string password)
    {
        var client = new ImapClient();
        await client.ConnectAsync(Host, Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(user, password);
        return client;
    }

    /// <summary>Puts messages in a user's inbox with IMAP APPEND, as a mail server delivering them would.</summary>
    public async Task AppendAsync(string user, string password, params MimeMessage[] messages)
    {
        using var client = await ConnectAsync(user, password);
        foreach (var message in messages)
        {
            await client.Inbox.AppendAsync(message, MessageFlags.None);
        }

        await client.DisconnectAsync(true);
    }

    /// <summary>How many messages a folder of a user holds (0 when the folder does not exist yet).</summary>
    public async Task<int> CountAsync(string user, string password, string folder)
    {
        using var client = await ConnectAsync(user, password);
        try
        {
            var target = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder);
            await target.OpenAsync(FolderAccess.ReadOnly);
            return target.Count;
        }
        catch (FolderNotFoundException)
        {
            return 0;
        }
        finally
        {
            await client.DisconnectAsync(true);
        }
    }

    /// <summary>How many messages with this Message-ID a folder of a user holds.</summary>
    public async Task<int> CountWithIdAsync(string user, string password, string folder, string? messageId)
    {
        using var client = await ConnectAsync(user, password);
        try
        {
            var target = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder);
            await target.OpenAsync(FolderAccess.ReadOnly);
            return (await target.SearchAsync(MailKit.Search.SearchQuery.HeaderContains("Message-ID", messageId ?? string.Empty))).Count;
        }
        catch (FolderNotFoundException)
        {
            return 0;
        }
        finally
        {
            await client.DisconnectAsync(true);
        }
    }

    /// <summary>The messages of a folder whose subject contains the text, as stored on the server.</summary>
    public async Task<IReadOnlyList<MimeMessage>> FetchAsync(string user, string password, string folder, string subject)
    {
        using var client = await ConnectAsync(user, password);
        var target = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder);
        await target.OpenAsync(FolderAccess.ReadOnly);
        var found = new List<MimeMessage>();
        foreach (var uid in await target.SearchAsync(MailKit.Search.SearchQuery.SubjectContains(subject)))
        {
            found.Add(await target.GetMessageAsync(uid));
        }

        await client.DisconnectAsync(true);
        return found;
    }

    /// <summary>Waits until a folder holds <paramref name="count"/> messages; false when it did not in time.</summary>
    public async Task<bool> WaitForCountAsync(string user, string password, string folder, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await CountAsync(user, password, folder) == count)
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }
}
