using Microsoft.Playwright;

namespace LivcR.Support.Tests.Portal;

[Collection(PortalCollection.Name)]
public sealed class HomePageTests(PortalFixture portal)
{
    [Fact]
    public async Task Overview_ATicketWaitingForTheMunicipality_IsListedFirstUnderWaiting()
    {
        var subject = "Wacht op Hasselt " + Guid.NewGuid().ToString("N")[..6];
        var hasseltUser = await portal.NewMunicipalUserAsync("71072", "hasselt");
        var hasselt = await portal.Gateway.TokenAsync(hasseltUser);
        var (_, submitted) = await portal.Gateway.PostAsync(
            "mutation($s: String!) { submitHelpdeskRequest(input: {municipalityNisCode: \"71072\", subject: $s, body: \"Vraag\"}) { number } }", new { s = subject }, hasselt);
        var number = submitted["data"]!["submitHelpdeskRequest"]!["number"]!.GetValue<string>();
        var staff = await portal.Gateway.StaffTokenAsync();
        await portal.Gateway.PostAsync("mutation($n: String!) { triageTicket(number: $n, input: {status: WAITING_FOR_MUNICIPALITY}) { status } }", new { n = number }, staff);
        var page = await portal.NewPageAsync(phone: true);

        await portal.SignInAsync(page, hasseltUser);

        var waiting = page.GetByRole(AriaRole.List, new() { Name = "Wacht op jullie antwoord" });
        await Assertions.Expect(waiting.GetByRole(AriaRole.Link, new() { Name = subject })).ToBeVisibleAsync();
        await Assertions.Expect(waiting).ToContainTextAsync("Wacht op jullie");
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "overzicht-wacht-gsm");
    }

    [Fact]
    public async Task ExpiredSession_OnATicketAddress_SignsInAndReturnsToThatTicket()
    {
        var gentUser = await portal.NewMunicipalUserAsync("44021", "gent");
        var gent = await portal.Gateway.TokenAsync(gentUser);
        var (_, submitted) = await portal.Gateway.PostAsync(
            "mutation { submitHelpdeskRequest(input: {municipalityNisCode: \"44021\", subject: \"Terug na aanmelden\", body: \"Vraag\"}) { number } }", null, gent);
        var number = submitted["data"]!["submitHelpdeskRequest"]!["number"]!.GetValue<string>();
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, gentUser);
        await page.Context.ClearCookiesAsync();

        await page.GotoAsync($"/tickets/{number}");
        await Assertions.Expect(page.GetByText("Meld je eerst aan")).ToBeVisibleAsync();
        await portal.SignInAsync(page, gentUser, startAt: page.Url);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Terug na aanmelden" })).ToBeVisibleAsync();
        Assert.EndsWith($"/tickets/{number}", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAddress_ShowsTheDutchNotFoundPage()
    {
        var page = await portal.NewPageAsync();

        var response = await page.GotoAsync("/bestaat/niet");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Niet gevonden" })).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
    }
}
