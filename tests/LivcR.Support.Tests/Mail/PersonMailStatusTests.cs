using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Mail;

[Collection(ClusterCollection.Name)]
public sealed class PersonMailStatusTests(ClusterFixture fixture)
{
    private static string Address() => $"mail-{Guid.NewGuid():N}@gent.be";

    [Fact]
    public async Task MailLanguage_NewPerson_IsDutchAndCanBeChanged()
    {
        var email = Address();
        var person = fixture.Grains.Person(email);
        var created = await person.SaveProfileAsync("An De Smet");

        var changed = await person.SetMailLanguageAsync(MailLanguage.Fr);

        Assert.Equal(MailLanguage.Nl, created.MailLanguage);
        Assert.Equal(MailLanguage.Fr, changed.MailLanguage);
        Assert.Equal(MailLanguage.Fr, (await person.GetAsync())!.MailLanguage);
        Assert.Equal(MailLanguage.Fr, (await person.GetMailStatusAsync()).Language);
    }

    [Fact]
    public async Task MailLanguage_UnknownPersonOrUnknownValue_IsRefused()
    {
        var unknown = await Assert.ThrowsAsync<SupportException>(() => fixture.Grains.Person(Address()).SetMailLanguageAsync(MailLanguage.En));
        var person = fixture.Grains.Person(Address());
        await person.SaveProfileAsync("Piet");
        var invalid = await Assert.ThrowsAsync<SupportException>(() => person.SetMailLanguageAsync((MailLanguage)7));

        Assert.Equal(SupportErrorCode.NotFound, unknown.Code);
        Assert.Equal("language", invalid.Field);
    }

    [Fact]
    public async Task MarkUndeliverable_KeepsTheFirstTimeAndTheLatestReasonUntilCleared()
    {
        var email = Address();
        var person = fixture.Grains.Person(email);
        await person.SaveProfileAsync("Els");
        var before = ClusterFixture.Clock.GetUtcNow();

        var first = await person.MarkUndeliverableAsync("5.1.1 smtp; 550 User unknown");
        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var again = await person.MarkUndeliverableAsync("5.2.1 smtp; 550 Mailbox disabled");

        Assert.InRange(first.Undeliverable!.Since, before, before.AddSeconds(30));
        Assert.Equal(new MailUndeliverable("5.2.1 smtp; 550 Mailbox disabled", first.Undeliverable.Since), again.Undeliverable);
        Assert.Equal(again.Undeliverable, (await person.GetAsync())!.Undeliverable);

        var cleared = await person.ClearUndeliverableAsync();

        Assert.Null(cleared.Undeliverable);
        Assert.Null((await person.GetAsync())!.Undeliverable);
    }

    [Fact]
    public async Task MarkUndeliverable_AddressWithoutPerson_IsFlaggedWithoutCreatingOne()
    {
        var email = Address();

        var status = await fixture.Grains.Person(email).MarkUndeliverableAsync("5.1.1");

        Assert.False(status.Exists);
        Assert.Equal(email, status.Email);
        Assert.NotNull((await fixture.Grains.Person(email).GetMailStatusAsync()).Undeliverable);
        Assert.Null(await fixture.Grains.Person(email).GetAsync());
    }

    [Fact]
    public async Task MarkUndeliverable_ReasonIsCleanedAndBounded()
    {
        var status = await fixture.Grains.Person(Address()).MarkUndeliverableAsync("5.1.1\r\nInjected: header" + new string('x', 1000));
        var empty = await fixture.Grains.Person(Address()).MarkUndeliverableAsync("   ");

        Assert.DoesNotContain('\n', status.Undeliverable!.Reason);
        Assert.Equal(500, status.Undeliverable.Reason.Length);
        Assert.Equal("Permanente afleverfout", empty.Undeliverable!.Reason);
    }

    [Fact]
    public async Task Undeliverable_BelongsToTheAddress_ANewAddressIsTriedAgain()
    {
        var old = Address();
        await fixture.Grains.Person(old).MarkUndeliverableAsync("5.1.1");

        var fresh = await fixture.Grains.Person(old.Replace("@gent.be", "@stad.gent", StringComparison.Ordinal)).GetMailStatusAsync();

        Assert.Null(fresh.Undeliverable);
    }
}
