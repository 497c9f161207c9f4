using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Tests.Domain;

public sealed class HelpdeskRequestValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private static HelpdeskRequest Valid() =>
        new("11002", "Opstart LIVC-R", "Hoe beginnen we met een LIVC-R?", "An Peeters", "An.Peeters@Antwerpen.BE");

    [Fact]
    public void Validate_ValidRequest_TrimsAndNormalisesTheEmailDomain()
    {
        var ticket = HelpdeskRequestValidator.Validate(Valid() with { Subject = "  Opstart LIVC-R  " }, Now);

        Assert.Equal("Opstart LIVC-R", ticket.Subject);
        Assert.Equal("An.Peeters@antwerpen.be", ticket.Requester.Email);
        Assert.Equal("11002", ticket.MunicipalityNisCode);
        Assert.Equal(Now, ticket.SubmittedAt);
    }

    [Theory]
    [InlineData("", "subject")]
    [InlineData("   ", "subject")]
    [InlineData("line one\nline two", "subject")]
    public void Validate_BadSubject_IsRefusedOnSubject(string subject, string field)
    {
        var error = Assert.Throws<SupportException>(() => HelpdeskRequestValidator.Validate(Valid() with { Subject = subject }, Now));

        Assert.Equal(SupportErrorCode.BadUserInput, error.Code);
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Validate_SubjectOf200Characters_IsAcceptedAnd201IsRefused()
    {
        HelpdeskRequestValidator.Validate(Valid() with { Subject = new string('a', 200) }, Now);

        var error = Assert.Throws<SupportException>(() => HelpdeskRequestValidator.Validate(Valid() with { Subject = new string('a', 201) }, Now));
        Assert.Equal("subject", error.Field);
    }

    [Fact]
    public void Validate_BodyOver64KiB_IsRefused()
    {
        HelpdeskRequestValidator.Validate(Valid() with { Body = new string('b', 64 * 1024) }, Now);

        // 'é' is two bytes in UTF-8: 32 769 of them are just over 64 KiB.
        var error = Assert.Throws<SupportException>(() => HelpdeskRequestValidator.Validate(Valid() with { Body = new string('é', (32 * 1024) + 1) }, Now));
        Assert.Equal("body", error.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void Validate_EmptyBody_IsRefused(string body)
    {
        var error = Assert.Throws<SupportException>(() => HelpdeskRequestValidator.Validate(Valid() with { Body = body }, Now));

        Assert.Equal("body", error.Field);
    }

    [Theory]
    [InlineData("1100")]
    [InlineData("110022")]
    [InlineData("ABCDE")]
    [InlineData("")]
    public void Validate_MalformedNisCode_IsRefused(string nis)
    {
        var error = Assert.Throws<SupportException>(() => HelpdeskRequestValidator.Validate(Valid() with { MunicipalityNisCode = nis }, Now));

        Assert.Equal("municipalityNisCode", error.Field);
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("a@b")]
    [InlineData("a@@b.be")]
    [InlineData("a b@gemeente.be")]
    [InlineData("")]
    public void Validate_MalformedEmail_IsRefused(string email)
    {
        var error = Assert.Throws<SupportException>(() => HelpdeskRequestValidator.Validate(Valid() with { RequesterEmail = email }, Now));

        Assert.Equal("requesterEmail", error.Field);
    }

    [Fact]
    public void Validate_EmptyRequesterName_IsRefused()
    {
        var error = Assert.Throws<SupportException>(() => HelpdeskRequestValidator.Validate(Valid() with { RequesterName = " " }, Now));

        Assert.Equal("requesterName", error.Field);
    }
}
