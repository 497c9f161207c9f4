using LivcR.Support.Client;
using Microsoft.Playwright;

namespace LivcR.Support.Tests.Portal;

/// <summary>Administration of the automatic assignment (global: the test puts it back off, the collection runs one test at a time).</summary>
[Collection(PortalCollection.Name)]
public sealed class AdminAssignmentPageTests(PortalFixture portal)
{
    [Fact]
    public async Task Admin_SetsRoundRobin_NewQuestionsGetAnAssignee_AndAnAbsenceMovesThemOn()
    {
        var admin = await ConsolePeople.NewAsync(portal, "beheerder", "vvsg.example", ConsolePeople.Admin);
        var first = await ConsolePeople.NewAsync(portal, "eerste", "vvsg.example", ConsolePeople.Staff);
        var second = await ConsolePeople.NewAsync(portal, "tweede", "vvsg.example", ConsolePeople.Staff);
        var (_, gent) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "vraagsteller");
        var staff = await PortalPeople.StaffAsync(portal);
        var page = await portal.NewPageAsync();
        try
        {
            await portal.SignInAsync(page, admin, "/aanmelden?terug=/beheer/toewijzing");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Automatische toewijzing", Level = 1 })).ToBeVisibleAsync();
            await PortalFixture.AssertAccessibleAsync(page);

            // Someone who is not staff is refused, and what was typed stays.
            await page.GetByLabel("Om beurt binnen de categorie").CheckAsync();
            await page.GetByLabel("Alle categorieën zonder eigen regel (en vragen zonder categorie)").FillAsync("iemand@gent.example");
            await page.GetByRole(AriaRole.Button, new() { Name = "Toewijzing bewaren" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("geen VVSG-medewerker");
            await Assertions.Expect(page.GetByLabel("Alle categorieën zonder eigen regel (en vragen zonder categorie)")).ToHaveValueAsync("iemand@gent.example");

            await page.GetByLabel("Alle categorieën zonder eigen regel (en vragen zonder categorie)").FillAsync($"{first}, {second}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Toewijzing bewaren" }).ClickAsync();
            await Assertions.Expect(page.GetByText("De toewijzing is bewaard.")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByLabel("Om beurt binnen de categorie")).ToBeCheckedAsync();
            await PortalFixture.ScreenshotAsync(page, "beheer-toewijzing");

            var asked = await gent.SubmitAsync(new SubmitHelpdeskRequestInput(PortalPeople.Gent, "Wie neemt dit?", "Vraag"));
            Assert.Equal(first, asked.AssigneeEmail);

            await page.GetByLabel("E-mailadres van de medewerker").FillAsync(first);
            await page.GetByRole(AriaRole.Button, new() { Name = "Afwezig melden" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Afwezig gemeld.", new() { Exact = false })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#absence-title + ul")).ToContainTextAsync(first);
            Assert.Equal(second, (await staff.GetTicketAsync(asked.Number)).AssigneeEmail);
            await PortalFixture.AssertAccessibleAsync(page);

            await page.GetByLabel("E-mailadres van de medewerker").FillAsync(first);
            await page.GetByRole(AriaRole.Button, new() { Name = "Terug aanwezig" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Niemand is afwezig gemeld.")).ToBeVisibleAsync();
        }
        finally
        {
            var adminClient = new SupportClient(portal.Gateway.Http, await portal.Gateway.TokenAsync(admin));
            await adminClient.SaveTicketAssignmentAsync(AssignmentMode.Off, []);
            await adminClient.SetStaffAbsenceAsync(first, absent: false);
        }
    }
}
