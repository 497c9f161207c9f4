using System.Text.Json.Nodes;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Gateway;

[Collection(GatewayCollection.Name)]
public sealed class HelpdeskApiTests(GatewayFixture fixture)
{
    private const string Submit = """
        mutation Submit($input: SubmitHelpdeskRequestInput!) {
          submitHelpdeskRequest(input: $input) {
            number status priority subject createdAt version
            municipality { nisCode name province }
            requester { name email }
            messages { id body author { name email } }
          }
        }
        """;

    private const string Read = """
        query Read($number: String!) {
          ticket(number: $number) { number subject status municipality { name } messages { body } }
        }
        """;

    private static Dictionary<string, object?> Input(
        string nis = "24062", string subject = "Vraag over gedeeld beroepsgeheim", string body = "Mag de politie deelnemen aan het casusoverleg?",
        string name = "Pieter Claes", string email = "pieter.claes@leuven.be") => new()
        {
            ["municipalityNisCode"] = nis,
            ["subject"] = subject,
            ["body"] = body,
            ["requesterName"] = name,
            ["requesterEmail"] = email,
        };

    private static string Code(JsonNode body) => body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();

    [Fact]
    public async Task SubmitHelpdeskRequest_ValidQuestion_ReturnsTheTicketAndReadsBack()
    {
        var (status, body) = await fixture.Gateway.PostAsync(Submit, new { input = Input() }, await fixture.Gateway.StaffTokenAsync());

        Assert.Equal(200, status);
        Assert.Null(body["errors"]);
        var ticket = body["data"]!["submitHelpdeskRequest"]!;
        var number = ticket["number"]!.GetValue<string>();
        Assert.Matches(@"^\d{4}-\d{5}$", number);
        Assert.Equal("NEW", ticket["status"]!.GetValue<string>());
        Assert.Equal("NORMAL", ticket["priority"]!.GetValue<string>());
        Assert.Equal("Leuven", ticket["municipality"]!["name"]!.GetValue<string>());
        Assert.Equal("VLAAMS_BRABANT", ticket["municipality"]!["province"]!.GetValue<string>());
        Assert.Equal("pieter.claes@leuven.be", ticket["requester"]!["email"]!.GetValue<string>());

        var (readStatus, read) = await fixture.Gateway.PostAsync(Read, new { number }, await fixture.Gateway.StaffTokenAsync());
        Assert.Equal(200, readStatus);
        Assert.Equal("Vraag over gedeeld beroepsgeheim", read["data"]!["ticket"]!["subject"]!.GetValue<string>());
        Assert.Equal("Mag de politie deelnemen aan het casusoverleg?", read["data"]!["ticket"]!["messages"]![0]!["body"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("99999", "Onderwerp", "Vraag", "pieter@leuven.be", "municipalityNisCode")]
    [InlineData("24062", "   ", "Vraag", "pieter@leuven.be", "subject")]
    [InlineData("24062", "Onderwerp", "  ", "pieter@leuven.be", "body")]
    [InlineData("24062", "Onderwerp", "Vraag", "pieter(at)leuven.be", "requesterEmail")]
    public async Task SubmitHelpdeskRequest_BadInput_IsBadUserInputAndCreatesNothing(string nis, string subject, string text, string email, string field)
    {
        var (status, body) = await fixture.Gateway.PostAsync(Submit, new { input = Input(nis, subject, text, email: email) }, await fixture.Gateway.StaffTokenAsync());

        Assert.Equal(200, status);
        Assert.Equal("BAD_USER_INPUT", Code(body));
        Assert.Equal(field, body["errors"]![0]!["extensions"]!["field"]!.GetValue<string>());
        Assert.Null(body["data"]?["submitHelpdeskRequest"]);
        Assert.DoesNotContain("   at ", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitHelpdeskRequest_SubjectOver200Characters_IsBadUserInput()
    {
        var (_, body) = await fixture.Gateway.PostAsync(Submit, new { input = Input(subject: new string('x', 201)) }, await fixture.Gateway.StaffTokenAsync());

        Assert.Equal("BAD_USER_INPUT", Code(body));
    }

    [Fact]
    public async Task SubmitHelpdeskRequest_BodyOver64KiB_IsBadUserInput()
    {
        var (_, body) = await fixture.Gateway.PostAsync(Submit, new { input = Input(body: new string('x', (64 * 1024) + 1)) }, await fixture.Gateway.StaffTokenAsync());

        Assert.Equal("BAD_USER_INPUT", Code(body));
    }

    [Fact]
    public async Task Ticket_UnknownNumber_IsNotFound()
    {
        var (_, body) = await fixture.Gateway.PostAsync(Read, new { number = "2001-99999" }, await fixture.Gateway.StaffTokenAsync());

        Assert.Equal("NOT_FOUND", Code(body));
        Assert.Null(body["data"]!["ticket"]);
    }

    [Fact]
    public async Task Ticket_MalformedNumber_IsBadUserInput()
    {
        var (_, body) = await fixture.Gateway.PostAsync(Read, new { number = "42" }, await fixture.Gateway.StaffTokenAsync());

        Assert.Equal("BAD_USER_INPUT", Code(body));
    }

    [Fact]
    public async Task Municipalities_OfLimburg_Lists38ByName()
    {
        var (_, body) = await fixture.Gateway.PostAsync("{ municipalities(province: LIMBURG) { nisCode name province } }", token: await fixture.Gateway.StaffTokenAsync());

        var list = body["data"]!["municipalities"]!.AsArray();
        Assert.Equal(38, list.Count);
        Assert.All(list, m => Assert.Equal("LIMBURG", m!["province"]!.GetValue<string>()));
        Assert.Contains(list, m => m!["name"]!.GetValue<string>() == "Tongeren-Borgloon");
    }

    [Fact]
    public async Task Municipalities_WithoutProvince_ListsAll285()
    {
        var (_, body) = await fixture.Gateway.PostAsync("{ municipalities { nisCode } }", token: await fixture.Gateway.StaffTokenAsync());

        Assert.Equal(285, body["data"]!["municipalities"]!.AsArray().Count);
    }

    [Fact]
    public async Task Municipality_ByNisCode_ReturnsItAndUnknownIsNotFound()
    {
        var (_, found) = await fixture.Gateway.PostAsync("{ municipality(nisCode: \"11002\") { name province postalCode } }", token: await fixture.Gateway.StaffTokenAsync());
        var (_, missing) = await fixture.Gateway.PostAsync("{ municipality(nisCode: \"12345\") { name } }", token: await fixture.Gateway.StaffTokenAsync());

        Assert.Equal("Antwerpen", found["data"]!["municipality"]!["name"]!.GetValue<string>());
        Assert.Equal("2000", found["data"]!["municipality"]!["postalCode"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", Code(missing));
    }

    [Fact]
    public async Task ProvincialPlatforms_AreTheFiveProvinces()
    {
        var (_, body) = await fixture.Gateway.PostAsync("{ provincialPlatforms { province name municipalities { nisCode } } }", token: await fixture.Gateway.StaffTokenAsync());

        var platforms = body["data"]!["provincialPlatforms"]!.AsArray();
        Assert.Equal(
            ["ANTWERPEN", "LIMBURG", "OOST_VLAANDEREN", "VLAAMS_BRABANT", "WEST_VLAANDEREN"],
            platforms.Select(p => p!["province"]!.GetValue<string>()).ToArray());
        Assert.Equal(285, platforms.Sum(p => p!["municipalities"]!.AsArray().Count));
    }
}
