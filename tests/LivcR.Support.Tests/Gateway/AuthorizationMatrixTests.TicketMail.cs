namespace LivcR.Support.Tests.Gateway;

public sealed partial class AuthorizationMatrixTests
{
    static partial void AddTicketMailRules(Dictionary<string, (string Document, string[] Expected)> rules)
    {
        rules["TicketEntry.mail"] = (
            "query($n: String!) { ticket(number: $n) { entries { mail { html fullText messageId receivedAt } } } }",
            [Unauthenticated, Ok, NotFound, Ok, NotFound, NotFound]);
    }
}
