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

    [Fact]
    public async Task Desk_TwoStaffOnOneTicket_SeeEachOther_AndTheOneTypingIsToldOfTheOthersAnswer()
    {
        var (_, gent) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "live");
        var ticket = await gent.SubmitAsync(new SubmitHelpdeskRequestInput(PortalPeople.Gent, "Twee medewerkers", "Wie neemt dit op?"));
        var an = await NewStaffAsync("an");
        var bert = await NewStaffAsync("bert");
        var anPage = await portal.NewPageAsync();
        var bertPage = await portal.NewPageAsync();
        await portal.SignInAsync(anPage, an, $"/aanmelden?terug=/werkbak/tickets/{ticket.Number}");
        await Assertions.Expect(anPage.Locator("#thread")).ToBeVisibleAsync();
        await anPage.WaitForTimeoutAsync(500);

        await portal.SignInAsync(bertPage, bert, $"/aanmelden?terug=/werkbak/tickets/{ticket.Number}");
        await Assertions.Expect(bertPage.Locator("#thread")).ToBeVisibleAsync();

        // Bert's page announces him on opening; An's page announces her every half minute, so Bert sees her by then.
        await Assertions.Expect(anPage.Locator("#live-presence")).ToContainTextAsync($"{NameOf(bert)} bekijkt dit ticket");
        await anPage.GetByLabel("Antwoord", new() { Exact = true }).FillAsync("Ik neem dit op, ");
        await Assertions.Expect(bertPage.Locator("#live-presence")).ToContainTextAsync($"{NameOf(an)} schrijft een antwoord");
        await PortalFixture.ScreenshotAsync(bertPage, "live-werkbak-collega-schrijft");

        await bertPage.GetByLabel("Antwoord", new() { Exact = true }).FillAsync("Bert antwoordt eerst.");
        await bertPage.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();

        await Assertions.Expect(anPage.Locator("#live-status")).ToContainTextAsync($"{NameOf(bert)} heeft intussen geantwoord");
        await Assertions.Expect(anPage.Locator("#thread")).ToContainTextAsync("Bert antwoordt eerst.");
        await Assertions.Expect(anPage.Locator("#ticket-facts")).ToContainTextAsync("Open");
        await Assertions.Expect(anPage.GetByLabel("Antwoord", new() { Exact = true })).ToHaveValueAsync("Ik neem dit op, ");
        await PortalFixture.AssertAccessibleAsync(anPage);
        await PortalFixture.ScreenshotAsync(anPage, "live-werkbak-intussen-geantwoord");
    }

    [Fact]
    public async Task Desk_ANewQuestion_AppearsInTheQueueWithoutReloading()
    {
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, await NewStaffAsync("queue"));
        await Assertions.Expect(page.Locator("#queue")).ToBeVisibleAsync();
        await page.EvaluateAsync("() => { window.sameDocument = true; }");
        await page.WaitForTimeoutAsync(500);

        var (_, gent) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "live");
        var subject = "Nieuw in de werkbak " + Guid.NewGuid().ToString("N")[..6];
        var asked = await gent.SubmitAsync(new SubmitHelpdeskRequestInput(PortalPeople.Gent, subject, "Vraag"));

        await Assertions.Expect(page.Locator("#queue")).ToContainTextAsync(subject);
        await Assertions.Expect(page.Locator("#live-status")).ToContainTextAsync(asked.Number);
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "The page was reloaded.");
    }

    private async Task<string> NewStaffAsync(string prefix)
    {
        var email = $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}@vvsg.example";
        await portal.Gateway.TokenAsync(email, new LivcR.Support.Contracts.People.RoleGrant(LivcR.Support.Contracts.People.Role.Staff, null));
        return email;
    }

    private static string NameOf(string email) => email.Split('@')[0];
}
