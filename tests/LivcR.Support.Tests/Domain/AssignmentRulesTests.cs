using LivcR.Support.Contracts.Assignment;
using LivcR.Support.Silo.Assignment;

namespace LivcR.Support.Tests.Domain;

public sealed class AssignmentRulesTests
{
    private static readonly AssignmentView Rules = new(
        AssignmentMode.RoundRobin,
        [new AssignmentRule("signalen", ["an@vvsg.example", "bert@vvsg.example", "chris@vvsg.example"]), new AssignmentRule(null, ["dirk@vvsg.example"])],
        ["bert@vvsg.example"]);

    [Fact]
    public void Candidates_TheCategorysRule_LessTheAbsent()
    {
        Assert.Equal(["an@vvsg.example", "chris@vvsg.example"], AssignmentRules.Candidates(Rules, "signalen"));
    }

    [Theory]
    [InlineData("polarisatie")]
    [InlineData(null)]
    public void Candidates_ACategoryWithoutItsOwnRule_TheGeneralRule(string? category)
    {
        Assert.Equal(["dirk@vvsg.example"], AssignmentRules.Candidates(Rules, category));
    }

    [Fact]
    public void Choose_RoundRobin_TakesTheNextInTurn_AndStartsOverAfterTheLast()
    {
        IReadOnlyList<string> staff = ["an", "chris"];
        var empty = new Dictionary<string, int>();

        Assert.Equal("an", AssignmentRules.Choose(AssignmentMode.RoundRobin, staff, null, empty));
        Assert.Equal("chris", AssignmentRules.Choose(AssignmentMode.RoundRobin, staff, "an", empty));
        Assert.Equal("an", AssignmentRules.Choose(AssignmentMode.RoundRobin, staff, "chris", empty));
        Assert.Equal("an", AssignmentRules.Choose(AssignmentMode.RoundRobin, staff, "someone who left", empty));
    }

    [Fact]
    public void Choose_FewestOpen_TakesTheLeastBusy_TiesInRuleOrder()
    {
        IReadOnlyList<string> staff = ["an", "bert", "chris"];

        Assert.Equal("bert", AssignmentRules.Choose(AssignmentMode.FewestOpen, staff, null, new Dictionary<string, int> { ["an"] = 3, ["bert"] = 1, ["chris"] = 2 }));
        Assert.Equal("chris", AssignmentRules.Choose(AssignmentMode.FewestOpen, staff, null, new Dictionary<string, int> { ["an"] = 1, ["bert"] = 1 }));
    }

    [Fact]
    public void Choose_OffOrNobody_IsNobody()
    {
        Assert.Null(AssignmentRules.Choose(AssignmentMode.Off, ["an"], null, new Dictionary<string, int>()));
        Assert.Null(AssignmentRules.Choose(AssignmentMode.RoundRobin, [], null, new Dictionary<string, int>()));
    }

    [Fact]
    public void Normalise_MergesRulesOfOneCategory_LowerCasesAndDropsDoubles()
    {
        var rules = AssignmentRules.Normalise([new AssignmentRule(" signalen ", ["An@VVSG.example ", ""]), new AssignmentRule("signalen", ["an@vvsg.example", "bert@vvsg.example"]), new AssignmentRule("", ["x@vvsg.example"])]);

        Assert.Equal(2, rules.Count);
        Assert.Equal(["an@vvsg.example", "bert@vvsg.example"], rules.Single(r => r.Category == "signalen").StaffEmails);
        Assert.Equal(["x@vvsg.example"], rules.Single(r => r.Category is null).StaffEmails);
    }
}
