using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Grains;

[Collection(ClusterCollection.Name)]
public sealed class HelpdeskIntakeGrainTests(ClusterFixture fixture)
{
    private static HelpdeskRequest Question(string nis = "71072", string subject = "Casusoverleg opstarten") =>
        new(nis, subject, "Hoe organiseren we het eerste casusoverleg?", "Els Janssens", "els.janssens@hasselt.be");

    [Fact]
    public async Task Submit_ValidQuestion_OpensANumberedNewTicketThatReadsBack()
    {
        var ticket = await fixture.Grains.HelpdeskIntake().SubmitAsync(Question());

        Assert.True(TicketNumber.TryParse(ticket.Number, out var number));
        Assert.InRange(number.Year, DateTimeOffset.UtcNow.Year - 1, DateTimeOffset.UtcNow.Year + 1);
        Assert.Equal(TicketStatus.New, ticket.Status);
        Assert.Equal(TicketPriority.Normal, ticket.Priority);

        var read = await fixture.Grains.Ticket(number).GetAsync(TicketAudience.Staff);
        Assert.NotNull(read);
        Assert.Equal("Casusoverleg opstarten", read.Subject);
        Assert.Equal("71072", read.MunicipalityNisCode);
        var message = Assert.Single(read.Messages);
        Assert.Equal("Hoe organiseren we het eerste casusoverleg?", message.Body);
        Assert.Equal("els.janssens@hasselt.be", message.Author.Email);
    }

    [Fact]
    public async Task Submit_UnknownOrInvalidInput_IsRefusedAndUsesNoNumber()
    {
        var before = await fixture.Grains.HelpdeskIntake().SubmitAsync(Question());

        var unknown = await Assert.ThrowsAsync<SupportException>(() => fixture.Grains.HelpdeskIntake().SubmitAsync(Question(nis: "99999")));
        var empty = await Assert.ThrowsAsync<SupportException>(() => fixture.Grains.HelpdeskIntake().SubmitAsync(Question(subject: " ")));

        var after = await fixture.Grains.HelpdeskIntake().SubmitAsync(Question());
        Assert.Equal(SupportErrorCode.BadUserInput, unknown.Code);
        Assert.Equal("municipalityNisCode", unknown.Field);
        Assert.Equal(SupportErrorCode.BadUserInput, empty.Code);
        TicketNumber.TryParse(before.Number, out var first);
        TicketNumber.TryParse(after.Number, out var next);
        Assert.Equal(first.Sequence + 1, next.Sequence);
    }

    [Fact]
    public async Task Submit_ManyAtOnce_EveryTicketGetsItsOwnNumber()
    {
        var tickets = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            fixture.Grains.HelpdeskIntake().SubmitAsync(Question(subject: $"Vraag {i}"))));

        Assert.Equal(40, tickets.Select(t => t.Number).Distinct().Count());
        foreach (var ticket in tickets)
        {
            TicketNumber.TryParse(ticket.Number, out var number);
            var read = await fixture.Grains.Ticket(number).GetAsync(TicketAudience.Staff);
            Assert.Equal(ticket.Subject, read!.Subject);
        }
    }

    [Fact]
    public async Task Open_ExistingNumber_IsAConflictAndKeepsTheOriginal()
    {
        var ticket = await fixture.Grains.HelpdeskIntake().SubmitAsync(Question(subject: "Origineel"));
        TicketNumber.TryParse(ticket.Number, out var number);

        var error = await Assert.ThrowsAsync<SupportException>(() => fixture.Grains.Ticket(number).OpenAsync(
            new NewTicket("11002", "Overschreven", "x", new TicketPerson("X", "x@y.be"), DateTimeOffset.UtcNow)));

        Assert.Equal(SupportErrorCode.Conflict, error.Code);
        Assert.Equal("Origineel", (await fixture.Grains.Ticket(number).GetAsync(TicketAudience.Staff))!.Subject);
    }

    [Fact]
    public async Task Get_NumberNeverHandedOut_IsNull() =>
        Assert.Null(await fixture.Grains.Ticket(new TicketNumber(2001, 99999)).GetAsync(TicketAudience.Staff));
}
