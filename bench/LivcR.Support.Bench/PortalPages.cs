using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using LivcR.Support.Client;
using LivcR.Support.Contracts;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.Municipalities;
using Microsoft.Extensions.DependencyInjection;
using ServerRole = LivcR.Support.Contracts.People.Role;
using ServerRoleGrant = LivcR.Support.Contracts.People.RoleGrant;

namespace LivcR.Support.Bench;

/// <summary>
/// Measures the web application as a municipal user meets it: signs in through the real forms with the code the system
/// mails, gives one of the municipality's tickets a thread of <see cref="ThreadEntries"/> entries, then requests the home
/// page, the ticket list, a search and that ticket's page one after the other.
/// </summary>
internal static partial class PortalPages
{
    /// <summary>How long the measured ticket's thread is (the question, replies and the events they cause).</summary>
    public const int ThreadEntries = 50;

    public const int Runs = 200;

    private const int WarmUpRuns = 20;

    public static async Task<PortalResult> MeasureAsync(IServiceProvider services, Uri address, string staffToken, SmtpPeer mail, TimeSpan restart, string label)
    {
        // The municipality with the lowest NIS code: question i goes to municipality i mod 285 in this order, so it has
        // N/285 of them, and half of those mention the search word (the bench's one in ten, at i = 0 mod 10).
        var municipality = services.GetRequiredService<MunicipalityDirectory>().All.MinBy(m => m.NisCode, StringComparer.Ordinal)!;
        var email = "medewerker.bench@" + NotALetter().Replace(municipality.Name.ToLowerInvariant(), "") + ".example";
        var person = services.GetRequiredService<IGrainFactory>().Person(email);
        await person.SaveProfileAsync("Medewerker bench");
        var view = await person.GrantAsync(new ServerRoleGrant(ServerRole.Municipal, municipality.NisCode));
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        var user = new SupportClient(http, services.GetRequiredService<TokenIssuer>().Issue(view).Token);
        var staff = new SupportClient(http, staffToken);

        var all = await user.ListTicketsAsync(new TicketFilter { MunicipalityNisCode = municipality.NisCode }, TicketOrder.Updated, 1);
        var found = await user.ListTicketsAsync(new TicketFilter { MunicipalityNisCode = municipality.NisCode, Text = TextCorpus.SearchWord }, TicketOrder.Updated, 1);
        var number = all.Nodes.Count > 0 ? all.Nodes[0].Number : throw new InvalidOperationException($"{municipality.Name} has no tickets.");
        var entries = await ThreadAsync(number, user, staff);
        Console.WriteLine($"[{label}] portal: {email} of {municipality.Name} ({all.TotalCount} tickets, {found.TotalCount} with the search word); ticket {number} has {entries} entries");

        using var visitor = new PortalVisitor(address);
        await visitor.SignInAsync(email, mail);
        var home = await PageAsync(visitor, "/", "ticket-list__item");
        var list = await PageAsync(visitor, "/tickets", "ticket-list__item");
        var search = await PageAsync(visitor, "/tickets?zoek=" + TextCorpus.SearchWord, "ticket-list__item");
        var ticket = await PageAsync(visitor, "/tickets/" + number, "class=\"entry ");
        var shown = Count(await visitor.GetAsync("/tickets/" + number), "class=\"entry ");
        if (shown != entries)
        {
            throw new InvalidOperationException($"The ticket page shows {shown} entries, the API {entries}.");
        }

        // The staff desk's triage queue, as a VVSG staff member signed in through the same forms gets it: all active
        // tickets (the default, due time first), and searched.
        var deskEmail = "medewerker.bench@vvsg.example";
        var desk = services.GetRequiredService<IGrainFactory>().Person(deskEmail);
        await desk.SaveProfileAsync("Medewerker VVSG bench");
        await desk.GrantAsync(new ServerRoleGrant(ServerRole.Staff, null));
        using var deskVisitor = new PortalVisitor(address);
        await deskVisitor.SignInAsync(deskEmail, mail);
        var queue = await PageAsync(deskVisitor, "/werkbak", "data-ticket-row=");
        var queueSearch = await PageAsync(deskVisitor, "/werkbak?zoek=" + TextCorpus.SearchWord, "data-ticket-row=");

        return new PortalResult($"{municipality.Name} ({municipality.NisCode})", all.TotalCount, found.TotalCount, entries, restart, home, list, search, ticket, queue, queueSearch);
    }

    /// <summary>Replies, VVSG and the municipality in turn, until the municipality sees <see cref="ThreadEntries"/> entries; returns how many it sees.</summary>
    private static async Task<int> ThreadAsync(string number, SupportClient user, SupportClient staff)
    {
        var entries = (await user.GetTicketAsync(number)).Entries.Count;
        for (var reply = 0; entries < ThreadEntries; reply++)
        {
            var body = TextCorpus.Body(reply + 1);
            _ = reply % 2 == 0 ? await staff.ReplyAsync(number, body) : await user.ReplyAsync(number, body);
            entries = (await user.GetTicketAsync(number)).Entries.Count;
        }

        return entries;
    }

    /// <summary>Warm-up, then <see cref="Runs"/> requests one after the other; every answer must be the page with <paramref name="marker"/> in it.</summary>
    private static async Task<PageTiming> PageAsync(PortalVisitor visitor, string path, string marker)
    {
        var firstBytes = new List<double>(Runs);
        var wholes = new List<double>(Runs);
        var bytes = 0;
        var wall = Stopwatch.StartNew();
        for (var run = -WarmUpRuns; run < Runs; run++)
        {
            if (run == 0)
            {
                wall.Restart();
            }

            var (firstByte, whole, body) = await visitor.TimeAsync(path);
            if (!body.Contains(marker, StringComparison.Ordinal) || body.Contains("name=\"EmailStep.Email\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"GET {path} did not answer the signed-in page: {body[..Math.Min(body.Length, 400)]}");
            }

            if (run >= 0)
            {
                firstBytes.Add(firstByte);
                wholes.Add(whole);
                bytes = Encoding.UTF8.GetByteCount(body);
            }
        }

        wall.Stop();
        return new PageTiming(path, Latency.From(firstBytes, wall.Elapsed), Latency.From(wholes, wall.Elapsed), bytes);
    }

    private static int Count(string text, string marker)
    {
        var count = 0;
        for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex("[^a-z]")]
    private static partial Regex NotALetter();
}
