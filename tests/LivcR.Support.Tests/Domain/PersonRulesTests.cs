using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.People;
using LivcR.Support.Silo.People;

namespace LivcR.Support.Tests.Domain;

public sealed class PersonRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static PersonState Known()
    {
        var state = new PersonState();
        PersonRules.SaveProfile(state, "  An De Smet ");
        return state;
    }

    [Fact]
    public void SaveProfile_Name_IsTrimmedAndThePersonExists()
    {
        var state = Known();

        Assert.Equal("An De Smet", state.Name);
        Assert.True(state.Exists);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("An\nDe Smet")]
    public void SaveProfile_EmptyOrTwoLines_NamesTheFieldAndKeepsThePersonUnknown(string name)
    {
        var state = new PersonState();

        var error = Assert.Throws<SupportException>(() => PersonRules.SaveProfile(state, name));

        Assert.Equal("name", error.Field);
        Assert.False(state.Exists);
    }

    [Fact]
    public void Grant_ScopeThatDoesNotFitTheRole_NamesScope()
    {
        var error = Assert.Throws<SupportException>(() => PersonRules.Grant(Known(), new RoleGrant(Role.Municipal, null)));

        Assert.Equal("scope", error.Field);
    }

    [Fact]
    public void Grant_UnknownPerson_IsNotFound()
    {
        Assert.Equal(SupportErrorCode.NotFound, Assert.Throws<SupportException>(() => PersonRules.Grant(new PersonState(), new RoleGrant(Role.Staff, null))).Code);
    }

    [Fact]
    public void Grant_Twice_AddsTheRoleOnce()
    {
        var state = Known();
        var grant = new RoleGrant(Role.Municipal, "44021");

        Assert.True(PersonRules.Grant(state, grant));
        Assert.False(PersonRules.Grant(state, grant));
        Assert.Equal([grant], state.Roles);
        Assert.True(PersonRules.Revoke(state, grant));
        Assert.False(PersonRules.Revoke(state, grant));
    }

    [Fact]
    public void MaySignIn_OnlyAKnownPersonWithARole()
    {
        var state = Known();
        var withoutRole = PersonRules.MaySignIn(state);
        PersonRules.Grant(state, new RoleGrant(Role.Staff, null));

        Assert.False(withoutRole);
        Assert.True(PersonRules.MaySignIn(state));
        Assert.False(PersonRules.MaySignIn(new PersonState()));
    }

    [Fact]
    public void SetMailLanguage_UnknownLanguageOrPerson_IsRefused()
    {
        Assert.Equal("language", Assert.Throws<SupportException>(() => PersonRules.SetMailLanguage(Known(), (MailLanguage)99)).Field);
        Assert.Equal(SupportErrorCode.NotFound, Assert.Throws<SupportException>(() => PersonRules.SetMailLanguage(new PersonState(), MailLanguage.Fr)).Code);
    }

    [Fact]
    public void SetMailLanguage_SameLanguage_IsNoChange()
    {
        var state = Known();

        Assert.True(PersonRules.SetMailLanguage(state, MailLanguage.Fr));
        Assert.False(PersonRules.SetMailLanguage(state, MailLanguage.Fr));
        Assert.Equal(MailLanguage.Fr, state.MailLanguage);
    }

    [Fact]
    public void MarkUndeliverable_SecondBounce_KeepsTheFirstMomentAndTheNewReason()
    {
        var state = new PersonState();

        PersonRules.MarkUndeliverable(state, "550 5.1.1 user unknown", Now);
        PersonRules.MarkUndeliverable(state, "550 5.2.1 mailbox disabled", Now.AddDays(2));

        Assert.Equal(new MailUndeliverable("550 5.2.1 mailbox disabled", Now), state.Undeliverable);
    }

    [Fact]
    public void MarkUndeliverable_ControlCharactersAndLength_AreCleaned()
    {
        var state = new PersonState();

        PersonRules.MarkUndeliverable(state, "550\r\n" + new string('x', 600), Now);

        Assert.Equal(PersonRules.MaxUndeliverableReason, state.Undeliverable!.Reason.Length);
        Assert.StartsWith("550xxx", state.Undeliverable.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkUndeliverable_NoReason_GetsTheDefault()
    {
        var state = new PersonState();

        PersonRules.MarkUndeliverable(state, " \t", Now);

        Assert.Equal("Permanente afleverfout", state.Undeliverable!.Reason);
    }

    [Fact]
    public void ClearUndeliverable_OnlyChangesAFlaggedAddress()
    {
        var state = new PersonState();
        var unflagged = PersonRules.ClearUndeliverable(state);
        PersonRules.MarkUndeliverable(state, "bounce", Now);

        Assert.False(unflagged);
        Assert.True(PersonRules.ClearUndeliverable(state));
        Assert.Null(state.Undeliverable);
    }
}
