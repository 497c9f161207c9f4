using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace LivcR.Support.TestSupport;

/// <summary>
/// A throwaway IMAP server: Debian's dovecot with its configuration, state, users file and Maildirs in a temp folder,
/// listening on a free loopback port only, plain login without TLS. It runs in the foreground so its PID is the
/// master's; stopped by that PID (SIGTERM; SIGKILL after 20 s), then the folder is removed. As root the mail processes
/// run as nobody.
/// </summary>
public sealed class LocalDovecot : IAsyncDisposable
{
    private const string Binary = "/usr/sbin/dovecot";

    /// <summary>Dovecot's capabilities without MOVE, to make a client fall back to COPY, \Deleted and EXPUNGE.</summary>
    private const string WithoutMove = "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ UIDPLUS";

    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _root;
    private readonly ServerProcess _master;
    private readonly Lock _usersLock = new();

    private LocalDovecot(TempDirectory root, ServerProcess master, int port)
    {
        _root = root;
        _master = master;
        Port = port;
    }

    /// <summary>The address it listens on.</summary>
    public string Host => "127.0.0.1";

    /// <summary>The loopback port of its IMAP listener.</summary>
    public int Port { get; }

    /// <summary>The master process id.</summary>
    public int Pid => _master.Pid;

    private string UsersFile => _root.File("users");

    /// <summary>Writes the configuration, starts dovecot and waits until it accepts connections; it has no users yet.</summary>
    /// <param name="withMove">False leaves MOVE out of the IMAP capabilities.</param>
    /// <param name="durable">False (tests): no fsync of mail files. True (benchmarks): dovecot's default.</param>
    public static async Task<LocalDovecot> StartAsync(bool withMove = true, bool durable = false)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException("dovecot is not installed; run tests/run.sh (it installs dovecot-imapd) or apt-get install dovecot-imapd.");
        }

        var root = new TempDirectory("livcr-dovecot-");
        ServerProcess? master = null;
        try
        {
            foreach (var folder in new[] { "run", "state", "mail" })
            {
                Directory.CreateDirectory(root.File(folder));
            }

            var port = FreePort.Next();
            await File.WriteAllTextAsync(root.File("users"), string.Empty);
            await File.WriteAllTextAsync(root.File("dovecot.conf"), Configuration(root, port, withMove, durable));
            var info = new ProcessStartInfo(Binary);
            foreach (var argument in new[] { "-F", "-c", root.File("dovecot.conf") })
            {
                info.ArgumentList.Add(argument);
            }

            master = ServerProcess.Start(info, Posix.SigTerm, StopGrace);
            var dovecot = new LocalDovecot(root, master, port);
            await dovecot.WaitForPortAsync();
            return dovecot;
        }
        catch (Exception)
        {
            if (master is not null)
            {
                await master.DisposeAsync();
            }

            root.Dispose();
            throw;
        }
    }

    /// <summary>Adds a mail user (password login) with an empty Maildir; returns the user name.</summary>
    public string AddUser(string name, string password)
    {
        var home = _root.File(Path.Combine("mail", name));
        Directory.CreateDirectory(Path.Combine(home, "Maildir"));
        var (uid, gid) = Posix.IsRoot ? (Posix.Nobody, Posix.Nobody) : (Posix.GetUid(), Posix.GetGid());
        if (Posix.IsRoot)
        {
            foreach (var path in new[] { home, Path.Combine(home, "Maildir") })
            {
                _ = Posix.Chown(path, uid, gid);
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

    /// <summary>Stops dovecot by its master's PID and removes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        await _master.DisposeAsync();
        _root.Dispose();
    }

    private static string Configuration(TempDirectory root, int port, bool withMove, bool durable) => string.Create(CultureInfo.InvariantCulture, $$"""
        base_dir = {{root.Path}}/run
        state_dir = {{root.Path}}/state
        instance_name = livcr-{{port}}
        protocols = imap
        listen = 127.0.0.1
        ssl = no
        disable_plaintext_auth = no
        auth_mechanisms = plain login
        log_path = {{root.Path}}/dovecot.log
        mail_location = maildir:~/Maildir
        {{(durable ? string.Empty : "mail_fsync = never")}}
        first_valid_uid = 1
        passdb {
          driver = passwd-file
          args = scheme=PLAIN username_format=%u {{root.Path}}/users
        }
        userdb {
          driver = passwd-file
          args = username_format=%u {{root.Path}}/users
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
            port = {{port}}
          }
          inet_listener imaps {
            port = 0
          }
        }
        """);

    private async Task WaitForPortAsync()
    {
        var deadline = DateTime.UtcNow + StartLimit;
        while (true)
        {
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(Host, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_master.HasExited)
            {
                await Task.Delay(100);
            }
            catch (SocketException)
            {
                var log = _root.File("dovecot.log");
                throw new InvalidOperationException("dovecot did not start: " + (File.Exists(log) ? await File.ReadAllTextAsync(log) : _master.RecentOutput));
            }
        }
    }
}
