using LivcR.Support.Contracts.Errors;
using LivcR.Support.Silo.People;

namespace LivcR.Support.Tests.Domain;

public sealed class SignInRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Verify_RightCodeInTime_WorksOnceOnly()
    {
        var state = new SignInState();
        var code = SignInRules.Issue(state, Now);

        Assert.Matches(@"^\d{6}$", code.Code);
        Assert.True(SignInRules.Verify(state, code.Code, Now.AddMinutes(9)));
        Assert.False(SignInRules.Verify(state, code.Code, Now.AddMinutes(9)));
    }

    [Fact]
    public void Verify_AfterTenMinutes_IsRefused()
    {
        var state = new SignInState();
        var code = SignInRules.Issue(state, Now);

        Assert.False(SignInRules.Verify(state, code.Code, Now.AddMinutes(10)));
    }

    [Fact]
    public void Issue_StoresOnlyASaltedHash()
    {
        var state = new SignInState();
        var code = SignInRules.Issue(state, Now);

        Assert.NotNull(state.CodeHash);
        Assert.Equal(32, state.CodeHash.Length);
        Assert.DoesNotContain(code.Code, Convert.ToHexString(state.CodeHash), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_FiveWrongTries_EndsTheCodeAndLocksForAQuarter()
    {
        var state = new SignInState();
        var code = SignInRules.Issue(state, Now);
        var wrong = code.Code == "000000" ? "111111" : "000000";

        for (var i = 0; i < SignInRules.MaxFailedAttempts; i++)
        {
            Assert.False(SignInRules.Verify(state, wrong, Now));
        }

        Assert.False(SignInRules.Verify(state, code.Code, Now.AddSeconds(1)));
        var locked = Assert.Throws<SupportException>(() => SignInRules.Issue(state, Now.AddMinutes(14)));
        Assert.Equal(SupportErrorCode.RateLimited, locked.Code);
        var fresh = SignInRules.Issue(state, Now.AddMinutes(15));
        Assert.True(SignInRules.Verify(state, fresh.Code, Now.AddMinutes(16)));
    }

    [Fact]
    public void Issue_SixthCodeInAnHour_IsRateLimitedAndFreesUpAfterTheHour()
    {
        var state = new SignInState();
        for (var i = 0; i < SignInRules.MaxCodesPerHour; i++)
        {
            SignInRules.Issue(state, Now.AddMinutes(i));
        }

        Assert.Throws<SupportException>(() => SignInRules.Issue(state, Now.AddMinutes(30)));
        SignInRules.Issue(state, Now.AddMinutes(60.5));
    }

    [Fact]
    public void Issue_NewCode_ReplacesTheOldOne()
    {
        var state = new SignInState();
        var first = SignInRules.Issue(state, Now);
        var second = SignInRules.Issue(state, Now.AddMinutes(1));

        Assert.True(first.Code == second.Code || !SignInRules.Verify(state, first.Code, Now.AddMinutes(2)));
        Assert.True(SignInRules.Verify(state, second.Code, Now.AddMinutes(2)));
    }
}
