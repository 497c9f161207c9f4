using System.Globalization;
using System.Text;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Tickets;
using MimeKit;

namespace LivcR.Support.MailBench;

/// <summary>
/// The mail of the run: municipal people with their municipalities' email domains, tickets they asked before (seeded
/// through the intake grain, not measured), and N messages — new questions from known people, from unknown people in a
/// municipality's domain and from strangers, and replies by subject tag (with quoted history) to the seeded tickets.
/// </summary>
internal sealed class MailCorpus(IReadOnlyList<string> municipalities, int messages)
{
    public const string Mailbox = "radicalisering@vvsg.example";
    private const int People = 40;
    private const int Seeded = 300;
    private static readonly byte[] Pdf = BuildPdf();

    private static readonly string[] Topics =
    [
        "een leerling die filmpjes van een extremistische groep deelt", "ongeruste ouders na een incident op school",
        "polarisering in de jeugdwerking", "een jongere die zich terugtrekt en online radicaliseert",
        "spanningen tussen buurtbewoners na een betoging", "een casus voor de LIVC-R", "vorming voor eerstelijnswerkers",
    ];

    private readonly List<(string Number, string Email, string Subject)> _tickets = [];

    /// <summary>How many of the messages are replies (the rest are new questions).</summary>
    public int Replies => Enumerable.Range(0, messages).Count(IsReply);

    /// <summary>Gives people their roles and municipalities their domains, then opens the tickets the replies will answer.</summary>
    public async Task SeedAsync(IGrainFactory grains)
    {
        for (var m = 0; m < Math.Min(20, municipalities.Count); m++)
        {
            await grains.Municipality(municipalities[m]).SetEmailDomainsAsync([Domain(m)]);
        }

        for (var p = 0; p < People; p++)
        {
            var person = grains.Person(Person(p));
            await person.SaveProfileAsync($"Medewerker {p}");
            await person.GrantAsync(new RoleGrant(Role.Municipal, municipalities[p % 20]));
        }

        for (var t = 0; t < Seeded; t++)
        {
            var email = Person(t % People);
            var subject = $"Vraag {t}: {Topics[t % Topics.Length]}";
            var ticket = await grains.HelpdeskIntake().SubmitAsync(new HelpdeskRequest(municipalities[t % People % 20], subject, Text(t), $"Medewerker {t % People}", email));
            _tickets.Add((ticket.Number, email, subject));
        }
    }

    /// <summary>The N messages, in the order they are put in the mailbox.</summary>
    public IEnumerable<MimeMessage> Messages() => Enumerable.Range(0, messages).Select(Message);

    private static bool IsReply(int k) => k % 20 < 7;

    private MimeMessage Message(int k)
    {
        var message = new MimeMessage { MessageId = $"bench-{k}-{Guid.NewGuid():N}@bench.example", Date = DateTimeOffset.UtcNow };
        message.To.Add(MailboxAddress.Parse(Mailbox));
        var builder = new BodyBuilder();
        if (IsReply(k))
        {
            var (number, email, subject) = _tickets[k % _tickets.Count];
            message.From.Add(MailboxAddress.Parse(email));
            message.Subject = $"Re: [VVSG #{number}] {subject}";
            builder.TextBody = $"Dank je voor het snelle antwoord. Bericht {k}: we bespreken het op het volgende overleg.\n\nOp 3 maart 2026 om 10:00 schreef VVSG <{Mailbox}>:\n> {Text(k).Replace("\n", "\n> ", StringComparison.Ordinal)}\n";
        }
        else
        {
            message.From.Add(MailboxAddress.Parse((k % 3) switch
            {
                0 => Person(k % People),
                1 => $"collega{k}@{Domain(k % 20)}",
                _ => $"iemand{k}@elders{k % 50}.example",
            }));
            message.Subject = $"Nieuwe vraag {k}: {Topics[k % Topics.Length]}";
            builder.TextBody = Text(k);
            if (k % 10 == 3)
            {
                builder.Attachments.Add($"verslag-{k}.pdf", Pdf, ContentType.Parse("application/pdf"));
            }
        }

        message.Body = builder.ToMessageBody();
        return message;
    }

    private static string Person(int p) => $"medewerker{p}@{Domain(p % 20)}";

    private static string Domain(int m) => string.Create(CultureInfo.InvariantCulture, $"gemeente{m}.example");

    private static string Text(int k)
    {
        var text = new StringBuilder("Goedendag,\n\n");
        for (var i = 0; i < 3 + (k % 5); i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"We hebben een vraag over {Topics[(k + i) % Topics.Length]}. Hoe pakken andere gemeenten dit aan, en welke partners betrekken ze? ");
        }

        return text.Append("\n\nMet vriendelijke groeten,\nDe preventiedienst").ToString();
    }

    private static byte[] BuildPdf()
    {
        var bytes = new byte[20 * 1024];
        Encoding.ASCII.GetBytes("%PDF-1.4\n").CopyTo(bytes, 0);
        return bytes;
    }
}
