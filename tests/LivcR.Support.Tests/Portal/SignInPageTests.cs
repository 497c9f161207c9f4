using Microsoft.Playwright;

namespace LivcR.Support.Tests.Portal;

[Collection(PortalCollection.Name)]
public sealed class SignInPageTests(PortalFixture portal)
{
    [Fact]
    public async Task Coordinator_SignsInWithTheMailedCode_SeesTheOverviewOfGent()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanmelden" })).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "aanmelden");

        await portal.SignInAsync(page, "coordinator@gent.example");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overzicht", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("De vragen van Gent aan VVSG")).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "overzicht");
        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "livcr_sessie");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.DoesNotContain("eyJ", cookie.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongCode_SaysSoNextToTheFieldAndKeepsTheAddress()
    {
        var page = await portal.NewPageAsync(phone: true);
        await page.GotoAsync("/aanmelden");
        await page.GetByLabel("E-mailadres").FillAsync("preventie@hasselt.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stuur mij een code" }).ClickAsync();
        await page.GetByLabel("Code uit de mail").FillAsync("000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Er is een probleem");
        await Assertions.Expect(page.GetByLabel("Code uit de mail")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByText("preventie@hasselt.example")).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "aanmelden-foute-code-gsm");
    }

    [Fact]
    public async Task SignOut_EndsTheSession_AndTheOverviewAsksToSignInAgain()
    {
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, await portal.NewMunicipalUserAsync("71072", "hasselt"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overzicht", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Je bent afgemeld.")).ToBeVisibleAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanmelden" })).ToBeVisibleAsync();
    }
}
