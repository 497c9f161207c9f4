using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Gateway;

public sealed class RestartTests
{
    [Fact]
    public async Task Standalone_AfterRestartOnTheSameFile_TheQuestionIsStillThere()
    {
        using var data = new TempDirectory();
        var file = data.File("livcr-support.db");
        string number;
        await using (var first = await GatewayHost.StartStandaloneAsync(file))
        {
            var (_, body) = await first.PostAsync(
                "mutation($i: SubmitHelpdeskRequestInput!) { submitHelpdeskRequest(input: $i) { number } }",
                new { i = new { municipalityNisCode = "31005", subject = "Polarisatie na incident", body = "Spanningen in een wijk.", requesterName = "Sara Maes", requesterEmail = "sara.maes@brugge.be" } },
                await first.StaffTokenAsync());
            number = body["data"]!["submitHelpdeskRequest"]!["number"]!.GetValue<string>();
        }

        await using var second = await GatewayHost.StartStandaloneAsync(file);
        var token = await second.StaffTokenAsync();
        var (_, read) = await second.PostAsync("query($n: String!) { ticket(number: $n) { subject municipality { name } messages { body } } }", new { n = number }, token);

        Assert.Equal("Polarisatie na incident", read["data"]!["ticket"]!["subject"]!.GetValue<string>());
        Assert.Equal("Brugge", read["data"]!["ticket"]!["municipality"]!["name"]!.GetValue<string>());
        Assert.Equal("Spanningen in een wijk.", read["data"]!["ticket"]!["messages"]![0]!["body"]!.GetValue<string>());

        var (_, next) = await second.PostAsync(
            "mutation($i: SubmitHelpdeskRequestInput!) { submitHelpdeskRequest(input: $i) { number } }",
            new { i = new { municipalityNisCode = "31005", subject = "Tweede vraag", body = "Nog een vraag.", requesterName = "Sara Maes", requesterEmail = "sara.maes@brugge.be" } },
            token);
        Assert.NotEqual(number, next["data"]!["submitHelpdeskRequest"]!["number"]!.GetValue<string>());
    }
}
