using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace LivcR.Support.MailBench;

/// <summary>
/// Debian's dovecot with a throwaway configuration and Maildir in a folder, on a free loopback port, in the foreground
/// (its PID is the master); stopped by that PID. As root the mail processes run as nobody.
/// </summary>
internal sealed partial class LocalDovecot : IAsyncDisposable
{
    private const string Binary = "/usr/sbin/dovecot";
    private readonly string _root;
    private readonly Process _master;

    private LocalDovecot(string root, int port, Process master)
    {
        _root = root;
        Port = port;
        _master = master;
    }

    public int Port { get; }

    public static async Task<LocalDovecot> StartAsync(string root, string user, string password)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException("dovecot is not installed (apt-get install dovecot-imapd).");
        }

        var port = FreePort();
        foreach (var folder in new[] { "run", "state", "mail" })
        {
            Directory.CreateDirectory(Path.Combine(root, folder));
        }

        var home = Path.Combine(root, "mail", user);
        Directory.CreateDirectory(Path.Combine(home, "Maildir"));
        var root0 = Environment.UserName == "root";
        var (uid, gid) = root0 ? (65534u, 65534u) : (GetUid(), GetGid());
        if (root0)
        {
            _ = Chown(home, uid, gid);
            _ = Chown(Path.Combine(home, "Maildir"), uid, gid);
        }

        var users = Path.Combine(root, "users");
        await File.WriteAllTextAsync(users, $"{user}:{{PLAIN}}{password}:{uid}:{gid}::{home}\n");
        var config = Path.Combine(root, "dovecot.conf");
        await File.WriteAllTextAsync(config, $$"""
            base_dir = {{root}}/run
            state_dir = {{root}}/state
            instance_name = livcr-bench-{{port}}
            protocols = imap
            listen = 127.0.0.1
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            log_path = {{root}}/dovecot.log
            mail_location = maildir:~/Maildir
            first_valid_uid = 1
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{users}}
            }
            userdb {
              driver = passwd-file
              args = username_format=%u {{users}}
            }
            namespace inbox {
              inbox = yes
              separator = /
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
        var info = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-F");
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(config);
        var master = Process.Start(info)!;
        master.OutputDataReceived += (_, _) => { };
        master.ErrorDataReceived += (_, _) => { };
        master.BeginOutputReadLine();
        master.BeginErrorReadLine();
        var dovecot = new LocalDovecot(root, port, master);
        await dovecot.WaitForPortAsync();
        return dovecot;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_master.HasExited)
        {
            _ = Kill(_master.Id, 15);
            if (!_master.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                _master.Kill();
            }

            await _master.WaitForExitAsync();
        }

        _master.Dispose();
    }

    private async Task WaitForPortAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_master.HasExited)
            {
                await Task.Delay(100);
            }
            catch (SocketException)
            {
                var log = Path.Combine(_root, "dovecot.log");
                throw new InvalidOperationException("dovecot did not start: " + (File.Exists(log) ? await File.ReadAllTextAsync(log) : "no log"));
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
