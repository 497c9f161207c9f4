using LivcR.Support.Client;
using LivcR.Support.Portal.Services;

namespace LivcR.Support.Tests.Portal;

public sealed class DeskRulesTests
{
    [Fact]
    public void KnownStaff_FromEveryRuleAndMe_OnceEachAndSorted()
    {
        var assignment = new TicketAssignment(
            AssignmentMode.RoundRobin,
            [new AssignmentRule("livcr-werking", ["lies@vvsg.example", "jan@vvsg.example"]), new AssignmentRule(null, ["Jan@VVSG.example", " "])],
            Absent: ["lies@vvsg.example"]);

        var known = DeskStaff.Known(assignment, "an@vvsg.example");

        Assert.Equal(["an@vvsg.example", "jan@vvsg.example", "lies@vvsg.example"], known);
    }

    [Theory]
    [InlineData(0, 0, 30, "minder dan 1 min")]
    [InlineData(0, 12, 0, "12 min")]
    [InlineData(1, 0, 0, "1 uur")]
    [InlineData(1, 5, 0, "1 uur 5 min")]
    [InlineData(26, 0, 0, "1 dag 2 uur")]
    [InlineData(72, 30, 0, "3 dagen")]
    public void Duration_InDutchWords(int hours, int minutes, int seconds, string expected) =>
        Assert.Equal(expected, NlFormat.Duration(new TimeSpan(hours, minutes, seconds)));
}
