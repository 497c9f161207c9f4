namespace LivcR.Support.Client;

/// <summary>Documents of signing in and of the caller's own account.</summary>
public static partial class Documents
{
    /// <summary><c>requestSignInCode(email)</c>: mails a one-time code to a known person.</summary>
    public const string RequestSignInCode = """
        mutation RequestSignInCode($email: String!) {
          requestSignInCode(email: $email)
        }
        """;

    /// <summary><c>signIn(email, code)</c>: exchanges the code for an access token.</summary>
    public const string SignIn = $$"""
        mutation SignIn($email: String!, $code: String!) {
          signIn(email: $email, code: $code) { ...SignInResultFields }
        }
        fragment SignInResultFields on SignInResult { accessToken expiresAt person { ...PersonFields } }
        {{PersonFields}}
        """;

    /// <summary><c>me</c>: who the caller is.</summary>
    public const string GetMe = $$"""
        query GetMe {
          me { ...PersonFields }
        }
        {{PersonFields}}
        """;
}
