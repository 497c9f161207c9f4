namespace LivcR.Support.Tests.Gateway;

public sealed partial class AuthorizationMatrixTests
{
    static partial void AddMailRules(Dictionary<string, (string Document, string[] Expected)> rules)
    {
        rules["Query.mailOutbox"] = ("{ mailOutbox(first: 5) { id status } }", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Forbidden]);
        rules["Mutation.retryOutboxMail"] = (
            "mutation { retryOutboxMail(id: \"no-such-mail\") { id } }",
            [Unauthenticated, Forbidden, Forbidden, NotFound, Forbidden, Forbidden]);
    }
}
