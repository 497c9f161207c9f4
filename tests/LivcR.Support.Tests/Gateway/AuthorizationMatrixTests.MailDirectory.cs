namespace LivcR.Support.Tests.Gateway;

public sealed partial class AuthorizationMatrixTests
{
    static partial void AddMailDirectoryRules(Dictionary<string, (string Document, string[] Expected)> rules)
    {
        rules["Query.personMailStatus"] = ("{ personMailStatus(email: \"coordinator@gent.example\") { email } }", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Ok]);
        rules["Mutation.setMunicipalityEmailDomains"] = (
            "mutation { setMunicipalityEmailDomains(nisCode: \"11002\", domains: [\"matrix-antwerpen.example\"]) { nisCode } }",
            [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Ok]);
        rules["Mutation.setMyMailLanguage"] = ("mutation { setMyMailLanguage(language: NL) { email } }", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]);
        rules["Mutation.setPersonMailLanguage"] = (
            "mutation { setPersonMailLanguage(email: \"matrix@vvsg.example\", language: NL) { email } }",
            [Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Ok]);
        rules["Mutation.clearPersonUndeliverable"] = (
            "mutation { clearPersonUndeliverable(email: \"matrix@vvsg.example\") { email } }",
            [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Ok]);
    }
}
