using System.Text;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Threading;
using MimeKit;

namespace LivcR.Support.Tests.Mail;

public sealed class MessageIdSignerTests
{
    private static readonly TicketNumber Ticket = new(2026, 42);
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("a test secret that is long enough for HMAC-SHA256 signing");
    private static readonly byte[] OtherSecret = Encoding.UTF8.GetBytes("another test secret that is long enough for HMAC-SHA256");

    private readonly MessageIdSigner _signer = new(Secret, "vvsg.example");

    [Fact]
    public void Create_ForATicket_VerifiesToThatTicket()
    {
        var id = _signer.Create(Ticket);

        Assert.True(_signer.TryVerify(id, out var ticket));
        Assert.Equal(Ticket, ticket);
        Assert.Contains(".2026-00042.", id, StringComparison.Ordinal);
        Assert.EndsWith("@vvsg.example", id, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithoutTicket_VerifiesAsOursWithoutTicket()
    {
        var id = _signer.Create();

        Assert.True(_signer.TryVerify(id, out var ticket));
        Assert.Null(ticket);
    }

    [Fact]
    public void Create_TwiceForTheSameTicket_GivesDifferentIds() =>
        Assert.NotEqual(_signer.Create(Ticket), _signer.Create(Ticket));

    [Fact]
    public void Create_IdIsHeaderAndUrlSafe()
    {
        var id = _signer.Create(Ticket);

        Assert.All(id, c => Assert.True(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-' or '@', $"unexpected '{c}' in {id}"));
        Assert.Equal(id, Uri.EscapeDataString(id).Replace("%40", "@", StringComparison.Ordinal));
        Assert.True(id.Length < 100, id);
    }

    [Fact]
    public void TryVerify_ThroughMimeKitHeaders_SurvivesARoundTrip()
    {
        var id = _signer.Create(Ticket);
        var reply = new MimeMessage { InReplyTo = id };
        reply.References.Add(id);
        using var stream = new MemoryStream();
        reply.From.Add(MailboxAddress.Parse("a@b.example"));
        reply.WriteTo(stream);
        stream.Position = 0;
        var parsed = MimeMessage.Load(stream);

        Assert.Equal(Ticket, _signer.FindTicket(parsed));
    }

    [Fact]
    public void TryVerify_WithAngleBracketsSpacesOrUpperCase_StillVerifies()
    {
        var id = _signer.Create(Ticket);

        Assert.True(_signer.TryVerify($"  <{id}> ", out var bracketed));
        Assert.True(_signer.TryVerify(id.ToUpperInvariant(), out var upper));
        Assert.Equal(Ticket, bracketed);
        Assert.Equal(Ticket, upper);
    }

    [Fact]
    public void TryVerify_OtherDomain_StillVerifies()
    {
        var id = _signer.Create(Ticket);
        var moved = id[..id.IndexOf('@')] + "@new-domain.example";

        Assert.True(_signer.TryVerify(moved, out var ticket));
        Assert.Equal(Ticket, ticket);
    }

    [Fact]
    public void TryVerify_TicketNumberChanged_IsRefused()
    {
        var id = _signer.Create(Ticket);

        var forged = id.Replace(".2026-00042.", ".2026-00043.", StringComparison.Ordinal);

        Assert.False(_signer.TryVerify(forged, out var ticket));
        Assert.Null(ticket);
    }

    [Fact]
    public void TryVerify_TicketAddedToAnIdWithoutTicket_IsRefused()
    {
        var id = _signer.Create();

        var forged = id.Replace(".0.", ".2026-00042.", StringComparison.Ordinal);

        Assert.False(_signer.TryVerify(forged, out _));
    }

    [Fact]
    public void TryVerify_RandomPartChanged_IsRefused()
    {
        var id = _signer.Create(Ticket);
        var forged = (id[0] == 'a' ? 'b' : 'a') + id[1..];

        Assert.False(_signer.TryVerify(forged, out _));
    }

    [Fact]
    public void TryVerify_EachSignatureCharacterChanged_IsRefused()
    {
        var id = _signer.Create(Ticket);
        var signatureStart = id.LastIndexOf('.', id.IndexOf('@')) + 1;

        for (var i = signatureStart; i < id.IndexOf('@'); i++)
        {
            var flipped = id[i] == '0' ? '1' : '0';
            var forged = id[..i] + flipped + id[(i + 1)..];
            Assert.False(_signer.TryVerify(forged, out _), forged);
        }
    }

    [Fact]
    public void TryVerify_TruncatedSignature_IsRefused()
    {
        var id = _signer.Create(Ticket);
        var at = id.IndexOf('@');

        Assert.False(_signer.TryVerify(id[..(at - 1)] + id[at..], out _));
        Assert.False(_signer.TryVerify(id[..(at - 16)] + id[at..], out _));
        Assert.False(_signer.TryVerify(id[..at], out _));
    }

    [Fact]
    public void TryVerify_SignedWithAnotherSecret_IsRefused()
    {
        var other = new MessageIdSigner(OtherSecret, "vvsg.example");

        Assert.False(_signer.TryVerify(other.Create(Ticket), out var ticket));
        Assert.Null(ticket);
    }

    [Fact]
    public void TryVerify_SameSecretElsewhere_Verifies()
    {
        var otherNode = new MessageIdSigner(Secret, "vvsg.example");

        Assert.True(otherNode.TryVerify(_signer.Create(Ticket), out var ticket));
        Assert.Equal(Ticket, ticket);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<>")]
    [InlineData("CAFx1234@mail.gmail.com")]
    [InlineData("abc.2026-00042.def@vvsg.example")]
    [InlineData("000000000000000000000000.2026-00042.00000000000000000000000000000000@vvsg.example")]
    [InlineData("000000000000000000000000.2026-00042.00000000000000000000000000000000")]
    [InlineData("000000000000000000000000.2026-0042.00000000000000000000000000000000@vvsg.example")]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzz.2026-00042.zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz@vvsg.example")]
    [InlineData("a.b.c.d@vvsg.example")]
    [InlineData("@vvsg.example")]
    [InlineData("[VVSG #2026-00042]")]
    public void TryVerify_Garbage_IsRefused(string? id) =>
        Assert.False(_signer.TryVerify(id, out _));

    [Fact]
    public void TryVerify_VeryLongInput_IsRefused() =>
        Assert.False(_signer.TryVerify(new string('a', 100_000) + "@x", out _));

    [Fact]
    public void FindTicket_InReplyToFirstThenNewestReference()
    {
        var older = _signer.Create(new TicketNumber(2026, 1));
        var newer = _signer.Create(new TicketNumber(2026, 2));
        var replyTo = _signer.Create(Ticket);

        Assert.Equal(Ticket, _signer.FindTicket(replyTo, [older, newer]));
        Assert.Equal(new TicketNumber(2026, 2), _signer.FindTicket(null, [older, newer]));
        Assert.Equal(new TicketNumber(2026, 2), _signer.FindTicket(null, [older, newer, "foreign@gmail.com"]));
    }

    [Fact]
    public void FindTicket_OnlyForgedOrForeignOrTicketlessIds_FindsNothing()
    {
        var forged = _signer.Create(Ticket).Replace(".2026-00042.", ".2026-00043.", StringComparison.Ordinal);
        var foreign = new MessageIdSigner(OtherSecret, "vvsg.example").Create(Ticket);

        Assert.Null(_signer.FindTicket(forged, [foreign, _signer.Create(), "x@y.example"]));
        Assert.Null(_signer.FindTicket(null, null));
    }

    [Fact]
    public void Constructor_ShortSecretOrBadDomain_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new MessageIdSigner(new byte[31], "vvsg.example"));
        Assert.Throws<ArgumentException>(() => new MessageIdSigner(Secret, ""));
        Assert.Throws<ArgumentException>(() => new MessageIdSigner(Secret, "not a domain"));
        Assert.Throws<ArgumentException>(() => new MessageIdSigner(Secret, "a@b.example"));
    }
}
