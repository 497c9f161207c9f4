using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace LivcR.Support.Tests.Infrastructure;

/// <summary>
/// A real IMAP server: Debian's dovecot with a throwaway configuration and Maildir in a temp folder, on a free loopback
/// port, in the foreground so its PID is known; stopped by that PID. As root the mail processes run as nobody.
/// </summary>
public sealed partial class DovecotServer(bool withMove = true) : IAsyncLifetime
{
    /// <summary>Dovecot's capabilities without MOVE, to make a client fall back to COPY, \Deleted and EXPUNGE.</summary>
    private const string WithoutMove = "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ UIDPLUS";

    private const string Binary = "/usr/sbin/dovecot";
    private readonly TempDirectory _root = new();
    private readonly Lock _usersLock = new();
    private Process? _master;

    public int Port { get; } = FreePort.Next();

    public string Host => "127.0.0.1";

    private string UsersFile => Path.Combine(_root.Path, "users");

    private static bool IsRoot => Environment.UserName == "root";

    public async Task InitializeAsync()
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException("dovecot is not installed; run tests/run.sh (it installs dovecot-imapd) or apt-get install dovecot-imapd.");
        }

        foreach (var folder in new[] { "run", "state", "mail" })
        {
            Directory.CreateDirectory(Path.Combine(_root.Path, folder));
        }

        await File.WriteAllTextAsync(UsersFile, string.Empty);
        var config = Path.Combine(_root.Path, "dovecot.conf");
        await File.WriteAllTextAsync(config, $$"""
            base_dir = {{_root.Path}}/run
            state_dir = {{_root.Path}}/state
            instance_name = livcr-test-{{Port}}
            protocols = imap
            listen = 127.0.0.1
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            log_path = {{_root.Path}}/dovecot.log
            mail_location = maildir:~/Maildir
            mail_fsync = never
            first_valid_uid = 1
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{UsersFile}}
            }
            userdb {
              driver = passwd-file
              args = username_format=%u {{UsersFile}}
            }
            namespace inbox {
              inbox = yes
              separator = /
            }
            protocol imap {
              mail_max_userip_connections = 200
              {{(withMove ? string.Empty : "imap_capability = " + WithoutMove)}}
            }
            service imap-login {
              inet_listener imap {
                address = 127.0.0.1
                port = {{Port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            """);
        var info = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-F", "-c", config })
        {
            info.ArgumentList.Add(argument);
        }

        _master = Process.Start(info)!;
        _master.OutputDataReceived += (_, _) => { };
        _master.ErrorDataReceived += (_, _) => { };
        _master.BeginOutputReadLine();
        _master.BeginErrorReadLine();
        await WaitForPortAsync();
    }

    public async Task DisposeAsync()
    {
        if (_master is { HasExited: false })
        {
            _ = Kill(_master.Id, 15);
            if (!_master.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                _master.Kill();
            }

            await _master.WaitForExitAsync();
        }

        _master?.Dispose();
        _root.Dispose();
    }

    /// <summary>Adds a mail user (password login) with an empty Maildir; returns the user name.</summary>
    public string AddUser(string name, string password)
    {
        var home = Path.Combine(_root.Path, "mail", name);
        Directory.CreateDirectory(Path.Combine(home, "Maildir"));
        var (uid, gid) = IsRoot ? (65534u, 65534u) : (GetUid(), GetGid());
        if (IsRoot)
        {
            foreach (var path in new[] { home, Path.Combine(home, "Maildir") })
            {
                _ = Chown(path, uid, gid);
            }
        }

        lock (_usersLock)
        {
            File.AppendAllText(UsersFile, $"{name}:{{PLAIN}}{password}:{uid}:{gid}::{home}\n");
        }

        return name;
    }

    /// <summary>Changes a user's password (dovecot re-reads the users file when it changes).</summary>
    public void SetPassword(string name, string password)
    {
        lock (_usersLock)
        {
            var lines = File.ReadAllLines(UsersFile).Select(line =>
            {
                var fields = line.Split(':');
                return fields[0] == name ? string.Join(':', [fields[0], "{PLAIN}" + password, .. fields[2..]]) : line;
            });
            File.WriteAllLines(UsersFile, lines);
        }
    }

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

    private async Task WaitForPortAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(Host, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && _master is { HasExited: false })
            {
                await Task.Delay(100);
            }
            catch (SocketException)
            {
                var log = Path.Combine(_root.Path, "dovecot.log");
                throw new InvalidOperationException("dovecot did not start: " + (File.Exists(log) ? await File.ReadAllTextAsync(log) : "no log"));
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "chown", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Chown(string path, uint owner, uint group);

    [LibraryImport("libc", EntryPoint = "getuid")]
    private static partial uint GetUid();

    [LibraryImport("libc", EntryPoint = "getgid")]
    private static partial uint GetGid();
}
