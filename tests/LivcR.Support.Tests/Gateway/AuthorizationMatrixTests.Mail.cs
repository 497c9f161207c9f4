namespace LivcR.Support.Tests.Gateway;

public sealed partial class AuthorizationMatrixTests
{
    static partial void AddMailRules(Dictionary<string, (string Document, string[] Expected)> rules)
    {
        rules["Query.mailOutbox"] = ("{ mailOutbox(first: 5) { id status } }", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Forbidden]);
        rules["Query.mailQuarantine"] = ("{ mailQuarantine(first: 5) { id reason } }", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Forbidden]);
        rules["Query.mailboxes"] = ("{ mailboxes { name state } }", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Ok]);
        rules["Mutation.retryOutboxMail"] = (
            "mutation { retryOutboxMail(id: \"no-such-mail\") { id } }",
            [Unauthenticated, Forbidden, Forbidden, NotFound, Forbidden, Forbidden]);
        rules["Mutation.releaseQuarantinedMail"] = (
            "mutation { releaseQuarantinedMail(id: \"no-such-mail\") { id } }",
            [Unauthenticated, Forbidden, Forbidden, NotFound, Forbidden, Forbidden]);
        rules["Mutation.discardQuarantinedMail"] = (
            "mutation { discardQuarantinedMail(id: \"no-such-mail\") { id } }",
            [Unauthenticated, Forbidden, Forbidden, NotFound, Forbidden, Forbidden]);
        rules["Mutation.setTicketMunicipality"] = (
            "mutation($n: String!) { setTicketMunicipality(number: $n, nisCode: \"44021\") { number } }",
            [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Forbidden]);
    }
}
