using LivcR.Support.Contracts.Requests;
using LivcR.Support.Silo.Requests;

namespace LivcR.Support.Tests.Domain;

public sealed class RequestKeysTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Find_KeyRememberedWithinADay_GivesTheFirstResult()
    {
        var keys = new List<RequestKeyState>();
        RequestKeys.Remember(keys, "k", "2026-00001", Now);

        Assert.Equal("2026-00001", RequestKeys.Find(keys, "k", Now.AddHours(23)));
        Assert.Null(RequestKeys.Find(keys, "k", Now.AddHours(24)));
        Assert.Null(RequestKeys.Find(keys, "other", Now));
        Assert.Null(RequestKeys.Find(keys, null, Now));
    }

    [Fact]
    public void Remember_ManyKeys_KeepsTheNewestAndDropsExpired()
    {
        var keys = new List<RequestKeyState>();
        RequestKeys.Remember(keys, "old", "x", Now.AddDays(-2));
        for (var i = 0; i < RequestKeys.MaxKept + 10; i++)
        {
            RequestKeys.Remember(keys, $"k{i}", "x", Now);
        }

        Assert.Equal(RequestKeys.MaxKept, keys.Count);
        Assert.DoesNotContain(keys, k => k.Key == "old" || k.Key == "k0");
        Assert.Equal("x", RequestKeys.Find(keys, $"k{RequestKeys.MaxKept + 9}", Now));
    }

    [Fact]
    public void Scope_SameKeyOfTwoCallers_DiffersAndHidesTheAddress()
    {
        var mine = ClientRequestIds.Scope("Eva@Gent.be", " abc ");
        var theirs = ClientRequestIds.Scope("jan@gent.be", "abc");

        Assert.Equal(mine, ClientRequestIds.Scope("eva@gent.be", "abc"));
        Assert.NotEqual(mine, theirs);
        Assert.DoesNotContain("gent", mine!, StringComparison.Ordinal);
        Assert.Null(ClientRequestIds.Scope("eva@gent.be", null));
        Assert.Throws<LivcR.Support.Contracts.Errors.SupportException>(() => ClientRequestIds.Scope("eva@gent.be", "  "));
    }
}
