using LivcR.Support.Client;
using Microsoft.Playwright;

namespace LivcR.Support.Tests.Portal;

/// <summary>Pages that update by themselves: what another person does appears without reloading.</summary>
[Collection(PortalCollection.Name)]
public sealed class LivePageTests(PortalFixture portal)
{
    [Fact]
    public async Task TicketPage_StaffsAnswer_AppearsWithoutReloading_AndIsAnnounced()
    {
        var (email, client) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "live");
        var ticket = await client.SubmitAsync(new SubmitHelpdeskRequestInput(PortalPeople.Gent, "Live opvolgen", "Wanneer horen we iets?"));
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, email, $"/aanmelden?terug=/tickets/{ticket.Number}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Live opvolgen" })).ToBeVisibleAsync();
        await page.EvaluateAsync("() => { window.sameDocument = true; }");
        await page.WaitForTimeoutAsync(500); // the page's stream is open

        await (await PortalPeople.StaffAsync(portal)).ReplyAsync(ticket.Number, "We bellen u morgen.");

        await Assertions.Expect(page.GetByText("We bellen u morgen.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#live-status")).ToContainTextAsync("Er is een nieuw bericht");
        await Assertions.Expect(page.Locator(".ticket-facts")).ToContainTextAsync("In behandeling");
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "The page was reloaded.");
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "live-nieuw-antwoord");
    }

    [Fact]
    public async Task TicketPage_WhileTyping_ToldThatStaffAnsweredMeanwhile_AndTheTextStays()
    {
        var (email, client) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "live");
        var ticket = await client.SubmitAsync(new SubmitHelpdeskRequestInput(PortalPeople.Gent, "Tegelijk schrijven", "Vraag"));
        var page = await portal.NewPageAsync(phone: true);
        await portal.SignInAsync(page, email, $"/aanmelden?terug=/tickets/{ticket.Number}");
        await page.GetByLabel("Je antwoord").FillAsync("Nog een aanvulling van ons.");
        await page.WaitForTimeoutAsync(500);

        await (await PortalPeople.StaffAsync(portal)).ReplyAsync(ticket.Number, "Antwoord van VVSG terwijl u typt.");

        await Assertions.Expect(page.Locator("#live-status")).ToContainTextAsync("heeft intussen geantwoord");
        await Assertions.Expect(page.GetByText("Antwoord van VVSG terwijl u typt.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Je antwoord")).ToHaveValueAsync("Nog een aanvulling van ons.");
        await PortalFixture.ScreenshotAsync(page, "live-intussen-geantwoord-gsm");
    }

    [Fact]
    public async Task HomePage_AColleaguesNewQuestion_AppearsWithoutReloading()
    {
        var (email, _) = await PortalPeople.NewAsync(portal, PortalPeople.Hasselt, "live");
        var (_, colleague) = await PortalPeople.NewAsync(portal, PortalPeople.Hasselt, "collega");
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, email);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await page.EvaluateAsync("() => { window.sameDocument = true; }");
        await page.WaitForTimeoutAsync(500);

        var subject = "Vraag van een collega " + Guid.NewGuid().ToString("N")[..6];
        var asked = await colleague.SubmitAsync(new SubmitHelpdeskRequestInput(PortalPeople.Hasselt, subject, "Hoe pakken we dit aan?"));

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = subject })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#live-status")).ToContainTextAsync(asked.Number);
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "The page was reloaded.");
    }
}
