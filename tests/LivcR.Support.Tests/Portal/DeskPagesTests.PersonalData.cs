using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LivcR.Support.Tests.Portal;

/// <summary>Personal data on the desk: the flag on the queue row and the ticket, the queue filter, and removing text afterwards.</summary>
public sealed partial class DeskPagesTests
{
    [Fact]
    public async Task Staff_FiltersTheQueueOnPersonalData_SeesTheFlag_AndRemovesAnAddressFromTheQuestion()
    {
        var word = "Huisbezoek" + Unique();
        var (_, gent) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "privacy");
        var flagged = await AskAsync(gent, $"{word} jongere", "De jongere (rijksregisternummer 85.07.30-033.28) woont in de Lindelaan 4; bel de moeder op 0470 12 34 56.");
        var plain = await AskAsync(gent, $"{word} algemeen", "Een gewone vraag zonder gegevens van personen.");
        var (staffEmail, _) = await NewStaffAsync();
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, staffEmail);
        await page.GotoAsync($"/werkbak?zoek={word}");

        await page.GetByLabel("Persoonsgegevens", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Gevonden" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter toepassen" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("persoonsgegevens=ja"));
        var queue = page.Locator("#queue");
        var row = queue.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = flagged.Number }) });
        await Assertions.Expect(row).ToContainTextAsync("Persoonsgegevens");
        await Assertions.Expect(queue.GetByRole(AriaRole.Link, new() { Name = plain.Number })).ToHaveCountAsync(0);
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "werkbak-persoonsgegevens");

        await queue.GetByRole(AriaRole.Link, new() { Name = flagged.Number }).ClickAsync();
        await Assertions.Expect(page.Locator("#ticket-facts")).ToContainTextAsync("1 rijksregisternummer verwijderd, 1 telefoonnummer gemarkeerd");
        var thread = page.Locator("#thread");
        await Assertions.Expect(thread).ToContainTextAsync("De jongere (rijksregisternummer [rijksregisternummer verwijderd]) woont in de Lindelaan 4");
        await Assertions.Expect(thread).ToContainTextAsync("Persoonsgegevens gedetecteerd: 1 rijksregisternummer verwijderd, 1 telefoonnummer gemarkeerd");

        // Without the confirmation nothing happens; with it, the address is gone for good.
        await page.GetByLabel("Bericht", new() { Exact = true }).SelectOptionAsync("1");
        await page.GetByLabel("Te verwijderen tekst").FillAsync("Lindelaan 4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tekst verwijderen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Bevestig dat de tekst definitief mag verdwijnen.");
        await Assertions.Expect(thread).ToContainTextAsync("Lindelaan 4");
        await PortalFixture.AssertAccessibleAsync(page);

        await page.GetByLabel("Te verwijderen tekst").FillAsync("Lindelaan 4");
        await page.GetByLabel("Ik begrijp dat deze tekst definitief verdwijnt.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tekst verwijderen" }).ClickAsync();

        await Assertions.Expect(PortalFixture.Status(page).Filter(new() { HasText = "verwijderd uit bericht" })).ToHaveTextAsync("De tekst is verwijderd uit bericht 1.");
        await Assertions.Expect(thread).ToContainTextAsync("woont in de [verwijderd]; bel de moeder op 0470 12 34 56.");
        await Assertions.Expect(thread).Not.ToContainTextAsync("Lindelaan");
        await Assertions.Expect(thread).ToContainTextAsync($"Tekst verwijderd uit bericht 1 door {NameOf(staffEmail)}");
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "werkbak-ticket-verwijderen");
    }
}
